// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Intervals.h"

#include <QString>

#include <optional>

namespace mentordesk {

/// The three rows each metric has in `mentordesk metrics` and on the dashboards.
enum class AnalyticsGroup { Mentored, Comparison, Difference };

/// Why a figure has the value it has (or none).
enum class FigureState {
    Ok,         ///< A value (and, once intervals are done, its interval).
    TooFew,     ///< A value, but a group has fewer than 10 sellers: shown "too few to compare".
    NotReached, ///< A Kaplan–Meier median the curve never reaches: empty value, "not reached".
    NoData,     ///< No seller in scope has what the figure needs: empty value, `reason` says why.
    Computing,  ///< The point estimate is there; the interval is still being computed.
};

/// The metric names of `mentordesk metrics` (its CSV's first column), in the CSV's row order.
namespace MetricKey {
inline constexpr char RampTimeMedianDays[] = "ramp_time_median_days";
inline constexpr char FirstSaleShare[] = "first_sale_share";
inline constexpr char ListingQualityLatest[] = "listing_quality_latest";
inline constexpr char ListingQualityImprovement[] = "listing_quality_improvement";
inline constexpr char ReturnRateLatest[] = "return_rate_latest";
inline constexpr char ReturnRateImprovement[] = "return_rate_improvement";
inline constexpr char AovLatest[] = "aov_latest";
inline constexpr char AovImprovement[] = "aov_improvement";
inline constexpr char CsatLatest[] = "csat_latest";
inline constexpr char CsatImprovement[] = "csat_improvement";
inline constexpr char RevenueImprovement[] = "revenue_improvement";
inline constexpr char OrdersImprovement[] = "orders_improvement";
inline constexpr char PriceCompetitivenessImprovement[] = "price_competitiveness_improvement";
inline constexpr char InventoryTurnoverImprovement[] = "inventory_turnover_improvement";
inline constexpr char RepeatPurchaseRateLatest[] = "repeat_purchase_rate_latest";
inline constexpr char RepeatPurchaseRateImprovement[] = "repeat_purchase_rate_improvement";
inline constexpr char TouchpointAdherence[] = "touchpoint_adherence";
inline constexpr char MilestoneRevenueShareM6[] = "milestone_revenue_share_m6";
inline constexpr char MilestoneListingQualityShareM6[] = "milestone_listing_quality_share_m6";
} // namespace MetricKey

/// One number of the analytics: a metric for one group, with its n and its 95 % interval.
struct Figure {
    QString metric; ///< A MetricKey name.
    AnalyticsGroup group = AnalyticsGroup::Mentored;
    std::optional<double> value;
    /// Sellers used, unweighted (pairings for adherence); for Difference the covered mentees.
    int n = 0;
    std::optional<ConfidenceInterval> interval;
    FigureState state = FigureState::Ok;
    QString reason; ///< A translated sentence when the value is empty or marked (NoData, TooFew…).
};

} // namespace mentordesk
