// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchProblem.h"
#include "matchjob/MatchSelection.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mentordesk {

/// Reads what the scorer needs from a program: the selected mentees and mentors (sorted by
/// external ID), their skills, languages, channels, brands, disclosures, open pairings, the
/// related categories, the program's reference medians, and the pins and forbids as indices.
///
/// Which people a selection takes: mentees are enrolled sellers (of the cohort, or exactly the
/// given ids) without an open pairing, or with one when re-matching; mentors are the given ids,
/// or else every active mentor with free capacity, plus, when re-matching, the current mentors
/// of the selected mentees. One query per table over the selected ids, never one per person.
class MatchProblemLoader {
    Q_DECLARE_TR_FUNCTIONS(MatchProblemLoader)
public:
    explicit MatchProblemLoader(QSqlDatabase db);

    /// Fails with a sentence (error) for an unknown cohort, a pin or forbid naming a seller or
    /// mentor outside the selection, or a database error.
    std::optional<matching::MatchProblem> load(const MatchSelection& selection, QString* error) const;

    /// Counts for the wizard's first page without loading profiles: mentees the selection takes,
    /// and the mentors with their free places in all.
    struct Counts {
        int mentees = 0;
        int mentors = 0;
        int freePlaces = 0;
    };
    std::optional<Counts> count(const MatchSelection& selection, QString* error) const;

private:
    QSqlDatabase m_db;
};

} // namespace mentordesk
