// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoBuilder.h"
#include "DemoHelpers.h"
#include "DemoVocabulary.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace mentordesk::demo {

void DemoBuilder::createTouchpoints()
{
    for (int p = 0; p < int(m_pairings.size()); ++p) {
        const Pairing& pairing = m_pairings[p];
        const Seller& mentee = m_sellers[pairing.mentee];
        const int offset = kZones[mentee.zone].utcOffsetMinutes;
        const QDate stop = pairing.end.isValid() ? pairing.end : m_today.addDays(kPlanningDays);
        const int weekday = m_random.between(1, 5);
        const int minute = 30 * m_random.between(16, 36);
        const bool strained = is(pairing.endReason, "mismatch");
        const double doneShare = 0.7 + 0.25 * mentee.engagement - (strained ? 0.15 : 0);
        const double skipShare = 0.04 + 0.22 * (1 - mentee.engagement) + (strained ? 0.1 : 0);
        std::size_t nextReview = 0;
        // A third of the live open pairs have their calls from this week on as a weekly series
        // (chosen by position, so the random stream of the rest of the demo stays as it was).
        const bool weeklySeries = !pairing.end.isValid() && mentee.live && p % 3 == 0;
        QDate seriesStart;

        auto add = [&](const QDate& day, const char* kind, int plannedMinutes, bool first) {
            Touchpoint touchpoint{p,  -1, kind,       "planned", day, (minute - offset) * 60, plannedMinutes,
                                  "", -1, QDateTime()};
            normalise(&touchpoint.day, &touchpoint.second);
            if (day >= m_today || (day >= m_today.addDays(-3) && m_random.chance(0.3))) {
                touchpoint.notes = m_random.pick(kAgendaNotes);
            } else {
                const double r = m_random.unit();
                touchpoint.status = r < doneShare                            ? "done"
                                    : r < doneShare + 0.55 * (1 - doneShare) ? "missed"
                                                                             : "cancelled";
                if (!is(touchpoint.status, "done")) {
                    touchpoint.duration = -1;
                    touchpoint.notes =
                        is(touchpoint.status, "missed") ? m_random.pick(kMissedNotes) : m_random.pick(kCancelledNotes);
                } else {
                    touchpoint.duration = std::max(10, plannedMinutes + 5 * m_random.between(-2, 3));
                    if (first)
                        touchpoint.notes = "Kick-off: goals, weekly rhythm and checklist agreed.";
                    else if (is(kind, "checklist_review"))
                        touchpoint.notes = "Checklist reviewed; next items agreed.";
                    else if (m_random.chance(0.45))
                        touchpoint.notes =
                            is(kind, "live_call") ? m_random.pick(kCallNotes) : m_random.pick(kAsyncNotes);
                }
            }
            m_touchpoints.push_back(touchpoint);
        };

        for (int week = 0;; ++week) {
            const QDate weekStart = pairing.start.addDays(7 * week);
            const QDate day = week == 0 ? pairing.start : weekStart.addDays((weekday - weekStart.dayOfWeek() + 7) % 7);
            if (day >= stop)
                break;
            if (week > 0 && day < m_today && m_random.chance(skipShare))
                continue;
            const bool call = mentee.live ? m_random.chance(0.75) : m_random.chance(0.3);
            if (nextReview < kChecklistDays.size() && pairing.start.daysTo(day) >= kChecklistDays[nextReview] - 3) {
                ++nextReview;
                add(day, "checklist_review", 30, false);
            } else if (weeklySeries && day >= m_today) {
                if (!seriesStart.isValid())
                    seriesStart = day;
            } else {
                add(day, call ? "live_call" : "async", call ? 45 : 15, week == 0);
            }
            if (m_random.chance(0.22) && day.addDays(2) < stop)
                add(day.addDays(2), "async", 15, false);
        }
        if (seriesStart.isValid())
            createWeeklySeries(p, seriesStart, (minute - offset) * 60, stop);
    }
    for (int c = 0; c < kCohortCount; ++c) {
        const Cohort& cohort = m_cohorts[c];
        for (QDate month(cohort.start.year(), cohort.start.month(), 1); month <= cohort.end;
             month = month.addMonths(1)) {
            const QDate day(month.year(), month.month(), cohort.roundtableDay);
            if (day < cohort.start || day > cohort.end)
                continue;
            const char* theme = kRoundtableThemes[std::size_t(day.month() - 1) % kRoundtableThemes.size()];
            Touchpoint roundtable{-1, c, "roundtable", "planned", day, 16 * 3600, 60, theme, -1, QDateTime()};
            if (day < m_today) {
                roundtable.status = m_random.chance(0.9) ? "done" : "cancelled";
                roundtable.duration = is(roundtable.status, "done") ? m_random.between(55, 90) : -1;
            }
            m_touchpoints.push_back(roundtable);
        }
    }
    std::stable_sort(m_touchpoints.begin(), m_touchpoints.end(), [](const Touchpoint& a, const Touchpoint& b) {
        return a.day < b.day || (a.day == b.day && a.second < b.second);
    });
}

