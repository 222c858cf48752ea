// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small program with a calendar for the iCalendar export and import suites: a mentor in Berlin
// and a mentee in New York with e-mail addresses, a second pair, a cohort, one-off touchpoints in
// every status and a weekly series across the spring change of daylight saving time (Berlin
// changes on 2027-03-28) with a moved, a cancelled, a removed and a done occurrence. And
// libical-parsed views of a calendar text to compare field by field.

#include "calendar/CalendarEditor.h"
#include "calendar/CalendarTime.h"
#include "calendar/ICalendarMapping.h"
#include "editing/ProgramEditor.h"
#include "storage/ProgramDatabase.h"

#include <QTest>

#include <memory>

#include "SqlTestSupport.h"

struct CalendarProgram {
    std::unique_ptr<mentordesk::ProgramDatabase> program;
    std::unique_ptr<mentordesk::ProgramEditor> editor;
    std::unique_ptr<mentordesk::CalendarEditor> calendar;
    qint64 kickOff = 0;   ///< one-off, planned, 45 minutes, notes
    qint64 logged = 0;    ///< one-off, done
    qint64 noShow = 0;    ///< one-off, missed
    qint64 calledOff = 0; ///< one-off, cancelled
    qint64 otherPair = 0; ///< one-off of the second pairing
    qint64 series = 0;    ///< weekly Monday 10:00 Europe/Berlin, 2027-03-01 … 2027-04-26
};

/// Closes the program: the editors first, as they use its connection.
inline void closeCalendarProgram(CalendarProgram* data)
{
    data->calendar.reset();
    data->editor.reset();
    data->program.reset();
}

inline QDateTime utcAt(const char* text)
{
    return mentordesk::CalendarTime::fromUtcText(QString::fromLatin1(text));
}

/// The occurrence of `series` whose rule start is `recurrenceUtc`.
inline qint64 occurrenceAt(const QSqlDatabase& db, qint64 series, const char* recurrenceUtc)
{
    return scalar(db, QStringLiteral("SELECT id FROM touchpoints WHERE series_id = ? AND recurrence_utc = ?"),
                  {series, QString::fromLatin1(recurrenceUtc)})
        .toLongLong();
}

/// Creates the program in `path` (which must not exist); QVERIFY-style failures leave `out` partial.
inline void createCalendarProgram(const QString& path, CalendarProgram* out)
{
    using namespace mentordesk;
    out->program = std::make_unique<ProgramDatabase>();
    QCOMPARE(out->program->open(path), ProgramDatabase::Outcome::Created);
    const QSqlDatabase db = out->program->connection();
    SQL_OK(execSql(db, QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, email, time_zone, created_utc, "
                                      "updated_utc) VALUES (1, 'S1', 'Alpha Shop', 'alpha@example.com', "
                                      "'America/New_York', '', ''), (2, 'S2', 'Beta Goods', 'beta@example.com', '', "
                                      "'', ''), (3, 'S3', 'Gamma', 'gamma@example.com', '', '', '')")));
    SQL_OK(execSql(db, QStringLiteral("INSERT INTO mentors(id, external_id, name, email, time_zone, created_utc, "
                                      "updated_utc) VALUES (1, 'M1', 'Ada Lovelace', 'Ada@Example.org', "
                                      "'Europe/Berlin', '', ''), (2, 'M2', 'Ben Okri', 'ben@example.org', "
                                      "'Asia/Tokyo', '', '')")));
    SQL_OK(execSql(db, QStringLiteral("INSERT INTO cohorts(id, name, start_date, created_utc, updated_utc) VALUES "
                                      "(1, 'Spring 2027', '2027-01-04', '', '')")));
    SQL_OK(execSql(db, QStringLiteral("INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES "
                                      "(1, 1, '2027-01-04')")));
    SQL_OK(execSql(db, QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, ended_on, "
                                      "end_reason, created_utc, updated_utc) VALUES "
                                      "(1, 1, 1, 'active', '2027-01-04', NULL, NULL, '', ''), "
                                      "(2, 2, 2, 'active', '2027-01-04', NULL, NULL, '', ''), "
                                      "(3, 1, 3, 'ended', '2026-06-01', '2026-12-01', 'completed', '', '')")));
    SQL_OK(CalendarTime::setProgramZone(db, QStringLiteral("America/Chicago")));
    out->editor = std::make_unique<ProgramEditor>(db, QStringLiteral("coordinator@test"));
    out->calendar = std::make_unique<CalendarEditor>(*out->editor);
    CalendarEditor& calendar = *out->calendar;
    const QString call = QStringLiteral("live_call");
    out->kickOff = calendar.createTouchpoint(
        {1, 0, call, utcAt("2027-03-03T15:00:00Z"), 45, QString(), QStringLiteral("Goals; first listing review")});
    out->logged = calendar.createTouchpoint(
        {1, 0, QStringLiteral("async"), utcAt("2027-03-05T12:00:00Z"), 20, QStringLiteral("Pricing notes"), QString()});
    out->noShow = calendar.createTouchpoint({1, 0, call, utcAt("2027-03-10T15:00:00Z"), 30, QString(), QString()});
    out->calledOff = calendar.createTouchpoint({1, 0, call, utcAt("2027-03-12T15:00:00Z"), -1, QString(), QString()});
    out->otherPair = calendar.createTouchpoint({2, 0, call, utcAt("2027-03-04T01:00:00Z"), 60, QString(), QString()});
    QVERIFY(out->kickOff && out->logged && out->noShow && out->calledOff && out->otherPair);
    QVERIFY(calendar.markDone(out->logged, utcAt("2027-03-05T13:00:00Z")));
    QVERIFY(calendar.markMissed(out->noShow));
    QVERIFY(calendar.markCancelled(out->calledOff));
    SeriesDraft weekly;
    weekly.pairingId = 1;
    weekly.kind = call;
    weekly.notes = QStringLiteral("Weekly check-in");
    weekly.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=MO");
    weekly.timeZone = QStringLiteral("Europe/Berlin");
    weekly.firstDate = QDate(2027, 3, 1);
    weekly.firstTime = QTime(10, 0);
    weekly.untilDate = QDate(2027, 4, 26);
    weekly.durationMinutes = 30;
    out->series = calendar.createSeries(weekly);
    QVERIFY2(out->series, qPrintable(calendar.errorString()));
    // 10:00 in Berlin is 09:00 UTC before 2027-03-28 and 08:00 UTC after it.
    QVERIFY(calendar.markDone(occurrenceAt(db, out->series, "2027-03-01T09:00:00Z"), utcAt("2027-03-01T10:00:00Z")));
    QVERIFY(calendar.reschedule(occurrenceAt(db, out->series, "2027-03-08T09:00:00Z"), utcAt("2027-03-09T09:00:00Z")));
    QVERIFY(calendar.markCancelled(occurrenceAt(db, out->series, "2027-03-15T09:00:00Z")));
    QVERIFY(calendar.deleteTouchpoint(occurrenceAt(db, out->series, "2027-03-22T09:00:00Z")));
    QVERIFY(calendar.reschedule(occurrenceAt(db, out->series, "2027-04-05T08:00:00Z"), utcAt("2027-04-06T08:00:00Z")));
}

