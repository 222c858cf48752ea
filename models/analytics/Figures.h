// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalyticsScope.h"
#include "analytics/Figure.h"
#include "analytics/KaplanMeier.h"

#include <QString>
#include <QVector>

#include <optional>

namespace mentordesk {

/// One Kaplan–Meier curve of ramp time (days from enrolment, or pseudo-enrolment, to first sale).
struct RampCurve {
    AnalyticsGroup group = AnalyticsGroup::Mentored;
    QVector<SurvivalStep> steps; ///< Band values present only once intervals are computed.
    SurvivalMedian median;       ///< median.lower/upper present only once intervals are computed.
    int subjects = 0;            ///< Sellers at risk (unweighted).
    double subjectWeight = 0.0;  ///< Σ weights (= subjects for the mentored group).
    int events = 0;              ///< Sellers with a first sale on or before the as-of date.
    int soldBeforeStart = 0;     ///< Left out: first sale before (pseudo-)enrolment, never at risk.
    int noSaleYet = 0;           ///< Censored at the as-of date.
};

/// One point of a by-month-since-enrolment series (k = 0 is the baseline).
struct SeriesPoint {
    int monthSinceStart = 0;
    std::optional<double> value;
    std::optional<ConfidenceInterval> interval;
    int n = 0;
};

/// A metric by month since enrolment, for one group: listing quality, return rate, AOV, CSAT,
/// repeat purchase, price competitiveness, inventory turnover (catalogue keys), and the milestone
/// shares ("milestone_revenue", "milestone_listing_quality").
struct MonthlySeries {
    QString metric;
    AnalyticsGroup group = AnalyticsGroup::Mentored;
    QVector<SeriesPoint> points;
    bool tooFew = false; ///< The group has fewer than 10 sellers at k = 0.
};

/// Touchpoint adherence of one cohort's pairings (share of pair-weeks with a touchpoint done).
struct CohortAdherence {
    qint64 cohortId = 0; ///< 0 = pairings of mentees in no cohort.
    QString cohortName;
    std::optional<double> value;
    std::optional<ConfidenceInterval> interval;
    int pairings = 0;
    int pairWeeks = 0;
};

/// The pairing funnel: how many pairings (of the scope's mentees, started on or before the as-of
/// date) are in their trial, active, or ended, and why they ended.
struct PairingFunnelCounts {
    int started = 0;
    int trial = 0;
    int active = 0;
    int ended = 0;
    QVector<QPair<QString, int>> endReasons; ///< (pairings.end_reason code, count), most frequent first.
};

/// One row of the balance table: mentored vs (weighted) comparison at baseline.
struct BalanceRow {
    QString metric; ///< A catalogue key.
    std::optional<double> mentoredMean;
    std::optional<double> comparisonMean;
    std::optional<double> standardizedDifference; ///< (x̄m − x̄c) / √((s²m + s²c)/2).
    int mentoredN = 0;
    int comparisonN = 0;
};

/// Everything the dashboards and `mentordesk metrics` show for one scope.
struct Figures {
    AnalyticsScope scope;
    bool intervalsComputed = false; ///< false: phase 1 (point estimates and n only).

    QVector<Figure> figures;       ///< The CSV's rows: every MetricKey × (mentored, comparison, difference).
    QVector<RampCurve> rampCurves; ///< Mentored and comparison.
    QVector<MonthlySeries> series;
    QVector<CohortAdherence> adherenceByCohort;
    PairingFunnelCounts funnel;
    QVector<BalanceRow> balance;

    int mentored = 0;         ///< Sellers in the mentored group in scope (enrolled on or before D, paired).
    int comparison = 0;       ///< Comparison sellers with a pseudo-enrolment on or before D and weight > 0.
    int menteesCovered = 0;   ///< Mentees whose stratum window has comparison sellers.
    int notInEitherGroup = 0; ///< Enrolled without a pairing, or paired without an enrolment date.
    int menteesWithoutSignup = 0;

    /// The figure of a metric and group; nullptr when absent.
    const Figure* find(const QString& metric, AnalyticsGroup group) const
    {
        for (const Figure& figure : figures) {
            if (figure.metric == metric && figure.group == group)
                return &figure;
        }
        return nullptr;
    }
};

} // namespace mentordesk
