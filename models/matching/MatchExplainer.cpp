// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/MatchExplainer.h"

#include "matching/SolverParallel.h"

#include <algorithm>
#include <array>

namespace mentordesk::matching {

namespace {

constexpr std::size_t kAlternativesShown = 3;

/// Who holds each mentor's places in this run, and what each mentor may take: the numbers an
/// alternative's "taken" and an unmatched mentee's binding reason are read from.
class RunPlaces {
public:
    RunPlaces(const MatchScorer& scorer, const SolverInput& input, const SolverResult& result)
        : m_scorer(scorer)
        , m_input(input)
        , m_holders(static_cast<std::size_t>(scorer.mentorCount()))
    {
        for (std::size_t mentee = 0; mentee < result.mentorOfMentee.size(); ++mentee) {
            const int mentor = result.mentorOfMentee[mentee];
            if (mentor >= 0 && mentor < scorer.mentorCount())
                m_holders[static_cast<std::size_t>(mentor)].push_back(static_cast<int>(mentee));
        }
    }

    int capacity(int mentor) const
    {
        const auto index = static_cast<std::size_t>(mentor);
        if (index < m_input.capacity.size())
            return m_input.capacity[index];
        return m_scorer.problem().mentors[index].freeCapacity;
    }

    int group(int mentee) const
    {
        const auto index = static_cast<std::size_t>(mentee);
        return index < m_input.menteeGroup.size() ? m_input.menteeGroup[index] : -1;
    }

    const std::vector<int>& holders(int mentor) const { return m_holders[static_cast<std::size_t>(mentor)]; }

    bool fullByCapacity(int mentor) const { return static_cast<int>(holders(mentor).size()) >= capacity(mentor); }

    /// The run's places are fewer than the mentor's free ones: the share limit cut them.
    bool cutByShare(int mentor) const
    {
        return capacity(mentor) < m_scorer.problem().mentors[static_cast<std::size_t>(mentor)].freeCapacity;
    }

    /// The mentees of the mentee's group at this mentor, when they use up the group allowance.
    std::optional<std::vector<int>> groupFull(int mentee, int mentor) const
    {
        const int menteeGroup = group(mentee);
        if (menteeGroup < 0 || m_input.groupLimit <= 0)
            return std::nullopt;
        const int allowance = m_input.groupAllowance ? m_input.groupAllowance(mentor, menteeGroup) : m_input.groupLimit;
        std::vector<int> sameGroup;
        for (int holder : holders(mentor)) {
            if (holder != mentee && group(holder) == menteeGroup)
                sameGroup.push_back(holder);
        }
        if (static_cast<int>(sameGroup.size()) < allowance)
            return std::nullopt;
        return sameGroup;
    }

    /// Whom the mentor's places went to, when none is left for this mentee; nullopt = a place is free.
    std::optional<std::vector<int>> takenBy(int mentee, int mentor) const
    {
        if (fullByCapacity(mentor))
            return holders(mentor);
        return groupFull(mentee, mentor);
    }

