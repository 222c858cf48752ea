// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportBatchTableModel.h"

#include <QLocale>

namespace mentordesk {

namespace {

constexpr int kColumnCount = ImportBatchTableModel::State + 1;

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ImportBatchTableModel::ImportBatchTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportBatchTableModel::setBatches(const QList<ImportBatch>& batches)
{
    beginResetModel();
    m_batches = batches;
    endResetModel();
}

int ImportBatchTableModel::rowOfBatch(qint64 id) const
{
    for (int row = 0; row < m_batches.size(); ++row) {
        if (m_batches.at(row).id == id)
            return row;
    }
    return -1;
}

int ImportBatchTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportBatchTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant ImportBatchTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportBatch& batch = m_batches.at(index.row());
    if (role == BatchIdRole)
        return batch.id;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() >= RowsRead && index.column() <= Snapshots;
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == File && !batch.fileSha256.isEmpty())
            return tr("%1\n%2 bytes, SHA-256 %3")
                .arg(batch.fileName, QLocale().toString(batch.fileSize), batch.fileSha256);
        if (index.column() == State && batch.isUndone())
            return tr("Undone on %1").arg(localTime(batch.undoneUtc));
        if (index.column() == Kind && !batch.profile.isEmpty())
            return tr("Mapping profile “%1”").arg(batch.profile);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Started:
        return localTime(batch.startedUtc);
    case Kind:
        if (batch.kind == QLatin1String("mentors"))
            return tr("Mentors");
        return batch.kind == QLatin1String("metrics") ? tr("Metric snapshots") : tr("Sellers");
    case File:
        return batch.fileName;
    case RowsRead:
        return locale.toString(batch.rowsRead);
    // A batch counts either sellers or mentors; the other counts stay 0.
    case Added:
        return locale.toString(batch.sellersAdded + batch.mentorsAdded);
    case Updated:
        return locale.toString(batch.sellersUpdated + batch.mentorsUpdated);
    case Unchanged:
        return locale.toString(batch.sellersUnchanged + batch.mentorsUnchanged + batch.rowsSkipped);
    case Rejected:
        return locale.toString(batch.rowsRejected);
    case Snapshots:
        return locale.toString(batch.snapshotsAdded + batch.snapshotsUpdated);
    case Actor:
        return batch.actor;
    case State:
        return batch.isUndone() ? tr("Undone") : tr("Imported");
    }
    return {};
}

QVariant ImportBatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Unchanged:
            return tr("Sellers or mentors the file left as they were, including sellers skipped as duplicates");
        case Snapshots:
            return tr("Metric snapshots added or updated");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Started:
        return tr("Imported on");
    case Kind:
        return tr("Kind");
    case File:
        return tr("File");
    case RowsRead:
        return tr("Rows");
    case Added:
        return tr("Added");
    case Updated:
        return tr("Updated");
    case Unchanged:
        return tr("Unchanged");
    case Rejected:
        return tr("Rejected");
    case Snapshots:
        return tr("Snapshots");
    case Actor:
        return tr("By");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace mentordesk