void DemoBuilder::createWeeklySeries(int p, const QDate& firstDay, int utcSecond, const QDate& stop)
{
    const int zone = m_mentors[m_pairings[p].mentor].zone;
    const QTimeZone mentorZone(kZones[zone].name);
    QDate day = firstDay;
    int second = utcSecond;
    normalise(&day, &second);
    const QDateTime first = QDateTime(day, QTime(0, 0), QTimeZone::utc()).addSecs(second).toTimeZone(mentorZone);
    const int series = int(m_series.size());
    const bool moved = series % 4 == 1;
    QDate lastDate;
    for (int week = 0;; ++week) {
        const QDateTime start = QDateTime(first.date().addDays(7 * week), first.time(), mentorZone).toUTC();
        if (start.date() >= stop)
            break;
        const QDateTime scheduled = moved && week == 1 ? start.addDays(1) : start;
        Touchpoint occurrence{p,
                              -1,
                              "live_call",
                              "planned",
                              scheduled.date(),
                              scheduled.time().msecsSinceStartOfDay() / 1000,
                              45,
                              week == 0 ? m_random.pick(kAgendaNotes) : "",
                              series,
                              start};
        m_touchpoints.push_back(occurrence);
        lastDate = first.date().addDays(7 * week);
    }
    if (lastDate.isValid())
        m_series.push_back(
            {p, zone, first.date(), first.time(), lastDate, moved && lastDate >= first.date().addDays(7)});
}

void DemoBuilder::createChecklistsAndFeedback()
{
    for (int p = 0; p < int(m_pairings.size()); ++p) {
        const Pairing& pairing = m_pairings[p];
        const Seller& mentee = m_sellers[pairing.mentee];
        const bool strained = is(pairing.endReason, "mismatch");
        const QDate last = pairing.end.isValid() ? pairing.end : m_today;
        for (int item = 0; item < int(kTemplateItems.size()); ++item) {
            ChecklistItem checklistItem{p, item, pairing.start.addDays(kTemplateItems[item].days), QDate()};
            if (m_random.chance((0.45 + 0.5 * mentee.engagement) * (strained ? 0.5 : 1))) {
                const QDate done = checklistItem.due.addDays(m_random.between(-15, 6));
                if (done > pairing.start && done <= last && done <= m_today)
                    checklistItem.done = done;
            }
            m_checklistItems.push_back(checklistItem);
        }

        const double fit = (0.35 * pairing.score + 0.4 * (m_mentors[pairing.mentor].quality - 0.75) / 0.45 +
                            0.25 * mentee.engagement) *
                           (strained ? 0.45 : 1.0);
        auto give = [&](const QDate& day, bool fromMentee) {
            if (day > m_today)
                return;
            const double level = fromMentee ? 1.4 + 3.6 * fit : 1.5 + 3.4 * mentee.engagement;
            const int rating = std::clamp(int(std::round(level + 0.55 * m_random.normal())), 1, 5);
            const auto& comments = fromMentee ? kMenteeComments : kMentorComments;
            const char* comment = m_random.pick(comments[rating <= 2 ? 0 : rating == 3 ? 1 : 2]);
            m_feedback.push_back({p, fromMentee, rating, comment, day});
        };
        for (int checkpoint : {kTrialDays, 90}) {
            const QDate day = pairing.start.addDays(checkpoint + m_random.between(0, 5));
            if (day >= last)
                continue;
            if (m_random.chance(0.85))
                give(day, true);
            if (m_random.chance(0.75))
                give(day, false);
        }
        if (is(pairing.endReason, "completed")) {
            const QDate day = pairing.end.addDays(m_random.between(0, 6));
            if (m_random.chance(0.9))
                give(day, true);
            if (m_random.chance(0.8))
                give(day, false);
        } else if (strained || is(pairing.endReason, "rematched")) {
            give(pairing.end.addDays(m_random.between(0, 3)), true);
        }
    }
}

} // namespace mentordesk::demo
