// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar's commands (CalendarEditor, TouchpointCommand, TouchpointRepository): each an
// undoable, audited step published on the change feed; series expanded across daylight saving
// time with their exceptions kept when the rule changes; every step refused with a sentence when
// its data is wrong or changed meanwhile; a deleted mentee's series restored by undo.
#include "calendar/CalendarEditor.h"
#include "calendar/CalendarTime.h"
#include "calendar/TouchpointCommand.h"
#include "calendar/TouchpointRepository.h"
#include "domain/WorkspaceSpecs.h"
#include "editing/ProgramEditor.h"
#include "storage/ProgramDatabase.h"

#include <QSignalSpy>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

QDateTime utc(const QString& text)
{
    return CalendarTime::fromUtcText(text);
}

/// Every calendar row and how many audit rows there are, for "as it was" checks.
QStringList calendarState(const QSqlDatabase& db)
{
    QStringList rows;
    for (const QString& sql :
         {QStringLiteral("SELECT * FROM touchpoints ORDER BY id"), QStringLiteral("SELECT * FROM touchpoint_series"),
          QStringLiteral("SELECT * FROM touchpoint_series_exceptions ORDER BY 1, 2")}) {
        QSqlQuery query(db);
        query.exec(sql);
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i) {
                // updated_utc is the time of the last write, which an undo renews.
                if (query.record().fieldName(i) != QLatin1String("updated_utc"))
                    values << query.value(i).toString();
            }
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

int auditRows(const QSqlDatabase& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}

QString exceptionKind(const QSqlDatabase& db, qint64 touchpointId)
{
    return scalar(db,
                  QStringLiteral("SELECT IFNULL((SELECT e.kind FROM touchpoints t JOIN touchpoint_series_exceptions e "
                                 "ON e.series_id = t.series_id AND e.recurrence_utc = t.recurrence_utc "
                                 "WHERE t.id = ?), 'none')"),
                  {touchpointId})
        .toString();
}

} // namespace

class TestTouchpointCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_program = std::make_unique<ProgramDatabase>();
        QFile::remove(m_dir.filePath(QStringLiteral("calendar.mentordesk")));
        QCOMPARE(m_program->open(m_dir.filePath(QStringLiteral("calendar.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        const QSqlDatabase db = m_program->connection();
        // Mentor in Berlin, mentee in New York; a second mentor whose zone is not an IANA name.
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, time_zone, created_utc, "
                                          "updated_utc) VALUES (1, 'S1', 'Alpha', 'America/New_York', '', ''), "
                                          "(2, 'S2', 'Beta', '', '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO mentors(id, name, time_zone, created_utc, updated_utc) VALUES "
                                          "(1, 'Ada', 'Europe/Berlin', '', ''), (2, 'Ben', 'CET+1', '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO cohorts(id, name, start_date, created_utc, updated_utc) "
                                          "VALUES (1, 'Spring', '2026-01-05', '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, "
                                          "created_utc, updated_utc) VALUES (1, 1, 1, 'active', '2026-01-05', '', ''), "
                                          "(2, 2, 2, 'active', '2026-01-05', '', '')")));
        m_editor = std::make_unique<ProgramEditor>(db, QStringLiteral("coordinator@test"));
        m_calendar = std::make_unique<CalendarEditor>(*m_editor);
    }

    void cleanup()
    {
        m_calendar.reset();
        m_editor.reset();
        m_program.reset();
    }

    void createsAndUndoes()
    {
        const QSqlDatabase db = m_program->connection();
        const QStringList before = calendarState(db);
        QSignalSpy published(m_editor->changes(), &ChangeFeed::changed);
        const qint64 id = m_calendar->createTouchpoint({1, 0, QStringLiteral("live_call"),
                                                        utc(QStringLiteral("2027-03-01T09:00:00Z")), 45,
                                                        QStringLiteral("Kick-off"), QStringLiteral("Goals")});
        QVERIFY2(id > 0, qPrintable(m_calendar->errorString()));
        const QStringList created = calendarState(db);
        QCOMPARE(created.size(), before.size() + 1);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT kind || '|' || status || '|' || scheduled_utc || '|' || title || "
                                       "'|' || duration_minutes FROM touchpoints WHERE id = ?"),
                        {id})
                     .toString(),
                 QStringLiteral("live_call|planned|2027-03-01T09:00:00Z|Kick-off|45"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT length(uid) FROM touchpoints WHERE id = ?"), {id}).toInt(), 32);
        QCOMPARE(scalar(db, QStringLiteral("SELECT entity || '|' || field || '|' || actor FROM audit_log "
                                           "ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("touchpoint|record|coordinator@test"));
        QCOMPARE(published.size(), 1);
        const ChangeEvent event = published.first().first().value<ChangeEvent>();
        QCOMPARE(event.type, ChangeEvent::Type::RecordsAdded);
        QVERIFY(event.affects(EntityKind::Touchpoint));
        QCOMPARE(event.ids, QVector<qint64>{id});
        QCOMPARE(m_editor->undoStack()->count(), 1);

        m_editor->undoStack()->undo();
        QCOMPARE(calendarState(db), before);
        QCOMPARE(published.last().first().value<ChangeEvent>().type, ChangeEvent::Type::RecordsRemoved);
        m_editor->undoStack()->redo();
        QCOMPARE(calendarState(db), created); // the same id and UID again
    }

    void editsRescheduleAndStatuses_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("expected");
        QTest::newRow("edit") << QStringLiteral("edit") << QStringLiteral("async|planned|2027-03-01T09:00:00Z|0|Plan|");
        QTest::newRow("reschedule") << QStringLiteral("reschedule")
                                    << QStringLiteral("live_call|planned|2027-03-02T15:30:00Z|1|Call|");
        QTest::newRow("done") << QStringLiteral("done")
                              << QStringLiteral("live_call|done|2027-03-01T09:00:00Z|0|Call|2027-03-01T10:05:00Z");
        QTest::newRow("missed") << QStringLiteral("missed")
                                << QStringLiteral("live_call|missed|2027-03-01T09:00:00Z|0|Call|");
        QTest::newRow("cancelled") << QStringLiteral("cancelled")
                                   << QStringLiteral("live_call|cancelled|2027-03-01T09:00:00Z|0|Call|");
    }

    void editsRescheduleAndStatuses()
    {
        QFETCH(QString, step);
        QFETCH(QString, expected);
        const QSqlDatabase db = m_program->connection();
        const qint64 id = m_calendar->createTouchpoint({1, 0, QStringLiteral("live_call"),
                                                        utc(QStringLiteral("2027-03-01T09:00:00Z")), 30,
                                                        QStringLiteral("Call"), QString()});
        QVERIFY(id > 0);
        const QStringList before = calendarState(db);
        const int audited = auditRows(db);
        bool ok = false;
        if (step == QLatin1String("edit"))
            ok = m_calendar->editTouchpoint(id, {0, 0, QStringLiteral("async"), {}, 20, QStringLiteral("Plan"), {}});
        else if (step == QLatin1String("reschedule"))
            ok = m_calendar->reschedule(id, utc(QStringLiteral("2027-03-02T15:30:00Z")));
        else if (step == QLatin1String("done"))
            ok = m_calendar->markDone(id, utc(QStringLiteral("2027-03-01T10:05:00Z")));
        else if (step == QLatin1String("missed"))
            ok = m_calendar->markMissed(id);
        else
            ok = m_calendar->markCancelled(id);
        QVERIFY2(ok, qPrintable(m_calendar->errorString()));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT kind || '|' || status || '|' || scheduled_utc || '|' || sequence || "
                                       "'|' || title || '|' || IFNULL(done_utc, '') FROM touchpoints WHERE id = ?"),
                        {id})
                     .toString(),
                 expected);
        QVERIFY(auditRows(db) > audited);
        QCOMPARE(m_editor->undoStack()->count(), 2);
        m_editor->undoStack()->undo();
        QCOMPARE(calendarState(db), before);
    }

    void deletesAndRestores()
    {
        const QSqlDatabase db = m_program->connection();
        const qint64 id = m_calendar->createTouchpoint(
            {1, 0, QStringLiteral("async"), utc(QStringLiteral("2027-03-01T09:00:00Z")), -1, {}, {}});
        const QStringList before = calendarState(db);
        QVERIFY2(m_calendar->deleteTouchpoint(id), qPrintable(m_calendar->errorString()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM touchpoints WHERE id = ?"), {id}).toInt(), 0);
        m_editor->undoStack()->undo();
        QCOMPARE(calendarState(db), before);
    }

    void seriesFollowsTheMentorsWallClock()
    {
        const QSqlDatabase db = m_program->connection();
        QSignalSpy published(m_editor->changes(), &ChangeFeed::changed);
        // Mondays at 10:00 in Berlin (the mentor's zone, taken by default) around the 2027 spring change (28 March).
        const qint64 series = m_calendar->createSeries({1,
                                                        0,
                                                        QStringLiteral("live_call"),
                                                        QStringLiteral("Weekly"),
                                                        {},
                                                        QStringLiteral("FREQ=WEEKLY;BYDAY=MO"),
                                                        {},
                                                        QDate(2027, 3, 15),
                                                        QTime(10, 0),
                                                        QDate(2027, 4, 5),
                                                        30});
        QVERIFY2(series > 0, qPrintable(m_calendar->errorString()));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT time_zone FROM touchpoint_series WHERE id = ?"), {series}).toString(),
            QStringLiteral("Europe/Berlin"));
        QStringList starts;
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT scheduled_utc, recurrence_utc, title, duration_minutes FROM touchpoints "
                                  "ORDER BY scheduled_utc"));
        while (query.next()) {
            QCOMPARE(query.value(0), query.value(1));
            QCOMPARE(query.value(2).toString(), QStringLiteral("Weekly"));
            starts << query.value(0).toString();
        }
        QCOMPARE(starts, (QStringList{QStringLiteral("2027-03-15T09:00:00Z"), QStringLiteral("2027-03-22T09:00:00Z"),
                                      QStringLiteral("2027-03-29T08:00:00Z"), QStringLiteral("2027-04-05T08:00:00Z")}));
        QCOMPARE(m_editor->undoStack()->count(), 1); // one step for the series and its four rows
        QCOMPARE(published.size(), 2);               // the touchpoints, and the series
        m_editor->undoStack()->undo();
        QCOMPARE(calendarState(db), QStringList());
        m_editor->undoStack()->redo();
        QCOMPARE(calendarState(db).size(), 5);
    }

    void seriesStartsOnItsRulesFirstDay()
    {
        // Entered as Tuesday 2 March, the rule says Mondays: the series starts on Monday 8 March.
        const qint64 series = m_calendar->createSeries({1,
                                                        0,
                                                        QStringLiteral("async"),
                                                        {},
                                                        {},
                                                        QStringLiteral("FREQ=WEEKLY;BYDAY=MO"),
                                                        QStringLiteral("Europe/Berlin"),
                                                        QDate(2027, 3, 2),
                                                        QTime(10, 0),
                                                        QDate(2027, 3, 20),
                                                        -1});
        QVERIFY(series > 0);
        const QSqlDatabase db = m_program->connection();
        QCOMPARE(scalar(db, QStringLiteral("SELECT first_start_local FROM touchpoint_series")).toString(),
                 QStringLiteral("2027-03-08T10:00:00"));
        QCOMPARE(queryRows(db, QStringLiteral("SELECT scheduled_utc FROM touchpoints ORDER BY 1")),
                 (QStringList{QStringLiteral("2027-03-08T09:00:00Z"), QStringLiteral("2027-03-15T09:00:00Z")}));
    }

    void marksPlannedAgain()
    {
        const QSqlDatabase db = m_program->connection();
        const qint64 id = m_calendar->createTouchpoint(
            {1, 0, QStringLiteral("async"), utc(QStringLiteral("2027-03-01T09:00:00Z")), -1, {}, {}});
        QVERIFY(m_calendar->markDone(id, utc(QStringLiteral("2027-03-01T09:30:00Z"))));
        const QStringList done = calendarState(db);
        QVERIFY(m_calendar->markPlanned(id));
        QCOMPARE(scalar(db, QStringLiteral("SELECT status || '|' || IFNULL(done_utc, 'none') FROM touchpoints")),
                 QVariant(QStringLiteral("planned|none")));
        m_editor->undoStack()->undo();
        QCOMPARE(calendarState(db), done);
    }

    // In 2083 (the calendar of 2027, weekdays and DST included): editing a series regenerates only
    // its occurrences after now, so the days must stay in the future whenever the suite runs.
    void seriesEditKeepsExceptions()
    {
        const QSqlDatabase db = m_program->connection();
        const qint64 series = m_calendar->createSeries({1,
                                                        0,
                                                        QStringLiteral("live_call"),
                                                        {},
                                                        {},
                                                        QStringLiteral("FREQ=WEEKLY;BYDAY=MO"),
                                                        QStringLiteral("America/New_York"),
                                                        QDate(2083, 3, 1),
                                                        QTime(10, 0),
                                                        QDate(2083, 3, 29),
                                                        -1});
        QVERIFY(series > 0);
        auto occurrence = [&db](const QString& recurrence) {
            return scalar(db, QStringLiteral("SELECT id FROM touchpoints WHERE recurrence_utc = ?"), {recurrence})
                .toLongLong();
        };
        // 1 March moved, 8 March removed, 15 March done, 22 March cancelled; 29 March untouched.
        const qint64 moved = occurrence(QStringLiteral("2083-03-01T15:00:00Z"));
        const qint64 removed = occurrence(QStringLiteral("2083-03-08T15:00:00Z"));
        const qint64 done = occurrence(QStringLiteral("2083-03-15T14:00:00Z"));
        const qint64 cancelled = occurrence(QStringLiteral("2083-03-22T14:00:00Z"));
        QVERIFY(moved && removed && done && cancelled);
        QVERIFY(m_calendar->reschedule(moved, utc(QStringLiteral("2083-03-02T15:00:00Z"))));
        QCOMPARE(exceptionKind(db, moved), QStringLiteral("moved"));
        QVERIFY(m_calendar->deleteTouchpoint(removed));
        QVERIFY(m_calendar->markDone(done, utc(QStringLiteral("2083-03-15T15:00:00Z"))));
        QCOMPARE(exceptionKind(db, done), QStringLiteral("none"));
        QVERIFY(m_calendar->markCancelled(cancelled));
        QCOMPARE(exceptionKind(db, cancelled), QStringLiteral("cancelled"));
        const QStringList beforeEdit = calendarState(db);

        // Now at 11:00 on Mondays. The days the coordinator worked on stay as they are (the moved call on
        // 2 March, nothing on 8 March, the done and the cancelled call); only 29 March follows, as the
        // same touchpoint at the new time.
        const qint64 untouched = occurrence(QStringLiteral("2083-03-29T14:00:00Z"));
        QVERIFY2(m_calendar->editSeries(series, {1,
                                                 0,
                                                 QStringLiteral("live_call"),
                                                 QStringLiteral("Later"),
                                                 {},
                                                 QStringLiteral("FREQ=WEEKLY;BYDAY=MO"),
                                                 QStringLiteral("America/New_York"),
                                                 QDate(2083, 3, 1),
                                                 QTime(11, 0),
                                                 QDate(2083, 3, 29),
                                                 -1}),
                 qPrintable(m_calendar->errorString()));
        QStringList rows;
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT scheduled_utc, status, title, recurrence_utc, sequence FROM touchpoints "
                                  "ORDER BY scheduled_utc"));
        while (query.next())
            rows << QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString(), query.value(4).toString());
        QCOMPARE(rows, (QStringList{QStringLiteral("2083-03-02T15:00:00Z planned  2083-03-01T16:00:00Z 1"),
                                    QStringLiteral("2083-03-15T14:00:00Z done  2083-03-15T15:00:00Z 0"),
                                    QStringLiteral("2083-03-22T14:00:00Z cancelled  2083-03-22T15:00:00Z 0"),
                                    QStringLiteral("2083-03-29T15:00:00Z planned Later 2083-03-29T15:00:00Z 1")}));
        QCOMPARE(occurrence(QStringLiteral("2083-03-29T15:00:00Z")), untouched);
        QCOMPARE(queryRows(db, QStringLiteral("SELECT recurrence_utc || ' ' || kind FROM touchpoint_series_exceptions "
                                              "ORDER BY 1")),
                 (QStringList{
                     QStringLiteral("2083-03-01T16:00:00Z moved"), QStringLiteral("2083-03-08T16:00:00Z removed"),
                     QStringLiteral("2083-03-15T15:00:00Z moved"), QStringLiteral("2083-03-22T15:00:00Z cancelled")}));
        m_editor->undoStack()->undo();
        QCOMPARE(calendarState(db), beforeEdit);

        // Moving an occurrence back to its rule's time ends the exception.
        QVERIFY(m_calendar->reschedule(moved, utc(QStringLiteral("2083-03-01T15:00:00Z"))));
        QCOMPARE(exceptionKind(db, moved), QStringLiteral("none"));
    }

    void seriesEditKeepsThePast()
    {
        const QSqlDatabase db = m_program->connection();
        const QDate today = QDate::currentDate();
        const qint64 series = m_calendar->createSeries({1,
                                                        0,
                                                        QStringLiteral("async"),
                                                        {},
                                                        {},
                                                        QStringLiteral("FREQ=DAILY"),
                                                        QStringLiteral("UTC"),
                                                        today.addDays(-3),
                                                        QTime(12, 0),
                                                        today.addDays(3),
                                                        -1});
        QVERIFY(series > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM touchpoints")).toInt(), 7);
        QVERIFY(m_calendar->editSeries(series, {1,
                                                0,
                                                QStringLiteral("async"),
                                                {},
                                                {},
                                                QStringLiteral("FREQ=DAILY"),
                                                QStringLiteral("UTC"),
                                                today.addDays(-3),
                                                QTime(13, 0),
                                                today.addDays(3),
                                                -1}));
        const QString now = CalendarTime::utcText(QDateTime::currentDateTimeUtc());
        // Before now: still at 12:00; from now on: at 13:00, one a day.
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM touchpoints WHERE scheduled_utc < ? AND "
                                       "substr(scheduled_utc, 12, 2) <> '12'"),
                        {now})
                     .toInt(),
                 0);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM touchpoints WHERE scheduled_utc >= ? AND "
                                       "substr(scheduled_utc, 12, 2) <> '13'"),
                        {now})
                     .toInt(),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM touchpoints WHERE substr(scheduled_utc, 1, 10) > ?"),
                        {today.toString(Qt::ISODate)})
                     .toInt(),
                 3);
    }

    void refusesDrafts_data()
    {
        QTest::addColumn<qint64>("pairing");
        QTest::addColumn<qint64>("cohort");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("rrule");
        QTest::addColumn<QString>("zone");
        QTest::newRow("unknown kind") << qint64(1) << qint64(0) << QStringLiteral("visit") << QString() << QString();
        QTest::newRow("roundtable of a pairing")
            << qint64(1) << qint64(0) << QStringLiteral("roundtable") << QString() << QString();
        QTest::newRow("call of a cohort")
            << qint64(0) << qint64(1) << QStringLiteral("live_call") << QString() << QString();
        QTest::newRow("nobody's") << qint64(0) << qint64(0) << QStringLiteral("async") << QString() << QString();
        QTest::newRow("both") << qint64(1) << qint64(1) << QStringLiteral("roundtable") << QString() << QString();
        QTest::newRow("gone pairing") << qint64(9) << qint64(0) << QStringLiteral("async") << QString() << QString();
        QTest::newRow("bad rule") << qint64(1) << qint64(0) << QStringLiteral("async") << QStringLiteral("weekly")
                                  << QStringLiteral("UTC");
        QTest::newRow("bad zone") << qint64(1) << qint64(0) << QStringLiteral("async") << QStringLiteral("FREQ=WEEKLY")
                                  << QStringLiteral("Berlin");
    }

    void refusesDrafts()
    {
        QFETCH(qint64, pairing);
        QFETCH(qint64, cohort);
        QFETCH(QString, kind);
        QFETCH(QString, rrule);
        QFETCH(QString, zone);
        const QSqlDatabase db = m_program->connection();
        const int audited = auditRows(db);
        if (rrule.isEmpty()) {
            QCOMPARE(m_calendar->createTouchpoint(
                         {pairing, cohort, kind, utc(QStringLiteral("2027-03-01T09:00:00Z")), -1, {}, {}}),
                     qint64(0));
        } else {
            QCOMPARE(m_calendar->createSeries({pairing,
                                               cohort,
                                               kind,
                                               {},
                                               {},
                                               rrule,
                                               zone,
                                               QDate(2027, 3, 1),
                                               QTime(10, 0),
                                               QDate(2027, 4, 1),
                                               -1}),
                     qint64(0));
        }
        QVERIFY(!m_calendar->errorString().isEmpty());
        QCOMPARE(calendarState(db), QStringList());
        QCOMPARE(auditRows(db), audited);
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }

    void anchorZoneFallsBackToTheProgramsZone()
    {
        // Ben's zone "CET+1" is no IANA name: the series is anchored in the program's zone.
        QVERIFY(CalendarTime::setProgramZone(m_program->connection(), QStringLiteral("Asia/Tokyo")).isEmpty());
        QCOMPARE(m_calendar->defaultAnchorZone(2), QStringLiteral("Asia/Tokyo"));
        QCOMPARE(m_calendar->defaultAnchorZone(1), QStringLiteral("Europe/Berlin"));
        QVERIFY(!CalendarTime::setProgramZone(m_program->connection(), QStringLiteral("Tokyo")).isEmpty());
    }

    void undoRefusedWhenChangedMeanwhile()
    {
        const QSqlDatabase db = m_program->connection();
        const qint64 id = m_calendar->createTouchpoint(
            {1, 0, QStringLiteral("async"), utc(QStringLiteral("2027-03-01T09:00:00Z")), -1, {}, {}});
        QVERIFY(m_calendar->markDone(id, utc(QStringLiteral("2027-03-01T10:00:00Z"))));
        // Another desk edits the notes.
        SQL_OK(execSql(db, QStringLiteral("UPDATE touchpoints SET notes = 'elsewhere' WHERE id = ?"), {id}));
        const QStringList changed = calendarState(db);
        const int audited = auditRows(db);
        QSignalSpy errors(m_editor.get(), &ProgramEditor::errorOccurred);
        m_editor->undoStack()->undo();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QLatin1String("changed meanwhile")));
        QCOMPARE(calendarState(db), changed);
        QCOMPARE(auditRows(db), audited);

        // And a step on a touchpoint deleted meanwhile is refused by name.
        SQL_OK(execSql(db, QStringLiteral("DELETE FROM touchpoints WHERE id = ?"), {id}));
        QVERIFY(!m_calendar->markMissed(id));
        QVERIFY(m_calendar->errorString().contains(QLatin1String("no longer exists")));
    }

    void repositoryRefusesStaleRows()
    {
        // A command built from rows read before another desk wrote is refused when committed.
        const qint64 id = m_calendar->createTouchpoint(
            {1, 0, QStringLiteral("async"), utc(QStringLiteral("2027-03-01T09:00:00Z")), -1, {}, {}});
        TouchpointRepository repository(m_editor->records());
        CalendarRows before;
        before.touchpoints << *repository.touchpoint(id);
        CalendarRows after = before;
        after.touchpoints.first().status = QStringLiteral("missed");
        SQL_OK(
            execSql(m_program->connection(), QStringLiteral("UPDATE touchpoints SET title = 'x' WHERE id = ?"), {id}));
        const QString refusal = TouchpointCommand::commit(
            *m_editor, std::make_unique<TouchpointCommand>(m_editor.get(), QStringLiteral("Test"), before, after));
        QVERIFY(refusal.contains(QLatin1String("changed meanwhile")));
        QCOMPARE(repository.touchpoint(id)->status, QStringLiteral("planned"));
    }

    void deletedMenteeComesBackWithItsSeries()
    {
        const QSqlDatabase db = m_program->connection();
        const qint64 series = m_calendar->createSeries({1,
                                                        0,
                                                        QStringLiteral("live_call"),
                                                        {},
                                                        {},
                                                        QStringLiteral("FREQ=WEEKLY"),
                                                        {},
                                                        QDate(2027, 3, 1),
                                                        QTime(10, 0),
                                                        QDate(2027, 3, 22),
                                                        -1});
        QVERIFY(series > 0);
        QVERIFY(
            m_calendar->deleteTouchpoint(scalar(db, QStringLiteral("SELECT min(id) FROM touchpoints")).toLongLong()));
        const QStringList before = calendarState(db);
        QVERIFY2(m_editor->deleteRecord(sellerTableSpec(), 1), qPrintable(m_editor->errorString()));
        QCOMPARE(calendarState(db), QStringList());
        m_editor->undoStack()->undo();
        QCOMPARE(calendarState(db), before);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
    }

    void deletedCohortComesBackWithRoundtablesAndAttendance()
    {
        const QSqlDatabase db = m_program->connection();
        const qint64 series = m_calendar->createSeries({0,
                                                        1,
                                                        QStringLiteral("roundtable"),
                                                        QStringLiteral("Monthly"),
                                                        {},
                                                        QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=10"),
                                                        QStringLiteral("Europe/Berlin"),
                                                        QDate(2027, 3, 10),
                                                        QTime(17, 0),
                                                        QDate(2027, 5, 31),
                                                        60});
        QVERIFY2(series > 0, qPrintable(m_calendar->errorString()));
        const qint64 first = scalar(db, QStringLiteral("SELECT min(id) FROM touchpoints")).toLongLong();
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES "
                                          "(1, 1, '2027-03-01')")));
        SQL_OK(execSql(db,
                       QStringLiteral("INSERT INTO roundtable_attendance(touchpoint_id, seller_id, status) "
                                      "VALUES (?, 1, 'attended')"),
                       {first}));
        // Attendance is not part of a touchpoint command: such a roundtable is cancelled, not deleted.
        QVERIFY(!m_calendar->deleteTouchpoint(first));
        QVERIFY(m_calendar->errorString().contains(QLatin1String("Attendance")));

        const QStringList before = calendarState(db);
        const QString attendance = QStringLiteral("SELECT touchpoint_id, seller_id, status FROM roundtable_attendance");
        const QStringList attended = queryRows(db, attendance);
        QCOMPARE(attended.size(), 1);
        QVERIFY2(m_editor->deleteRecord(cohortTableSpec(), 1), qPrintable(m_editor->errorString()));
        QCOMPARE(calendarState(db), QStringList());
        m_editor->undoStack()->undo();
        QCOMPARE(calendarState(db), before);
        QCOMPARE(queryRows(db, attendance), attended);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
    std::unique_ptr<ProgramEditor> m_editor;
    std::unique_ptr<CalendarEditor> m_calendar;
};

QTEST_GUILESS_MAIN(TestTouchpointCommands)
#include "test_touchpointcommands.moc"
