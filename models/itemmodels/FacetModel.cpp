// SPDX-License-Identifier: GPL-3.0-or-later
#include "FacetModel.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mentordesk {

FacetModel::FacetModel(const TableSpec& spec, int facetIndex, QObject* parent)
    : QAbstractListModel(parent)
    , m_spec(spec)
    , m_facetIndex(facetIndex)
{
}

void FacetModel::load(QSqlDatabase db)
{
    beginResetModel();
    m_entries.clear();
    const FacetSpec& spec = facet();
    m_entries << Entry{QVariant(), tr("All: %1").arg(QCoreApplication::translate("Fields", spec.title))};
    if (spec.choiceField >= 0) {
        const FieldSpec& field = m_spec.fields.at(spec.choiceField);
        for (const Choice& choice : field.choices)
            m_entries << Entry{choice.code, field.choiceLabel(choice.code)};
    } else if (db.isOpen()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (query.exec(spec.valuesQuery)) {
            while (query.next())
                m_entries << Entry{query.value(0), query.value(1).toString()};
        }
    }
    endResetModel();
}

int FacetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant FacetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.label;
    case ValueRole:
        return entry.value;
    default:
        return {};
    }
}

int FacetModel::rowOf(const QVariant& value) const
{
    if (value.isNull())
        return 0;
    for (int i = 1; i < m_entries.size(); ++i) {
        // Case-insensitive like the category filter itself ("Handmade" finds "handmade").
        if (m_entries.at(i).value.toString().compare(value.toString(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return 0;
}

} // namespace mentordesk
