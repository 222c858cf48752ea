// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QPair>
#include <QString>
#include <QVector>

namespace mentordesk {

/// Which mentees and mentors a match run takes, and the coordinator's pins and forbids.
struct MatchSelection {
    enum class Mentees {
        Unpaired, ///< enrolled sellers without an open pairing (the default)
        Cohort,   ///< the enrolled members of cohortId without an open pairing
        Sellers,  ///< exactly sellerIds (a selection or the current filter of the workspace)
    };
    Mentees mentees = Mentees::Unpaired;
    qint64 cohortId = 0;
    QVector<qint64> sellerIds;
    /// Mentors by id; empty = every active mentor with free capacity.
    QVector<qint64> mentorIds;
    /// Re-matching: mentees that hold an open pairing are taken too (their current mentor gets
    /// the stability bonus, and committing ends the old pairing as "rematched").
    bool rematch = false;
    /// Pins and forbids as (seller id, mentor id).
    QVector<QPair<qint64, qint64>> pins;
    QVector<QPair<qint64, qint64>> forbids;
    /// The day the run is for: time-zone overlap, trial dates (default today).
    QDate referenceDate;
};

} // namespace mentordesk
