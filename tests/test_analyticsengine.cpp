// SPDX-License-Identifier: GPL-3.0-or-later
// AnalyticsEngine on hand-built programs with known answers: the worked example of
// docs/metrics.md (ramp time with ties, censoring, a sale before enrolment and an out-of-scope
// mentee; listing-quality improvement 6 vs 7/3; return rate 9/80 not the mean of ratios; CSAT
// order-weighted; a zero-order period; a seller without a snapshot before enrolment), the scope
// filters, the states, the bootstrap's determinism and the sellers behind a point.
#include "analytics/AnalyticsEngine.h"
#include "analytics/AnalyticsSettings.h"
#include "analytics/FigureRows.h"
#include "demo/DemoProgram.h"
#include "storage/ProgramDatabase.h"

#include "SqlTestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace mentordesk;

namespace {

const QDate kAsOf(2026, 6, 30);

QVariant dateOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

/// Builds a program with plain SQL: sellers, pairings, snapshots.
class ProgramFixture {
public:
    explicit ProgramFixture(const QString& path)
    {
        m_opened = m_program.open(path) == ProgramDatabase::Outcome::Created;
    }

    bool opened() const { return m_opened; }
    QSqlDatabase db() const { return m_program.connection(); }

    QString seller(qint64 id, const QString& category, const QString& signup, const QString& enrolment,
                   const QString& firstSale)
    {
        return execSql(db(),
                       QStringLiteral("INSERT INTO sellers(id, external_id, category, signup_date, enrolment_date, "
                                      "first_sale_date, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, '', '')"),
                       {id, QStringLiteral("S%1").arg(id), category, dateOrNull(signup), dateOrNull(enrolment),
                        dateOrNull(firstSale)});
    }

    QString pair(qint64 mentee, qint64 mentor, const QString& startedOn)
    {
        if (!m_mentors.contains(mentor)) {
            m_mentors << mentor;
            const QString error = execSql(db(),
                                          QStringLiteral("INSERT INTO mentors(id, name, created_utc, updated_utc) "
                                                         "VALUES (?, ?, '', '')"),
                                          {mentor, QStringLiteral("Mentor %1").arg(mentor)});
            if (!error.isEmpty())
                return error;
        }
        return execSql(db(),
                       QStringLiteral("INSERT INTO pairings(mentor_id, mentee_id, status, started_on, created_utc, "
                                      "updated_utc) VALUES (?, ?, 'active', ?, '', '')"),
                       {mentor, mentee, startedOn});
    }

