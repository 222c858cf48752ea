// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboards' charts drawn from hand-made figures (AnalyticsTestSupport.h): the series each
// chart has, its axes' ranges, the interval bands once intervals are in, "too few to compare"
// (dashed comparison line and a note), a median "not reached", translated labels where the
// figures carry codes, the balance table's model, and the FigureKey a click builds.
#include "analytics/AnalyticsLabels.h"
#include "analytics/BalanceTableModel.h"
#include "AnalyticsTestSupport.h"
#include "dashboards/AdherenceByCohortChart.h"
#include "dashboards/ChartStyle.h"
#include "dashboards/KpiTile.h"
#include "dashboards/MonthlyOutcomeChart.h"
#include "dashboards/PairingFunnelChart.h"
#include "dashboards/RampTimeChart.h"
#include "WidgetTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QValueAxis>

using namespace mentordesk;
using namespace mentordesk::testsupport;

namespace {

template <typename Series> QVector<Series*> seriesOf(QChart* chart)
{
    QVector<Series*> found;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* typed = qobject_cast<Series*>(series))
            found << typed;
    }
    return found;
}

/// The chart's line series named after a group (the curves and means, not bands or guides).
QLineSeries* groupLine(QChart* chart, AnalyticsGroup group)
{
    for (QLineSeries* line : seriesOf<QLineSeries>(chart)) {
        if (line->name() == AnalyticsLabels::groupLabel(group))
            return line;
    }
    return nullptr;
}

QValueAxis* valueAxis(QChart* chart, Qt::Orientation orientation)
{
    for (QAbstractAxis* axis : chart->axes(orientation)) {
        if (auto* value = qobject_cast<QValueAxis*>(axis))
            return value;
    }
    return nullptr;
}

} // namespace

