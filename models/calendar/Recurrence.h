// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QVector>

namespace mentordesk {

/// An RFC 5545 recurrence: a rule (the RRULE value, "FREQ=WEEKLY;BYDAY=MO"), its first start as
/// a wall-clock time in an anchor zone (DTSTART;TZID=…), and the last local date it may reach.
struct RecurrenceRule {
    QString rrule;
    QTimeZone zone;
    QDate firstDate;
    QTime firstTime;
    QDate untilDate;
};

/// Expands recurrence rules with libical. The rule is expanded in the anchor zone's wall-clock
/// time (a floating DTSTART) and each occurrence then converted to UTC with the zone's rules of
/// that day, so a call at 10:00 in Berlin stays at 10:00 there across daylight saving time while
/// its UTC time moves by an hour. A local time that occurs twice on the autumn change is the
/// first of the two, and one that does not exist on the spring change is read with the offset
/// before the gap (an hour later on the clock), as RFC 5545 says.
class Recurrence {
    Q_DECLARE_TR_FUNCTIONS(Recurrence)
public:
    /// A guard against rules that would fill the calendar (FREQ=MINUTELY over a year).
    static constexpr int kMaximumOccurrences = 1000;

    /// Why `rrule` is not a rule the calendar can expand (a sentence), or an empty string.
    static QString validate(const QString& rrule);

    /// The starts (UTC) of the rule's occurrences from its first start up to its untilDate (and
    /// the rule's own UNTIL or COUNT), in order. Empty, with `error` set, for a rule that cannot
    /// be expanded or that has more than kMaximumOccurrences occurrences in that span.
    static QVector<QDateTime> expand(const RecurrenceRule& rule, QString* error);
};

} // namespace mentordesk
