// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace mentordesk {

/// A two-sided confidence interval.
struct ConfidenceInterval {
    double low = 0.0;
    double high = 0.0;
};

/// The 95 % intervals of the dashboards and `mentordesk metrics` (docs/metrics.md lists where
/// each is used). None means the data cannot support an interval (no subjects, one value).
class Intervals {
public:
    /// qnorm(0.975).
    static constexpr double kZ95 = 1.959963984540054;

    /// Wilson score interval for successes ÷ trials: centre (p + z²/2n)/(1 + z²/n), half-width
    /// z/(1 + z²/n) · √(p(1 − p)/n + z²/4n²) — R's prop.test(x, n, correct = FALSE).
    static std::optional<ConfidenceInterval> wilson(double successes, double trials, double z = kZ95);

    /// Wilson for a weighted share: p = Σw(successes) ÷ Σw, with Kish's effective
    /// n = (Σw)² ÷ Σw² in place of n (equal weights give the unweighted interval).
    static std::optional<ConfidenceInterval> wilsonWeighted(double successWeight, double totalWeight,
                                                            double totalSquaredWeight, double z = kZ95);

    /// Mean ± t(0.975, n − 1) · s/√n, s the sample standard deviation (n − 1 divisor) — R's
    /// t.test(x)$conf.int. Needs n ≥ 2.
    static std::optional<ConfidenceInterval> mean(double count, double mean, double sampleStandardDeviation);

    /// The same from sums: n, Σx and Σx² (what the rollups keep).
    static std::optional<ConfidenceInterval> meanFromSums(double count, double sum, double sumOfSquares);

    /// Delta method for a ratio of sums R = Σa ÷ Σb (a group's return rate, AOV…):
    /// Var(R) = Σ(a_i − R·b_i)² ÷ (Σb)², written with the sums Σa², Σab and Σb², and R ± z·√Var.
    /// Weighted (comparison) sums pass Σw·a, Σw·b, Σw²a², Σw²ab and Σw²b². Needs count ≥ 2 and Σb > 0.
    static std::optional<ConfidenceInterval> ratioOfSums(double count, double sumA, double sumB, double sumA2,
                                                         double sumAB, double sumB2, double z = kZ95);

    /// The Student t quantile: the q with P(T ≤ q) = probability for T with `degreesOfFreedom`
    /// (> 0, need not be whole, for Welch) degrees of freedom. Bisection on the CDF, written with
    /// the regularized incomplete beta: P(T ≤ t) = 1 − ½ I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0.
    /// Accurate to about 1e-10; qt(0.975, 1) = 12.7062, qt(0.975, 30) = 2.0423.
    static double studentTQuantile(double probability, double degreesOfFreedom);

    /// P(T ≤ t) for Student's t (the function studentTQuantile inverts).
    static double studentTCdf(double t, double degreesOfFreedom);

    /// The regularized incomplete beta I_x(a, b) (continued fraction, Lentz's method).
    static double regularizedIncompleteBeta(double x, double a, double b);
};

} // namespace mentordesk
