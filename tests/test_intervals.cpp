// SPDX-License-Identifier: GPL-3.0-or-later
// Intervals: Student t quantiles (checked against closed forms for 1 and 2 degrees of freedom and
// R's qt), the Wilson score interval (R's prop.test without continuity correction), its weighted
// Kish variant, and the t interval of a mean (R's t.test). R 4.2.2, options(digits = 12);
// `Rscript scripts/analytics_reference.R` prints them again.
#include "analytics/Intervals.h"

#include <QTest>

#include <cmath>

using namespace mentordesk;

namespace {

void compareClose(double actual, double expected, double tolerance)
{
    QVERIFY2(
        std::fabs(actual - expected) <= tolerance * std::max(1.0, std::fabs(expected)),
        QByteArray(QByteArray::number(actual, 'g', 15) + " != " + QByteArray::number(expected, 'g', 15)).constData());
}

} // namespace

class TestIntervals : public QObject {
    Q_OBJECT

private slots:
    void incompleteBeta_data();
    void incompleteBeta();
    void studentTQuantile_data();
    void studentTQuantile();
    void studentTQuantileClosedForms_data();
    void studentTQuantileClosedForms();
    void wilson_data();
    void wilson();
    void wilsonWeighted_data();
    void wilsonWeighted();
    void meanInterval_data();
    void meanInterval();
    void ratioOfSums();
    void undefinedIntervals();
};

void TestIntervals::incompleteBeta_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("expected");

    // By hand: I_x(2, 5) = 1 − (1 − x)⁶ − 6x(1 − x)⁵ = 1 − 0.117649 − 0.302526 at x = 0.3.
    QTest::newRow("binomial tail") << 0.3 << 2.0 << 5.0 << 0.579825;
    // I_x(1, 1) = x (the uniform distribution).
    QTest::newRow("uniform") << 0.2 << 1.0 << 1.0 << 0.2;
    // R: pbeta(0.9, 0.5, 3); pbeta(0.999, 50, 0.5) (options(digits = 15)).
    QTest::newRow("small a") << 0.9 << 0.5 << 3.0 << 0.999675025320729;
    QTest::newRow("large a, b one half") << 0.999 << 50.0 << 0.5 << 0.752369019965377;
    QTest::newRow("zero") << 0.0 << 2.0 << 3.0 << 0.0;
    QTest::newRow("one") << 1.0 << 2.0 << 3.0 << 1.0;
}

void TestIntervals::incompleteBeta()
{
    QFETCH(double, x);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, expected);

    compareClose(Intervals::regularizedIncompleteBeta(x, a, b), expected, 1e-12);
}

void TestIntervals::studentTQuantile_data()
{
    QTest::addColumn<double>("probability");
    QTest::addColumn<double>("degreesOfFreedom");
    QTest::addColumn<double>("expected");

    // R: qt(0.975, c(1, 2, 5, 10, 30, 1000)); qt(0.995, c(1, 3, 7.5))
    QTest::newRow("0.975 df 1") << 0.975 << 1.0 << 12.70620473617;
    QTest::newRow("0.975 df 2") << 0.975 << 2.0 << 4.30265272975;
    QTest::newRow("0.975 df 5") << 0.975 << 5.0 << 2.57058183564;
    QTest::newRow("0.975 df 10") << 0.975 << 10.0 << 2.22813885199;
    QTest::newRow("0.975 df 30") << 0.975 << 30.0 << 2.04227245630;
    QTest::newRow("0.975 df 1000") << 0.975 << 1000.0 << 1.96233908083;
    QTest::newRow("0.995 df 1") << 0.995 << 1.0 << 63.65674116287;
    QTest::newRow("0.995 df 3") << 0.995 << 3.0 << 5.84090930973;
    QTest::newRow("0.995 df 7.5 (Welch)") << 0.995 << 7.5 << 3.42142268812;
    // R: qt(0.975, c(1e4, 1e6, 1e7)); qt(0.9999, c(0.5, 2.5)) — very large and fractional
    // degrees of freedom, where the incomplete beta's continued fraction is slowest.
    QTest::newRow("0.975 df 1e4") << 0.975 << 1e4 << 1.96020123989;
    QTest::newRow("0.975 df 1e6") << 0.975 << 1e6 << 1.95996635681;
    QTest::newRow("0.975 df 1e7") << 0.975 << 1e7 << 1.95996422177;
    QTest::newRow("0.9999 df 0.5") << 0.9999 << 0.5 << 1.02849115632e+07;
    QTest::newRow("0.9999 df 2.5") << 0.9999 << 2.5 << 34.8679693211;
    QTest::newRow("lower tail is symmetric") << 0.025 << 5.0 << -2.57058183564;
    QTest::newRow("the median is zero") << 0.5 << 4.0 << 0.0;
}

