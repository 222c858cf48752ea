// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EntityKind.h"
#include "TouchpointRecord.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

namespace mentordesk {

class RecordRepository;

/// Reads and writes the calendar's rows (touchpoints, series, series exceptions), each write with
/// its audit-log rows in one transaction. Writes are optimistic, like the pairing lifecycle's:
/// `write(from, to)` names every row as the caller saw it and is refused, with a sentence, when
/// any of them changed meanwhile (another window, another desk), so an undo never overwrites
/// what someone else did since.
class TouchpointRepository {
    Q_DECLARE_TR_FUNCTIONS(TouchpointRepository)
public:
    explicit TouchpointRepository(RecordRepository& records);

    std::optional<TouchpointRecord> touchpoint(qint64 id) const;
    std::optional<TouchpointSeriesRecord> series(qint64 id) const;
    std::optional<SeriesException> exception(qint64 seriesId, const QString& recurrenceUtc) const;
    /// A series with its exceptions and occurrences (none when it does not exist).
    CalendarRows seriesRows(qint64 seriesId) const;

    /// The resources attached to a touchpoint, by resource id.
    QVector<TouchpointAttachment> attachments(qint64 touchpointId) const;
    /// `from` with the attachments of every touchpoint it has and `to` lacks, so that writing
    /// `to` over it deletes them (audited) and writing it back restores them.
    CalendarRows withAttachmentsOfRemoved(CalendarRows from, const CalendarRows& to) const;

    /// Ids the next new rows get (max + 1), so that a command knows its rows' ids before it first
    /// writes them and its redo writes them again with the same ids.
    qint64 nextTouchpointId() const;
    qint64 nextSeriesId() const;

    /// Writes `to` over the rows named in `from` and `to`: a row only in `from` is deleted, a
    /// row only in `to` inserted, a row in both updated; refused unless every row is stored
    /// exactly as `from` has it (absent when `from` lacks it). Audited per row and column.
    bool write(const CalendarRows& from, const CalendarRows& to);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    bool unchanged(const CalendarRows& from, const CalendarRows& to);
    bool resourceExists(qint64 resourceId) const;
    bool attachmentsUnchanged(const CalendarRows& from, const CalendarRows& to);
    bool removeAttachments(const CalendarRows& from, const CalendarRows& to);
    bool storeAttachments(const CalendarRows& from, const CalendarRows& to);
    bool removeRows(const CalendarRows& from, const CalendarRows& to);
    bool storeRows(const CalendarRows& from, const CalendarRows& to);
    bool storeSeries(const TouchpointSeriesRecord* before, const TouchpointSeriesRecord& after);
    bool storeTouchpoint(const TouchpointRecord* before, const TouchpointRecord& after);
    /// Inserts (no `before`) or updates one row given as its columns' values, with its audit rows.
    bool storeRow(EntityKind kind, const QString& columnList, const QVariantList* before, const QVariantList& after,
                  const QString& summary);
    bool execute(const QString& sql, const QVariantList& values);

    RecordRepository& m_records;
    QString m_error;
};

} // namespace mentordesk
