// SPDX-License-Identifier: GPL-3.0-or-later
#include "ICalendarExport.h"

#include "CalendarTime.h"
#include "ICalendarMapping.h"
#include "ICalendarPeople.h"
#include "Recurrence.h"
#include "storage/RecordRepository.h"
#include "TouchpointFilter.h"
#include "TouchpointRepository.h"

#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace mentordesk {

namespace {

const QString kPlanned = QStringLiteral("planned");
const QString kCancelled = QStringLiteral("cancelled");

struct ComponentDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

void addXProperty(icalcomponent* event, const char* name, const QString& value)
{
    icalproperty* property = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(property, name);
    icalcomponent_add_property(event, property);
}

/// Names a wall-clock time's zone by its plain IANA name. libical 3.0 treats an empty prefix
/// (icaltimezone_set_tzid_prefix("")) as "use the default", so its own TZIDs would read
/// "/freeassociation.sourceforge.net/Europe/Berlin"; the export writes the name itself, and the
/// VTIMEZONE under the same name (Builder::text).
void addZonedTime(icalproperty* property, icaltimezone* zone)
{
    if (zone)
        icalproperty_add_parameter(property, icalparameter_new_tzid(icaltimezone_get_location(zone)));
}

icalproperty* zonedProperty(icalproperty* property, icaltimezone* zone)
{
    addZonedTime(property, zone);
    return property;
}

} // namespace

/// One export's calendar as it grows: its events, and the zones they use (each written once as a
/// VTIMEZONE).
class ICalendarExport::Builder {
public:
    Builder(QSqlDatabase db, const QTimeZone& zone, const QDateTime& stamp)
        : m_people(db)
        , m_records(db, QString())
        , m_repository(m_records)
        , m_zone(zone)
        , m_icalZone(ICalendarMapping::builtinZone(zone))
        , m_stamp(stamp)
    {
    }

    void addTouchpoint(const TouchpointRecord& touchpoint)
    {
        icalcomponent* event = newEvent(touchpoint.uid, touchpoint.pairingId, touchpoint.cohortId);
        describe(event, touchpoint, m_icalZone, m_zone);
        keep(event);
    }

    /// The series' VEVENT and one for each occurrence that differs from the rule.
    void addSeries(qint64 seriesId, int* touchpoints)
    {
        const CalendarRows rows = m_repository.seriesRows(seriesId);
        if (rows.series.isEmpty())
            return;
        const TouchpointSeriesRecord& series = rows.series.constFirst();
        const QTimeZone zone = CalendarTime::resolve(series.timeZone, m_zone).zone;
        icaltimezone* icalZone = ICalendarMapping::builtinZone(zone);
        icalcomponent* master = newEvent(series.uid, series.pairingId, series.cohortId);
        const QDateTime firstStart = QDateTime(series.firstDate, series.firstTime, zone).toUTC();
        TouchpointRecord pattern;
        pattern.pairingId = series.pairingId;
        pattern.cohortId = series.cohortId;
        pattern.kind = series.kind;
        pattern.status = QStringLiteral("planned");
        pattern.title = series.title;
        pattern.notes = series.notes;
        pattern.durationMinutes = series.durationMinutes;
        pattern.scheduledUtc = firstStart;
        describe(master, pattern, icalZone, zone);
        icalcomponent_add_property(master, icalproperty_new_rrule(ICalendarMapping::exportedRule(series, zone)));
        addOccurrenceDates(master, rows, series, zone, icalZone);
        keep(master);
        for (const TouchpointRecord& occurrence : rows.touchpoints) {
            ++*touchpoints;
            if (occurrence.status == kCancelled || !differsFromRule(occurrence, series))
                continue;
            icalcomponent* moved = newEvent(series.uid, series.pairingId, series.cohortId);
            icalproperty* recurrence = icalproperty_new_recurrenceid(
                ICalendarMapping::timeIn(CalendarTime::fromUtcText(occurrence.recurrenceUtc), icalZone, zone));
            addZonedTime(recurrence, icalZone);
            icalcomponent_add_property(moved, recurrence);
            describe(moved, occurrence, icalZone, zone);
            keep(moved);
        }
    }

