// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QTimeZone>

namespace mentordesk {

/// Whose touchpoints an export holds.
enum class ICalendarScope { Program, Mentor, Mentee, Cohort };

/// What to export: a scope (the whole program, or one mentor or mentee by external ID, or one
/// cohort by name), a range of local days (both included; an invalid date leaves that end open)
/// and the zone the range is read in and one-off touchpoints are written in.
struct ICalendarExportRequest {
    ICalendarScope scope = ICalendarScope::Program;
    QString name; ///< The mentor's or mentee's external ID, or the cohort's name.
    QDate from;
    QDate to;
    QTimeZone zone;  ///< Invalid: the program's zone.
    QDateTime stamp; ///< DTSTAMP; invalid: now.
};

/// Writes a scope's touchpoints as an iCalendar file (RFC 5545) built with libical: one VEVENT per
/// one-off touchpoint and one per series (its RRULE, EXDATE for occurrences removed or cancelled,
/// RDATE for occurrences a changed rule no longer gives, and a VEVENT with RECURRENCE-ID for each
/// occurrence that differs from the rule: moved, done, missed, or edited). A series is exported
/// whole when any of its occurrences falls in the range, since a calendar holds a recurring
/// event as one. UIDs are the stored ones, so the same touchpoint keeps its UID across exports
/// and a calendar application updates the event it holds instead of adding a second one.
class ICalendarExport {
    Q_DECLARE_TR_FUNCTIONS(ICalendarExport)
public:
    explicit ICalendarExport(QSqlDatabase db);

    /// The calendar text, or an empty array with errorString() set (an unknown mentor, mentee or
    /// cohort, a range that ends before it starts, a database error).
    QByteArray build(const ICalendarExportRequest& request);
    /// Builds and writes the file atomically (nothing is left half-written on failure).
    bool write(const ICalendarExportRequest& request, const QString& path);

    /// Why the request cannot be exported (a sentence), or an empty string; resolves the scope.
    QString refusal(const ICalendarExportRequest& request);

    /// Names the scope can take that start with `prefix` (mentor or seller IDs, cohort names), in
    /// order, at most `limit`, for the export dialog's completer; read through the unique indexes,
    /// so a program with a million sellers answers at once.
    QStringList suggestions(ICalendarScope scope, const QString& prefix, int limit) const;

    int eventCount() const { return m_eventCount; }
    int touchpointCount() const { return m_touchpointCount; }
    QString errorString() const { return m_error; }

private:
    class Builder;

    QSqlDatabase m_db;
    qint64 m_scopeId = 0;
    int m_eventCount = 0;
    int m_touchpointCount = 0;
    QString m_error;
};

} // namespace mentordesk
