// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace mentordesk {

/// Local calendar dates of stored UTC times, computed inside SQLite. SQLite knows no IANA zones,
/// but a zone's offset only changes at its transitions, which are few: over a span the local date
/// of a UTC text column is `date(column, CASE … offset … END)` with one branch per transition.
/// So "a done touchpoint counts on its local scheduled date" stays one set-based statement
/// instead of converting millions of rows in C++.
class LocalDateSql {
public:
    /// The SQL expression of the local date (text 'YYYY-MM-DD') in `zone` of `column`, a UTC text
    /// column in CalendarTime's form, exact for times between `fromUtc` and `toUtc` (outside the
    /// span the nearest offset applies). The literals are generated here, never user text.
    static QString expression(const QString& column, const QTimeZone& zone, const QDateTime& fromUtc,
                              const QDateTime& toUtc);

    /// The UTC instant at which `day` begins in `zone` (its first valid local time on a day that
    /// starts in a daylight-saving gap), as stored text; the bound for a range of local days.
    static QString dayStartUtc(const QDate& day, const QTimeZone& zone);
    /// SQLite's text for a date, 'YYYY-MM-DD'.
    static QString dateText(const QDate& day);
};

} // namespace mentordesk