    int eventCount() const { return m_eventCount; }

    QByteArray text()
    {
        Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
        icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
        icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(ICalendarMapping::kProductId));
        icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
        icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
        for (icaltimezone* zone : qAsConst(m_zonesUsed)) {
            icalcomponent* definition = icalcomponent_new_clone(icaltimezone_get_component(zone));
            if (icalproperty* tzid = icalcomponent_get_first_property(definition, ICAL_TZID_PROPERTY))
                icalproperty_set_tzid(tzid, icaltimezone_get_location(zone));
            icalcomponent_add_component(calendar.get(), definition);
        }
        char* text = icalcomponent_as_ical_string_r(calendar.get());
        QByteArray result(text);
        icalmemory_free_buffer(text);
        // The events go in before the calendar's END line that libical wrote.
        const int end = result.lastIndexOf("END:VCALENDAR");
        result.insert(end < 0 ? result.size() : end, m_eventsText);
        return result;
    }

private:
    /// Each event is written out and freed at once: a program's whole calendar as one libical tree
    /// took 1.3 GB for 200,000 touchpoints, its text a tenth of that.
    void keep(icalcomponent* event)
    {
        char* text = icalcomponent_as_ical_string_r(event);
        m_eventsText.append(text);
        icalmemory_free_buffer(text);
        icalcomponent_free(event);
        ++m_eventCount;
    }

    icalcomponent* newEvent(const QString& uid, qint64 pairingId, qint64 cohortId)
    {
        icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_set_uid(event, uid.toUtf8().constData());
        icalcomponent_set_dtstamp(event, ICalendarMapping::utcTime(m_stamp));
        const TouchpointPeople people = m_people.of(pairingId, cohortId);
        // The mentor leads the call; both are invited, so either's calendar can match it back.
        if (!people.mentorEmail.isEmpty()) {
            icalproperty* organizer = icalproperty_new_organizer(mailto(people.mentorEmail).constData());
            icalproperty_add_parameter(organizer, icalparameter_new_cn(people.mentorName.toUtf8().constData()));
            icalcomponent_add_property(event, organizer);
            addAttendee(event, people.mentorName, people.mentorEmail, ICAL_ROLE_CHAIR);
        }
        if (!people.menteeEmail.isEmpty())
            addAttendee(event, people.menteeName, people.menteeEmail, ICAL_ROLE_REQPARTICIPANT);
        return event;
    }

    static QByteArray mailto(const QString& email) { return QByteArrayLiteral("mailto:") + email.toUtf8(); }

    static void addAttendee(icalcomponent* event, const QString& name, const QString& email, icalparameter_role role)
    {
        icalproperty* attendee = icalproperty_new_attendee(mailto(email).constData());
        icalproperty_add_parameter(attendee, icalparameter_new_cn(name.toUtf8().constData()));
        icalproperty_add_parameter(attendee, icalparameter_new_role(role));
        icalcomponent_add_property(event, attendee);
    }

    /// What every event of a touchpoint (or of a series' rule) says: when, what, how it stands.
    void describe(icalcomponent* event, const TouchpointRecord& touchpoint, icaltimezone* icalZone,
                  const QTimeZone& zone)
    {
        useZone(icalZone);
        icalcomponent_add_property(
            event,
            zonedProperty(icalproperty_new_dtstart(ICalendarMapping::timeIn(touchpoint.scheduledUtc, icalZone, zone)),
                          icalZone));
        // Without a stored length there is no DTEND: an invented one would come back on import.
        if (touchpoint.durationMinutes >= 0) {
            const QDateTime end = touchpoint.scheduledUtc.addSecs(touchpoint.durationMinutes * 60LL);
            icalcomponent_add_property(
                event, zonedProperty(icalproperty_new_dtend(ICalendarMapping::timeIn(end, icalZone, zone)), icalZone));
        }
        icalcomponent_set_sequence(event, touchpoint.sequence);
        icalcomponent_set_status(event, ICalendarMapping::eventStatus(touchpoint.status));
        icalcomponent_set_summary(
            event, m_people.summary(touchpoint.title, touchpoint.pairingId, touchpoint.cohortId).toUtf8().constData());
        if (!touchpoint.notes.isEmpty())
            icalcomponent_set_description(event, touchpoint.notes.toUtf8().constData());
        // One CATEGORIES property per value: libical would escape the commas of a list.
        for (const QString& category : ICalendarMapping::categories(touchpoint.kind, touchpoint.status))
            icalcomponent_add_property(event, icalproperty_new_categories(category.toUtf8().constData()));
        addXProperty(event, ICalendarMapping::kKindProperty, touchpoint.kind);
        addXProperty(event, ICalendarMapping::kStatusProperty, touchpoint.status);
    }

    /// EXDATE for the rule's starts without an occurrence (removed) or with a cancelled one, RDATE
    /// for occurrences the rule no longer gives (kept when the rule changed).
    void addOccurrenceDates(icalcomponent* master, const CalendarRows& rows, const TouchpointSeriesRecord& series,
                            const QTimeZone& zone, icaltimezone* icalZone)
    {
        QString error;
        const QVector<QDateTime> starts =
            Recurrence::expand({series.rrule, zone, series.firstDate, series.firstTime, series.untilDate}, &error);
        QSet<QString> ruleStarts;
        for (const QDateTime& start : starts)
            ruleStarts.insert(CalendarTime::utcText(start));
        QSet<QString> excluded;
        for (const TouchpointRecord& occurrence : rows.touchpoints) {
            if (occurrence.status == kCancelled)
                excluded.insert(occurrence.recurrenceUtc);
            else if (!ruleStarts.contains(occurrence.recurrenceUtc))
                addDate(
                    master,
                    icalproperty_new_rdate(
                        {ICalendarMapping::timeIn(CalendarTime::fromUtcText(occurrence.recurrenceUtc), icalZone, zone),
                         icalperiodtype_null_period()}),
                    icalZone);
        }
        for (const SeriesException& exception : rows.exceptions) {
            if (exception.kind != QLatin1String("moved"))
                excluded.insert(exception.recurrenceUtc);
        }
        QStringList sorted(excluded.begin(), excluded.end());
        sorted.sort();
        for (const QString& recurrenceUtc : qAsConst(sorted))
            addDate(master,
                    icalproperty_new_exdate(
                        ICalendarMapping::timeIn(CalendarTime::fromUtcText(recurrenceUtc), icalZone, zone)),
                    icalZone);
    }

    static void addDate(icalcomponent* master, icalproperty* property, icaltimezone* zone)
    {
        addZonedTime(property, zone);
        icalcomponent_add_property(master, property);
    }

    static bool differsFromRule(const TouchpointRecord& occurrence, const TouchpointSeriesRecord& series)
    {
        return occurrence.status != kPlanned || occurrence.sequence != 0 ||
               CalendarTime::utcText(occurrence.scheduledUtc) != occurrence.recurrenceUtc ||
               occurrence.kind != series.kind || occurrence.title != series.title || occurrence.notes != series.notes ||
               occurrence.durationMinutes != series.durationMinutes;
    }

    void useZone(icaltimezone* zone)
    {
        if (zone && !m_zonesUsed.contains(zone))
            m_zonesUsed << zone;
    }

    ICalendarPeople m_people;
    RecordRepository m_records;
    TouchpointRepository m_repository;
    QTimeZone m_zone;
    icaltimezone* m_icalZone;
    QDateTime m_stamp;
    QVector<icaltimezone*> m_zonesUsed;
    QByteArray m_eventsText;
    int m_eventCount = 0;
};

