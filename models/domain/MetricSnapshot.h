// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldSpec.h"

#include <QDate>
#include <QMap>
#include <QVector>

#include <optional>

namespace mentordesk {

/// One seller's marketplace metrics as of a date (PRODUCT.md, "metric snapshot"): the stored
/// metrics of the field catalogue's snapshot entries, by field. The formulas below are the ones
/// PRODUCT.md defines; the detail panel and the analytics use these and no others.
struct MetricSnapshot {
    QDate date;
    int periodDays = 30;
    QMap<FieldId, double> values; ///< A metric the export left out is absent.

    std::optional<double> value(FieldId metric) const;
    void setValue(FieldId metric, std::optional<double> value);

    /// Returned orders ÷ orders in the period; without order counts, the return rate the export gave.
    std::optional<double> returnRate() const;
    /// Revenue ÷ orders in the period; empty without orders.
    std::optional<double> averageOrderValue() const;
};

struct SellerMetrics {
    std::optional<MetricSnapshot> baseline; ///< Latest snapshot on or before enrolment.
    std::optional<MetricSnapshot> latest;
};

/// The outcomes a seller's snapshot is compared on (the catalogue's snapshot entries with an
/// outcome title), in catalogue order.
const QVector<const FieldSpec*>& outcomeMetrics();
/// The value of outcome `metric` in `snapshot`: its formula, or the stored metric.
std::optional<double> outcomeValue(const FieldSpec& metric, const MetricSnapshot& snapshot);

} // namespace mentordesk
