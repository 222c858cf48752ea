// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the calendar's iCalendar export and import (it includes libical, which the
// library links privately); nothing outside models/calendar and the tests includes it.

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <libical/ical.h>

namespace mentordesk {

struct TouchpointSeriesRecord;

/// How MentorDesk's touchpoints and iCalendar's events map onto each other, in one place so that
/// the export and the import cannot disagree: times and zones, STATUS and CATEGORIES, the rule a
/// series is exported with, and MentorDesk's own X- properties (which carry the kind and status
/// exactly, so that an exported file imports back without change whatever language the
/// categories were written in).
class ICalendarMapping {
    Q_DECLARE_TR_FUNCTIONS(ICalendarMapping)
public:
    static constexpr const char* kProductId = "-//MentorDesk//MentorDesk//EN";
    static constexpr const char* kKindProperty = "X-MENTORDESK-KIND";
    static constexpr const char* kStatusProperty = "X-MENTORDESK-STATUS";

    /// Asks libical for plain IANA TZIDs and for errors that never abort; every export and import
    /// calls it first.
    static void usePlainZoneNames();
    /// libical's built-in zone for a Qt zone: null for UTC (written as 'Z' times) and for a zone
    /// libical does not know.
    static icaltimezone* builtinZone(const QTimeZone& zone);

    /// `utc` as a wall-clock time of `qtZone` without a zone of its own (the caller writes the TZID
    /// parameter), or as a UTC 'Z' time when `zone` is null.
    static icaltimetype timeIn(const QDateTime& utc, icaltimezone* zone, const QTimeZone& qtZone);
    /// An icaltimetype of UTC.
    static icaltimetype utcTime(const QDateTime& utc);

    /// The STATUS an event of this touchpoint status has.
    static icalproperty_status eventStatus(const QString& status);
    /// CATEGORIES: the kind's label and, for a touchpoint that is not simply planned, its status'.
    static QStringList categories(const QString& kind, const QString& status);
    /// A kind code from CATEGORIES values (codes, or labels in English or the user's language).
    static QString kindFromCategories(const QStringList& categories);
    /// A status code from CATEGORIES values; empty when none names one.
    static QString statusFromCategories(const QStringList& categories);

    /// The series' rule as it is exported: its stored RRULE, bounded by UNTIL (the end of its last
    /// local day, in UTC, as RFC 5545 asks for a DTSTART with a TZID) when the rule has neither
    /// UNTIL nor COUNT, so a calendar application does not repeat it for ever.
    static icalrecurrencetype exportedRule(const TouchpointSeriesRecord& series, const QTimeZone& zone);
    /// A rule as text without its UNTIL, in libical's normal form (to compare two rules).
    static QString ruleWithoutUntil(icalrecurrencetype rule);
    static QString ruleWithoutUntil(const QString& rrule);
    /// A rule as text, in libical's normal form.
    static QString ruleText(icalrecurrencetype rule);
};

} // namespace mentordesk
