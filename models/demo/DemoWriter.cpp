// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoBuilder.h"
#include "DemoHelpers.h"
#include "DemoResources.h"
#include "DemoVocabulary.h"
#include "domain/UtcText.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <initializer_list>

namespace mentordesk::demo {

namespace {

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString timestamp(QDate day, int second)
{
    normalise(&day, &second);
    return day.toString(Qt::ISODate) +
           QString::asprintf("T%02d:%02d:%02dZ", second / 3600, second / 60 % 60, second % 60);
}

/// The demo's touchpoint UIDs are derived from their position, not drawn at random (as the
/// schema would), so the same demo program is written byte for byte every time.
QString touchpointUid(int position)
{
    const QByteArray key = "mentordesk-demo-touchpoint-" + QByteArray::number(position);
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Md5).toHex());
}

/// Series UIDs, derived like the touchpoints' (see touchpointUid).
QString seriesUid(int position)
{
    const QByteArray key = "mentordesk-demo-series-" + QByteArray::number(position);
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Md5).toHex());
}

// Binds values by position and reports the first failure in words.
class Statement {
public:
    Statement(QSqlDatabase& db, const char* sql, QString* error)
        : m_query(db)
        , m_error(error)
    {
        m_prepared = m_query.prepare(QLatin1String(sql));
    }
    bool run(std::initializer_list<QVariant> values)
    {
        int position = 0;
        for (const QVariant& value : values)
            m_query.bindValue(position++, value);
        if (m_prepared && m_query.exec())
            return true;
        *m_error = m_query.lastError().text();
        return false;
    }

private:
    QSqlQuery m_query;
    QString* m_error;
    bool m_prepared = false;
};

} // namespace

/// The weekly series (schema version 6): the rule in the mentor's zone, and the moved
/// occurrence of those that have one as the series' exception.
bool DemoBuilder::writeSeries(QSqlDatabase& db, QString* error) const
{
    static const char* const kDays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    Statement series(db,
                     "INSERT INTO touchpoint_series(id, uid, pairing_id, kind, rrule, time_zone, first_start_local, "
                     "until_date, duration_minutes, created_utc, updated_utc) "
                     "VALUES (?, ?, ?, 'live_call', ?, ?, ?, ?, 45, ?, ?)",
                     error);
    Statement exception(db,
                        "INSERT INTO touchpoint_series_exceptions(series_id, recurrence_utc, kind) "
                        "VALUES (?, ?, 'moved')",
                        error);
    for (int s = 0; s < int(m_series.size()); ++s) {
        const TouchpointSeries& weekly = m_series[s];
        const QString created = timestamp(m_yesterday, 9 * 3600 + 60 * s);
        if (!series.run(
                {s + 1, seriesUid(s), weekly.pairing + 1,
                 QStringLiteral("FREQ=WEEKLY;BYDAY=%1").arg(QLatin1String(kDays[weekly.firstDate.dayOfWeek() - 1])),
                 QString::fromLatin1(kZones[weekly.zone].name),
                 QDateTime(weekly.firstDate, weekly.time).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")),
                 weekly.untilDate.toString(Qt::ISODate), created, created}))
            return false;
        if (!weekly.moved)
            continue;
        const QTimeZone zone(kZones[weekly.zone].name);
        const QDateTime second(weekly.firstDate.addDays(7), weekly.time, zone);
        if (!exception.run({s + 1, utcText(second)}))
            return false;
    }
    return true;
}