void TestIntervals::studentTQuantile()
{
    QFETCH(double, probability);
    QFETCH(double, degreesOfFreedom);
    QFETCH(double, expected);

    // R prints 12 significant digits.
    compareClose(Intervals::studentTQuantile(probability, degreesOfFreedom), expected, 1e-10);
}

void TestIntervals::studentTQuantileClosedForms_data()
{
    QTest::addColumn<double>("probability");
    for (double p : {0.6, 0.75, 0.9, 0.95, 0.975, 0.99, 0.999, 0.9999})
        QTest::newRow(QByteArray::number(p).constData()) << p;
}

// The only degrees of freedom with closed-form quantiles: ν = 1 (Cauchy) tan(π(p − ½)), and
// ν = 2: (2p − 1)/√(2p(1 − p)).
void TestIntervals::studentTQuantileClosedForms()
{
    QFETCH(double, probability);

    const double pi = std::acos(-1.0);
    compareClose(Intervals::studentTQuantile(probability, 1.0), std::tan(pi * (probability - 0.5)), 1e-10);
    compareClose(Intervals::studentTQuantile(probability, 2.0),
                 (2 * probability - 1) / std::sqrt(2 * probability * (1 - probability)), 1e-10);
}

void TestIntervals::wilson_data()
{
    QTest::addColumn<double>("successes");
    QTest::addColumn<double>("trials");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");

    // R: prop.test(4, 6, correct = FALSE)$conf.int (the worked example's first_sale_share 4/6).
    QTest::newRow("4 of 6") << 4.0 << 6.0 << 0.299993315138 << 0.903228588894;
    // R: prop.test(0, 10, correct = FALSE)$conf.int; by hand the upper end is z²/(n + z²) = 0.27753.
    QTest::newRow("0 of 10") << 0.0 << 10.0 << 0.0 << 0.277532799863;
    // R: prop.test(37, 50, correct = FALSE)$conf.int
    QTest::newRow("37 of 50") << 37.0 << 50.0 << 0.604468427352 << 0.841284725064;
}

void TestIntervals::wilson()
{
    QFETCH(double, successes);
    QFETCH(double, trials);
    QFETCH(double, low);
    QFETCH(double, high);

    const std::optional<ConfidenceInterval> interval = Intervals::wilson(successes, trials);
    QVERIFY(interval);
    compareClose(interval->low, low, 1e-10);
    compareClose(interval->high, high, 1e-10);
}

void TestIntervals::wilsonWeighted_data()
{
    QTest::addColumn<QVector<double>>("weights");
    QTest::addColumn<QVector<int>>("successes");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");

    // Equal weights: Kish's n is the number of subjects, the interval the unweighted one (4 of 6).
    QTest::newRow("weights of one") << QVector<double>(6, 1.0) << QVector<int>{1, 1, 1, 1, 0, 0} << 0.299993315138
                                    << 0.903228588894;
    QTest::newRow("weights of two") << QVector<double>(6, 2.0) << QVector<int>{1, 1, 1, 1, 0, 0} << 0.299993315138
                                    << 0.903228588894;
    // Weights 1, 1, 2, 2, successes on the first and third: p = 3/6 = 0.5, n = 6²/10 = 3.6.
    // Centre 0.5 by symmetry; half-width z/(1 + z²/3.6) · √(0.25/3.6 + z²/(4·3.6²)) = 0.359244.
    QTest::newRow("unequal weights") << QVector<double>{1, 1, 2, 2} << QVector<int>{1, 0, 1, 0} << 0.14075638831899123
                                     << 0.8592436116810087;
}

