// SPDX-License-Identifier: GPL-3.0-or-later
// MatchSession::statisticsJson: the stored run keeps the certificate rounds' repair counters
// (rounds repaired, fallbacks to a solve from scratch, shortest-path phases, seconds) beside the
// solver's other figures, each under its own key and with the result's value.
#include "matchjob/MatchSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mentordesk;

namespace {

/// An outcome whose solver figures are all different, so that a key reading the wrong field fails.
MatchOutcome outcomeWithDistinctFigures()
{
    MatchOutcome outcome;
    matching::SolverResult& result = outcome.result;
    result.matched = 11;
    result.certificationRounds = 5;
    result.arcsAddedByCertificate = 1234;
    result.repairedRounds = 3;
    result.repairFallbacks = 2;
    result.repairPhases = 47;
    result.solvingSeconds = 2.5;
    result.repairSeconds = 1.25;
    return outcome;
}

} // namespace

class TestMatchSessionStatistics : public QObject {
    Q_OBJECT

private slots:
    void keepsTheRepairCounters_data()
    {
        const matching::SolverResult result = outcomeWithDistinctFigures().result;
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("expected");
        QTest::newRow("repaired rounds") << QStringLiteral("repaired_rounds") << double(result.repairedRounds);
        QTest::newRow("fallbacks") << QStringLiteral("repair_fallbacks") << double(result.repairFallbacks);
        QTest::newRow("phases") << QStringLiteral("repair_phases") << double(result.repairPhases);
        QTest::newRow("seconds") << QStringLiteral("repair_seconds") << result.repairSeconds;
        QTest::newRow("rounds") << QStringLiteral("certification_rounds") << double(result.certificationRounds);
        QTest::newRow("solving") << QStringLiteral("solving_seconds") << result.solvingSeconds;
    }

    void keepsTheRepairCounters()
    {
        QFETCH(QString, key);
        QFETCH(double, expected);
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(MatchSession::statisticsJson(outcomeWithDistinctFigures()), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject statistics = document.object();
        QVERIFY2(statistics.contains(key), qPrintable(key));
        QCOMPARE(statistics.value(key).toDouble(), expected);
    }

    void aRunWithoutRepairsStoresZeros()
    {
        const QJsonObject statistics = QJsonDocument::fromJson(MatchSession::statisticsJson(MatchOutcome())).object();
        for (const char* key : {"repaired_rounds", "repair_fallbacks", "repair_phases", "repair_seconds"}) {
            QVERIFY2(statistics.value(QLatin1String(key)).isDouble(), key);
            QCOMPARE(statistics.value(QLatin1String(key)).toDouble(), 0.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestMatchSessionStatistics)
#include "test_matchsessionstatistics.moc"
