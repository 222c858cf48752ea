// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/DifferenceInDifferences.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace mentordesk {

std::optional<ConfidenceInterval> DifferenceInDifferences::interval(const AnalysisContext& context,
                                                                    const GroupStatistic& statistic, int replicates)
{
    return intervals(context, {statistic}, replicates).value(0);
}

QVector<std::optional<ConfidenceInterval>> DifferenceInDifferences::intervals(const AnalysisContext& context,
                                                                              const QVector<GroupStatistic>& statistics,
                                                                              int replicates)
{
    QVector<std::optional<ConfidenceInterval>> result(statistics.size());
    if (context.isCancelled() || statistics.isEmpty())
        return result;
    QVector<QVector<double>> replicateValues(statistics.size());
    bool original = true; // StratifiedBootstrap evaluates the data itself first: not a replicate
    QVector<int> mentored;
    QVector<int> comparison;
    const auto collect = [&](const QVector<BootstrapStratum>& sample) {
        if (std::exchange(original, false) || context.isCancelled())
            return 0.0;
        mentored.clear();
        comparison.clear();
        for (const BootstrapStratum& cell : sample) {
            for (double position : cell.mentored)
                mentored.append(static_cast<int>(position));
            for (double position : cell.comparison)
                comparison.append(static_cast<int>(position));
        }
        for (int index = 0; index < statistics.size(); ++index) {
            const auto mentoredValue = statistics.at(index)(AnalyticsGroup::Mentored, mentored);
            const auto comparisonValue = statistics.at(index)(AnalyticsGroup::Comparison, comparison);
            if (mentoredValue && comparisonValue && std::isfinite(*mentoredValue - *comparisonValue))
                replicateValues[index].append(*mentoredValue - *comparisonValue);
        }
        return 0.0;
    };
    StratifiedBootstrap(replicates).run(context.groups.bootstrapStrata(), collect);
    if (context.isCancelled())
        return result;
    // The percentile interval exactly as StratifiedBootstrap::run forms it.
    for (int index = 0; index < statistics.size(); ++index) {
        QVector<double>& values = replicateValues[index];
        if (values.size() < 2)
            continue;
        std::sort(values.begin(), values.end());
        result[index] = ConfidenceInterval{StratifiedBootstrap::quantile(values, 0.025),
                                           StratifiedBootstrap::quantile(values, 0.975)};
    }
    return result;
}

} // namespace mentordesk