void TestIntervals::wilsonWeighted()
{
    QFETCH(QVector<double>, weights);
    QFETCH(QVector<int>, successes);
    QFETCH(double, low);
    QFETCH(double, high);

    double successWeight = 0;
    double totalWeight = 0;
    double totalSquaredWeight = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        successWeight += successes[i] * weights[i];
        totalWeight += weights[i];
        totalSquaredWeight += weights[i] * weights[i];
    }
    const std::optional<ConfidenceInterval> interval =
        Intervals::wilsonWeighted(successWeight, totalWeight, totalSquaredWeight);
    QVERIFY(interval);
    compareClose(interval->low, low, 1e-10);
    compareClose(interval->high, high, 1e-10);
}

void TestIntervals::meanInterval_data()
{
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");

    // R: t.test(c(2, 4, 4, 5, 7, 9))$conf.int — mean 31/6, s = √(29.5/5)... as R computes.
    QTest::newRow("six values") << QVector<double>{2, 4, 4, 5, 7, 9} << 2.56062685485 << 7.77270647848;
    // R: t.test(c(1.5, 2.5))$conf.int — 2 ± 12.7062 · 0.7071/√2 = 2 ± 6.35310.
    QTest::newRow("two values") << QVector<double>{1.5, 2.5} << -4.35310236809 << 8.35310236809;
    // No spread: the interval is the mean itself.
    QTest::newRow("equal values") << QVector<double>{3, 3, 3} << 3.0 << 3.0;
}

void TestIntervals::meanInterval()
{
    QFETCH(QVector<double>, values);
    QFETCH(double, low);
    QFETCH(double, high);

    const double count = double(values.size());
    double sum = 0;
    double sumOfSquares = 0;
    for (double value : values) {
        sum += value;
        sumOfSquares += value * value;
    }
    const double mean = sum / count;
    double squaredDeviations = 0;
    for (double value : values)
        squaredDeviations += (value - mean) * (value - mean);

    const std::optional<ConfidenceInterval> fromMoments =
        Intervals::mean(count, mean, std::sqrt(squaredDeviations / (count - 1)));
    QVERIFY(fromMoments);
    compareClose(fromMoments->low, low, 1e-10);
    compareClose(fromMoments->high, high, 1e-10);

    const std::optional<ConfidenceInterval> fromSums = Intervals::meanFromSums(count, sum, sumOfSquares);
    QVERIFY(fromSums);
    compareClose(fromSums->low, low, 1e-10);
    compareClose(fromSums->high, high, 1e-10);
}

// The worked example's latest return rates (docs/metrics.md): returned 4, 3, 2 of 40, 30, 10
// orders. R = 9/80; Σ(a − Rb)² = 0.25 + 0.140625 + 0.765625 = 1.15625; half-width
// 1.959964 · √1.15625 / 80 (computed by hand with Python's math).
void TestIntervals::ratioOfSums()
{
    const auto interval = Intervals::ratioOfSums(3, 9, 80, 16 + 9 + 4, 160 + 90 + 20, 1600 + 900 + 100);
    QVERIFY(interval);
    compareClose(interval->low, 0.08615586295827743, 1e-12);
    compareClose(interval->high, 0.13884413704172258, 1e-12);
    // Every seller at the group's rate: no spread, a zero-width interval (up to the cancellation
    // of Σa² − 2RΣab + R²Σb², about 1e-16 before the square root).
    const auto exact = Intervals::ratioOfSums(2, 2, 20, 1 + 1, 10 + 10, 100 + 100);
    QVERIFY(exact);
    compareClose(exact->low, 0.1, 1e-7);
    compareClose(exact->high, 0.1, 1e-7);
}

void TestIntervals::undefinedIntervals()
{
    QVERIFY(!Intervals::ratioOfSums(1, 1, 10, 1, 10, 100));
    QVERIFY(!Intervals::ratioOfSums(3, 0, 0, 0, 0, 0));
    QVERIFY(!Intervals::wilson(0, 0));
    QVERIFY(!Intervals::wilson(3, 2));
    QVERIFY(!Intervals::wilsonWeighted(0, 0, 0));
    QVERIFY(!Intervals::mean(1, 5, 0));
    QVERIFY(!Intervals::meanFromSums(1, 5, 25));
    QVERIFY(!Intervals::meanFromSums(0, 0, 0));
    QVERIFY(std::isnan(Intervals::studentTQuantile(1.0, 5)));
    QVERIFY(std::isnan(Intervals::studentTQuantile(0.975, 0)));
}

QTEST_GUILESS_MAIN(TestIntervals)
#include "test_intervals.moc"
