// SPDX-License-Identifier: GPL-3.0-or-later
// StratifiedBootstrap: resampling stays inside each stratum and group with sizes kept, every
// seller is equally likely, the same seed gives the same interval, the type-7 quantile matches
// R's quantile(), and on normal data the percentile interval of a difference in means is
// Δ ± 1.96·SE within 10 %, SE being the exact stratified bootstrap standard error (plug-in
// variances per stratum) — which a bootstrap that ignored the strata would miss by far.
#include "analytics/StratifiedBootstrap.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace mentordesk;

namespace {

using Strata = QVector<BootstrapStratum>;

double normal(QRandomGenerator& random, double mean, double standardDeviation)
{
    // Box–Muller; 1 − u keeps the logarithm's argument in (0, 1].
    const double u = 1.0 - random.generateDouble();
    const double v = random.generateDouble();
    return mean + standardDeviation * std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * v);
}

struct Moments {
    double count = 0.0;
    double sum = 0.0;
    double sumOfSquares = 0.0;
    void add(double value)
    {
        count += 1.0;
        sum += value;
        sumOfSquares += value * value;
    }
    double mean() const { return sum / count; }
    double plugInVariance() const { return sumOfSquares / count - mean() * mean(); } // divisor n
};

/// The moments of one group over all strata.
Moments pooledMoments(const Strata& strata, QVector<double> BootstrapStratum::*group)
{
    Moments moments;
    for (const BootstrapStratum& stratum : strata) {
        for (const double value : stratum.*group)
            moments.add(value);
    }
    return moments;
}

double pooledMean(const Strata& strata, QVector<double> BootstrapStratum::*group)
{
    return pooledMoments(strata, group).mean();
}

double differenceInMeans(const Strata& strata)
{
    return pooledMean(strata, &BootstrapStratum::mentored) - pooledMean(strata, &BootstrapStratum::comparison);
}

/// Variance of the pooled mean under resampling within strata: Σ_s (n_s/n)² σ̂_s² / n_s.
double stratifiedVarianceOfMean(const Strata& strata, QVector<double> BootstrapStratum::*group)
{
    double total = 0.0;
    for (const BootstrapStratum& stratum : strata)
        total += (stratum.*group).size();
    double variance = 0.0;
    for (const BootstrapStratum& stratum : strata) {
        Moments moments;
        for (const double value : stratum.*group)
            moments.add(value);
        variance += std::pow(moments.count / total, 2) * moments.plugInVariance() / moments.count;
    }
    return variance;
}

/// The same without strata (what an unstratified bootstrap would give).
double pooledVarianceOfMean(const Strata& strata, QVector<double> BootstrapStratum::*group)
{
    const Moments moments = pooledMoments(strata, group);
    return moments.plugInVariance() / moments.count;
}

/// Three strata far apart (means 0, 5, 10), the mentored shifted by 1 with sd 1, the comparison
/// with sd 2, different sizes per stratum.
Strata normalStrata(quint32 seed)
{
    QRandomGenerator random(seed);
    const int mentoredSizes[] = {150, 100, 50};
    const int comparisonSizes[] = {200, 120, 80};
    Strata strata(3);
    for (int cell = 0; cell < 3; ++cell) {
        for (int i = 0; i < mentoredSizes[cell]; ++i)
            strata[cell].mentored.append(normal(random, 5.0 * cell + 1.0, 1.0));
        for (int i = 0; i < comparisonSizes[cell]; ++i)
            strata[cell].comparison.append(normal(random, 5.0 * cell, 2.0));
    }
    return strata;
}

} // namespace

class TestStratifiedBootstrap : public QObject {
    Q_OBJECT

private slots:
    void quantileIsType7_data();
    void quantileIsType7();
    void resamplesWithinStrataKeepingSizes();
    void drawsEverySellerEquallyOften();
    void sameSeedSameInterval();
    void intervalMatchesNormalTheory_data();
    void intervalMatchesNormalTheory();
    void nonFiniteStatisticGivesNoInterval();
};

void TestStratifiedBootstrap::quantileIsType7_data()
{
    QTest::addColumn<double>("probability");
    QTest::addColumn<double>("expected");
    // R: quantile(c(1, 2, 3, 4, 10), p). h = 4p: 0.1 → 1 + 0.1·1; 3.9 → 4 + 0.9·6.
    QTest::newRow("2.5 %") << 0.025 << 1.1;
    QTest::newRow("97.5 %") << 0.975 << 9.4;
    QTest::newRow("median") << 0.5 << 3.0;
    QTest::newRow("minimum") << 0.0 << 1.0;
    QTest::newRow("maximum") << 1.0 << 10.0;
}

void TestStratifiedBootstrap::quantileIsType7()
{
    QFETCH(double, probability);
    QFETCH(double, expected);
    QCOMPARE(StratifiedBootstrap::quantile({1.0, 2.0, 3.0, 4.0, 10.0}, probability), expected);
}

