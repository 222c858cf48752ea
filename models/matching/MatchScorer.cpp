// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/MatchScorer.h"

#include "matching/ScorerCodes.h"

#include <algorithm>
#include <cmath>

namespace mentordesk::matching {

using namespace scoring;

namespace {

constexpr std::size_t index(Factor factor)
{
    return static_cast<std::size_t>(factor);
}

int categoryAgreement(const ScorerCodes& codes, const MenteeCode& mentee, int mentor)
{
    if (mentee.category.mask == 0)
        return kNeutralAgreement;
    if (codes.mentorCategories.any(mentor, mentee.category))
        return kFullAgreement;
    for (int related = mentee.relatedBegin; related < mentee.relatedEnd; ++related) {
        if (codes.mentorCategories.any(mentor, codes.relatedMasks[static_cast<std::size_t>(related)]))
            return kNeutralAgreement;
    }
    return 0;
}

int bitAgreement(const ScorerBitRows& rows, const WordMask& wanted, int mentor)
{
    if (wanted.mask == 0)
        return kNeutralAgreement;
    return rows.any(mentor, wanted) ? kFullAgreement : 0;
}

int languageAgreement(const ScorerCodes& codes, const MenteeCode& mentee, int mentor)
{
    if (mentee.languageBegin == mentee.languageEnd)
        return kNeutralAgreement;
    for (int language = mentee.languageBegin; language < mentee.languageEnd; ++language) {
        if (codes.mentorLanguages.any(mentor, codes.languageMasks[static_cast<std::size_t>(language)]))
            return kFullAgreement;
    }
    return 0;
}

/// ⌊10 × reach ÷ demand⌋, 10 only when the mentor reaches the demand; a reach not recorded is
/// not shown to be enough.
int demandAgreement(const Demand& demand, double reach)
{
    if (!demand.known)
        return kNeutralAgreement;
    if (std::isnan(reach))
        return 0;
    if (reach >= demand.value)
        return kFullAgreement;
    if (reach <= 0)
        return 0;
    return std::min(kFullAgreement - 1, static_cast<int>(reach * demand.scale));
}

int preferenceAgreement(int menteeCode, int mentorCode)
{
    if (menteeCode == 0)
        return kFullAgreement;
    if (mentorCode == 0)
        return kNeutralAgreement;
    return menteeCode == mentorCode ? kFullAgreement : 0;
}

int overlapMinutes(const UtcHours& a, const UtcHours& b)
{
    int overlap = 0;
    for (int shift = -kMinutesPerDay; shift <= kMinutesPerDay; shift += kMinutesPerDay)
        overlap += std::max(0, std::min(a.end, b.end + shift) - std::max(a.start, b.start + shift));
    return overlap;
}

int overlapAgreement(const UtcHours& mentee, const UtcHours& mentor)
{
    if (mentee.state == ZoneState::Invalid || mentor.state == ZoneState::Invalid)
        return 0;
    if (mentee.state == ZoneState::Missing || mentor.state == ZoneState::Missing)
        return kNeutralAgreement;
    const int enough = std::min({mentee.end - mentee.start, mentor.end - mentor.start, kEnoughOverlapMinutes});
    const int overlap = overlapMinutes(mentee, mentor);
    if (overlap >= enough)
        return kFullAgreement;
    return overlap * kFullAgreement / enough;
}

int skillAgreement(const ScorerCodes& codes, const MenteeCode& mentee, const MentorCode& mentor)
{
    if (mentee.needTotal == 0)
        return kNeutralAgreement;
    int covered = 0;
    for (std::size_t skill = 0; skill < kSkillCount; ++skill)
        covered += mentee.needs[skill] * mentor.skills[skill];
    return codes.coverage[static_cast<std::size_t>(mentee.needTotal)][static_cast<std::size_t>(covered)];
}

Exclusion firstOf(Exclusion a, Exclusion b)
{
    if (a == Exclusion::None)
        return b;
    if (b == Exclusion::None)
        return a;
    return std::min(a, b);
}

} // namespace

struct MatchScorer::Data {
    MatchProblem problem;
    MatchRules rules;
    ScorerCodes codes;
    std::array<int, kFactorCount> weights{};
    std::vector<std::size_t> musts;

