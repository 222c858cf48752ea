// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricSnapshot.h"

#include "FieldCatalogue.h"

namespace mentordesk {

std::optional<double> MetricSnapshot::value(FieldId metric) const
{
    const auto found = values.constFind(metric);
    return found == values.constEnd() ? std::nullopt : std::optional<double>(*found);
}

void MetricSnapshot::setValue(FieldId metric, std::optional<double> value)
{
    if (value)
        values.insert(metric, *value);
    else
        values.remove(metric);
}

std::optional<double> MetricSnapshot::returnRate() const
{
    const auto orders = value(FieldId::SnapshotOrders);
    const auto returned = value(FieldId::SnapshotReturnedOrders);
    if (orders && *orders > 0 && returned)
        return *returned / *orders;
    if (!orders || !returned)
        return value(FieldId::SnapshotReturnRate);
    return std::nullopt;
}

std::optional<double> MetricSnapshot::averageOrderValue() const
{
    const auto orders = value(FieldId::SnapshotOrders);
    const auto revenue = value(FieldId::SnapshotRevenue);
    if (!orders || *orders == 0 || !revenue)
        return std::nullopt;
    return *revenue / *orders;
}

const QVector<const FieldSpec*>& outcomeMetrics()
{
    static const QVector<const FieldSpec*> metrics = [] {
        QVector<const FieldSpec*> list;
        for (const FieldSpec& field : fieldCatalogue())
            if (field.table == EntityKind::MetricSnapshot && field.outcomeTitle)
                list << &field;
        return list;
    }();
    return metrics;
}

std::optional<double> outcomeValue(const FieldSpec& metric, const MetricSnapshot& snapshot)
{
    return metric.formula ? metric.formula(snapshot) : snapshot.value(metric.id);
}

} // namespace mentordesk
