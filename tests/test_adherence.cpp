// SPDX-License-Identifier: GPL-3.0-or-later
// Adherence: pair-weeks counted from each pairing's start in the program's zone, only complete
// ones up to the as-of date (and the end of an ended pairing), a done touchpoint on its local
// scheduled date, missed, cancelled and planned ones never; groups as ratios of sums. Every
// expected figure below is counted by hand from the fixture's comments.
#include "attention/Adherence.h"
#include "storage/ProgramDatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

// New York is UTC−5 in winter and UTC−4 from 2027-03-14 02:00 local (07:00 UTC).
QStringList fixture()
{
    return {
        QStringLiteral("INSERT INTO sellers(id, external_id, created_utc, updated_utc) VALUES (1, 'S1', '', ''), "
                       "(2, 'S2', '', ''), (3, 'S3', '', ''), (4, 'S4', '', ''), (5, 'S5', '', '')"),
        QStringLiteral("INSERT INTO mentors(id, name, created_utc, updated_utc) VALUES (1, 'Ada', '', ''), "
                       "(2, 'Ben', '', ''), (3, 'Cy', '', '')"),
        QStringLiteral("INSERT INTO cohorts(id, name, start_date, created_utc, updated_utc) VALUES "
                       "(1, 'Winter', '2027-01-01', '', '')"),
        QStringLiteral("INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES (1, 1, '2027-01-01'), "
                       "(3, 1, '2027-01-01')"),
        QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, ended_on, end_reason, "
                       "created_utc, updated_utc) VALUES "
                       "(1, 1, 1, 'active', '2027-01-04', NULL, NULL, '', ''), "
                       "(2, 1, 2, 'ended', '2027-01-04', '2027-01-20', 'completed', '', ''), "
                       "(3, 2, 3, 'trial', '2027-01-25', NULL, NULL, '', ''), "
                       "(4, 2, 4, 'trial', '2027-02-05', NULL, NULL, '', ''), "
                       "(5, 3, 5, 'active', '2027-03-08', NULL, NULL, '', '')"),
        // Pairing 1, weeks Jan 4–10, 11–17, 18–24, 25–31, Feb 1–7.
        QStringLiteral("INSERT INTO touchpoints(pairing_id, kind, status, scheduled_utc) VALUES "
                       "(1, 'live_call', 'done', '2027-01-11T04:00:00Z'), "      // Jan 10 23:00 local: week 0
                       "(1, 'live_call', 'missed', '2027-01-12T15:00:00Z'), "    // week 1: only missed
                       "(1, 'live_call', 'cancelled', '2027-01-19T15:00:00Z'), " // week 2: cancelled
                       "(1, 'live_call', 'planned', '2027-01-20T15:00:00Z'), "   // ... and planned
                       "(1, 'async', 'done', '2027-02-01T03:00:00Z'), "          // Jan 31 22:00 local: week 3
                       "(1, 'async', 'done', '2027-02-01T15:00:00Z')"),          // week 4
        // Pairing 2 ended on Jan 20: weeks Jan 4–10 and 11–17 are complete, Jan 18–24 is not.
        QStringLiteral("INSERT INTO touchpoints(pairing_id, kind, status, scheduled_utc) VALUES "
                       "(2, 'live_call', 'done', '2027-01-06T15:00:00Z'), (2, 'live_call', 'done', "
                       "'2027-01-13T15:00:00Z'), (2, 'live_call', 'done', '2027-01-19T15:00:00Z')"),
        // Pairing 3: a roundtable of its cohort is no touchpoint of the pair.
        QStringLiteral("INSERT INTO touchpoints(cohort_id, kind, status, scheduled_utc) VALUES "
                       "(1, 'roundtable', 'done', '2027-01-27T15:00:00Z')"),
        // Pairing 5, weeks Mar 8–14 and 15–21 across the change to daylight saving time.
        QStringLiteral("INSERT INTO touchpoints(pairing_id, kind, status, scheduled_utc) VALUES "
                       "(5, 'live_call', 'done', '2027-03-08T04:30:00Z'), " // Mar 7 23:30 local: before the start
                       "(5, 'live_call', 'done', '2027-03-15T04:30:00Z')"), // Mar 15 00:30 (UTC−4): week 1
    };
}

