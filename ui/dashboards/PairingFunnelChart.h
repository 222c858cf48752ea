// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartPanel.h"

#include <QStringList>

QT_BEGIN_NAMESPACE
class QStackedBarSeries;
QT_END_NAMESPACE

namespace mentordesk {

/// The pairing funnel: pairings started, in their trial, active and ended, the ended bar split
/// by end reason (stacked, each reason its colour and translated label). Clicking a bar (or a
/// reason's part) asks for the mentees of those pairings.
class PairingFunnelChart : public ChartPanel {
    Q_OBJECT
public:
    explicit PairingFunnelChart(QWidget* parent = nullptr);

    void setFigures(const Figures& figures, bool showComparison) override;

    /// The FigureKey::stage codes of the bars, left to right (the last is split by reason).
    static QStringList stages();

private:
    /// The ended bar's parts, one per end reason (and "other" for ended pairings without one).
    void addEndReasons(QStackedBarSeries* series, const QString& endedLabel);
    void emitClicked(const QString& stage, const QString& label);

    PairingFunnelCounts m_funnel;
};

} // namespace mentordesk
