// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoRecords.h"
#include "DeterministicRandom.h"
#include "MentoringEffect.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <set>
#include <vector>

namespace mentordesk::demo {

// Five cohorts of 26 weeks: the first four about four months apart, the last about eleven weeks
// after the fourth, so up to two run at once; sixty mentors with a capacity of 2-6 carry that with
// room for re-matches.
inline constexpr quint32 kSeed = 0x4D444B31;
inline constexpr std::array<int, 5> kCohortSizes = {{60, 58, 58, 56, 52}};
inline constexpr int kCohortCount = int(kCohortSizes.size());
inline constexpr int kSellerCount = 900;
// Share of the prospects drawn like a mentee (its category, a sign-up within weeks of it), so that
// every mentee has comparison sellers in its strata.
inline constexpr double kProspectsLikeAMentee = 0.75;
// Most mentees joined the marketplace shortly before enrolling; about half of all mentees made
// their first sale before enrolment (ramp time leaves them out), the others had yet to.
inline constexpr double kNewcomerMentees = 0.75;
inline constexpr int kMentorCount = 60;
inline constexpr int kLateMentors = 12;
inline constexpr int kMentorSellers = 12;
inline constexpr int kAwaitingMatch = 30;
inline constexpr int kCohortDays = 182;
// Eighteen months of snapshots: the first cohorts ended long enough ago to show how the effect of
// mentoring fades afterwards.
inline constexpr int kSnapshotCount = 18;
inline constexpr std::array<int, 3> kChecklistDays = {{30, 60, 90}};

/// Plans the whole demo program in memory, then writes it in one go. The parts live in files by
/// what they plan: DemoSellers, DemoMentors, DemoPairings, DemoMetrics, DemoActivity, DemoWriter.
/// Every part draws from the one random sequence, so the order of the steps in build() and of the
/// draws inside them is part of the demo's content.
class DemoBuilder {
public:
    explicit DemoBuilder(const QDate& today)
        : m_today(today)
        , m_yesterday(today.addDays(-1))
        , m_farFuture(today.addYears(100))
        , m_random(kSeed)
    {
    }
    void build();
    bool write(QSqlDatabase& db, QString* error) const;
    bool writeSeries(QSqlDatabase& db, QString* error) const;

private:
    void planCalendar();
    void createSellers();
    void placeInTime(Seller& seller, bool newcomer, const QDate& signupNear);
    void describeBusiness(Seller& seller);
    void createMentors();
    void createDisclosures();
    void matchMentees();
    void followMentee(int seller, int cohort, int run);
    int chooseMentor(int seller, const QDate& from, const QDate& until, const std::vector<int>& previous,
                     double* score);
    int addRun(const QDate& day, int cohort, const char* status);
    void describeRuns();
    void finishSellers();
    void drawSnapshots(Seller& seller);
    void createTouchpoints();
    void createWeeklySeries(int pairing, const QDate& firstDay, int utcSecond, const QDate& stop);
    void createChecklistsAndFeedback();
    // DemoMatching.cpp: what matching reads, written after the rest from a sequence of its own.
    bool writeMatchingProfiles(QSqlDatabase& db, QString* error) const;
    bool scorePairings(QSqlDatabase& db, QString* error) const;
    bool writeMentorProfiles(QSqlDatabase& db, DeterministicRandom& random, QString* error) const;

    int workSecond() { return m_random.between(7 * 3600, 19 * 3600); }
    int laterSecond(const QDate& created, int createdSecond, const QDate& updated)
    {
        return updated == created ? createdSecond + m_random.between(60, 3600) : workSecond();
    }
    QDate snapshotOnOrBefore(const QDate& day) const;
    static MentoringEffect effectOf(const Seller& seller);
    QString uniqueEmail(const QString& local, const QString& domain);
    void giveIdentity(Seller& seller);
    QString phoneNumber(int zone);
    // Weighted by each category's and each country's share of the marketplace's sellers.
    int pickCategory();
    int pickZone();

    const QDate m_today;
    const QDate m_yesterday; // the latest edit: anything later could lie in the future of the clock
    const QDate m_farFuture;
    DeterministicRandom m_random;
    std::vector<QDate> m_snapshotDates;
    std::vector<Cohort> m_cohorts;
    std::vector<Seller> m_sellers;
    std::vector<Mentor> m_mentors;
    std::vector<Disclosure> m_disclosures;
    std::vector<MatchRun> m_runs;
    std::vector<Pairing> m_pairings;
    std::vector<Touchpoint> m_touchpoints;
    std::vector<TouchpointSeries> m_series;
    std::vector<ChecklistItem> m_checklistItems;
    std::vector<Feedback> m_feedback;
    std::set<QString> m_usedEmails, m_usedShopNames;
};

} // namespace mentordesk::demo
