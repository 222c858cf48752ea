// SPDX-License-Identifier: GPL-3.0-or-later
// The iCalendar import (calendar/ICalendarImport): files as Outlook, Google Calendar, Apple
// Calendar and Thunderbird write them (data/ics), matched by UID and by the attendees' addresses
// and the start; what cannot be placed reported with its reason; the whole file one undoable
// step in one transaction (nothing half-imported); a dry run that writes nothing; and an
// export that imports back without a change.
#include "calendar/ICalendarExport.h"
#include "calendar/ICalendarImport.h"

#include <QTemporaryDir>
#include <QUndoStack>

#include "ICalendarTestSupport.h"

using namespace mentordesk;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(MENTORDESK_TEST_DATA "/ics/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString lines(const QVector<ICalendarImportLine>& list)
{
    QStringList texts;
    for (const ICalendarImportLine& line : list)
        texts << line.event + QStringLiteral(": ") + line.detail;
    return texts.join(QLatin1Char('\n'));
}

/// A start as the report says it: in the program's zone (Chicago), in the user's format.
QString chicago(int year, int month, int day, int hour)
{
    return QLocale().toString(QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone("America/Chicago")),
                              QLocale::ShortFormat);
}

} // namespace

class TestICalendarImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("import.mentordesk"));
        QFile::remove(path);
        createCalendarProgram(path, &m_data);
    }

    void cleanup() { closeCalendarProgram(&m_data); }

    void importsEachApplicationsFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("unplaced");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QStringList>("expected");
        // A weekly series in a Windows zone with one date excluded: four occurrences in Berlin's
        // time (15:00 UTC in winter, 14:00 UTC after 28 March) and a removed one; a single event
        // in Outlook's "Customized Time Zone", read through the file's own VTIMEZONE (+09:00).
        QTest::newRow("Outlook") << QStringLiteral("outlook.ics") << 2 << 0 << 0
                                 << QStringLiteral("SELECT s.time_zone || ' ' || s.first_start_local || ' ' || "
                                                   "s.until_date || ' ' || group_concat(t.scheduled_utc, ' ') FROM "
                                                   "touchpoint_series s JOIN touchpoints t ON t.series_id = s.id "
                                                   "WHERE s.uid LIKE '04000000%' GROUP BY s.id "
                                                   "UNION ALL SELECT scheduled_utc || ' ' || duration_minutes || "
                                                   "' ' || title FROM touchpoints WHERE pairing_id = 2 AND "
                                                   "scheduled_utc = '2027-03-11T01:00:00Z'")
                                 << QStringList{QStringLiteral("Europe/Berlin 2027-03-04T16:00:00 2027-04-01 "
                                                               "2027-03-04T15:00:00Z 2027-03-11T15:00:00Z "
                                                               "2027-03-25T15:00:00Z 2027-04-01T14:00:00Z"),
                                                QStringLiteral("2027-03-11T01:00:00Z 60 Wholesale pricing")};
        // UTC times; an event cancelled in Google (the kick-off, matched by address and time); an
        // all-day event (09:00 in the mentor's zone, Berlin, with no length); an unknown organizer.
        QTest::newRow("Google") << QStringLiteral("google.ics") << 1 << 2 << 1
                                << QStringLiteral(
                                       "SELECT status || ' ' || title || ' ' || IFNULL(duration_minutes, '') || ' ' || "
                                       "notes FROM touchpoints WHERE pairing_id = 1 AND scheduled_utc IN "
                                       "('2027-03-03T15:00:00Z', '2027-03-10T15:00:00Z', "
                                       "'2027-03-19T08:00:00Z') ORDER BY scheduled_utc")
                                << QStringList{QStringLiteral("cancelled Kick-off 45 Goals; first listing review"),
                                               QStringLiteral("missed  40 Alpha did not join; rescheduled by mail."),
                                               QStringLiteral("planned Homework: shipping playbook  Read the shipping "
                                                              "playbook before the next call.")};
        // A floating time (read in Chicago) for an ended pairing, addresses in EMAIL parameters;
        // a moved occurrence of a series nobody has.
        QTest::newRow("Apple") << QStringLiteral("apple.ics") << 1 << 0 << 1
                               << QStringLiteral("SELECT scheduled_utc || ' ' || duration_minutes || ' ' || title "
                                                 "FROM touchpoints WHERE pairing_id = 3")
                               << QStringList{QStringLiteral("2026-09-15T19:00:00Z 30 Last session before graduation")};
        // DURATION instead of DTEND, a category naming the kind, LF lines, and a counted series in
        // an old Lightning TZID path with one date excluded.
        QTest::newRow("Thunderbird") << QStringLiteral("thunderbird.ics") << 1 << 1 << 0
                                     << QStringLiteral("SELECT kind || ' ' || duration_minutes || ' ' || title FROM "
                                                       "touchpoints WHERE pairing_id = 2 AND scheduled_utc = "
                                                       "'2027-03-04T01:00:00Z' UNION ALL SELECT s.time_zone || ' ' || "
                                                       "group_concat(t.scheduled_utc, ' ') FROM touchpoint_series s "
                                                       "JOIN touchpoints t ON t.series_id = s.id WHERE s.pairing_id = "
                                                       "2 GROUP BY s.id")
                                     << QStringList{QStringLiteral("checklist_review 50 Checklist: first-sale plan"),
                                                    QStringLiteral("Asia/Tokyo 2027-04-08T00:00:00Z "
                                                                   "2027-04-22T00:00:00Z")};
        QTest::newRow("damaged events") << QStringLiteral("broken-events.ics") << 1 << 0 << 3
                                        << QStringLiteral("SELECT title || ' ' || duration_minutes FROM touchpoints "
                                                          "WHERE uid = 'fine-1@example.net'")
                                        << QStringList{QStringLiteral("Still imported 30")};
    }

    void importsEachApplicationsFile()
    {
        QFETCH(QString, file);
        QFETCH(int, added);
        QFETCH(int, updated);
        QFETCH(int, unplaced);
        QFETCH(QString, check);
        QFETCH(QStringList, expected);
        ICalendarImport importer(*m_data.editor);
        QVERIFY2(importer.readText(fixture(file)), qPrintable(importer.errorString()));
        const ICalendarImportPlan& plan = importer.plan();
        QVERIFY2(plan.added == added && plan.updated == updated && plan.unplaced.size() == unplaced,
                 qPrintable(QStringLiteral("%1 added, %2 updated\n%3\nunplaced:\n%4")
                                .arg(plan.added)
                                .arg(plan.updated)
                                .arg(lines(plan.changes), lines(plan.unplaced))));
        QVERIFY2(importer.apply(), qPrintable(importer.errorString()));
        QCOMPARE(queryRows(m_data.program->connection(), check), expected);
        // Read again, the same file changes nothing: every event now has its touchpoint.
        QVERIFY(importer.readText(fixture(file)));
        QVERIFY2(!importer.plan().changesAnything(), qPrintable(lines(importer.plan().changes)));
    }

    void reportsWhatItCannotPlace_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown organizer")
            << QStringLiteral("google.ics") << QStringLiteral("“Supplier intro” on %1").arg(chicago(2027, 3, 17, 11))
            << QStringLiteral("No mentor has any of its attendees' e-mail addresses (carol@elsewhere.net, "
                              "alpha@example.com)");
        QTest::newRow("occurrence of an unknown series")
            << QStringLiteral("apple.ics") << QStringLiteral("“Moved coffee chat” on %1").arg(chicago(2027, 4, 8, 9))
            << QStringLiteral("neither in MentorDesk nor in this file");
        QTest::newRow("unreadable time") << QStringLiteral("broken-events.ics") << QStringLiteral("“Typed by hand”")
                                         << QStringLiteral("start time");
        QTest::newRow("no start") << QStringLiteral("broken-events.ics") << QStringLiteral("“No start at all”")
                                  << QStringLiteral("It has no start time.");
        QTest::newRow("unknown zone") << QStringLiteral("broken-events.ics") << QStringLiteral("“Zone from nowhere”")
                                      << QStringLiteral("“Mars/Olympus_Mons” is neither a known zone");
    }

    void reportsWhatItCannotPlace()
    {
        QFETCH(QString, file);
        QFETCH(QString, event);
        QFETCH(QString, reason);
        ICalendarImport importer(*m_data.editor);
        QVERIFY(importer.readText(fixture(file)));
        const QVector<ICalendarImportLine>& unplaced = importer.plan().unplaced;
        const bool found = std::any_of(unplaced.begin(), unplaced.end(), [&](const ICalendarImportLine& line) {
            return line.event.startsWith(event) && line.detail.contains(reason);
        });
        QVERIFY2(found, qPrintable(lines(unplaced)));
    }

    void refusesAFileThatIsNoCalendar()
    {
        const QStringList before = calendarRows(m_data.program->connection());
        ICalendarImport importer(*m_data.editor);
        QVERIFY(!importer.readText(fixture(QStringLiteral("not-a-calendar.ics"))));
        QVERIFY(importer.errorString().contains(QStringLiteral("not an iCalendar file")));
        QVERIFY(!importer.read(m_dir.filePath(QStringLiteral("missing.ics"))));
        QVERIFY(importer.errorString().contains(QStringLiteral("missing.ics")));
        QCOMPARE(calendarRows(m_data.program->connection()), before);
    }

    void matchesByUid()
    {
        const QSqlDatabase db = m_data.program->connection();
        const QString uid =
            scalar(db, QStringLiteral("SELECT uid FROM touchpoints WHERE id = ?"), {m_data.kickOff}).toString();
        const QByteArray text = QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
                                               "BEGIN:VEVENT\r\nUID:%1\r\nDTSTAMP:20270301T000000Z\r\n"
                                               "DTSTART;TZID=Europe/Berlin:20270303T180000\r\n"
                                               "SUMMARY:Kick-off (moved)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                                    .arg(uid)
                                    .toUtf8();
        ICalendarImport importer(*m_data.editor);
        QVERIFY(importer.readText(text));
        QCOMPARE(importer.plan().updated, 1);
        QVERIFY(importer.plan().changes.constFirst().detail.contains(QStringLiteral("Matched by its UID")));
        QVERIFY(importer.apply());
        QCOMPARE(queryRows(db, QStringLiteral("SELECT scheduled_utc, sequence, title, duration_minutes FROM "
                                              "touchpoints WHERE id = %1")
                                   .arg(m_data.kickOff)),
                 QStringList{QStringLiteral("2027-03-03T17:00:00Z|1|Kick-off (moved)|45")});
    }

    void matchesByAddressesAndStart()
    {
        ICalendarImport importer(*m_data.editor);
        QVERIFY(importer.readText(fixture(QStringLiteral("google.ics"))));
        const QVector<ICalendarImportLine>& changes = importer.plan().changes;
        const auto kickOff = std::find_if(changes.begin(), changes.end(), [](const ICalendarImportLine& line) {
            return line.event.startsWith(QStringLiteral("“Kick-off”"));
        });
        QVERIFY2(kickOff != changes.end(), qPrintable(lines(changes)));
        QVERIFY(kickOff->detail.contains(QStringLiteral("e-mail addresses and its start")));
    }

    void dryRunWritesNothing()
    {
        const QSqlDatabase db = m_data.program->connection();
        const QStringList before = calendarRows(db);
        const int steps = m_data.editor->undoStack()->count();
        for (const QString& file :
             {QStringLiteral("outlook.ics"), QStringLiteral("google.ics"), QStringLiteral("thunderbird.ics")}) {
            ICalendarImport importer(*m_data.editor);
            QVERIFY(importer.readText(fixture(file)));
            QVERIFY(importer.plan().changesAnything());
        }
        QCOMPARE(calendarRows(db), before);
        QCOMPARE(m_data.editor->undoStack()->count(), steps);
    }

    void rollsBackWhenAWriteFails()
    {
        // The new all-day event is written after the two updates of the same file; when the
        // database refuses it, the updates must not stay behind.
        const QSqlDatabase db = m_data.program->connection();
        SQL_OK(execSql(db, QStringLiteral("CREATE TEMP TRIGGER refuse_homework BEFORE INSERT ON touchpoints "
                                          "WHEN new.title = 'Homework: shipping playbook' "
                                          "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
        const QStringList before = calendarRows(db);
        const int steps = m_data.editor->undoStack()->count();
        ICalendarImport importer(*m_data.editor);
        QVERIFY(importer.readText(fixture(QStringLiteral("google.ics"))));
        QCOMPARE(importer.plan().updated, 2);
        QVERIFY(!importer.apply());
        QVERIFY2(importer.errorString().startsWith(QStringLiteral("Nothing was imported")),
                 qPrintable(importer.errorString()));
        QCOMPARE(calendarRows(db), before);
        QCOMPARE(m_data.editor->undoStack()->count(), steps);
    }

    void refusesAPlanOverridenMeanwhile()
    {
        const QSqlDatabase db = m_data.program->connection();
        ICalendarImport importer(*m_data.editor);
        QVERIFY(importer.readText(fixture(QStringLiteral("google.ics"))));
        SQL_OK(execSql(db, QStringLiteral("UPDATE touchpoints SET notes = 'changed at another desk' WHERE id = ?"),
                       {m_data.noShow}));
        const QStringList before = calendarRows(db);
        QVERIFY(!importer.apply());
        QCOMPARE(calendarRows(db), before);
    }

    void appliesAsOneUndoableStep()
    {
        const QSqlDatabase db = m_data.program->connection();
        const QStringList before = calendarRows(db);
        const int steps = m_data.editor->undoStack()->count();
        ICalendarImport importer(*m_data.editor);
        QVERIFY(importer.readText(fixture(QStringLiteral("outlook.ics"))));
        QVERIFY(importer.apply());
        QCOMPARE(m_data.editor->undoStack()->count(), steps + 1);
        QCOMPARE(m_data.editor->undoStack()->undoText(), QStringLiteral("Import calendar"));
        m_data.editor->undoStack()->undo();
        QStringList undone = calendarRows(db);
        QStringList expected = before;
        // The audit log keeps the import and its undo; every calendar row is as it was.
        undone.removeLast();
        expected.removeLast();
        QCOMPARE(undone, expected);
    }

    void reimportOfAnExportChangesNothing()
    {
        const QSqlDatabase db = m_data.program->connection();
        ICalendarExport exporter(db);
        const QByteArray text = exporter.build({});
        QVERIFY2(!text.isEmpty(), qPrintable(exporter.errorString()));
        const QStringList before = calendarRows(db);
        ICalendarImport importer(*m_data.editor);
        QVERIFY(importer.readText(text));
        QVERIFY2(!importer.plan().changesAnything(), qPrintable(lines(importer.plan().changes)));
        QVERIFY2(importer.plan().unplaced.isEmpty(), qPrintable(lines(importer.plan().unplaced)));
        QCOMPARE(importer.plan().unchanged, exporter.eventCount());
        QVERIFY(importer.apply());
        QCOMPARE(calendarRows(db), before);
    }

private:
    QTemporaryDir m_dir;
    CalendarProgram m_data;
};

QTEST_GUILESS_MAIN(TestICalendarImport)
#include "test_icalendarimport.moc"
