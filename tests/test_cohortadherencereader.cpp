// SPDX-License-Identifier: GPL-3.0-or-later
// CohortAdherenceReader on a hand-built program in UTC: adherence per cohort as a ratio of sums
// over the scope's pairings, "No cohort" last, the delta-method interval clustered by pairing
// (clipped to [0, 1]; Wilson when every pairing has the same share; none for one pairing). The
// expected numbers are worked out by hand in the comments.
#include "analytics/CohortAdherenceReader.h"
#include "storage/ProgramDatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

// One done touchpoint on the third day of each listed week of a pairing.
QString doneWeeks(int pairing, const QDate& start, const QVector<int>& weeks)
{
    QStringList values;
    for (const int week : weeks)
        values << QStringLiteral("(%1, 'live_call', 'done', '%2T15:00:00Z')")
                      .arg(pairing)
                      .arg(start.addDays(7 * week + 2).toString(Qt::ISODate));
    return QStringLiteral("INSERT INTO touchpoints(pairing_id, kind, status, scheduled_utc) VALUES ") +
           values.join(QStringLiteral(", "));
}

QStringList fixture()
{
    const QDate january4(2027, 1, 4);
    const QDate february1(2027, 2, 1);
    return {
        QStringLiteral("INSERT OR REPLACE INTO program_info(key, value) VALUES ('time_zone', 'UTC')"),
        QStringLiteral("INSERT INTO mentors(id, external_id, name, created_utc, updated_utc) VALUES "
                       "(1, 'M1', 'Ada', '', ''), (2, 'M2', 'Ben', '', '')"),
        QStringLiteral("INSERT INTO cohorts(id, name, start_date, created_utc, updated_utc) VALUES "
                       "(1, 'Spring', '2027-02-01', '', ''), (2, 'Winter', '2027-01-01', '', '')"),
        // 5 never enrolled; 6's pairing has no complete week by March 1.
        QStringLiteral(
            "INSERT INTO sellers(id, external_id, category, enrolment_date, created_utc, updated_utc) VALUES "
            "(1, 'S1', 'Books', '2027-01-01', '', ''), (2, 'S2', 'Books', '2027-01-01', '', ''), "
            "(3, 'S3', 'Toys', '2027-02-01', '', ''), (4, 'S4', 'Toys', '2027-01-01', '', ''), "
            "(5, 'S5', 'Books', NULL, '', ''), (6, 'S6', 'Toys', '2027-02-01', '', '')"),
        QStringLiteral("INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES (1, 2, '2027-01-01'), "
                       "(2, 2, '2027-01-01'), (3, 1, '2027-02-01'), (5, 2, '2027-01-01'), (6, 1, '2027-02-01')"),
        QStringLiteral(
            "INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, ended_on, end_reason, created_utc, "
            "updated_utc) VALUES (1, 1, 1, 'active', '2027-01-04', NULL, NULL, '', ''), "
            "(2, 2, 2, 'ended', '2027-01-04', '2027-01-31', 'completed', '', ''), "
            "(3, 1, 3, 'active', '2027-02-01', NULL, NULL, '', ''), (4, 2, 4, 'active', '2027-02-01', NULL, NULL, "
            "'', ''), (5, 1, 5, 'active', '2027-01-04', NULL, NULL, '', ''), "
            "(6, 2, 6, 'active', '2027-02-27', NULL, NULL, '', '')"),
        // By March 1: pairing 1 has 8 complete weeks (6 adhered), 2 has 4 up to its end (2),
        // 3 has 4 (4), 4 has 4 (1). By January 31: 1 has 4 (4 adhered), 2 has 4 (2).
        doneWeeks(1, january4, {0, 1, 2, 3, 4, 5}),
        doneWeeks(2, january4, {0, 1}),
        doneWeeks(3, february1, {0, 1, 2, 3}),
        doneWeeks(4, february1, {0}),
        doneWeeks(5, january4, {0, 1, 2, 3, 4, 5, 6, 7}),
    };
}

