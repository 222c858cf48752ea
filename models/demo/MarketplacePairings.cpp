// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarketplaceFormat.h"
#include "MarketplaceLoader.h"
#include "StreamRandom.h"

#include <algorithm>
#include <cstdio>

namespace mentordesk::demo {

bool MarketplaceLoader::writeCohorts()
{
    SqliteStatement cohorts, runs, roundtables;
    if (!prepare(&cohorts, "INSERT INTO cohorts(id, name, start_date, end_date, focus_category, roundtable_day, "
                           "created_utc, updated_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)") ||
        !prepare(&runs, "INSERT INTO match_runs(id, started_utc, finished_utc, cohort_id, status, statistics, "
                        "created_by) VALUES (?1, ?2, ?3, ?1, 'accepted', ?4, 'generator')") ||
        !prepare(&roundtables, "INSERT INTO touchpoints(cohort_id, kind, status, scheduled_utc, duration_minutes, "
                               "notes, uid) VALUES (?1, 'roundtable', ?2, ?3, ?4, '', ?5)"))
        return false;
    char name[32], start[10], end[10], created[20], started[20], finished[20], scheduled[20], statistics[64];
    // UIDs are written here (not left to the schema's trigger, an UPDATE per row): faster, and
    // the same seed gives the same file.
    char uid[33];
    const qint64 cohortCount = qint64(m_cohortStart.size());
    for (qint64 c = 0; c < cohortCount; ++c) {
        const qint64 first = m_cohortStart[c];
        int year, month, day;
        civil(first, &year, &month, &day);
        const int nameLength = std::snprintf(name, sizeof name, "Cohort %04d-%02d", year, month);
        formatDate(first, start);
        formatDate(first + 181, end);
        formatStamp(first - 30, 10 * 3600, created);
        cohorts.integer(1, c + 1);
        cohorts.text(2, name, nameLength);
        cohorts.text(3, start, 10);
        cohorts.text(4, end, 10);
        cohorts.text(5, kMarketCategories[std::size_t(c) % kMarketCategories.size()]);
        cohorts.integer(6, 10 + c % 10);
        cohorts.text(7, created, 20);
        if (!cohorts.run() || !advance(1))
            return fail();

        formatStamp(first - 3, 10 * 3600, started);
        formatStamp(first - 3, 10 * 3600 + 7 + int(c % 50), finished);
        const int statisticsLength =
            std::snprintf(statistics, sizeof statistics, "{\"assigned\":%lld,\"mentees\":%lld}", m_cohortPairings[c],
                          m_cohortPairings[c]);
        runs.integer(1, c + 1);
        runs.text(2, started, 20);
        runs.text(3, finished, 20);
        runs.text(4, statistics, statisticsLength);
        if (!runs.run() || !advance(1))
            return fail();

        // This cohort's share of the cohort touchpoints, spread evenly over its 26 weeks.
        const qint64 count = m_cohortTouchpoints * (c + 1) / cohortCount - m_cohortTouchpoints * c / cohortCount;
        StreamRandom uids(m_options.seed, RoundtableUidStream, quint64(c));
        for (qint64 j = 0; j < count; ++j) {
            const qint64 when = first + 10 + 182 * j / count;
            const bool past = when < m_today;
            const bool cancelled = past && (c + j) % 11 == 0;
            formatStamp(when, 16 * 3600, scheduled);
            roundtables.integer(1, c + 1);
            roundtables.text(2, !past ? "planned" : cancelled ? "cancelled" : "done");
            roundtables.text(3, scheduled, 20);
            if (cancelled)
                roundtables.null(4);
            else
                roundtables.integer(4, 60);
            uids.hex128(uid);
            roundtables.text(5, uid, 32);
            if (!roundtables.run() || !advance(1))
                return fail();
        }
    }
    return true;
}

bool MarketplaceLoader::writePairings()
{
    SqliteStatement pairings, touchpoints;
    if (!prepare(&pairings, "INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, trial_end_date, "
                            "ended_on, end_reason, score, match_run_id, created_utc, updated_utc) VALUES (?1, ?2, ?3, "
                            "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)") ||
        !prepare(&touchpoints, "INSERT INTO touchpoints(pairing_id, kind, status, scheduled_utc, duration_minutes, "
                               "notes, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"))
        return false;
    const qint64 slotCount = m_slotStart.back();
    const qint64 budget = m_options.touchpoints - m_cohortTouchpoints;
    qint64 id = 0;
    qint64 weeks = 0;
    char started[10], trialEnd[10], ended[10], created[20], updated[20], scheduled[20], uid[33];
    for (qint64 round = 0; round < m_rounds; ++round) {
        for (qint64 slot = 0; slot < slotCount; ++slot) {
            const PlannedPairing p = pairing(slot, round);
            if (!p.exists)
                continue;
            ++id;
            const int cohort = std::max(0, cohortOf(p.start));
            formatDate(p.start, started);
            formatDate(p.start + kTrialDays, trialEnd);
            formatDate(p.end, ended);
            formatStamp(m_cohortStart[std::size_t(cohort)] - 3, 10 * 3600 + 60 + int(id % 3000), created);
            const qint64 changed = !p.open ? p.end : m_today < p.start + kTrialDays ? 0 : p.start + kTrialDays;
            if (changed)
                formatStamp(std::min(m_today - 1, changed), 9 * 3600 + int(id % 3600), updated);
            pairings.integer(1, id);
            pairings.integer(2, p.mentor + 1);
            pairings.integer(3, p.mentee + 1);
            pairings.text(4, !p.open ? "ended" : changed ? "active" : "trial");
            pairings.text(5, started, 10);
            pairings.text(6, trialEnd, 10);
            if (p.open) {
                pairings.null(7);
                pairings.null(8);
            } else {
                pairings.text(7, ended, 10);
                pairings.text(8, kEndReasonCodes[p.reason]);
            }
            pairings.real(9, double(qRound(p.score * 1000)) / 1000);
            pairings.integer(10, cohort + 1);
            pairings.text(11, created, 20);
            pairings.text(12, changed ? updated : created, 20);
            if (!pairings.run() || !advance(1))
                return fail();

            // This pairing's share of the touchpoints, in proportion to its weeks, so the total is exact.
            const qint64 before = budget * weeks / m_pairingWeeks;
            weeks += weeksOf(p);
            const qint64 count = budget * weeks / m_pairingWeeks - before;
            const qint64 span = std::max<qint64>(1, (p.open ? m_today + kPlanningDays : p.end) - p.start);
            StreamRandom draw(m_options.seed, TouchpointStream, quint64(id));
            StreamRandom uids(m_options.seed, TouchpointUidStream, quint64(id));
            for (qint64 j = 0; j < count; ++j) {
                const qint64 day = p.start + span * j / count;
                const double kind = j == 0 ? 0 : draw.unit();
                const double outcome = draw.unit();
                const bool call = kind < 0.5;
                const bool review = kind >= 0.9;
                const char* status = day >= m_today   ? "planned"
                                     : outcome < 0.85 ? "done"
                                     : outcome < 0.93 ? "missed"
                                                      : "cancelled";
                formatStamp(day, int(7 * 3600 + 900 * draw.between(0, 44)), scheduled);
                touchpoints.integer(1, id);
                touchpoints.text(2, call ? "live_call" : review ? "checklist_review" : "async");
                touchpoints.text(3, status);
                touchpoints.text(4, scheduled, 20);
                if (status[0] == 'm' || status[0] == 'c')
                    touchpoints.null(5);
                else
                    touchpoints.integer(5, call ? 30 + 15 * draw.between(0, 2) : review ? 30 : draw.between(10, 25));
                touchpoints.text(6, call && status[0] == 'd' && outcome < 0.12 ? draw.pick(kMarketCallNotes) : "");
                uids.hex128(uid);
                touchpoints.text(7, uid, 32);
                if (!touchpoints.run() || !advance(1))
                    return fail();
            }
        }
    }
    return true;
}

} // namespace mentordesk::demo
