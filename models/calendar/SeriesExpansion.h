// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TouchpointRecord.h"

#include <QCoreApplication>

#include <optional>

namespace mentordesk {

/// The rows a series should have: its rule expanded (Recurrence), every occurrence a touchpoints
/// row, with what the coordinator did to single occurrences kept when the series is created
/// again from a changed rule.
class SeriesExpansion {
    Q_DECLARE_TR_FUNCTIONS(SeriesExpansion)
public:
    /// The rows of `series` with its rule expanded over `current` (its rows as stored; empty for a
    /// new series). Kept as they are: its exceptions, and every occurrence that is not planned
    /// (done, missed, cancelled), was moved, or starts before `keepBefore`. Of the rule's other
    /// starts, those at or after `keepBefore` (all of them when it is invalid) become planned
    /// occurrences, reusing the row (id, UID) that already has that start, else new rows with ids
    /// from `firstNewId`; a start with a "removed" exception stays removed. Empty rows and
    /// `error` set when the rule cannot be expanded. The series' first date becomes the rule's first
    /// occurrence's (a first start off the rule is not an occurrence).
    static CalendarRows expand(const TouchpointSeriesRecord& series, const CalendarRows& current,
                               const QDateTime& keepBefore, qint64 firstNewId, QString* error);

    /// The exception an occurrence's state amounts to: cancelled, moved off its rule's start, or
    /// none (also for a touchpoint that is not an occurrence).
    static std::optional<SeriesException> exceptionOf(const TouchpointRecord& occurrence);

    /// A new UID (32 hex digits, the form schema version 6 generates too).
    static QString newUid();
};

} // namespace mentordesk
