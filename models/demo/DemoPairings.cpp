// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoBuilder.h"
#include "DemoHelpers.h"
#include "DemoVocabulary.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>
#include <vector>

namespace mentordesk::demo {

namespace {

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

double matchScore(const Seller& seller, const Mentor& mentor)
{
    const bool category =
        std::find(mentor.categories.begin(), mentor.categories.end(), seller.category) != mentor.categories.end();
    double skills = 0;
    int painCount = 0;
    for (int p = 0; p < int(kPainPointCodes.size()); ++p) {
        if (seller.painPoints & (1 << p)) {
            skills += mentor.skillLevels[kSkillForPainPoint[p]] / 5.0;
            ++painCount;
        }
    }
    const double hours = std::abs(kZones[seller.zone].utcOffsetMinutes - kZones[mentor.zone].utcOffsetMinutes) / 60.0;
    return 0.35 * (category ? 1 : 0) + 0.25 * (painCount ? skills / painCount : 0.5) +
           0.15 * std::max(0.0, 1 - hours / 10) + 0.15 * (seller.dataDriven == mentor.dataDriven ? 1 : 0) +
           0.10 * (seller.live == mentor.live ? 1 : 0);
}

} // namespace

int DemoBuilder::chooseMentor(int sellerIndex, const QDate& from, const QDate& until, const std::vector<int>& previous,
                              double* score)
{
    const Seller& seller = m_sellers[sellerIndex];
    int best = -1;
    double bestRank = -1;
    for (int m = 0; m < int(m_mentors.size()); ++m) {
        const Mentor& mentor = m_mentors[m];
        if (mentor.created > from || (mentor.inactiveFrom.isValid() && mentor.inactiveFrom <= from.addDays(14)) ||
            mentor.conflictCategory == seller.category ||
            std::count(mentor.conflictSellers.begin(), mentor.conflictSellers.end(), sellerIndex) ||
            std::count(previous.begin(), previous.end(), m))
            continue;
        // Capacity holds at every moment of the planned pairing, not only at its start.
        int busiest = 0;
        for (const auto& point : mentor.load) {
            const QDate at = std::max(point.first, from);
            if (at >= until)
                continue;
            busiest =
                std::max(busiest, int(std::count_if(mentor.load.begin(), mentor.load.end(), [&](const auto& other) {
                             return other.first <= at && at < other.second;
                         })));
        }
        if (busiest >= mentor.capacity)
            continue;
        const double fit = matchScore(seller, mentor);
        const double rank = fit + m_random.real(0.0, 0.08);
        if (rank > bestRank) {
            best = m;
            bestRank = rank;
            *score = fit;
        }
    }
    return best;
}

int DemoBuilder::addRun(const QDate& day, int cohort, const char* status)
{
    MatchRun run;
    run.day = day;
    run.second = m_random.between(9 * 3600, 17 * 3600);
    run.cohort = cohort;
    run.status = status;
    run.createdBy = m_random.pick(kCoordinators);
    run.order = int(m_runs.size());
    m_runs.push_back(run);
    return run.order;
}

void DemoBuilder::matchMentees()
{
    for (int c = 0; c < kCohortCount; ++c) {
        if (c % 2 == 1)
            addRun(m_cohorts[c].start.addDays(-4), c, "discarded");
        const int run = addRun(m_cohorts[c].start.addDays(-3), c, "accepted");
        std::vector<int> members;
        for (int s = 0; s < int(m_sellers.size()); ++s) {
            if (m_sellers[s].cohort == c)
                members.push_back(s);
        }
        m_random.shuffle(members);
        for (int s : members)
            followMentee(s, c, run);
    }
    addRun(m_today.addDays(-1), -1, "proposed");

    for (Seller& seller : m_sellers) {
        if (seller.role == Role::AwaitingMatch)
            seller.status = "enrolled";
    }
    std::stable_sort(m_pairings.begin(), m_pairings.end(), [](const Pairing& a, const Pairing& b) {
        return a.start < b.start || (a.start == b.start && a.order < b.order);
    });
    describeRuns();
}

// One mentee's way through the cohort: pairings until completion, withdrawal or today, with a
// re-match after a mismatch or a mentor who stepped down.
void DemoBuilder::followMentee(int sellerIndex, int cohortIndex, int run)
{
    Seller& seller = m_sellers[sellerIndex];
    const Cohort& cohort = m_cohorts[cohortIndex];
    const bool cohortEnded = cohort.end < m_today;
    if (m_random.chance((cohortEnded ? 0.36 : 0.2) * (1.15 - seller.engagement))) {
        const QDate day = cohort.start.addDays(m_random.between(21, kCohortDays - 20));
        if (day < m_today)
            seller.withdrawal = day;
    }
    seller.status = seller.withdrawal.isValid() ? "withdrawn" : cohortEnded ? "graduated" : "enrolled";

    std::vector<int> previous;
    qint64 longest = -1;
    QDate start = cohort.start.addDays(m_random.between(0, 4));
    for (bool first = true;; first = false) {
        QDate plannedEnd = cohortEnded ? cohort.end : m_farFuture;
        if (seller.withdrawal.isValid())
            plannedEnd = std::min(plannedEnd, seller.withdrawal);
        double score = 0;
        const int mentorIndex = chooseMentor(sellerIndex, start, plannedEnd, previous, &score);
        if (mentorIndex < 0)
            return;
        if (run < 0)
            run = addRun(start.addDays(-1), cohortIndex, "accepted"); // a re-match of this one mentee
        Mentor& mentor = m_mentors[mentorIndex];
        previous.push_back(mentorIndex);

        QDate end = cohortEnded ? cohort.end : QDate();
        const char* reason = "completed";
        auto endsOn = [&](const QDate& day, const char* why) {
            if (day.isValid() && day < m_today && (!end.isValid() || day < end)) {
                end = day;
                reason = why;
            }
        };
        endsOn(seller.withdrawal, "mentee_withdrew");
        if (m_random.chance(first ? 0.12 : 0.04)) {
            const QDate day = start.addDays(m_random.between(12, 45));
            endsOn(day, m_random.chance(0.8) ? "mismatch" : "rematched");
        }
        if (m_random.chance(0.02))
            endsOn(start.addDays(m_random.between(20, 90)), "other");
        if (mentor.inactiveFrom.isValid())
            endsOn(mentor.inactiveFrom, "mentor_unavailable");

        Pairing pairing{mentorIndex, sellerIndex, run, int(m_pairings.size()), start, end, "trial", nullptr, 0, {}};
        pairing.score = rounded(score, 1000);
        const QDate trialEnd = start.addDays(kTrialDays);
        if (end.isValid()) {
            pairing.status = "ended";
            pairing.endReason = reason;
            pairing.updated = end;
        } else if (m_today <= trialEnd || (m_today <= trialEnd.addDays(21) && m_random.chance(0.1)) ||
                   (m_today <= trialEnd.addDays(45) && pairing.order % 2 == 0)) {
            // Some trials past their end are still undecided (the attention list's
            // trial_decision_overdue); every second one of the last six weeks by position, so that
            // there are some whatever the random draws.
            pairing.updated = m_runs[run].day; // a trial nobody has confirmed yet stays a trial
        } else {
            pairing.status = "active";
            pairing.updated = std::min(m_yesterday, trialEnd.addDays(m_random.between(0, 3)));
        }
        m_pairings.push_back(pairing);
        mentor.load.emplace_back(start, end.isValid() ? end : m_farFuture);

        const qint64 length = start.daysTo(end.isValid() ? end : m_today);
        if (length > longest) { // the main pairing decides the effect and when it starts to fade
            longest = length;
            seller.effectStrength =
                MentoringEffect::strengthOf(seller.engagement, mentor.quality, seller.dataDriven == mentor.dataDriven);
            seller.effectStop = end;
        }
        if (!seller.effectStart.isValid())
            seller.effectStart = start;

        if (!end.isValid() || is(reason, "completed") || is(reason, "mentee_withdrew"))
            return;
        start = end.addDays(m_random.between(3, 9));
        if (start > m_today || (cohortEnded && start >= cohort.end.addDays(-14)) ||
            (seller.withdrawal.isValid() && start >= seller.withdrawal))
            return;
        run = -1;
    }
}

void DemoBuilder::describeRuns()
{
    std::vector<int> order(m_runs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_runs[a].day < m_runs[b].day || (m_runs[a].day == m_runs[b].day && m_runs[a].second < m_runs[b].second);
    });
    std::vector<int> position(m_runs.size());
    std::vector<MatchRun> sorted;
    for (int k = 0; k < int(order.size()); ++k) {
        position[order[k]] = k;
        sorted.push_back(m_runs[order[k]]);
    }
    m_runs = std::move(sorted);
    for (Pairing& pairing : m_pairings)
        pairing.run = position[pairing.run];

