// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <cstddef>
#include <optional>

namespace mentordesk::matching {

/// The factors a mentee–mentor pair is scored on (docs/matching.md gives each one's rule and the
/// reason for its default weight). The order is the order of the explanation panel, the weights
/// file and the score export.
enum class Factor {
    Category,            ///< the mentee's category: one of the mentor's (exact), a related one, none
    Industry,            ///< the mentee's category among the industries the mentor worked in
    Channel,             ///< the mentee's sales channel among the mentor's channels
    GrowthTarget,        ///< the mentor's own best yearly growth reaches the mentee's target
    SalesVelocity,       ///< the mentor has handled at least the mentee's orders per week
    InventoryComplexity, ///< the mentor has handled at least the mentee's inventory complexity
    TimeZoneOverlap,     ///< hours of working time the two share each day
    WeeklyHours,         ///< the mentor's weekly hours cover what the mentee asks for
    CoachingStyle,       ///< data-driven / intuitive, the same on both sides
    Communication,       ///< async / live, the same on both sides
    Language,            ///< at least one language both speak (a must by default)
    SkillCoverage,       ///< the mentor's skill levels in the mentee's weakest areas
};

inline constexpr std::size_t kFactorCount = 12;

/// Every factor in declaration order, for range-for loops.
const std::array<Factor, kFactorCount>& allFactors();

/// Stable key of a factor ("category", "time_zone_overlap", ...): the weights file, the score
/// export's statistics and the stored match runs use it.
QString factorKey(Factor factor);
std::optional<Factor> factorFromKey(const QString& key);

/// The factor's name for people, marked for translation in the "MatchFactor" context.
QString factorLabel(Factor factor);

/// The seven mentor skills, in the order of the schema's CHECK on mentor_skills.skill and of the
/// field catalogue's skill choices (domain/FieldVocabulary.h), which hold their codes and labels.
enum class Skill {
    Pricing,
    InventoryManagement,
    CustomerService,
    PolicyCompliance,
    ListingOptimisation,
    SupplierNegotiation,
    DataDrivenDecisions,
};

inline constexpr std::size_t kSkillCount = 7;

/// The skill's code as stored ("listing_optimisation") and back.
QString skillCode(Skill skill);
std::optional<Skill> skillFromCode(const QString& code);
/// The skill's name for people, translated in the "Choices" context.
QString skillLabel(Skill skill);

} // namespace mentordesk::matching
