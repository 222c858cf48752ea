// SPDX-License-Identifier: GPL-3.0-or-later
// KaplanMeier: the weighted curve, Greenwood's standard error, the log-log band and the median
// with its interval. Small cases are worked by hand in the comments; the larger ones hold the
// numbers R's survival package (3.5-3, Debian's r-cran-survival) printed for the same data, with
// the exact R command next to them, so the estimator is checked against an independent
// implementation without R being needed to run the suite. `Rscript scripts/analytics_reference.R`
// prints every R number used here again.
#include "analytics/KaplanMeier.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace mentordesk;

namespace {

// A median or bound that is "not reached".
constexpr double kNotReached = -1.0;
// R prints ten significant digits; a column we do not check (a hand case's band) is NaN.
constexpr double kUnchecked = std::numeric_limits<double>::quiet_NaN();

struct ExpectedStep {
    double time;
    double atRisk;
    double events;
    double survival;
    double standardError; // NaN in a row of `none`: R prints NaN/NA there
    double lower;
    double upper;
};

using Subjects = QVector<SurvivalSubject>;
using Steps = QVector<ExpectedStep>;
using Median = QVector<double>; // median, lower, upper; kNotReached for none

Subjects unweighted(const QVector<double>& times, const QVector<int>& events)
{
    Subjects subjects;
    for (qsizetype i = 0; i < times.size(); ++i)
        subjects.append(SurvivalSubject{times[i], events[i] != 0, 1.0});
    return subjects;
}

Subjects weighted(const QVector<double>& times, const QVector<int>& events, const QVector<double>& weights)
{
    Subjects subjects = unweighted(times, events);
    for (qsizetype i = 0; i < subjects.size(); ++i)
        subjects[i].weight = weights[i];
    return subjects;
}

double orNotReached(const std::optional<double>& value)
{
    return value ? *value : kNotReached;
}

// Compares an optional against R's value; `none` stands for R's NA/NaN.
void compareOptional(const std::optional<double>& actual, double expected, const char* what, double time)
{
    const QByteArray where = QByteArray(what) + " at t = " + QByteArray::number(time);
    if (std::isnan(expected))
        return;
    if (std::isinf(expected)) {
        QVERIFY2(!actual, where.constData());
        return;
    }
    QVERIFY2(actual, where.constData());
    QVERIFY2(std::fabs(*actual - expected) <= 1e-9 + 1e-9 * std::fabs(expected),
             (where + ": " + QByteArray::number(*actual, 'g', 12) + " != " + QByteArray::number(expected, 'g', 12))
                 .constData());
}

constexpr double none = std::numeric_limits<double>::infinity(); // R's NA: we must give no value

// The plan's worked example (docs/metrics.md): events at 10, 15, 20, 20; censored at 60, 121.
//   t = 10: n = 6, d = 1, Ŝ = 5/6;            Σ = 1/(6·5) = 1/30;        se = 5/6·√(1/30) = 0.152145
//   t = 15: n = 5, d = 1, Ŝ = 5/6·4/5 = 2/3;  Σ = 1/30 + 1/(5·4) = 1/12;  se = 2/3·√(1/12) = 0.192450
//   t = 20: n = 4, d = 2, Ŝ = 2/3·2/4 = 1/3;  Σ = 1/12 + 2/(4·2) = 1/3;   se = 1/3·√(1/3) = 0.192450
//   band at 20: σ = √(1/3)/ln 3 = 0.525529, lower = (1/3)^exp(1.96·σ) = (1/3)^2.80107 = 0.046082,
//   upper = (1/3)^exp(−1.96·σ) = (1/3)^0.357006 = 0.675564.
// Median 20 (first Ŝ ≤ 0.5); lower bound ≤ 0.5 first at 10 (0.2731); upper never ≤ 0.5.
// R agrees: survfit(Surv(t, e) ~ 1, data = data.frame(t = c(10, 15, 20, 20, 60, 121),
//   e = c(1, 1, 1, 1, 0, 0)), conf.type = "log-log") prints the same rows and median 20, 0.95LCL 10, 0.95UCL NA.
Subjects workedExample()
{
    return unweighted({10, 15, 20, 20, 60, 121}, {1, 1, 1, 1, 0, 0});
}

// R 4.2.2, survival 3.5-3, options(digits = 10):
//   fit <- survfit(Surv(time, status) ~ 1, data = aml, conf.type = "log-log"); summary(fit); print(fit)
// aml has a tie of an event and a censoring at 13 and at 45, and two events at 5, 8 and 23.
Subjects aml()
{
    return unweighted({9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161, 5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45},
                      {1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1});
}

Steps amlSteps()
{
    return {
        {5, 23, 2, 0.91304347826, 0.05875338476, 0.694947537532, 0.9775156699},
        {8, 21, 2, 0.82608695652, 0.07903419645, 0.600610411237, 0.9309035584},
        {9, 19, 1, 0.78260869565, 0.08600614870, 0.554211506669, 0.9032074899},
        {12, 18, 1, 0.73913043478, 0.09156053715, 0.509209438754, 0.8733757817},
        {13, 17, 1, 0.69565217391, 0.09594387554, 0.465641749762, 0.8417212914},
        {18, 14, 1, 0.64596273292, 0.10114267518, 0.413952950717, 0.8053077645},
        {23, 13, 2, 0.54658385093, 0.10725064174, 0.319250413971, 0.7264491738},
        {27, 11, 1, 0.49689440994, 0.10840178079, 0.275565628012, 0.6842137884},
        {30, 9, 1, 0.44168391994, 0.10951806998, 0.227381168463, 0.6370926875},
        {31, 8, 1, 0.38647342995, 0.10885880149, 0.182836618649, 0.5874769144},
        {33, 7, 1, 0.33126293996, 0.10639097289, 0.141825693482, 0.5352737900},
        {34, 6, 1, 0.27605244997, 0.10198337609, 0.104441343234, 0.4802846604},
        {43, 5, 1, 0.22084195997, 0.09536743849, 0.070996648983, 0.4221674434},
        {45, 4, 1, 0.16563146998, 0.08603520841, 0.042114281262, 0.3603613603},
        {48, 2, 1, 0.08281573499, 0.07266180050, 0.006955966799, 0.2867603680},
    };
}

// R 4.2.2, survival 3.5-3, options(digits = 12):
//   w <- data.frame(t = c(2, 2, 3, 3, 3, 5, 6, 6, 7, 9, 10, 12, 12, 14, 15, 16, 18),
//                   e = c(1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 0),
//                   w = c(1.5, 1, 0.5, 2, 1, 1, 1.25, 0.75, 1, 2, 1, 0.5, 1, 1, 1, 1.5, 1))
//   fit <- survfit(Surv(t, e) ~ 1, data = w, weights = w, conf.type = "log-log", robust = FALSE)
//   summary(fit); print(fit)   # median 12, 0.95LCL 5, 0.95UCL 16
Subjects rWeighted()
{
    return weighted({2, 2, 3, 3, 3, 5, 6, 6, 7, 9, 10, 12, 12, 14, 15, 16, 18},
                    {1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 0},
                    {1.5, 1, 0.5, 2, 1, 1, 1.25, 0.75, 1, 2, 1, 0.5, 1, 1, 1, 1.5, 1});
}

Steps rWeightedSteps()
{
    return {
        {2, 19.0, 1.50, 0.921052631579, 0.0618634665765, 0.66522126070886, 0.983545817037},
        {3, 16.5, 2.50, 0.781499202552, 0.0967727941814, 0.51694825895902, 0.911994857673},
        {5, 13.0, 1.00, 0.721383879279, 0.1063742733245, 0.45326615363641, 0.873898359896},
        {6, 12.0, 0.75, 0.676297386824, 0.1117418504492, 0.40854732080413, 0.842909624721},
        {7, 10.0, 1.00, 0.608667648141, 0.1192906480982, 0.34086908360970, 0.795304548090},
        {10, 7.0, 1.00, 0.521715126978, 0.1301365400215, 0.25174567750374, 0.735721046995},
        {12, 6.0, 0.50, 0.478238866397, 0.1330258618005, 0.21338957505009, 0.703094257272},
        {14, 4.5, 1.00, 0.371963562753, 0.1396047262036, 0.12483858702136, 0.624973485749},
        {16, 2.5, 1.50, 0.148785425101, 0.1280647428689, 0.00986777535008, 0.455678408146},
    };
}

} // namespace

