// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/ScorerCodes.h"

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace mentordesk::matching::scoring {

/// One mentee's side of the scoring, copied out of ScorerCodes into a local object: the compiler
/// then keeps it in registers across a row instead of reloading it after every store of a gain
/// (an int store may alias any int it cannot prove local).
///
/// Two paths share the agreement rules. breakdown() computes each factor's agreement with the
/// functions below (explain() and gain() use it). gainOf(), the benchmark's hot loop, reads points
/// from tables the constructor fills with those same functions for this mentee: per factor, the
/// points of each outcome of a bit test, a comparison or a slot, with the mentee's neutral cases,
/// the weights and the musts (far below zero) already applied. A test checks on random problems
/// that both paths give the same gain for every pair.
///
/// Neither path branches on the mentor: on real programs a factor agrees or not at random from one
/// mentor to the next, and a mispredicted branch per factor would cost more than the whole score.
/// Q_ALWAYS_INLINE because GCC at -O2 left a call per pair otherwise.
class ScorerRow {
public:
    /// With tables, the fast path's tables are filled (a whole row of mentors follows).
    ScorerRow(const ScorerCodes& codes, const MatchRules& rules, int mentee, bool tables)
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
        , m_stabilityBonus(rules.stabilityBonus)
        , m_lowestAllowed(std::max(0, rules.minimumScore))
    {
        for (Factor factor : allFactors())
            m_weights[index(factor)] = rules.rule(factor).weight;
        if (tables)
            fillTables(codes);
    }

    /// Each factor's agreement and the plain total (bonuses included), kept even for an excluded
    /// pair; MatchScorer names the exclusions.
    Q_ALWAYS_INLINE int breakdown(int mentor, std::array<int, kFactorCount>& agreement) const
    {
        const MentorCode& code = m_mentors[mentor];
        agreement[index(Factor::Category)] = categoryAgreement(mentor);
        agreement[index(Factor::Industry)] = bitAgreement(m_industries, m_mentee.category, mentor);
        agreement[index(Factor::Channel)] = bitAgreement(m_channels, m_mentee.channel, mentor);
        agreement[index(Factor::GrowthTarget)] = demandAgreement(m_mentee.demands[0], code.reach[0]);
        agreement[index(Factor::SalesVelocity)] = demandAgreement(m_mentee.demands[1], code.reach[1]);
        agreement[index(Factor::InventoryComplexity)] = demandAgreement(m_mentee.demands[2], code.reach[2]);
        agreement[index(Factor::TimeZoneOverlap)] = overlapAgreement(m_hourSlots[code.hourSlot]);
        agreement[index(Factor::WeeklyHours)] = demandAgreement(m_mentee.demands[3], code.reach[3]);
        agreement[index(Factor::CoachingStyle)] = preferenceAgreement(m_mentee.style, code.style);
        agreement[index(Factor::Communication)] = preferenceAgreement(m_mentee.communication, code.communication);
        agreement[index(Factor::Language)] = languageAgreement(mentor);
        agreement[index(Factor::SkillCoverage)] = skillAgreement(code);
        int sum = m_mentee.priorityBonus + stabilityBonus(mentor);
        for (std::size_t factor = 0; factor < kFactorCount; ++factor)
            sum += m_weights[factor] * agreement[factor];
        return sum;
    }

    /// The pair's gain from the tables: its total, or -1 when the category disclosure, a must or
    /// the minimum excludes it (seller, brand and forbid conflicts are the caller's).
    Q_ALWAYS_INLINE int gainOf(int mentor) const
    {
        const MentorCode& code = m_mentors[mentor];
        int sum = m_mentee.priorityBonus + stabilityBonus(mentor);
        const int exact = m_categories.any(mentor, m_mentee.category);
        sum += m_categoryPoints[static_cast<std::size_t>(std::max(2 * exact, relatedAny(mentor)))];
        sum += m_industryPoints[static_cast<std::size_t>(m_industries.any(mentor, m_mentee.category))];
        sum += m_channelPoints[static_cast<std::size_t>(m_channels.any(mentor, m_mentee.channel))];
        for (std::size_t demand = 0; demand < m_demandPoints.size(); ++demand) {
            const int outcome = demandOutcome(m_mentee.demands[demand], code.reach[demand]);
            sum += m_demandPoints[demand][static_cast<std::size_t>(outcome)];
        }
        sum += m_overlapPoints[static_cast<std::size_t>(code.hourSlot)];
        sum += m_stylePoints[preferenceOutcome(m_mentee.style, code.style)];
        sum += m_communicationPoints[preferenceOutcome(m_mentee.communication, code.communication)];
        sum += m_languagePoints[static_cast<std::size_t>(languageAny(mentor))];
        sum += m_skillPoints[coveredOf(code)];
        sum += kExcludedPoints * m_disclosedCategories.any(mentor, m_mentee.category);
        return sum < m_lowestAllowed ? -1 : sum;
    }

    /// With the language a must and a mentee who speaks some language, gainOf() is −1 for every
    /// mentor who shares none (kExcludedPoints outweighs any total), whatever the other factors.
    bool languageExcludes() const { return m_languagePoints[0] == kExcludedPoints; }
    Q_ALWAYS_INLINE int sharesLanguage(int mentor) const { return languageAny(mentor); }

    Q_ALWAYS_INLINE int stabilityBonus(int mentor) const
    {
        return mentor == m_mentee.currentMentor ? m_stabilityBonus : 0;
    }

    bool categoryConflict(int mentor) const { return m_disclosedCategories.any(mentor, m_mentee.category) != 0; }

    static constexpr std::size_t index(Factor factor) { return static_cast<std::size_t>(factor); }

private:
    void fillTables(const ScorerCodes& codes)
    {
        const auto points = [&codes](Factor factor, int agreement) {
            return codes.points[index(factor)][static_cast<std::size_t>(agreement)];
        };
        const bool hasCategory = m_mentee.category.mask != 0;
        for (int outcome = 0; outcome < 3; ++outcome) // none, related, exact
            m_categoryPoints[static_cast<std::size_t>(outcome)] =
                points(Factor::Category, hasCategory ? outcome * kNeutralAgreement : kNeutralAgreement);
        const bool hasChannel = m_mentee.channel.mask != 0;
        const bool hasLanguage = m_mentee.languageBegin != m_mentee.languageEnd;
        for (int bit = 0; bit < 2; ++bit) {
            const auto at = static_cast<std::size_t>(bit);
            const int agreement = bit * kFullAgreement;
            m_industryPoints[at] = points(Factor::Industry, hasCategory ? agreement : kNeutralAgreement);
            m_channelPoints[at] = points(Factor::Channel, hasChannel ? agreement : kNeutralAgreement);
            m_languagePoints[at] = points(Factor::Language, hasLanguage ? agreement : kNeutralAgreement);
        }
        constexpr std::array<Factor, 4> demandFactors = {Factor::GrowthTarget, Factor::SalesVelocity,
                                                         Factor::InventoryComplexity, Factor::WeeklyHours};
        for (std::size_t demand = 0; demand < demandFactors.size(); ++demand) {
            const bool known = m_mentee.demands[demand].known;
            for (int outcome = 0; outcome <= kFullAgreement; ++outcome)
                m_demandPoints[demand][static_cast<std::size_t>(outcome)] =
                    points(demandFactors[demand], known ? outcome : kNeutralAgreement);
        }
        m_overlapPoints.reserve(codes.hourSlots.size());
        for (const UtcHours& slot : codes.hourSlots)
            m_overlapPoints.push_back(points(Factor::TimeZoneOverlap, overlapAgreement(slot)));
        fillPreference(m_stylePoints, m_mentee.style, points, Factor::CoachingStyle);
        fillPreference(m_communicationPoints, m_mentee.communication, points, Factor::Communication);
        for (std::size_t covered = 0; covered < m_skillPoints.size(); ++covered)
            m_skillPoints[covered] =
                points(Factor::SkillCoverage, m_mentee.needTotal == 0 ? kNeutralAgreement : m_coverage[covered]);
    }

    /// Outcomes of preferenceOutcome(): 0 differ, 1 mentor not recorded, 2 same.
    template <typename Points>
    static void fillPreference(std::array<int, 4>& table, int menteeCode, const Points& points, Factor factor)
    {
        const std::array<int, 3> agreements = {0, kNeutralAgreement, kFullAgreement};
        for (std::size_t outcome = 0; outcome < agreements.size(); ++outcome)
            table[outcome] = points(factor, menteeCode == 0 ? kFullAgreement : agreements[outcome]);
        table[3] = table[2];
    }

    Q_ALWAYS_INLINE static std::size_t preferenceOutcome(int menteeCode, int mentorCode)
    {
        return static_cast<std::size_t>(int(mentorCode == 0) | (int(mentorCode == menteeCode) << 1));
    }

    Q_ALWAYS_INLINE int relatedAny(int mentor) const
    {
        int related = 0;
        for (int word = m_mentee.relatedBegin; word < m_mentee.relatedEnd; ++word)
            related |= m_categories.any(mentor, m_related[word]);
        return related;
    }

    Q_ALWAYS_INLINE int languageAny(int mentor) const
    {
        int shared = 0;
        for (int word = m_mentee.languageBegin; word < m_mentee.languageEnd; ++word)
            shared |= m_languages.any(mentor, m_languageMasks[word]);
        return shared;
    }

    int categoryAgreement(int mentor) const
    {
        if (m_mentee.category.mask == 0)
            return kNeutralAgreement;
        const int exact = m_categories.any(mentor, m_mentee.category);
        return std::max(kFullAgreement * exact, kNeutralAgreement * relatedAny(mentor));
    }

    static int bitAgreement(const BitRowsView& rows, const WordMask& wanted, int mentor)
    {
        if (wanted.mask == 0)
            return kNeutralAgreement;
        return kFullAgreement * rows.any(mentor, wanted);
    }

    int languageAgreement(int mentor) const
    {
        if (m_mentee.languageBegin == m_mentee.languageEnd)
            return kNeutralAgreement;
        return kFullAgreement * languageAny(mentor);
    }

    /// 10 when the mentor reaches the demand, else ⌊10 × reach ÷ demand⌋ (0–9). A reach not
    /// recorded is stored as −1, so it is never enough; ScorerCodes bounds reach and scale so that
    /// the product fits a 64-bit integer and the clamp is integer work (a conditional move).
    Q_ALWAYS_INLINE static int demandOutcome(const Demand& demand, double reach)
    {
        const qint64 partial = std::clamp<qint64>(static_cast<qint64>(reach * demand.scale), 0, kFullAgreement - 1);
        return reach >= demand.value ? kFullAgreement : static_cast<int>(partial);
    }

    static int demandAgreement(const Demand& demand, double reach)
    {
        return demand.known ? demandOutcome(demand, reach) : kNeutralAgreement;
    }

    static int preferenceAgreement(int menteeCode, int mentorCode)
    {
        if (menteeCode == 0)
            return kFullAgreement;
        return kNeutralAgreement * (mentorCode == 0) + kFullAgreement * (mentorCode == menteeCode);
    }

    static int zoneStateAgreement(ZoneState state) { return state == ZoneState::Invalid ? 0 : kNeutralAgreement; }

    /// ⌊10 × overlap ÷ enough⌋, enough = the shorter working day, at most six hours; the
    /// reciprocal table replaces a division, and the tiny addend keeps exact quotients exact.
    int overlapAgreement(const UtcHours& mentor) const
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
    Q_ALWAYS_INLINE std::size_t coveredOf(const MentorCode& mentor) const
    {
        constexpr quint64 kEveryByte = 0x0101010101010101ULL;
        const quint64 once = ((mentor.skillBytes & m_mentee.needOnce) * kEveryByte) >> 56;
        const quint64 twice = ((mentor.skillBytes & m_mentee.needTwice) * kEveryByte) >> 56;
        return static_cast<std::size_t>(once + twice);
    }

    int skillAgreement(const MentorCode& mentor) const
    {
        if (m_mentee.needTotal == 0)
            return kNeutralAgreement;
        return m_coverage[coveredOf(mentor)];
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
    const int m_stabilityBonus;
    const int m_lowestAllowed;
    std::array<int, kFactorCount> m_weights{};
    std::array<int, 3> m_categoryPoints{};
    std::array<int, 2> m_industryPoints{};
    std::array<int, 2> m_channelPoints{};
    std::array<int, 2> m_languagePoints{};
    std::array<std::array<int, kFullAgreement + 1>, 4> m_demandPoints{};
    std::array<int, 4> m_stylePoints{};
    std::array<int, 4> m_communicationPoints{};
    std::array<int, 71> m_skillPoints{};
    std::vector<int> m_overlapPoints; ///< per ScorerCodes::hourSlots entry
};

} // namespace mentordesk::matching::scoring
