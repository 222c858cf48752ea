// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hand-made analytics figures for the dashboards' suites: what AnalyticsEngine::compute returns
// for a program of about 120 mentees and 300 comparison sellers, built from fixed formulas (no
// random numbers), so every chart has something to draw and the tests know what.

#include "analytics/AnalyticsLabels.h"
#include "analytics/Figures.h"
#include "analytics/KaplanMeier.h"

#include <QDate>
#include <QStringList>

#include <cmath>

namespace mentordesk::testsupport {

struct SampleOptions {
    bool intervals = true;       ///< Phase two: bands, CIs.
    int mentoredSellers = 120;   ///< Subjects of the mentored ramp curve.
    int comparisonSellers = 300; ///< Under 10 makes the comparison group "too few".
    /// False: the comparison curve never gets to 50 % ("not reached").
    bool comparisonReachesMedian = true;
};

/// The ramp subjects of a group: first sales spread over 0–180 days, the rest censored.
inline QVector<SurvivalSubject> sampleSubjects(int count, double scale, double censoredShare)
{
    QVector<SurvivalSubject> subjects;
    for (int i = 0; i < count; ++i) {
        const double u = (i + 0.5) / count;
        SurvivalSubject subject;
        // Deterministic, uneven: a quadratic spread with ties every few subjects.
        subject.time = std::floor(scale * u * u * 180.0 / 3.0) * 3.0;
        subject.event = std::fmod(i * 0.618, 1.0) >= censoredShare;
        if (!subject.event)
            subject.time = 260.0; // after every event: followed to the as-of date
        subjects << subject;
    }
    return subjects;
}

inline RampCurve sampleCurve(AnalyticsGroup group, int count, double scale, double censoredShare, bool intervals)
{
    const KaplanMeier km(sampleSubjects(count, scale, censoredShare));
    RampCurve curve;
    curve.group = group;
    curve.steps = km.steps();
    curve.median = km.median();
    if (!intervals) {
        for (SurvivalStep& step : curve.steps) {
            step.lower.reset();
            step.upper.reset();
        }
        curve.median.lower.reset();
        curve.median.upper.reset();
    }
    curve.subjects = count;
    curve.subjectWeight = count;
    curve.events = int(km.eventWeight());
    curve.noSaleYet = count - curve.events;
    curve.soldBeforeStart = count / 3;
    return curve;
}

/// A metric's level at month k: a baseline that rises (or, for return rate, falls) with time,
/// a little more for mentored sellers.
inline double sampleValue(const QString& metric, AnalyticsGroup group, int k)
{
    const double lift = group == AnalyticsGroup::Mentored ? 1.0 : 0.55;
    if (metric == QLatin1String("return_rate"))
        return 0.12 - 0.003 * k * lift;
    if (metric == QLatin1String("repeat_purchase_rate"))
        return 0.20 + 0.004 * k * lift;
    if (metric == QLatin1String("csat"))
        return 4.0 + 0.03 * k * lift;
    if (metric == QLatin1String("average_order_value"))
        return 38.0 + 0.6 * k * lift;
    if (metric == QLatin1String("price_competitiveness"))
        return 1.10 - 0.01 * k * lift;
    if (metric == QLatin1String("inventory_turnover"))
        return 4.0 + 0.1 * k * lift;
    if (metric.startsWith(QLatin1String("milestone_")))
        return std::min(1.0, 0.05 * k * lift + 0.02);
    return 55.0 + 1.2 * k * lift; // listing quality
}

inline MonthlySeries sampleSeries(const QString& metric, AnalyticsGroup group, int sellers, bool intervals)
{
    MonthlySeries series;
    series.metric = metric;
    series.group = group;
    series.tooFew = sellers < 10;
    for (int k = 0; k <= 12; ++k) {
        SeriesPoint point;
        point.monthSinceStart = k;
        point.n = std::max(1, sellers - k * sellers / 20);
        point.value = sampleValue(metric, group, k);
        if (intervals) {
            const double half = std::abs(*point.value) * 0.6 / std::sqrt(double(point.n));
            point.interval = ConfidenceInterval{*point.value - half, *point.value + half};
        }
        series.points << point;
    }
    return series;
}

inline Figure sampleFigure(const QString& metric, AnalyticsGroup group, double value, int n, bool intervals)
{
    Figure figure;
    figure.metric = metric;
    figure.group = group;
    figure.value = value;
    figure.n = n;
    if (intervals)
        figure.interval =
            ConfidenceInterval{value - std::abs(value) * 0.15 - 0.01, value + std::abs(value) * 0.15 + 0.01};
    return figure;
}

inline Figures sampleFigures(const SampleOptions& options = SampleOptions())
{
    Figures figures;
    figures.scope.asOf = QDate(2026, 11, 30);
    figures.intervalsComputed = options.intervals;
    figures.mentored = options.mentoredSellers;
    figures.comparison = options.comparisonSellers;
    figures.menteesCovered = options.mentoredSellers - 4;
    figures.notInEitherGroup = 30;
    const RampCurve mentored =
        sampleCurve(AnalyticsGroup::Mentored, options.mentoredSellers, 1.0, 0.2, options.intervals);
    const RampCurve comparison = sampleCurve(AnalyticsGroup::Comparison, options.comparisonSellers, 1.4,
                                             options.comparisonReachesMedian ? 0.3 : 0.7, options.intervals);
    figures.rampCurves << mentored << comparison;

    QStringList metrics = AnalyticsLabels::monthlyOutcomeMetrics();
    metrics << QStringLiteral("milestone_revenue") << QStringLiteral("milestone_listing_quality");
    for (const QString& metric : std::as_const(metrics)) {
        figures.series << sampleSeries(metric, AnalyticsGroup::Mentored, options.mentoredSellers, options.intervals)
                       << sampleSeries(metric, AnalyticsGroup::Comparison, options.comparisonSellers,
                                       options.intervals);
    }

    const QStringList cohorts{QStringLiteral("Spring 2026"), QStringLiteral("Summer 2026"),
                              QStringLiteral("Autumn 2026")};
    for (int i = 0; i < cohorts.size(); ++i) {
        CohortAdherence cohort;
        cohort.cohortId = i + 1;
        cohort.cohortName = cohorts.at(i);
        cohort.value = 0.62 + 0.08 * i;
        if (options.intervals)
            cohort.interval = ConfidenceInterval{*cohort.value - 0.07, *cohort.value + 0.06};
        cohort.pairings = 30 + 5 * i;
        cohort.pairWeeks = cohort.pairings * (20 - 5 * i);
        figures.adherenceByCohort << cohort;
    }

    figures.funnel.started = 140;
    figures.funnel.trial = 22;
    figures.funnel.active = 70;
    figures.funnel.ended = 48;
    figures.funnel.endReasons = {{QStringLiteral("completed"), 30},
                                 {QStringLiteral("mentee_withdrew"), 10},
                                 {QStringLiteral("mismatch"), 6},
                                 {QStringLiteral("rematched"), 2}};

    const QStringList balanced{QStringLiteral("revenue"), QStringLiteral("orders"), QStringLiteral("listing_quality"),
                               QStringLiteral("return_rate"), QStringLiteral("csat")};
    for (int i = 0; i < balanced.size(); ++i) {
        BalanceRow row;
        row.metric = balanced.at(i);
        row.mentoredMean = sampleValue(row.metric, AnalyticsGroup::Mentored, 0);
        row.comparisonMean = *row.mentoredMean * (1.0 - 0.02 * i);
        row.standardizedDifference = 0.04 * i - 0.02; // the last one (0.14) is imbalanced
        row.mentoredN = options.mentoredSellers;
        row.comparisonN = options.comparisonSellers;
        figures.balance << row;
    }

    const auto add = [&](const char* metric, double mentoredValue, double comparisonValue) {
        const QString key = QLatin1String(metric);
        figures.figures << sampleFigure(key, AnalyticsGroup::Mentored, mentoredValue, options.mentoredSellers,
                                        options.intervals)
                        << sampleFigure(key, AnalyticsGroup::Comparison, comparisonValue, options.comparisonSellers,
                                        options.intervals)
                        << sampleFigure(key, AnalyticsGroup::Difference, mentoredValue - comparisonValue,
                                        figures.menteesCovered, options.intervals);
    };
    add(MetricKey::RampTimeMedianDays, mentored.median.median.value_or(0), comparison.median.median.value_or(0));
    add(MetricKey::FirstSaleShare, 0.80, 0.70);
    add(MetricKey::ListingQualityLatest, 69.4, 61.6);
    add(MetricKey::ListingQualityImprovement, 14.4, 7.9);
    add(MetricKey::ReturnRateLatest, 0.084, 0.100);
    add(MetricKey::ReturnRateImprovement, -0.036, -0.020);
    add(MetricKey::AovLatest, 45.20, 41.96);
    add(MetricKey::CsatLatest, 4.36, 4.20);
    add(MetricKey::TouchpointAdherence, 0.70, 0.0);
    // Adherence has no comparison: the engine leaves those rows empty.
    for (Figure& figure : figures.figures) {
        if (figure.metric == QLatin1String(MetricKey::TouchpointAdherence) &&
            figure.group != AnalyticsGroup::Mentored) {
            figure.value.reset();
            figure.interval.reset();
            figure.state = FigureState::NoData;
        }
    }
    if (!options.comparisonReachesMedian) {
        for (Figure& figure : figures.figures) {
            if (figure.metric == QLatin1String(MetricKey::RampTimeMedianDays) &&
                figure.group != AnalyticsGroup::Mentored) {
                figure.value.reset();
                figure.interval.reset();
                figure.state = FigureState::NotReached;
            }
        }
    }
    return figures;
}

} // namespace mentordesk::testsupport
