// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/MonthlyOutcomes.h"

#include "analytics/FigureRows.h"
#include "analytics/GroupEstimator.h"
#include "analytics/OutcomeMetric.h"

namespace mentordesk {

MonthlyOutcomes::MonthlyOutcomes(const AnalysisContext& context)
    : m_context(context)
{
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
    QVector<std::optional<OutcomeParts>> values;
    for (const AnalysisMember& member : m_context.members(group)) {
        const MetricSnapshot* snapshot = m_context.seller(member).atMonth(member.start, month);
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
            valuesAt(group, key.metric, std::max(0, key.monthSinceStart));
        for (int position = 0; position < values.size(); ++position) {
            if (values.at(position))
                ids.append(m_context.seller(m_context.members(group).at(position)).id);
        }
    }
    return ids;
}

} // namespace mentordesk
