// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/MatchScorer.h"

#include "matching/ScorerRow.h"

#include <algorithm>
#include <vector>

namespace mentordesk::matching {

using namespace scoring;

namespace {

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

    ScorerRow row(int mentee, bool tables = false) const { return ScorerRow(codes, rules, mentee, tables); }

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

    bool invalidTimeZone(int mentee, int mentor) const
    {
        return codes.mentees[static_cast<std::size_t>(mentee)].hours.state == ZoneState::Invalid ||
               codes.hourSlots[static_cast<std::size_t>(codes.mentors[static_cast<std::size_t>(mentor)].hourSlot)]
                       .state == ZoneState::Invalid;
    }
};

MatchScorer::MatchScorer(const MatchProblem& problem, const MatchRules& rules)
    : m_data(std::make_unique<Data>())
{
    m_data->problem = problem;
    m_data->rules = rules;
    m_data->codes = ScorerCodes::build(problem, rules);
    for (Factor factor : allFactors())
        m_data->weights[ScorerRow::index(factor)] = rules.rule(factor).weight;
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
    // One pair: the breakdown path, which needs no tables for the row.
    const PairScore score = explain(mentee, mentor);
    return score.allowed() ? score.total : -1;
}

void MatchScorer::gainsOfMentee(int mentee, int* gains) const
{
    const ScorerRow row = m_data->row(mentee, true);
    const int mentors = mentorCount();
    if (!row.languageExcludes()) {
        for (int mentor = 0; mentor < mentors; ++mentor)
            gains[mentor] = row.gainOf(mentor);
    } else {
        // The language test is two loads and an AND, a whole score about fifty operations: the
        // mentors the language must excludes are set aside first (a branch-free compaction, as
        // the test's outcome is random from one mentor to the next), the rest scored in a tight
        // loop. The same gains as scoring every mentor: gainOf() gives those mentors −1 too.
        thread_local std::vector<int> sharing;
        sharing.resize(static_cast<std::size_t>(mentors));
        int count = 0;
        for (int mentor = 0; mentor < mentors; ++mentor) {
            gains[mentor] = -1;
            sharing[static_cast<std::size_t>(count)] = mentor;
            count += row.sharesLanguage(mentor);
        }
        for (int at = 0; at < count; ++at) {
            const int mentor = sharing[static_cast<std::size_t>(at)];
            gains[mentor] = row.gainOf(mentor);
        }
    }
    const auto [begin, end] = m_data->conflictsOf(mentee);
    for (const PairConflict* conflict = begin; conflict != end; ++conflict)
        gains[conflict->mentor] = -1;
}

PairScore MatchScorer::explain(int mentee, int mentor) const
{
    const ScorerRow row = m_data->row(mentee);
    PairScore score;
    score.total = row.breakdown(mentor, score.agreement);
    for (std::size_t factor = 0; factor < kFactorCount; ++factor)
        score.contributions[factor] = m_data->weights[factor] * score.agreement[factor];
    score.priorityBonus = m_data->codes.mentees[static_cast<std::size_t>(mentee)].priorityBonus;
    score.stabilityBonus = row.stabilityBonus(mentor);
    score.invalidTimeZone = m_data->invalidTimeZone(mentee, mentor);
    score.exclusion = firstOf(m_data->conflictOf(mentee, mentor),
                              row.categoryConflict(mentor) ? Exclusion::CategoryConflict : Exclusion::None);
    if (score.exclusion == Exclusion::None) {
        for (Factor factor : allFactors()) {
            if (m_data->rules.rule(factor).must && score.agreement[ScorerRow::index(factor)] == 0) {
                score.exclusion = Exclusion::MustFactor;
                score.failedMust = factor;
                break;
            }
        }
    }
    if (score.exclusion == Exclusion::None && (score.total < m_data->rules.minimumScore || score.total < 0))
        score.exclusion = Exclusion::BelowMinimum;
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
