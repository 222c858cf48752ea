// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/RampTime.h"

#include "analytics/DifferenceInDifferences.h"
#include "analytics/FigureRows.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace mentordesk {

namespace {

std::optional<SurvivalSubject> subjectOf(const SellerOutcome& seller, const AnalysisMember& member, const QDate& asOf)
{
    SurvivalSubject subject;
    subject.weight = member.weight;
    if (seller.firstSaleDate.isValid() && seller.firstSaleDate < member.start)
        return std::nullopt;
    if (seller.firstSaleDate.isValid() && seller.firstSaleDate <= asOf) {
        subject.event = true;
        subject.time = static_cast<double>(member.start.daysTo(seller.firstSaleDate));
    } else {
        subject.time = static_cast<double>(member.start.daysTo(asOf));
    }
    return subject;
}

std::optional<double> medianOf(const QVector<SurvivalSubject>& subjects)
{
    if (subjects.isEmpty())
        return std::nullopt;
    return KaplanMeier(subjects).median().median;
}

GroupEstimate firstSaleShare(const QVector<SurvivalSubject>& subjects, bool withInterval)
{
    QVector<ShareTerm> terms;
    for (const SurvivalSubject& subject : subjects)
        terms.append(ShareTerm{subject.weight, subject.event});
    return GroupEstimator::share(terms, withInterval);
}

} // namespace

RampTime::RampTime(const AnalysisContext& context)
    : m_context(context)
{
    for (const AnalysisMember& member : context.groups.mentored)
        m_mentored.append(subjectOf(context.seller(member), member, context.asOf));
    for (const AnalysisMember& member : context.groups.comparison)
        m_comparison.append(subjectOf(context.seller(member), member, context.asOf));
}

int RampTime::medianReplicates(int subjects)
{
    if (subjects <= 0)
        return StratifiedBootstrap::kDefaultReplicates;
    return std::clamp(200000000 / subjects, 200, StratifiedBootstrap::kDefaultReplicates);
}

QVector<SurvivalSubject> RampTime::subjects(AnalyticsGroup group, const QVector<int>& positions) const
{
    const auto& all = group == AnalyticsGroup::Comparison ? m_comparison : m_mentored;
    QVector<SurvivalSubject> result;
    result.reserve(positions.size());
    for (int position : positions) {
        if (all.at(position))
            result.append(*all.at(position));
    }
    return result;
}

QVector<int> RampTime::atRiskPositions(AnalyticsGroup group) const
{
    const auto& all = group == AnalyticsGroup::Comparison ? m_comparison : m_mentored;
    QVector<int> positions;
    for (int position = 0; position < all.size(); ++position) {
        if (all.at(position))
            positions.append(position);
    }
    return positions;
}

RampCurve RampTime::curve(AnalyticsGroup group) const
{
    const auto& all = group == AnalyticsGroup::Comparison ? m_comparison : m_mentored;
    const QVector<SurvivalSubject> atRisk = subjects(group, m_context.everyPosition(group));
    RampCurve curve;
    curve.group = group;
    curve.subjects = static_cast<int>(atRisk.size());
    curve.soldBeforeStart = static_cast<int>(all.size() - atRisk.size());
    for (const SurvivalSubject& subject : atRisk) {
        curve.subjectWeight += subject.weight;
        if (subject.event)
            ++curve.events;
        else
            ++curve.noSaleYet;
    }
    if (atRisk.isEmpty())
        return curve;
    const KaplanMeier estimator(atRisk);
    curve.steps = estimator.steps();
    curve.median = estimator.median();
    if (!m_context.withIntervals) {
        for (SurvivalStep& step : curve.steps)
            step.lower = step.upper = std::nullopt;
        curve.median.lower = curve.median.upper = std::nullopt;
    }
    return curve;
}

