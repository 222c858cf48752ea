// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DetailRepository.h"

#include <QAbstractTableModel>

namespace mentordesk {

/// A seller's metrics at baseline and latest, with the improvement (latest − baseline),
/// computed exactly as PRODUCT.md defines them. One row per outcome of the field catalogue
/// (outcomeMetrics()), so a new metric shows here without an edit.
class MetricComparisonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Metric, Baseline, Latest, Change, ColumnCount };
    /// The raw number of a cell (for Baseline, Latest and Change), or an invalid QVariant.
    static constexpr int NumberRole = Qt::UserRole + 1;

    explicit MetricComparisonModel(QObject* parent = nullptr);
    void setMetrics(const SellerMetrics& metrics);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row of outcome `metric`, or -1.
    static int rowOf(FieldId metric);
    static std::optional<double> metricValue(const MetricSnapshot& snapshot, int row);

private:
    std::optional<double> cellNumber(int row, int column) const;
    QString format(int row, double value, bool signedChange) const;

    SellerMetrics m_metrics;
};

} // namespace mentordesk
