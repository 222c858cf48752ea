// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

namespace mentordesk {

/// One touchpoints row as the calendar's commands read and write it (updated_utc aside, which
/// the repository stamps on every write).
struct TouchpointRecord {
    qint64 id = 0; ///< 0 until it is stored.
    qint64 pairingId = 0;
    qint64 cohortId = 0;
    QString kind;                               ///< Code of FieldId::TouchpointKind.
    QString status = QStringLiteral("planned"); ///< Code of FieldId::TouchpointStatus.
    QDateTime scheduledUtc;
    int durationMinutes = -1; ///< -1: not given.
    QString title;
    QString notes;
    QString uid;
    qint64 seriesId = 0;   ///< The series it is an occurrence of, or 0.
    QString recurrenceUtc; ///< Its start by the series' rule (RECURRENCE-ID); empty for a one-off.
    QDateTime doneUtc;     ///< When it was marked done; invalid otherwise.
    int sequence = 0;      ///< iCalendar's SEQUENCE, raised when the time changes.

    bool operator==(const TouchpointRecord& other) const;
    bool operator!=(const TouchpointRecord& other) const { return !(*this == other); }
};

/// One touchpoint_series row.
struct TouchpointSeriesRecord {
    qint64 id = 0;
    QString uid;
    qint64 pairingId = 0;
    qint64 cohortId = 0;
    QString kind;
    QString title;
    QString notes;
    QString rrule;
    QString timeZone; ///< IANA name of the anchor zone.
    QDate firstDate;  ///< First start, wall-clock date in the anchor zone.
    QTime firstTime;  ///< First start, wall-clock time in the anchor zone.
    QDate untilDate;  ///< No occurrence after this local date.
    int durationMinutes = -1;

    bool operator==(const TouchpointSeriesRecord& other) const;
    bool operator!=(const TouchpointSeriesRecord& other) const { return !(*this == other); }
};

/// An occurrence of a series that differs from its rule (touchpoint_series_exceptions).
struct SeriesException {
    qint64 seriesId = 0;
    QString recurrenceUtc;
    QString kind; ///< moved, cancelled or removed.

    bool operator==(const SeriesException& other) const
    {
        return seriesId == other.seriesId && recurrenceUtc == other.recurrenceUtc && kind == other.kind;
    }
    bool sameOccurrence(const SeriesException& other) const
    {
        return seriesId == other.seriesId && recurrenceUtc == other.recurrenceUtc;
    }
};

/// A resource attached to a touchpoint (a resource_attachments row). resource_attachments
/// cascades when its touchpoint is deleted, so a command that deletes touchpoints names their
/// attachments: its undo puts them back in the same transaction as the touchpoints.
struct TouchpointAttachment {
    qint64 touchpointId = 0;
    qint64 resourceId = 0;

    bool operator==(const TouchpointAttachment& other) const
    {
        return touchpointId == other.touchpointId && resourceId == other.resourceId;
    }
};

/// The calendar rows one command touches, as they are on one side of the command: the rows
/// present (a row of the other side missing here is absent on this side). A command is two of
/// these over the same rows, and its undo writes the first over the second.
struct CalendarRows {
    QVector<TouchpointSeriesRecord> series;
    QVector<SeriesException> exceptions;
    QVector<TouchpointRecord> touchpoints;
    /// Attachments of the touchpoints this side has and the other lacks (deleted ones).
    QVector<TouchpointAttachment> attachments;
};

} // namespace mentordesk
