// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/KaplanMeier.h"

#include <algorithm>
#include <cmath>

namespace mentordesk {

namespace {

// Products of (1 − d/n) that are 0.5 in exact arithmetic can come out a few ulps above it.
constexpr double kHalf = 0.5 * (1.0 + 1e-9);

bool isUsable(const SurvivalSubject& subject)
{
    return std::isfinite(subject.time) && subject.time >= 0.0 && std::isfinite(subject.weight) && subject.weight > 0.0;
}

/// The weights that leave the risk set at one distinct time.
struct TimeGroup {
    double time = 0.0;
    double events = 0.0;
    double censored = 0.0;
};

QVector<TimeGroup> groupByTime(QVector<SurvivalSubject> subjects)
{
    std::sort(subjects.begin(), subjects.end(),
              [](const SurvivalSubject& a, const SurvivalSubject& b) { return a.time < b.time; });
    QVector<TimeGroup> groups;
    for (const SurvivalSubject& subject : subjects) {
        if (groups.isEmpty() || groups.last().time != subject.time)
            groups.append(TimeGroup{subject.time, 0.0, 0.0});
        (subject.event ? groups.last().events : groups.last().censored) += subject.weight;
    }
    return groups;
}

void addBand(SurvivalStep& step)
{
    if (!step.greenwoodSum || step.survival <= 0.0 || step.survival >= 1.0)
        return;
    const double sigma = std::sqrt(*step.greenwoodSum) / std::fabs(std::log(step.survival));
    step.lower = std::pow(step.survival, std::exp(KaplanMeier::kZ95 * sigma));
    step.upper = std::pow(step.survival, std::exp(-KaplanMeier::kZ95 * sigma));
}

/// survivorsAfter = n_j − d_j, summed from the later subjects rather than subtracted, so that a
/// step where everybody at risk has the event gives exactly zero.
SurvivalStep makeStep(const TimeGroup& group, double survivorsAfter, const SurvivalStep* previous)
{
    SurvivalStep step;
    step.time = group.time;
    step.events = group.events;
    step.atRisk = group.events + survivorsAfter;
    const double previousSurvival = previous ? previous->survival : 1.0;
    const std::optional<double> previousGreenwood = previous ? previous->greenwoodSum : 0.0;
    step.survival = survivorsAfter > 0.0 ? previousSurvival * (survivorsAfter / step.atRisk) : 0.0;
    if (survivorsAfter > 0.0 && previousGreenwood) {
        step.greenwoodSum = *previousGreenwood + step.events / (step.atRisk * survivorsAfter);
        step.standardError = step.survival * std::sqrt(*step.greenwoodSum);
    }
    addBand(step);
    return step;
}

} // namespace

KaplanMeier::KaplanMeier(const QVector<SurvivalSubject>& subjects)
{
    QVector<SurvivalSubject> usable;
    usable.reserve(subjects.size());
    for (const SurvivalSubject& subject : subjects) {
        if (!isUsable(subject)) {
            ++m_ignoredSubjects;
            continue;
        }
        usable.append(subject);
        m_subjectWeight += subject.weight;
        if (subject.event)
            m_eventWeight += subject.weight;
    }
    const QVector<TimeGroup> groups = groupByTime(usable);
    // Weight still at risk after each group: a suffix sum, so n_j − d_j never suffers cancellation.
    QVector<double> laterWeight(groups.size() + 1, 0.0);
    for (qsizetype i = groups.size() - 1; i >= 0; --i)
        laterWeight[i] = laterWeight[i + 1] + groups[i].events + groups[i].censored;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (groups[i].events <= 0.0)
            continue;
        const double survivorsAfter = groups[i].censored + laterWeight[i + 1];
        m_steps.append(makeStep(groups[i], survivorsAfter, m_steps.isEmpty() ? nullptr : &m_steps.last()));
    }
}

double KaplanMeier::survivalAt(double time) const
{
    double survival = 1.0;
    for (const SurvivalStep& step : m_steps) {
        if (step.time > time)
            break;
        survival = step.survival;
    }
    return survival;
}

SurvivalMedian KaplanMeier::median() const
{
    SurvivalMedian result;
    for (const SurvivalStep& step : m_steps) {
        if (!result.median && step.survival <= kHalf)
            result.median = step.time;
        if (!result.lower && step.lower && *step.lower <= kHalf)
            result.lower = step.time;
        if (!result.upper && step.upper && *step.upper <= kHalf)
            result.upper = step.time;
    }
    return result;
}

} // namespace mentordesk
