// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthlyOutcomeChart.h"

#include "analytics/AnalyticsLabels.h"
#include "ChartStyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mentordesk {

namespace {

/// The last month a series has: k = 0 … 12.
constexpr int kLastMonth = 12;

} // namespace

MonthlyOutcomeChart::MonthlyOutcomeChart(const QString& title, const QStringList& metrics, FigureKey::Chart kind,
                                         QWidget* parent)
    : ChartPanel(title, parent)
    , m_metrics(metrics)
    , m_kind(kind)
{
    if (m_metrics.size() > 1) {
        m_combo = new QComboBox(this);
        m_combo->setObjectName(QStringLiteral("metricCombo"));
        m_combo->setAccessibleName(tr("Metric"));
        for (const QString& key : std::as_const(m_metrics))
            m_combo->addItem(AnalyticsLabels::metricTitle(key), key);
        addHeaderWidget(m_combo);
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
            rebuild();
            Q_EMIT metricChanged(metric());
        });
    }
}

QString MonthlyOutcomeChart::metric() const
{
    return m_combo ? m_combo->currentData().toString() : m_metrics.value(0);
}

bool MonthlyOutcomeChart::setMetric(const QString& metric)
{
    const int index = int(m_metrics.indexOf(metric));
    if (index < 0 || !m_combo)
        return index == 0;
    m_combo->setCurrentIndex(index);
    return true;
}

void MonthlyOutcomeChart::setFigures(const Figures& figures, bool showComparison)
{
    m_figures = figures;
    m_showComparison = showComparison;
    rebuild();
}

double MonthlyOutcomeChart::scale() const
{
    return AnalyticsLabels::isShare(metric()) ? 100.0 : 1.0;
}

void MonthlyOutcomeChart::rebuild()
{
    QChart* chart = resetChart();
    auto* axisX = new QValueAxis;
    axisX->setTitleText(tr("Months since enrolment"));
    axisX->setRange(0, kLastMonth);
    axisX->setTickCount(kLastMonth / 2 + 1);
    axisX->setLabelFormat(QStringLiteral("%d"));
    auto* axisY = new QValueAxis;
    axisY->setTitleText(AnalyticsLabels::isShare(metric()) ? tr("%1 (%)").arg(AnalyticsLabels::metricTitle(metric()))
                                                           : AnalyticsLabels::metricTitle(metric()));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    style().applyToAxis(axisX);
    style().applyToAxis(axisY);

    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    QStringList tooFew;
    int mentoredN = 0;
    std::optional<int> comparisonN;
    for (const MonthlySeries& series : std::as_const(m_figures.series)) {
        if (series.metric != metric() || (series.group == AnalyticsGroup::Comparison && !m_showComparison))
            continue;
        if (series.tooFew)
            tooFew << AnalyticsLabels::groupLabel(series.group);
        const auto [seriesLow, seriesHigh] =
            addSeries(series, series.tooFew && series.group == AnalyticsGroup::Comparison);
        low = std::min(low, seriesLow);
        high = std::max(high, seriesHigh);
        const int baselineN = series.points.isEmpty() ? 0 : series.points.constFirst().n;
        if (series.group == AnalyticsGroup::Mentored)
            mentoredN = baselineN;
        else
            comparisonN = baselineN;
    }
    const bool empty = low > high;
    if (empty) {
        low = 0;
        high = scale();
    }
    const double padding = std::max((high - low) * 0.08, 1e-6);
    axisY->setRange(std::max(0.0, low - padding), high + padding);
    axisY->applyNiceNumbers();

    setCountsText(groupCounts(mentoredN, comparisonN) + QLatin1Char(' ') + tr("(at enrolment)"));
    setTooFewText(tooFew.isEmpty() ? QString()
                                   : tr("Too few to compare: %1 (fewer than %2 sellers).")
                                         .arg(QLocale().createSeparatedList(tooFew))
                                         .arg(kTooFew));
    setNoteText(empty ? tr("No values for this metric in the chosen scope.") : QString());
    setComputing(!m_figures.intervalsComputed);
}