    for (int r = 0; r < int(m_runs.size()); ++r) {
        MatchRun& run = m_runs[r];
        const bool discarded = is(run.status, "discarded");
        QJsonObject weights{{QStringLiteral("category"), discarded ? 0.5 : 0.35},
                            {QStringLiteral("skills"), discarded ? 0.2 : 0.25},
                            {QStringLiteral("time_zone"), discarded ? 0.1 : 0.15},
                            {QStringLiteral("style"), discarded ? 0.1 : 0.15},
                            {QStringLiteral("communication"), 0.1}};
        run.parameters = json({{QStringLiteral("weights"), weights},
                               {QStringLiteral("trial_days"), kTrialDays},
                               {QStringLiteral("respect_capacity"), true},
                               {QStringLiteral("respect_disclosures"), true}});
        int mentees = 0;
        double total = 0, lowest = 1;
        for (const Pairing& pairing : m_pairings) {
            if (pairing.run == r) {
                ++mentees;
                total += pairing.score;
                lowest = std::min(lowest, pairing.score);
            }
        }
        if (mentees == 0) { // proposals nobody accepted: the cohort's or today's waiting mentees
            mentees = run.cohort >= 0 ? kCohortSizes[run.cohort] : kAwaitingMatch;
            lowest = rounded(m_random.real(0.3, 0.45), 1000);
            total = mentees * rounded(m_random.real(0.6, 0.72), 1000);
        }
        const int available = int(std::count_if(m_mentors.begin(), m_mentors.end(), [&](const Mentor& mentor) {
            return mentor.created <= run.day && (!mentor.inactiveFrom.isValid() || mentor.inactiveFrom > run.day);
        }));
        run.statistics = json({{QStringLiteral("mentees"), mentees},
                               {QStringLiteral("mentors_available"), available},
                               {QStringLiteral("assigned"), mentees},
                               {QStringLiteral("unassigned"), 0},
                               {QStringLiteral("mean_score"), rounded(total / mentees, 1000)},
                               {QStringLiteral("min_score"), lowest},
                               {QStringLiteral("solver"), QStringLiteral("min_cost_flow")},
                               {QStringLiteral("solve_ms"), m_random.between(40, 40 + 6 * mentees)}});
    }
}

} // namespace mentordesk::demo
