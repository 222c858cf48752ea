// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/AllowedMentorCount.h"

#include "matching/MatchScorer.h"

#include <algorithm>
#include <vector>

namespace mentordesk::matching {

std::optional<AllowedMentorCount> AllowedMentorCount::of(const MatchProblem& problem, const MatchRules& rules,
                                                         const std::atomic<bool>& cancelled)
{
    const MatchScorer scorer(problem, rules);
    AllowedMentorCount count;
    count.mentees = scorer.menteeCount();
    // A whole row at a time through the scorer's hot loop: an excluded pair's gain is negative.
    std::vector<int> gains(std::size_t(std::max(1, scorer.mentorCount())));
    const auto rowEnd = gains.begin() + scorer.mentorCount();
    for (int mentee = 0; mentee < scorer.menteeCount(); ++mentee) {
        if (cancelled)
            return std::nullopt;
        scorer.gainsOfMentee(mentee, gains.data());
        if (std::any_of(gains.begin(), rowEnd, [](int gain) { return gain >= 0; }))
            ++count.menteesWithAllowedMentor;
    }
    for (const MentorProfile& mentor : problem.mentors)
        count.freePlaces += std::max(0, mentor.freeCapacity);
    return count;
}

} // namespace mentordesk::matching
