// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartPanel.h"

#include <QStringList>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineSeries;
QT_END_NAMESPACE

namespace mentordesk {

/// A metric by month since enrolment (k = 0 is the baseline): per group a mean line with its 95 %
/// band, mentored against comparison. With several metrics a combo in the header chooses one (the
/// Outcomes tab); the Milestones tab shows one milestone share per chart. Clicking a point asks
/// for the sellers behind it (that group, metric and month).
class MonthlyOutcomeChart : public ChartPanel {
    Q_OBJECT
public:
    /// `metrics`: MonthlySeries::metric keys; `kind`: MonthlyOutcome or Milestone.
    MonthlyOutcomeChart(const QString& title, const QStringList& metrics, FigureKey::Chart kind,
                        QWidget* parent = nullptr);

    void setFigures(const Figures& figures, bool showComparison) override;
    QString metric() const;
    /// Shows `metric` (one of the constructor's); false when it is not one.
    bool setMetric(const QString& metric);
    QComboBox* metricCombo() const { return m_combo; }

Q_SIGNALS:
    void metricChanged(const QString& metric);

private:
    void rebuild();
    /// Adds the group's line and band; returns the y range they need.
    std::pair<double, double> addSeries(const MonthlySeries& series, bool dashed);
    /// The 95 % band between the interval's bounds, when two or more months have one (it takes
    /// the two lines; without a band they are deleted).
    void addBand(AnalyticsGroup group, QLineSeries* upper, QLineSeries* lower);
    QString hoverText(const MonthlySeries& series, int month) const;
    double scale() const;

    QStringList m_metrics;
    FigureKey::Chart m_kind;
    QComboBox* m_combo = nullptr;
    Figures m_figures;
    bool m_showComparison = true;
};

} // namespace mentordesk
