// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalysisContext.h"
#include "analytics/FigureKey.h"
#include "analytics/Figures.h"
#include "analytics/GroupEstimator.h"

#include <QDate>
#include <QVector>

#include <optional>

namespace mentordesk {

/// The program's milestones (docs/metrics.md, "Milestones"): the share of a group that reached a
/// goal (a snapshot's revenue ≥ the monthly revenue goal; listing quality ≥ its goal) by month k
/// since the start = sellers with the baseline or any later snapshot dated by start + k months
/// meeting the goal ÷ sellers whose month k ended on or before D (weighted for comparison).
class Milestones {
public:
    static constexpr int kFigureMonth = 6; ///< The month of the milestone_*_share_m6 rows.

    explicit Milestones(const AnalysisContext& context);

    /// Series "milestone_revenue" and "milestone_listing_quality" (k = 0 … 12) and the m6 rows.
    void fill(Figures& figures) const;
    /// Sellers who reached the milestone by month k (Milestone chart), or the sellers of the m6
    /// share's denominator (Overview); none when `key.metric` is not a milestone.
    std::optional<QVector<qint64>> sellersBehind(const FigureKey& key) const;

    static QString revenueSeries() { return QStringLiteral("milestone_revenue"); }
    static QString listingQualitySeries() { return QStringLiteral("milestone_listing_quality"); }

private:
    /// Per member of a group: the date of the first snapshot from the baseline on meeting the goal.
    QVector<QDate> reachedDates(AnalyticsGroup group, bool revenueGoal) const;
    GroupEstimate shareAt(AnalyticsGroup group, const QVector<QDate>& reached, const QVector<int>& positions, int month,
                          bool withInterval) const;
    bool eligible(const AnalysisMember& member, int month) const;
    /// Per member at kFigureMonth: kNotEligible, 0 (goal not reached) or 1 (reached).
    QVector<qint8> figureMonthOutcomes(AnalyticsGroup group, bool revenueGoal) const;
    /// shareAt(…, kFigureMonth, false).value from figureMonthOutcomes (the bootstrap's statistic).
    std::optional<double> figureMonthShare(AnalyticsGroup group, const QVector<qint8>& outcomes,
                                           const QVector<int>& positions) const;
    static constexpr qint8 kNotEligible = -1;
    const QVector<QDate>& reached(AnalyticsGroup group, bool revenueGoal) const;
    MonthlySeries series(AnalyticsGroup group, bool revenueGoal) const;

    const AnalysisContext& m_context;
    QVector<QDate> m_mentoredRevenue, m_comparisonRevenue, m_mentoredQuality, m_comparisonQuality;
};

} // namespace mentordesk
