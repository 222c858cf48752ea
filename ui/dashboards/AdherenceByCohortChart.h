// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartPanel.h"

namespace mentordesk {

/// Touchpoint adherence by cohort: a horizontal bar per cohort (share of pair-weeks with a
/// touchpoint done) with its 95 % interval as a whisker. Mentored pairings only: the comparison
/// group has no pairings. Clicking a bar asks for the mentees of that cohort's pairings.
class AdherenceByCohortChart : public ChartPanel {
    Q_OBJECT
public:
    explicit AdherenceByCohortChart(QWidget* parent = nullptr);

    void setFigures(const Figures& figures, bool showComparison) override;

private:
    void addWhiskers();
    QString hoverText(int index) const;

    QVector<CohortAdherence> m_cohorts;
};

} // namespace mentordesk