    /// listing quality, orders, returned orders, CSAT, revenue (NULL where not given).
    QString snapshot(qint64 seller, const QString& date, const QVariant& quality, const QVariant& orders = {},
                     const QVariant& returned = {}, const QVariant& csat = {}, const QVariant& revenue = {})
    {
        return execSql(db(),
                       QStringLiteral("INSERT INTO seller_metric_snapshots(seller_id, snapshot_date, listing_quality, "
                                      "orders, returned_orders, csat, revenue) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {seller, date, quality, orders, returned, csat, revenue});
    }

private:
    ProgramDatabase m_program;
    bool m_opened = false;
    QList<qint64> m_mentors;
};

void compareClose(double actual, double expected, double tolerance = 1e-9)
{
    QVERIFY2(std::fabs(actual - expected) <= tolerance,
             qPrintable(QStringLiteral("%1 != %2").arg(actual, 0, 'g', 15).arg(expected, 0, 'g', 15)));
}

const Figure& figureOf(const Figures& figures, const char* metric, AnalyticsGroup group)
{
    const Figure* figure = figures.find(QLatin1String(metric), group);
    static const Figure missing;
    return figure ? *figure : missing;
}

const MonthlySeries* seriesOf(const Figures& figures, const QString& metric, AnalyticsGroup group)
{
    for (const MonthlySeries& series : figures.series) {
        if (series.metric == metric && series.group == group)
            return &series;
    }
    return nullptr;
}

AnalyticsScope scopeAsOf(const QDate& asOf = kAsOf)
{
    AnalyticsScope scope;
    scope.asOf = asOf;
    return scope;
}

} // namespace

class TestAnalyticsEngine : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void rampTimeWorkedExample();
    void rampTimeNotReached();
    void outcomeWorkedExample();
    void monthlySeriesAndMilestones();
    void scopeFilters_data();
    void scopeFilters();
    void emptyScopeHasNoData();
    void bootstrapIsDeterministic();
    void sellersBehind_data();
    void sellersBehind();
    void pointEstimatesAreComputing();
    void demoProgramHasEveryChart();

private:
    QString nextPath() { return m_dir.filePath(QStringLiteral("program%1.mentordesk").arg(++m_files)); }
    /// The ramp-time part of the worked example: mentees 1 (A) … 8 (H) of docs/metrics.md.
    void buildRampProgram(ProgramFixture& program);
    /// The outcome part: mentees 11–14, comparison sellers 21–25.
    void buildOutcomeProgram(ProgramFixture& program);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestAnalyticsEngine::buildRampProgram(ProgramFixture& program)
{
    QVERIFY(program.opened());
    const QString signup = QStringLiteral("2026-01-05");
    SQL_OK(program.seller(1, "J", signup, "2026-03-01", "2026-03-11")); // A: event at 10
    SQL_OK(program.seller(6, "J", signup, "2026-06-01", "2026-06-16")); // F: event at 15
    SQL_OK(program.seller(2, "J", signup, "2026-03-01", "2026-03-21")); // B: event at 20
    SQL_OK(program.seller(3, "J", signup, "2026-04-01", "2026-04-21")); // C: event at 20 (tie)
    SQL_OK(program.seller(4, "J", signup, "2026-05-01", ""));           // D: censored at 60
    SQL_OK(program.seller(5, "J", signup, "2026-03-01", "2026-07-15")); // E: sale after D, censored at 121
    SQL_OK(program.seller(7, "J", signup, "2026-03-01", "2026-02-20")); // G: sold before enrolling
    SQL_OK(program.seller(8, "J", signup, "2026-07-10", ""));           // H: enrolled after D
    for (qint64 mentee = 1; mentee <= 8; ++mentee)
        SQL_OK(program.pair(mentee, 1, QStringLiteral("2026-03-01")));
}

void TestAnalyticsEngine::buildOutcomeProgram(ProgramFixture& program)
{
    QVERIFY(program.opened());
    // Mentees: lags 69 (11) and 44 (12) days in (J, Jan) → L = 44; 13 in (H, Jan), lag 64.
    SQL_OK(program.seller(11, "J", "2026-01-10", "2026-03-20", ""));
    SQL_OK(program.seller(12, "J", "2026-01-20", "2026-03-05", ""));
    SQL_OK(program.seller(13, "H", "2026-01-05", "2026-03-10", ""));
    SQL_OK(program.seller(14, "K", "2026-01-12", "2026-03-15", "")); // no snapshot before enrolment
    SQL_OK(program.pair(11, 1, "2026-03-20"));
    SQL_OK(program.pair(12, 1, "2026-03-05"));
    SQL_OK(program.pair(13, 2, "2026-03-10"));
    SQL_OK(program.pair(14, 1, "2026-03-15"));
    SQL_OK(execSql(program.db(), QStringLiteral("INSERT INTO cohorts(id, name, start_date, created_utc, updated_utc) "
                                                "VALUES (1, 'Spring', '2026-03-01', '', '')")));
    SQL_OK(execSql(program.db(), QStringLiteral("INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES "
                                                "(11, 1, '2026-03-01'), (12, 1, '2026-03-01')")));
    // Baselines on 03-01 (mentee 11 a zero-order period), latest on 06-01.
    SQL_OK(program.snapshot(11, "2026-03-01", 50, 0, 0, 4.0, 0));
    SQL_OK(program.snapshot(11, "2026-06-01", 60, 40, 4, 4.5, 2000));
    SQL_OK(program.snapshot(12, "2026-03-01", 40, 20, 4, 3.0, 500));
    SQL_OK(program.snapshot(12, "2026-06-01", 46, 30, 3, 4.0, 900));
    SQL_OK(program.snapshot(13, "2026-03-01", 70, 10, 1, 5.0, 300));
    SQL_OK(program.snapshot(13, "2026-06-01", 72, 10, 2, 3.0, 400));
    SQL_OK(program.snapshot(14, "2026-06-01", 90));
    // Comparison: never paired, never enrolled; pseudo-starts 02-28, 03-26, 02-22, 03-17, 03-30.
    const struct {
        qint64 id;
        const char* category;
        const char* signup;
        double baseline;
        double latest;
    } comparison[] = {{21, "j", "2026-01-15", 50, 52},
                      {22, "J", "2026-02-10", 45, 49},
                      {23, "H", "2025-12-20", 60, 61},
                      {24, "H", "2026-01-12", 65, 64},
                      {25, "H", "2026-01-25", 55, 58}};
    for (const auto& seller : comparison) {
        SQL_OK(program.seller(seller.id, QString::fromLatin1(seller.category), QString::fromLatin1(seller.signup), "",
                              ""));
        SQL_OK(program.snapshot(seller.id, "2026-02-01", seller.baseline));
        SQL_OK(program.snapshot(seller.id, "2026-06-01", seller.latest));
    }
    // Neither group: enrolled without a pairing, and paired without an enrolment.
    SQL_OK(program.seller(31, "J", "2026-01-10", "2026-03-01", ""));
    SQL_OK(program.seller(32, "J", "2026-01-10", "", ""));
    SQL_OK(program.pair(32, 2, "2026-03-01"));
}

void TestAnalyticsEngine::rampTimeWorkedExample()
{
    ProgramFixture program(nextPath());
    buildRampProgram(program);
    AnalyticsEngine engine(program.db());
    const auto figures = engine.compute(scopeAsOf(), AnalyticsEngine::Phase::WithIntervals);
    QVERIFY2(figures, qPrintable(engine.errorString()));
    QCOMPARE(figures->mentored, 7); // H enrolled after the as-of date
    QCOMPARE(figures->rampCurves.size(), 2);
    const RampCurve& curve = figures->rampCurves.first();
    QCOMPARE(curve.group, AnalyticsGroup::Mentored);
    QCOMPARE(curve.subjects, 6);
    QCOMPARE(curve.soldBeforeStart, 1);
    QCOMPARE(curve.events, 4);
    QCOMPARE(curve.noSaleYet, 2);
    QCOMPARE(curve.steps.size(), 3);
    const double times[] = {10, 15, 20};
    const double atRisk[] = {6, 5, 4};
    const double events[] = {1, 1, 2};
    const double survival[] = {5.0 / 6, 4.0 / 6, 2.0 / 6};
    const double lower[] = {0.2731, 0.1946, 0.0461};
    const double upper[] = {0.9747, 0.9044, 0.6756};
    for (int step = 0; step < 3; ++step) {
        QCOMPARE(curve.steps.at(step).time, times[step]);
        QCOMPARE(curve.steps.at(step).atRisk, atRisk[step]);
        QCOMPARE(curve.steps.at(step).events, events[step]);
        compareClose(curve.steps.at(step).survival, survival[step]);
        QVERIFY(curve.steps.at(step).lower && curve.steps.at(step).upper);
        compareClose(*curve.steps.at(step).lower, lower[step], 5e-5);
        compareClose(*curve.steps.at(step).upper, upper[step], 5e-5);
    }
    QCOMPARE(curve.median.median, std::optional<double>(20));
    QCOMPARE(curve.median.lower, std::optional<double>(10));
    QVERIFY(!curve.median.upper); // not reached
    const Figure& median = figureOf(*figures, MetricKey::RampTimeMedianDays, AnalyticsGroup::Mentored);
    QCOMPARE(median.value, std::optional<double>(20));
    QCOMPARE(median.n, 6);
    QCOMPARE(median.state, FigureState::TooFew);
    const Figure& share = figureOf(*figures, MetricKey::FirstSaleShare, AnalyticsGroup::Mentored);
    compareClose(*share.value, 4.0 / 6);
    QVERIFY(share.interval);
    // No comparison seller at all: the comparison rows say so, and so do the differences.
    const Figure& comparison = figureOf(*figures, MetricKey::FirstSaleShare, AnalyticsGroup::Comparison);
    QCOMPARE(comparison.state, FigureState::NoData);
    QVERIFY(!comparison.value);
    QVERIFY(!comparison.reason.isEmpty());
    QCOMPARE(figureOf(*figures, MetricKey::FirstSaleShare, AnalyticsGroup::Difference).state, FigureState::NoData);
}

void TestAnalyticsEngine::rampTimeNotReached()
{
    ProgramFixture program(nextPath());
    buildRampProgram(program);
    AnalyticsEngine engine(program.db());
    AnalyticsScope scope = scopeAsOf();
    scope.enrolledFrom = QDate(2026, 5, 1); // D (censored) and F (event at 15): Ŝ(15) = 0.5 → 15
    auto figures = engine.compute(scope, AnalyticsEngine::Phase::PointEstimates);
    QVERIFY(figures);
    QCOMPARE(figureOf(*figures, MetricKey::RampTimeMedianDays, AnalyticsGroup::Mentored).value,
             std::optional<double>(15));
    scope.enrolledTo = QDate(2026, 5, 31); // D alone: censored, the median is never reached
    figures = engine.compute(scope, AnalyticsEngine::Phase::PointEstimates);
    QVERIFY(figures);
    const Figure& median = figureOf(*figures, MetricKey::RampTimeMedianDays, AnalyticsGroup::Mentored);
    QVERIFY(!median.value);
    QCOMPARE(median.state, FigureState::NotReached);
    QVERIFY(!median.reason.isEmpty());
    QCOMPARE(median.n, 1);
}

void TestAnalyticsEngine::outcomeWorkedExample()
{
    ProgramFixture program(nextPath());
    buildOutcomeProgram(program);
    AnalyticsEngine engine(program.db());
    const auto figures = engine.compute(scopeAsOf(), AnalyticsEngine::Phase::WithIntervals);
    QVERIFY2(figures, qPrintable(engine.errorString()));
    QCOMPARE(figures->mentored, 4);
    QCOMPARE(figures->comparison, 5);
    QCOMPARE(figures->menteesCovered, 3); // K has no comparison seller
    QCOMPARE(figures->notInEitherGroup, 2);
    QCOMPARE(figures->menteesWithoutSignup, 0);

    const Figure& quality = figureOf(*figures, MetricKey::ListingQualityImprovement, AnalyticsGroup::Mentored);
    compareClose(*quality.value, 6.0);
    QCOMPARE(quality.n, 3); // seller 14 has no baseline
    compareClose(*figureOf(*figures, MetricKey::ListingQualityImprovement, AnalyticsGroup::Comparison).value, 7.0 / 3);
    const Figure& difference = figureOf(*figures, MetricKey::ListingQualityImprovement, AnalyticsGroup::Difference);
    compareClose(*difference.value, 6.0 - 7.0 / 3);
    QCOMPARE(difference.n, 3);
    QVERIFY(difference.interval);
    QCOMPARE(difference.state, FigureState::TooFew);
    const Figure& qualityLatest = figureOf(*figures, MetricKey::ListingQualityLatest, AnalyticsGroup::Mentored);
    compareClose(*qualityLatest.value, (60.0 + 46 + 72 + 90) / 4);
    QCOMPARE(qualityLatest.n, 4);

    const Figure& returnLatest = figureOf(*figures, MetricKey::ReturnRateLatest, AnalyticsGroup::Mentored);
    compareClose(*returnLatest.value, 9.0 / 80);
    QVERIFY(std::fabs(*returnLatest.value - (0.1 + 0.1 + 0.2) / 3) > 0.01); // not the mean of ratios 0.1333
    QCOMPARE(returnLatest.n, 3);
    compareClose(*figureOf(*figures, MetricKey::ReturnRateImprovement, AnalyticsGroup::Mentored).value,
                 9.0 / 80 - 5.0 / 30);
    compareClose(*figureOf(*figures, MetricKey::CsatLatest, AnalyticsGroup::Mentored).value, 330.0 / 80);
    compareClose(*figureOf(*figures, MetricKey::AovLatest, AnalyticsGroup::Mentored).value, 3300.0 / 80);
    compareClose(*figureOf(*figures, MetricKey::RevenueImprovement, AnalyticsGroup::Mentored).value,
                 (2000.0 + 400 + 100) / 3);
    // The comparison sellers have no order counts: no return rate, and so no difference.
    QCOMPARE(figureOf(*figures, MetricKey::ReturnRateLatest, AnalyticsGroup::Comparison).state, FigureState::NoData);
    QCOMPARE(figureOf(*figures, MetricKey::ReturnRateLatest, AnalyticsGroup::Difference).state, FigureState::NoData);
    // Adherence: mentored only.
    QCOMPARE(figureOf(*figures, MetricKey::TouchpointAdherence, AnalyticsGroup::Comparison).state, FigureState::NoData);
    QVERIFY(figureOf(*figures, MetricKey::TouchpointAdherence, AnalyticsGroup::Mentored).value);

    // Every metric has its three rows, in the CSV's order.
    QCOMPARE(figures->figures.size(), 19 * 3);
    QCOMPARE(figures->figures.first().metric, QString::fromLatin1(MetricKey::RampTimeMedianDays));
    QCOMPARE(figures->figures.last().metric, QString::fromLatin1(MetricKey::MilestoneListingQualityShareM6));
    QCOMPARE(figures->figures.last().group, AnalyticsGroup::Difference);

    // Balance at baseline: listing quality 53.33 mentored vs the weighted comparison mean.
    bool balanced = false;
    for (const BalanceRow& row : figures->balance) {
        if (row.metric != QLatin1String("listing_quality"))
            continue;
        balanced = true;
        compareClose(*row.mentoredMean, 160.0 / 3);
        compareClose(*row.comparisonMean, (50.0 + 45 + (60 + 65 + 55) / 3.0) / 3);
        QCOMPARE(row.mentoredN, 3);
        QCOMPARE(row.comparisonN, 5);
        QVERIFY(row.standardizedDifference);
    }
    QVERIFY(balanced);
}

void TestAnalyticsEngine::monthlySeriesAndMilestones()
{
    ProgramFixture program(nextPath());
    buildOutcomeProgram(program);
    AnalyticsSettings settings(program.db());
    QVERIFY(settings.setMilestoneGoals(MilestoneGoals{1500.0, 60.0}));
    AnalyticsEngine engine(program.db());
    const auto figures = engine.compute(scopeAsOf(), AnalyticsEngine::Phase::PointEstimates);
    QVERIFY(figures);
    const MonthlySeries* quality = seriesOf(*figures, QStringLiteral("listing_quality"), AnalyticsGroup::Mentored);
    QVERIFY(quality);
    QCOMPARE(quality->points.size(), 13);
    compareClose(*quality->points.at(0).value, 160.0 / 3);
    QCOMPARE(quality->points.at(0).n, 3);
    QVERIFY(!quality->points.at(1).value); // no snapshot in the first month
    compareClose(*quality->points.at(3).value, 67.0);
    QCOMPARE(quality->points.at(3).n, 4);
    QVERIFY(quality->tooFew);
    const MonthlySeries* returns = seriesOf(*figures, QStringLiteral("return_rate"), AnalyticsGroup::Mentored);
    QVERIFY(returns);
    compareClose(*returns->points.at(3).value, 9.0 / 80);
    compareClose(*returns->points.at(0).value, 5.0 / 30);
    for (const QString& key :
         {QStringLiteral("average_order_value"), QStringLiteral("csat"), QStringLiteral("repeat_purchase_rate"),
          QStringLiteral("price_competitiveness"), QStringLiteral("inventory_turnover")})
        QVERIFY2(seriesOf(*figures, key, AnalyticsGroup::Comparison), qPrintable(key));

    // Listing quality ≥ 60: seller 13 at its baseline, 11 and 14 by month 3; 12 never.
    const MonthlySeries* milestone =
        seriesOf(*figures, QStringLiteral("milestone_listing_quality"), AnalyticsGroup::Mentored);
    QVERIFY(milestone);
    compareClose(*milestone->points.at(0).value, 0.25);
    compareClose(*milestone->points.at(3).value, 0.75);
    QCOMPARE(milestone->points.at(3).n, 4);
    QCOMPARE(milestone->points.at(4).n, 0); // month 4 has ended for nobody by June 30
    // Revenue ≥ 1500: only seller 11, by month 3.
    const MonthlySeries* revenue = seriesOf(*figures, QStringLiteral("milestone_revenue"), AnalyticsGroup::Mentored);
    QVERIFY(revenue);
    compareClose(*revenue->points.at(3).value, 0.25);
    const Figure& atSix = figureOf(*figures, MetricKey::MilestoneRevenueShareM6, AnalyticsGroup::Mentored);
    QCOMPARE(atSix.state, FigureState::NoData);
}

void TestAnalyticsEngine::scopeFilters_data()
{
    QTest::addColumn<qint64>("cohort");
    QTest::addColumn<QString>("category");
    QTest::addColumn<qint64>("mentor");
    QTest::addColumn<QDate>("enrolledFrom");
    QTest::addColumn<int>("mentored");
    QTest::addColumn<int>("comparison");
    QTest::addColumn<double>("mentoredImprovement");
    QTest::addColumn<double>("comparisonImprovement");
    // Only H: mentee 13 (+2) vs sellers 23–25 with weight 1/3 each, (1 − 1 + 3)/3 = 1.
    QTest::newRow("category, any case") << qint64(0) << QStringLiteral("h") << qint64(0) << QDate() << 1 << 3 << 2.0
                                        << 1.0;
    QTest::newRow("mentor") << qint64(0) << QString() << qint64(2) << QDate() << 1 << 3 << 2.0 << 1.0;
    // The cohort holds 11 and 12: (10 + 6)/2 against 21 and 22, (2 + 4)/2.
    QTest::newRow("cohort") << qint64(1) << QString() << qint64(0) << QDate() << 2 << 2 << 8.0 << 3.0;
    // Enrolled from 03-10: 11, 13 and 14 (no baseline): (10 + 2)/2. n(J, Jan) = 1 now, spread over
    // 21 and 22 (1/2 each): (0.5·2 + 0.5·4 + (1 − 1 + 3)/3) ÷ 2 = 2.
    QTest::newRow("enrolment period") << qint64(0) << QString() << qint64(0) << QDate(2026, 3, 10) << 3 << 5 << 6.0
                                      << 2.0;
}

void TestAnalyticsEngine::scopeFilters()
{
    QFETCH(qint64, cohort);
    QFETCH(QString, category);
    QFETCH(qint64, mentor);
    QFETCH(QDate, enrolledFrom);
    ProgramFixture program(nextPath());
    buildOutcomeProgram(program);
    AnalyticsScope scope = scopeAsOf();
    scope.cohortId = cohort;
    scope.category = category;
    scope.mentorId = mentor;
    scope.enrolledFrom = enrolledFrom;
    AnalyticsEngine engine(program.db());
    const auto figures = engine.compute(scope, AnalyticsEngine::Phase::PointEstimates);
    QVERIFY(figures);
    QTEST(figures->mentored, "mentored");
    QTEST(figures->comparison, "comparison");
    QFETCH(double, mentoredImprovement);
    QFETCH(double, comparisonImprovement);
    compareClose(*figureOf(*figures, MetricKey::ListingQualityImprovement, AnalyticsGroup::Mentored).value,
                 mentoredImprovement);
    compareClose(*figureOf(*figures, MetricKey::ListingQualityImprovement, AnalyticsGroup::Comparison).value,
                 comparisonImprovement);
}

void TestAnalyticsEngine::emptyScopeHasNoData()
{
    ProgramFixture program(nextPath());
    buildOutcomeProgram(program);
    AnalyticsScope scope = scopeAsOf();
    scope.category = QStringLiteral("nothing sold here");
    AnalyticsEngine engine(program.db());
    const auto figures = engine.compute(scope, AnalyticsEngine::Phase::WithIntervals);
    QVERIFY(figures);
    QCOMPARE(figures->mentored, 0);
    QCOMPARE(figures->comparison, 0);
    QCOMPARE(figures->figures.size(), 19 * 3);
    for (const Figure& figure : figures->figures) {
        QVERIFY2(!figure.value, qPrintable(figure.metric));
        QCOMPARE(figure.state, FigureState::NoData);
        QVERIFY(!figure.reason.isEmpty());
    }
    AnalyticsScope invalid;
    QVERIFY(!engine.compute(invalid, AnalyticsEngine::Phase::PointEstimates));
    QVERIFY(!engine.errorString().isEmpty());
}

void TestAnalyticsEngine::bootstrapIsDeterministic()
{
    // 40 mentees and 80 comparison sellers in two categories × two sign-up months.
    ProgramFixture program(nextPath());
    QVERIFY(program.opened());
    QVERIFY(program.db().transaction());
    for (int index = 0; index < 120; ++index) {
        const qint64 id = 100 + index;
        const bool mentee = index < 40;
        const QString category = index % 2 ? QStringLiteral("A") : QStringLiteral("B");
        const QDate signup = QDate(2025, 10 + index % 2, 1 + index % 27);
        const QDate enrolment = signup.addDays(30 + index % 17);
        const QDate firstSale = signup.addDays(20 + (index * 37) % 150);
        SQL_OK(program.seller(id, category, signup.toString(Qt::ISODate),
                              mentee ? enrolment.toString(Qt::ISODate) : QString(), firstSale.toString(Qt::ISODate)));
        if (mentee)
            SQL_OK(program.pair(id, 1 + index % 3, enrolment.toString(Qt::ISODate)));
        for (int month = 0; month < 9; ++month) {
            const double quality = 40 + (index * 13) % 30 + month * (mentee ? 2.0 : 1.0) + (index * month) % 5;
            SQL_OK(program.snapshot(id, QDate(2025, 11, 1).addMonths(month).toString(Qt::ISODate), quality,
                                    10 + (index * 7 + month) % 20, (index + month) % 4, 3 + (index % 3) * 0.5,
                                    500 + 20.0 * ((index * 11 + month * 3) % 40)));
        }
    }
    QVERIFY(program.db().commit());
    AnalyticsEngine engine(program.db());
    const AnalyticsScope scope = scopeAsOf();
    const auto first = engine.compute(scope, AnalyticsEngine::Phase::WithIntervals);
    const auto second = engine.compute(scope, AnalyticsEngine::Phase::WithIntervals);
    QVERIFY2(first && second, qPrintable(engine.errorString()));
    QCOMPARE(first->mentored, 40);
    QVERIFY(first->comparison >= 10);
    int differences = 0;
    for (int index = 0; index < first->figures.size(); ++index) {
        const Figure& figure = first->figures.at(index);
        const Figure& again = second->figures.at(index);
        QCOMPARE(figure.value, again.value);
        QCOMPARE(figure.interval.has_value(), again.interval.has_value());
        if (figure.interval) {
            QCOMPARE(figure.interval->low, again.interval->low);
            QCOMPARE(figure.interval->high, again.interval->high);
        }
        if (figure.group == AnalyticsGroup::Difference && figure.value && figure.interval) {
            ++differences;
            QVERIFY2(figure.interval->low <= figure.interval->high, qPrintable(figure.metric));
        }
    }
    QVERIFY2(differences >= 12, qPrintable(QString::number(differences)));
    const Figure& quality = figureOf(*first, MetricKey::ListingQualityImprovement, AnalyticsGroup::Difference);
    QCOMPARE(quality.state, FigureState::Ok);
    QVERIFY(quality.interval);
}

void TestAnalyticsEngine::sellersBehind_data()
{
    QTest::addColumn<bool>("rampProgram");
    QTest::addColumn<int>("chart");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<int>("group");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("days");
    QTest::addColumn<QVector<qint64>>("expected");
    const int mentored = static_cast<int>(AnalyticsGroup::Mentored);
    const int comparison = static_cast<int>(AnalyticsGroup::Comparison);
    const int overview = static_cast<int>(FigureKey::Chart::Overview);
    QTest::newRow("ramp: at risk") << true << overview << QString(MetricKey::FirstSaleShare) << mentored << -1 << -1
                                   << QVector<qint64>{1, 2, 3, 4, 5, 6};
    QTest::newRow("ramp: sold within 15 days") << true << static_cast<int>(FigureKey::Chart::RampTime) << QString()
                                               << mentored << -1 << 15 << QVector<qint64>{1, 6};
    QTest::newRow("improvement: sellers with both")
        << false << overview << QString(MetricKey::ListingQualityImprovement) << mentored << -1 << -1
        << QVector<qint64>{11, 12, 13};
    QTest::newRow("latest: comparison") << false << overview << QString(MetricKey::ListingQualityLatest) << comparison
                                        << -1 << -1 << QVector<qint64>{21, 22, 23, 24, 25};
    QTest::newRow("month 0") << false << static_cast<int>(FigureKey::Chart::MonthlyOutcome)
                             << QStringLiteral("listing_quality") << mentored << 0 << -1 << QVector<qint64>{11, 12, 13};
    QTest::newRow("milestone by month 3")
        << false << static_cast<int>(FigureKey::Chart::Milestone) << QStringLiteral("milestone_listing_quality")
        << mentored << 3 << -1 << QVector<qint64>{11, 13, 14};
}

void TestAnalyticsEngine::sellersBehind()
{
    QFETCH(bool, rampProgram);
    QFETCH(int, chart);
    QFETCH(QString, metric);
    QFETCH(int, group);
    QFETCH(int, month);
    QFETCH(int, days);
    ProgramFixture program(nextPath());
    if (rampProgram)
        buildRampProgram(program);
    else
        buildOutcomeProgram(program);
    QVERIFY(AnalyticsSettings(program.db()).setMilestoneGoals(MilestoneGoals{1500.0, 60.0}));
    FigureKey key;
    key.chart = static_cast<FigureKey::Chart>(chart);
    key.metric = metric;
    key.group = static_cast<AnalyticsGroup>(group);
    key.monthSinceStart = month;
    key.days = days;
    AnalyticsEngine engine(program.db());
    const auto ids = engine.sellersBehind(key, scopeAsOf());
    QVERIFY2(ids, qPrintable(engine.errorString()));
    QTEST(*ids, "expected");
}

void TestAnalyticsEngine::pointEstimatesAreComputing()
{
    ProgramFixture program(nextPath());
    buildOutcomeProgram(program);
    AnalyticsEngine engine(program.db());
    const auto points = engine.compute(scopeAsOf(), AnalyticsEngine::Phase::PointEstimates);
    const auto full = engine.compute(scopeAsOf(), AnalyticsEngine::Phase::WithIntervals);
    QVERIFY(points && full);
    QVERIFY(!points->intervalsComputed);
    QVERIFY(full->intervalsComputed);
    for (int index = 0; index < points->figures.size(); ++index) {
        QCOMPARE(points->figures.at(index).value, full->figures.at(index).value);
        QVERIFY(!points->figures.at(index).interval);
    }
    std::atomic_bool cancelled{true};
    QVERIFY(!engine.compute(scopeAsOf(), AnalyticsEngine::Phase::WithIntervals, &cancelled));
}

// The demo program: both groups populated, so every chart of the dashboards has points. The times
// are printed (not checked: they depend on the machine) for the report and docs/benchmarks.md.
void TestAnalyticsEngine::demoProgramHasEveryChart()
{
    ProgramDatabase demo;
    QCOMPARE(demo.open(nextPath()), ProgramDatabase::Outcome::Created);
    QString error;
    const QDate today(2026, 12, 8);
    QVERIFY2(DemoProgram::populate(demo.connection(), today, &error), qPrintable(error));
    AnalyticsEngine engine(demo.connection());
    QElapsedTimer timer;
    timer.start();
    const auto points = engine.compute(scopeAsOf(today), AnalyticsEngine::Phase::PointEstimates);
    const qint64 pointsMs = timer.restart();
    const auto full = engine.compute(scopeAsOf(today), AnalyticsEngine::Phase::WithIntervals);
    const qint64 fullMs = timer.elapsed();
    QVERIFY2(points && full, qPrintable(engine.errorString()));
    qInfo("demo: %d mentored, %d comparison; point estimates %lld ms, with intervals %lld ms", full->mentored,
          full->comparison, pointsMs, fullMs);
    QVERIFY(full->mentored >= FigureRows::kTooFew);
    QVERIFY(full->comparison >= FigureRows::kTooFew);
    for (const RampCurve& curve : full->rampCurves)
        QVERIFY(!curve.steps.isEmpty());
    for (const MonthlySeries& series : full->series)
        QVERIFY2(series.points.first().value, qPrintable(series.metric));
    for (const char* metric : {MetricKey::ListingQualityImprovement, MetricKey::ReturnRateLatest,
                               MetricKey::ReturnRateImprovement, MetricKey::RevenueImprovement}) {
        const Figure& difference = figureOf(*full, metric, AnalyticsGroup::Difference);
        QVERIFY2(difference.value && difference.interval, metric);
    }
}

QTEST_GUILESS_MAIN(TestAnalyticsEngine)
#include "test_analyticsengine.moc"
