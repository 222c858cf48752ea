// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Figure.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QPen>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
QT_END_NAMESPACE

namespace mentordesk {

/// How the dashboards draw: a light or dark chart theme chosen from the palette's lightness (so a
/// dark desktop gets readable axes and text), and one fixed hue per group — mentored blue,
/// comparison orange, readable on both and told apart by people with red–green colour blindness —
/// so a group has the same colour on every chart, tile and export.
class ChartStyle {
public:
    explicit ChartStyle(const QPalette& palette);

    bool isDark() const { return m_dark; }
    QColor groupColor(AnalyticsGroup group) const;
    /// The interval band's fill: the group's hue, mostly transparent.
    QColor bandColor(AnalyticsGroup group) const;
    /// The group's line; a group too small to compare is drawn dashed.
    QPen linePen(AnalyticsGroup group, bool dashed = false) const;
    QColor textColor() const { return m_palette.color(QPalette::WindowText); }
    /// Reference lines (the 50 % line of the ramp chart, whiskers' caps).
    QColor guideColor() const;
    /// A qualitative colour for the i-th category of a chart (end reasons of the funnel).
    QColor categoryColor(int index) const;

    /// Theme, background and fonts of a chart, before its series are added.
    void apply(QChart* chart) const;
    /// Fonts and colours of an axis, after it is attached.
    void applyToAxis(QAbstractAxis* axis) const;

private:
    QPalette m_palette;
    bool m_dark;
};

} // namespace mentordesk