Q_DECLARE_METATYPE(Subjects)
Q_DECLARE_METATYPE(Steps)

class TestKaplanMeier : public QObject {
    Q_OBJECT

private slots:
    void curve_data();
    void curve();
    void median_data();
    void median();
    void weightCountsAsRepetition_data();
    void weightCountsAsRepetition();
    void emptyAndUnusableInput();
    void survivalAt();
};

void TestKaplanMeier::curve_data()
{
    QTest::addColumn<Subjects>("subjects");
    QTest::addColumn<Steps>("expected");

    QTest::newRow("worked example") << workedExample()
                                    << Steps{{10, 6, 1, 5.0 / 6, 0.1521451549, 0.27312284993, 0.9747124267},
                                             {15, 5, 1, 2.0 / 3, 0.1924500897, 0.19461663681, 0.9044341643},
                                             {20, 4, 2, 1.0 / 3, 0.1924500897, 0.04608224341, 0.6755643580}};
    // Two events and a censoring at 2, an event and a censoring at 3, an event at 4, censored at 5:
    //   t = 2: n = 7 (all), d = 2, Ŝ = 5/7
    //   t = 3: n = 4 (the censored at 2 has left, those at 3 are still in), d = 1, Ŝ = 5/7·3/4 = 15/28
    //   t = 4: n = 2, d = 1, Ŝ = 15/28·1/2 = 15/56
    QTest::newRow("ties of events and censorings") << unweighted({2, 2, 2, 3, 3, 4, 5}, {1, 1, 0, 1, 0, 1, 0})
                                                   << Steps{{2, 7, 2, 5.0 / 7, kUnchecked, kUnchecked, kUnchecked},
                                                            {3, 4, 1, 15.0 / 28, kUnchecked, kUnchecked, kUnchecked},
                                                            {4, 2, 1, 15.0 / 56, kUnchecked, kUnchecked, kUnchecked}};
    // A first sale on the day of enrolment is an event at t = 0: n = 3, d = 1, Ŝ = 2/3.
    QTest::newRow("event at time zero") << unweighted({0, 4, 9}, {1, 0, 1})
                                        << Steps{{0, 3, 1, 2.0 / 3, kUnchecked, kUnchecked, kUnchecked},
                                                 {9, 1, 1, 0.0, none, none, none}};
    // Everybody at risk has the event at the last time: Ŝ = 0, where Greenwood divides by zero and
    // the band is undefined. R (same version): survfit(Surv(t, e) ~ 1, data = data.frame(t = c(1, 2, 3),
    // e = c(1, 1, 1)), conf.type = "log-log") prints std.err NaN, lower NA, upper NA at 3.
    QTest::newRow("curve reaching zero") << unweighted({1, 2, 3}, {1, 1, 1})
                                         << Steps{{1, 3, 1, 2.0 / 3, 0.272165527, 0.054073426787, 0.9452063873},
                                                  {2, 2, 1, 1.0 / 3, 0.272165527, 0.008961628331, 0.7741486504},
                                                  {3, 1, 1, 0.0, none, none, none}};
    QTest::newRow("all censored") << unweighted({3, 5, 7}, {0, 0, 0}) << Steps{};
    QTest::newRow("R aml") << aml() << amlSteps();
    QTest::newRow("R weighted") << rWeighted() << rWeightedSteps();
}

