// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Figures.h"

#include <QAbstractTableModel>
#include <QVector>

namespace mentordesk {

/// The balance table of the dashboards: per metric at baseline, the mentored mean beside the
/// weighted comparison mean, their standardized difference and the n of each group. A row whose
/// |standardized difference| exceeds 0.1 (the usual threshold for an imbalance) says so in its
/// tooltip and BalancedRole.
class BalanceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Metric, MentoredMean, ComparisonMean, StandardizedDifference, MentoredN, ComparisonN, ColumnCount };
    enum Role {
        BalancedRole = Qt::UserRole + 1, ///< bool: |d| ≤ 0.1, or no difference to judge
        ValueRole,                       ///< the number of a value column (double), or null
    };
    /// |standardized difference| above which a metric counts as imbalanced.
    static constexpr double kImbalance = 0.1;

    explicit BalanceTableModel(QObject* parent = nullptr);

    void setRows(const QVector<BalanceRow>& rows);
    const QVector<BalanceRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const BalanceRow& row, int column) const;
    QVariant number(const BalanceRow& row, int column) const;

    QVector<BalanceRow> m_rows;
};

} // namespace mentordesk
