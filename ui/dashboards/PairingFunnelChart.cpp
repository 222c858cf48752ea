// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingFunnelChart.h"

#include "analytics/AnalyticsLabels.h"
#include "ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace mentordesk {

namespace {

enum Bar { Started, Trial, Active, Ended };

} // namespace

PairingFunnelChart::PairingFunnelChart(QWidget* parent)
    : ChartPanel(tr("Pairings: from trial to end"), parent)
{
}

QStringList PairingFunnelChart::stages()
{
    return {QStringLiteral("started"), QStringLiteral("trial"), QStringLiteral("active"), QStringLiteral("ended")};
}

void PairingFunnelChart::setFigures(const Figures& figures, bool)
{
    m_funnel = figures.funnel;
    QChart* chart = resetChart();
    auto* series = new QStackedBarSeries;
    series->setBarWidth(0.6);
    const QStringList stageLabels{tr("Started"), tr("In trial"), tr("Active"), tr("Ended")};
    auto* pairings = new QBarSet(tr("Pairings"));
    pairings->setColor(style().groupColor(AnalyticsGroup::Mentored));
    pairings->setBorderColor(style().groupColor(AnalyticsGroup::Mentored));
    *pairings << m_funnel.started << m_funnel.trial << m_funnel.active << 0;
    series->append(pairings);
    connect(pairings, &QBarSet::clicked, this,
            [this, stageLabels](int index) { emitClicked(stages().value(index), stageLabels.value(index)); });
    connect(pairings, &QBarSet::hovered, this, [this, stageLabels, pairings](bool state, int index) {
        showHoverText(
            state ? tr("%1: %2 pairings").arg(stageLabels.value(index), QLocale().toString(int(pairings->at(index))))
                  : QString());
    });
    addEndReasons(series, stageLabels.constLast());
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(stageLabels);
    auto* axisY = new QValueAxis;
    axisY->setTitleText(tr("Pairings"));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setRange(0, std::max(1, m_funnel.started));
    axisY->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    style().applyToAxis(axisX);
    style().applyToAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignRight);
    const int started = m_funnel.started;
    setCountsText(tr("%n pairing(s) started", nullptr, started));
    setTooFewText(QString());
    setNoteText(QString());
    setComputing(false); // counts: nothing to compute in the second phase
}

void PairingFunnelChart::addEndReasons(QStackedBarSeries* series, const QString& endedLabel)
{
    int reasonsCounted = 0;
    for (int i = 0; i < m_funnel.endReasons.size(); ++i) {
        const auto& [code, count] = m_funnel.endReasons.at(i);
        const QString label = code.isEmpty() ? tr("No reason given") : AnalyticsLabels::endReasonLabel(code);
        auto* reason = new QBarSet(label);
        reason->setColor(style().categoryColor(i));
        reason->setBorderColor(style().categoryColor(i));
        *reason << 0 << 0 << 0 << count;
        reasonsCounted += count;
        series->append(reason);
        const QString stage = code;
        connect(reason, &QBarSet::clicked, this,
                [this, stage, label](int) { emitClicked(stage, tr("Ended: %1").arg(label)); });
        connect(reason, &QBarSet::hovered, this, [this, label, count](bool state, int) {
            showHoverText(state ? tr("Ended, %1: %2 pairings").arg(label, QLocale().toString(count)) : QString());
        });
    }
    if (reasonsCounted < m_funnel.ended) {
        // Ended pairings the reasons do not cover still make the bar as high as "ended".
        auto* rest = new QBarSet(tr("Ended, other"));
        rest->setColor(style().guideColor());
        *rest << 0 << 0 << 0 << (m_funnel.ended - reasonsCounted);
        series->append(rest);
        connect(rest, &QBarSet::clicked, this,
                [this, endedLabel](int) { emitClicked(stages().constLast(), endedLabel); });
    }
}

void PairingFunnelChart::emitClicked(const QString& stage, const QString& label)
{
    FigureKey key;
    key.chart = FigureKey::Chart::PairingFunnel;
    key.stage = stage;
    Q_EMIT figureClicked(key, tr("Pairings, %1").arg(label));
}

} // namespace mentordesk
