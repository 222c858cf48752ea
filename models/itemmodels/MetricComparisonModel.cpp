// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricComparisonModel.h"

#include <QCoreApplication>
#include <QLocale>

namespace mentordesk {

MetricComparisonModel::MetricComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MetricComparisonModel::setMetrics(const SellerMetrics& metrics)
{
    m_metrics = metrics;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int MetricComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(outcomeMetrics().size());
}

int MetricComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int MetricComparisonModel::rowOf(FieldId metric)
{
    const QVector<const FieldSpec*>& metrics = outcomeMetrics();
    for (int row = 0; row < metrics.size(); ++row)
        if (metrics.at(row)->id == metric)
            return row;
    return -1;
}

std::optional<double> MetricComparisonModel::metricValue(const MetricSnapshot& snapshot, int row)
{
    if (row < 0 || row >= outcomeMetrics().size())
        return std::nullopt;
    return outcomeValue(*outcomeMetrics().at(row), snapshot);
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
    const FieldSpec& metric = *outcomeMetrics().at(row);
    const QLocale locale;
    QString text = metric.share ? tr("%1 %", "percentage").arg(locale.toString(value * 100.0, 'f', 1))
                                : locale.toString(value, 'f', metric.decimals);
    if (signedChange && value > 0)
        text.prepend(QLatin1Char('+'));
    return text;
}

QVariant MetricComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.column() == Metric) {
        if (role != Qt::DisplayRole)
            return {};
        // The catalogue marks outcome titles for this context without the namespace tr() adds.
        return QCoreApplication::translate("MetricComparisonModel", outcomeMetrics().at(index.row())->outcomeTitle);
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