QString weekList(const QVector<PairWeek>& weeks)
{
    QStringList parts;
    for (const PairWeek& week : weeks)
        parts << QStringLiteral("%1 %2..%3 %4")
                     .arg(week.index)
                     .arg(week.firstDay.toString(Qt::ISODate), week.lastDay.toString(Qt::ISODate))
                     .arg(week.doneTouchpoints);
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestAdherence : public QObject {
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

    void perPairing_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<qint64>("pairing");
        QTest::addColumn<qint64>("weeks");
        QTest::addColumn<qint64>("adhered");
        const QString newYork = QStringLiteral("America/New_York");
        QTest::newRow("local dates, missed and cancelled weeks not adhered")
            << newYork << QDate(2027, 2, 1) << qint64(1) << qint64(4) << qint64(2);
        QTest::newRow("a week ending on the as-of date is complete")
            << newYork << QDate(2027, 1, 31) << qint64(1) << qint64(4) << qint64(2);
        QTest::newRow("a week ending after the as-of date is not")
            << newYork << QDate(2027, 1, 30) << qint64(1) << qint64(3) << qint64(1);
        QTest::newRow("in UTC the late-evening calls fall a day later")
            << QStringLiteral("UTC") << QDate(2027, 2, 1) << qint64(1) << qint64(4) << qint64(1);
        QTest::newRow("ended pairing: weeks up to its end only")
            << newYork << QDate(2027, 2, 1) << qint64(2) << qint64(2) << qint64(2);
        QTest::newRow("first week without a touchpoint done, roundtable aside")
            << newYork << QDate(2027, 2, 1) << qint64(3) << qint64(1) << qint64(0);
        QTest::newRow("the first day of a pairing: no complete week")
            << newYork << QDate(2027, 1, 25) << qint64(3) << qint64(0) << qint64(0);
        QTest::newRow("across daylight saving time")
            << newYork << QDate(2027, 3, 21) << qint64(5) << qint64(2) << qint64(1);
    }

    void perPairing()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, asOf);
        QFETCH(qint64, pairing);
        Adherence adherence(m_program.connection(), QTimeZone(zone.toUtf8()));
        AdherenceScope scope;
        scope.pairingId = pairing;
        const auto rows = adherence.pairings(asOf, scope);
        QVERIFY2(rows.has_value(), qPrintable(adherence.errorString()));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().pairingId, pairing);
        QTEST(rows->first().count.pairWeeks, "weeks");
        QTEST(rows->first().count.adheredWeeks, "adhered");
    }

    void pairWeeks_data()
    {
        QTest::addColumn<qint64>("pairing");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pairing 1") << qint64(1) << QDate(2027, 2, 1)
                                   << QStringLiteral("0 2027-01-04..2027-01-10 1; 1 2027-01-11..2027-01-17 0; "
                                                     "2 2027-01-18..2027-01-24 0; 3 2027-01-25..2027-01-31 1");
        QTest::newRow("ended pairing") << qint64(2) << QDate(2027, 3, 1)
                                       << QStringLiteral("0 2027-01-04..2027-01-10 1; 1 2027-01-11..2027-01-17 1");
        QTest::newRow("daylight saving time")
            << qint64(5) << QDate(2027, 3, 22)
            << QStringLiteral("0 2027-03-08..2027-03-14 0; 1 2027-03-15..2027-03-21 1");
        QTest::newRow("not begun yet") << qint64(4) << QDate(2027, 2, 1) << QString();
    }

    void pairWeeks()
    {
        QFETCH(qint64, pairing);
        QFETCH(QDate, asOf);
        Adherence adherence(m_program.connection(), QTimeZone("America/New_York"));
        const auto weeks = adherence.pairWeeks(pairing, asOf);
        QVERIFY2(weeks.has_value(), qPrintable(adherence.errorString()));
        QTEST(weekList(*weeks), "expected");
    }

    void unknownPairingHasNoWeeks()
    {
        Adherence adherence(m_program.connection(), QTimeZone("America/New_York"));
        QVERIFY(!adherence.pairWeeks(99, QDate(2027, 2, 1)).has_value());
        QVERIFY(!adherence.errorString().isEmpty());
    }

    void groupsAreRatiosOfSums()
    {
        Adherence adherence(m_program.connection(), QTimeZone("America/New_York"));
        const auto rows = adherence.pairings(QDate(2027, 2, 1));
        QVERIFY2(rows.has_value(), qPrintable(adherence.errorString()));
        // Pairings 4 and 5 had not begun on Feb 1.
        QCOMPARE(rows->size(), 3);
        const QHash<qint64, AdherenceCount> mentors = Adherence::byMentor(*rows);
        QCOMPARE(mentors.size(), 2);
        QCOMPARE(mentors.value(1), (AdherenceCount{6, 4}));
        // 4 of 6, not the mean of 2/4 and 2/2 (0.75).
        QCOMPARE(*mentors.value(1).ratio(), 4.0 / 6.0);
        QCOMPARE(mentors.value(2), (AdherenceCount{1, 0}));
        const QHash<qint64, AdherenceCount> cohorts = Adherence::byCohort(*rows);
        QCOMPARE(cohorts.size(), 1);
        QCOMPARE(cohorts.value(1), (AdherenceCount{5, 2}));
        QCOMPARE(Adherence::total(*rows), (AdherenceCount{7, 4}));
        QVERIFY(!AdherenceCount{}.ratio().has_value());
    }

    void scopes_data()
    {
        QTest::addColumn<qint64>("mentor");
        QTest::addColumn<qint64>("cohort");
        QTest::addColumn<QList<qint64>>("pairings");
        QTest::newRow("mentor 1") << qint64(1) << qint64(0) << QList<qint64>{1, 2};
        QTest::newRow("mentor 2") << qint64(2) << qint64(0) << QList<qint64>{3};
        QTest::newRow("cohort 1") << qint64(0) << qint64(1) << QList<qint64>{1, 3};
        QTest::newRow("mentor 1 in cohort 1") << qint64(1) << qint64(1) << QList<qint64>{1};
    }

    void scopes()
    {
        QFETCH(qint64, mentor);
        QFETCH(qint64, cohort);
        Adherence adherence(m_program.connection(), QTimeZone("America/New_York"));
        AdherenceScope scope;
        scope.mentorId = mentor;
        scope.cohortId = cohort;
        const auto rows = adherence.pairings(QDate(2027, 2, 1), scope);
        QVERIFY2(rows.has_value(), qPrintable(adherence.errorString()));
        QList<qint64> ids;
        for (const PairingAdherence& row : *rows)
            ids << row.pairingId;
        QTEST(ids, "pairings");
    }

private:
    QTemporaryDir m_dir;
    ProgramDatabase m_program;
};

QTEST_GUILESS_MAIN(TestAdherence)
#include "test_adherence.moc"
