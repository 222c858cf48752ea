// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesExpansion.h"

#include "CalendarTime.h"
#include "Recurrence.h"

#include <QHash>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace mentordesk {

namespace {

const QString kPlanned = QStringLiteral("planned");
const QString kRemoved = QStringLiteral("removed");

/// Occurrences are matched across a change of the rule by their day on the anchor zone's wall
/// clock: a weekly call moved from 10:00 to 11:00 is still the call of 8 March, whose cancellation
/// or deletion must stand. (A rule with two starts on one day matches the day's first.)
class OccurrenceDays {
public:
    OccurrenceDays(const QVector<QDateTime>& starts, const QTimeZone& newZone, const QString& oldZoneName)
        : m_newZone(newZone)
        , m_oldZone(CalendarTime::resolve(oldZoneName, newZone).zone)
    {
        for (auto it = starts.rbegin(); it != starts.rend(); ++it)
            m_startOfDay.insert(it->toTimeZone(newZone).date(), *it);
    }
    /// The day of a stored recurrence id (on the old rule's zone).
    QDate dayOf(const QString& recurrenceUtc) const
    {
        return CalendarTime::fromUtcText(recurrenceUtc).toTimeZone(m_oldZone).date();
    }
    QDate dayOf(const QDateTime& start) const { return start.toTimeZone(m_newZone).date(); }
    /// The new rule's recurrence id for the day of `recurrenceUtc`, or the id itself when the new
    /// rule has no occurrence that day.
    QString rekeyed(const QString& recurrenceUtc) const
    {
        const auto start = m_startOfDay.constFind(dayOf(recurrenceUtc));
        return start == m_startOfDay.constEnd() ? recurrenceUtc : CalendarTime::utcText(*start);
    }

private:
    QTimeZone m_newZone;
    QTimeZone m_oldZone;
    QHash<QDate, QDateTime> m_startOfDay;
};

const SeriesException* exceptionAt(const QVector<SeriesException>& exceptions, const QString& recurrenceUtc)
{
    auto it = std::find_if(exceptions.begin(), exceptions.end(),
                           [&](const SeriesException& e) { return e.recurrenceUtc == recurrenceUtc; });
    return it == exceptions.end() ? nullptr : &*it;
}

/// The exception a kept occurrence amounts to under its (possibly new) recurrence id.
std::optional<QString> deviation(const TouchpointRecord& row)
{
    if (row.status == QLatin1String("cancelled"))
        return QStringLiteral("cancelled");
    if (CalendarTime::utcText(row.scheduledUtc) != row.recurrenceUtc)
        return QStringLiteral("moved");
    return std::nullopt;
}

void applySeries(const TouchpointSeriesRecord& series, const QDateTime& start, TouchpointRecord* occurrence)
{
    occurrence->pairingId = series.pairingId;
    occurrence->cohortId = series.cohortId;
    occurrence->seriesId = series.id;
    occurrence->kind = series.kind;
    occurrence->title = series.title;
    occurrence->notes = series.notes;
    occurrence->durationMinutes = series.durationMinutes;
    occurrence->scheduledUtc = start;
    occurrence->recurrenceUtc = CalendarTime::utcText(start);
}

/// Keeps what the coordinator did: exceptions, and occurrences that are not plainly planned by
/// the rule or lie before `keepBefore`, re-keyed to the new rule's start of their day.
void keepWork(const CalendarRows& current, const OccurrenceDays& days, const QDateTime& keepBefore, CalendarRows* rows,
              QVector<TouchpointRecord>* reusable)
{
    for (const SeriesException& exception : current.exceptions)
        rows->exceptions << SeriesException{exception.seriesId, days.rekeyed(exception.recurrenceUtc), exception.kind};
    for (TouchpointRecord row : current.touchpoints) {
        const bool kept = row.status != kPlanned || exceptionAt(current.exceptions, row.recurrenceUtc) ||
                          (keepBefore.isValid() && row.scheduledUtc < keepBefore);
        if (!kept) {
            *reusable << row;
            continue;
        }
        row.recurrenceUtc = days.rekeyed(row.recurrenceUtc);
        const std::optional<QString> kind = deviation(row);
        if (kind && !exceptionAt(rows->exceptions, row.recurrenceUtc))
            rows->exceptions << SeriesException{row.seriesId, row.recurrenceUtc, *kind};
        rows->touchpoints << row;
    }
}

} // namespace