ICalendarExport::ICalendarExport(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString ICalendarExport::refusal(const ICalendarExportRequest& request)
{
    m_scopeId = 0;
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return tr("The range starts on %1, after its end on %2; give a start on or before the end.")
            .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate));
    if (request.scope == ICalendarScope::Program)
        return {};
    QSqlQuery query(m_db);
    if (request.scope == ICalendarScope::Mentor)
        query.prepare(QStringLiteral("SELECT id FROM mentors WHERE external_id = ?"));
    else if (request.scope == ICalendarScope::Mentee)
        query.prepare(QStringLiteral("SELECT id FROM sellers WHERE external_id = ?"));
    else
        query.prepare(QStringLiteral("SELECT id FROM cohorts WHERE name = ?"));
    query.addBindValue(request.name.trimmed());
    if (!query.exec())
        return RecordRepository::explainDatabaseError(query.lastError().text());
    if (query.next()) {
        m_scopeId = query.value(0).toLongLong();
        return {};
    }
    switch (request.scope) {
    case ICalendarScope::Mentor:
        return tr("No mentor has the ID “%1”; check the Mentors workspace for their ID.").arg(request.name);
    case ICalendarScope::Mentee:
        return tr("No mentee has the seller ID “%1”; check the Sellers workspace for their ID.").arg(request.name);
    default:
        return tr("There is no cohort named “%1”; check the spelling in the Cohorts workspace.").arg(request.name);
    }
}

