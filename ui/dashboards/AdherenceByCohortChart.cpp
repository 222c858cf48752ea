// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdherenceByCohortChart.h"

#include "ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace mentordesk {

namespace {

/// Half the height of a whisker's end caps, in category units (a bar is 0.5 high).
constexpr double kCap = 0.12;

} // namespace

AdherenceByCohortChart::AdherenceByCohortChart(QWidget* parent)
    : ChartPanel(tr("Touchpoint adherence by cohort"), parent)
{
}

void AdherenceByCohortChart::setFigures(const Figures& figures, bool)
{
    // Cohorts in reverse: a horizontal bar chart draws its first category at the bottom.
    m_cohorts = figures.adherenceByCohort;
    std::reverse(m_cohorts.begin(), m_cohorts.end());
    QChart* chart = resetChart();
    chart->legend()->hide();
    auto* bars = new QBarSet(tr("Adherence"));
    bars->setColor(style().groupColor(AnalyticsGroup::Mentored));
    bars->setBorderColor(style().groupColor(AnalyticsGroup::Mentored));
    QStringList names;
    int pairings = 0;
    for (const CohortAdherence& cohort : std::as_const(m_cohorts)) {
        *bars << (cohort.value ? *cohort.value * 100.0 : 0.0);
        names << (cohort.cohortId == 0 ? tr("No cohort") : cohort.cohortName);
        pairings += cohort.pairings;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(bars);
    series->setBarWidth(0.5);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(names);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setTickCount(6);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(tr("Pair-weeks with a touchpoint done (%)"));
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    style().applyToAxis(axisX);
    style().applyToAxis(axisY);
    addWhiskers();

    connect(bars, &QBarSet::hovered, this,
            [this](bool state, int index) { showHoverText(state ? hoverText(index) : QString()); });
    connect(bars, &QBarSet::clicked, this, [this](int index) {
        const CohortAdherence& cohort = m_cohorts.at(index);
        FigureKey key;
        key.chart = FigureKey::Chart::AdherenceCohort;
        key.cohortId = cohort.cohortId;
        Q_EMIT figureClicked(
            key, tr("Touchpoint adherence, %1").arg(cohort.cohortId == 0 ? tr("No cohort") : cohort.cohortName));
    });
    const int shown = pairings;
    setCountsText(tr("%n pairing(s) of mentored sellers", nullptr, shown));
    setTooFewText(QString());
    setNoteText(m_cohorts.isEmpty() ? tr("No pairing in the chosen scope had a week to keep up with yet.") : QString());
    setComputing(!figures.intervalsComputed);
}

void AdherenceByCohortChart::addWhiskers()
{
    // Whiskers as line series over the bars: the category axis puts category i at y = i.
    QChart* chart = this->chart();
    QPen pen(style().textColor(), 1.4);
    for (int i = 0; i < m_cohorts.size(); ++i) {
        const auto& interval = m_cohorts.at(i).interval;
        if (!interval)
            continue;
        const double low = interval->low * 100.0;
        const double high = interval->high * 100.0;
        auto* whisker = new QLineSeries;
        whisker->setPen(pen);
        *whisker << QPointF(low, i - kCap) << QPointF(low, i + kCap) << QPointF(low, i) << QPointF(high, i)
                 << QPointF(high, i + kCap) << QPointF(high, i - kCap);
        chart->addSeries(whisker);
        for (QAbstractAxis* axis : chart->axes())
            whisker->attachAxis(axis);
    }
}

QString AdherenceByCohortChart::hoverText(int index) const
{
    const CohortAdherence& cohort = m_cohorts.value(index);
    const QString name = cohort.cohortId == 0 ? tr("No cohort") : cohort.cohortName;
    if (!cohort.value)
        return tr("%1: no pair-weeks yet").arg(name);
    const QString value = QLocale().toString(*cohort.value * 100.0, 'f', 1);
    const QString pairings = QLocale().toString(cohort.pairings);
    const QString weeks = QLocale().toString(cohort.pairWeeks);
    if (!cohort.interval)
        return tr("%1: %2 % (%3 pairings, %4 pair-weeks)").arg(name, value, pairings, weeks);
    return tr("%1: %2 % (95 % CI %3–%4 %; %5 pairings, %6 pair-weeks)")
        .arg(name, value, QLocale().toString(cohort.interval->low * 100.0, 'f', 1),
             QLocale().toString(cohort.interval->high * 100.0, 'f', 1), pairings, weeks);
}

} // namespace mentordesk
