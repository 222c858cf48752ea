// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/StratifiedBootstrap.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

namespace mentordesk {

namespace {

/// Uniform in [0, count): rejects the top partial block of the 2⁶⁴ range so every index is
/// equally likely (a plain modulo favours small indices).
qsizetype drawIndex(std::mt19937_64& engine, qsizetype count)
{
    const auto range = static_cast<std::uint64_t>(count);
    const std::uint64_t limit =
        std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % range;
    std::uint64_t draw = engine();
    while (draw >= limit)
        draw = engine();
    return static_cast<qsizetype>(draw % range);
}

void resample(std::mt19937_64& engine, const QVector<double>& values, QVector<double>& into)
{
    into.resize(values.size());
    for (double& value : into)
        value = values.at(drawIndex(engine, values.size()));
}

} // namespace

StratifiedBootstrap::StratifiedBootstrap(int replicates, quint64 seed)
    : m_replicates(replicates)
    , m_seed(seed)
{
}

BootstrapResult StratifiedBootstrap::run(const QVector<BootstrapStratum>& strata, const Statistic& statistic) const
{
    BootstrapResult result;
    result.estimate = statistic(strata);

    std::mt19937_64 engine(m_seed);
    QVector<BootstrapStratum> replicate(strata.size());
    QVector<double> replicateValues;
    replicateValues.reserve(m_replicates);
    for (int index = 0; index < m_replicates; ++index) {
        for (int cell = 0; cell < strata.size(); ++cell) {
            resample(engine, strata.at(cell).mentored, replicate[cell].mentored);
            resample(engine, strata.at(cell).comparison, replicate[cell].comparison);
        }
        const double value = statistic(replicate);
        if (std::isfinite(value))
            replicateValues.append(value);
    }
    result.finiteReplicates = static_cast<int>(replicateValues.size());
    if (replicateValues.size() < 2)
        return result;
    std::sort(replicateValues.begin(), replicateValues.end());
    result.interval = ConfidenceInterval{quantile(replicateValues, 0.025), quantile(replicateValues, 0.975)};
    return result;
}

double StratifiedBootstrap::quantile(const QVector<double>& sortedValues, double probability)
{
    const double position = (sortedValues.size() - 1) * probability;
    const auto lower = static_cast<qsizetype>(std::floor(position));
    if (lower + 1 >= sortedValues.size())
        return sortedValues.last();
    const double fraction = position - lower;
    return sortedValues.at(lower) + fraction * (sortedValues.at(lower + 1) - sortedValues.at(lower));
}

} // namespace mentordesk
