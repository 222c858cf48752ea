// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

#include <optional>

namespace mentordesk {

/// One subject of a time-to-event analysis: ramp time's mentee (or weighted comparison seller),
/// followed from its start for `time` days until its first sale (`event`) or the as-of date.
struct SurvivalSubject {
    double time = 0.0;
    bool event = false;
    double weight = 1.0;
};

/// One step of the Kaplan–Meier curve, at a distinct event time t_j (censoring-only times make
/// no step). Counts are sums of weights.
struct SurvivalStep {
    double time = 0.0;
    double atRisk = 0.0;   ///< n_j = Σ w over subjects with t ≥ t_j (censored at t_j included).
    double events = 0.0;   ///< d_j = Σ w over the events at t_j.
    double survival = 1.0; ///< Ŝ(t_j) = Π_{t_i ≤ t_j} (1 − d_i/n_i).
    /// Σ_{t_i ≤ t_j} d_i / (n_i (n_i − d_i)); none once Ŝ = 0 (the term divides by zero).
    std::optional<double> greenwoodSum;
    /// Greenwood: se Ŝ = Ŝ · √(greenwoodSum) (what R's summary(survfit)$std.err prints).
    std::optional<double> standardError;
    /// Log-log 95 % band: σ = √(greenwoodSum) / |ln Ŝ|, lower = Ŝ^exp(+zσ), upper = Ŝ^exp(−zσ);
    /// none where Ŝ = 1 or Ŝ = 0 (the transform is undefined there), as in R.
    std::optional<double> lower;
    std::optional<double> upper;
};

/// The median and its 95 % interval; none means "not reached".
struct SurvivalMedian {
    std::optional<double> median;
    std::optional<double> lower;
    std::optional<double> upper;
};

/// The weighted Kaplan–Meier estimator, with Greenwood's variance and the log-log band — the
/// same numbers as R's `survfit(Surv(t, e) ~ 1, weights = w, conf.type = "log-log")` (the tests
/// hold R's output). Ties: all events at t_j are removed together, and subjects censored at t_j
/// are still at risk at t_j. A weight of 2 counts exactly as the same subject twice.
///
/// Median (PRODUCT.md's ramp time): the first t_j with Ŝ ≤ 0.5. Its interval inverts the band
/// (Brookmeyer–Crowley with the log-log transform): lower = first t_j whose lower bound ≤ 0.5,
/// upper = first t_j whose upper bound ≤ 0.5. Unlike R, a plateau at exactly 0.5 gives its first
/// time, not the midpoint. Comparisons with 0.5 allow a relative 1e-9 for rounding of products.
class KaplanMeier {
public:
    /// The two-sided 95 % normal quantile, qnorm(0.975) (1.959964 to seven digits).
    static constexpr double kZ95 = 1.959963984540054;

    /// Subjects with a negative or non-finite time, or a weight that is not positive and finite,
    /// are left out and counted in ignoredSubjects(); every other subject takes part.
    explicit KaplanMeier(const QVector<SurvivalSubject>& subjects);

    const QVector<SurvivalStep>& steps() const { return m_steps; }
    /// Ŝ(t): 1 before the first event, then the value of the last step at or before t.
    double survivalAt(double time) const;
    SurvivalMedian median() const;

    double subjectWeight() const { return m_subjectWeight; }
    double eventWeight() const { return m_eventWeight; }
    int ignoredSubjects() const { return m_ignoredSubjects; }

private:
    QVector<SurvivalStep> m_steps;
    double m_subjectWeight = 0.0;
    double m_eventWeight = 0.0;
    int m_ignoredSubjects = 0;
};

} // namespace mentordesk
