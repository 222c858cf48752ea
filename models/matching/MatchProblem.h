// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchFactor.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace mentordesk::matching {

/// Daily working time in the person's own time zone, minutes after midnight (end > start; a
/// person who works past midnight is not represented). The schema's default is 09:00–18:00.
struct WorkingHours {
    int startMinute = 9 * 60;
    int endMinute = 18 * 60;
};

/// What the scorer knows of a mentee: the seller's own fields, with codes as stored
/// (channel "marketplace_app", pain points "slow_conversion", style "data_driven", ...).
struct MenteeProfile {
    qint64 sellerId = 0;
    QString externalId; ///< the seller ID of the marketplace, the mentee's name in every file
    QString shopName;
    QString category;
    QString channel;
    std::optional<double> growthTarget;     ///< yearly growth wanted, percent
    std::optional<double> salesVelocity;    ///< orders per week
    std::optional<int> inventoryComplexity; ///< 1–5
    QString timeZone; ///< IANA name as stored; an invalid one scores 0 on overlap, with the reason
    WorkingHours hours;
    std::optional<double> weeklyHours;
    QString coachingStyle;  ///< empty = no preference
    QString communication;  ///< empty = no preference
    QStringList languages;  ///< as stored (ISO 639-1 codes in the demo), compared case-insensitively
    QStringList brands;     ///< brands the seller sells, for brand disclosures
    QStringList painPoints; ///< codes
    /// The seller's latest metrics that point at weak areas (empty when the seller has none).
    std::optional<double> listingQuality;
    std::optional<double> returnRate;
    std::optional<double> csat;
    std::optional<double> priceCompetitiveness;
    bool highPotential = false;
    qint64 cohortId = 0; ///< 0 = in no cohort
    /// The mentor of the mentee's open pairing when re-matching, by index into
    /// MatchProblem::mentors; -1 = none (or that mentor is not part of the run).
    int currentMentor = -1;
};

/// A declared conflict of interest: the mentor may never be paired with that seller, a seller
/// selling that brand, or a seller of that category.
struct Disclosures {
    QSet<qint64> sellerIds;
    QStringList brands;
    QStringList categories;
};

/// What the scorer knows of a mentor.
struct MentorProfile {
    qint64 mentorId = 0;
    QString externalId; ///< unique mentor ID, the mentor's name in every file
    QString name;
    QStringList categories;
    QStringList industries;
    QStringList channels;                      ///< channel codes the mentor has sold through
    std::optional<double> maxSalesVelocity;    ///< the most orders per week they have handled
    std::optional<int> maxInventoryComplexity; ///< the most complex inventory they have run, 1–5
    std::optional<double> bestGrowth;          ///< their own best yearly growth, percent
    QString timeZone;
    WorkingHours hours;
    std::optional<double> weeklyHours;
    QString coachingStyle;
    QString communication;
    QStringList languages;
    std::array<int, kSkillCount> skillLevels{}; ///< 0 = does not have the skill, else 1–5
    Disclosures disclosures;
    /// Places left: capacity minus open pairings (never below 0).
    int freeCapacity = 0;
    /// Open pairings the mentor holds now, in all and per cohort id (for the rotation limits).
    int openPairings = 0;
    QHash<qint64, int> openPairingsByCohort;
};

/// Program-wide references for "weakest areas from the latest metrics": a mentee below the
/// program's median listing quality needs listing optimisation, and so on (docs/matching.md).
struct ProgramReference {
    std::optional<double> medianListingQuality;
    std::optional<double> medianReturnRate;
    std::optional<double> medianCsat;
    std::optional<double> medianPriceCompetitiveness;
};

/// One matching problem, as the repository loads it or a test builds it. Mentees and mentors are
/// sorted by external ID, so the same program gives the same indices and the same matching.
struct MatchProblem {
    std::vector<MenteeProfile> mentees;
    std::vector<MentorProfile> mentors;
    /// Related categories, both directions, folded to lower case: relatedCategories[a] holds b.
    QHash<QString, QSet<QString>> relatedCategories;
    ProgramReference reference;
    /// Pins (this pair must happen) and forbids (it must not), as (mentee, mentor) indices.
    std::vector<std::pair<int, int>> pins;
    std::vector<std::pair<int, int>> forbids;
    /// Open pairings of the whole program before the run (the share rotation limit).
    int programOpenPairings = 0;
    /// The day the time-zone overlap is computed for (daylight saving time moves it).
    QDate referenceDate;

    int menteeIndex(const QString& externalId) const; ///< -1 when absent
    int mentorIndex(const QString& externalId) const; ///< -1 when absent
};

} // namespace mentordesk::matching