void TestStratifiedBootstrap::resamplesWithinStrataKeepingSizes()
{
    // Stratum s holds the values s·1000 + i (mentored) and −(s·1000 + i) (comparison).
    Strata strata(3);
    for (int cell = 0; cell < 3; ++cell) {
        for (int i = 0; i < 4 + cell; ++i)
            strata[cell].mentored.append(cell * 1000 + i);
        for (int i = 0; i < 7 - cell; ++i)
            strata[cell].comparison.append(-(cell * 1000 + i));
    }
    int calls = 0;
    int violations = 0;
    const auto check = [&](const Strata& sample) {
        ++calls;
        for (int cell = 0; cell < 3; ++cell) {
            violations += sample.at(cell).mentored.size() == strata.at(cell).mentored.size() ? 0 : 1;
            violations += sample.at(cell).comparison.size() == strata.at(cell).comparison.size() ? 0 : 1;
            for (const double value : sample.at(cell).mentored)
                violations += strata.at(cell).mentored.contains(value) ? 0 : 1;
            for (const double value : sample.at(cell).comparison)
                violations += strata.at(cell).comparison.contains(value) ? 0 : 1;
        }
        return 0.0;
    };
    StratifiedBootstrap(200, 5).run(strata, check);
    QCOMPARE(calls, 201); // the original data once, then every replicate
    QCOMPARE(violations, 0);
}

void TestStratifiedBootstrap::drawsEverySellerEquallyOften()
{
    // 10 sellers, 10 000 replicates: 10 000 draws expected each, sd ≈ 95; ±5 % is five sd.
    Strata strata(1);
    for (int i = 0; i < 10; ++i)
        strata[0].mentored.append(i);
    QVector<int> draws(10, 0);
    StratifiedBootstrap(10000, 99).run(strata, [&](const Strata& sample) {
        for (const double value : sample.at(0).mentored)
            ++draws[static_cast<int>(value)];
        return 0.0;
    });
    for (int i = 0; i < 10; ++i) {
        const int count = draws.at(i) - 1; // the statistic also saw the original data, each seller once
        QVERIFY2(std::abs(count - 10000) < 500, qPrintable(QStringLiteral("seller %1: %2").arg(i).arg(count)));
    }
}

void TestStratifiedBootstrap::sameSeedSameInterval()
{
    const Strata strata = normalStrata(3);
    const BootstrapResult first = StratifiedBootstrap(500, 42).run(strata, differenceInMeans);
    const BootstrapResult again = StratifiedBootstrap(500, 42).run(strata, differenceInMeans);
    const BootstrapResult other = StratifiedBootstrap(500, 43).run(strata, differenceInMeans);
    QVERIFY(first.interval && again.interval && other.interval);
    QCOMPARE(again.interval->low, first.interval->low);
    QCOMPARE(again.interval->high, first.interval->high);
    QVERIFY(other.interval->low != first.interval->low);
    QCOMPARE(first.estimate, differenceInMeans(strata));
    QCOMPARE(first.finiteReplicates, 500);
}

void TestStratifiedBootstrap::intervalMatchesNormalTheory_data()
{
    QTest::addColumn<quint32>("dataSeed");
    QTest::addColumn<quint64>("bootstrapSeed");
    QTest::newRow("data 1") << 1u << quint64{StratifiedBootstrap::kDefaultSeed};
    QTest::newRow("data 2") << 2u << quint64{7};
    QTest::newRow("data 3") << 3u << quint64{123456789};
}

void TestStratifiedBootstrap::intervalMatchesNormalTheory()
{
    QFETCH(quint32, dataSeed);
    QFETCH(quint64, bootstrapSeed);
    const Strata strata = normalStrata(dataSeed);
    const double standardError = std::sqrt(stratifiedVarianceOfMean(strata, &BootstrapStratum::mentored) +
                                           stratifiedVarianceOfMean(strata, &BootstrapStratum::comparison));
    const double unstratified = std::sqrt(pooledVarianceOfMean(strata, &BootstrapStratum::mentored) +
                                          pooledVarianceOfMean(strata, &BootstrapStratum::comparison));
    QVERIFY(standardError < 0.5 * unstratified); // the check below tells the two apart

    // B = 4000: a 2.5 % percentile's Monte-Carlo sd is about 0.06 SE, 3 % of the half-width.
    const BootstrapResult result = StratifiedBootstrap(4000, bootstrapSeed).run(strata, differenceInMeans);
    QVERIFY(result.interval);
    const double halfWidth = Intervals::kZ95 * standardError;
    const double tolerance = 0.1 * halfWidth;
    QVERIFY2(
        std::abs(result.interval->low - (result.estimate - halfWidth)) < tolerance,
        qPrintable(QStringLiteral("low %1, normal %2").arg(result.interval->low).arg(result.estimate - halfWidth)));
    QVERIFY2(
        std::abs(result.interval->high - (result.estimate + halfWidth)) < tolerance,
        qPrintable(QStringLiteral("high %1, normal %2").arg(result.interval->high).arg(result.estimate + halfWidth)));
}

void TestStratifiedBootstrap::nonFiniteStatisticGivesNoInterval()
{
    const BootstrapResult result =
        StratifiedBootstrap(50, 1).run(normalStrata(1), [](const Strata&) { return std::nan(""); });
    QCOMPARE(result.finiteReplicates, 0);
    QVERIFY(!result.interval);
}

QTEST_GUILESS_MAIN(TestStratifiedBootstrap)
#include "test_stratifiedbootstrap.moc"
