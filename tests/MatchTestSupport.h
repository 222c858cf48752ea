// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-built people for the matching tests: a mentee and a mentor who agree on every factor, so a
// test changes only what it is about.
#pragma once

#include "matching/MatchProblem.h"
#include "matching/MatchRules.h"

namespace mentordesk::matching::testing {

inline MenteeProfile agreeableMentee(const QString& externalId = QStringLiteral("S-001"))
{
    MenteeProfile mentee;
    mentee.sellerId = 1;
    mentee.externalId = externalId;
    mentee.category = QStringLiteral("Toys");
    mentee.channel = QStringLiteral("social");
    mentee.growthTarget = 20;
    mentee.salesVelocity = 50;
    mentee.inventoryComplexity = 3;
    mentee.timeZone = QStringLiteral("Europe/Berlin");
    mentee.weeklyHours = 2;
    mentee.coachingStyle = QStringLiteral("data_driven");
    mentee.communication = QStringLiteral("live");
    mentee.languages = {QStringLiteral("de")};
    mentee.painPoints = {QStringLiteral("pricing")};
    return mentee;
}

inline MentorProfile agreeableMentor(const QString& externalId = QStringLiteral("M-001"))
{
    MentorProfile mentor;
    mentor.mentorId = 1;
    mentor.externalId = externalId;
    mentor.name = QStringLiteral("Mentor %1").arg(externalId);
    mentor.categories = {QStringLiteral("Toys")};
    mentor.industries = {QStringLiteral("Toys")};
    mentor.channels = {QStringLiteral("social")};
    mentor.maxSalesVelocity = 100;
    mentor.maxInventoryComplexity = 5;
    mentor.bestGrowth = 40;
    mentor.timeZone = QStringLiteral("Europe/Berlin");
    mentor.weeklyHours = 4;
    mentor.coachingStyle = QStringLiteral("data_driven");
    mentor.communication = QStringLiteral("live");
    mentor.languages = {QStringLiteral("de"), QStringLiteral("en")};
    mentor.skillLevels[static_cast<std::size_t>(Skill::Pricing)] = 5;
    mentor.freeCapacity = 3;
    return mentor;
}

inline MatchProblem problemOf(std::vector<MenteeProfile> mentees, std::vector<MentorProfile> mentors)
{
    MatchProblem problem;
    problem.mentees = std::move(mentees);
    problem.mentors = std::move(mentors);
    problem.referenceDate = QDate(2026, 1, 15);
    return problem;
}

} // namespace mentordesk::matching::testing