std::pair<double, double> MonthlyOutcomeChart::addSeries(const MonthlySeries& series, bool dashed)
{
    QChart* chart = this->chart();
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    auto* line = new QLineSeries;
    line->setName(AnalyticsLabels::groupLabel(series.group));
    line->setPen(style().linePen(series.group, dashed));
    line->setPointsVisible(true);
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    for (const SeriesPoint& point : series.points) {
        if (!point.value)
            continue;
        const double value = *point.value * scale();
        *line << QPointF(point.monthSinceStart, value);
        low = std::min(low, value);
        high = std::max(high, value);
        if (point.interval) {
            *upper << QPointF(point.monthSinceStart, point.interval->high * scale());
            *lower << QPointF(point.monthSinceStart, point.interval->low * scale());
            low = std::min(low, point.interval->low * scale());
            high = std::max(high, point.interval->high * scale());
        }
    }
    addBand(series.group, upper, lower);
    chart->addSeries(line);
    for (QAbstractAxis* axis : chart->axes())
        line->attachAxis(axis);

    const AnalyticsGroup group = series.group;
    const QString metricKey = series.metric;
    connect(line, &QLineSeries::hovered, this, [this, group](const QPointF& point, bool state) {
        const int month = int(std::lround(point.x()));
        for (const MonthlySeries& shown : std::as_const(m_figures.series)) {
            if (shown.metric == metric() && shown.group == group)
                showHoverText(state ? hoverText(shown, month) : QString());
        }
    });
    connect(line, &QLineSeries::clicked, this, [this, group, metricKey](const QPointF& point) {
        FigureKey key;
        key.chart = m_kind;
        key.metric = metricKey;
        key.group = group;
        key.monthSinceStart = std::clamp(int(std::lround(point.x())), 0, kLastMonth);
        Q_EMIT figureClicked(key, tr("%1, %2, month %3")
                                      .arg(AnalyticsLabels::metricTitle(metricKey), AnalyticsLabels::groupLabel(group))
                                      .arg(key.monthSinceStart));
    });
    return {low, high};
}

void MonthlyOutcomeChart::addBand(AnalyticsGroup group, QLineSeries* upper, QLineSeries* lower)
{
    QChart* chart = this->chart();
    if (upper->count() >= 2) {
        auto* band = new QAreaSeries(upper, lower);
        upper->setParent(band);
        lower->setParent(band);
        band->setName(tr("95 % band, %1").arg(AnalyticsLabels::groupLabel(group)));
        band->setBrush(style().bandColor(group));
        band->setPen(Qt::NoPen);
        chart->addSeries(band);
        for (QAbstractAxis* axis : chart->axes())
            band->attachAxis(axis);
        chart->legend()->markers(band).constFirst()->setVisible(false);
    } else {
        delete upper;
        delete lower;
    }
}

QString MonthlyOutcomeChart::hoverText(const MonthlySeries& series, int month) const
{
    for (const SeriesPoint& point : series.points) {
        if (point.monthSinceStart != month || !point.value)
            continue;
        const int decimals = AnalyticsLabels::isShare(series.metric) ? 1 : 2;
        const QString value = QLocale().toString(*point.value * scale(), 'f', decimals);
        const QString group = AnalyticsLabels::groupLabel(series.group);
        const QString n = QLocale().toString(point.n);
        if (!point.interval)
            return tr("%1, month %2: %3 (n = %4)").arg(group).arg(month).arg(value, n);
        return tr("%1, month %2: %3 (95 % CI %4 to %5, n = %6)")
            .arg(group)
            .arg(month)
            .arg(value, QLocale().toString(point.interval->low * scale(), 'f', decimals),
                 QLocale().toString(point.interval->high * scale(), 'f', decimals), n);
    }
    return {};
}

} // namespace mentordesk
