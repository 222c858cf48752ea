// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/BalanceTableModel.h"

#include "analytics/AnalyticsLabels.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace mentordesk {

namespace {

bool isBalanced(const BalanceRow& row)
{
    return !row.standardizedDifference || std::abs(*row.standardizedDifference) <= BalanceTableModel::kImbalance;
}

} // namespace

BalanceTableModel::BalanceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BalanceTableModel::setRows(const QVector<BalanceRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int BalanceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BalanceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BalanceTableModel::number(const BalanceRow& row, int column) const
{
    std::optional<double> value;
    switch (column) {
    case MentoredMean:
        value = row.mentoredMean;
        break;
    case ComparisonMean:
        value = row.comparisonMean;
        break;
    case StandardizedDifference:
        value = row.standardizedDifference;
        break;
    case MentoredN:
        return row.mentoredN;
    case ComparisonN:
        return row.comparisonN;
    default:
        return {};
    }
    return value ? QVariant(*value) : QVariant();
}

QVariant BalanceTableModel::displayValue(const BalanceRow& row, int column) const
{
    if (column == Metric)
        return AnalyticsLabels::metricTitle(row.metric);
    const QVariant value = number(row, column);
    if (!value.isValid())
        return tr("–", "no value");
    if (column == MentoredN || column == ComparisonN)
        return QLocale().toString(value.toInt());
    const bool share = AnalyticsLabels::isShare(row.metric) && column != StandardizedDifference;
    return share ? tr("%1 %").arg(QLocale().toString(value.toDouble() * 100.0, 'f', 1))
                 : QLocale().toString(value.toDouble(), 'f', 2);
}

QVariant BalanceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BalanceRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Metric ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return isBalanced(row) ? QVariant()
                               : tr("The groups differ at baseline (standardized difference above %1): "
                                    "compare this metric's results with care.")
                                     .arg(QLocale().toString(kImbalance));
    case Qt::FontRole:
        if (index.column() == StandardizedDifference && !isBalanced(row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case BalancedRole:
        return isBalanced(row);
    case ValueRole:
        return number(row, index.column());
    default:
        return {};
    }
}

QVariant BalanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Metric:
        return tr("Metric at baseline");
    case MentoredMean:
        return tr("Mentored");
    case ComparisonMean:
        return tr("Comparison (weighted)");
    case StandardizedDifference:
        return tr("Standardized difference");
    case MentoredN:
        return tr("n mentored");
    case ComparisonN:
        return tr("n comparison");
    }
    return {};
}

} // namespace mentordesk
