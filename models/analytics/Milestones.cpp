// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/Milestones.h"

#include "analytics/DifferenceInDifferences.h"
#include "analytics/FigureRows.h"
#include "analytics/GroupEstimator.h"

namespace mentordesk {

Milestones::Milestones(const AnalysisContext& context)
    : m_context(context)
    , m_mentoredRevenue(reachedDates(AnalyticsGroup::Mentored, true))
    , m_comparisonRevenue(reachedDates(AnalyticsGroup::Comparison, true))
    , m_mentoredQuality(reachedDates(AnalyticsGroup::Mentored, false))
    , m_comparisonQuality(reachedDates(AnalyticsGroup::Comparison, false))
{
}

QVector<QDate> Milestones::reachedDates(AnalyticsGroup group, bool revenueGoal) const
{
    const FieldId field = revenueGoal ? FieldId::SnapshotRevenue : FieldId::SnapshotListingQuality;
    const double goal = revenueGoal ? m_context.goals.monthlyRevenue : m_context.goals.listingQuality;
    QVector<QDate> dates;
    for (const AnalysisMember& member : m_context.members(group)) {
        const SellerOutcome& seller = m_context.seller(member);
        const MetricSnapshot* baseline = seller.lastOnOrBefore(member.start);
        QDate reached;
        for (const MetricSnapshot& snapshot : seller.snapshots) {
            const bool counts = baseline ? snapshot.date >= baseline->date : snapshot.date > member.start;
            const auto value = snapshot.value(field);
            if (counts && value && *value >= goal) {
                reached = snapshot.date;
                break;
            }
        }
        dates.append(reached);
    }
    return dates;
}

bool Milestones::eligible(const AnalysisMember& member, int month) const
{
    return member.start.addMonths(month) <= m_context.asOf;
}

GroupEstimate Milestones::shareAt(AnalyticsGroup group, const QVector<QDate>& reached, const QVector<int>& positions,
                                  int month, bool withInterval) const
{
    const QVector<AnalysisMember>& members = m_context.members(group);
    QVector<ShareTerm> terms;
    terms.reserve(positions.size());
    for (int position : positions) {
        const AnalysisMember& member = members.at(position);
        const QDate monthEnd = member.start.addMonths(month); // eligible(member, month), computed once
        if (monthEnd > m_context.asOf)
            continue;
        const QDate& date = reached.at(position);
        terms.append(ShareTerm{member.weight, date.isValid() && date <= monthEnd});
    }
    return GroupEstimator::share(terms, withInterval);
}

QVector<qint8> Milestones::figureMonthOutcomes(AnalyticsGroup group, bool revenueGoal) const
{
    const QVector<AnalysisMember>& members = m_context.members(group);
    const QVector<QDate>& dates = reached(group, revenueGoal);
    QVector<qint8> outcomes(members.size(), kNotEligible);
    for (int position = 0; position < members.size(); ++position) {
        const QDate monthEnd = members.at(position).start.addMonths(kFigureMonth);
        if (monthEnd <= m_context.asOf)
            outcomes[position] = dates.at(position).isValid() && dates.at(position) <= monthEnd ? 1 : 0;
    }
    return outcomes;
}

std::optional<double> Milestones::figureMonthShare(AnalyticsGroup group, const QVector<qint8>& outcomes,
                                                   const QVector<int>& positions) const
{
    // GroupEstimator::share's value, summed in the same order, so the same number to the bit.
    const QVector<AnalysisMember>& members = m_context.members(group);
    double total = 0.0, successes = 0.0;
    for (int position : positions) {
        const qint8 outcome = outcomes.at(position);
        if (outcome == kNotEligible)
            continue;
        const double weight = members.at(position).weight;
        total += weight;
        if (outcome)
            successes += weight;
    }
    if (!(total > 0.0))
        return std::nullopt;
    return successes / total;
}

MonthlySeries Milestones::series(AnalyticsGroup group, bool revenueGoal) const
{
    const QVector<QDate>& dates = reached(group, revenueGoal);
    const QVector<int> positions = m_context.everyPosition(group);
    MonthlySeries series;
    series.metric = revenueGoal ? revenueSeries() : listingQualitySeries();
    series.group = group;
    for (int month = 0; month <= SellerOutcome::kLastMonth; ++month) {
        const GroupEstimate estimate = shareAt(group, dates, positions, month, m_context.withIntervals);
        series.points.append(SeriesPoint{month, estimate.value, estimate.interval, estimate.n});
    }
    series.tooFew = series.points.first().n < FigureRows::kTooFew;
    return series;
}

const QVector<QDate>& Milestones::reached(AnalyticsGroup group, bool revenueGoal) const
{
    const bool comparison = group == AnalyticsGroup::Comparison;
    if (revenueGoal)
        return comparison ? m_comparisonRevenue : m_mentoredRevenue;
    return comparison ? m_comparisonQuality : m_mentoredQuality;
}

void Milestones::fill(Figures& figures) const
{
    const bool intervals = m_context.withIntervals;
    GroupEstimate atFigureMonth[2][2]; // [revenue goal?][comparison?]
    QVector<DifferenceInDifferences::GroupStatistic> statistics;
    for (bool revenueGoal : {true, false}) {
        for (AnalyticsGroup group : {AnalyticsGroup::Mentored, AnalyticsGroup::Comparison}) {
            const QVector<QDate>& dates = reached(group, revenueGoal);
            atFigureMonth[revenueGoal][group == AnalyticsGroup::Comparison] =
                shareAt(group, dates, m_context.everyPosition(group), kFigureMonth, intervals);
            figures.series.append(series(group, revenueGoal));
        }
        if (!intervals)
            continue;
        // The bootstrap asks for month 6 a thousand times: each member's outcome then is found once.
        const QVector<qint8> mentoredOutcomes = figureMonthOutcomes(AnalyticsGroup::Mentored, revenueGoal);
        const QVector<qint8> comparisonOutcomes = figureMonthOutcomes(AnalyticsGroup::Comparison, revenueGoal);
        statistics.append([this, mentoredOutcomes, comparisonOutcomes](AnalyticsGroup group,
                                                                       const QVector<int>& positions) {
            return figureMonthShare(group, group == AnalyticsGroup::Comparison ? comparisonOutcomes : mentoredOutcomes,
                                    positions);
        });
    }
    // Both goals from one resampling (the rows' intervals are those of separate runs).
    QVector<std::optional<ConfidenceInterval>> differenceIntervals(2);
    if (intervals)
        differenceIntervals = DifferenceInDifferences::intervals(m_context, statistics);
    for (bool revenueGoal : {true, false}) {
        const QString name =
            revenueGoal ? MetricKey::MilestoneRevenueShareM6 : MetricKey::MilestoneListingQualityShareM6;
        const GroupEstimate& mentored = atFigureMonth[revenueGoal][0];
        const GroupEstimate& comparison = atFigureMonth[revenueGoal][1];
        figures.figures.append(FigureRows::group(name, AnalyticsGroup::Mentored, mentored, intervals));
        figures.figures.append(FigureRows::group(name, AnalyticsGroup::Comparison, comparison, intervals));
        const auto interval =
            mentored.value && comparison.value ? differenceIntervals.at(revenueGoal ? 0 : 1) : std::nullopt;
        figures.figures.append(
            FigureRows::difference(name, mentored, comparison, m_context.groups.menteesCovered, interval, intervals));
    }
}

std::optional<QVector<qint64>> Milestones::sellersBehind(const FigureKey& key) const
{
    bool revenueGoal = false;
    if (key.metric == revenueSeries() || key.metric == QLatin1String(MetricKey::MilestoneRevenueShareM6))
        revenueGoal = true;
    else if (key.metric != listingQualitySeries() &&
             key.metric != QLatin1String(MetricKey::MilestoneListingQualityShareM6))
        return std::nullopt;
    const bool overview = key.chart == FigureKey::Chart::Overview;
    const int month = overview ? kFigureMonth : std::max(0, key.monthSinceStart);
    QVector<qint64> ids;
    for (AnalyticsGroup group : {AnalyticsGroup::Mentored, AnalyticsGroup::Comparison}) {
        if (key.group != AnalyticsGroup::Difference && key.group != group)
            continue;
        const QVector<QDate>& dates = reached(group, revenueGoal);
        const QVector<AnalysisMember>& members = m_context.members(group);
        for (int position = 0; position < members.size(); ++position) {
            const AnalysisMember& member = members.at(position);
            if (!eligible(member, month))
                continue;
            const QDate& date = dates.at(position);
            if (overview || (date.isValid() && date <= member.start.addMonths(month)))
                ids.append(m_context.seller(member).id);
        }
    }
    return ids;
}

} // namespace mentordesk
