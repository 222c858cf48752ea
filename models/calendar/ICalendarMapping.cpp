// SPDX-License-Identifier: GPL-3.0-or-later
#include "ICalendarMapping.h"

#include "domain/FieldCatalogue.h"
#include "TouchpointRecord.h"

namespace mentordesk {

namespace {

const QString kPlanned = QStringLiteral("planned");

/// The code of `field` one of `values` names (code, English label or translated label).
QString choiceNamed(FieldId field, const QStringList& values)
{
    const FieldSpec& spec = catalogueField(field);
    for (const QString& value : values) {
        const QString wanted = value.trimmed();
        for (const Choice& choice : spec.choices) {
            if (wanted.compare(choice.code, Qt::CaseInsensitive) == 0 ||
                wanted.compare(QLatin1String(choice.label), Qt::CaseInsensitive) == 0 ||
                wanted.compare(spec.choiceLabel(choice.code), Qt::CaseInsensitive) == 0)
                return choice.code;
        }
    }
    return {};
}

} // namespace

void ICalendarMapping::usePlainZoneNames()
{
    // libical 3.0 reads "" as "the default prefix" (see the export's addZonedTime), later versions
    // as no prefix; asked for, in case a later libical is linked.
    icaltimezone_set_tzid_prefix("");
    // A damaged file must become a sentence, never an abort inside libical.
    icalerror_set_errors_are_fatal(0);
}

icaltimezone* ICalendarMapping::builtinZone(const QTimeZone& zone)
{
    usePlainZoneNames();
    if (!zone.isValid() || zone.id() == "UTC" || zone.id() == "Etc/UTC")
        return nullptr;
    return icaltimezone_get_builtin_timezone(zone.id().constData());
}

icaltimetype ICalendarMapping::timeIn(const QDateTime& utc, icaltimezone* zone, const QTimeZone& qtZone)
{
    if (!zone)
        return utcTime(utc);
    const QDateTime local = utc.toTimeZone(qtZone);
    icaltimetype time = icaltime_null_time();
    time.year = local.date().year();
    time.month = local.date().month();
    time.day = local.date().day();
    time.hour = local.time().hour();
    time.minute = local.time().minute();
    time.second = local.time().second();
    // A wall-clock (floating) value: the export names its zone in a TZID parameter of its own.
    time.zone = nullptr;
    return time;
}

icaltimetype ICalendarMapping::utcTime(const QDateTime& utc)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(utc.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

icalproperty_status ICalendarMapping::eventStatus(const QString& status)
{
    // Planned touchpoints are agreed appointments, so CONFIRMED: TENTATIVE would make calendar
    // applications draw every call as unsure. A missed touchpoint was agreed and did not happen;
    // CANCELLED would say it was called off beforehand, so it stays CONFIRMED and the category
    // "Missed" (and X-MENTORDESK-STATUS) says what became of it.
    return status == QLatin1String("cancelled") ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED;
}

QStringList ICalendarMapping::categories(const QString& kind, const QString& status)
{
    QStringList values{catalogueField(FieldId::TouchpointKind).choiceLabel(kind)};
    if (status != kPlanned)
        values << catalogueField(FieldId::TouchpointStatus).choiceLabel(status);
    return values;
}

QString ICalendarMapping::kindFromCategories(const QStringList& categories)
{
    return choiceNamed(FieldId::TouchpointKind, categories);
}

QString ICalendarMapping::statusFromCategories(const QStringList& categories)
{
    return choiceNamed(FieldId::TouchpointStatus, categories);
}

icalrecurrencetype ICalendarMapping::exportedRule(const TouchpointSeriesRecord& series, const QTimeZone& zone)
{
    icalerror_clear_errno();
    icalrecurrencetype rule = icalrecurrencetype_from_string(series.rrule.trimmed().toUtf8().constData());
    icalerror_clear_errno();
    if (rule.count == 0 && icaltime_is_null_time(rule.until) && series.untilDate.isValid()) {
        const QDateTime lastMoment(series.untilDate, QTime(23, 59, 59), zone);
        rule.until = utcTime(lastMoment.toUTC());
    }
    return rule;
}

QString ICalendarMapping::ruleWithoutUntil(icalrecurrencetype rule)
{
    rule.until = icaltime_null_time();
    return ruleText(rule);
}

QString ICalendarMapping::ruleWithoutUntil(const QString& rrule)
{
    icalerror_clear_errno();
    const icalrecurrencetype rule = icalrecurrencetype_from_string(rrule.trimmed().toUtf8().constData());
    icalerror_clear_errno();
    return ruleWithoutUntil(rule);
}

QString ICalendarMapping::ruleText(icalrecurrencetype rule)
{
    char* text = icalrecurrencetype_as_string_r(&rule);
    const QString result = text ? QString::fromUtf8(text) : QString();
    icalmemory_free_buffer(text);
    return result;
}

} // namespace mentordesk
