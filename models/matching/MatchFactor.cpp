// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/MatchFactor.h"

#include <QCoreApplication>

namespace mentordesk::matching {

namespace {

struct FactorName {
    Factor factor;
    const char* key;
    const char* label;
};

// One table for the key and the label, so a factor cannot be given one without the other.
constexpr std::array<FactorName, kFactorCount> kFactorNames = {{
    {Factor::Category, "category", QT_TRANSLATE_NOOP("MatchFactor", "Category")},
    {Factor::Industry, "industry", QT_TRANSLATE_NOOP("MatchFactor", "Industry")},
    {Factor::Channel, "channel", QT_TRANSLATE_NOOP("MatchFactor", "Sales channel")},
    {Factor::GrowthTarget, "growth_target", QT_TRANSLATE_NOOP("MatchFactor", "Growth target")},
    {Factor::SalesVelocity, "sales_velocity", QT_TRANSLATE_NOOP("MatchFactor", "Sales velocity")},
    {Factor::InventoryComplexity, "inventory_complexity", QT_TRANSLATE_NOOP("MatchFactor", "Inventory complexity")},
    {Factor::TimeZoneOverlap, "time_zone_overlap", QT_TRANSLATE_NOOP("MatchFactor", "Time-zone overlap")},
    {Factor::WeeklyHours, "weekly_hours", QT_TRANSLATE_NOOP("MatchFactor", "Weekly hours")},
    {Factor::CoachingStyle, "coaching_style", QT_TRANSLATE_NOOP("MatchFactor", "Coaching style")},
    {Factor::Communication, "communication", QT_TRANSLATE_NOOP("MatchFactor", "Communication")},
    {Factor::Language, "language", QT_TRANSLATE_NOOP("MatchFactor", "Language")},
    {Factor::SkillCoverage, "skill_coverage", QT_TRANSLATE_NOOP("MatchFactor", "Skill coverage")},
}};

struct SkillName {
    const char* code;
    const char* label;
};

// In the order of the Skill enum, which is the order of the schema's CHECK.
constexpr std::array<SkillName, kSkillCount> kSkillNames = {{
    {"pricing", QT_TRANSLATE_NOOP("MatchFactor", "Pricing")},
    {"inventory_management", QT_TRANSLATE_NOOP("MatchFactor", "Inventory management")},
    {"customer_service", QT_TRANSLATE_NOOP("MatchFactor", "Customer service")},
    {"policy_compliance", QT_TRANSLATE_NOOP("MatchFactor", "Policy compliance")},
    {"listing_optimisation", QT_TRANSLATE_NOOP("MatchFactor", "Listing optimisation")},
    {"supplier_negotiation", QT_TRANSLATE_NOOP("MatchFactor", "Supplier negotiation")},
    {"data_driven_decisions", QT_TRANSLATE_NOOP("MatchFactor", "Data-driven decisions")},
}};

const FactorName& nameOf(Factor factor)
{
    return kFactorNames[static_cast<std::size_t>(factor)];
}

} // namespace

const std::array<Factor, kFactorCount>& allFactors()
{
    static const std::array<Factor, kFactorCount> factors = [] {
        std::array<Factor, kFactorCount> result{};
        for (std::size_t index = 0; index < kFactorCount; ++index)
            result[index] = kFactorNames[index].factor;
        return result;
    }();
    return factors;
}

QString factorKey(Factor factor)
{
    return QString::fromLatin1(nameOf(factor).key);
}

std::optional<Factor> factorFromKey(const QString& key)
{
    for (const FactorName& name : kFactorNames) {
        if (key == QLatin1String(name.key))
            return name.factor;
    }
    return std::nullopt;
}

QString factorLabel(Factor factor)
{
    return QCoreApplication::translate("MatchFactor", nameOf(factor).label);
}

QString skillCode(Skill skill)
{
    return QString::fromLatin1(kSkillNames[static_cast<std::size_t>(skill)].code);
}

std::optional<Skill> skillFromCode(const QString& code)
{
    for (std::size_t index = 0; index < kSkillCount; ++index) {
        if (code.compare(QLatin1String(kSkillNames[index].code), Qt::CaseInsensitive) == 0)
            return static_cast<Skill>(index);
    }
    return std::nullopt;
}

QString skillLabel(Skill skill)
{
    return QCoreApplication::translate("MatchFactor", kSkillNames[static_cast<std::size_t>(skill)].label);
}

} // namespace mentordesk::matching
