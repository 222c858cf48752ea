// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Figure.h"

#include <QString>

namespace mentordesk {

/// Identifies a clickable point or bar of a dashboard, so the engine can list the sellers behind
/// it (the drill-down into the Sellers workspace).
struct FigureKey {
    enum class Chart {
        Overview,        ///< `metric` + `group`: the sellers the figure is computed over.
        RampTime,        ///< `group`, `monthSinceStart` < 0 = every at-risk subject, else those with
                         ///< a first sale in days (0, 30·k]… (the point's time bucket: `days`).
        MonthlyOutcome,  ///< `metric` (a catalogue key: listing_quality, return_rate…), `group`, `monthSinceStart`.
        Milestone,       ///< `metric` (milestone key), `group`, `monthSinceStart`: the sellers who reached it.
        AdherenceCohort, ///< `cohortId`: the mentees of the cohort's pairings.
        PairingFunnel,   ///< `stage` (trial, active, ended or an end reason): the mentees of those pairings.
    };
    Chart chart = Chart::Overview;
    QString metric;
    AnalyticsGroup group = AnalyticsGroup::Mentored;
    int monthSinceStart = -1;
    int days = -1;
    qint64 cohortId = 0;
    QString stage;
};

} // namespace mentordesk