    /// An allowed mentor with places left that the rotation limits keep from this mentee.
    bool barredByRotation(int mentee, int mentor) const
    {
        if (fullByCapacity(mentor))
            return cutByShare(mentor);
        return groupFull(mentee, mentor).has_value();
    }

private:
    const MatchScorer& m_scorer;
    const SolverInput& m_input;
    std::vector<std::vector<int>> m_holders;
};

struct Ranked {
    int mentor = -1;
    PairScore score;
};

bool rankedBefore(const Ranked& a, const Ranked& b)
{
    if (a.score.allowed() != b.score.allowed())
        return a.score.allowed();
    if (a.score.total != b.score.total)
        return a.score.total > b.score.total;
    return a.mentor < b.mentor;
}

/// The best alternatives by scorer.explain(): allowed ones first, by total, then by mentor order.
/// Excluded mentors are scored only when fewer allowed ones than shown exist.
std::vector<Ranked> bestOthers(const MatchScorer& scorer, int mentee, int chosen, const std::vector<int>& gains,
                               std::vector<Ranked>* excluded)
{
    std::vector<int> allowed;
    for (int mentor = 0; mentor < scorer.mentorCount(); ++mentor) {
        if (mentor != chosen && gains[static_cast<std::size_t>(mentor)] >= 0)
            allowed.push_back(mentor);
    }
    const auto byGain = [&gains](int a, int b) {
        const int gainA = gains[static_cast<std::size_t>(a)];
        const int gainB = gains[static_cast<std::size_t>(b)];
        return gainA != gainB ? gainA > gainB : a < b;
    };
    const std::size_t shown = std::min(kAlternativesShown, allowed.size());
    std::partial_sort(allowed.begin(), allowed.begin() + static_cast<std::ptrdiff_t>(shown), allowed.end(), byGain);
    std::vector<Ranked> ranked;
    for (std::size_t index = 0; index < shown; ++index)
        ranked.push_back({allowed[index], scorer.explain(mentee, allowed[index])});
    if (excluded) {
        for (int mentor = 0; mentor < scorer.mentorCount(); ++mentor) {
            if (mentor != chosen && gains[static_cast<std::size_t>(mentor)] < 0)
                excluded->push_back({mentor, scorer.explain(mentee, mentor)});
        }
        std::sort(excluded->begin(), excluded->end(), rankedBefore);
        for (std::size_t index = 0; index < excluded->size() && ranked.size() < kAlternativesShown; ++index)
            ranked.push_back((*excluded)[index]);
    }
    return ranked;
}

Alternative alternativeOf(const Ranked& ranked, const MenteeExplanation& explanation, const RunPlaces& places)
{
    Alternative alternative;
    alternative.mentor = ranked.mentor;
    alternative.score = ranked.score;
    const bool matched = explanation.mentor >= 0;
    alternative.scoreDifference = matched ? explanation.score.total - ranked.score.total : 0;
    if (!ranked.score.allowed()) {
        alternative.why = Alternative::Why::Excluded;
    } else if (matched && alternative.scoreDifference > 0) {
        alternative.why = Alternative::Why::LowerScore;
    } else if (const auto taken = places.takenBy(explanation.mentee, ranked.mentor)) {
        alternative.why = Alternative::Why::CapacityTaken;
        alternative.takenBy = *taken;
    } else {
        alternative.why = Alternative::Why::Objective;
    }
    return alternative;
}

void explainNoAllowedMentor(MenteeExplanation& explanation, const std::vector<Ranked>& excluded)
{
    std::array<int, static_cast<std::size_t>(Exclusion::BelowMinimum) + 1> byRule{};
    std::array<int, kFactorCount> byMust{};
    for (const Ranked& ranked : excluded) {
        ++byRule[static_cast<std::size_t>(ranked.score.exclusion)];
        if (ranked.score.exclusion == Exclusion::MustFactor)
            ++byMust[static_cast<std::size_t>(ranked.score.failedMust)];
    }
    if (byRule[static_cast<std::size_t>(Exclusion::BelowMinimum)] > 0) {
        explanation.reason = UnmatchedReason::BelowMinimumScore;
        return;
    }
    explanation.reason = UnmatchedReason::NoAllowedMentor;
    // max_element keeps the first of equals: ties go to the rule earlier in Exclusion's order.
    const auto commonest = std::max_element(byRule.begin() + 1, byRule.end());
    if (*commonest > 0)
        explanation.commonestExclusion = static_cast<Exclusion>(commonest - byRule.begin());
    explanation.commonestFailedMust =
        static_cast<Factor>(std::max_element(byMust.begin(), byMust.end()) - byMust.begin());
}

void explainUnmatched(MenteeExplanation& explanation, const std::vector<int>& gains,
                      const std::vector<Ranked>& excluded, const RunPlaces& places)
{
    if (explanation.allowedMentors == 0) {
        explainNoAllowedMentor(explanation, excluded);
        return;
    }
    explanation.reason = UnmatchedReason::AllowedMentorsFull;
    for (std::size_t mentor = 0; mentor < gains.size(); ++mentor) {
        if (gains[mentor] >= 0 && places.barredByRotation(explanation.mentee, static_cast<int>(mentor))) {
            explanation.reason = UnmatchedReason::RotationLimit;
            return;
        }
    }
}

MenteeExplanation explainMentee(const MatchScorer& scorer, int mentee, int chosen, const RunPlaces& places,
                                std::vector<int>& gains)
{
    MenteeExplanation explanation;
    explanation.mentee = mentee;
    explanation.mentor = chosen;
    scorer.gainsOfMentee(mentee, gains.data());
    explanation.allowedMentors =
        static_cast<int>(std::count_if(gains.begin(), gains.end(), [](int gain) { return gain >= 0; }));
    if (chosen >= 0)
        explanation.score = scorer.explain(mentee, chosen);
    // Every excluded pair is scored only when it is needed: to fill the three shown, or to name
    // the commonest rule for a mentee no mentor is allowed for.
    std::vector<Ranked> excluded;
    const bool needExcluded = explanation.allowedMentors - (chosen >= 0 ? 1 : 0) < static_cast<int>(kAlternativesShown);
    const std::vector<Ranked> ranked = bestOthers(scorer, mentee, chosen, gains, needExcluded ? &excluded : nullptr);
    for (const Ranked& other : ranked)
        explanation.alternatives.push_back(alternativeOf(other, explanation, places));
    if (chosen < 0)
        explainUnmatched(explanation, gains, excluded, places);
    return explanation;
}

} // namespace

std::vector<MenteeExplanation> MatchExplainer::explain(const MatchScorer& scorer, const SolverInput& input,
                                                       const SolverResult& result)
{
    const RunPlaces places(scorer, input, result);
    // Every mentee's row of gains is scored again, as many pairs as the solve itself: on the
    // solve's threads, each with its own row, each explanation written to its mentee's slot.
    // Not cancellable: a solved run is always explained completely.
    const SolverParallel parallel(std::max(1, input.threads), nullptr, nullptr);
    std::vector<std::vector<int>> gains(static_cast<std::size_t>(parallel.workerCount()),
                                        std::vector<int>(static_cast<std::size_t>(scorer.mentorCount())));
    std::vector<MenteeExplanation> explanations(static_cast<std::size_t>(scorer.menteeCount()));
    parallel.run(scorer.menteeCount(), [&](int mentee, int worker) {
        const auto index = static_cast<std::size_t>(mentee);
        const int chosen = index < result.mentorOfMentee.size() ? result.mentorOfMentee[index] : -1;
        explanations[index] = explainMentee(scorer, mentee, chosen, places, gains[static_cast<std::size_t>(worker)]);
    });
    return explanations;
}

} // namespace mentordesk::matching
