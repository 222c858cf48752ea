// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TouchpointRecord.h"

#include <QCoreApplication>

namespace mentordesk {

class ProgramEditor;

/// What a coordinator enters for a single touchpoint: with whom (a pairing, or a cohort for a
/// roundtable), what, when (UTC) and how long.
struct TouchpointDraft {
    qint64 pairingId = 0;
    qint64 cohortId = 0;
    QString kind; ///< Code of FieldId::TouchpointKind; "roundtable" for a cohort, another for a pairing.
    QDateTime scheduledUtc;
    int durationMinutes = -1; ///< -1: not given.
    QString title;
    QString notes;
};

/// What a coordinator enters for a recurring touchpoint.
struct SeriesDraft {
    qint64 pairingId = 0;
    qint64 cohortId = 0;
    QString kind;
    QString title;
    QString notes;
    QString rrule;    ///< RFC 5545 RRULE value, e.g. FREQ=WEEKLY;BYDAY=MO.
    QString timeZone; ///< IANA anchor zone; empty: the mentor's zone, else the program's.
    QDate firstDate;  ///< First start, wall-clock in the anchor zone.
    QTime firstTime;
    QDate untilDate; ///< Invalid: the pairing's (or cohort's) span; never past the pairing's end.
    int durationMinutes = -1;
};

/// The calendar's edits, each one undoable, audited step on the program editor's undo stack and
/// published on its change feed (TouchpointCommand). Each is checked first and refused with a
/// sentence (errorString) when it cannot be done, or when the touchpoint changed meanwhile.
class CalendarEditor {
    Q_DECLARE_TR_FUNCTIONS(CalendarEditor)
public:
    /// A series over an open pairing with no end of its own runs this long from its first start
    /// (the 30/60/90-day checklists' span).
    static constexpr int kDefaultSeriesDays = 90;

    explicit CalendarEditor(ProgramEditor& editor);

    /// Schedules or logs one touchpoint; returns its id, or 0.
    qint64 createTouchpoint(const TouchpointDraft& draft);
    /// Changes what a touchpoint is (kind, title, notes, duration); its time and status have
    /// commands of their own.
    bool editTouchpoint(qint64 id, const TouchpointDraft& details);
    /// Moves a touchpoint to another start; an occurrence of a series becomes a moved exception.
    bool reschedule(qint64 id, const QDateTime& startUtc);
    /// Marks it done at `doneAtUtc` (the time of marking, stored).
    bool markDone(qint64 id, const QDateTime& doneAtUtc);
    bool markMissed(qint64 id);
    /// Cancels it; an occurrence of a series becomes a cancelled exception.
    bool markCancelled(qint64 id);
    /// Back to planned (after a mistaken done, missed or cancelled).
    bool markPlanned(qint64 id);
    /// Deletes it; an occurrence of a series is remembered as removed, so editing the series does
    /// not bring it back.
    bool deleteTouchpoint(qint64 id);

    /// Creates a recurring touchpoint and its occurrences; returns the series' id, or 0.
    qint64 createSeries(const SeriesDraft& draft);
    /// Changes a series' rule or details: planned occurrences from now on follow the new rule;
    /// past, done, missed, cancelled and moved occurrences and removed ones stay as they are.
    bool editSeries(qint64 seriesId, const SeriesDraft& draft);

    /// The zone a new series of the pairing is anchored in: the mentor's zone when it is a valid
    /// IANA name, else the program's zone.
    QString defaultAnchorZone(qint64 pairingId) const;

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    bool changeOccurrence(const TouchpointRecord& before, const TouchpointRecord& after, const QString& text);
    bool setStatus(qint64 id, const QString& status, const QDateTime& doneAtUtc, const QString& text);
    QString draftRefusal(qint64 pairingId, qint64 cohortId, const QString& kind, int durationMinutes) const;
    bool completeSeries(const SeriesDraft& draft, TouchpointSeriesRecord* series);
    bool commitRows(const QString& text, const CalendarRows& before, const CalendarRows& after);

    ProgramEditor& m_editor;
    QString m_error;
};

} // namespace mentordesk
