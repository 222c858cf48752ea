// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Intervals.h"

#include <QVector>

#include <functional>
#include <optional>

namespace mentordesk {

/// One stratum cell of the bootstrap: a value per seller of each group (e.g. each seller's
/// improvement). A cell's comparison sellers share one weight W (ComparisonStrata), so the
/// statistic knows the weights from the cell index and the values need not carry them.
struct BootstrapStratum {
    QVector<double> mentored;
    QVector<double> comparison;
};

/// The interval of a statistic of the two groups, and the statistic on the data itself.
struct BootstrapResult {
    double estimate = 0.0;
    /// 2.5th/97.5th percentiles of the replicates; none when fewer than two were finite.
    std::optional<ConfidenceInterval> interval;
    int finiteReplicates = 0; ///< Replicates whose statistic was finite (the others are left out).
};

/// The stratified percentile bootstrap of docs/metrics.md ("Difference in differences"): every
/// replicate resamples the sellers of each stratum cell with replacement, separately for the
/// mentored and the comparison group, so each cell keeps its group sizes (and so its weights) and
/// only the within-cell spread enters the interval. Interval = the 2.5th and 97.5th percentiles of
/// the replicates, type-7 quantiles (R's `quantile` default).
///
/// Deterministic: one std::mt19937_64 seeded with `seed`; replicate by replicate, cell by cell in
/// the order given, mentored before comparison. An index in [0, n) is drawn without modulo bias
/// (rejection), so the draws do not depend on the standard library's distributions.
class StratifiedBootstrap {
public:
    /// The statistic of one (resampled or original) data set, e.g. a difference in means.
    using Statistic = std::function<double(const QVector<BootstrapStratum>&)>;

    static constexpr int kDefaultReplicates = 1000;
    static constexpr quint64 kDefaultSeed = 20261211;

    explicit StratifiedBootstrap(int replicates = kDefaultReplicates, quint64 seed = kDefaultSeed);

    BootstrapResult run(const QVector<BootstrapStratum>& strata, const Statistic& statistic) const;

    /// Type-7 quantile of sorted values: h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
    /// sortedValues must not be empty; p in [0, 1].
    static double quantile(const QVector<double>& sortedValues, double probability);

private:
    int m_replicates;
    quint64 m_seed;
};

} // namespace mentordesk
