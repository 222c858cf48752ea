// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalyticsScope.h"
#include "analytics/Figures.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mentordesk {

/// The pairing funnel of a scope (issue 11's Pairings tab): the pairings of the scope's mentees
/// (ScopeMenteesSql) that started on or before the as-of date D, by their status at D, and why the
/// ended ones ended.
///
/// Status at D, as well as the data allows — pairings keep their current status and dates, not
/// their history:
///   - ended: ended_on on or before D (its end_reason counts);
///   - trial: not ended by D, and either still in its trial today (status 'trial', undecided
///     whatever its trial_end_date), or its trial_end_date is on or after D (the trial's last
///     day counts as trial);
///   - active: every other pairing not ended by D — also one that ended after D without a trial
///     end date, or whose trial ended before D (whether it was confirmed before it ended is not
///     recorded; it is taken as confirmed).
/// With a mentor in the scope only that mentor's pairings count (a rematched mentee's pairing with
/// another mentor is not theirs). started = trial + active + ended; end reasons most frequent
/// first, ties by code.
class PairingFunnel {
    Q_DECLARE_TR_FUNCTIONS(PairingFunnel)
public:
    /// None on a database error (`error` says which).
    static std::optional<PairingFunnelCounts> read(QSqlDatabase db, const AnalyticsScope& scope, QString* error);
};

} // namespace mentordesk
