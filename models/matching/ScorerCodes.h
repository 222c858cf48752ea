// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchProblem.h"
#include "matching/MatchScorer.h"
#include "matching/ScorerBitRows.h"

#include <array>
#include <limits>
#include <vector>

namespace mentordesk::matching::scoring {

/// The agreement of a factor the mentee gave no data for, the same with every mentor
/// (docs/matching.md, "Missing data").
inline constexpr int kNeutralAgreement = 5;
inline constexpr int kFullAgreement = 10;
/// Six shared hours a day are as good as full overlap: more does not make a pair work better.
inline constexpr int kEnoughOverlapMinutes = 6 * 60;
inline constexpr int kMinutesPerDay = 24 * 60;
inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

/// A mentee's demand the mentor must reach (growth target, velocity, complexity, weekly hours);
/// scale = 10 ÷ value, so the inner loop multiplies instead of dividing.
struct Demand {
    bool known = false;
    double value = 0;
    double scale = 0;
};

enum class ZoneState : quint8 { Known, Missing, Invalid };

/// Working hours on the reference day as minutes after that day's midnight UTC.
struct UtcHours {
    ZoneState state = ZoneState::Missing;
    int start = 0;
    int end = 0;
};

/// A pair excluded by a rule that the inner loop does not test (seller and brand disclosures,
/// forbids): applied to a mentee's row afterwards.
struct PairConflict {
    int mentor = 0;
    Exclusion exclusion = Exclusion::None;
};

struct MenteeCode {
    WordMask category; ///< mask 0 = no category
    int relatedBegin = 0, relatedEnd = 0;
    WordMask channel;
    int languageBegin = 0, languageEnd = 0; ///< empty = no language recorded
    std::array<Demand, 4> demands;          ///< growth, velocity, complexity, weekly hours
    UtcHours hours;
    int style = 0, communication = 0; ///< 0 = no preference, else an interned id + 1
    std::array<int, kSkillCount> needs{};
    int needTotal = 0;
    int priorityBonus = 0;
    int currentMentor = -1;
    int conflictBegin = 0, conflictEnd = 0;
};

struct MentorCode {
    std::array<double, 4> reach{}; ///< best growth, max velocity, max complexity, weekly hours; NaN = missing
    UtcHours hours;
    int style = 0, communication = 0;
    std::array<int, kSkillCount> skills{};
};

/// Everything the scorer precomputes from a problem: compact codes per person so that a pair's
/// score is a few integer operations per factor (docs/matching.md, "Performance").
struct ScorerCodes {
    std::vector<MenteeCode> mentees;
    std::vector<MentorCode> mentors;
    ScorerBitRows mentorCategories;
    ScorerBitRows mentorIndustries;
    ScorerBitRows mentorDisclosedCategories;
    ScorerBitRows mentorChannels;
    ScorerBitRows mentorLanguages;
    std::vector<WordMask> relatedMasks;  ///< the mentees' related categories, by range
    std::vector<WordMask> languageMasks; ///< the mentees' languages, by range
    std::vector<PairConflict> conflicts; ///< per mentee by range, sorted by mentor then rule
    /// coverage[needTotal][Σ need × level] = ⌊2 × Σ ÷ needTotal⌋, the skill agreement 0–10.
    std::array<std::array<quint8, 71>, 15> coverage{};

    static ScorerCodes build(const MatchProblem& problem, const MatchRules& rules);
};

/// The mentee's skill needs 0–2 from pain points and latest metrics (docs/matching.md).
std::array<int, kSkillCount> skillNeedsOf(const MenteeProfile& mentee, const ProgramReference& reference);

} // namespace mentordesk::matching::scoring
