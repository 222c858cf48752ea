// SPDX-License-Identifier: GPL-3.0-or-later
// The iCalendar export (calendar/ICalendarExport): its output parsed back by libical and compared
// with the stored touchpoints field by field; UIDs the same across exports; a VTIMEZONE for every
// zone a time names; a series as RRULE with EXDATE and RECURRENCE-ID events, its times right on
// both sides of a daylight-saving change; scopes, and the requests it refuses.
#include "calendar/ICalendarExport.h"
#include "calendar/TouchpointRepository.h"
#include "storage/RecordRepository.h"

#include <QSet>
#include <QTemporaryDir>

#include "ICalendarTestSupport.h"

using namespace mentordesk;

class TestICalendarExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("export.mentordesk"));
        QFile::remove(path);
        createCalendarProgram(path, &m_data);
    }

    void cleanup() { closeCalendarProgram(&m_data); }

    void writesEveryFieldOfAOneOff()
    {
        const QSqlDatabase db = m_data.program->connection();
        const IcalCalendar calendar = exportProgram();
        QVERIFY(calendar);
        QCOMPARE(QString::fromUtf8(
                     icalproperty_get_prodid(icalcomponent_get_first_property(calendar.get(), ICAL_PRODID_PROPERTY))),
                 QStringLiteral("-//MentorDesk//MentorDesk//EN"));
        RecordRepository records(db, QString());
        const TouchpointRecord stored = *TouchpointRepository(records).touchpoint(m_data.kickOff);
        const QVector<icalcomponent*> events = eventsWithUid(calendar.get(), stored.uid);
        QCOMPARE(events.size(), 1);
        icalcomponent* event = events.constFirst();
        QCOMPARE(tzidOf(event, ICAL_DTSTART_PROPERTY), QStringLiteral("America/Chicago"));
        QCOMPARE(momentOf(calendar.get(), event, ICAL_DTSTART_PROPERTY), stored.scheduledUtc);
        QCOMPARE(momentOf(calendar.get(), event, ICAL_DTEND_PROPERTY), stored.scheduledUtc.addSecs(45 * 60));
        // 15:00 UTC is 09:00 in Chicago on 3 March (standard time).
        QCOMPARE(QString::fromUtf8(icaltime_as_ical_string(icalcomponent_get_dtstart(event))),
                 QStringLiteral("20270303T090000"));
        QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(event)),
                 QStringLiteral("Mentoring call: Ada Lovelace – Alpha Shop"));
        QCOMPARE(QString::fromUtf8(icalcomponent_get_description(event)), stored.notes);
        QCOMPARE(icalcomponent_get_status(event), ICAL_STATUS_CONFIRMED);
        QCOMPARE(icalcomponent_get_sequence(event), 0);
        QCOMPARE(propertyValues(event, ICAL_CATEGORIES_PROPERTY), QStringList{QStringLiteral("Live call")});
        QCOMPARE(propertyValues(event, ICAL_ORGANIZER_PROPERTY), QStringList{QStringLiteral("mailto:Ada@Example.org")});
        QCOMPARE(propertyValues(event, ICAL_ATTENDEE_PROPERTY),
                 (QStringList{QStringLiteral("mailto:Ada@Example.org"), QStringLiteral("mailto:alpha@example.com")}));
        QCOMPARE(QString::fromUtf8(icaltime_as_ical_string(icalcomponent_get_dtstamp(event))),
                 QStringLiteral("20270101T120000Z"));
    }

    void mapsEveryStatus_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("categories");
        QTest::newRow("planned") << 0 << int(ICAL_STATUS_CONFIRMED) << QStringList{QStringLiteral("Live call")};
        QTest::newRow("done") << 1 << int(ICAL_STATUS_CONFIRMED)
                              << QStringList{QStringLiteral("Async exchange"), QStringLiteral("Done")};
        QTest::newRow("missed") << 2 << int(ICAL_STATUS_CONFIRMED)
                                << QStringList{QStringLiteral("Live call"), QStringLiteral("Missed")};
        QTest::newRow("cancelled") << 3 << int(ICAL_STATUS_CANCELLED)
                                   << QStringList{QStringLiteral("Live call"), QStringLiteral("Cancelled")};
    }

    void mapsEveryStatus()
    {
        QFETCH(int, which);
        QFETCH(int, status);
        QFETCH(QStringList, categories);
        const qint64 ids[] = {m_data.kickOff, m_data.logged, m_data.noShow, m_data.calledOff};
        const IcalCalendar calendar = exportProgram();
        QVERIFY(calendar);
        const QVector<icalcomponent*> events = eventsWithUid(calendar.get(), uidOf(ids[which]));
        QCOMPARE(events.size(), 1);
        QCOMPARE(int(icalcomponent_get_status(events.constFirst())), status);
        QCOMPARE(propertyValues(events.constFirst(), ICAL_CATEGORIES_PROPERTY), categories);
    }

    void keepsUidsAcrossExports()
    {
        const QSqlDatabase db = m_data.program->connection();
        ICalendarExportRequest request;
        request.stamp = utcAt("2027-01-01T12:00:00Z");
        ICalendarExport exporter(db);
        const QByteArray first = exporter.build(request);
        QVERIFY2(!first.isEmpty(), qPrintable(exporter.errorString()));
        QVERIFY(m_data.calendar->reschedule(m_data.kickOff, utcAt("2027-03-03T16:00:00Z")));
        request.stamp = utcAt("2027-01-02T12:00:00Z");
        const QByteArray second = exporter.build(request);
        QCOMPARE(uids(second), uids(first));
        const QSet<QString> expected{uidOf(m_data.kickOff),   uidOf(m_data.logged),    uidOf(m_data.noShow),
                                     uidOf(m_data.calledOff), uidOf(m_data.otherPair), seriesUid()};
        QCOMPARE(uids(first), expected);
        // The moved touchpoint says so with a higher SEQUENCE, so calendars replace their copy.
        const IcalCalendar calendar = parseCalendar(second);
        QCOMPARE(icalcomponent_get_sequence(eventsWithUid(calendar.get(), uidOf(m_data.kickOff)).constFirst()), 1);
    }

    void writesAVTimezoneForEveryZone()
    {
        const IcalCalendar calendar = exportProgram();
        QVERIFY(calendar);
        QSet<QString> named;
        for (icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT); event;
             event = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
            for (icalproperty* property = icalcomponent_get_first_property(event, ICAL_ANY_PROPERTY); property;
                 property = icalcomponent_get_next_property(event, ICAL_ANY_PROPERTY)) {
                if (icalparameter* tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER))
                    named.insert(QString::fromUtf8(icalparameter_get_tzid(tzid)));
            }
        }
        QSet<QString> defined;
        for (icalcomponent* zone = icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT); zone;
             zone = icalcomponent_get_next_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT))
            defined.insert(
                QString::fromUtf8(icalproperty_get_tzid(icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY))));
        QCOMPARE(named, (QSet<QString>{QStringLiteral("America/Chicago"), QStringLiteral("Europe/Berlin")}));
        QCOMPARE(defined, named);
    }

    void writesASeriesWithItsExceptions()
    {
        const IcalCalendar calendar = exportProgram();
        QVERIFY(calendar);
        const QVector<icalcomponent*> events = eventsWithUid(calendar.get(), seriesUid());
        // The rule, and the done (1 March) and the two moved occurrences (8 March, 5 April).
        QCOMPARE(events.size(), 4);
        icalcomponent* master = events.constFirst();
        QVERIFY(!icalcomponent_get_first_property(master, ICAL_RECURRENCEID_PROPERTY));
        // A pair's series is named like its single touchpoints, with the people of its pairing.
        QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(master)),
                 QStringLiteral("Mentoring call: Ada Lovelace – Alpha Shop"));
        QCOMPARE(tzidOf(master, ICAL_DTSTART_PROPERTY), QStringLiteral("Europe/Berlin"));
        QCOMPARE(QString::fromUtf8(icaltime_as_ical_string(icalcomponent_get_dtstart(master))),
                 QStringLiteral("20270301T100000"));
        QCOMPARE(propertyValues(master, ICAL_RRULE_PROPERTY),
                 QStringList{QStringLiteral("FREQ=WEEKLY;UNTIL=20270426T215959Z;BYDAY=MO")});
        // Removed (22 March) and cancelled (15 March) occurrences, as wall-clock times in Berlin.
        QCOMPARE(propertyValues(master, ICAL_EXDATE_PROPERTY),
                 (QStringList{QStringLiteral("20270315T100000"), QStringLiteral("20270322T100000")}));
        QCOMPARE(tzidOf(master, ICAL_EXDATE_PROPERTY), QStringLiteral("Europe/Berlin"));
        QMap<QString, icalcomponent*> overrides;
        for (icalcomponent* event : events.mid(1))
            overrides.insert(QString::fromUtf8(icaltime_as_ical_string(icalcomponent_get_recurrenceid(event))), event);
        QCOMPARE(overrides.keys(), (QStringList{QStringLiteral("20270301T100000"), QStringLiteral("20270308T100000"),
                                                QStringLiteral("20270405T100000")}));
        QCOMPARE(propertyValues(overrides.value(QStringLiteral("20270301T100000")), ICAL_CATEGORIES_PROPERTY),
                 (QStringList{QStringLiteral("Live call"), QStringLiteral("Done")}));
        QCOMPARE(momentOf(calendar.get(), overrides.value(QStringLiteral("20270308T100000")), ICAL_DTSTART_PROPERTY),
                 utcAt("2027-03-09T09:00:00Z"));
    }

    void keepsWallClockAcrossDaylightSaving()
    {
        // Read through the file's own VTIMEZONE: 10:00 in Berlin is 09:00 UTC in winter and 08:00
        // UTC after the change on 28 March, as the stored rows say.
        const IcalCalendar calendar = exportProgram();
        QVERIFY(calendar);
        icalcomponent* berlin = icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
        while (berlin &&
               QString::fromUtf8(icalproperty_get_tzid(icalcomponent_get_first_property(berlin, ICAL_TZID_PROPERTY))) !=
                   QLatin1String("Europe/Berlin"))
            berlin = icalcomponent_get_next_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
        QVERIFY(berlin);
        QVERIFY(icalcomponent_get_first_component(berlin, ICAL_XDAYLIGHT_COMPONENT));
        QVERIFY(icalcomponent_get_first_component(berlin, ICAL_XSTANDARD_COMPONENT));
        QMap<QString, QDateTime> starts;
        for (icalcomponent* event : eventsWithUid(calendar.get(), seriesUid()).mid(1))
            starts.insert(QString::fromUtf8(icaltime_as_ical_string(icalcomponent_get_recurrenceid(event))),
                          momentOf(calendar.get(), event, ICAL_DTSTART_PROPERTY));
        QCOMPARE(starts.value(QStringLiteral("20270301T100000")), utcAt("2027-03-01T09:00:00Z"));
        QCOMPARE(starts.value(QStringLiteral("20270405T100000")), utcAt("2027-04-06T08:00:00Z"));
    }

    void exportsAScope_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("events");
        QTest::newRow("program") << int(ICalendarScope::Program) << QString() << QString() << QString() << 9;
        QTest::newRow("mentor M2") << int(ICalendarScope::Mentor) << QStringLiteral("M2") << QString() << QString()
                                   << 1;
        QTest::newRow("mentee S1, one week") << int(ICalendarScope::Mentee) << QStringLiteral("S1")
                                             << QStringLiteral("2027-03-02") << QStringLiteral("2027-03-06") << 2;
        QTest::newRow("cohort") << int(ICalendarScope::Cohort) << QStringLiteral("Spring 2027") << QString()
                                << QString() << 8;
        QTest::newRow("mentor M1, April") << int(ICalendarScope::Mentor) << QStringLiteral("M1")
                                          << QStringLiteral("2027-04-01") << QStringLiteral("2027-04-30") << 4;
    }

    void exportsAScope()
    {
        QFETCH(int, scope);
        QFETCH(QString, name);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, events);
        ICalendarExport exporter(m_data.program->connection());
        ICalendarExportRequest request;
        request.scope = ICalendarScope(scope);
        request.name = name;
        request.from = QDate::fromString(from, Qt::ISODate);
        request.to = QDate::fromString(to, Qt::ISODate);
        const QByteArray text = exporter.build(request);
        QVERIFY2(!text.isEmpty(), qPrintable(exporter.errorString()));
        QCOMPARE(exporter.eventCount(), events);
        const IcalCalendar calendar = parseCalendar(text);
        QCOMPARE(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), events);
    }

    void refusesWhatItCannotExport_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown mentor") << int(ICalendarScope::Mentor) << QStringLiteral("M9") << QString() << QString()
                                        << QStringLiteral("No mentor has the ID “M9”");
        QTest::newRow("unknown mentee") << int(ICalendarScope::Mentee) << QStringLiteral("S9") << QString() << QString()
                                        << QStringLiteral("No mentee has the seller ID “S9”");
        QTest::newRow("unknown cohort") << int(ICalendarScope::Cohort) << QStringLiteral("Autumn") << QString()
                                        << QString() << QStringLiteral("There is no cohort named “Autumn”");
        QTest::newRow("from after to") << int(ICalendarScope::Program) << QString() << QStringLiteral("2027-04-02")
                                       << QStringLiteral("2027-04-01") << QStringLiteral("starts on 2027-04-02");
    }

    void refusesWhatItCannotExport()
    {
        QFETCH(int, scope);
        QFETCH(QString, name);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, reason);
        ICalendarExport exporter(m_data.program->connection());
        ICalendarExportRequest request{
            ICalendarScope(scope), name,       QDate::fromString(from, Qt::ISODate), QDate::fromString(to, Qt::ISODate),
            QTimeZone(),           QDateTime()};
        const QString path = m_dir.filePath(QStringLiteral("refused.ics"));
        QVERIFY(!exporter.write(request, path));
        QVERIFY2(exporter.errorString().contains(reason), qPrintable(exporter.errorString()));
        QVERIFY(!QFile::exists(path));
    }

    void writesTheFile()
    {
        ICalendarExport exporter(m_data.program->connection());
        const QString path = m_dir.filePath(QStringLiteral("program.ics"));
        QVERIFY2(exporter.write({}, path), qPrintable(exporter.errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(uids(text).size(), 6);
        QVERIFY(!exporter.write({}, m_dir.filePath(QStringLiteral("missing-folder/program.ics"))));
        QVERIFY(exporter.errorString().contains(QStringLiteral("could not be written")));
    }

private:
    IcalCalendar exportProgram()
    {
        ICalendarExport exporter(m_data.program->connection());
        ICalendarExportRequest request;
        request.stamp = utcAt("2027-01-01T12:00:00Z");
        const QByteArray text = exporter.build(request);
        if (text.isEmpty())
            qWarning("%s", qPrintable(exporter.errorString()));
        return parseCalendar(text);
    }

    QString uidOf(qint64 touchpoint) const
    {
        return scalar(m_data.program->connection(), QStringLiteral("SELECT uid FROM touchpoints WHERE id = ?"),
                      {touchpoint})
            .toString();
    }

    QString seriesUid() const
    {
        return scalar(m_data.program->connection(), QStringLiteral("SELECT uid FROM touchpoint_series WHERE id = ?"),
                      {m_data.series})
            .toString();
    }

    static QSet<QString> uids(const QByteArray& text)
    {
        const IcalCalendar calendar = parseCalendar(text);
        QSet<QString> all;
        for (icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT); event;
             event = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT))
            all.insert(QString::fromUtf8(icalcomponent_get_uid(event)));
        return all;
    }

    QTemporaryDir m_dir;
    CalendarProgram m_data;
};

QTEST_GUILESS_MAIN(TestICalendarExport)
#include "test_icalendarexport.moc"