    /// The pair's total, or -1 for a pair the in-loop rules exclude (category disclosure, musts,
    /// minimum); seller, brand and forbid conflicts are applied by the callers. With a breakdown,
    /// every part is filled in and the total is kept even for an excluded pair.
    template <bool Breakdown> int score(int menteeIndex, int mentorIndex, PairScore* breakdown) const;

    std::pair<const PairConflict*, const PairConflict*> conflictsOf(int mentee) const
    {
        const MenteeCode& code = codes.mentees[static_cast<std::size_t>(mentee)];
        return {codes.conflicts.data() + code.conflictBegin, codes.conflicts.data() + code.conflictEnd};
    }

    Exclusion conflictOf(int mentee, int mentor) const
    {
        const auto [begin, end] = conflictsOf(mentee);
        const PairConflict* found =
            std::lower_bound(begin, end, mentor, [](const PairConflict& c, int m) { return c.mentor < m; });
        return found != end && found->mentor == mentor ? found->exclusion : Exclusion::None;
    }
};

template <bool Breakdown> int MatchScorer::Data::score(int menteeIndex, int mentorIndex, PairScore* breakdown) const
{
    const MenteeCode& mentee = codes.mentees[static_cast<std::size_t>(menteeIndex)];
    const MentorCode& mentor = codes.mentors[static_cast<std::size_t>(mentorIndex)];
    const bool categoryConflict =
        mentee.category.mask != 0 && codes.mentorDisclosedCategories.any(mentorIndex, mentee.category);
    if (!Breakdown && categoryConflict)
        return -1;
    std::array<int, kFactorCount> agreement;
    agreement[index(Factor::Category)] = categoryAgreement(codes, mentee, mentorIndex);
    agreement[index(Factor::Industry)] = bitAgreement(codes.mentorIndustries, mentee.category, mentorIndex);
    agreement[index(Factor::Channel)] = bitAgreement(codes.mentorChannels, mentee.channel, mentorIndex);
    agreement[index(Factor::GrowthTarget)] = demandAgreement(mentee.demands[0], mentor.reach[0]);
    agreement[index(Factor::SalesVelocity)] = demandAgreement(mentee.demands[1], mentor.reach[1]);
    agreement[index(Factor::InventoryComplexity)] = demandAgreement(mentee.demands[2], mentor.reach[2]);
    agreement[index(Factor::TimeZoneOverlap)] = overlapAgreement(mentee.hours, mentor.hours);
    agreement[index(Factor::WeeklyHours)] = demandAgreement(mentee.demands[3], mentor.reach[3]);
    agreement[index(Factor::CoachingStyle)] = preferenceAgreement(mentee.style, mentor.style);
    agreement[index(Factor::Communication)] = preferenceAgreement(mentee.communication, mentor.communication);
    agreement[index(Factor::Language)] = languageAgreement(codes, mentee, mentorIndex);
    agreement[index(Factor::SkillCoverage)] = skillAgreement(codes, mentee, mentor);

    const int stability = mentorIndex == mentee.currentMentor ? rules.stabilityBonus : 0;
    int total = mentee.priorityBonus + stability;
    for (std::size_t factor = 0; factor < kFactorCount; ++factor)
        total += weights[factor] * agreement[factor];

    Exclusion exclusion = categoryConflict ? Exclusion::CategoryConflict : Exclusion::None;
    for (std::size_t must : musts) {
        if (agreement[must] != 0)
            continue;
        if (!Breakdown)
            return -1;
        if (exclusion == Exclusion::None) {
            exclusion = Exclusion::MustFactor;
            breakdown->failedMust = static_cast<Factor>(must);
        }
    }
    if (total < rules.minimumScore && exclusion == Exclusion::None) {
        if (!Breakdown)
            return -1;
        exclusion = Exclusion::BelowMinimum;
    }
    if constexpr (Breakdown) {
        breakdown->exclusion = exclusion;
        breakdown->agreement = agreement;
        for (std::size_t factor = 0; factor < kFactorCount; ++factor)
            breakdown->contributions[factor] = weights[factor] * agreement[factor];
        breakdown->priorityBonus = mentee.priorityBonus;
        breakdown->stabilityBonus = stability;
        breakdown->total = total;
        breakdown->invalidTimeZone =
            mentee.hours.state == ZoneState::Invalid || mentor.hours.state == ZoneState::Invalid;
    }
    return total;
}

MatchScorer::MatchScorer(const MatchProblem& problem, const MatchRules& rules)
    : m_data(std::make_unique<Data>())
{
    m_data->problem = problem;
    m_data->rules = rules;
    m_data->codes = ScorerCodes::build(problem, rules);
    for (Factor factor : allFactors()) {
        m_data->weights[index(factor)] = rules.rule(factor).weight;
        if (rules.rule(factor).must)
            m_data->musts.push_back(index(factor));
    }
}

MatchScorer::~MatchScorer() = default;

int MatchScorer::menteeCount() const
{
    return static_cast<int>(m_data->problem.mentees.size());
}

int MatchScorer::mentorCount() const
{
    return static_cast<int>(m_data->problem.mentors.size());
}

int MatchScorer::gain(int mentee, int mentor) const
{
    const int total = m_data->score<false>(mentee, mentor, nullptr);
    if (total < 0 || m_data->conflictOf(mentee, mentor) != Exclusion::None)
        return -1;
    return total;
}

void MatchScorer::gainsOfMentee(int mentee, int* gains) const
{
    const int mentors = mentorCount();
    for (int mentor = 0; mentor < mentors; ++mentor)
        gains[mentor] = m_data->score<false>(mentee, mentor, nullptr);
    const auto [begin, end] = m_data->conflictsOf(mentee);
    for (const PairConflict* conflict = begin; conflict != end; ++conflict)
        gains[conflict->mentor] = -1;
}

PairScore MatchScorer::explain(int mentee, int mentor) const
{
    PairScore score;
    m_data->score<true>(mentee, mentor, &score);
    const Exclusion conflict = m_data->conflictOf(mentee, mentor);
    score.exclusion = firstOf(score.exclusion, conflict);
    return score;
}

int MatchScorer::maximumScore() const
{
    int maximum = std::max(0, m_data->rules.highPotentialBonus) + std::max(0, m_data->rules.stabilityBonus);
    for (int weight : m_data->weights)
        maximum += kFullAgreement * weight;
    return maximum;
}

std::array<int, kSkillCount> MatchScorer::skillNeeds(int mentee) const
{
    return m_data->codes.mentees[static_cast<std::size_t>(mentee)].needs;
}

const MatchProblem& MatchScorer::problem() const
{
    return m_data->problem;
}

const MatchRules& MatchScorer::rules() const
{
    return m_data->rules;
}

QString exclusionKey(Exclusion exclusion)
{
    switch (exclusion) {
    case Exclusion::None:
        return QStringLiteral("none");
    case Exclusion::SellerConflict:
        return QStringLiteral("seller_conflict");
    case Exclusion::BrandConflict:
        return QStringLiteral("brand_conflict");
    case Exclusion::CategoryConflict:
        return QStringLiteral("category_conflict");
    case Exclusion::Forbidden:
        return QStringLiteral("forbidden");
    case Exclusion::MustFactor:
        return QStringLiteral("must_factor");
    case Exclusion::BelowMinimum:
        return QStringLiteral("below_minimum");
    }
    return QString();
}

} // namespace mentordesk::matching