QString describe(const QVector<CohortAdherence>& rows)
{
    QStringList parts;
    for (const CohortAdherence& row : rows) {
        QString text = QStringLiteral("%1 %2/%3 p%4")
                           .arg(row.cohortName)
                           .arg(row.value ? QString::number(*row.value * row.pairWeeks, 'f', 0) : QStringLiteral("-"))
                           .arg(row.pairWeeks)
                           .arg(row.pairings);
        if (row.interval)
            text += QStringLiteral(" [%1, %2]").arg(row.interval->low, 0, 'f', 4).arg(row.interval->high, 0, 'f', 4);
        parts << text;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestCohortAdherenceReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_program.open(m_dir.filePath(QStringLiteral("adherence.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        for (const QString& statement : fixture())
            SQL_OK(execSql(m_program.connection(), statement));
    }

    void byCohort_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<qint64>("cohort");
        QTest::addColumn<qint64>("mentor");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("expected");
        const QDate march1(2027, 3, 1);
        // Winter: R = 8/12; residuals 6 − 8·2/3 = 2/3 and 2 − 4·2/3 = −2/3, √(8/9) / 12 · 1.959964
        // = 0.15399 → [0.5127, 0.8207]. Spring and "No cohort": one pairing each, no interval.
        QTest::newRow("whole program, cohorts by start date, no cohort last")
            << march1 << qint64(0) << qint64(0) << QString()
            << QStringLiteral("Winter 8/12 p2 [0.5127, 0.8207]; Spring 4/4 p1; No cohort 1/4 p1");
        // Winter: R = 6/8; residuals 4 − 3 = 1 and 2 − 3 = −1, √2 / 8 · 1.959964 = 0.34648 →
        // [0.4035, 1.0965] clipped to 1.
        QTest::newRow("end of January, interval clipped") << QDate(2027, 1, 31) << qint64(0) << qint64(0) << QString()
                                                          << QStringLiteral("Winter 6/8 p2 [0.4035, 1.0000]");
        QTest::newRow("mentor's own pairings")
            << march1 << qint64(0) << qint64(1) << QString() << QStringLiteral("Winter 6/8 p1; Spring 4/4 p1");
        QTest::newRow("one cohort") << march1 << qint64(1) << qint64(0) << QString() << QStringLiteral("Spring 4/4 p1");
        QTest::newRow("category") << march1 << qint64(0) << qint64(0) << QStringLiteral("toys")
                                  << QStringLiteral("Spring 4/4 p1; No cohort 1/4 p1");
        QTest::newRow("before any complete week")
            << QDate(2027, 1, 9) << qint64(0) << qint64(0) << QString() << QString();
    }

    void byCohort()
    {
        AnalyticsScope scope;
        QFETCH(QDate, asOf);
        QFETCH(qint64, cohort);
        QFETCH(qint64, mentor);
        QFETCH(QString, category);
        scope.asOf = asOf;
        scope.cohortId = cohort;
        scope.mentorId = mentor;
        scope.category = category;
        QString error;
        const auto rows = CohortAdherenceReader::read(m_program.connection(), scope, &error);
        QVERIFY2(rows.has_value(), qPrintable(error));
        QTEST(describe(*rows), "expected");
    }

    void sameShareEverywhereFallsBackToWilson()
    {
        const QVector<AdherenceCount> pairings{{4, 4}, {2, 2}};
        const auto interval = CohortAdherenceReader::clusteredInterval(pairings);
        QVERIFY(interval.has_value());
        // Wilson for 6 of 6: centre (1 + z²/12)/(1 + z²/6), lower = 0.6097 (R: prop.test(6, 6, correct = FALSE)).
        QCOMPARE(QString::number(interval->low, 'f', 4), QStringLiteral("0.6097"));
        QCOMPARE(interval->high, 1.0);
    }

    void onePairingHasNoInterval()
    {
        QVERIFY(!CohortAdherenceReader::clusteredInterval({{8, 3}}).has_value());
        QVERIFY(!CohortAdherenceReader::clusteredInterval({{8, 3}, {0, 0}}).has_value());
    }

    void databaseErrorIsReported()
    {
        QSqlDatabase closed = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("adherence-closed"));
        {
            AnalyticsScope scope;
            scope.asOf = QDate(2027, 3, 1);
            QString error;
            QVERIFY(!CohortAdherenceReader::read(closed, scope, &error).has_value());
            QVERIFY(!error.isEmpty());
        }
        closed = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("adherence-closed"));
    }

private:
    QTemporaryDir m_dir;
    ProgramDatabase m_program;
};

QTEST_GUILESS_MAIN(TestCohortAdherenceReader)
#include "test_cohortadherencereader.moc"
