// SPDX-License-Identifier: GPL-3.0-or-later
// PairingFunnel on a hand-built program: which pairings belong to a scope (mentored sellers
// enrolled by the as-of date, filtered by cohort, category, mentor and enrolment period), and
// each pairing's status at the as-of date from today's status and dates (PairingFunnel.h's
// rule). Every expected count below is worked out by hand from the fixture's comments.
#include "analytics/PairingFunnel.h"
#include "storage/ProgramDatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

QStringList fixture()
{
    return {
        QStringLiteral("INSERT INTO mentors(id, external_id, name, created_utc, updated_utc) VALUES "
                       "(1, 'M1', 'Ada', '', ''), (2, 'M2', 'Ben', '', '')"),
        QStringLiteral("INSERT INTO cohorts(id, name, start_date, created_utc, updated_utc) VALUES "
                       "(1, 'Winter', '2027-01-01', '', ''), (2, 'Spring', '2027-02-01', '', '')"),
        // 5 enrols after 2027-03-01, 6 never enrolled, 7 has no pairing.
        QStringLiteral(
            "INSERT INTO sellers(id, external_id, category, enrolment_date, created_utc, updated_utc) VALUES "
            "(1, 'S1', 'Books', '2027-01-01', '', ''), (2, 'S2', 'books', '2027-01-01', '', ''), "
            "(3, 'S3', 'Toys', '2027-01-10', '', ''), (4, 'S4', 'Toys', '2027-02-15', '', ''), "
            "(5, 'S5', 'Books', '2027-04-01', '', ''), (6, 'S6', 'Books', NULL, '', ''), "
            "(7, 'S7', 'Books', '2027-01-01', '', '')"),
        QStringLiteral("INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES "
                       "(1, 1, '2027-01-01'), (2, 1, '2027-01-01'), (3, 2, '2027-01-10'), (5, 1, '2027-04-01')"),
        QStringLiteral(
            "INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, trial_end_date, ended_on, end_reason, "
            "created_utc, updated_utc) VALUES "
            "(1, 1, 1, 'ended', '2027-01-02', '2027-01-31', '2027-01-20', 'mismatch', '', ''), " // ended in its trial
            "(2, 2, 1, 'active', '2027-01-25', '2027-02-20', NULL, NULL, '', ''), "              // trial until Feb 20
            "(3, 1, 2, 'ended', '2027-01-05', '2027-02-04', '2027-02-20', 'completed', '', ''), "
            "(4, 1, 3, 'trial', '2027-02-01', '2027-02-20', NULL, NULL, '', ''), " // undecided past its end
            "(5, 2, 4, 'ended', '2027-02-16', NULL, '2027-03-15', 'mentee_withdrew', '', ''), " // no trial
            "(6, 1, 5, 'active', '2027-04-02', NULL, NULL, NULL, '', ''), "
            "(7, 2, 6, 'active', '2027-01-03', NULL, NULL, NULL, '', ''), "
            "(8, 2, 3, 'ended', '2027-01-11', NULL, '2027-01-31', 'completed', '', ''), "
            "(9, 1, 2, 'active', '2027-03-05', NULL, NULL, NULL, '', '')"),
    };
}

QString reasons(const PairingFunnelCounts& counts)
{
    QStringList parts;
    for (const auto& [reason, count] : counts.endReasons)
        parts << QStringLiteral("%1:%2").arg(reason).arg(count);
    return parts.join(u' ');
}

} // namespace

