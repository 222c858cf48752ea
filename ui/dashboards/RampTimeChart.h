// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartPanel.h"

QT_BEGIN_NAMESPACE
class QLineSeries;
QT_END_NAMESPACE

namespace mentordesk {

/// Ramp time: the Kaplan–Meier curves of "still without a first sale" by days since enrolment,
/// mentored and comparison, as step lines with their 95 % band (an area), the 50 % line and each
/// median marked on it; a median the curve never reaches says "not reached" below the chart.
/// Clicking a curve asks for the sellers with a first sale within that many days.
class RampTimeChart : public ChartPanel {
    Q_OBJECT
public:
    explicit RampTimeChart(QWidget* parent = nullptr);

    void setFigures(const Figures& figures, bool showComparison) override;

private:
    void addCurve(const RampCurve& curve, double endTime, bool dashed);
    void addBand(const RampCurve& curve, double endTime);
    QString medianText(const RampCurve& curve) const;
    QString hoverText(const RampCurve& curve, double time) const;

    QVector<RampCurve> m_curves;
};

} // namespace mentordesk
