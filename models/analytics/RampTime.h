// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalysisContext.h"
#include "analytics/FigureKey.h"
#include "analytics/Figures.h"
#include "analytics/KaplanMeier.h"

#include <QVector>

#include <optional>

namespace mentordesk {

/// Ramp time (docs/metrics.md, "Ramp time"): days from the (pseudo-)enrolment to the first sale,
/// a weighted Kaplan–Meier curve per group. A first sale before the start: never at risk, left
/// out and counted; no first sale by the as-of date: censored at D − start.
class RampTime {
public:
    explicit RampTime(const AnalysisContext& context);

    /// The two curves, and the rows of ramp_time_median_days and first_sale_share.
    void fill(Figures& figures) const;
    /// The at-risk sellers of a group (Overview, or RampTime with no bucket), or those with a first
    /// sale within `days` (or 30·monthSinceStart days) of their start.
    QVector<qint64> sellersBehind(const FigureKey& key) const;

    /// Replicates of the median's bootstrap: clamp(2·10⁸ ÷ subjects, 200, 1000) — each replicate
    /// sorts every subject, so a very large program gets fewer (documented in docs/metrics.md).
    static int medianReplicates(int subjects);

private:
    QVector<SurvivalSubject> subjects(AnalyticsGroup group, const QVector<int>& positions) const;
    QVector<int> atRiskPositions(AnalyticsGroup group) const;
    RampCurve curve(AnalyticsGroup group) const;

    const AnalysisContext& m_context;
    QVector<std::optional<SurvivalSubject>> m_mentored; ///< Per member; none = sold before start.
    QVector<std::optional<SurvivalSubject>> m_comparison;
};

} // namespace mentordesk
