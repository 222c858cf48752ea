// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchScorer.h"
#include "matching/MatchSolver.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace mentordesk::matching {

/// Why a mentee ended up without a mentor: the binding reason.
enum class UnmatchedReason {
    None,               ///< the mentee is matched
    NoAllowedMentor,    ///< every pair is excluded by a rule (the most frequent rule is named)
    BelowMinimumScore,  ///< allowed mentors exist, but none reaches the minimum score
    AllowedMentorsFull, ///< every allowed mentor's places went to mentees the objective prefers
    RotationLimit,      ///< allowed mentors have places, but the rotation limits bar them
};

/// A mentor the mentee did not get, and why.
struct Alternative {
    enum class Why {
        CapacityTaken, ///< the mentor's places are taken (takenBy names by whom)
        LowerScore,    ///< the pair scores lower than the chosen one (by scoreDifference)
        Excluded,      ///< a rule excludes the pair (score.exclusion / score.failedMust)
        Objective,     ///< as good, but the objective placed the mentor elsewhere
    };
    int mentor = -1;
    PairScore score;
    Why why = Why::LowerScore;
    int scoreDifference = 0;  ///< chosen score − this score
    std::vector<int> takenBy; ///< mentees holding the mentor's places in this run
};

/// Everything the review page and the proposals file say about one mentee.
struct MenteeExplanation {
    int mentee = -1;
    int mentor = -1;                       ///< -1 = unmatched
    PairScore score;                       ///< the chosen pair's breakdown (when matched)
    std::vector<Alternative> alternatives; ///< the best three others, best first
    UnmatchedReason reason = UnmatchedReason::None;
    Exclusion commonestExclusion = Exclusion::None; ///< with NoAllowedMentor
    Factor commonestFailedMust = Factor::Category;
    int allowedMentors = 0; ///< mentors the rules allow for this mentee, the chosen one included
};

class MatchExplainer {
public:
    /// One explanation per mentee, in mentee order. Consistent with the scorer by construction:
    /// every score shown is scorer.explain()'s, and alternatives are ranked by it.
    static std::vector<MenteeExplanation> explain(const MatchScorer& scorer, const SolverInput& input,
                                                  const SolverResult& result);
    /// One translated sentence: why this mentor, or why no mentor ("All 4 allowed mentors are full
    /// (taken by …)"). Context "MatchExplainer".
    static QString sentence(const MatchScorer& scorer, const MenteeExplanation& explanation);
    /// One translated line per factor with its agreement, weight and points.
    static QStringList factorLines(const PairScore& score, const MatchRules& rules);
    /// Why a rule excludes a pair, as a clause ("the coordinator forbade the pair").
    static QString exclusionClause(Exclusion exclusion, Factor failedMust, const MatchRules& rules);
};

} // namespace mentordesk::matching