class TestDashboardCharts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rampTimeDrawsStepCurvesBandsAndMedians()
    {
        RampTimeChart chart;
        chart.resize(640, 420);
        const Figures figures = sampleFigures();
        chart.setFigures(figures, true);
        QCOMPARE(seriesOf<QAreaSeries>(chart.chart()).size(), 2);    // a band per group
        QCOMPARE(seriesOf<QScatterSeries>(chart.chart()).size(), 2); // both medians reached
        for (const AnalyticsGroup group : {AnalyticsGroup::Mentored, AnalyticsGroup::Comparison}) {
            QLineSeries* line = groupLine(chart.chart(), group);
            QVERIFY(line);
            const QList<QPointF> points = line->points();
            QCOMPARE(points.constFirst(), QPointF(0, 100));
            for (int i = 1; i < points.size(); ++i) {
                QVERIFY(points.at(i).x() >= points.at(i - 1).x());
                QVERIFY(points.at(i).y() <= points.at(i - 1).y());
            }
        }
        const double lastStep =
            std::max(figures.rampCurves.at(0).steps.constLast().time, figures.rampCurves.at(1).steps.constLast().time);
        QValueAxis* x = valueAxis(chart.chart(), Qt::Horizontal);
        QValueAxis* y = valueAxis(chart.chart(), Qt::Vertical);
        QVERIFY(x && y);
        QCOMPARE(x->min(), 0.0);
        QVERIFY(x->max() >= lastStep);
        QCOMPARE(y->min(), 0.0);
        QCOMPARE(y->max(), 100.0);
        QVERIFY(chart.tooFewText().isEmpty());
        QVERIFY(!chart.isComputing());
        QVERIFY(chart.noteText().contains(QLocale().toString(std::lround(*figures.rampCurves.at(0).median.median))));
        QVERIFY(chart.countsText().contains(QLocale().toString(figures.rampCurves.at(1).subjects)));
        screenshot(&chart, QStringLiteral("dashboard-ramp.png"));
    }

    void rampTimeWithoutIntervalsHasNoBandAndSaysComputing()
    {
        RampTimeChart chart;
        SampleOptions options;
        options.intervals = false;
        chart.setFigures(sampleFigures(options), true);
        QCOMPARE(seriesOf<QAreaSeries>(chart.chart()).size(), 0);
        QVERIFY(chart.isComputing());
    }

    void rampTimeSaysWhenTheMedianIsNotReached()
    {
        RampTimeChart chart;
        SampleOptions options;
        options.comparisonReachesMedian = false;
        const Figures figures = sampleFigures(options);
        QVERIFY(!figures.rampCurves.at(1).median.median);
        chart.setFigures(figures, true);
        QCOMPARE(seriesOf<QScatterSeries>(chart.chart()).size(), 1);
        QVERIFY2(chart.noteText().contains(QStringLiteral("Comparison: median not reached")),
                 qPrintable(chart.noteText()));
    }

    void comparisonCanBeHidden()
    {
        RampTimeChart chart;
        chart.setFigures(sampleFigures(), false);
        QVERIFY(groupLine(chart.chart(), AnalyticsGroup::Mentored));
        QVERIFY(!groupLine(chart.chart(), AnalyticsGroup::Comparison));
        QCOMPARE(seriesOf<QAreaSeries>(chart.chart()).size(), 1);
        QVERIFY(!chart.countsText().contains(QStringLiteral("Comparison")));
    }

    void tooFewComparisonSellersAreDashedAndSaidSo()
    {
        SampleOptions options;
        options.comparisonSellers = 6;
        const Figures figures = sampleFigures(options);
        RampTimeChart ramp;
        ramp.setFigures(figures, true);
        QVERIFY(ramp.tooFewText().contains(AnalyticsLabels::groupLabel(AnalyticsGroup::Comparison)));
        QCOMPARE(groupLine(ramp.chart(), AnalyticsGroup::Comparison)->pen().style(), Qt::DashLine);
        QCOMPARE(groupLine(ramp.chart(), AnalyticsGroup::Mentored)->pen().style(), Qt::SolidLine);

        MonthlyOutcomeChart outcomes(QStringLiteral("Outcomes"), AnalyticsLabels::monthlyOutcomeMetrics(),
                                     FigureKey::Chart::MonthlyOutcome);
        outcomes.setFigures(figures, true);
        QVERIFY(outcomes.tooFewText().contains(AnalyticsLabels::groupLabel(AnalyticsGroup::Comparison)));
        QCOMPARE(groupLine(outcomes.chart(), AnalyticsGroup::Comparison)->pen().style(), Qt::DashLine);
    }

    void monthlyOutcomesDrawMeansAndBands_data()
    {
        QTest::addColumn<QString>("metric");
        for (const QString& metric : AnalyticsLabels::monthlyOutcomeMetrics())
            QTest::newRow(qPrintable(metric)) << metric;
    }

    void monthlyOutcomesDrawMeansAndBands()
    {
        QFETCH(QString, metric);
        MonthlyOutcomeChart chart(QStringLiteral("Outcomes"), AnalyticsLabels::monthlyOutcomeMetrics(),
                                  FigureKey::Chart::MonthlyOutcome);
        chart.resize(640, 420);
        const Figures figures = sampleFigures();
        chart.setFigures(figures, true);
        QVERIFY(chart.setMetric(metric));
        QCOMPARE(chart.metric(), metric);
        QCOMPARE(seriesOf<QAreaSeries>(chart.chart()).size(), 2);
        QCOMPARE(seriesOf<QLineSeries>(chart.chart()).size(), 2);
        QValueAxis* x = valueAxis(chart.chart(), Qt::Horizontal);
        QValueAxis* y = valueAxis(chart.chart(), Qt::Vertical);
        QCOMPARE(x->min(), 0.0);
        QCOMPARE(x->max(), 12.0);
        const double scale = AnalyticsLabels::isShare(metric) ? 100.0 : 1.0;
        for (const MonthlySeries& series : figures.series) {
            if (series.metric != metric)
                continue;
            QLineSeries* line = groupLine(chart.chart(), series.group);
            QCOMPARE(line->count(), series.points.size());
            for (const SeriesPoint& point : series.points) {
                QVERIFY(point.interval->low * scale >= y->min());
                QVERIFY(point.interval->high * scale <= y->max());
            }
        }
        QVERIFY(y->titleText().contains(AnalyticsLabels::metricTitle(metric)));
    }

    void metricChoicesAreTranslatedTitles()
    {
        MonthlyOutcomeChart chart(QStringLiteral("Outcomes"), AnalyticsLabels::monthlyOutcomeMetrics(),
                                  FigureKey::Chart::MonthlyOutcome);
        QComboBox* combo = chart.metricCombo();
        QVERIFY(combo);
        QCOMPARE(combo->count(), AnalyticsLabels::monthlyOutcomeMetrics().size());
        for (int i = 0; i < combo->count(); ++i) {
            QVERIFY(combo->itemText(i) != combo->itemData(i).toString());
            QVERIFY(!combo->itemText(i).contains(QLatin1Char('_')));
        }
        QCOMPARE(combo->itemText(0), AnalyticsLabels::metricTitle(QStringLiteral("listing_quality")));
    }

    void clickingAPointBuildsItsFigureKey()
    {
        MonthlyOutcomeChart chart(QStringLiteral("Outcomes"), AnalyticsLabels::monthlyOutcomeMetrics(),
                                  FigureKey::Chart::MonthlyOutcome);
        chart.setFigures(sampleFigures(), true);
        QVERIFY(chart.setMetric(QStringLiteral("return_rate")));
        FigureKey clicked;
        QString label;
        connect(&chart, &ChartPanel::figureClicked, this, [&](const FigureKey& key, const QString& text) {
            clicked = key;
            label = text;
        });
        QLineSeries* comparison = groupLine(chart.chart(), AnalyticsGroup::Comparison);
        Q_EMIT comparison->clicked(QPointF(3.2, 11.0));
        QCOMPARE(clicked.chart, FigureKey::Chart::MonthlyOutcome);
        QCOMPARE(clicked.metric, QStringLiteral("return_rate"));
        QCOMPARE(clicked.group, AnalyticsGroup::Comparison);
        QCOMPARE(clicked.monthSinceStart, 3);
        QVERIFY(label.contains(AnalyticsLabels::metricTitle(QStringLiteral("return_rate"))));
    }

    void milestonesAreShares()
    {
        MonthlyOutcomeChart chart(QStringLiteral("Revenue goal"), {QStringLiteral("milestone_revenue")},
                                  FigureKey::Chart::Milestone);
        chart.setFigures(sampleFigures(), true);
        QVERIFY(!chart.metricCombo());
        QValueAxis* y = valueAxis(chart.chart(), Qt::Vertical);
        QVERIFY(y->max() > 1.0); // percentages, not fractions
        QVERIFY(y->max() <= 110.0);
        FigureKey clicked;
        connect(&chart, &ChartPanel::figureClicked, this, [&](const FigureKey& key) { clicked = key; });
        Q_EMIT groupLine(chart.chart(), AnalyticsGroup::Mentored)->clicked(QPointF(6, 30));
        QCOMPARE(clicked.chart, FigureKey::Chart::Milestone);
        QCOMPARE(clicked.metric, QStringLiteral("milestone_revenue"));
        QCOMPARE(clicked.monthSinceStart, 6);
    }

    void adherenceHasABarAndAWhiskerPerCohort()
    {
        AdherenceByCohortChart chart;
        chart.resize(640, 420);
        const Figures figures = sampleFigures();
        chart.setFigures(figures, true);
        const auto bars = seriesOf<QHorizontalBarSeries>(chart.chart());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.constFirst()->barSets().constFirst()->count(), figures.adherenceByCohort.size());
        QCOMPARE(seriesOf<QLineSeries>(chart.chart()).size(), figures.adherenceByCohort.size());
        auto* categories = qobject_cast<QBarCategoryAxis*>(chart.chart()->axes(Qt::Vertical).constFirst());
        QVERIFY(categories);
        QVERIFY(categories->categories().contains(figures.adherenceByCohort.constFirst().cohortName));
        QCOMPARE(valueAxis(chart.chart(), Qt::Horizontal)->max(), 100.0);
        FigureKey clicked;
        connect(&chart, &ChartPanel::figureClicked, this, [&](const FigureKey& key) { clicked = key; });
        // Drawn bottom-up: the last cohort is the first bar.
        Q_EMIT bars.constFirst()->barSets().constFirst()->clicked(0);
        QCOMPARE(clicked.chart, FigureKey::Chart::AdherenceCohort);
        QCOMPARE(clicked.cohortId, figures.adherenceByCohort.constLast().cohortId);
        screenshot(&chart, QStringLiteral("dashboard-adherence.png"));
    }

    void funnelSplitsEndedPairingsByTranslatedReason()
    {
        PairingFunnelChart chart;
        const Figures figures = sampleFigures();
        chart.setFigures(figures, true);
        const auto stacked = seriesOf<QStackedBarSeries>(chart.chart());
        QCOMPARE(stacked.size(), 1);
        const QList<QBarSet*> sets = stacked.constFirst()->barSets();
        QCOMPARE(sets.size(), 1 + figures.funnel.endReasons.size());
        QCOMPARE(sets.at(0)->at(0), double(figures.funnel.started));
        QCOMPARE(sets.at(0)->at(2), double(figures.funnel.active));
        double ended = 0;
        for (int i = 1; i < sets.size(); ++i) {
            ended += sets.at(i)->at(3);
            QCOMPARE(sets.at(i)->label(), AnalyticsLabels::endReasonLabel(figures.funnel.endReasons.at(i - 1).first));
            QVERIFY(sets.at(i)->label() != figures.funnel.endReasons.at(i - 1).first);
        }
        QCOMPARE(ended, double(figures.funnel.ended));
        FigureKey clicked;
        connect(&chart, &ChartPanel::figureClicked, this, [&](const FigureKey& key) { clicked = key; });
        Q_EMIT sets.at(2)->clicked(3);
        QCOMPARE(clicked.chart, FigureKey::Chart::PairingFunnel);
        QCOMPARE(clicked.stage, figures.funnel.endReasons.at(1).first);
        Q_EMIT sets.at(0)->clicked(1);
        QCOMPARE(clicked.stage, QStringLiteral("trial"));
    }

    void kpiTileShowsValueIntervalNAndDifference()
    {
        const Figures figures = sampleFigures();
        KpiTile tile(QLatin1String(MetricKey::FirstSaleShare));
        tile.setFigures(figures, true);
        const Figure* mentored = figures.find(QLatin1String(MetricKey::FirstSaleShare), AnalyticsGroup::Mentored);
        QCOMPARE(tile.valueText(), KpiTile::formatValue(mentored->metric, *mentored->value));
        QVERIFY(tile.detailText().contains(QLocale().toString(mentored->n)));
        QVERIFY(tile.detailText().contains(KpiTile::formatValue(mentored->metric, mentored->interval->low)));
        QVERIFY(tile.comparisonText().contains(QStringLiteral("Difference")));
        tile.setFigures(figures, false);
        QVERIFY(tile.comparisonText().isEmpty());

        SampleOptions options;
        options.comparisonReachesMedian = false;
        KpiTile ramp(QLatin1String(MetricKey::RampTimeMedianDays));
        ramp.setFigures(sampleFigures(options), true);
        QVERIFY(ramp.comparisonText().contains(QStringLiteral("not reached")));
    }

    void balanceTableFlagsImbalance()
    {
        BalanceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Figures figures = sampleFigures();
        model.setRows(figures.balance);
        QCOMPARE(model.rowCount(), figures.balance.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const BalanceRow& expected = figures.balance.at(row);
            QCOMPARE(model.index(row, BalanceTableModel::Metric).data().toString(),
                     AnalyticsLabels::metricTitle(expected.metric));
            QCOMPARE(model.index(row, BalanceTableModel::StandardizedDifference)
                         .data(BalanceTableModel::ValueRole)
                         .toDouble(),
                     *expected.standardizedDifference);
            QCOMPARE(model.index(row, 0).data(BalanceTableModel::BalancedRole).toBool(),
                     std::abs(*expected.standardizedDifference) <= BalanceTableModel::kImbalance);
        }
        const int last = model.rowCount() - 1;
        QVERIFY(!model.index(last, 0).data(BalanceTableModel::BalancedRole).toBool());
        QVERIFY(model.index(last, BalanceTableModel::StandardizedDifference).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, BalanceTableModel::StandardizedDifference).data(Qt::FontRole).isValid());
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void styleFollowsThePalettesLightness()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::WindowText, Qt::white);
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
        light.setColor(QPalette::WindowText, Qt::black);
        const ChartStyle darkStyle(dark);
        const ChartStyle lightStyle(light);
        QVERIFY(darkStyle.isDark());
        QVERIFY(!lightStyle.isDark());
        for (const AnalyticsGroup group : {AnalyticsGroup::Mentored, AnalyticsGroup::Comparison}) {
            // A group's line stands out from the background in both themes.
            QVERIFY(std::abs(darkStyle.groupColor(group).lightnessF() - dark.color(QPalette::Window).lightnessF()) >
                    0.35);
            QVERIFY(std::abs(lightStyle.groupColor(group).lightnessF() - light.color(QPalette::Window).lightnessF()) >
                    0.35);
        }
        QVERIFY(lightStyle.groupColor(AnalyticsGroup::Mentored) != lightStyle.groupColor(AnalyticsGroup::Comparison));

        // A chart in the dark palette draws on the palette's base with the dark theme's text.
        dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2e));
        MonthlyOutcomeChart chart(QStringLiteral("Outcomes"), AnalyticsLabels::monthlyOutcomeMetrics(),
                                  FigureKey::Chart::MonthlyOutcome);
        chart.setPalette(dark);
        chart.resize(640, 420);
        chart.setFigures(sampleFigures(), true);
        QCOMPARE(chart.chart()->backgroundBrush().color(), dark.color(QPalette::Base));
        QCOMPARE(valueAxis(chart.chart(), Qt::Horizontal)->labelsColor(), dark.color(QPalette::WindowText));
        QCOMPARE(groupLine(chart.chart(), AnalyticsGroup::Mentored)->pen().color(),
                 darkStyle.groupColor(AnalyticsGroup::Mentored));
        screenshot(&chart, QStringLiteral("dashboard-outcomes-dark.png"));
    }
};

QTEST_MAIN(TestDashboardCharts)
#include "test_dashboardcharts.moc"
