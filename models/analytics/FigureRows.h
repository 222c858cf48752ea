// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Figure.h"
#include "analytics/GroupEstimator.h"

#include <QString>

#include <optional>

namespace mentordesk {

/// Turns group estimates into the CSV's rows with their states (docs/metrics.md, "States"):
/// no value → NoData with a reason; a group of fewer than kTooFew sellers → TooFew (the value
/// stays); in the point-estimate phase a figure that will get an interval is Computing.
/// Reasons are translated in the context "AnalyticsEngine".
class FigureRows {
public:
    static constexpr int kTooFew = 10;

    static Figure group(const QString& metric, AnalyticsGroup group, const GroupEstimate& estimate,
                        bool intervalsComputed);
    /// mentored − comparison, n = the covered mentees; `interval` from the bootstrap.
    static Figure difference(const QString& metric, const GroupEstimate& mentored, const GroupEstimate& comparison,
                             int coveredMentees, const std::optional<ConfidenceInterval>& interval,
                             bool intervalsComputed);
    /// A row the group cannot have (adherence of sellers without pairings).
    static Figure notApplicable(const QString& metric, AnalyticsGroup group);

    static QString noDataReason(AnalyticsGroup group);
    static QString tooFewReason(int sellers);
};

} // namespace mentordesk
