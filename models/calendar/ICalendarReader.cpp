// SPDX-License-Identifier: GPL-3.0-or-later
#include "ICalendarReader.h"

#include "ICalendarMapping.h"

#include <memory>
#include <optional>

namespace mentordesk {

namespace {

struct ComponentDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};

/// A time property read: the moment (UTC) and the wall clock and zone it was written in.
struct Moment {
    QDateTime utc;
    QDate date;
    QTime time;
    QTimeZone zone;
    bool allDay = false;
};

QString text(const char* value)
{
    return value ? QString::fromUtf8(value).trimmed() : QString();
}

/// An address from ORGANIZER or ATTENDEE: the mailto: value, else the EMAIL parameter (Apple
/// Calendar writes urn:uuid: values with EMAIL=).
QString addressOf(icalproperty* property)
{
    QString value = text(icalproperty_get_value_as_string(property));
    if (value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        return value.mid(7).trimmed().toLower();
    const QString parameter = text(icalproperty_get_parameter_as_string(property, "EMAIL"));
    return parameter.toLower();
}

} // namespace

ICalendarReader::ICalendarReader(const QTimeZone& floatingZone)
    : m_floatingZone(floatingZone)
{
}

QTimeZone ICalendarReader::zoneNamed(const QString& tzid)
{
    const QString name = tzid.trimmed();
    if (name.isEmpty())
        return {};
    const QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // "Europe/Berlin", "America/Argentina/Buenos_Aires", or the end of a prefixed path.
    for (int count = qMin(3, int(parts.size())); count >= 1; --count) {
        const QByteArray candidate = parts.mid(parts.size() - count).join(QLatin1Char('/')).toUtf8();
        if (QTimeZone::isTimeZoneIdAvailable(candidate))
            return QTimeZone(candidate);
    }
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(name.toUtf8());
    return windows.isEmpty() ? QTimeZone() : QTimeZone(windows);
}

namespace {

class EventReader {
    Q_DECLARE_TR_FUNCTIONS(ICalendarReader)
public:
    EventReader(icalcomponent* calendar, const QTimeZone& floatingZone)
        : m_calendar(calendar)
        , m_floatingZone(floatingZone)
    {
    }

