// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/MatchRules.h"

namespace mentordesk::matching {

MatchRules MatchRules::defaults()
{
    // docs/matching.md, "Default weights", gives the reason for every figure.
    MatchRules rules;
    rules.rule(Factor::Category) = {9, false};
    rules.rule(Factor::CoachingStyle) = {8, false};
    rules.rule(Factor::SkillCoverage) = {7, false};
    rules.rule(Factor::Industry) = {6, false};
    rules.rule(Factor::Communication) = {5, false};
    rules.rule(Factor::TimeZoneOverlap) = {5, false};
    rules.rule(Factor::Language) = {5, true};
    rules.rule(Factor::Channel) = {4, false};
    rules.rule(Factor::SalesVelocity) = {4, false};
    rules.rule(Factor::InventoryComplexity) = {4, false};
    rules.rule(Factor::WeeklyHours) = {3, false};
    rules.rule(Factor::GrowthTarget) = {3, false};
    rules.highPotentialBonus = 15;
    rules.stabilityBonus = 10;
    rules.minimumScore = 0;
    rules.fairness = false;
    rules.maxMenteesPerCohort = 0;
    rules.maxSharePercent = 0;
    return rules;
}

bool MatchRules::operator==(const MatchRules& other) const
{
    return factors == other.factors && highPotentialBonus == other.highPotentialBonus &&
           stabilityBonus == other.stabilityBonus && minimumScore == other.minimumScore && fairness == other.fairness &&
           maxMenteesPerCohort == other.maxMenteesPerCohort && maxSharePercent == other.maxSharePercent;
}

} // namespace mentordesk::matching
