// SPDX-License-Identifier: GPL-3.0-or-later
// What the other calendar changed, imported (calendar/ICalendarImport): a series whose rule was
// changed in Google Calendar (weekday moved), Outlook (UNTIL earlier, in a Windows zone) or Apple
// Calendar (COUNT instead of an end day) follows it, its planned occurrences from now on
// regenerated and its logged, moved and cancelled ones kept, in one undo step; a moved occurrence
// (RECURRENCE-ID) moves; an all-day event becomes a touchpoint at 09:00 in the mentor's zone on
// its day, or moves a touchpoint of that day; a rule MentorDesk cannot follow is reported with the
// event's summary and UID; and the report says dates in the user's format.
#include "calendar/ICalendarExport.h"
#include "calendar/ICalendarImport.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QUndoStack>

#include "ICalendarTestSupport.h"

using namespace mentordesk;

namespace {

const QString kSeriesUid = QStringLiteral("weekly-check-in@mentordesk.test");

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

/// The series' occurrences as "status MM-ddTHH" (UTC, all in 2027, on the hour), by start.
QString occurrences(const QSqlDatabase& db)
{
    return queryRows(db, QStringLiteral("SELECT t.status || ' ' || substr(t.scheduled_utc, 6, 8) FROM touchpoints t "
                                        "JOIN touchpoint_series s ON s.id = t.series_id WHERE s.uid = '%1' "
                                        "ORDER BY t.scheduled_utc")
                             .arg(kSeriesUid))
        .join(QLatin1Char(' '));
}

} // namespace

