// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/MatchFactor.h"

#include "domain/FieldCatalogue.h"

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

/// A skill's code and label: the catalogue's choices of a mentor's skills are in the order of the
/// Skill enum (the schema's CHECK), so the catalogue stays the one list of them.
const Choice& skillChoice(Skill skill)
{
    return catalogueField(FieldId::MentorSkills).choices.at(static_cast<qsizetype>(skill));
}

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
    return skillChoice(skill).code;
}

std::optional<Skill> skillFromCode(const QString& code)
{
    for (std::size_t index = 0; index < kSkillCount; ++index) {
        const Skill skill = static_cast<Skill>(index);
        if (code.compare(skillChoice(skill).code, Qt::CaseInsensitive) == 0)
            return skill;
    }
    return std::nullopt;
}

QString skillLabel(Skill skill)
{
    return QCoreApplication::translate("Choices", skillChoice(skill).label);
}

} // namespace mentordesk::matching