std::optional<SeriesException> SeriesExpansion::exceptionOf(const TouchpointRecord& occurrence)
{
    if (occurrence.seriesId == 0)
        return std::nullopt;
    if (occurrence.status == QLatin1String("cancelled"))
        return SeriesException{occurrence.seriesId, occurrence.recurrenceUtc, QStringLiteral("cancelled")};
    if (CalendarTime::utcText(occurrence.scheduledUtc) != occurrence.recurrenceUtc)
        return SeriesException{occurrence.seriesId, occurrence.recurrenceUtc, QStringLiteral("moved")};
    return std::nullopt;
}

QString SeriesExpansion::newUid()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

CalendarRows SeriesExpansion::expand(const TouchpointSeriesRecord& series, const CalendarRows& current,
                                     const QDateTime& keepBefore, qint64 firstNewId, QString* error)
{
    const ResolvedZone zone = CalendarTime::resolve(series.timeZone, QTimeZone());
    if (zone.fellBack) {
        *error =
            tr("“%1” is not a time zone name MentorDesk knows; use a name such as Europe/Berlin.").arg(series.timeZone);
        return {};
    }
    const QVector<QDateTime> starts =
        Recurrence::expand({series.rrule, zone.zone, series.firstDate, series.firstTime, series.untilDate}, error);
    if (starts.isEmpty()) {
        if (error->isEmpty())
            *error = tr("The rule gives no touchpoint between %1 and %2.")
                         .arg(series.firstDate.toString(Qt::ISODate), series.untilDate.toString(Qt::ISODate));
        return {};
    }
    const OccurrenceDays days(starts, zone.zone,
                              current.series.isEmpty() ? series.timeZone : current.series.first().timeZone);
    CalendarRows rows;
    // RFC 5545 leaves a DTSTART off its rule undefined and libical skips it: the series starts on
    // the rule's first day (at the time entered), so the export's DTSTART is an occurrence.
    TouchpointSeriesRecord synchronised = series;
    synchronised.firstDate = starts.first().toTimeZone(zone.zone).date();
    rows.series << synchronised;
    QVector<TouchpointRecord> reusable;
    keepWork(current, days, keepBefore, &rows, &reusable);
    qint64 nextId = firstNewId;
    for (const QDateTime& start : starts) {
        const QString recurrence = CalendarTime::utcText(start);
        const bool taken = std::any_of(rows.touchpoints.begin(), rows.touchpoints.end(),
                                       [&](const TouchpointRecord& r) { return r.recurrenceUtc == recurrence; });
        const SeriesException* exception = exceptionAt(rows.exceptions, recurrence);
        if (taken || (exception && exception->kind == kRemoved) || (keepBefore.isValid() && start < keepBefore))
            continue;
        TouchpointRecord occurrence;
        const auto sameDay = std::find_if(reusable.begin(), reusable.end(), [&](const TouchpointRecord& r) {
            return days.dayOf(r.recurrenceUtc) == days.dayOf(start);
        });
        if (sameDay != reusable.end()) {
            occurrence = *sameDay; // the same touchpoint (id, UID) at the rule's new time
            reusable.erase(sameDay);
            if (occurrence.scheduledUtc != start)
                ++occurrence.sequence;
        } else {
            occurrence.id = nextId++;
            occurrence.uid = newUid();
        }
        applySeries(series, start, &occurrence);
        rows.touchpoints << occurrence;
    }
    std::sort(rows.touchpoints.begin(), rows.touchpoints.end(),
              [](const TouchpointRecord& a, const TouchpointRecord& b) { return a.recurrenceUtc < b.recurrenceUtc; });
    return rows;
}

} // namespace mentordesk
