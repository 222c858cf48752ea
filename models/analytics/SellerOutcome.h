// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MetricSnapshot.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace mentordesk {

/// What the analytics know of one seller (docs/metrics.md): the dates that place it in a group and
/// in a stratum, its pairings' mentors, its cohort, and its snapshots up to the as-of date.
struct SellerOutcome {
    /// Months since enrolment the series follow (k = 0 … kLastMonth).
    static constexpr int kLastMonth = 12;

    qint64 id = 0;
    QString category;
    QDate signupDate;
    QDate enrolmentDate;
    QDate firstSaleDate;
    qint64 cohortId = 0;               ///< 0 when in no cohort.
    QVector<qint64> mentorIds;         ///< Mentors of its pairings (any status, any time); empty = never paired.
    QVector<qint64> pairingIds;        ///< Its pairings as mentee.
    QVector<MetricSnapshot> snapshots; ///< On or before the as-of date, ascending by date.

    bool paired() const { return !pairingIds.isEmpty(); }

    /// The last snapshot dated on or before `date` (baseline: the start; latest: the as-of date).
    const MetricSnapshot* lastOnOrBefore(const QDate& date) const;
    /// Month k since `start`: k = 0 the baseline; k ≥ 1 the last snapshot dated in
    /// (start + (k − 1) months, start + k months] — no carrying forward. Null when none.
    const MetricSnapshot* atMonth(const QDate& start, int month) const;
};

} // namespace mentordesk
