// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiTile.h"

#include "analytics/AnalyticsLabels.h"
#include "ChartStyle.h"

#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <cmath>

namespace mentordesk {

namespace {

bool isDays(const QString& metric)
{
    return metric == QLatin1String(MetricKey::RampTimeMedianDays);
}

} // namespace

KpiTile::KpiTile(const QString& metric, QWidget* parent)
    : QFrame(parent)
    , m_metric(metric)
    , m_title(new QLabel(AnalyticsLabels::figureTitle(metric), this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_comparison(new QLabel(this))
{
    setObjectName(QStringLiteral("kpi_%1").arg(metric));
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to list the mentored sellers this figure is computed over."));
    m_title->setWordWrap(true);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    QPalette valuePalette = m_value->palette();
    valuePalette.setColor(QPalette::WindowText, ChartStyle(palette()).groupColor(AnalyticsGroup::Mentored));
    m_value->setPalette(valuePalette);
    m_comparison->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_comparison);
    layout->addStretch(1);
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::detailText() const
{
    return m_detail->text();
}

QString KpiTile::comparisonText() const
{
    return m_comparison->text();
}

QString KpiTile::formatValue(const QString& metric, double value, bool signedChange)
{
    const QLocale locale;
    QString text;
    if (isDays(metric)) {
        // tr() fills %n only for n ≥ 0: a shorter ramp (a negative difference) says its sign.
        const int days = int(std::abs(std::lround(value)));
        if (value < 0 && days > 0)
            return tr("-%n day(s)", nullptr, days);
        text = tr("%n day(s)", nullptr, days);
    } else if (AnalyticsLabels::isShare(metric)) {
        text = tr("%1 %").arg(locale.toString(value * 100.0, 'f', 1));
        if (signedChange && metric.endsWith(QLatin1String("_improvement")))
            text = tr("%1 points").arg(locale.toString(value * 100.0, 'f', 1));
    } else {
        // Money (average order value) and scores (listing quality, CSAT) alike: two decimals.
        text = locale.toString(value, 'f', 2);
    }
    if (signedChange && value > 0)
        text = tr("+%1").arg(text);
    return text;
}

QString KpiTile::intervalText(const Figure& figure) const
{
    if (!figure.interval)
        return QString();
    const bool change = figure.group == AnalyticsGroup::Difference || m_metric.endsWith(QLatin1String("_improvement"));
    return tr("95 % CI %1 to %2")
        .arg(formatValue(m_metric, figure.interval->low, change), formatValue(m_metric, figure.interval->high, change));
}

QString KpiTile::figureText(const Figure* figure, bool signedChange) const
{
    if (!figure)
        return tr("no data");
    if (figure->state == FigureState::NotReached)
        return tr("not reached");
    if (!figure->value)
        return figure->reason.isEmpty() ? tr("no data") : figure->reason;
    return formatValue(m_metric, *figure->value, signedChange);
}

void KpiTile::setFigures(const Figures& figures, bool showComparison)
{
    const Figure* mentored = figures.find(m_metric, AnalyticsGroup::Mentored);
    const bool change = m_metric.endsWith(QLatin1String("_improvement"));
    m_value->setText(figureText(mentored, change));
    QStringList detail;
    if (mentored && mentored->interval)
        detail << intervalText(*mentored);
    else if (mentored && mentored->value && !figures.intervalsComputed)
        detail << tr("interval: computing…");
    if (mentored) {
        const int n = mentored->n;
        detail << tr("n = %1").arg(QLocale().toString(n));
    }
    m_detail->setText(detail.join(QStringLiteral(" · ")));

    const Figure* comparison = figures.find(m_metric, AnalyticsGroup::Comparison);
    const Figure* difference = figures.find(m_metric, AnalyticsGroup::Difference);
    const bool comparable = (comparison && (comparison->value || comparison->state == FigureState::NotReached ||
                                            comparison->state == FigureState::TooFew)) ||
                            (difference && difference->value);
    if (!showComparison || !comparable) {
        // Touchpoint adherence has no comparison group: the reason, if the engine gave one.
        m_comparison->setText(showComparison && comparison ? comparison->reason : QString());
        return;
    }
    // One line per group: the comparison's value, then the difference with its interval.
    QStringList lines;
    lines << (comparison && comparison->state == FigureState::TooFew
                  ? tr("Comparison: too few to compare")
                  : tr("Comparison: %1").arg(figureText(comparison, change)));
    if (difference && difference->value && difference->interval)
        lines << tr("Difference: %1 (%2)").arg(figureText(difference, true), intervalText(*difference));
    else if (difference && difference->value)
        lines << tr("Difference: %1").arg(figureText(difference, true));
    m_comparison->setText(lines.join(QLatin1Char('\n')));
}

void KpiTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        FigureKey key;
        key.chart = FigureKey::Chart::Overview;
        key.metric = m_metric;
        key.group = AnalyticsGroup::Mentored;
        Q_EMIT figureClicked(key, tr("%1, mentored").arg(AnalyticsLabels::figureTitle(m_metric)));
    }
    QFrame::mouseReleaseEvent(event);
}

} // namespace mentordesk
