// SPDX-License-Identifier: GPL-3.0-or-later
// AnalyticsModel computing in the background: the point estimates first, then the intervals;
// "computing" until both are in; rapid scope changes coalesce into one more run for the latest
// scope; the change feed refreshes only for kinds the figures depend on; the sellers behind a
// point come back with their label; an in-memory program is computed at once; closing the
// program or destroying the model during a run is safe. Waits are on signals, never on time.
#include "analytics/AnalyticsEngine.h"
#include "analytics/AnalyticsModel.h"
#include "changes/ChangeEvent.h"
#include "changes/ChangeFeed.h"
#include "storage/ProgramDatabase.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mentordesk;

namespace {

/// Generous: a run on a loaded CI machine, never a measure of speed.
constexpr int kTimeoutMs = 30000;

AnalyticsScope scopeAsOf(const QDate& asOf, qint64 cohortId = 0)
{
    AnalyticsScope scope;
    scope.asOf = asOf;
    scope.cohortId = cohortId;
    return scope;
}

} // namespace

class TestAnalyticsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_program = std::make_unique<ProgramDatabase>();
        QCOMPARE(m_program->open(m_dir.filePath(QStringLiteral("analytics-%1.mentordesk").arg(++m_count))),
                 ProgramDatabase::Outcome::Created);
        m_model = std::make_unique<AnalyticsModel>();
    }

    void cleanup()
    {
        m_model.reset();
        m_program.reset();
    }

    void pointEstimatesComeBeforeIntervals()
    {
        const AnalyticsScope scope = scopeAsOf(QDate(2026, 11, 30));
        m_model->setScope(scope);
        QVector<bool> computingAtPhaseOne;
        QVector<bool> intervalsAtPhaseOne;
        connect(m_model.get(), &AnalyticsModel::figuresChanged, this, [&] {
            computingAtPhaseOne << m_model->isComputing();
            intervalsAtPhaseOne << m_model->figures().intervalsComputed;
        });
        QSignalSpy intervals(m_model.get(), &AnalyticsModel::intervalsReady);
        m_model->setDatabase(m_program->connection(), nullptr);
        QVERIFY(m_model->isComputing());
        QVERIFY(intervals.wait(kTimeoutMs));
        // Emptied on setDatabase (another program's figures must go), then phase one.
        QCOMPARE(computingAtPhaseOne.size(), 2);
        QVERIFY(computingAtPhaseOne.constLast());
        QVERIFY(!intervalsAtPhaseOne.constLast());
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isComputing(), kTimeoutMs);
        QVERIFY(m_model->figures().intervalsComputed);
        QCOMPARE(m_model->figures().scope, scope);
        QVERIFY(m_model->errorString().isEmpty());
    }

    void rapidScopeChangesCoalesce()
    {
        m_model->setScope(scopeAsOf(QDate(2026, 10, 31)));
        QSignalSpy ready(m_model.get(), &AnalyticsModel::intervalsReady);
        m_model->setDatabase(m_program->connection(), nullptr);
        QVERIFY(ready.wait(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isComputing(), kTimeoutMs);

        QSignalSpy figures(m_model.get(), &AnalyticsModel::figuresChanged);
        ready.clear();
        const AnalyticsScope last = scopeAsOf(QDate(2026, 11, 30), 3);
        m_model->setScope(scopeAsOf(QDate(2026, 9, 30)));
        m_model->setScope(scopeAsOf(QDate(2026, 8, 31), 2));
        m_model->setScope(last);
        QCOMPARE(m_model->scope(), last);
        QVERIFY(ready.wait(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isComputing(), kTimeoutMs);
        // The run for the first change was outdated before it ended: dropped, one run for the last.
        QCOMPARE(figures.size(), 1);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(m_model->figures().scope, last);
    }

    void anEqualScopeStartsNothing()
    {
        const AnalyticsScope scope = scopeAsOf(QDate(2026, 11, 30));
        m_model->setScope(scope);
        QSignalSpy ready(m_model.get(), &AnalyticsModel::intervalsReady);
        m_model->setDatabase(m_program->connection(), nullptr);
        QVERIFY(ready.wait(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isComputing(), kTimeoutMs);
        m_model->setScope(scope);
        QVERIFY(!m_model->isComputing());
    }

    void changeFeedRefreshesForRelevantKinds_data()
    {
        QTest::addColumn<ChangeEvent>("event");
        QTest::addColumn<bool>("refreshes");
        QTest::newRow("pairing added") << ChangeEvent::recordAdded(EntityKind::Pairing, 1) << true;
        QTest::newRow("snapshot edited") << ChangeEvent::fieldsEdited(EntityKind::MetricSnapshot, {1},
                                                                      {QStringLiteral("orders")})
                                         << true;
        QTest::newRow("touchpoint removed") << ChangeEvent::recordRemoved(EntityKind::Touchpoint, 4) << true;
        QTest::newRow("import") << ChangeEvent::imported(7) << true;
        QTest::newRow("resource added") << ChangeEvent::recordAdded(EntityKind::Resource, 2) << false;
        QTest::newRow("match preset added") << ChangeEvent::recordAdded(EntityKind::MatchPreset, 2) << false;
    }

    void changeFeedRefreshesForRelevantKinds()
    {
        QFETCH(ChangeEvent, event);
        QFETCH(bool, refreshes);
        ChangeFeed feed;
        m_model->setScope(scopeAsOf(QDate(2026, 11, 30)));
        QSignalSpy ready(m_model.get(), &AnalyticsModel::intervalsReady);
        m_model->setDatabase(m_program->connection(), &feed);
        QVERIFY(ready.wait(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isComputing(), kTimeoutMs);

        QSignalSpy computing(m_model.get(), &AnalyticsModel::computingChanged);
        ready.clear();
        feed.publish(event);
        feed.publish(event); // two events of one step: one run
        if (refreshes) {
            QVERIFY(ready.wait(kTimeoutMs));
            QTRY_VERIFY_WITH_TIMEOUT(!m_model->isComputing(), kTimeoutMs);
            QCOMPARE(ready.size(), 1);
        } else {
            // The refresh would start on the next turn of the event loop (a zero timer).
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
            QCOMPARE(computing.size(), 0);
            QVERIFY(!m_model->isComputing());
        }
    }

    void sellersBehindComeWithTheirLabel()
    {
        const AnalyticsScope scope = scopeAsOf(QDate(2026, 11, 30));
        m_model->setScope(scope);
        m_model->setDatabase(m_program->connection(), nullptr);
        FigureKey key;
        key.chart = FigureKey::Chart::MonthlyOutcome;
        key.metric = QStringLiteral("listing_quality");
        key.monthSinceStart = 3;
        QSignalSpy sellers(m_model.get(), &AnalyticsModel::sellersBehindReady);
        // Asked while the figures are computed: answered after the run under way.
        m_model->requestSellersBehind(key, QStringLiteral("Listing quality, mentored, month 3"));
        QVERIFY(sellers.wait(kTimeoutMs));
        QCOMPARE(sellers.size(), 1);
        AnalyticsEngine engine(m_program->connection());
        const auto expected = engine.sellersBehind(key, scope);
        QVERIFY(expected.has_value());
        QCOMPARE(sellers.at(0).at(0).value<QVector<qint64>>(), *expected);
        QCOMPARE(sellers.at(0).at(1).toString(), QStringLiteral("Listing quality, mentored, month 3"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isComputing(), kTimeoutMs);
        QVERIFY(m_model->figures().intervalsComputed);
    }

    void anInMemoryProgramIsComputedAtOnce()
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("analytics-memory"));
        memory.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(memory.open());
        // An in-memory connection cannot be shared with a worker, so it is read at once; the
        // program's tables come through ATTACH (SQLite finds unqualified tables there).
        QSqlQuery attach(memory);
        QVERIFY(attach.prepare(QStringLiteral("ATTACH DATABASE ? AS program")));
        attach.addBindValue(m_program->connection().databaseName());
        QVERIFY2(attach.exec(), qPrintable(attach.lastError().text()));
        {
            AnalyticsModel model;
            model.setScope(scopeAsOf(QDate(2026, 6, 30)));
            QSignalSpy figures(&model, &AnalyticsModel::figuresChanged);
            QSignalSpy ready(&model, &AnalyticsModel::intervalsReady);
            model.setDatabase(memory, nullptr);
            QCOMPARE(ready.size(), 1);
            QCOMPARE(figures.size(), 2); // emptied, then phase one
            QVERIFY(!model.isComputing());
            QCOMPARE(model.figures().scope.asOf, QDate(2026, 6, 30));
        }
        memory.close();
        memory = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("analytics-memory"));
    }

    void closingTheProgramDuringARunEmptiesTheFigures()
    {
        m_model->setScope(scopeAsOf(QDate(2026, 11, 30)));
        m_model->setDatabase(m_program->connection(), nullptr);
        QVERIFY(m_model->isComputing());
        QSignalSpy ready(m_model.get(), &AnalyticsModel::intervalsReady);
        m_model->setDatabase(QSqlDatabase(), nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isComputing(), kTimeoutMs);
        QCOMPARE(ready.size(), 0);
        QVERIFY(m_model->figures().rampCurves.isEmpty());
        QVERIFY(!m_model->figures().intervalsComputed);
    }

    void destroyingTheModelDuringARunIsSafe()
    {
        m_model->setScope(scopeAsOf(QDate(2026, 11, 30)));
        m_model->setDatabase(m_program->connection(), nullptr);
        QVERIFY(m_model->isComputing());
        m_model.reset(); // waits for the run, which touches nothing of the model's
        QVERIFY(!m_model);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<ProgramDatabase> m_program;
    std::unique_ptr<AnalyticsModel> m_model;
};

QTEST_GUILESS_MAIN(TestAnalyticsModel)
#include "test_analyticsmodel.moc"
