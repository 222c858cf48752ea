// SPDX-License-Identifier: GPL-3.0-or-later
// MatchRulesFile: a good weights file, keys left out keeping their defaults, a round trip, and
// every kind of bad file in tests/data/matching refused with a sentence naming the key.
#include "matching/MatchRulesFile.h"

#include <QFile>
#include <QTest>

using namespace mentordesk::matching;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(MENTORDESK_TEST_DATA "/matching/%1").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

} // namespace

class TestMatchRulesFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goodFile();
    void emptyObjectIsTheDefaults();
    void roundTrip_data();
    void roundTrip();
    void badFile_data();
    void badFile();
};

void TestMatchRulesFile::goodFile()
{
    QString error;
    const std::optional<MatchRules> rules = MatchRulesFile::fromJson(fixture(QStringLiteral("good.json")), &error);
    QVERIFY2(rules, qPrintable(error));
    QVERIFY(error.isEmpty());
    MatchRules expected = MatchRules::defaults();
    expected.rule(Factor::Category) = {10, true};
    expected.rule(Factor::CoachingStyle).weight = 2; // must left out: keeps its default
    expected.rule(Factor::Language).must = false;    // weight left out: keeps its default
    expected.rule(Factor::TimeZoneOverlap) = {0, false};
    expected.highPotentialBonus = 20;
    expected.stabilityBonus = 0;
    expected.minimumScore = 100;
    expected.fairness = true;
    expected.maxMenteesPerCohort = 2;
    expected.maxSharePercent = 5;
    QVERIFY(*rules == expected);
    QCOMPARE(rules->rule(Factor::Language).weight, MatchRules::defaults().rule(Factor::Language).weight);
}

void TestMatchRulesFile::emptyObjectIsTheDefaults()
{
    QString error;
    const std::optional<MatchRules> rules = MatchRulesFile::fromJson("{}", &error);
    QVERIFY2(rules, qPrintable(error));
    QVERIFY(*rules == MatchRules::defaults());
}

void TestMatchRulesFile::roundTrip_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("defaults") << 0;
    QTest::newRow("everything changed") << 1;
    QTest::newRow("all zero") << 2;
}

void TestMatchRulesFile::roundTrip()
{
    QFETCH(int, variant);
    MatchRules rules = MatchRules::defaults();
    int step = 0;
    for (Factor factor : allFactors()) {
        FactorRule& rule = rules.rule(factor);
        if (variant == 1)
            rule = {(step * 7) % 11, step % 3 == 0};
        if (variant == 2)
            rule = {0, false};
        ++step;
    }
    if (variant == 1) {
        rules.highPotentialBonus = 3;
        rules.stabilityBonus = 250;
        rules.minimumScore = 77;
        rules.fairness = true;
        rules.maxMenteesPerCohort = 4;
        rules.maxSharePercent = 100;
    }
    if (variant == 2)
        rules.highPotentialBonus = rules.stabilityBonus = 0;
    const QByteArray json = MatchRulesFile::toJson(rules);
    QString error;
    const std::optional<MatchRules> read = MatchRulesFile::fromJson(json, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY2(*read == rules, json.constData());
    QCOMPARE(MatchRulesFile::toJson(*read), json);
    for (Factor factor : allFactors())
        QVERIFY2(json.contains(factorKey(factor).toLatin1()), json.constData());
}

void TestMatchRulesFile::badFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("namedKey");
    QTest::newRow("unknown key") << "unknown-key.json"
                                 << "high_potental_bonus";
    QTest::newRow("unknown factor") << "unknown-factor.json"
                                    << "factors.categroy";
    QTest::newRow("unknown key of a factor") << "unknown-factor-key.json"
                                             << "factors.category.mandatory";
    QTest::newRow("weight above 10") << "weight-above-ten.json"
                                     << "factors.category.weight";
    QTest::newRow("negative weight") << "weight-negative.json"
                                     << "factors.channel.weight";
    QTest::newRow("weight not whole") << "weight-not-whole.json"
                                      << "factors.channel.weight";
    QTest::newRow("weight as text") << "weight-text.json"
                                    << "factors.channel.weight";
    QTest::newRow("must not a boolean") << "must-not-boolean.json"
                                        << "factors.language.must";
    QTest::newRow("factor not an object") << "factor-not-object.json"
                                          << "factors.language";
    QTest::newRow("factors not an object") << "factors-not-object.json"
                                           << "factors";
    QTest::newRow("negative bonus") << "negative-bonus.json"
                                    << "high_potential_bonus";
    QTest::newRow("negative stability bonus") << "negative-stability-bonus.json"
                                              << "stability_bonus";
    QTest::newRow("bonus too large") << "bonus-too-large.json"
                                     << "stability_bonus";
    QTest::newRow("negative minimum") << "negative-minimum.json"
                                      << "minimum_score";
    QTest::newRow("fairness not a boolean") << "fairness-not-boolean.json"
                                            << "fairness";
    QTest::newRow("share above 100") << "share-above-hundred.json"
                                     << "rotation.max_share_percent";
    QTest::newRow("negative cohort limit") << "negative-cohort-limit.json"
                                           << "rotation.max_mentees_per_cohort";
    QTest::newRow("unknown rotation key") << "unknown-rotation-key.json"
                                          << "rotation.max_pairs";
    QTest::newRow("rotation not an object") << "rotation-not-object.json"
                                            << "rotation";
    QTest::newRow("not an object") << "not-an-object.json"
                                   << "";
    QTest::newRow("truncated") << "truncated.json"
                               << "";
}

void TestMatchRulesFile::badFile()
{
    QFETCH(QString, file);
    QFETCH(QString, namedKey);
    QString error;
    const std::optional<MatchRules> rules = MatchRulesFile::fromJson(fixture(file), &error);
    QVERIFY(!rules);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QLatin1String("weights file")), qPrintable(error));
    if (!namedKey.isEmpty())
        QVERIFY2(error.contains(QStringLiteral("“%1”").arg(namedKey)), qPrintable(error));
    // Without a place for the sentence, the answer is the same.
    QVERIFY(!MatchRulesFile::fromJson(fixture(file), nullptr));
}

QTEST_GUILESS_MAIN(TestMatchRulesFile)
#include "test_matchrulesfile.moc"
