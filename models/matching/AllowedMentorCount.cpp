// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/AllowedMentorCount.h"

#include "matching/MatchScorer.h"
#include "matching/SolverParallel.h"

#include <QThread>

#include <algorithm>
#include <vector>

namespace mentordesk::matching {

std::optional<AllowedMentorCount> AllowedMentorCount::of(const MatchProblem& problem, const MatchRules& rules,
                                                         const std::atomic<bool>& cancelled, int threads)
{
    const MatchScorer scorer(problem, rules);
    const int mentors = scorer.mentorCount();
    // The rows are scored on every core, as a run scores them: the count follows the sliders
    // sooner, and the scorer is safe to share between threads.
    const SolverParallel parallel(threads > 0 ? threads : QThread::idealThreadCount(),
                                  [&cancelled] { return cancelled.load(); }, {});
    std::vector<std::vector<int>> gains(std::size_t(parallel.workerCount()),
                                        std::vector<int>(std::size_t(std::max(1, mentors))));
    std::vector<char> allowed(std::size_t(scorer.menteeCount()), 0);
    const bool finished = parallel.run(scorer.menteeCount(), [&](int mentee, int worker) {
        std::vector<int>& row = gains[std::size_t(worker)];
        scorer.gainsOfMentee(mentee, row.data());
        // An excluded pair's gain is negative.
        allowed[std::size_t(mentee)] =
            std::any_of(row.begin(), row.begin() + mentors, [](int gain) { return gain >= 0; });
    });
    if (!finished || cancelled)
        return std::nullopt;
    AllowedMentorCount count;
    count.mentees = scorer.menteeCount();
    count.menteesWithAllowedMentor = int(std::count(allowed.begin(), allowed.end(), char(1)));
    for (const MentorProfile& mentor : problem.mentors)
        count.freePlaces += std::max(0, mentor.freeCapacity);
    return count;
}

} // namespace mentordesk::matching
