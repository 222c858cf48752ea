// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/DifferenceInDifferences.h"

#include <cmath>
#include <limits>

namespace mentordesk {

std::optional<ConfidenceInterval> DifferenceInDifferences::interval(const AnalysisContext& context,
                                                                    const GroupStatistic& statistic, int replicates)
{
    if (context.isCancelled())
        return std::nullopt;
    const QVector<BootstrapStratum> strata = context.groups.bootstrapStrata();
    const auto difference = [&](const QVector<BootstrapStratum>& sample) {
        QVector<int> mentored;
        QVector<int> comparison;
        for (const BootstrapStratum& cell : sample) {
            for (double position : cell.mentored)
                mentored.append(static_cast<int>(position));
            for (double position : cell.comparison)
                comparison.append(static_cast<int>(position));
        }
        const auto mentoredValue = statistic(AnalyticsGroup::Mentored, mentored);
        const auto comparisonValue = statistic(AnalyticsGroup::Comparison, comparison);
        if (!mentoredValue || !comparisonValue)
            return std::numeric_limits<double>::quiet_NaN();
        return *mentoredValue - *comparisonValue;
    };
    const BootstrapResult result = StratifiedBootstrap(replicates).run(strata, difference);
    return result.interval;
}

} // namespace mentordesk
