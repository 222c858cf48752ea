// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QTimeZone>

namespace mentordesk {

/// A time zone as the calendar uses it: the zone itself and whether it is the one that was asked
/// for. A stored zone that is not a valid IANA name falls back (to the program's zone) and is
/// flagged, so the detail panel can say so instead of showing a wrong local time silently.
struct ResolvedZone {
    QTimeZone zone;
    bool fellBack = false;
};

/// Times as the calendar stores and shows them: UTC text in the database, the program's time
/// zone (program_info 'time_zone', an IANA name; empty: the computer's zone) on screen.
class CalendarTime {
    Q_DECLARE_TR_FUNCTIONS(CalendarTime)
public:
    /// "2026-03-02T09:00:00Z", the form every calendar timestamp is stored in (sorts as time).
    static QString utcText(const QDateTime& time);
    /// The stored UTC text as a UTC QDateTime; invalid for empty or malformed text.
    static QDateTime fromUtcText(const QString& text);

    /// `ianaName` as a zone when it is a valid IANA name, else `fallback`, flagged.
    static ResolvedZone resolve(const QString& ianaName, const QTimeZone& fallback);

    /// The program's zone setting as stored (empty: the system zone).
    static QString storedProgramZone(const QSqlDatabase& db);
    /// The zone the program's times are shown in: its setting, or the system zone when the setting
    /// is empty or not a valid IANA name.
    static QTimeZone programZone(const QSqlDatabase& db);
    /// Stores the program's zone (an IANA name, or empty for the system zone); a sentence on error.
    static QString setProgramZone(const QSqlDatabase& db, const QString& ianaName);

    /// program_info's key for the program's zone.
    static QString programZoneKey();
};

} // namespace mentordesk
