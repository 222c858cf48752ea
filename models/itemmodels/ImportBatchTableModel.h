// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importjob/ImportBatchRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace mentordesk {

/// The import history as a table: one row per recorded import, newest first, with its counts and
/// whether it was undone. Fed from ImportBatchRepository::batches().
class ImportBatchTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Started, Kind, File, RowsRead, Added, Updated, Unchanged, Rejected, Snapshots, Actor, State };
    enum Role { BatchIdRole = Qt::UserRole + 1 };

    explicit ImportBatchTableModel(QObject* parent = nullptr);

    void setBatches(const QList<ImportBatch>& batches);
    const QList<ImportBatch>& batches() const { return m_batches; }
    /// The batch shown in `row`; a default batch (id 0) outside the rows.
    ImportBatch batchAt(int row) const { return m_batches.value(row); }
    /// The row of batch `id`, or -1.
    int rowOfBatch(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportBatch> m_batches;
};

} // namespace mentordesk