class TestPairingFunnel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_program.open(m_dir.filePath(QStringLiteral("funnel.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        for (const QString& statement : fixture())
            SQL_OK(execSql(m_program.connection(), statement));
    }

    void counts_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<qint64>("cohort");
        QTest::addColumn<QString>("category");
        QTest::addColumn<qint64>("mentor");
        QTest::addColumn<QDate>("enrolledFrom");
        QTest::addColumn<QDate>("enrolledTo");
        QTest::addColumn<QVector<int>>("started_trial_active_ended");
        QTest::addColumn<QString>("endReasons");
        const QDate march1(2027, 3, 1);
        // Mentees 1–4; pairings 1 ended, 2 active, 3 ended, 4 trial, 5 active (ends after D), 8 ended.
        QTest::newRow("whole program") << march1 << qint64(0) << QString() << qint64(0) << QDate() << QDate()
                                       << QVector<int>{6, 1, 2, 3} << QStringLiteral("completed:2 mismatch:1");
        // 2 in its trial (ends Feb 20); 3's trial ended Feb 4, it ends Feb 20: active; 5 not started.
        QTest::newRow("in February") << QDate(2027, 2, 10) << qint64(0) << QString() << qint64(0) << QDate() << QDate()
                                     << QVector<int>{5, 2, 1, 2} << QStringLiteral("completed:1 mismatch:1");
        QTest::newRow("a trial's last day is trial")
            << QDate(2027, 2, 4) << qint64(0) << QString() << qint64(0) << QDate() << QDate()
            << QVector<int>{5, 3, 0, 2} << QStringLiteral("completed:1 mismatch:1");
        // 5 ended on Mar 15, 9 started on Mar 5.
        QTest::newRow("end of March") << QDate(2027, 3, 31) << qint64(0) << QString() << qint64(0) << QDate() << QDate()
                                      << QVector<int>{7, 1, 2, 4}
                                      << QStringLiteral("completed:2 mentee_withdrew:1 mismatch:1");
        QTest::newRow("cohort") << march1 << qint64(1) << QString() << qint64(0) << QDate() << QDate()
                                << QVector<int>{3, 0, 1, 2} << QStringLiteral("completed:1 mismatch:1");
        QTest::newRow("category in any case")
            << march1 << qint64(0) << QStringLiteral("BOOKS") << qint64(0) << QDate() << QDate()
            << QVector<int>{3, 0, 1, 2} << QStringLiteral("completed:1 mismatch:1");
        // Mentees 1, 3, 4 (6 never enrolled); only Ben's pairings 2, 5 and 8.
        QTest::newRow("mentor's own pairings") << march1 << qint64(0) << QString() << qint64(2) << QDate() << QDate()
                                               << QVector<int>{3, 0, 2, 1} << QStringLiteral("completed:1");
        QTest::newRow("enrolment period")
            << march1 << qint64(0) << QString() << qint64(0) << QDate(2027, 1, 5) << QDate(2027, 2, 28)
            << QVector<int>{3, 1, 1, 1} << QStringLiteral("completed:1");
        QTest::newRow("no mentee") << march1 << qint64(0) << QString() << qint64(0) << QDate(1990, 1, 1)
                                   << QDate(1990, 12, 31) << QVector<int>{0, 0, 0, 0} << QString();
    }

    void counts()
    {
        QFETCH(QDate, asOf);
        QFETCH(QVector<int>, started_trial_active_ended);
        AnalyticsScope scope;
        scope.asOf = asOf;
        QFETCH(qint64, cohort);
        QFETCH(QString, category);
        QFETCH(qint64, mentor);
        scope.cohortId = cohort;
        scope.category = category;
        scope.mentorId = mentor;
        QFETCH(QDate, enrolledFrom);
        QFETCH(QDate, enrolledTo);
        scope.enrolledFrom = enrolledFrom;
        scope.enrolledTo = enrolledTo;
        QString error;
        const auto counts = PairingFunnel::read(m_program.connection(), scope, &error);
        QVERIFY2(counts.has_value(), qPrintable(error));
        QCOMPARE((QVector<int>{counts->started, counts->trial, counts->active, counts->ended}),
                 started_trial_active_ended);
        QTEST(reasons(*counts), "endReasons");
    }

    void databaseErrorIsReported()
    {
        QSqlDatabase closed = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("funnel-closed"));
        {
            AnalyticsScope scope;
            scope.asOf = QDate(2027, 3, 1);
            QString error;
            QVERIFY(!PairingFunnel::read(closed, scope, &error).has_value());
            QVERIFY(!error.isEmpty());
        }
        closed = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("funnel-closed"));
    }

private:
    QTemporaryDir m_dir;
    ProgramDatabase m_program;
};

QTEST_GUILESS_MAIN(TestPairingFunnel)
#include "test_pairingfunnel.moc"
