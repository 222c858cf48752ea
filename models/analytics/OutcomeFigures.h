// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalysisContext.h"
#include "analytics/FigureKey.h"
#include "analytics/Figures.h"
#include "analytics/GroupEstimator.h"

#include <QVector>

#include <optional>

namespace mentordesk {

/// The snapshot outcomes (docs/metrics.md, "Snapshot outcomes"): per seller the baseline (last
/// snapshot on or before its start) and the latest (last on or before D); each group's latest
/// level and improvement (mean of latest − baseline, or R_latest − R_baseline of ratios of sums
/// over the sellers who have both), the difference in differences with its bootstrap interval,
/// and the balance table at baseline.
class OutcomeFigures {
public:
    explicit OutcomeFigures(const AnalysisContext& context);

    /// Every <metric>_latest and <metric>_improvement row, and the balance table.
    void fill(Figures& figures) const;
    /// The sellers an Overview row of these metrics is computed over; none when `metric` is not one.
    std::optional<QVector<qint64>> sellersBehind(const FigureKey& key) const;

private:
    /// Per metric, per member of a group: (a, b) of the baseline and of the latest snapshot.
    struct MemberParts {
        std::optional<OutcomeParts> baseline;
        std::optional<OutcomeParts> latest;
    };
    using GroupParts = QVector<QVector<MemberParts>>; ///< [metric][member]

    GroupParts partsOf(AnalyticsGroup group) const;
    const GroupParts& parts(AnalyticsGroup group) const;
    GroupEstimate latest(AnalyticsGroup group, int metric, const QVector<int>& positions, bool withInterval) const;
    GroupEstimate improvement(AnalyticsGroup group, int metric, const QVector<int>& positions, bool withInterval) const;
    /// One metric row of the CSV: a metric's latest level or its improvement.
    struct Row {
        QString name;
        int metric = 0;
        bool improvement = false;
    };
    /// A member's w·a and w·b of one row, products formed once for the bootstrap's replicates.
    struct WeightedTerm {
        bool counted = false; ///< Has the latest (and, for an improvement, the baseline) parts.
        double latestA = 0.0, latestB = 0.0, baselineA = 0.0, baselineB = 0.0;
    };
    QVector<WeightedTerm> weightedTerms(const Row& row, AnalyticsGroup group) const;
    /// What estimate() gives without its interval, over the members at `positions`.
    static std::optional<double> value(const QVector<WeightedTerm>& terms, bool improvement,
                                       const QVector<int>& positions);
    GroupEstimate estimate(const Row& row, AnalyticsGroup group, const QVector<int>& positions,
                           bool withInterval) const;
    BalanceRow balanceRow(int metric) const;

    const AnalysisContext& m_context;
    GroupParts m_mentored;
    GroupParts m_comparison;
};

} // namespace mentordesk