    ICalendarEvent read(icalcomponent* component) const
    {
        ICalendarEvent event;
        event.uid = text(icalcomponent_get_uid(component));
        if (icalcomponent_get_first_property(component, ICAL_SUMMARY_PROPERTY))
            event.summary = text(icalcomponent_get_summary(component));
        if (icalcomponent_get_first_property(component, ICAL_DESCRIPTION_PROPERTY)) {
            event.description = text(icalcomponent_get_description(component));
            event.hasDescription = true;
        }
        if (icalcomponent_get_first_property(component, ICAL_STATUS_PROPERTY))
            event.cancelled = icalcomponent_get_status(component) == ICAL_STATUS_CANCELLED;
        if (icalcomponent_get_first_property(component, ICAL_SEQUENCE_PROPERTY))
            event.sequence = icalcomponent_get_sequence(component);
        readLists(component, &event);
        const std::optional<Moment> start =
            moment(icalcomponent_get_first_property(component, ICAL_DTSTART_PROPERTY), &event.problem);
        if (!start) {
            if (event.problem.isEmpty())
                event.problem = tr("It has no start time.");
            return event;
        }
        event.startUtc = start->utc;
        event.allDay = start->allDay;
        event.startDate = start->date;
        event.startTime = start->time;
        event.zone = start->zone;
        readDuration(component, *start, &event);
        if (icalproperty* recurrence = icalcomponent_get_first_property(component, ICAL_RECURRENCEID_PROPERTY)) {
            const std::optional<Moment> original = moment(recurrence, &event.problem);
            if (original)
                event.recurrenceUtc = original->utc;
        }
        readRule(component, &event);
        return event;
    }

private:
    std::optional<Moment> moment(icalproperty* property, QString* problem) const
    {
        icalvalue* value = property ? icalproperty_get_value(property) : nullptr;
        if (!value)
            return std::nullopt;
        const icalvalue_kind kind = icalvalue_isa(value);
        icaltimetype time = icaltime_null_time();
        if (kind == ICAL_DATE_VALUE)
            time = icalvalue_get_date(value);
        else if (kind == ICAL_DATETIME_VALUE)
            time = icalvalue_get_datetime(value);
        else if (kind == ICAL_DATETIMEDATE_VALUE)
            time = icalvalue_get_datetimedate(value);
        Moment result;
        result.date = QDate(time.year, time.month, time.day);
        if (icaltime_is_null_time(time) || !result.date.isValid()) {
            *problem = tr("Its time “%1” cannot be read.").arg(text(icalproperty_get_value_as_string(property)));
            return std::nullopt;
        }
        if (time.is_date) {
            // An all-day event holds a day, not a time: midnight where the program's times are shown
            // stands for the day here; the import gives it a time of day (ICalendarImport).
            result.allDay = true;
            result.time = QTime(0, 0);
            result.zone = m_floatingZone;
            result.utc = QDateTime(result.date, result.time, m_floatingZone).toUTC();
            return result;
        }
        result.time = QTime(time.hour, time.minute, time.second);
        icalparameter* tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
        if (icaltime_is_utc(time)) {
            result.zone = QTimeZone::utc();
        } else if (!tzid) {
            // A floating time is "the same wall clock wherever you are": here, the program's.
            result.zone = m_floatingZone;
        } else {
            const QString name = text(icalparameter_get_tzid(tzid));
            result.zone = ICalendarReader::zoneNamed(name);
            if (!result.zone.isValid())
                return fromFileZone(time, name, result, problem);
        }
        result.utc = QDateTime(result.date, result.time, result.zone).toUTC();
        return result;
    }

    /// A zone neither IANA nor Windows names ("(UTC+01:00) Amsterdam, Berlin, …" from old Outlook
    /// versions): the file's own VTIMEZONE of that TZID converts the time.
    std::optional<Moment> fromFileZone(icaltimetype time, const QString& name, Moment result, QString* problem) const
    {
        icaltimezone* zone = icalcomponent_get_timezone(m_calendar, name.toUtf8().constData());
        if (!zone) {
            *problem = tr("Its time zone “%1” is neither a known zone nor described in the file.").arg(name);
            return std::nullopt;
        }
        time.zone = nullptr;
        result.utc = QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(time, zone), Qt::UTC);
        result.zone = QTimeZone();
        return result;
    }

    void readDuration(icalcomponent* component, const Moment& start, ICalendarEvent* event) const
    {
        QString ignored;
        if (start.allDay) {
            // Its length is a number of days (DTEND is exclusive), never a call's length.
            event->allDayDays = 1;
            icalproperty* end = icalcomponent_get_first_property(component, ICAL_DTEND_PROPERTY);
            icalproperty* duration = icalcomponent_get_first_property(component, ICAL_DURATION_PROPERTY);
            if (const std::optional<Moment> finish = end ? moment(end, &ignored) : std::nullopt)
                event->allDayDays = int(qMax<qint64>(1, start.date.daysTo(finish->date)));
            else if (duration)
                event->allDayDays =
                    qMax(1, icaldurationtype_as_int(icalproperty_get_duration(duration)) / (24 * 60 * 60));
            return;
        }
        if (icalproperty* end = icalcomponent_get_first_property(component, ICAL_DTEND_PROPERTY)) {
            if (const std::optional<Moment> finish = moment(end, &ignored); finish && !finish->allDay)
                event->durationMinutes = int(qMax<qint64>(0, start.utc.secsTo(finish->utc) / 60));
        } else if (icalproperty* duration = icalcomponent_get_first_property(component, ICAL_DURATION_PROPERTY)) {
            event->durationMinutes = qMax(0, icaldurationtype_as_int(icalproperty_get_duration(duration)) / 60);
        }
    }

