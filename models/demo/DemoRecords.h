// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <array>
#include <utility>
#include <vector>

// The demo program's records as DemoBuilder plans them, before they are written: indexes point
// into DemoBuilder's vectors and become row ids only when written.
namespace mentordesk::demo {

enum class Role { Prospect, Mentee, AwaitingMatch, MentorSeller };

struct Snapshot {
    QDate date;
    int periodDays = 30;
    double revenue = 0;
    int orders = 0;
    int returned = 0;
    double listingQuality = 0;
    QVariant csat;
    double priceIndex = 1;
    double turnover = 0;
    QVariant repeatRate;
};

struct Seller {
    Role role = Role::Prospect;
    int cohort = -1;
    int category = 0;
    int zone = 0;
    QString externalId, firstName, shopName, contactName, email, phone;
    QDate signup, enrolment, firstSale, withdrawal, created, updated;
    int createdSecond = 0, updatedSecond = 0;
    const char* status = "prospect";
    const char* channel = "marketplace_app";
    bool highPotential = false, dataDriven = false, live = false, consent = false;
    double growthTarget = 0, weeklyHours = 0, salesVelocity = 0;
    int complexity = 1;
    int painPoints = 0;
    // The seller's business as the marketplace sees it, from which the snapshots are drawn.
    double orderValue = 0, matureOrders = 0, growth = 0, listingQuality = 0, listingDrift = 0, returnRate = 0;
    double csat = 0, priceIndex = 1, turnover = 0, repeatRate = 0, engagement = 0, effectStrength = 0;
    QDate effectStart; ///< the first pairing's start
    QDate effectStop;  ///< the end of the main (longest) pairing, however it ended; invalid while it runs
    std::vector<Snapshot> snapshots;
};

struct Mentor {
    int seller = -1;
    int zone = 0;
    QString name, email, phone;
    std::vector<int> categories;
    QString industries;
    bool dataDriven = false, live = false, active = true;
    double weeklyHours = 0, stipend = 0, quality = 1;
    int capacity = 3;
    const char* tier = "none";
    std::array<int, 7> skillLevels = {};
    QDate created, updated, inactiveFrom;
    int createdSecond = 0, updatedSecond = 0;
    std::vector<int> conflictSellers;
    int conflictCategory = -1;
    std::vector<std::pair<QDate, QDate>> load; // [start, end) of each pairing
};

struct Disclosure {
    int mentor;
    const char* kind;
    int seller;
    QString value;
    const char* note;
    QDate declared;
};

struct Cohort {
    QString name;
    QDate start, end;
    int focus = 0;
    int roundtableDay = 1;
    const char* notes = "";
};

struct MatchRun {
    QDate day;
    int second = 0;
    int cohort = -1;
    const char* status = "accepted";
    const char* createdBy = "";
    int order = 0;
    QString parameters, statistics;
};

struct Pairing {
    int mentor, mentee, run, order;
    QDate start, end;
    const char* status = "trial";
    const char* endReason = nullptr;
    double score = 0;
    QDate updated;
};

struct Touchpoint {
    int pairing = -1;
    int cohort = -1;
    const char* kind;
    const char* status;
    QDate day;
    int second; // UTC
    int duration;
    const char* notes;
    int series = -1;      ///< index into the demo's weekly series, -1 for a one-off touchpoint
    QDateTime recurrence; ///< an occurrence's start by its series' rule (UTC); moved ones differ
};

/// A weekly call from this week to the end of the planning horizon, anchored in the mentor's
/// zone as a coordinator would set it up: its occurrences keep their wall-clock time there.
struct TouchpointSeries {
    int pairing;
    int zone; ///< kZones index
    QDate firstDate;
    QTime time;
    QDate untilDate;
    bool moved; ///< its second occurrence was moved a day later (an exception of the series)
};

struct ChecklistItem {
    int pairing, templateItem;
    QDate due, done;
};

struct Feedback {
    int pairing;
    bool fromMentee;
    int rating;
    const char* comment;
    QDate given;
};

} // namespace mentordesk::demo
