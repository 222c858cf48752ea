// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

namespace mentordesk {

/// One VEVENT of an imported file as the import needs it, read by ICalendarReader: times already
/// in UTC (whatever zone, Windows zone name, floating or all-day form the file used), the wall
/// clock and zone its start was written in (a new series is anchored there), and what it says
/// about the touchpoint. `problem` says why it cannot be read; the rest is then incomplete.
struct ICalendarEvent {
    QString uid;
    QString summary;
    QString description;
    bool hasDescription = false;
    QDateTime startUtc;
    bool allDay = false; ///< DTSTART;VALUE=DATE: a day, no time; startUtc is then the day's midnight of `zone`.
    int allDayDays = 0;  ///< For an all-day event, the days DTEND (or DURATION) spans; 1 when it gives none.
    QDate startDate;     ///< Wall-clock start in `zone`.
    QTime startTime;
    QTimeZone zone;           ///< The zone the start was written in (invalid: only the file's VTIMEZONE knew it).
    int durationMinutes = -1; ///< -1: the event gives no end (or is all-day).
    bool cancelled = false;   ///< STATUS:CANCELLED
    int sequence = 0;
    QStringList categories;
    QString kindProperty;   ///< X-MENTORDESK-KIND
    QString statusProperty; ///< X-MENTORDESK-STATUS
    QStringList emails;     ///< ORGANIZER and ATTENDEE addresses, lower case, without "mailto:".
    QString rrule;          ///< The RRULE without UNTIL, in libical's form; empty for a single event.
    QDate ruleUntil;        ///< UNTIL as a local date of `zone`; invalid without UNTIL.
    bool ruleHasCount = false;
    QVector<QDateTime> excludedUtc; ///< EXDATE values.
    QDateTime recurrenceUtc;        ///< RECURRENCE-ID; invalid for a series or a single event.
    QString problem;
};

} // namespace mentordesk
