// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TableSpec.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

namespace mentordesk {

/// The values offered by one facet filter, "All …" first (its value is null).
class FacetModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { ValueRole = Qt::UserRole + 1 };

    FacetModel(const TableSpec& spec, int facetIndex, QObject* parent = nullptr);

    void load(QSqlDatabase db);
    const FacetSpec& facet() const { return m_spec.facets.at(m_facetIndex); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    /// Row of `value`, or 0 ("All") when it is not offered.
    int rowOf(const QVariant& value) const;

private:
    struct Entry {
        QVariant value;
        QString label;
    };
    const TableSpec& m_spec;
    int m_facetIndex;
    QVector<Entry> m_entries;
};

} // namespace mentordesk