void TestKaplanMeier::curve()
{
    QFETCH(Subjects, subjects);
    QFETCH(Steps, expected);

    const KaplanMeier estimator(subjects);
    const QVector<SurvivalStep>& steps = estimator.steps();
    QCOMPARE(steps.size(), expected.size());
    for (qsizetype j = 0; j < steps.size(); ++j) {
        const SurvivalStep& step = steps[j];
        const ExpectedStep& want = expected[j];
        QCOMPARE(step.time, want.time);
        QVERIFY(qFuzzyCompare(step.atRisk, want.atRisk));
        QVERIFY(qFuzzyCompare(step.events, want.events));
        compareOptional(step.survival, want.survival, "survival", want.time);
        compareOptional(step.standardError, want.standardError, "std.err", want.time);
        compareOptional(step.lower, want.lower, "lower", want.time);
        compareOptional(step.upper, want.upper, "upper", want.time);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestKaplanMeier::median_data()
{
    QTest::addColumn<Subjects>("subjects");
    QTest::addColumn<Median>("expected");

    QTest::newRow("worked example") << workedExample() << Median{20, 10, kNotReached};
    // Ŝ: 5/7, 15/28 = 0.536, 15/56 = 0.268 → median 4. Lower bound at 2: Σ = 2/(7·5) = 0.0571,
    // σ = √0.0571/|ln 5/7| = 0.710, (5/7)^exp(1.96·0.710) = (5/7)^4.025 = 0.258 ≤ 0.5 → 2. Upper
    // bound at 4: Σ = 0.0571 + 1/(4·3) + 1/(2·1) = 0.6405, σ = 0.800/1.317 = 0.608,
    // (15/56)^exp(−1.96·0.608) = 0.670 > 0.5 (and 0.825 at 3) → not reached.
    QTest::newRow("ties") << unweighted({2, 2, 2, 3, 3, 4, 5}, {1, 1, 0, 1, 0, 1, 0}) << Median{4, 2, kNotReached};
    QTest::newRow("all censored") << unweighted({3, 5, 7}, {0, 0, 0}) << Median{kNotReached, kNotReached, kNotReached};
    // Events at 1 and 2 among four, one censored at 3, the last event at 5: Ŝ(1) = 3/4,
    // Ŝ(2) = 3/4·2/3 = 1/2 exactly, a plateau until 5. Our rule: the first t with Ŝ ≤ 0.5 → 2
    // (R would print the midpoint 3.5). Lower bound at 1: Σ = 1/12, σ = 0.2887/0.2877 = 1.003,
    // 0.75^exp(1.966) = 0.128 → 1; upper at 2: Σ = 1/4, σ = 0.5/0.693 = 0.721, 0.5^0.243 = 0.845,
    // none at 5 (Ŝ = 0) → not reached.
    QTest::newRow("plateau at exactly one half") << unweighted({1, 2, 3, 5}, {1, 1, 0, 1}) << Median{2, 1, kNotReached};
    // 24 subjects, one event a day on days 1…12, the other 12 censored at 50: Ŝ(k) = (24 − k)/24,
    // exactly 1/2 at 12, but the product of the factors comes out as 0.5000000000000001 in doubles;
    // the tolerance keeps the median at 12. Greenwood's sum telescopes: Σ 1/(n(n − 1)) =
    // 1/(24 − k) − 1/24. Lower bound at 6: σ = √(1/72)/ln(4/3) = 0.4097, 0.75^exp(0.8029) = 0.526;
    // at 7: σ = √(7/408)/ln(24/17) = 0.3799, (17/24)^exp(0.7445) = 0.484 ≤ 0.5 → 7. Upper bound at
    // 12: σ = √(1/13 − 1/24)/ln 2 = 0.2712, 0.5^exp(−0.5316) = 0.678 → not reached.
    QTest::newRow("exactly one half after rounding") << [] {
        Subjects subjects;
        for (int day = 1; day <= 12; ++day)
            subjects.append(SurvivalSubject{double(day), true, 1.0});
        for (int i = 0; i < 12; ++i)
            subjects.append(SurvivalSubject{50.0, false, 1.0});
        return subjects;
    }() << Median{12, 7, kNotReached};
    // R: median 2, 0.95LCL 1, 0.95UCL NA (the band is undefined where Ŝ = 0).
    QTest::newRow("curve reaching zero") << unweighted({1, 2, 3}, {1, 1, 1}) << Median{2, 1, kNotReached};
    // R: print(fit) → n 23, events 18, median 27, 0.95LCL 13, 0.95UCL 34.
    QTest::newRow("R aml") << aml() << Median{27, 13, 34};
    // R: print(fit) → n 19, events 10.75, median 12, 0.95LCL 5, 0.95UCL 16.
    QTest::newRow("R weighted") << rWeighted() << Median{12, 5, 16};
}

void TestKaplanMeier::median()
{
    QFETCH(Subjects, subjects);
    QFETCH(Median, expected);

    const SurvivalMedian median = KaplanMeier(subjects).median();
    QCOMPARE(orNotReached(median.median), expected[0]);
    QCOMPARE(orNotReached(median.lower), expected[1]);
    QCOMPARE(orNotReached(median.upper), expected[2]);
}

void TestKaplanMeier::weightCountsAsRepetition_data()
{
    QTest::addColumn<Subjects>("weightedSubjects");

    QTest::newRow("twos") << weighted({1, 2, 2, 4, 6}, {1, 0, 1, 1, 0}, {2, 1, 2, 1, 2});
    QTest::newRow("threes and ties") << weighted({3, 3, 3, 5, 8, 8}, {1, 0, 1, 1, 1, 0}, {3, 2, 1, 1, 2, 3});
    QTest::newRow("R aml doubled") << [] {
        Subjects subjects = aml();
        for (SurvivalSubject& subject : subjects)
            subject.weight = 2.0;
        return subjects;
    }();
}

// Weight k must equal the same subject listed k times: same curve, same variance (R's survfit
// with integer case weights behaves the same way), same median.
void TestKaplanMeier::weightCountsAsRepetition()
{
    QFETCH(Subjects, weightedSubjects);

    Subjects repeated;
    for (const SurvivalSubject& subject : weightedSubjects) {
        for (int copy = 0; copy < int(subject.weight); ++copy)
            repeated.append(SurvivalSubject{subject.time, subject.event, 1.0});
    }
    const KaplanMeier byWeight(weightedSubjects);
    const KaplanMeier byRepetition(repeated);
    QCOMPARE(byWeight.subjectWeight(), double(repeated.size()));
    QCOMPARE(byWeight.steps().size(), byRepetition.steps().size());
    QVERIFY(!byWeight.steps().isEmpty());
    for (qsizetype j = 0; j < byWeight.steps().size(); ++j) {
        const SurvivalStep& a = byWeight.steps()[j];
        const SurvivalStep& b = byRepetition.steps()[j];
        QCOMPARE(a.time, b.time);
        QCOMPARE(a.atRisk, b.atRisk);
        QCOMPARE(a.events, b.events);
        QVERIFY(qFuzzyCompare(a.survival, b.survival));
        QCOMPARE(bool(a.standardError), bool(b.standardError));
        if (a.standardError)
            QVERIFY(qFuzzyCompare(*a.standardError, *b.standardError));
        QCOMPARE(bool(a.lower), bool(b.lower));
        if (a.lower)
            QVERIFY(qFuzzyCompare(*a.lower, *b.lower));
    }
    QCOMPARE(orNotReached(byWeight.median().median), orNotReached(byRepetition.median().median));
    QCOMPARE(orNotReached(byWeight.median().lower), orNotReached(byRepetition.median().lower));
    QCOMPARE(orNotReached(byWeight.median().upper), orNotReached(byRepetition.median().upper));
}

void TestKaplanMeier::emptyAndUnusableInput()
{
    const KaplanMeier empty({});
    QVERIFY(empty.steps().isEmpty());
    QCOMPARE(empty.subjectWeight(), 0.0);
    QCOMPARE(empty.survivalAt(10), 1.0);
    QVERIFY(!empty.median().median);
    QVERIFY(!empty.median().lower);
    QVERIFY(!empty.median().upper);

    // A negative time, a zero or negative weight and NaNs are left out and counted; the one
    // usable subject (an event at 4) makes the curve.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const KaplanMeier unusable(
        {{-1, true, 1}, {2, true, 0}, {3, true, -1}, {nan, true, 1}, {5, true, nan}, {4, true, 1}});
    QCOMPARE(unusable.ignoredSubjects(), 5);
    QCOMPARE(unusable.subjectWeight(), 1.0);
    QCOMPARE(unusable.eventWeight(), 1.0);
    QCOMPARE(unusable.steps().size(), 1);
    QCOMPARE(unusable.steps().first().time, 4.0);
    QCOMPARE(unusable.steps().first().survival, 0.0);
}

void TestKaplanMeier::survivalAt()
{
    const KaplanMeier estimator(workedExample());
    QCOMPARE(estimator.survivalAt(0), 1.0);
    QCOMPARE(estimator.survivalAt(9.5), 1.0);
    QCOMPARE(estimator.survivalAt(10), 5.0 / 6);
    QCOMPARE(estimator.survivalAt(19), 2.0 / 3);
    QCOMPARE(estimator.survivalAt(500), 1.0 / 3);
}

QTEST_GUILESS_MAIN(TestKaplanMeier)
#include "test_kaplanmeier.moc"
