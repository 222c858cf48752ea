// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/GroupEstimator.h"

#include <cmath>

namespace mentordesk {

GroupEstimate GroupEstimator::weightedMean(const QVector<double>& values, const QVector<double>& weights,
                                           bool withInterval)
{
    GroupEstimate estimate;
    estimate.n = static_cast<int>(values.size());
    double weightSum = 0.0;
    double weightedSum = 0.0;
    for (int index = 0; index < values.size(); ++index) {
        weightSum += weights.at(index);
        weightedSum += weights.at(index) * values.at(index);
    }
    if (!(weightSum > 0.0))
        return estimate;
    const double mean = weightedSum / weightSum;
    estimate.value = mean;
    if (!withInterval || estimate.n < 2)
        return estimate;
    double squares = 0.0;
    for (int index = 0; index < values.size(); ++index) {
        const double residual = weights.at(index) * (values.at(index) - mean);
        squares += residual * residual;
    }
    const double n = estimate.n;
    const double standardError = std::sqrt(n / (n - 1.0) * squares) / weightSum;
    const double halfWidth = Intervals::studentTQuantile(0.975, n - 1.0) * standardError;
    estimate.interval = ConfidenceInterval{mean - halfWidth, mean + halfWidth};
    return estimate;
}

GroupEstimate GroupEstimator::level(const QVector<LevelTerm>& terms, bool ratio, bool withInterval)
{
    if (!ratio) {
        QVector<double> values;
        QVector<double> weights;
        for (const LevelTerm& term : terms) {
            values.append(term.parts.numerator);
            weights.append(term.weight);
        }
        return weightedMean(values, weights, withInterval);
    }
    GroupEstimate estimate;
    estimate.n = static_cast<int>(terms.size());
    double sumA = 0.0, sumB = 0.0, sumA2 = 0.0, sumAB = 0.0, sumB2 = 0.0;
    for (const LevelTerm& term : terms) {
        const double a = term.weight * term.parts.numerator;
        const double b = term.weight * term.parts.denominator;
        sumA += a;
        sumB += b;
        sumA2 += a * a;
        sumAB += a * b;
        sumB2 += b * b;
    }
    // Σb = 0 (every seller without orders): the rate is undefined, not zero.
    if (!(sumB > 0.0))
        return estimate;
    estimate.value = sumA / sumB;
    if (withInterval)
        estimate.interval = Intervals::ratioOfSums(estimate.n, sumA, sumB, sumA2, sumAB, sumB2);
    return estimate;
}

GroupEstimate GroupEstimator::change(const QVector<ChangeTerm>& terms, bool ratio, bool withInterval)
{
    if (!ratio) {
        QVector<double> values;
        QVector<double> weights;
        for (const ChangeTerm& term : terms) {
            values.append(term.latest.numerator - term.baseline.numerator);
            weights.append(term.weight);
        }
        return weightedMean(values, weights, withInterval);
    }
    GroupEstimate estimate;
    estimate.n = static_cast<int>(terms.size());
    double latestA = 0.0, latestB = 0.0, baselineA = 0.0, baselineB = 0.0;
    for (const ChangeTerm& term : terms) {
        latestA += term.weight * term.latest.numerator;
        latestB += term.weight * term.latest.denominator;
        baselineA += term.weight * term.baseline.numerator;
        baselineB += term.weight * term.baseline.denominator;
    }
    if (!(latestB > 0.0) || !(baselineB > 0.0))
        return estimate;
    const double latestRate = latestA / latestB;
    const double baselineRate = baselineA / baselineB;
    estimate.value = latestRate - baselineRate;
    if (!withInterval || estimate.n < 2)
        return estimate;
    double variance = 0.0;
    for (const ChangeTerm& term : terms) {
        const double influence =
            term.weight * ((term.latest.numerator - latestRate * term.latest.denominator) / latestB -
                           (term.baseline.numerator - baselineRate * term.baseline.denominator) / baselineB);
        variance += influence * influence;
    }
    const double halfWidth = Intervals::kZ95 * std::sqrt(variance);
    estimate.interval = ConfidenceInterval{*estimate.value - halfWidth, *estimate.value + halfWidth};
    return estimate;
}

GroupEstimate GroupEstimator::share(const QVector<ShareTerm>& terms, bool withInterval)
{
    GroupEstimate estimate;
    estimate.n = static_cast<int>(terms.size());
    double total = 0.0, totalSquared = 0.0, successes = 0.0;
    for (const ShareTerm& term : terms) {
        total += term.weight;
        totalSquared += term.weight * term.weight;
        if (term.success)
            successes += term.weight;
    }
    if (!(total > 0.0))
        return estimate;
    estimate.value = successes / total;
    if (withInterval)
        estimate.interval = Intervals::wilsonWeighted(successes, total, totalSquared);
    return estimate;
}

} // namespace mentordesk
