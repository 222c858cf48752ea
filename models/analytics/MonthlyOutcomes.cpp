// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/MonthlyOutcomes.h"

#include "analytics/FigureRows.h"
#include "analytics/GroupEstimator.h"
#include "analytics/OutcomeMetric.h"

#include <algorithm>

namespace mentordesk {

MonthlyOutcomes::MonthlyOutcomes(const AnalysisContext& context)
    : m_context(context)
    , m_mentored(monthSnapshots(AnalyticsGroup::Mentored))
    , m_comparison(monthSnapshots(AnalyticsGroup::Comparison))
{
}

MonthlyOutcomes::MonthSnapshots MonthlyOutcomes::monthSnapshots(AnalyticsGroup group) const
{
    MonthSnapshots result;
    for (const AnalysisMember& member : m_context.members(group)) {
        std::array<const MetricSnapshot*, SellerOutcome::kLastMonth + 1> months{};
        for (int month = 0; month <= SellerOutcome::kLastMonth; ++month)
            months[static_cast<size_t>(month)] = m_context.seller(member).atMonth(member.start, month);
        result.append(months);
    }
    return result;
}

QStringList MonthlyOutcomes::metricKeys()
{
    return {QStringLiteral("listing_quality"),      QStringLiteral("return_rate"),
            QStringLiteral("average_order_value"),  QStringLiteral("csat"),
            QStringLiteral("repeat_purchase_rate"), QStringLiteral("price_competitiveness"),
            QStringLiteral("inventory_turnover")};
}

QVector<std::optional<OutcomeParts>> MonthlyOutcomes::valuesAt(AnalyticsGroup group, const QString& metricKey,
                                                               int month) const
{
    const OutcomeMetric* metric = OutcomeMetric::find(metricKey);
    const MonthSnapshots& snapshots = group == AnalyticsGroup::Comparison ? m_comparison : m_mentored;
    QVector<std::optional<OutcomeParts>> values;
    values.reserve(snapshots.size());
    for (const auto& months : snapshots) {
        const MetricSnapshot* snapshot = months.at(static_cast<size_t>(month));
        values.append(snapshot && metric ? metric->parts(*snapshot) : std::nullopt);
    }
    return values;
}

void MonthlyOutcomes::fill(Figures& figures) const
{
    for (const QString& key : metricKeys()) {
        const OutcomeMetric* metric = OutcomeMetric::find(key);
        if (!metric)
            continue;
        for (AnalyticsGroup group : {AnalyticsGroup::Mentored, AnalyticsGroup::Comparison}) {
            if (m_context.isCancelled())
                return;
            MonthlySeries series;
            series.metric = key;
            series.group = group;
            const QVector<AnalysisMember>& members = m_context.members(group);
            for (int month = 0; month <= SellerOutcome::kLastMonth; ++month) {
                const QVector<std::optional<OutcomeParts>> values = valuesAt(group, key, month);
                QVector<LevelTerm> terms;
                for (int position = 0; position < values.size(); ++position) {
                    if (values.at(position))
                        terms.append(LevelTerm{members.at(position).weight, *values.at(position)});
                }
                const GroupEstimate estimate = GroupEstimator::level(terms, metric->ratio, m_context.withIntervals);
                series.points.append(SeriesPoint{month, estimate.value, estimate.interval, estimate.n});
            }
            series.tooFew = series.points.first().n < FigureRows::kTooFew;
            figures.series.append(series);
        }
    }
}

std::optional<QVector<qint64>> MonthlyOutcomes::sellersBehind(const FigureKey& key) const
{
    if (!metricKeys().contains(key.metric))
        return std::nullopt;
    QVector<qint64> ids;
    for (AnalyticsGroup group : {AnalyticsGroup::Mentored, AnalyticsGroup::Comparison}) {
        if (key.group != AnalyticsGroup::Difference && key.group != group)
            continue;
        const QVector<std::optional<OutcomeParts>> values =
            valuesAt(group, key.metric, std::clamp(key.monthSinceStart, 0, SellerOutcome::kLastMonth));
        for (int position = 0; position < values.size(); ++position) {
            if (values.at(position))
                ids.append(m_context.seller(m_context.members(group).at(position)).id);
        }
    }
    return ids;
}

} // namespace mentordesk
