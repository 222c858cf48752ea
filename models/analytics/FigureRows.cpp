// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/FigureRows.h"

#include <QCoreApplication>

namespace mentordesk {

QString FigureRows::noDataReason(AnalyticsGroup group)
{
    switch (group) {
    case AnalyticsGroup::Mentored:
        return QCoreApplication::translate("AnalyticsEngine", "No mentored seller in this view has the data this "
                                                              "figure needs.");
    case AnalyticsGroup::Comparison:
        return QCoreApplication::translate("AnalyticsEngine", "No comparison seller shares a stratum with these "
                                                              "mentees and has the data this figure needs.");
    case AnalyticsGroup::Difference:
        break;
    }
    return QCoreApplication::translate("AnalyticsEngine", "A group has no value, so there is no difference.");
}

QString FigureRows::tooFewReason(int sellers)
{
    return QCoreApplication::translate("AnalyticsEngine", "Only %n seller(s): too few to compare.", nullptr, sellers);
}

Figure FigureRows::group(const QString& metric, AnalyticsGroup group, const GroupEstimate& estimate,
                         bool intervalsComputed)
{
    Figure figure;
    figure.metric = metric;
    figure.group = group;
    figure.n = estimate.n;
    figure.value = estimate.value;
    figure.interval = estimate.interval;
    if (!estimate.value || estimate.n == 0) {
        figure.value.reset();
        figure.state = FigureState::NoData;
        figure.reason = noDataReason(group);
    } else if (estimate.n < kTooFew) {
        figure.state = FigureState::TooFew;
        figure.reason = tooFewReason(estimate.n);
    } else if (!intervalsComputed) {
        figure.state = FigureState::Computing;
    }
    return figure;
}

Figure FigureRows::difference(const QString& metric, const GroupEstimate& mentored, const GroupEstimate& comparison,
                              int coveredMentees, const std::optional<ConfidenceInterval>& interval,
                              bool intervalsComputed)
{
    Figure figure;
    figure.metric = metric;
    figure.group = AnalyticsGroup::Difference;
    figure.n = coveredMentees;
    if (!mentored.value || !comparison.value) {
        figure.state = FigureState::NoData;
        figure.reason = noDataReason(AnalyticsGroup::Difference);
        return figure;
    }
    figure.value = *mentored.value - *comparison.value;
    figure.interval = interval;
    const int smaller = std::min(mentored.n, comparison.n);
    if (smaller < kTooFew) {
        figure.state = FigureState::TooFew;
        figure.reason = tooFewReason(smaller);
    } else if (!intervalsComputed) {
        figure.state = FigureState::Computing;
    }
    return figure;
}

Figure FigureRows::notApplicable(const QString& metric, AnalyticsGroup group)
{
    Figure figure;
    figure.metric = metric;
    figure.group = group;
    figure.state = FigureState::NoData;
    figure.reason = QCoreApplication::translate("AnalyticsEngine", "Not applicable: comparison sellers have no "
                                                                   "pairings.");
    return figure;
}

} // namespace mentordesk