class TestICalendarImportChanges : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("changes.mentordesk"));
        QFile::remove(path);
        createCalendarProgram(path, &m_data);
        // The UID the other calendar kept from an earlier export of the weekly series.
        SQL_OK(execSql(m_data.program->connection(),
                       QStringLiteral("UPDATE touchpoint_series SET uid = ? WHERE id = ?"),
                       {kSeriesUid, m_data.series}));
    }

    void cleanup() { closeCalendarProgram(&m_data); }

    void followsTheOtherCalendarsRule_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("expected");
        // Whatever the rule becomes, the done (1 March), the moved (8 → 9 March, 5 → 6 April)
        // and the cancelled (15 March) occurrences stay; the removed one (22 March) stays removed.
        // Monday to Thursday in Google Calendar ("all events"), the Thursday of 11 March moved to
        // Friday 14:00 in Berlin; the Mondays still planned are gone.
        QTest::newRow("Google: weekday moved")
            << QStringLiteral("google-series-changed.ics") << QStringLiteral("BYDAY=TH")
            << QStringLiteral("done 03-01T09 planned 03-04T09 planned 03-09T09 planned 03-12T13 cancelled 03-15T09 "
                              "planned 03-18T09 planned 03-25T09 planned 04-01T08 planned 04-06T08 planned 04-08T08 "
                              "planned 04-15T08 planned 04-22T08 planned 04-29T08");
        // Outlook ended it two weeks earlier (UNTIL in UTC, "W. Europe Standard Time").
        QTest::newRow("Outlook: UNTIL earlier")
            << QStringLiteral("outlook-series-until.ics") << QStringLiteral("BYDAY=MO")
            << QStringLiteral("done 03-01T09 planned 03-09T09 cancelled 03-15T09 planned 03-29T08 planned 04-06T08 "
                              "planned 04-12T08");
        // Apple Calendar: six occurrences (COUNT) instead of an end day.
        QTest::newRow("Apple: COUNT") << QStringLiteral("apple-series-count.ics") << QStringLiteral("COUNT=6")
                                      << QStringLiteral("done 03-01T09 planned 03-09T09 cancelled 03-15T09 planned "
                                                        "03-29T08 planned 04-06T08");
    }

    void followsTheOtherCalendarsRule()
    {
        QFETCH(QString, file);
        QFETCH(QString, rule);
        QFETCH(QString, expected);
        const QSqlDatabase db = m_data.program->connection();
        const QStringList before = calendarRows(db);
        ICalendarImport importer(*m_data.editor);
        QVERIFY2(importer.readText(fixture(file)), qPrintable(importer.errorString()));
        const QVector<ICalendarImportLine>& changes = importer.plan().changes;
        QVERIFY2(std::any_of(changes.begin(), changes.end(),
                             [](const ICalendarImportLine& line) {
                                 return line.detail.startsWith(QStringLiteral("Follows the rule changed"));
                             }),
                 qPrintable(lines(changes) + lines(importer.plan().unplaced)));
        QVERIFY2(importer.plan().unplaced.isEmpty(), qPrintable(lines(importer.plan().unplaced)));
        QVERIFY2(importer.apply(), qPrintable(importer.errorString()));
        QCOMPARE(occurrences(db), expected);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM touchpoint_series_exceptions WHERE series_id = ? AND "
                                       "kind = 'removed'"),
                        {m_data.series})
                     .toInt(),
                 1);

        // The file's rule is what MentorDesk now exports, as libical reads it back.
        ICalendarExport exporter(db);
        const IcalCalendar parsed = parseCalendar(exporter.build({}));
        QVERIFY(parsed);
        const QVector<icalcomponent*> events = eventsWithUid(parsed.get(), kSeriesUid);
        QVERIFY(!events.isEmpty());
        const QStringList rules = propertyValues(events.constFirst(), ICAL_RRULE_PROPERTY);
        QCOMPARE(rules.size(), 1);
        QVERIFY2(rules.constFirst().contains(rule), qPrintable(rules.constFirst()));

        // The same file again changes nothing; the import is one step, and its undo all of it.
        QVERIFY(importer.readText(fixture(file)));
        QVERIFY2(!importer.plan().changesAnything(), qPrintable(lines(importer.plan().changes)));
        QCOMPARE(m_data.editor->undoStack()->undoText(), QStringLiteral("Import calendar"));
        m_data.editor->undoStack()->undo();
        QStringList undone = calendarRows(db);
        QStringList expectedRows = before;
        undone.removeLast(); // the audit log keeps the import and its undo
        expectedRows.removeLast();
        QCOMPARE(undone, expectedRows);
    }

    void sameRuleSpelledOtherwiseChangesNothing()
    {
        // Outlook writes MentorDesk's FREQ=WEEKLY;BYDAY=MO as INTERVAL=1;BYDAY=MO;WKST=SU: the same
        // occurrences, so nothing to follow.
        QByteArray text = fixture(QStringLiteral("outlook-series-until.ics"));
        text.replace("UNTIL=20270412T080000Z", "UNTIL=20270426T080000Z");
        ICalendarImport importer(*m_data.editor);
        QVERIFY(importer.readText(text));
        const QVector<ICalendarImportLine>& changes = importer.plan().changes;
        QVERIFY2(
            std::none_of(changes.begin(), changes.end(),
                         [](const ICalendarImportLine& line) { return line.detail.contains(QStringLiteral("rule")); }),
            qPrintable(lines(changes)));
    }

    void reportsARuleItCannotFollow()
    {
        QByteArray text = fixture(QStringLiteral("google-series-changed.ics"));
        text.replace("RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20270429T215959Z;BYDAY=TH", "RRULE:FREQ=HOURLY;COUNT=5");
        const QString before = occurrences(m_data.program->connection());
        ICalendarImport importer(*m_data.editor);
        QVERIFY(importer.readText(text));
        const QVector<ICalendarImportLine>& unplaced = importer.plan().unplaced;
        const bool reported = std::any_of(unplaced.begin(), unplaced.end(), [](const ICalendarImportLine& line) {
            return line.event.startsWith(QStringLiteral("“Mentoring call: Ada Lovelace – Alpha Shop”")) &&
                   line.detail.contains(QStringLiteral("rule changed in the other calendar; not applied")) &&
                   line.detail.contains(kSeriesUid);
        });
        QVERIFY2(reported, qPrintable(lines(unplaced)));
        QVERIFY(importer.apply());
        QCOMPARE(occurrences(m_data.program->connection()), before);
    }

    void placesAllDayEvents_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("detail");
        // Ada is in Berlin: 09:00 there (CET, then CEST), no length.
        QTest::newRow("Google, one day") << QStringLiteral("google-series-changed.ics")
                                         << QStringLiteral("Listing review")
                                         << QStringLiteral("planned 2027-03-17T08:00:00Z  Go through the new listings "
                                                           "together.")
                                         << QStringLiteral("An all-day event: the touchpoint is at");
        QTest::newRow("Apple, three days")
            << QStringLiteral("apple-series-count.ics") << QStringLiteral("Shop holiday: review the playbook")
            << QStringLiteral("planned 2027-04-05T07:00:00Z  ") << QStringLiteral("over 3 day(s)");
        // Ben is in Tokyo: his pairing's touchpoint of that day (10:00 there) is the event's.
        QTest::newRow("Outlook, matched by its day")
            << QStringLiteral("outlook-series-until.ics") << QStringLiteral("Supplier pricing review")
            << QStringLiteral("planned 2027-03-04T01:00:00Z 60 ")
            << QStringLiteral("Matched by its attendees' "
                              "e-mail addresses and its day.");
    }

    void placesAllDayEvents()
    {
        QFETCH(QString, file);
        QFETCH(QString, summary);
        QFETCH(QString, expected);
        QFETCH(QString, detail);
        ICalendarImport importer(*m_data.editor);
        QVERIFY(importer.readText(fixture(file)));
        const QVector<ICalendarImportLine>& changes = importer.plan().changes;
        const bool said = std::any_of(changes.begin(), changes.end(), [&](const ICalendarImportLine& line) {
            return line.event.startsWith(QStringLiteral("“%1”").arg(summary)) && line.detail.contains(detail);
        });
        QVERIFY2(said, qPrintable(lines(changes)));
        QVERIFY2(importer.apply(), qPrintable(importer.errorString()));
        QCOMPARE(queryRows(m_data.program->connection(),
                           QStringLiteral("SELECT status || ' ' || scheduled_utc || ' ' || IFNULL(duration_minutes, "
                                          "'') || ' ' || notes FROM touchpoints WHERE title = '%1'")
                               .arg(summary)),
                 QStringList{expected});
    }

    void allDayEventMovesATouchpointToItsDay()
    {
        // The kick-off (15:00 UTC on 3 March, 16:00 in Berlin) dragged to 5 March as an all-day
        // event in the other calendar: 5 March, still 16:00 in Berlin.
        const QSqlDatabase db = m_data.program->connection();
        const QString uid =
            scalar(db, QStringLiteral("SELECT uid FROM touchpoints WHERE id = ?"), {m_data.kickOff}).toString();
        const QByteArray text = QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
                                               "BEGIN:VEVENT\r\nUID:%1\r\nDTSTAMP:20270301T000000Z\r\n"
                                               "DTSTART;VALUE=DATE:20270305\r\nDTEND;VALUE=DATE:20270306\r\n"
                                               "SUMMARY:Kick-off\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                                    .arg(uid)
                                    .toUtf8();
        ICalendarImport importer(*m_data.editor);
        QVERIFY(importer.readText(text));
        QCOMPARE(importer.plan().updated, 1);
        QVERIFY2(importer.plan().changes.constFirst().detail.contains(QStringLiteral("keeps its time of day")),
                 qPrintable(lines(importer.plan().changes)));
        QVERIFY(importer.apply());
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT scheduled_utc || ' ' || duration_minutes FROM touchpoints WHERE id "
                                       "= ?"),
                        {m_data.kickOff})
                     .toString(),
                 QStringLiteral("2027-03-05T15:00:00Z 45"));
    }

    void reportSaysDatesInTheUsersFormat()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
        ICalendarImport importer(*m_data.editor);
        QVERIFY(importer.readText(fixture(QStringLiteral("google-series-changed.ics"))));
        // All-day: the file's own day; timed: the start in the program's zone (Chicago).
        QStringList events;
        for (const ICalendarImportLine& line : importer.plan().changes)
            events << line.event;
        QVERIFY2(events.contains(QStringLiteral("“Listing review” on 17.03.27")), qPrintable(events.join(u'\n')));
        QVERIFY2(events.contains(QStringLiteral("“Mentoring call: Ada Lovelace – Alpha Shop” on 04.03.27 03:00")),
                 qPrintable(events.join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
    CalendarProgram m_data;
};

QTEST_GUILESS_MAIN(TestICalendarImportChanges)
#include "test_icalendarimportchanges.moc"