void RampTime::fill(Figures& figures) const
{
    const bool intervals = m_context.withIntervals;
    const RampCurve mentored = curve(AnalyticsGroup::Mentored);
    const RampCurve comparison = curve(AnalyticsGroup::Comparison);
    figures.rampCurves = {mentored, comparison};

    const auto medianStatistic = [this](AnalyticsGroup group, const QVector<int>& positions) {
        return medianOf(subjects(group, positions));
    };
    GroupEstimate medians[2];
    for (const RampCurve* groupCurve : {&mentored, &comparison}) {
        GroupEstimate& estimate = medians[groupCurve == &comparison ? 1 : 0];
        estimate.n = groupCurve->subjects;
        estimate.value = groupCurve->median.median;
        if (groupCurve->median.lower && groupCurve->median.upper)
            estimate.interval = ConfidenceInterval{*groupCurve->median.lower, *groupCurve->median.upper};
        Figure figure = FigureRows::group(MetricKey::RampTimeMedianDays, groupCurve->group, estimate, intervals);
        if (groupCurve->subjects > 0 && !estimate.value) {
            figure.state = FigureState::NotReached;
            figure.reason = QCoreApplication::translate("AnalyticsEngine", "Not reached: fewer than half of "
                                                                           "these sellers have made a first sale.");
        }
        figures.figures.append(figure);
    }
    std::optional<ConfidenceInterval> medianInterval;
    if (intervals && medians[0].value && medians[1].value)
        medianInterval = DifferenceInDifferences::interval(m_context, medianStatistic,
                                                           medianReplicates(mentored.subjects + comparison.subjects));
    Figure medianDifference = FigureRows::difference(MetricKey::RampTimeMedianDays, medians[0], medians[1],
                                                     m_context.groups.menteesCovered, medianInterval, intervals);
    if (mentored.subjects > 0 && comparison.subjects > 0 && (!medians[0].value || !medians[1].value)) {
        medianDifference.state = FigureState::NotReached;
        medianDifference.reason = QCoreApplication::translate("AnalyticsEngine", "A group's median is not reached, "
                                                                                 "so there is no difference.");
    }
    figures.figures.append(medianDifference);

    const auto shareStatistic = [this](AnalyticsGroup group, const QVector<int>& positions) {
        return firstSaleShare(subjects(group, positions), false).value;
    };
    const GroupEstimate mentoredShare =
        firstSaleShare(subjects(AnalyticsGroup::Mentored, atRiskPositions(AnalyticsGroup::Mentored)), intervals);
    const GroupEstimate comparisonShare =
        firstSaleShare(subjects(AnalyticsGroup::Comparison, atRiskPositions(AnalyticsGroup::Comparison)), intervals);
    figures.figures.append(
        FigureRows::group(MetricKey::FirstSaleShare, AnalyticsGroup::Mentored, mentoredShare, intervals));
    figures.figures.append(
        FigureRows::group(MetricKey::FirstSaleShare, AnalyticsGroup::Comparison, comparisonShare, intervals));
    std::optional<ConfidenceInterval> shareInterval;
    if (intervals && mentoredShare.value && comparisonShare.value)
        shareInterval = DifferenceInDifferences::interval(m_context, shareStatistic);
    figures.figures.append(FigureRows::difference(MetricKey::FirstSaleShare, mentoredShare, comparisonShare,
                                                  m_context.groups.menteesCovered, shareInterval, intervals));
}

QVector<qint64> RampTime::sellersBehind(const FigureKey& key) const
{
    const AnalyticsGroup group = key.group;
    QVector<qint64> ids;
    for (AnalyticsGroup side : {AnalyticsGroup::Mentored, AnalyticsGroup::Comparison}) {
        if (group != AnalyticsGroup::Difference && group != side)
            continue;
        const auto& all = side == AnalyticsGroup::Comparison ? m_comparison : m_mentored;
        const auto& members = m_context.members(side);
        const int days = key.monthSinceStart >= 0 ? 30 * key.monthSinceStart : key.days;
        for (int position = 0; position < all.size(); ++position) {
            const auto& subject = all.at(position);
            if (!subject)
                continue;
            if (key.chart == FigureKey::Chart::RampTime && days >= 0 && !(subject->event && subject->time <= days))
                continue;
            ids.append(m_context.seller(members.at(position)).id);
        }
    }
    return ids;
}

} // namespace mentordesk
