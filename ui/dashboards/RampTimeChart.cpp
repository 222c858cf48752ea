// SPDX-License-Identifier: GPL-3.0-or-later
#include "RampTimeChart.h"

#include "analytics/AnalyticsLabels.h"
#include "ChartStyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>
#include <functional>

namespace mentordesk {

namespace {

/// Ŝ as a percentage, the y of the chart.
double percent(double survival)
{
    return survival * 100.0;
}

/// The step line through the curve's steps: flat until each event time, then down.
QVector<QPointF> stepPoints(const QVector<SurvivalStep>& steps, double endTime,
                            const std::function<std::optional<double>(const SurvivalStep&)>& valueOf, double start)
{
    QVector<QPointF> points;
    double previous = start;
    bool started = false;
    for (const SurvivalStep& step : steps) {
        const std::optional<double> value = valueOf(step);
        if (!value) {
            if (started)
                break; // the band ends where the transform is undefined (Ŝ = 0)
            continue;
        }
        if (started)
            points << QPointF(step.time, percent(previous));
        points << QPointF(step.time, percent(*value));
        previous = *value;
        started = true;
    }
    if (started && endTime > points.constLast().x())
        points << QPointF(endTime, percent(previous));
    return points;
}

QString daysText(double days)
{
    const int whole = int(std::lround(days));
    return RampTimeChart::tr("%n day(s)", nullptr, whole);
}

} // namespace

RampTimeChart::RampTimeChart(QWidget* parent)
    : ChartPanel(tr("Ramp time: days to the first sale"), parent)
{
}

void RampTimeChart::setFigures(const Figures& figures, bool showComparison)
{
    m_curves.clear();
    for (const RampCurve& curve : figures.rampCurves) {
        if (curve.group == AnalyticsGroup::Mentored || showComparison)
            m_curves << curve;
    }
    QChart* chart = resetChart();
    double endTime = 30.0;
    for (const RampCurve& curve : std::as_const(m_curves)) {
        if (!curve.steps.isEmpty())
            endTime = std::max(endTime, curve.steps.constLast().time * 1.05);
    }
    auto* axisX = new QValueAxis;
    axisX->setTitleText(tr("Days since enrolment"));
    axisX->setRange(0, endTime);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->applyNiceNumbers();
    auto* axisY = new QValueAxis;
    axisY->setTitleText(tr("Without a first sale (%)"));
    axisY->setRange(0, 100);
    axisY->setTickCount(6);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    style().applyToAxis(axisX);
    style().applyToAxis(axisY);

    QStringList tooFew;
    QStringList notes;
    std::optional<int> comparisonN;
    int mentoredN = 0;
    for (const RampCurve& curve : std::as_const(m_curves)) {
        const bool small = curve.subjects < kTooFew;
        if (small)
            tooFew << AnalyticsLabels::groupLabel(curve.group);
        addBand(curve, axisX->max());
        addCurve(curve, axisX->max(), small && curve.group == AnalyticsGroup::Comparison);
        notes << medianText(curve);
        if (curve.group == AnalyticsGroup::Mentored)
            mentoredN = curve.subjects;
        else
            comparisonN = curve.subjects;
    }
    auto* half = new QLineSeries;
    half->setName(tr("50 %"));
    *half << QPointF(0, 50) << QPointF(axisX->max(), 50);
    QPen guide(style().guideColor(), 1.0, Qt::DotLine);
    half->setPen(guide);
    chart->addSeries(half);
    half->attachAxis(axisX);
    half->attachAxis(axisY);
    chart->legend()->markers(half).constFirst()->setVisible(false);

    setCountsText(groupCounts(mentoredN, comparisonN));
    setTooFewText(tooFew.isEmpty() ? QString()
                                   : tr("Too few to compare: %1 (fewer than %2 sellers).")
                                         .arg(QLocale().createSeparatedList(tooFew))
                                         .arg(kTooFew));
    setNoteText(notes.join(QLatin1Char('\n')));
    setComputing(!figures.intervalsComputed);
}

void RampTimeChart::addCurve(const RampCurve& curve, double endTime, bool dashed)
{
    QChart* chart = this->chart();
    auto* line = new QLineSeries;
    line->setName(AnalyticsLabels::groupLabel(curve.group));
    line->setPen(style().linePen(curve.group, dashed));
    QVector<QPointF> points{QPointF(0, 100)};
    points << stepPoints(
        curve.steps, endTime, [](const SurvivalStep& step) { return std::optional<double>(step.survival); }, 1.0);
    if (points.size() == 1)
        points << QPointF(endTime, 100);
    line->replace(points);
    chart->addSeries(line);
    for (QAbstractAxis* axis : chart->axes())
        line->attachAxis(axis);
    const AnalyticsGroup group = curve.group;
    connect(line, &QLineSeries::hovered, this, [this, group](const QPointF& point, bool state) {
        for (const RampCurve& shown : std::as_const(m_curves)) {
            if (shown.group == group)
                showHoverText(state ? hoverText(shown, point.x()) : QString());
        }
    });
    connect(line, &QLineSeries::clicked, this, [this, group](const QPointF& point) {
        FigureKey key;
        key.chart = FigureKey::Chart::RampTime;
        key.group = group;
        key.days = std::max(0, int(std::lround(point.x())));
        key.monthSinceStart = (key.days + 29) / 30;
        Q_EMIT figureClicked(
            key, tr("Ramp time, %1: first sale within %2").arg(AnalyticsLabels::groupLabel(group), daysText(key.days)));
    });

    if (curve.median.median) {
        auto* median = new QScatterSeries;
        median->setName(tr("Median, %1").arg(AnalyticsLabels::groupLabel(curve.group)));
        median->setColor(style().groupColor(curve.group));
        median->setBorderColor(style().groupColor(curve.group));
        median->setMarkerSize(9);
        *median << QPointF(*curve.median.median, 50);
        chart->addSeries(median);
        for (QAbstractAxis* axis : chart->axes())
            median->attachAxis(axis);
        chart->legend()->markers(median).constFirst()->setVisible(false);
    }
}

void RampTimeChart::addBand(const RampCurve& curve, double endTime)
{
    const QVector<QPointF> upper = stepPoints(
        curve.steps, endTime, [](const SurvivalStep& step) { return step.upper; }, 1.0);
    const QVector<QPointF> lower = stepPoints(
        curve.steps, endTime, [](const SurvivalStep& step) { return step.lower; }, 1.0);
    if (upper.size() < 2 || lower.size() < 2)
        return;
    auto* upperLine = new QLineSeries;
    upperLine->replace(upper);
    auto* lowerLine = new QLineSeries;
    lowerLine->replace(lower);
    auto* band = new QAreaSeries(upperLine, lowerLine);
    upperLine->setParent(band);
    lowerLine->setParent(band);
    band->setName(tr("95 % band, %1").arg(AnalyticsLabels::groupLabel(curve.group)));
    band->setBrush(style().bandColor(curve.group));
    band->setPen(Qt::NoPen);
    QChart* chart = this->chart();
    chart->addSeries(band);
    for (QAbstractAxis* axis : chart->axes())
        band->attachAxis(axis);
    chart->legend()->markers(band).constFirst()->setVisible(false);
}

QString RampTimeChart::medianText(const RampCurve& curve) const
{
    const QString group = AnalyticsLabels::groupLabel(curve.group);
    if (!curve.median.median)
        return tr("%1: median not reached (fewer than half have sold).").arg(group);
    const QString median = daysText(*curve.median.median);
    if (!curve.median.lower && !curve.median.upper)
        return tr("%1: median %2.").arg(group, median);
    const QString lower = curve.median.lower ? QLocale().toString(std::lround(*curve.median.lower)) : tr("?");
    const QString upper = curve.median.upper ? QLocale().toString(std::lround(*curve.median.upper)) : tr("not reached");
    return tr("%1: median %2 (95 % CI %3 to %4).").arg(group, median, lower, upper);
}

QString RampTimeChart::hoverText(const RampCurve& curve, double time) const
{
    const SurvivalStep* last = nullptr;
    for (const SurvivalStep& step : curve.steps) {
        if (step.time > time)
            break;
        last = &step;
    }
    const QString group = AnalyticsLabels::groupLabel(curve.group);
    const QString days = daysText(time);
    if (!last)
        return tr("%1, %2: 100 % without a first sale").arg(group, days);
    const QString value = QLocale().toString(percent(last->survival), 'f', 1);
    if (!last->lower || !last->upper)
        return tr("%1, %2: %3 % without a first sale; %4 at risk")
            .arg(group, days, value, QLocale().toString(last->atRisk, 'f', 0));
    return tr("%1, %2: %3 % without a first sale (95 % CI %4–%5 %); %6 at risk")
        .arg(group, days, value, QLocale().toString(percent(*last->lower), 'f', 1),
             QLocale().toString(percent(*last->upper), 'f', 1), QLocale().toString(last->atRisk, 'f', 0));
}

} // namespace mentordesk
