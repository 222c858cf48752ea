// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTableModel.h"

#include <QLocale>

namespace mentordesk {

AuditTableModel::AuditTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditTableModel::setEntries(const TableSpec* spec, QVector<AuditEntry> entries)
{
    beginResetModel();
    m_spec = spec;
    m_entries = std::move(entries);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::valueText(const QString& field, const QString& value, bool isNull) const
{
    if (isNull)
        return tr("(empty)");
    const FieldSpec* spec = m_spec ? m_spec->field(field) : nullptr;
    return spec ? spec->displayText(value) : value;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    switch (index.column()) {
    case When:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return entry.actor;
    case Field: {
        if (entry.field == QLatin1String("record"))
            return entry.oldIsNull ? tr("Record created or restored") : tr("Record deleted");
        const FieldSpec* spec = m_spec ? m_spec->field(entry.field) : nullptr;
        return spec ? spec->translatedTitle() : entry.field;
    }
    case OldValue:
        return valueText(entry.field, entry.oldValue, entry.oldIsNull);
    case NewValue:
        return valueText(entry.field, entry.newValue, entry.newIsNull);
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Before");
    case NewValue:
        return tr("After");
    default:
        return {};
    }
}

} // namespace mentordesk