QStringList ICalendarExport::suggestions(ICalendarScope scope, const QString& prefix, int limit) const
{
    const QString column = scope == ICalendarScope::Cohort ? QStringLiteral("name") : QStringLiteral("external_id");
    const QString table = scope == ICalendarScope::Mentor   ? QStringLiteral("mentors")
                          : scope == ICalendarScope::Mentee ? QStringLiteral("sellers")
                                                            : QStringLiteral("cohorts");
    if (scope == ICalendarScope::Program)
        return {};
    QSqlQuery query(m_db);
    // A range rather than LIKE, which SQLite cannot answer from the index for a bound prefix.
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %1 >= ? AND %1 < ? ORDER BY %1 LIMIT ?").arg(column, table));
    const QString start = prefix.trimmed();
    query.addBindValue(start);
    query.addBindValue(start + QChar(0xFFFF));
    query.addBindValue(limit);
    QStringList names;
    if (query.exec()) {
        while (query.next())
            names << query.value(0).toString();
    }
    return names;
}

QByteArray ICalendarExport::build(const ICalendarExportRequest& request)
{
    m_eventCount = 0;
    m_touchpointCount = 0;
    m_error = refusal(request);
    if (!m_error.isEmpty())
        return {};
    const QTimeZone zone = request.zone.isValid() ? request.zone : CalendarTime::programZone(m_db);
    TouchpointFilter filter;
    if (request.from.isValid())
        filter.fromUtc = QDateTime(request.from, QTime(0, 0), zone).toUTC();
    if (request.to.isValid())
        filter.toUtc = QDateTime(request.to.addDays(1), QTime(0, 0), zone).toUTC();
    filter.mentorId = request.scope == ICalendarScope::Mentor ? m_scopeId : 0;
    filter.menteeId = request.scope == ICalendarScope::Mentee ? m_scopeId : 0;
    filter.cohortId = request.scope == ICalendarScope::Cohort ? m_scopeId : 0;
    QVariantList values;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t.id, IFNULL(t.series_id, 0) FROM touchpoints t") +
                  filter.whereClause(&values) + QStringLiteral(" ORDER BY t.scheduled_utc, t.id"));
    for (const QVariant& value : qAsConst(values))
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = RecordRepository::explainDatabaseError(query.lastError().text());
        return {};
    }
    Builder builder(m_db, zone, request.stamp.isValid() ? request.stamp : QDateTime::currentDateTimeUtc());
    RecordRepository records(m_db, QString());
    const TouchpointRepository repository(records);
    QSet<qint64> seriesDone;
    while (query.next()) {
        const qint64 seriesId = query.value(1).toLongLong();
        if (seriesId == 0) {
            if (const auto touchpoint = repository.touchpoint(query.value(0).toLongLong())) {
                builder.addTouchpoint(*touchpoint);
                ++m_touchpointCount;
            }
        } else if (!seriesDone.contains(seriesId)) {
            seriesDone.insert(seriesId);
            builder.addSeries(seriesId, &m_touchpointCount);
        }
    }
    m_eventCount = builder.eventCount();
    return builder.text();
}

bool ICalendarExport::write(const ICalendarExportRequest& request, const QString& path)
{
    const QByteArray text = build(request);
    if (text.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        m_error = tr("The calendar could not be written to “%1”: %2. Choose another folder or file name.")
                      .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mentordesk
