// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/OutcomeFigures.h"

#include "analytics/DifferenceInDifferences.h"
#include "analytics/FigureRows.h"
#include "analytics/OutcomeMetric.h"

#include <cmath>
#include <numeric>

namespace mentordesk {

namespace {

/// Weighted mean and variance Σw(x − x̄)²/Σw · n/(n − 1) (the sample variance when w = 1).
struct Moments {
    std::optional<double> mean;
    double variance = 0.0;
    int n = 0;
};

Moments momentsOf(const QVector<double>& values, const QVector<double>& weights)
{
    Moments moments;
    moments.n = static_cast<int>(values.size());
    const double total = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    if (!(total > 0.0))
        return moments;
    double sum = 0.0;
    for (int index = 0; index < values.size(); ++index)
        sum += weights.at(index) * values.at(index);
    moments.mean = sum / total;
    if (moments.n < 2)
        return moments;
    double squares = 0.0;
    for (int index = 0; index < values.size(); ++index)
        squares += weights.at(index) * std::pow(values.at(index) - *moments.mean, 2);
    moments.variance = squares / total * moments.n / (moments.n - 1.0);
    return moments;
}

} // namespace

OutcomeFigures::OutcomeFigures(const AnalysisContext& context)
    : m_context(context)
    , m_mentored(partsOf(AnalyticsGroup::Mentored))
    , m_comparison(partsOf(AnalyticsGroup::Comparison))
{
}

OutcomeFigures::GroupParts OutcomeFigures::partsOf(AnalyticsGroup group) const
{
    const QVector<OutcomeMetric>& metrics = OutcomeMetric::all();
    const QVector<AnalysisMember>& members = m_context.members(group);
    GroupParts result(metrics.size(), QVector<MemberParts>(members.size()));
    for (int position = 0; position < members.size(); ++position) {
        const SellerOutcome& seller = m_context.seller(members.at(position));
        const MetricSnapshot* baseline = seller.lastOnOrBefore(members.at(position).start);
        const MetricSnapshot* latest = seller.lastOnOrBefore(m_context.asOf);
        for (int metric = 0; metric < metrics.size(); ++metric) {
            if (baseline)
                result[metric][position].baseline = metrics.at(metric).parts(*baseline);
            if (latest)
                result[metric][position].latest = metrics.at(metric).parts(*latest);
        }
    }
    return result;
}

const OutcomeFigures::GroupParts& OutcomeFigures::parts(AnalyticsGroup group) const
{
    return group == AnalyticsGroup::Comparison ? m_comparison : m_mentored;
}

GroupEstimate OutcomeFigures::latest(AnalyticsGroup group, int metric, const QVector<int>& positions,
                                     bool withInterval) const
{
    const QVector<MemberParts>& memberParts = parts(group).at(metric);
    const QVector<AnalysisMember>& members = m_context.members(group);
    QVector<LevelTerm> terms;
    for (int position : positions) {
        if (const auto& value = memberParts.at(position).latest)
            terms.append(LevelTerm{members.at(position).weight, *value});
    }
    return GroupEstimator::level(terms, OutcomeMetric::all().at(metric).ratio, withInterval);
}

GroupEstimate OutcomeFigures::improvement(AnalyticsGroup group, int metric, const QVector<int>& positions,
                                          bool withInterval) const
{
    const QVector<MemberParts>& memberParts = parts(group).at(metric);
    const QVector<AnalysisMember>& members = m_context.members(group);
    QVector<ChangeTerm> terms;
    for (int position : positions) {
        const MemberParts& both = memberParts.at(position);
        if (both.latest && both.baseline)
            terms.append(ChangeTerm{members.at(position).weight, *both.latest, *both.baseline});
    }
    return GroupEstimator::change(terms, OutcomeMetric::all().at(metric).ratio, withInterval);
}

QVector<OutcomeFigures::WeightedTerm> OutcomeFigures::weightedTerms(const Row& row, AnalyticsGroup group) const
{
    const QVector<MemberParts>& memberParts = parts(group).at(row.metric);
    const QVector<AnalysisMember>& members = m_context.members(group);
    QVector<WeightedTerm> terms(memberParts.size());
    for (int position = 0; position < memberParts.size(); ++position) {
        const MemberParts& both = memberParts.at(position);
        if (!both.latest || (row.improvement && !both.baseline))
            continue;
        const double weight = members.at(position).weight;
        WeightedTerm& term = terms[position];
        term.counted = true;
        term.latestA = weight * both.latest->numerator;
        term.latestB = weight * both.latest->denominator;
        if (row.improvement) {
            term.baselineA = weight * both.baseline->numerator;
            term.baselineB = weight * both.baseline->denominator;
        }
    }
    return terms;
}

std::optional<double> OutcomeFigures::value(const QVector<WeightedTerm>& terms, bool improvement,
                                            const QVector<int>& positions)
{
    // The bootstrap calls it for every replicate: Σw·a ÷ Σw·b covers both types (b = 1 for a
    // mean), the same products added in the same order as estimate() would.
    double latestA = 0.0, latestB = 0.0, baselineA = 0.0, baselineB = 0.0;
    for (int position : positions) {
        const WeightedTerm& term = terms.at(position);
        if (!term.counted)
            continue;
        latestA += term.latestA;
        latestB += term.latestB;
        if (improvement) {
            baselineA += term.baselineA;
            baselineB += term.baselineB;
        }
    }
    if (!(latestB > 0.0) || (improvement && !(baselineB > 0.0)))
        return std::nullopt;
    return latestA / latestB - (improvement ? baselineA / baselineB : 0.0);
}

GroupEstimate OutcomeFigures::estimate(const Row& row, AnalyticsGroup group, const QVector<int>& positions,
                                       bool withInterval) const
{
    return row.improvement ? improvement(group, row.metric, positions, withInterval)
                           : latest(group, row.metric, positions, withInterval);
}

BalanceRow OutcomeFigures::balanceRow(int metric) const
{
    const OutcomeMetric& outcome = OutcomeMetric::all().at(metric);
    BalanceRow row;
    row.metric = outcome.key();
    Moments groupMoments[2];
    for (AnalyticsGroup group : {AnalyticsGroup::Mentored, AnalyticsGroup::Comparison}) {
        QVector<double> values;
        QVector<double> weights;
        for (const AnalysisMember& member : m_context.members(group)) {
            const MetricSnapshot* baseline = m_context.seller(member).lastOnOrBefore(member.start);
            const auto value = baseline ? outcome.sellerValue(*baseline) : std::nullopt;
            if (value) {
                values.append(*value);
                weights.append(member.weight);
            }
        }
        groupMoments[group == AnalyticsGroup::Comparison ? 1 : 0] = momentsOf(values, weights);
    }
    row.mentoredMean = groupMoments[0].mean;
    row.comparisonMean = groupMoments[1].mean;
    row.mentoredN = groupMoments[0].n;
    row.comparisonN = groupMoments[1].n;
    const double pooled = std::sqrt((groupMoments[0].variance + groupMoments[1].variance) / 2.0);
    if (row.mentoredMean && row.comparisonMean && pooled > 0.0)
        row.standardizedDifference = (*row.mentoredMean - *row.comparisonMean) / pooled;
    return row;
}

void OutcomeFigures::fill(Figures& figures) const
{
    const bool intervals = m_context.withIntervals;
    const QVector<OutcomeMetric>& metrics = OutcomeMetric::all();
    QVector<Row> rows;
    for (int metric = 0; metric < metrics.size(); ++metric) {
        if (metrics.at(metric).hasLatestFigure)
            rows.append(Row{metrics.at(metric).latestFigure(), metric, false});
        rows.append(Row{metrics.at(metric).improvementFigure(), metric, true});
        figures.balance.append(balanceRow(metric));
    }
    const QVector<int> mentoredPositions = m_context.everyPosition(AnalyticsGroup::Mentored);
    const QVector<int> comparisonPositions = m_context.everyPosition(AnalyticsGroup::Comparison);
    QVector<std::pair<GroupEstimate, GroupEstimate>> estimates;
    QVector<DifferenceInDifferences::GroupStatistic> statistics;
    QVector<int> bootstrapped(rows.size(), -1); // row → its statistic
    for (int index = 0; index < rows.size(); ++index) {
        const Row& row = rows.at(index);
        estimates.append({estimate(row, AnalyticsGroup::Mentored, mentoredPositions, intervals),
                          estimate(row, AnalyticsGroup::Comparison, comparisonPositions, intervals)});
        if (intervals && estimates.last().first.value && estimates.last().second.value) {
            bootstrapped[index] = static_cast<int>(statistics.size());
            statistics.append([mentoredTerms = weightedTerms(row, AnalyticsGroup::Mentored),
                               comparisonTerms = weightedTerms(row, AnalyticsGroup::Comparison),
                               improvement = row.improvement](AnalyticsGroup group, const QVector<int>& positions) {
                return value(group == AnalyticsGroup::Comparison ? comparisonTerms : mentoredTerms, improvement,
                             positions);
            });
        }
    }
    // One resampling for every row: the rows' intervals are those of separate runs (same seed).
    const QVector<std::optional<ConfidenceInterval>> differenceIntervals =
        DifferenceInDifferences::intervals(m_context, statistics);
    for (int index = 0; index < rows.size(); ++index) {
        const auto& [mentored, comparison] = estimates.at(index);
        const QString& name = rows.at(index).name;
        figures.figures.append(FigureRows::group(name, AnalyticsGroup::Mentored, mentored, intervals));
        figures.figures.append(FigureRows::group(name, AnalyticsGroup::Comparison, comparison, intervals));
        const auto interval =
            bootstrapped.at(index) < 0 ? std::nullopt : differenceIntervals.at(bootstrapped.at(index));
        figures.figures.append(
            FigureRows::difference(name, mentored, comparison, m_context.groups.menteesCovered, interval, intervals));
    }
}

std::optional<QVector<qint64>> OutcomeFigures::sellersBehind(const FigureKey& key) const
{
    const QVector<OutcomeMetric>& metrics = OutcomeMetric::all();
    for (int metric = 0; metric < metrics.size(); ++metric) {
        const bool latestRow = metrics.at(metric).latestFigure() == key.metric;
        if (!latestRow && metrics.at(metric).improvementFigure() != key.metric)
            continue;
        QVector<qint64> ids;
        for (AnalyticsGroup group : {AnalyticsGroup::Mentored, AnalyticsGroup::Comparison}) {
            if (key.group != AnalyticsGroup::Difference && key.group != group)
                continue;
            const QVector<MemberParts>& memberParts = parts(group).at(metric);
            for (int position = 0; position < memberParts.size(); ++position) {
                const MemberParts& both = memberParts.at(position);
                if (both.latest && (latestRow || both.baseline))
                    ids.append(m_context.seller(m_context.members(group).at(position)).id);
            }
        }
        return ids;
    }
    return std::nullopt;
}

} // namespace mentordesk
