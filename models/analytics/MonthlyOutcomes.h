// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalysisContext.h"
#include "analytics/FigureKey.h"
#include "analytics/Figures.h"
#include "analytics/OutcomeMetric.h"

#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

namespace mentordesk {

/// The outcomes by month since enrolment (docs/metrics.md, "By month since enrolment"): k = 0 is
/// the baseline; for k ≥ 1 a seller's value is its last snapshot dated in (start + (k − 1)
/// months, start + k months], only snapshots on or before D. Each point is the group's mean or
/// ratio of sums over the sellers with a value at k, with its interval and n.
class MonthlyOutcomes {
public:
    explicit MonthlyOutcomes(const AnalysisContext& context);

    /// The catalogue keys the series are drawn for (Figures::series' metric names).
    static QStringList metricKeys();

    void fill(Figures& figures) const;
    /// The sellers with a value at month `monthSinceStart`; none when `metric` is not a series.
    std::optional<QVector<qint64>> sellersBehind(const FigureKey& key) const;

private:
    QVector<std::optional<OutcomeParts>> valuesAt(AnalyticsGroup group, const QString& metricKey, int month) const;

    /// Per member of a group: its snapshot at each month k = 0 … kLastMonth (null when none),
    /// found once rather than once per metric.
    using MonthSnapshots = QVector<std::array<const MetricSnapshot*, SellerOutcome::kLastMonth + 1>>;
    MonthSnapshots monthSnapshots(AnalyticsGroup group) const;

    const AnalysisContext& m_context;
    MonthSnapshots m_mentored;
    MonthSnapshots m_comparison;
};

} // namespace mentordesk
