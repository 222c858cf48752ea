// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TouchpointRecord.h"

#include <QCoreApplication>
#include <QVector>

namespace mentordesk {

class ProgramEditor;

/// An event of the file and what the import does with it, or why it cannot place it; each a
/// sentence to show as it is.
struct ICalendarImportLine {
    QString event;  ///< “Mentoring call: Ada – Alpha” on 2027-03-03 09:00
    QString detail; ///< what it changes, or why it is not imported
};

/// What importing a file would do: the rows before and after (written as one step), and the
/// events added, updated, unchanged and not placed.
struct ICalendarImportPlan {
    CalendarRows before;
    CalendarRows after;
    QVector<ICalendarImportLine> changes;
    QVector<ICalendarImportLine> unplaced;
    int added = 0;
    int updated = 0;
    int unchanged = 0;

    bool changesAnything() const { return !changes.isEmpty(); }
};

/// Imports an iCalendar file (touchpoints logged or moved in another calendar). Each event is
/// matched to a touchpoint by its UID (a touchpoint's, or a series' with RECURRENCE-ID for one
/// occurrence), else to a pairing by the addresses of its organizer and attendees (a mentor's and
/// a mentee's e-mail; their open pairing, or the ended one whose span holds the event) and then to
/// that pairing's touchpoint at the same start, else added as a new touchpoint (or series, for a
/// recurring event) of that pairing. read() works the plan out and changes nothing (a dry run);
/// apply() writes it as one undoable, audited step in one transaction, so nothing is ever half
/// imported. Events it cannot place are listed with the reason; they never stop the others.
class ICalendarImport {
    Q_DECLARE_TR_FUNCTIONS(ICalendarImport)
public:
    explicit ICalendarImport(ProgramEditor& editor);
    ~ICalendarImport();
    ICalendarImport(const ICalendarImport&) = delete;
    ICalendarImport& operator=(const ICalendarImport&) = delete;

    /// Reads the file and works out the plan; false with errorString() when the file cannot be
    /// read or is not a calendar.
    bool read(const QString& path);
    bool readText(const QByteArray& text);
    const ICalendarImportPlan& plan() const { return m_plan; }

    /// Writes the plan (nothing when it changes nothing); false with errorString(), and nothing
    /// written, when the program refused it (for example because a touchpoint changed meanwhile).
    bool apply();

    QString errorString() const { return m_error; }

private:
    class Planner;

    ProgramEditor& m_editor;
    ICalendarImportPlan m_plan;
    QString m_error;
};

} // namespace mentordesk
