// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 6 (the calendar): a version-5 program upgrades with its data and a safety copy,
// every touchpoint gets a UID of its own, and the new tables, CHECKs, triggers and indexes hold
// on a fresh program.
#include "SqlTestSupport.h"

#include "storage/ProgramDatabase.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

namespace {

/// The plan SQLite chooses, one line per step.
QString plan(const QSqlDatabase& db, const QString& sql)
{
    return queryRows(db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql).join(QLatin1Char('\n'));
}

const QString kFixture = QStringLiteral(
    "INSERT INTO sellers(id, external_id, created_utc, updated_utc) VALUES (1, 'S1', '', ''), (2, 'S2', '', '');"
    "INSERT INTO mentors(id, name, created_utc, updated_utc) VALUES (1, 'Ada', '', '');"
    "INSERT INTO cohorts(id, name, start_date, created_utc, updated_utc) VALUES (1, 'Spring', '2026-03-01', '', '');"
    "INSERT INTO pairings(id, mentor_id, mentee_id, started_on, trial_end_date, created_utc, updated_utc) "
    "VALUES (1, 1, 1, '2026-03-01', '2026-03-15', '', '');"
    "INSERT INTO touchpoints(id, pairing_id, kind, status, scheduled_utc) VALUES "
    "(1, 1, 'live_call', 'done', '2026-03-02T09:00:00Z'), (2, 1, 'async', 'planned', '2026-03-09T09:00:00Z');"
    "INSERT INTO touchpoints(id, cohort_id, kind, scheduled_utc) VALUES (3, 1, 'roundtable', '2026-03-05T16:00:00Z')");

QString execAll(const QSqlDatabase& db, const QString& statements)
{
    for (const QString& statement : statements.split(QLatin1Char(';'))) {
        const QString error = execSql(db, statement);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

} // namespace

class TestCalendarSchema : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_fresh.open(m_dir.filePath(QStringLiteral("fresh.mentordesk"))), ProgramDatabase::Outcome::Created);
        QVERIFY(ProgramDatabase::latestSchemaVersion() >= 6);
        SQL_OK(execAll(m_fresh.connection(), kFixture));
    }

    void upgradesVersion5Program()
    {
        const QString path = m_dir.filePath(QStringLiteral("version5.mentordesk"));
        const QString touchpointsSql = QStringLiteral(
            "SELECT id, pairing_id, cohort_id, kind, status, scheduled_utc FROM touchpoints ORDER BY id");
        QStringList before;
        {
            ProgramDatabase program;
            QCOMPARE(program.open(path, 5), ProgramDatabase::Outcome::Created);
            SQL_OK(execAll(program.connection(), kFixture));
            before = queryRows(program.connection(), touchpointsSql);
        }
        ProgramDatabase program;
        QCOMPARE(program.open(path), ProgramDatabase::Outcome::Migrated);
        QCOMPARE(program.schemaVersion(), ProgramDatabase::latestSchemaVersion());
        const QSqlDatabase db = program.connection();
        QCOMPARE(queryRows(db, touchpointsSql), before);
        // Every touchpoint has a UID of 32 hex digits, each its own.
        const QStringList uids = queryRows(db, QStringLiteral("SELECT uid FROM touchpoints ORDER BY id"));
        QCOMPARE(uids.size(), 3);
        for (const QString& uid : uids)
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(uid).hasMatch(), qPrintable(uid));
        QCOMPARE(QSet<QString>(uids.begin(), uids.end()).size(), 3);
        QCOMPARE(
            queryRows(db, QStringLiteral("SELECT title, series_id, recurrence_utc, done_utc, sequence FROM touchpoints "
                                         "WHERE id = 1")),
            QStringList{QStringLiteral("|NULL|NULL|NULL|0")});
        // No zone set: the system zone (CalendarTime::programZone).
        QCOMPARE(queryRows(db, QStringLiteral("SELECT value FROM program_info WHERE key = 'time_zone'")),
                 QStringList());
        QCOMPARE(queryRows(db, QStringLiteral("PRAGMA foreign_key_check")), QStringList());

        // The safety copy is the version-5 file as it was.
        QVERIFY(QFileInfo(program.snapshotPath()).isFile());
        QVERIFY(program.snapshotPath().contains(QLatin1String(".v5-")));
        ProgramDatabase copy;
        QCOMPARE(copy.open(program.snapshotPath(), 5), ProgramDatabase::Outcome::Opened);
        QCOMPARE(copy.schemaVersion(), 5);
        QVERIFY(!execSql(copy.connection(), QStringLiteral("SELECT uid FROM touchpoints")).isEmpty());
    }

    void uidIsGeneratedWhenLeftEmpty()
    {
        const QSqlDatabase db = m_fresh.connection();
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO touchpoints(id, pairing_id, kind, scheduled_utc) VALUES "
                                          "(40, 1, 'async', '2026-04-01T10:00:00Z')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO touchpoints(id, pairing_id, kind, scheduled_utc, uid) VALUES "
                                          "(41, 1, 'async', '2026-04-01T10:00:00Z', 'given@elsewhere')")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT length(uid) FROM touchpoints WHERE id = 40")).toInt(), 32);
        QCOMPARE(scalar(db, QStringLiteral("SELECT uid FROM touchpoints WHERE id = 41")).toString(),
                 QStringLiteral("given@elsewhere"));
        SQL_OK(execSql(db, QStringLiteral("DELETE FROM touchpoints WHERE id IN (40, 41)")));
    }

    void checksRefuse_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("empty UID") << QStringLiteral("UPDATE touchpoints SET uid = ' ' WHERE id = 1");
        QTest::newRow("duplicate UID") << QStringLiteral(
            "UPDATE touchpoints SET uid = (SELECT uid FROM touchpoints WHERE id = 2) WHERE id = 1");
        QTest::newRow("done time of a planned touchpoint")
            << QStringLiteral("UPDATE touchpoints SET done_utc = '2026-03-09T10:00:00Z' WHERE id = 2");
        QTest::newRow("occurrence without its start")
            << QStringLiteral("INSERT INTO touchpoint_series(id, uid, pairing_id, kind, rrule, time_zone, "
                              "first_start_local, until_date, created_utc, updated_utc) VALUES (9, 'u9', 1, "
                              "'live_call', 'FREQ=WEEKLY', 'Europe/Berlin', '2026-03-02T10:00:00', '2026-05-31', "
                              "'', ''); UPDATE touchpoints SET series_id = 9 WHERE id = 2");
        QTest::newRow("negative sequence") << QStringLiteral("UPDATE touchpoints SET sequence = -1 WHERE id = 1");
        QTest::newRow("series without rule")
            << QStringLiteral("INSERT INTO touchpoint_series(uid, pairing_id, kind, rrule, time_zone, "
                              "first_start_local, until_date, created_utc, updated_utc) VALUES ('u', 1, 'async', "
                              "' ', 'Europe/Berlin', '2026-03-02T10:00:00', '2026-05-31', '', '')");
        QTest::newRow("series start with a zone")
            << QStringLiteral("INSERT INTO touchpoint_series(uid, pairing_id, kind, rrule, time_zone, "
                              "first_start_local, until_date, created_utc, updated_utc) VALUES ('u', 1, 'async', "
                              "'FREQ=DAILY', 'Europe/Berlin', '2026-03-02T10:00:00Z', '2026-05-31', '', '')");
        QTest::newRow("series ending before it starts")
            << QStringLiteral("INSERT INTO touchpoint_series(uid, pairing_id, kind, rrule, time_zone, "
                              "first_start_local, until_date, created_utc, updated_utc) VALUES ('u', 1, 'async', "
                              "'FREQ=DAILY', 'Europe/Berlin', '2026-03-02T10:00:00', '2026-03-01', '', '')");
        QTest::newRow("series of nobody")
            << QStringLiteral("INSERT INTO touchpoint_series(uid, kind, rrule, time_zone, first_start_local, "
                              "until_date, created_utc, updated_utc) VALUES ('u', 'async', 'FREQ=DAILY', "
                              "'Europe/Berlin', '2026-03-02T10:00:00', '2026-05-31', '', '')");
        QTest::newRow("unknown exception kind")
            << QStringLiteral("INSERT INTO touchpoint_series(id, uid, pairing_id, kind, rrule, time_zone, "
                              "first_start_local, until_date, created_utc, updated_utc) VALUES (8, 'u8', 1, "
                              "'async', 'FREQ=DAILY', 'Europe/Berlin', '2026-03-02T10:00:00', '2026-05-31', '', '');"
                              "INSERT INTO touchpoint_series_exceptions VALUES (8, '2026-03-03T09:00:00Z', 'lost')");
        QTest::newRow("unknown attendance") << QStringLiteral(
            "INSERT INTO roundtable_attendance(touchpoint_id, seller_id, status) VALUES (3, 1, 'asleep')");
        QTest::newRow("attendance of nobody")
            << QStringLiteral("INSERT INTO roundtable_attendance(touchpoint_id, seller_id) VALUES (3, 99)");
    }

    void checksRefuse()
    {
        QFETCH(QString, sql);
        QSqlDatabase db = m_fresh.connection();
        QVERIFY(db.transaction());
        const QString error = execAll(db, sql);
        QVERIFY(db.rollback());
        QVERIFY2(!error.isEmpty(), "the schema accepted it");
    }

    void checksAccept_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("done with its time")
            << QStringLiteral("UPDATE touchpoints SET status = 'done', done_utc = '2026-03-09T10:00:00Z' WHERE id = 2");
        QTest::newRow("occurrence") << QStringLiteral(
            "INSERT INTO touchpoint_series(id, uid, pairing_id, kind, rrule, time_zone, "
            "first_start_local, until_date, created_utc, updated_utc) VALUES (9, 'u9', 1, "
            "'live_call', 'FREQ=WEEKLY', 'Europe/Berlin', '2026-03-02T10:00:00', '2026-05-31', "
            "'', ''); UPDATE touchpoints SET series_id = 9, recurrence_utc = "
            "'2026-03-09T09:00:00Z' WHERE id = 2;"
            "INSERT INTO touchpoint_series_exceptions VALUES (9, '2026-03-16T09:00:00Z', 'removed')");
        QTest::newRow("attendance") << QStringLiteral(
            "INSERT INTO roundtable_attendance(touchpoint_id, seller_id, status) VALUES (3, 1, 'excused')");
    }

    void checksAccept()
    {
        QFETCH(QString, sql);
        QSqlDatabase db = m_fresh.connection();
        QVERIFY(db.transaction());
        const QString error = execAll(db, sql);
        QVERIFY(db.rollback());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void queriesUseTheIndexes_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("index");
        QTest::newRow("trials ending soon")
            << QStringLiteral("SELECT count(*) FROM pairings WHERE status = 'trial' AND trial_end_date <= '2026-03-20'")
            << QStringLiteral("pairings_trial_end");
        QTest::newRow("checklist items due")
            << QStringLiteral("SELECT count(*) FROM checklist_items WHERE done_on IS NULL AND due_date <= '2026-03-20'")
            << QStringLiteral("checklist_items_open"); // version 7's, which replaced checklist_items_open_due
        // Without statistics SQLite prefers the covering touchpoints_when; the attention list names
        // the partial index, and this checks that the index can answer the query at all.
        QTest::newRow("planned in the past")
            << QStringLiteral("SELECT count(*) FROM touchpoints INDEXED BY touchpoints_planned WHERE status = "
                              "'planned' AND scheduled_utc < '2026-03-20'")
            << QStringLiteral("touchpoints_planned");
        QTest::newRow("touchpoint by UID")
            << QStringLiteral("SELECT id FROM touchpoints WHERE uid = 'x'") << QStringLiteral("touchpoints_uid");
    }

    void queriesUseTheIndexes()
    {
        QFETCH(QString, sql);
        QFETCH(QString, index);
        const QString steps = plan(m_fresh.connection(), sql);
        QVERIFY2(steps.contains(index), qPrintable(steps));
    }

private:
    QTemporaryDir m_dir;
    ProgramDatabase m_fresh;
};

QTEST_GUILESS_MAIN(TestCalendarSchema)
#include "test_calendarschema.moc"
