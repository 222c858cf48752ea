// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Intervals.h"
#include "analytics/OutcomeMetric.h"

#include <QVector>

#include <optional>

namespace mentordesk {

/// A group's value of a figure, the sellers it used, and (when asked for) its 95 % interval.
struct GroupEstimate {
    std::optional<double> value;
    int n = 0;
    std::optional<ConfidenceInterval> interval;
};

/// One seller's share of a level (latest, baseline, month k): weight and (a, b).
struct LevelTerm {
    double weight = 1.0;
    OutcomeParts parts;
};

/// One seller's share of an improvement: weight, latest and baseline (a, b).
struct ChangeTerm {
    double weight = 1.0;
    OutcomeParts latest;
    OutcomeParts baseline;
};

/// One seller's share of a share (first sale, milestone): weight and whether it counts.
struct ShareTerm {
    double weight = 1.0;
    bool success = false;
};

/// The group formulas of docs/metrics.md. A group value is Σw·a ÷ Σw·b (mentees w = 1,
/// comparison sellers W_j; a mean-type metric has b = 1). Intervals:
/// - mean type: x̄ ± t(0.975, n − 1) · se, se² = n/(n − 1) · Σw²(x − x̄)² ÷ (Σw)² — with w = 1
///   exactly R's t.test; an improvement is the mean of x = latest − baseline;
/// - ratio type: R ± z · se, the delta method (Intervals::ratioOfSums); an improvement
///   R_L − R_B has se² = Σ w²((a_L − R_L b_L)/Σwb_L − (a_B − R_B b_B)/Σwb_B)², the same
///   linearisation with the covariance of the two periods of each seller;
/// - shares: Wilson with Kish's effective n (Intervals::wilsonWeighted).
class GroupEstimator {
public:
    static GroupEstimate level(const QVector<LevelTerm>& terms, bool ratio, bool withInterval);
    static GroupEstimate change(const QVector<ChangeTerm>& terms, bool ratio, bool withInterval);
    static GroupEstimate share(const QVector<ShareTerm>& terms, bool withInterval);
    /// Mean ± t · se for weighted values (the mean-type rule above).
    static GroupEstimate weightedMean(const QVector<double>& values, const QVector<double>& weights, bool withInterval);
};

} // namespace mentordesk
