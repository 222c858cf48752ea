// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchFactor.h"
#include "matching/MatchProblem.h"
#include "matching/MatchRules.h"
#include "matching/PairGains.h"

#include <array>
#include <memory>

namespace mentordesk::matching {

/// Why a pair is not allowed (the score export counts the pairs left out per rule).
enum class Exclusion {
    None,
    SellerConflict,   ///< the mentor disclosed a conflict with this seller
    BrandConflict,    ///< ... with a brand the seller sells
    CategoryConflict, ///< ... with the seller's category
    Forbidden,        ///< the coordinator forbade the pair
    MustFactor,       ///< a factor marked must has no agreement (PairScore::failedMust says which)
    BelowMinimum,     ///< the score is below the run's minimum acceptable score
};

QString exclusionKey(Exclusion exclusion); ///< "seller_conflict", ... for files

/// One pair's score with its parts: total = Σ contributions + bonus. A contribution is the
/// factor's weight times its agreement (0–10), so every score is an exact integer.
struct PairScore {
    Exclusion exclusion = Exclusion::None;
    Factor failedMust = Factor::Category; ///< meaningful when exclusion == MustFactor
    int total = 0;
    std::array<int, kFactorCount> agreement{};     ///< 0–10 per factor
    std::array<int, kFactorCount> contributions{}; ///< weight × agreement per factor
    int priorityBonus = 0;                         ///< high-potential mentee
    int stabilityBonus = 0;                        ///< the mentee's current mentor
    /// Set when the time-zone overlap could not be computed (a zone that is not an IANA name).
    bool invalidTimeZone = false;

    bool allowed() const { return exclusion == Exclusion::None; }
};

/// The one scorer: the wizard, the command, the benchmark and the demo generator all score with
/// it. The constructor precomputes compact per-person codes (categories, languages, skill needs,
/// working hours in UTC) so that gain() is a few integer operations per factor.
class MatchScorer : public PairGains {
public:
    MatchScorer(const MatchProblem& problem, const MatchRules& rules);
    ~MatchScorer() override;
    MatchScorer(const MatchScorer&) = delete;
    MatchScorer& operator=(const MatchScorer&) = delete;

    int menteeCount() const override;
    int mentorCount() const override;
    /// One pair, through explain()'s path (about 90 ns); score whole rows with gainsOfMentee().
    int gain(int mentee, int mentor) const override;
    /// The hot loop: per-mentee tables, no branch per pair (docs/matching.md, "Performance").
    void gainsOfMentee(int mentee, int* gains) const override;

    /// The full breakdown, for explanations (slower than gain(); equal total).
    PairScore explain(int mentee, int mentor) const;
    /// The highest total any pair can reach under these rules (bonuses included).
    int maximumScore() const;

    /// The mentee's weakest areas as skill needs (pain points → skills, latest metrics against
    /// the program's reference), each 0–2: what skill coverage compares against.
    std::array<int, kSkillCount> skillNeeds(int mentee) const;

    const MatchProblem& problem() const;
    const MatchRules& rules() const;

private:
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace mentordesk::matching
