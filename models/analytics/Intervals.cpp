// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/Intervals.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace mentordesk {

namespace {

/// The continued fraction of I_x(a, b), for x < (a + 1)/(a + b + 2), where it needs at most a few
/// times √max(a, b) terms; the cap only guards against an endless loop.
double betaContinuedFraction(double x, double a, double b)
{
    constexpr double tiny = 1e-300;
    constexpr double epsilon = 1e-15;
    double c = 1.0;
    double d = 1.0 - (a + b) * x / (a + 1.0);
    d = 1.0 / (std::fabs(d) < tiny ? tiny : d);
    double fraction = d;
    for (int m = 1; m <= 100000; ++m) {
        for (int half = 0; half < 2; ++half) {
            const double numerator = half == 0 ? m * (b - m) * x / ((a + 2.0 * m - 1.0) * (a + 2.0 * m))
                                               : -(a + m) * (a + b + m) * x / ((a + 2.0 * m) * (a + 2.0 * m + 1.0));
            d = 1.0 + numerator * d;
            d = 1.0 / (std::fabs(d) < tiny ? tiny : d);
            c = 1.0 + numerator / c;
            c = std::fabs(c) < tiny ? tiny : c;
            fraction *= d * c;
            if (half == 1 && std::fabs(d * c - 1.0) < epsilon)
                return fraction;
        }
    }
    return fraction;
}

/// ln B(a, b). With b = ½ and a large, lgamma(a + ½) − lgamma(a) cancels most of its digits;
/// the asymptotic series ln Γ(a + ½)/Γ(a) = ½ ln a − 1/(8a) + 1/(192a³) (next term 1/(640a⁵))
/// keeps them (the t distribution with many degrees of freedom).
double logBeta(double a, double b)
{
    if (a < b)
        std::swap(a, b);
    if (b == 0.5 && a > 100.0)
        return std::lgamma(0.5) - (0.5 * std::log(a) - 1.0 / (8.0 * a) + 1.0 / (192.0 * a * a * a));
    return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
}

/// I_x(a, b) given x and 1 − x separately, each computed without cancellation by the caller.
double incompleteBeta(double x, double complement, double a, double b)
{
    if (x <= 0.0)
        return 0.0;
    if (complement <= 0.0)
        return 1.0;
    const double logX = x < 0.5 ? std::log(x) : std::log1p(-complement);
    const double logComplement = complement < 0.5 ? std::log(complement) : std::log1p(-x);
    const double front = std::exp(a * logX + b * logComplement - logBeta(a, b));
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(x, a, b) / a;
    return 1.0 - front * betaContinuedFraction(complement, b, a) / b;
}

} // namespace

std::optional<ConfidenceInterval> Intervals::wilson(double successes, double trials, double z)
{
    if (!(trials > 0.0) || successes < 0.0 || successes > trials)
        return std::nullopt;
    const double p = successes / trials;
    const double z2n = z * z / trials;
    const double centre = (p + z2n / 2.0) / (1.0 + z2n);
    const double halfWidth = z / (1.0 + z2n) * std::sqrt(p * (1.0 - p) / trials + z2n / (4.0 * trials));
    return ConfidenceInterval{std::max(0.0, centre - halfWidth), std::min(1.0, centre + halfWidth)};
}

std::optional<ConfidenceInterval> Intervals::wilsonWeighted(double successWeight, double totalWeight,
                                                            double totalSquaredWeight, double z)
{
    if (!(totalWeight > 0.0) || !(totalSquaredWeight > 0.0))
        return std::nullopt;
    const double effectiveN = totalWeight * totalWeight / totalSquaredWeight;
    return wilson(successWeight / totalWeight * effectiveN, effectiveN, z);
}

std::optional<ConfidenceInterval> Intervals::mean(double count, double mean, double sampleStandardDeviation)
{
    if (!(count >= 2.0) || !(sampleStandardDeviation >= 0.0))
        return std::nullopt;
    const double halfWidth = studentTQuantile(0.975, count - 1.0) * sampleStandardDeviation / std::sqrt(count);
    return ConfidenceInterval{mean - halfWidth, mean + halfWidth};
}

std::optional<ConfidenceInterval> Intervals::meanFromSums(double count, double sum, double sumOfSquares)
{
    if (!(count >= 2.0))
        return std::nullopt;
    const double average = sum / count;
    // Rounding can make a zero variance come out slightly negative.
    const double variance = std::max(0.0, (sumOfSquares - count * average * average) / (count - 1.0));
    return mean(count, average, std::sqrt(variance));
}

std::optional<ConfidenceInterval> Intervals::ratioOfSums(double count, double sumA, double sumB, double sumA2,
                                                         double sumAB, double sumB2, double z)
{
    if (!(count >= 2.0) || !(sumB > 0.0))
        return std::nullopt;
    const double ratio = sumA / sumB;
    // Σ(a − Rb)² expanded; rounding can make an exact fit come out slightly negative.
    const double squares = std::max(0.0, sumA2 - 2.0 * ratio * sumAB + ratio * ratio * sumB2);
    const double halfWidth = z * std::sqrt(squares) / sumB;
    return ConfidenceInterval{ratio - halfWidth, ratio + halfWidth};
}

double Intervals::regularizedIncompleteBeta(double x, double a, double b)
{
    return incompleteBeta(x, 1.0 - x, a, b);
}

double Intervals::studentTCdf(double t, double degreesOfFreedom)
{
    // x = ν/(ν + t²) and its complement are both formed directly: near x = 1 (large ν) the
    // complement carries the information and 1 − x would lose it.
    const double denominator = degreesOfFreedom + t * t;
    const double tail =
        0.5 * incompleteBeta(degreesOfFreedom / denominator, t * t / denominator, degreesOfFreedom / 2.0, 0.5);
    return t >= 0.0 ? 1.0 - tail : tail;
}

double Intervals::studentTQuantile(double probability, double degreesOfFreedom)
{
    if (!(probability > 0.0 && probability < 1.0) || !(degreesOfFreedom > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    if (probability < 0.5)
        return -studentTQuantile(1.0 - probability, degreesOfFreedom);
    double low = 0.0;
    double high = 1.0;
    while (studentTCdf(high, degreesOfFreedom) < probability && high < 1e300)
        high *= 2.0;
    // 200 halvings take any bracket below the double resolution of its end points.
    for (int i = 0; i < 200 && high - low > 1e-13 * high; ++i) {
        const double middle = 0.5 * (low + high);
        (studentTCdf(middle, degreesOfFreedom) < probability ? low : high) = middle;
    }
    return 0.5 * (low + high);
}

} // namespace mentordesk
