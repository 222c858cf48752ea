// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/OutcomeMetric.h"

namespace mentordesk {

namespace {

/// value·orders over orders: the order-weighted mean of a per-order quality (CSAT, repeat rate).
std::optional<OutcomeParts> orderWeighted(const MetricSnapshot& snapshot, FieldId metric)
{
    const auto value = snapshot.value(metric);
    const auto orders = snapshot.value(FieldId::SnapshotOrders);
    if (!value || !orders)
        return std::nullopt;
    return OutcomeParts{*value * *orders, *orders};
}

std::optional<OutcomeParts> perOrder(const MetricSnapshot& snapshot, FieldId numerator)
{
    const auto value = snapshot.value(numerator);
    const auto orders = snapshot.value(FieldId::SnapshotOrders);
    if (!value || !orders)
        return std::nullopt;
    return OutcomeParts{*value, *orders};
}

OutcomeMetric describe(const FieldSpec& field)
{
    OutcomeMetric metric;
    metric.field = &field;
    metric.figurePrefix = field.key;
    switch (field.id) {
    case FieldId::SnapshotAverageOrderValue:
        metric.figurePrefix = QStringLiteral("aov");
        metric.ratio = metric.hasLatestFigure = true;
        break;
    case FieldId::SnapshotReturnRate:
    case FieldId::SnapshotCsat:
    case FieldId::SnapshotRepeatPurchaseRate:
        metric.ratio = metric.hasLatestFigure = true;
        break;
    case FieldId::SnapshotListingQuality:
        metric.hasLatestFigure = true;
        break;
    default:
        break;
    }
    return metric;
}

} // namespace

std::optional<OutcomeParts> OutcomeMetric::parts(const MetricSnapshot& snapshot) const
{
    switch (field->id) {
    case FieldId::SnapshotAverageOrderValue:
        return perOrder(snapshot, FieldId::SnapshotRevenue);
    // A snapshot with only the export's stored rate (no counts) cannot enter a ratio of sums.
    case FieldId::SnapshotReturnRate:
        return perOrder(snapshot, FieldId::SnapshotReturnedOrders);
    case FieldId::SnapshotCsat:
    case FieldId::SnapshotRepeatPurchaseRate:
        return orderWeighted(snapshot, field->id);
    default: {
        const auto value = outcomeValue(*field, snapshot);
        if (!value)
            return std::nullopt;
        return OutcomeParts{*value, 1.0};
    }
    }
}

std::optional<double> OutcomeMetric::sellerValue(const MetricSnapshot& snapshot) const
{
    return outcomeValue(*field, snapshot);
}

const QVector<OutcomeMetric>& OutcomeMetric::all()
{
    static const QVector<OutcomeMetric> metrics = [] {
        QVector<OutcomeMetric> list;
        for (const FieldSpec* field : outcomeMetrics())
            list << describe(*field);
        return list;
    }();
    return metrics;
}

const OutcomeMetric* OutcomeMetric::find(const QString& key)
{
    for (const OutcomeMetric& metric : all()) {
        if (metric.key() == key)
            return &metric;
    }
    return nullptr;
}

} // namespace mentordesk
