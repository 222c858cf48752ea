// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalysisGroups.h"
#include "analytics/AnalyticsSettings.h"
#include "analytics/BaseTableSource.h"
#include "analytics/Figure.h"

#include <QDate>
#include <QVector>

#include <atomic>
#include <numeric>

namespace mentordesk {

/// What every part of one computation shares: the program's sellers, the two groups, the as-of
/// date, the phase and the milestone goals.
struct AnalysisContext {
    const ProgramSellers* program = nullptr;
    AnalysisGroups groups;
    QDate asOf;
    bool withIntervals = false;
    const std::atomic_bool* cancelled = nullptr;
    MilestoneGoals goals;

    const QVector<AnalysisMember>& members(AnalyticsGroup group) const
    {
        return group == AnalyticsGroup::Comparison ? groups.comparison : groups.mentored;
    }
    const SellerOutcome& seller(const AnalysisMember& member) const { return program->sellers.at(member.seller); }
    /// 0 … size − 1: every member of the group (a statistic's input before resampling).
    QVector<int> everyPosition(AnalyticsGroup group) const
    {
        QVector<int> positions(members(group).size());
        std::iota(positions.begin(), positions.end(), 0);
        return positions;
    }
    bool isCancelled() const { return cancelled && cancelled->load(); }
};

} // namespace mentordesk
