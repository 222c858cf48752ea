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
/// A mentor's reach not recorded: below every demand (demands are never negative).
inline constexpr double kMissingReach = -1;
/// The points of an excluded part of a pair in the fast path: thirteen of them (twelve musts and a
/// category disclosure) still fit an int, and one outweighs any total the weights file allows.
inline constexpr int kExcludedPoints = -(1 << 26);
/// Reach is capped here and a demand's scale kept below 10⁷ (demands under 10⁻⁶ count as met by
/// any recorded reach), so reach × scale fits a 64-bit integer.
inline constexpr double kLargestReach = 1e9;
inline constexpr double kSmallestDemand = 1e-6;

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
    /// Byte masks over MentorCode::skillBytes: 0xFF where the need is at least 1, and where it
    /// is 2, so Σ need × level is two masked byte sums.
    quint64 needOnce = 0, needTwice = 0;
    int priorityBonus = 0;
    int currentMentor = -1;
    int conflictBegin = 0, conflictEnd = 0;
};

/// 56 bytes: a row of 10,000 mentors stays in the second-level cache.
struct MentorCode {
    std::array<double, 4> reach{}; ///< best growth, max velocity, max complexity, weekly hours
    int hourSlot = 0;              ///< index into ScorerCodes::hourSlots
    int style = 0, communication = 0;
    quint64 skillBytes = 0; ///< the kSkillCount levels 0–5, one byte each, skill 0 lowest
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
    /// The mentors' distinct working hours in UTC: mentors share a few zones and office hours, so
    /// a row computes the overlap once per slot instead of once per mentor.
    std::vector<UtcHours> hourSlots;
    /// coverage[needTotal][Σ need × level] = ⌊2 × Σ ÷ needTotal⌋, the skill agreement 0–10.
    std::array<std::array<quint8, 71>, 15> coverage{};
    /// points[factor][agreement]: the fast path's contribution, weight × agreement, or
    /// kExcludedPoints for a must without agreement.
    std::array<std::array<int, kFullAgreement + 1>, kFactorCount> points{};
    /// reciprocal[n] = 1 ÷ n for the overlap's denominator (n ≤ six hours in minutes).
    std::array<double, kEnoughOverlapMinutes + 1> reciprocal{};

    static ScorerCodes build(const MatchProblem& problem, const MatchRules& rules);
};

/// The mentee's skill needs 0–2 from pain points and latest metrics (docs/matching.md).
std::array<int, kSkillCount> skillNeedsOf(const MenteeProfile& mentee, const ProgramReference& reference);

} // namespace mentordesk::matching::scoring
