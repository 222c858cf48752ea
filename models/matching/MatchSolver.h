// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/PairGains.h"

#include <QString>
#include <QtGlobal>

#include <functional>
#include <utility>
#include <vector>

namespace mentordesk::matching {

/// The constraints of one solve, by index into the gains' mentees and mentors.
struct SolverInput {
    const PairGains* gains = nullptr;
    /// Places per mentor for this run (free capacity, already cut by the share limit).
    std::vector<int> capacity;
    /// A mentee's group for the per-group limit (the cohort), -1 = none; empty = no groups.
    std::vector<int> menteeGroup;
    /// At most this many mentees of one group per mentor in this run; per mentor and group,
    /// groupAllowance(mentor, group) overrides it (what the mentor already holds of the cohort
    /// is taken off). 0 = no limit.
    int groupLimit = 0;
    std::function<int(int mentor, int group)> groupAllowance;
    /// Pairs that must be in the result. A pin on a pair that is not allowed, or beyond the
    /// mentor's capacity or group allowance, makes the solve fail with SolverResult::error.
    std::vector<std::pair<int, int>> pins;
    /// Raise the lowest matched score as high as possible before maximising the total.
    bool fairness = false;
    /// Arcs kept per mentee in the sparse candidate graph (its best ones); 0 = every allowed pair.
    int candidatesPerMentee = 0;
    /// Threads that score mentees (1 = the calling thread only).
    int threads = 1;
    std::function<bool()> isCancelled;
    std::function<void(int percent)> progress;
};

/// The matching and the proof that it is optimal.
///
/// Objective, lexicographic: (1) as many mentees matched as the constraints allow; (2) with
/// fairness, the lowest matched score as high as possible; (3) the total score as high as
/// possible; remaining ties go to the solution the solver reaches from mentees and mentors in
/// external-ID order (the problem's order), so the same input gives the same matching.
struct SolverResult {
    bool ok = false;
    bool cancelled = false;
    QString error; ///< a sentence, when !ok and !cancelled

    std::vector<int> mentorOfMentee; ///< per mentee, the mentor's index or -1
    int matched = 0;
    qint64 totalScore = 0;
    int lowestMatchedScore = 0; ///< 0 when nothing is matched
    int fairnessThreshold = 0;  ///< with fairness: the lowest score allowed in stage (3)

    /// Objective and its upper bound from the dual potentials, in the same units (matched
    /// count and total score folded into one integer: matched × (maximum total + 1) + total).
    /// Certified optimal when gap == 0 after every left-out pair was checked.
    qint64 objective = 0;
    qint64 upperBound = 0;
    qint64 gap = 0;
    bool certified = false;

    qint64 pairsScored = 0;
    qint64 allowedPairs = 0;
    qint64 candidateArcs = 0;    ///< arcs in the final candidate graph
    int certificationRounds = 0; ///< re-solves after adding pairs the certificate found
    qint64 arcsAddedByCertificate = 0;
    double scoringSeconds = 0;
    double solvingSeconds = 0;
    double certifyingSeconds = 0;
};

/// Solves the assignment as a min-cost flow with LEMON's NetworkSimplex over a sparse candidate
/// graph (each mentee's best arcs), then certifies it globally: every pair left out of the graph
/// must have a non-positive reduced gain under the optimal dual potentials; a pair that has a
/// positive one is added and the graph solved again.
class MatchSolver {
public:
    static SolverResult solve(const SolverInput& input);
};

} // namespace mentordesk::matching
