// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/ScorerCodes.h"

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace mentordesk::matching::scoring {

// Q_ALWAYS_INLINE: GCC declined to inline total() into the row loop at -O2, which left a call
// and a reload of the row per pair.

/// One mentee's side of the scoring, copied out of ScorerCodes into a local object: the compiler
/// then keeps it in registers across a row instead of reloading it after every store of a gain
/// (an int store may alias any int it cannot prove local). gain(), gainsOfMentee() and explain()
/// all score through total(), so they agree by construction.
///
/// The agreement functions avoid branches that depend on the mentor: on real programs a factor
/// agrees or not at random from one mentor to the next, and a mispredicted branch per factor would
/// cost more than the whole score. Branches on the mentee alone are predicted across the row.
class ScorerRow {
public:
    /// With tabulate, per-slot agreements are computed up front for a whole row of mentors.
    ScorerRow(const ScorerCodes& codes, const std::array<int, kFactorCount>& weights, const MatchRules& rules,
              int mentee, bool tabulate)
        : m_mentee(codes.mentees[static_cast<std::size_t>(mentee)])
        , m_mentors(codes.mentors.data())
        , m_categories(codes.mentorCategories.view())
        , m_industries(codes.mentorIndustries.view())
        , m_disclosedCategories(codes.mentorDisclosedCategories.view())
        , m_channels(codes.mentorChannels.view())
        , m_languages(codes.mentorLanguages.view())
        , m_related(codes.relatedMasks.data())
        , m_languageMasks(codes.languageMasks.data())
        , m_coverage(codes.coverage[static_cast<std::size_t>(m_mentee.needTotal)].data())
        , m_reciprocal(codes.reciprocal.data())
        , m_hourSlots(codes.hourSlots.data())
        , m_points(codes.points.data())
        , m_weights(weights)
        , m_minimumScore(rules.minimumScore)
        , m_stabilityBonus(rules.stabilityBonus)
        , m_lowestAllowed(std::max(0, rules.minimumScore))
    {
        if (tabulate) {
            m_overlapBySlot.reserve(codes.hourSlots.size());
            for (const UtcHours& slot : codes.hourSlots)
                m_overlapBySlot.push_back(static_cast<quint8>(overlapAgreement(slot)));
        }
    }

    /// The pair's gain: its total (bonuses included), or -1 when the category disclosure, a must
    /// or the minimum excludes it. With agreements, each factor's agreement is kept and the plain
    /// total returned even for an excluded pair; excluded then says only whether it is below the
    /// minimum (MatchScorer::explain() names the other rules itself).
    template <bool KeepAgreements>
    Q_ALWAYS_INLINE int score(int mentor, std::array<int, kFactorCount>* agreements, bool* belowMinimum) const
    {
        const MentorCode& code = m_mentors[mentor];
        int sum = m_mentee.priorityBonus + stabilityBonus(mentor);
        // Points come from the row's table: weight × agreement, or far below zero for a must
        // without agreement, so one comparison at the end decides every exclusion.
        const auto add = [&](Factor factor, int agreement) {
            if constexpr (KeepAgreements) {
                (*agreements)[index(factor)] = agreement;
                sum += m_weights[index(factor)] * agreement;
            } else {
                sum += m_points[index(factor)][static_cast<std::size_t>(agreement)];
            }
        };
        add(Factor::Category, categoryAgreement(mentor));
        add(Factor::Industry, bitAgreement(m_industries, m_mentee.category, mentor));
        add(Factor::Channel, bitAgreement(m_channels, m_mentee.channel, mentor));
        add(Factor::GrowthTarget, demandAgreement(m_mentee.demands[0], code.reach[0]));
        add(Factor::SalesVelocity, demandAgreement(m_mentee.demands[1], code.reach[1]));
        add(Factor::InventoryComplexity, demandAgreement(m_mentee.demands[2], code.reach[2]));
        add(Factor::TimeZoneOverlap, m_overlapBySlot.empty()
                                         ? overlapAgreement(m_hourSlots[code.hourSlot])
                                         : m_overlapBySlot[static_cast<std::size_t>(code.hourSlot)]);
        add(Factor::WeeklyHours, demandAgreement(m_mentee.demands[3], code.reach[3]));
        add(Factor::CoachingStyle, preferenceAgreement(m_mentee.style, code.style));
        add(Factor::Communication, preferenceAgreement(m_mentee.communication, code.communication));
        add(Factor::Language, languageAgreement(mentor));
        add(Factor::SkillCoverage, skillAgreement(code));
        if constexpr (KeepAgreements) {
            *belowMinimum = sum < m_minimumScore;
            return sum;
        }
        sum += kExcludedPoints * int(categoryConflict(mentor));
        return sum < m_lowestAllowed ? -1 : sum;
    }

    Q_ALWAYS_INLINE int stabilityBonus(int mentor) const
    {
        return mentor == m_mentee.currentMentor ? m_stabilityBonus : 0;
    }

    Q_ALWAYS_INLINE bool categoryConflict(int mentor) const
    {
        return m_mentee.category.mask != 0 && m_disclosedCategories.any(mentor, m_mentee.category) != 0;
    }

    static constexpr std::size_t index(Factor factor) { return static_cast<std::size_t>(factor); }

private:
    Q_ALWAYS_INLINE int categoryAgreement(int mentor) const
    {
        if (m_mentee.category.mask == 0)
            return kNeutralAgreement;
        const int exact = m_categories.any(mentor, m_mentee.category);
        int related = 0;
        for (int word = m_mentee.relatedBegin; word < m_mentee.relatedEnd; ++word)
            related |= m_categories.any(mentor, m_related[word]);
        return std::max(kFullAgreement * exact, kNeutralAgreement * related);
    }

    Q_ALWAYS_INLINE static int bitAgreement(const BitRowsView& rows, const WordMask& wanted, int mentor)
    {
        if (wanted.mask == 0)
            return kNeutralAgreement;
        return kFullAgreement * rows.any(mentor, wanted);
    }

    Q_ALWAYS_INLINE int languageAgreement(int mentor) const
    {
        if (m_mentee.languageBegin == m_mentee.languageEnd)
            return kNeutralAgreement;
        int shared = 0;
        for (int word = m_mentee.languageBegin; word < m_mentee.languageEnd; ++word)
            shared |= m_languages.any(mentor, m_languageMasks[word]);
        return kFullAgreement * shared;
    }

    /// 10 when the mentor reaches the demand, else ⌊10 × reach ÷ demand⌋ (0–9). A reach not
    /// recorded is stored as −1, so it is never enough; ScorerCodes bounds reach and scale so that
    /// the product fits a 64-bit integer and the clamp is integer work (a conditional move).
    Q_ALWAYS_INLINE static int demandAgreement(const Demand& demand, double reach)
    {
        if (!demand.known)
            return kNeutralAgreement;
        const qint64 partial = std::clamp<qint64>(static_cast<qint64>(reach * demand.scale), 0, kFullAgreement - 1);
        return reach >= demand.value ? kFullAgreement : static_cast<int>(partial);
    }

    Q_ALWAYS_INLINE static int preferenceAgreement(int menteeCode, int mentorCode)
    {
        if (menteeCode == 0)
            return kFullAgreement;
        return kNeutralAgreement * (mentorCode == 0) + kFullAgreement * (mentorCode == menteeCode);
    }

    static int zoneStateAgreement(ZoneState state) { return state == ZoneState::Invalid ? 0 : kNeutralAgreement; }

    /// ⌊10 × overlap ÷ enough⌋, enough = the shorter working day, at most six hours; the
    /// reciprocal table replaces a division, and the tiny addend keeps exact quotients exact.
    Q_ALWAYS_INLINE int overlapAgreement(const UtcHours& mentor) const
    {
        const UtcHours& mentee = m_mentee.hours;
        if (mentee.state != ZoneState::Known)
            return zoneStateAgreement(mentee.state);
        if (mentor.state != ZoneState::Known)
            return zoneStateAgreement(mentor.state);
        int overlap = 0;
        for (int shift = -kMinutesPerDay; shift <= kMinutesPerDay; shift += kMinutesPerDay)
            overlap +=
                std::max(0, std::min(mentee.end, mentor.end + shift) - std::max(mentee.start, mentor.start + shift));
        const int enough = std::min({mentee.end - mentee.start, mentor.end - mentor.start, kEnoughOverlapMinutes});
        const double share = overlap * m_reciprocal[enough];
        return std::min(kFullAgreement, static_cast<int>(share * kFullAgreement + 1e-9));
    }

    /// Σ need × level from two byte sums (each byte ≤ 5, so a sum of 7 fits one byte): multiplying
    /// by 0x0101…01 adds every byte into the top one.
    Q_ALWAYS_INLINE int skillAgreement(const MentorCode& mentor) const
    {
        if (m_mentee.needTotal == 0)
            return kNeutralAgreement;
        constexpr quint64 kEveryByte = 0x0101010101010101ULL;
        const quint64 once = ((mentor.skillBytes & m_mentee.needOnce) * kEveryByte) >> 56;
        const quint64 twice = ((mentor.skillBytes & m_mentee.needTwice) * kEveryByte) >> 56;
        return m_coverage[once + twice];
    }

    const MenteeCode m_mentee;
    const MentorCode* m_mentors;
    BitRowsView m_categories;
    BitRowsView m_industries;
    BitRowsView m_disclosedCategories;
    BitRowsView m_channels;
    BitRowsView m_languages;
    const WordMask* m_related;
    const WordMask* m_languageMasks;
    const quint8* m_coverage;
    const double* m_reciprocal;
    const UtcHours* m_hourSlots;
    const std::array<int, kFullAgreement + 1>* m_points; ///< ScorerCodes::points
    std::vector<quint8> m_overlapBySlot;
    const std::array<int, kFactorCount> m_weights;
    const int m_minimumScore;
    const int m_stabilityBonus;
    const int m_lowestAllowed;
};

} // namespace mentordesk::matching::scoring
