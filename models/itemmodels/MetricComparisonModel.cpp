// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricComparisonModel.h"

#include <QLocale>

namespace mentordesk {

namespace {

std::optional<double> toDouble(const std::optional<qint64>& value)
{
    return value ? std::optional<double>(double(*value)) : std::nullopt;
}

} // namespace

MetricComparisonModel::MetricComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MetricComparisonModel::setMetrics(const SellerMetrics& metrics)
{
    m_metrics = metrics;
    Q_EMIT dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int MetricComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int MetricComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> MetricComparisonModel::metricValue(const MetricSnapshot& snapshot, int row)
{
    switch (row) {
    case Revenue:
        return snapshot.revenue;
    case Orders:
        return toDouble(snapshot.orders);
    case ListingQuality:
        return snapshot.listingQuality;
    case ReturnRate:
        return snapshot.returnRate();
    case AverageOrderValue:
        return snapshot.averageOrderValue();
    case Csat:
        return snapshot.csat;
    case PriceCompetitiveness:
        return snapshot.priceCompetitiveness;
    case InventoryTurnover:
        return snapshot.inventoryTurnover;
    case RepeatPurchaseRate:
        return snapshot.repeatPurchaseRate;
    default:
        return std::nullopt;
    }
}

std::optional<double> MetricComparisonModel::cellNumber(int row, int column) const
{
    const auto baseline = m_metrics.baseline ? metricValue(*m_metrics.baseline, row) : std::nullopt;
    const auto latest = m_metrics.latest ? metricValue(*m_metrics.latest, row) : std::nullopt;
    switch (column) {
    case Baseline:
        return baseline;
    case Latest:
        return latest;
    case Change:
        if (baseline && latest)
            return *latest - *baseline;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

QString MetricComparisonModel::format(int row, double value, bool signedChange) const
{
    const QLocale locale;
    QString text;
    switch (row) {
    case ReturnRate:
    case RepeatPurchaseRate:
        text = tr("%1 %", "percentage").arg(locale.toString(value * 100.0, 'f', 1));
        break;
    case Orders:
    case ListingQuality:
        text = locale.toString(value, 'f', 0);
        break;
    default:
        text = locale.toString(value, 'f', 2);
        break;
    }
    if (signedChange && value > 0)
        text.prepend(QLatin1Char('+'));
    return text;
}

QVariant MetricComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= RowCount)
        return {};
    if (index.column() == Metric) {
        if (role != Qt::DisplayRole)
            return {};
        switch (index.row()) {
        case Revenue:
            return tr("Revenue");
        case Orders:
            return tr("Orders");
        case ListingQuality:
            return tr("Listing quality");
        case ReturnRate:
            return tr("Return rate");
        case AverageOrderValue:
            return tr("Average order value");
        case Csat:
            return tr("Customer satisfaction");
        case PriceCompetitiveness:
            return tr("Price competitiveness");
        case InventoryTurnover:
            return tr("Inventory turnover");
        case RepeatPurchaseRate:
            return tr("Repeat purchase rate");
        default:
            return {};
        }
    }
    const std::optional<double> number = cellNumber(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return number ? QVariant(format(index.row(), *number, index.column() == Change))
                      : QVariant(QStringLiteral("—"));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case NumberRole:
        return number ? QVariant(*number) : QVariant();
    default:
        return {};
    }
}

QVariant MetricComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Metric:
        return tr("Metric");
    case Baseline:
        return m_metrics.baseline ? tr("Baseline\n%1").arg(m_metrics.baseline->date.toString(Qt::ISODate))
                                  : tr("Baseline");
    case Latest:
        return m_metrics.latest ? tr("Latest\n%1").arg(m_metrics.latest->date.toString(Qt::ISODate)) : tr("Latest");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace mentordesk