bool DemoBuilder::write(QSqlDatabase& db, QString* error) const
{
    Statement info(db, "INSERT INTO program_info(key, value) VALUES (?, ?)", error);
    if (!info.run({QStringLiteral("name"), QStringLiteral("Demo program — Handmade & Home Marketplace")}) ||
        !info.run({QStringLiteral("demo"), QStringLiteral("1")}))
        return false;

    Statement sellers(
        db,
        "INSERT INTO sellers(id, external_id, shop_name, contact_name, email, phone, signup_date, "
        "enrolment_date, first_sale_date, category, channel, country, time_zone, status, tier, "
        "growth_target, sales_velocity, inventory_complexity, weekly_hours, coaching_style, communication, "
        "pain_points, consent_anonymised, created_utc, updated_utc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        error);
    for (int s = 0; s < int(m_sellers.size()); ++s) {
        const Seller& seller = m_sellers[s];
        QStringList pains;
        for (int p = 0; p < int(kPainPointCodes.size()); ++p) {
            if (seller.painPoints & (1 << p))
                pains << text(kPainPointCodes[p]);
        }
        const Zone& zone = kZones[seller.zone];
        if (!sellers.run({s + 1,
                          seller.externalId,
                          seller.shopName,
                          seller.contactName,
                          seller.email,
                          seller.phone,
                          dateValue(seller.signup),
                          dateValue(seller.enrolment),
                          dateValue(seller.firstSale),
                          text(kCategories[seller.category].name),
                          text(seller.channel),
                          text(kCountries[zone.country].name),
                          text(zone.name),
                          text(seller.status),
                          seller.highPotential ? QStringLiteral("high_potential") : QStringLiteral("standard"),
                          seller.growthTarget,
                          seller.salesVelocity,
                          seller.complexity,
                          seller.weeklyHours,
                          seller.dataDriven ? QStringLiteral("data_driven") : QStringLiteral("intuitive"),
                          seller.live ? QStringLiteral("live") : QStringLiteral("async"),
                          pains.isEmpty() ? text("") : pains.join(QLatin1Char(',')),
                          seller.consent ? 1 : 0,
                          timestamp(seller.created, seller.createdSecond),
                          timestamp(seller.updated, seller.updatedSecond)}))
            return false;
    }

    Statement mentors(db,
                      "INSERT INTO mentors(id, seller_id, name, email, phone, categories, industries, coaching_style, "
                      "communication, country, time_zone, weekly_hours, capacity, recognition_tier, stipend_rate, "
                      "active, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      error);
    Statement skills(db, "INSERT INTO mentor_skills(mentor_id, skill, level) VALUES (?, ?, ?)", error);
    for (int m = 0; m < int(m_mentors.size()); ++m) {
        const Mentor& mentor = m_mentors[m];
        QStringList categories;
        for (int category : mentor.categories)
            categories << text(kCategories[category].name);
        const Zone& zone = kZones[mentor.zone];
        if (!mentors.run({m + 1, mentor.seller >= 0 ? QVariant(mentor.seller + 1) : QVariant(), mentor.name,
                          mentor.email, mentor.phone, categories.join(QLatin1String(", ")), mentor.industries,
                          mentor.dataDriven ? QStringLiteral("data_driven") : QStringLiteral("intuitive"),
                          mentor.live ? QStringLiteral("live") : QStringLiteral("async"),
                          text(kCountries[zone.country].name), text(zone.name), mentor.weeklyHours, mentor.capacity,
                          text(mentor.tier), mentor.stipend, mentor.active ? 1 : 0,
                          timestamp(mentor.created, mentor.createdSecond),
                          timestamp(mentor.updated, mentor.updatedSecond)}))
            return false;
        for (int skill = 0; skill < int(kSkillCodes.size()); ++skill) {
            if (mentor.skillLevels[skill] > 0 &&
                !skills.run({m + 1, text(kSkillCodes[skill]), mentor.skillLevels[skill]}))
                return false;
        }
    }

    Statement disclosures(db,
                          "INSERT INTO mentor_disclosures(mentor_id, kind, seller_id, value, note, declared_on) "
                          "VALUES (?, ?, ?, ?, ?, ?)",
                          error);
    for (const Disclosure& disclosure : m_disclosures) {
        if (!disclosures.run({disclosure.mentor + 1, text(disclosure.kind),
                              disclosure.seller >= 0 ? QVariant(disclosure.seller + 1) : QVariant(), disclosure.value,
                              text(disclosure.note), dateValue(disclosure.declared)}))
            return false;
    }

    Statement cohorts(db,
                      "INSERT INTO cohorts(id, name, start_date, end_date, focus_category, roundtable_day, notes, "
                      "created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      error);
    for (int c = 0; c < kCohortCount; ++c) {
        const Cohort& cohort = m_cohorts[c];
        const QDate updated = std::min(m_yesterday, cohort.end < m_today ? cohort.end.addDays(1) : cohort.start);
        if (!cohorts.run({c + 1, cohort.name, dateValue(cohort.start), dateValue(cohort.end),
                          text(kCategories[cohort.focus].name), cohort.roundtableDay, text(cohort.notes),
                          timestamp(cohort.start.addDays(-30), 10 * 3600), timestamp(updated, 11 * 3600)}))
            return false;
    }
    Statement members(db, "INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES (?, ?, ?)", error);
    for (int s = 0; s < int(m_sellers.size()); ++s) {
        if (m_sellers[s].cohort >= 0 &&
            !members.run({s + 1, m_sellers[s].cohort + 1, dateValue(m_sellers[s].enrolment)}))
            return false;
    }

    Statement runs(db,
                   "INSERT INTO match_runs(id, started_utc, finished_utc, cohort_id, status, parameters, statistics, "
                   "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   error);
    for (int r = 0; r < int(m_runs.size()); ++r) {
        const MatchRun& run = m_runs[r];
        if (!runs.run({r + 1, timestamp(run.day, run.second), timestamp(run.day, run.second + 2 + r % 7),
                       run.cohort >= 0 ? QVariant(run.cohort + 1) : QVariant(), text(run.status), run.parameters,
                       run.statistics, text(run.createdBy)}))
            return false;
    }

    Statement pairings(db,
                       "INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, trial_end_date, ended_on, "
                       "end_reason, score, match_run_id, created_utc, updated_utc) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       error);
    for (int p = 0; p < int(m_pairings.size()); ++p) {
        const Pairing& pairing = m_pairings[p];
        const MatchRun& run = m_runs[pairing.run];
        const int created = run.second + 60 + p % 50;
        if (!pairings.run({p + 1, pairing.mentor + 1, pairing.mentee + 1, text(pairing.status),
                           dateValue(pairing.start), dateValue(pairing.start.addDays(kTrialDays)),
                           dateValue(pairing.end), pairing.endReason ? QVariant(text(pairing.endReason)) : QVariant(),
                           pairing.score, pairing.run + 1, timestamp(run.day, created),
                           timestamp(pairing.updated, pairing.updated == run.day ? created : 9 * 3600 + p % 3600)}))
            return false;
    }

    if (!writeSeries(db, error))
        return false;
    Statement touchpoints(db,
                          "INSERT INTO touchpoints(pairing_id, cohort_id, kind, status, scheduled_utc, "
                          "duration_minutes, notes, uid, series_id, recurrence_utc, done_utc) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          error);
    int position = 0;
    for (const Touchpoint& touchpoint : m_touchpoints) {
        // Marked done a few minutes after the call ended, as a coordinator logging it would.
        const bool done = is(touchpoint.status, "done");
        const QVariant doneUtc =
            done ? QVariant(timestamp(touchpoint.day, touchpoint.second + 60 * std::max(touchpoint.duration, 0) +
                                                          60 * (5 + position % 40)))
                 : QVariant();
        if (!touchpoints.run(
                {touchpoint.pairing >= 0 ? QVariant(touchpoint.pairing + 1) : QVariant(),
                 touchpoint.cohort >= 0 ? QVariant(touchpoint.cohort + 1) : QVariant(), text(touchpoint.kind),
                 text(touchpoint.status), timestamp(touchpoint.day, touchpoint.second),
                 touchpoint.duration >= 0 ? QVariant(touchpoint.duration) : QVariant(), text(touchpoint.notes),
                 touchpointUid(position++), touchpoint.series >= 0 ? QVariant(touchpoint.series + 1) : QVariant(),
                 touchpoint.series >= 0 ? QVariant(utcText(touchpoint.recurrence)) : QVariant(), doneUtc}))
            return false;
    }

    const QDate templateDay = m_cohorts.front().start.addDays(-40);
    // The demo's plan replaces the template every new program ships (schema version 7) and is
    // the default a new pairing gets.
    Statement shippedTemplates(db, "DELETE FROM checklist_templates", error);
    if (!shippedTemplates.run({}))
        return false;
    Statement checklistTemplate(
        db, "INSERT INTO checklist_templates(id, name, created_utc, is_default) VALUES (?, ?, ?, 1)", error);
    Statement templateItems(db,
                            "INSERT INTO checklist_template_items(id, template_id, day_offset, position, title) "
                            "VALUES (?, ?, ?, ?, ?)",
                            error);
    if (!checklistTemplate.run({1, QStringLiteral("Standard 30/60/90-day plan"), timestamp(templateDay, 10 * 3600)}))
        return false;
    for (int item = 0, position = 0; item < int(kTemplateItems.size()); ++item) {
        position = item > 0 && kTemplateItems[item - 1].days == kTemplateItems[item].days ? position + 1 : 1;
        if (!templateItems.run({item + 1, 1, kTemplateItems[item].days, position, text(kTemplateItems[item].title)}))
            return false;
    }
    // The library's few resources, some attached to the plan's items (schema version 7).
    if (!writeDemoResources(db, timestamp(templateDay, 11 * 3600), error))
        return false;
    Statement checklist(
        db,
        "INSERT INTO checklist_items(pairing_id, template_item_id, day_offset, title, due_date, done_on) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        error);
    for (const ChecklistItem& item : m_checklistItems) {
        const TemplateItem& templateItem = kTemplateItems[item.templateItem];
        if (!checklist.run({item.pairing + 1, item.templateItem + 1, templateItem.days, text(templateItem.title),
                            dateValue(item.due), dateValue(item.done)}))
            return false;
    }

    Statement feedback(
        db, "INSERT INTO feedback(pairing_id, direction, rating, comment, given_on) VALUES (?, ?, ?, ?, ?)", error);
    for (const Feedback& row : m_feedback) {
        if (!feedback.run({row.pairing + 1,
                           row.fromMentee ? QStringLiteral("mentee_to_mentor") : QStringLiteral("mentor_to_mentee"),
                           row.rating, text(row.comment), dateValue(row.given)}))
            return false;
    }

    // In date order per seller, so the trigger leaves each seller's latest metrics on the newest one.
    Statement snapshots(db,
                        "INSERT INTO seller_metric_snapshots(seller_id, snapshot_date, period_days, revenue, orders, "
                        "returned_orders, listing_quality, csat, price_competitiveness, inventory_turnover, "
                        "repeat_purchase_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        error);
    for (int s = 0; s < int(m_sellers.size()); ++s) {
        for (const Snapshot& snapshot : m_sellers[s].snapshots) {
            if (!snapshots.run({s + 1, dateValue(snapshot.date), snapshot.periodDays, snapshot.revenue, snapshot.orders,
                                snapshot.returned, snapshot.listingQuality, snapshot.csat, snapshot.priceIndex,
                                snapshot.turnover, snapshot.repeatRate}))
                return false;
        }
    }
    return writeMatchingProfiles(db, error);
}

} // namespace mentordesk::demo