/// Every calendar row (updated_utc aside, which an undo renews) and the count of audit rows.
inline QStringList calendarRows(const QSqlDatabase& db)
{
    QStringList rows = queryRows(db, QStringLiteral("SELECT id, pairing_id, kind, status, scheduled_utc, "
                                                    "duration_minutes, title, notes, uid, series_id, recurrence_utc, "
                                                    "done_utc, sequence FROM touchpoints ORDER BY id"));
    rows << queryRows(db, QStringLiteral("SELECT id, uid, rrule, time_zone, first_start_local, until_date FROM "
                                         "touchpoint_series ORDER BY id"));
    rows << queryRows(db, QStringLiteral("SELECT * FROM touchpoint_series_exceptions ORDER BY 1, 2"));
    rows << queryRows(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    return rows;
}

struct IcalFree {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using IcalCalendar = std::unique_ptr<icalcomponent, IcalFree>;

inline IcalCalendar parseCalendar(const QByteArray& text)
{
    mentordesk::ICalendarMapping::usePlainZoneNames();
    return IcalCalendar(icalparser_parse_string(text.constData()));
}

/// The VEVENTs of a calendar with this UID (the series' first, then its overrides).
inline QVector<icalcomponent*> eventsWithUid(icalcomponent* calendar, const QString& uid)
{
    QVector<icalcomponent*> events;
    for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        if (QString::fromUtf8(icalcomponent_get_uid(event)) == uid)
            events << event;
    }
    return events;
}

/// Every value of one kind of property of a component, as text (parameters left out).
inline QStringList propertyValues(icalcomponent* component, icalproperty_kind kind)
{
    QStringList values;
    for (icalproperty* property = icalcomponent_get_first_property(component, kind); property;
         property = icalcomponent_get_next_property(component, kind))
        values << QString::fromUtf8(icalproperty_get_value_as_string(property));
    return values;
}

/// The TZID parameter of a component's first property of `kind` (empty for UTC or floating).
inline QString tzidOf(icalcomponent* component, icalproperty_kind kind)
{
    icalproperty* property = icalcomponent_get_first_property(component, kind);
    icalparameter* tzid = property ? icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER) : nullptr;
    return tzid ? QString::fromUtf8(icalparameter_get_tzid(tzid)) : QString();
}

/// A time property's moment in UTC, its zone read from the calendar's own VTIMEZONE (as a
/// calendar application reads it), never from libical's built-in zones.
inline QDateTime momentOf(icalcomponent* calendar, icalcomponent* event, icalproperty_kind kind)
{
    icalproperty* property = icalcomponent_get_first_property(event, kind);
    if (!property)
        return {};
    const icaltimetype time = icalvalue_get_datetime(icalproperty_get_value(property));
    const QString tzid = tzidOf(event, kind);
    icaltimezone* zone = tzid.isEmpty() ? icaltimezone_get_utc_timezone()
                                        : icalcomponent_get_timezone(calendar, tzid.toUtf8().constData());
    if (!zone)
        return {};
    return QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(time, zone), Qt::UTC);
}
