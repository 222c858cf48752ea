// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace mentordesk {

ChartStyle::ChartStyle(const QPalette& palette)
    : m_palette(palette)
    , m_dark(palette.color(QPalette::Window).lightnessF() < 0.5)
{
}

QColor ChartStyle::groupColor(AnalyticsGroup group) const
{
    // Lighter on a dark background so that the lines keep their contrast.
    switch (group) {
    case AnalyticsGroup::Mentored:
        return m_dark ? QColor(0x6c, 0xb4, 0xee) : QColor(0x1f, 0x5f, 0xa8);
    case AnalyticsGroup::Comparison:
        return m_dark ? QColor(0xf5, 0xa3, 0x5c) : QColor(0xc2, 0x5e, 0x07);
    case AnalyticsGroup::Difference:
        return textColor();
    }
    return textColor();
}

QColor ChartStyle::bandColor(AnalyticsGroup group) const
{
    QColor colour = groupColor(group);
    colour.setAlpha(m_dark ? 70 : 55);
    return colour;
}

QPen ChartStyle::linePen(AnalyticsGroup group, bool dashed) const
{
    QPen pen(groupColor(group), 2.0);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    return pen;
}

QColor ChartStyle::guideColor() const
{
    QColor colour = textColor();
    colour.setAlpha(130);
    return colour;
}

QColor ChartStyle::categoryColor(int index) const
{
    // Okabe–Ito, without the two group hues' neighbours first.
    static const QColor kLight[] = {QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0x8c, 0x6d, 0x1f),
                                    QColor(0x56, 0x56, 0x56), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x72, 0xb2)};
    static const QColor kDark[] = {QColor(0x3d, 0xd6, 0xa8), QColor(0xe8, 0xa0, 0xc8), QColor(0xe0, 0xc0, 0x60),
                                   QColor(0xb0, 0xb0, 0xb0), QColor(0xff, 0x8c, 0x42), QColor(0x56, 0xb4, 0xe9)};
    const int count = int(std::size(kLight));
    const int i = ((index % count) + count) % count;
    return m_dark ? kDark[i] : kLight[i];
}

void ChartStyle::apply(QChart* chart) const
{
    chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(m_palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setLabelColor(textColor());
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->legend()->font();
    font.setPointSizeF(9);
    chart->legend()->setFont(font);
}

void ChartStyle::applyToAxis(QAbstractAxis* axis) const
{
    axis->setLabelsColor(textColor());
    axis->setTitleBrush(textColor());
    QColor grid = textColor();
    grid.setAlpha(m_dark ? 50 : 35);
    axis->setGridLineColor(grid);
    QFont labels = axis->labelsFont();
    labels.setPointSizeF(8.5);
    axis->setLabelsFont(labels);
    QFont title = axis->titleFont();
    title.setPointSizeF(9);
    title.setBold(false);
    axis->setTitleFont(title);
}

} // namespace mentordesk
