// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchFactor.h"

#include <array>

namespace mentordesk::matching {

/// How one factor counts: its weight 0–10 multiplies the factor's agreement (0–10 points), and a
/// must turns it into a filter (a pair whose agreement on it is 0 is not allowed at all).
struct FactorRule {
    int weight = 0;
    bool must = false;

    bool operator==(const FactorRule& other) const { return weight == other.weight && must == other.must; }
    bool operator!=(const FactorRule& other) const { return !(*this == other); }
};

/// Everything a coordinator sets for a run besides the choice of mentees and mentors: what the
/// weights file holds, what a preset stores and what a match run records as its inputs.
struct MatchRules {
    std::array<FactorRule, kFactorCount> factors{};
    /// Points added to every pair of a high-potential mentee, so they are placed first when
    /// places are short (the program guidance gives them more intensive mentorship).
    int highPotentialBonus = 0;
    /// Points added to a mentee's pair with their current mentor when re-matching, so a working
    /// pair is kept unless another is better by more than this.
    int stabilityBonus = 0;
    /// A pair scoring below this is not allowed; 0 allows every pair the musts allow.
    int minimumScore = 0;
    /// Lexicographic second objective: raise the lowest matched score before the total.
    bool fairness = false;
    /// Rotation: a mentor takes at most this many mentees of one cohort in a run plus what they
    /// already hold of it; 0 = off.
    int maxMenteesPerCohort = 0;
    /// Rotation: no mentor holds more than this percentage of the program's open pairings after
    /// the run; 0 = off.
    int maxSharePercent = 0;

    FactorRule& rule(Factor factor) { return factors[static_cast<std::size_t>(factor)]; }
    const FactorRule& rule(Factor factor) const { return factors[static_cast<std::size_t>(factor)]; }

    /// The documented defaults (docs/matching.md): category and coaching style weigh most
    /// (Eby et al. 2013; Brooks, Donovan & Johnson), a shared language is a must, high-potential
    /// mentees get a bonus, rotation limits are off.
    static MatchRules defaults();

    bool operator==(const MatchRules& other) const;
    bool operator!=(const MatchRules& other) const { return !(*this == other); }
};

} // namespace mentordesk::matching
