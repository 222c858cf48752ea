// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalysisContext.h"
#include "analytics/Intervals.h"

#include <QVector>

#include <functional>
#include <optional>

namespace mentordesk {

/// The interval of a difference mentored − comparison (docs/metrics.md, "Difference in
/// differences"): the stratified percentile bootstrap, resampling the sellers of each category
/// with replacement, separately per group (AnalysisMember::stratum says why not the finer
/// comparison cells); each seller keeps its weight and a group value divides by the resample's
/// Σw. Seed StratifiedBootstrap::kDefaultSeed, so the interval is the same on every run.
class DifferenceInDifferences {
public:
    /// The group value over the members at `positions` (indices into the group's members);
    /// none when undefined for that resample (no seller with data, a median not reached).
    using GroupStatistic = std::function<std::optional<double>(AnalyticsGroup, const QVector<int>& positions)>;

    /// None when fewer than two replicates were defined or the computation was cancelled.
    static std::optional<ConfidenceInterval> interval(const AnalysisContext& context, const GroupStatistic& statistic,
                                                      int replicates = StratifiedBootstrap::kDefaultReplicates);
    /// The intervals of several statistics from the same resamples: each equals what interval()
    /// gives it alone (same seed, same draws), at the cost of one resampling for all.
    static QVector<std::optional<ConfidenceInterval>>
    intervals(const AnalysisContext& context, const QVector<GroupStatistic>& statistics,
              int replicates = StratifiedBootstrap::kDefaultReplicates);
};

} // namespace mentordesk
