// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchProblem.h"
#include "matching/MatchRules.h"

#include <atomic>
#include <optional>

namespace mentordesk::matching {

/// What the matching wizard's rules page shows while the weights and musts change: how many
/// mentees have at least one mentor the rules allow (after the musts, disclosures, forbids and the
/// minimum score), and how many places the mentors have free. Counting scores every pair, as a
/// run does, so the page computes it in a worker thread and cancels it when the rules change again.
struct AllowedMentorCount {
    int mentees = 0;
    int menteesWithAllowedMentor = 0;
    int freePlaces = 0;

    /// The count under `rules` on `threads` threads (0: one per core), or nothing when
    /// `cancelled` was set before it finished (checked after every few mentees' rows).
    static std::optional<AllowedMentorCount> of(const MatchProblem& problem, const MatchRules& rules,
                                                const std::atomic<bool>& cancelled, int threads = 0);
};

} // namespace mentordesk::matching
