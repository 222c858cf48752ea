// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TableSpec.h"
#include "storage/DetailRepository.h"

#include <QAbstractTableModel>

namespace mentordesk {

/// The audit history of one record, newest first, with field names and choice codes shown
/// as the user knows them.
class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Who, Field, OldValue, NewValue, ColumnCount };

    explicit AuditTableModel(QObject* parent = nullptr);
    void setEntries(const TableSpec* spec, QVector<AuditEntry> entries);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString valueText(const QString& field, const QString& value, bool isNull) const;

    const TableSpec* m_spec = nullptr;
    QVector<AuditEntry> m_entries;
};

} // namespace mentordesk
