// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recurrence.h"

#include <libical/ical.h>

namespace mentordesk {

namespace {

/// libical reports a bad rule through its global error state rather than a return value; some
/// builds make errors fatal (abort), which a coordinator's typo must never do.
bool parseRule(const QString& rrule, icalrecurrencetype* rule)
{
    icalerror_set_errors_are_fatal(0);
    icalerror_clear_errno();
    const QByteArray text = rrule.trimmed().toUtf8();
    if (text.isEmpty())
        return false;
    *rule = icalrecurrencetype_from_string(text.constData());
    const bool failed = icalerrno != ICAL_NO_ERROR || rule->freq == ICAL_NO_RECURRENCE;
    icalerror_clear_errno();
    return !failed;
}

icaltimetype floatingTime(const QDate& date, const QTime& time)
{
    icaltimetype start = icaltime_null_time();
    start.year = date.year();
    start.month = date.month();
    start.day = date.day();
    start.hour = time.hour();
    start.minute = time.minute();
    start.second = time.second();
    start.is_date = 0;
    start.zone = nullptr; // floating: the rule runs on the anchor zone's wall clock
    return start;
}

/// The UTC time of a wall-clock time in `zone`, as RFC 5545 (3.3.5) reads one: a time that occurs
/// twice (the autumn change) is the first of the two; a time inside the spring gap is read with
/// the offset before the gap (02:30 in Berlin on a spring-change day becomes 03:30 summer time).
/// Qt 6.4's QDateTime resolves gap times differently from version to version, so this does not
/// rely on it.
QDateTime utcOfWallClock(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    const QDateTime naive(date, time, Qt::UTC);
    // Zone rules change at most once a day: the offsets a day before and after bracket any change.
    const int before = zone.offsetFromUtc(naive.addDays(-1));
    const int after = zone.offsetFromUtc(naive.addDays(1));
    const QDateTime withBefore = naive.addSecs(-before);
    if (zone.offsetFromUtc(withBefore) == before || before == after)
        return withBefore;
    const QDateTime withAfter = naive.addSecs(-after);
    return zone.offsetFromUtc(withAfter) == after ? withAfter : withBefore;
}

} // namespace

QString Recurrence::validate(const QString& rrule)
{
    icalrecurrencetype rule;
    if (!parseRule(rrule, &rule))
        return tr("“%1” is not a recurrence rule; write it as iCalendar does, for example FREQ=WEEKLY;BYDAY=MO.")
            .arg(rrule.trimmed());
    if (rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE ||
        rule.freq == ICAL_HOURLY_RECURRENCE)
        return tr("A touchpoint cannot repeat more often than daily; use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.");
    return {};
}

QVector<QDateTime> Recurrence::expand(const RecurrenceRule& rule, QString* error)
{
    const QString problem = validate(rule.rrule);
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    if (!rule.zone.isValid() || !rule.firstDate.isValid() || !rule.firstTime.isValid() || !rule.untilDate.isValid()) {
        *error = tr("A recurring touchpoint needs a time zone, a first date and time, and a last date.");
        return {};
    }
    icalrecurrencetype parsed;
    parseRule(rule.rrule, &parsed);
    icalrecur_iterator* iterator = icalrecur_iterator_new(parsed, floatingTime(rule.firstDate, rule.firstTime));
    if (!iterator) {
        icalerror_clear_errno();
        *error = tr("The recurrence rule “%1” cannot be expanded from %2.")
                     .arg(rule.rrule, rule.firstDate.toString(Qt::ISODate));
        return {};
    }
    QVector<QDateTime> starts;
    for (icaltimetype next = icalrecur_iterator_next(iterator); !icaltime_is_null_time(next);
         next = icalrecur_iterator_next(iterator)) {
        const QDate date(next.year, next.month, next.day);
        if (date > rule.untilDate)
            break;
        if (starts.size() == kMaximumOccurrences) {
            starts.clear();
            *error = tr("The rule gives more than %1 touchpoints before %2; choose a rule that repeats less often "
                        "or an earlier last date.")
                         .arg(kMaximumOccurrences)
                         .arg(rule.untilDate.toString(Qt::ISODate));
            break;
        }
        starts << utcOfWallClock(date, QTime(next.hour, next.minute, next.second), rule.zone);
    }
    icalrecur_iterator_free(iterator);
    return starts;
}

} // namespace mentordesk