    static void readLists(icalcomponent* component, ICalendarEvent* event)
    {
        for (icalproperty* p = icalcomponent_get_first_property(component, ICAL_CATEGORIES_PROPERTY); p;
             p = icalcomponent_get_next_property(component, ICAL_CATEGORIES_PROPERTY)) {
            for (const QString& value :
                 text(icalproperty_get_categories(p)).split(QLatin1Char(','), Qt::SkipEmptyParts))
                event->categories << value.trimmed();
        }
        for (icalproperty* p = icalcomponent_get_first_property(component, ICAL_X_PROPERTY); p;
             p = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
            const QByteArray name(icalproperty_get_x_name(p));
            if (name == ICalendarMapping::kKindProperty)
                event->kindProperty = text(icalproperty_get_value_as_string(p));
            else if (name == ICalendarMapping::kStatusProperty)
                event->statusProperty = text(icalproperty_get_value_as_string(p));
        }
        for (const icalproperty_kind kind : {ICAL_ORGANIZER_PROPERTY, ICAL_ATTENDEE_PROPERTY}) {
            for (icalproperty* p = icalcomponent_get_first_property(component, kind); p;
                 p = icalcomponent_get_next_property(component, kind)) {
                const QString address = addressOf(p);
                if (!address.isEmpty() && !event->emails.contains(address))
                    event->emails << address;
            }
        }
    }

    void readRule(icalcomponent* component, ICalendarEvent* event) const
    {
        icalproperty* property = icalcomponent_get_first_property(component, ICAL_RRULE_PROPERTY);
        if (!property)
            return;
        icalrecurrencetype rule = icalproperty_get_rrule(property);
        event->ruleHasCount = rule.count > 0;
        if (!icaltime_is_null_time(rule.until)) {
            const QDate date(rule.until.year, rule.until.month, rule.until.day);
            const QTime time(rule.until.hour, rule.until.minute, rule.until.second);
            const QTimeZone zone = event->zone.isValid() ? event->zone : m_floatingZone;
            event->ruleUntil = icaltime_is_utc(rule.until) && !rule.until.is_date
                                   ? QDateTime(date, time, Qt::UTC).toTimeZone(zone).date()
                                   : date;
        }
        event->rrule = ICalendarMapping::ruleWithoutUntil(rule);
        QString problem;
        for (icalproperty* p = icalcomponent_get_first_property(component, ICAL_EXDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(component, ICAL_EXDATE_PROPERTY)) {
            if (const std::optional<Moment> excluded = moment(p, &problem))
                event->excludedUtc << excluded->utc;
        }
    }

    icalcomponent* m_calendar;
    QTimeZone m_floatingZone;
};

} // namespace

bool ICalendarReader::read(const QByteArray& text)
{
    m_events.clear();
    m_error.clear();
    ICalendarMapping::usePlainZoneNames();
    QByteArray content = text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text;
    if (!content.contains("BEGIN:VCALENDAR")) {
        m_error = tr("This is not an iCalendar file: it has no BEGIN:VCALENDAR line. Export the calendar as "
                     ".ics from your calendar application and try again.");
        return false;
    }
    std::unique_ptr<icalcomponent, ComponentDeleter> root(icalparser_parse_string(content.constData()));
    icalerror_clear_errno();
    QVector<icalcomponent*> calendars;
    if (root && icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        calendars << root.get();
    } else if (root) {
        // Several calendars in one file (some applications export one per calendar).
        for (icalcomponent* c = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT); c;
             c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            calendars << c;
    }
    if (calendars.isEmpty()) {
        m_error = tr("The file's calendar cannot be read: it is damaged or incomplete.");
        return false;
    }
    for (icalcomponent* calendar : qAsConst(calendars)) {
        const EventReader reader(calendar, m_floatingZone);
        for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
             event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
            m_events << reader.read(event);
    }
    return true;
}

} // namespace mentordesk
