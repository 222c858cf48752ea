// SPDX-License-Identifier: GPL-3.0-or-later
// A new touchpoint as the coordinator enters it (TouchpointPlan): the rule of each repetition, a
// one-off scheduled or logged as done in one undo step, a weekly call anchored in the mentor's
// zone across a daylight-saving change, a cohort's monthly roundtable up to the cohort's end,
// and a refusal that leaves neither rows nor an undo step.
#include "calendar/CalendarTime.h"
#include "calendar/TouchpointPlan.h"
#include "editing/ProgramEditor.h"
#include "storage/ProgramDatabase.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

#include "SqlTestSupport.h"

using namespace mentordesk;

class TestTouchpointPlan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<int>("repeat");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QString>("rule");
        QTest::newRow("weekly on a Tuesday")
            << int(TouchpointRepeat::Weekly) << QDate(2027, 3, 2) << QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
        QTest::newRow("every two weeks on a Sunday") << int(TouchpointRepeat::EveryTwoWeeks) << QDate(2027, 3, 7)
                                                     << QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=SU");
        QTest::newRow("monthly on the 15th")
            << int(TouchpointRepeat::Monthly) << QDate(2027, 3, 15) << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=15");
        QTest::newRow("none") << int(TouchpointRepeat::None) << QDate(2027, 3, 15) << QString();
    }

    void rules()
    {
        QFETCH(int, repeat);
        QFETCH(QDate, first);
        QFETCH(QString, rule);
        QCOMPARE(TouchpointPlan::rule(TouchpointRepeat(repeat), first), rule);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_program = std::make_unique<ProgramDatabase>();
        QFile::remove(m_dir.filePath(QStringLiteral("plan.mentordesk")));
        QCOMPARE(m_program->open(m_dir.filePath(QStringLiteral("plan.mentordesk"))), ProgramDatabase::Outcome::Created);
        const QSqlDatabase db = m_program->connection();
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, time_zone, created_utc, "
                                          "updated_utc) VALUES (1, 'S1', 'Alpha', 'America/New_York', '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO mentors(id, name, time_zone, created_utc, updated_utc) VALUES "
                                          "(1, 'Ada', 'Europe/Berlin', '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO cohorts(id, name, start_date, end_date, roundtable_day, "
                                          "created_utc, updated_utc) VALUES (1, 'Spring', '2027-01-04', "
                                          "'2027-06-30', 15, '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, "
                                          "ended_on, end_reason, created_utc, updated_utc) VALUES "
                                          "(1, 1, 1, 'active', '2027-01-04', NULL, NULL, '', ''), "
                                          "(2, 1, 1, 'ended', '2026-01-04', '2026-06-01', 'completed', '', '')")));
        m_editor = std::make_unique<ProgramEditor>(db, QStringLiteral("coordinator@test"));
    }

    void cleanup()
    {
        m_editor.reset();
        m_program.reset();
    }

    void logsADoneTouchpointAsOneStep()
    {
        const QSqlDatabase db = m_program->connection();
        NewTouchpointValues values = call(QDate(2027, 2, 1), QTime(9, 30));
        values.logDone = true;
        QString error;
        const TouchpointPlan::Created created = TouchpointPlan::create(*m_editor, values, &error);
        QVERIFY2(created.touchpointId > 0, qPrintable(error));
        QCOMPARE(created.seriesId, qint64(0));
        // 09:30 on the program's clock (London, winter) is 09:30 UTC.
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT status || '|' || scheduled_utc || '|' || (done_utc IS NOT NULL) "
                                       "FROM touchpoints WHERE id = ?"),
                        {created.touchpointId})
                     .toString(),
                 QStringLiteral("done|2027-02-01T09:30:00Z|1"));
        QCOMPARE(m_editor->undoStack()->count(), 1);
        m_editor->undoStack()->undo();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM touchpoints")).toInt(), 0);
    }

    void aWeeklyCallKeepsTheMentorsClockAcrossDaylightSavingTime()
    {
        const QSqlDatabase db = m_program->connection();
        // 09:00 in London on Monday 22 March 2027 is 10:00 in Berlin; Europe changes clocks on 28 March.
        NewTouchpointValues values = call(QDate(2027, 3, 22), QTime(9, 0));
        values.repeat = TouchpointRepeat::Weekly;
        values.until = QDate(2027, 4, 5);
        QString error;
        const TouchpointPlan::Created created = TouchpointPlan::create(*m_editor, values, &error);
        QVERIFY2(created.seriesId > 0, qPrintable(error));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT rrule || '|' || time_zone || '|' || first_start_local FROM "
                                       "touchpoint_series WHERE id = ?"),
                        {created.seriesId})
                     .toString(),
                 QStringLiteral("FREQ=WEEKLY;BYDAY=MO|Europe/Berlin|2027-03-22T10:00:00"));
        QCOMPARE(queryRows(db, QStringLiteral("SELECT scheduled_utc FROM touchpoints ORDER BY scheduled_utc")),
                 (QStringList{QStringLiteral("2027-03-22T09:00:00Z"), QStringLiteral("2027-03-29T08:00:00Z"),
                              QStringLiteral("2027-04-05T08:00:00Z")}));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT scheduled_utc FROM touchpoints WHERE id = ?"), {created.touchpointId})
                .toString(),
            QStringLiteral("2027-03-22T09:00:00Z"));
        QCOMPARE(m_editor->undoStack()->count(), 1);
        m_editor->undoStack()->undo();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM touchpoint_series")).toInt(), 0);
    }

    void aCohortMeetsMonthlyUntilItsEnd()
    {
        const QSqlDatabase db = m_program->connection();
        NewTouchpointValues values;
        values.cohortId = 1;
        values.kind = QStringLiteral("roundtable");
        values.date = QDate(2027, 1, 15);
        values.time = QTime(16, 0);
        values.durationMinutes = 60;
        values.repeat = TouchpointRepeat::Monthly;
        values.until = QDate(2027, 6, 30);
        values.zone = QTimeZone("Europe/London");
        QString error;
        QVERIFY2(TouchpointPlan::create(*m_editor, values, &error).seriesId > 0, qPrintable(error));
        // Six months, each on the 15th at 16:00 London time (17:00 UTC+1 in summer is 15:00 UTC).
        QCOMPARE(queryRows(db, QStringLiteral("SELECT scheduled_utc FROM touchpoints WHERE kind = 'roundtable' "
                                              "AND cohort_id = 1 ORDER BY scheduled_utc")),
                 (QStringList{QStringLiteral("2027-01-15T16:00:00Z"), QStringLiteral("2027-02-15T16:00:00Z"),
                              QStringLiteral("2027-03-15T16:00:00Z"), QStringLiteral("2027-04-15T15:00:00Z"),
                              QStringLiteral("2027-05-15T15:00:00Z"), QStringLiteral("2027-06-15T15:00:00Z")}));
    }

    void aRefusalLeavesNothing_data()
    {
        QTest::addColumn<qint64>("pairing");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("logDone");
        QTest::newRow("a pair's roundtable") << qint64(1) << QStringLiteral("roundtable") << false;
        QTest::newRow("a pair's roundtable, logged") << qint64(1) << QStringLiteral("roundtable") << true;
        QTest::newRow("no such pairing") << qint64(99) << QStringLiteral("live_call") << false;
        QTest::newRow("no such pairing, logged") << qint64(99) << QStringLiteral("live_call") << true;
    }

    void aRefusalLeavesNothing()
    {
        QFETCH(qint64, pairing);
        QFETCH(QString, kind);
        QFETCH(bool, logDone);
        const QSqlDatabase db = m_program->connection();
        NewTouchpointValues values = call(QDate(2027, 2, 1), QTime(9, 30));
        values.pairingId = pairing;
        values.kind = kind;
        values.logDone = logDone;
        QString error;
        const TouchpointPlan::Created created = TouchpointPlan::create(*m_editor, values, &error);
        QCOMPARE(created.touchpointId, qint64(0));
        QVERIFY(!error.isEmpty());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM touchpoints")).toInt(), 0);
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }

private:
    static NewTouchpointValues call(const QDate& date, const QTime& time)
    {
        NewTouchpointValues values;
        values.pairingId = 1;
        values.kind = QStringLiteral("live_call");
        values.date = date;
        values.time = time;
        values.durationMinutes = 45;
        values.zone = QTimeZone("Europe/London");
        return values;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
    std::unique_ptr<ProgramEditor> m_editor;
};

QTEST_GUILESS_MAIN(TestTouchpointPlan)
#include "test_touchpointplan.moc"
