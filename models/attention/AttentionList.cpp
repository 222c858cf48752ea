// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttentionList.h"

#include "calendar/CalendarTime.h"
#include "LocalDateSql.h"

#include <QPair>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mentordesk {

namespace {

// The pairing and its people's ids, the first three columns of every statement. Their names and
// addresses are read afterwards, once per person (readPeople), and by the window only for the
// lines it shows: a seller row is wide and the sellers table at marketplace scale is hundreds of
// megabytes, so reading it for every line (a pairing is often on the list two or three times)
// was a third of the list's time.
const QString kPeople = QStringLiteral("p.id, p.mentor_id, p.mentee_id");
constexpr int kFirstOwnColumn = 3;

// The labels of the people on the list, their ids given as a JSON array in ascending order, so
// the seeks walk each table's B-tree in key order.
const QString kMentorsSql =
    QStringLiteral("SELECT m.id, m.external_id, m.name, m.email FROM json_each(?) j JOIN mentors m ON m.id = j.value");
const QString kMenteesSql =
    QStringLiteral("SELECT s.id, s.external_id, IFNULL(NULLIF(s.shop_name, ''), s.external_id) FROM json_each(?) j "
                   "JOIN sellers s ON s.id = j.value");

// overdue, feedback_missing and at_risk: one pass over the open pairings.
// - planned: touchpoints_planned (scheduled_utc) WHERE status = 'planned', a range seek to the
//   planned touchpoints before D, which are few among millions (the unary + keeps SQLite from
//   grouping along touchpoints_pairing instead, a scan of every touchpoint: 9.6 s against 0.1 s
//   at 10M touchpoints);
// - facts: the open pairings (pairings_open, covering, tens of thousands of entries); per
//   pairing one primary-key seek in pairing_activity (schema 8: the last done and the last two
//   logged touchpoints, kept by triggers) and one seek in feedback_pairing (pairing_id) for the
//   latest feedback each way (of two on one day, the better rating). pairing_activity holds the
//   pairing's latest touchpoints, so it answers for D only when none of them is after D — always
//   on today's list; for a pairing with a touchpoint logged after D (a list of an earlier day)
//   the facts come from walks backwards over touchpoints_pairing (pairing_id, scheduled_utc) from
//   the end of D, as before schema 8 (CASE evaluates the walk only for those pairings);
// MATERIALIZED keeps SQLite from flattening the CTE and running each subquery twice (once in the
// flags, once in the result).
const QString kPairingsSql = QStringLiteral(R"(
WITH args(as_of, day_start, next_day_start, window_start, began_by, feedback_by) AS (SELECT ?, ?, ?, ?, ?, ?),
planned AS MATERIALIZED (
    SELECT t.pairing_id, MIN(t.scheduled_utc) AS first_planned, t.id AS planned_id, COUNT(*) AS planned_count
    FROM touchpoints t
    WHERE t.status = 'planned' AND t.scheduled_utc < (SELECT day_start FROM args) AND +t.pairing_id IS NOT NULL
    GROUP BY +t.pairing_id),
facts AS MATERIALIZED (
    SELECT p.id, p.mentor_id, p.mentee_id, p.started_on,
           pa.last_logged_utc IS NULL OR pa.last_logged_utc < a.next_day_start AS kept_answers,
           CASE WHEN pa.last_logged_utc IS NULL THEN NULL
                WHEN pa.last_logged_utc < a.next_day_start
                THEN pa.last_logged_status || ' ' || pa.last_logged_utc
                     || IFNULL('|' || pa.previous_logged_status || ' ' || pa.previous_logged_utc, '')
                ELSE (SELECT group_concat(x.status || ' ' || x.scheduled_utc, '|')
                      FROM (SELECT t.status, t.scheduled_utc FROM touchpoints t
                            WHERE t.pairing_id = p.id AND t.status IN ('done', 'missed')
                              AND t.scheduled_utc < a.next_day_start
                            ORDER BY t.scheduled_utc DESC, t.id DESC LIMIT 2) x) END AS last_two,
           pa.last_done_utc AS kept_last_done,
           (SELECT IFNULL(MAX(CASE WHEN f.direction = 'mentee_to_mentor' THEN f.given_on || ' ' || f.rating END), '')
                   || '|' ||
                   IFNULL(MAX(CASE WHEN f.direction = 'mentor_to_mentee' THEN f.given_on || ' ' || f.rating END), '')
            FROM feedback f WHERE f.pairing_id = p.id AND f.given_on <= a.as_of) AS feedback,
           CASE WHEN p.trial_end_date <= a.feedback_by THEN date(p.trial_end_date, '+' ||
                (7 + 30 * CAST((julianday(a.as_of) - julianday(p.trial_end_date) - 7) / 30 AS INTEGER)) || ' days')
           END AS feedback_due
    FROM args a JOIN pairings p ON p.status <> 'ended' AND p.started_on <= a.as_of
         LEFT JOIN pairing_activity pa ON pa.pairing_id = p.id),
facts_split AS MATERIALIZED (
    SELECT f.*,
           CASE WHEN f.kept_answers THEN f.kept_last_done
                WHEN f.last_two LIKE 'done %' THEN substr(f.last_two, 6, 20)
                ELSE (SELECT t.scheduled_utc FROM touchpoints t
                      WHERE t.pairing_id = f.id AND t.status = 'done'
                        AND t.scheduled_utc < (SELECT next_day_start FROM args)
                      ORDER BY t.scheduled_utc DESC LIMIT 1) END AS last_done,
           substr(f.last_two, 1, instr(f.last_two || '|', '|') - 1) AS last_logged,
           NULLIF(substr(f.feedback, 1, instr(f.feedback, '|') - 1), '') AS mentee_feedback,
           NULLIF(substr(f.feedback, instr(f.feedback, '|') + 1), '') AS mentor_feedback
    FROM facts f),
flagged AS (
    SELECT f.*, pl.first_planned, pl.planned_id, pl.planned_count,
           f.started_on <= a.began_by AND (f.last_done IS NULL OR f.last_done < a.window_start
                                            OR pl.pairing_id IS NOT NULL) AS overdue,
           f.last_two LIKE 'missed %|missed %' AS missed_twice,
           CAST(substr(f.mentee_feedback, 12) AS INTEGER) <= 2 AS mentee_low,
           CAST(substr(f.mentor_feedback, 12) AS INTEGER) <= 2 AS mentor_low,
           f.feedback_due IS NOT NULL AND (f.mentee_feedback IS NULL
               OR substr(f.mentee_feedback, 1, 10) <= date(f.feedback_due, '-30 days')) AS mentee_missing,
           f.feedback_due IS NOT NULL AND (f.mentor_feedback IS NULL
               OR substr(f.mentor_feedback, 1, 10) <= date(f.feedback_due, '-30 days')) AS mentor_missing
    FROM args a JOIN facts_split f LEFT JOIN planned pl ON pl.pairing_id = f.id)
SELECT p.id, p.mentor_id, p.mentee_id, p.started_on, p.last_done, p.first_planned, p.planned_id, p.planned_count, p.overdue,
       p.last_logged, p.missed_twice, p.mentee_feedback, p.mentor_feedback, p.mentee_low, p.mentor_low,
       p.feedback_due, p.mentee_missing, p.mentor_missing
FROM flagged p
WHERE p.overdue OR p.missed_twice OR p.mentee_low OR p.mentor_low OR p.mentee_missing OR p.mentor_missing)");

// trial_ending and trial_decision_overdue: pairings_trial_end (trial_end_date) WHERE status =
// 'trial', a range seek to the trials ending before D + 7.
const QString kTrialsSql =
    QStringLiteral("SELECT %1, p.trial_end_date FROM pairings p WHERE p.status = 'trial' AND p.trial_end_date < ?");

// checklist_late and checklist_due: one line per pairing and kind (a program with thousands of
// pairings behind on their checklists would otherwise list every item), grouped before anything
// else is read: the earliest item's id, title and day come with min(due_date), as SQLite gives a
// lone min()'s row to the bare columns.
// - late (due before D), often most of the open items: checklist_items_open_pairing (pairing_id,
//   due_date, day_offset, title) WHERE done_on IS NULL (schema 8), read in pairing order, so the
//   grouping needs no sort and the pairings are then looked up in key order; INDEXED BY because
//   the range on due_date would otherwise draw SQLite to checklist_items_open and a sort of every
//   late item (twice the time at 157,000 late items);
// - due (D … D+6), a few: checklist_items_open (due_date, pairing_id, day_offset, title), a range
//   seek that reads no table row (schema 7);
// - their pairings by id in pairings_open (schema 8, covering), not in the table.
const QString kChecklistsSql = QStringLiteral(
    "SELECT %1, g.due, g.id, g.title, g.day_offset, g.items FROM ("
    "SELECT c.pairing_id, min(c.due_date) AS due, c.id, c.title, c.day_offset, count(*) AS items "
    "FROM checklist_items c INDEXED BY checklist_items_open_pairing WHERE c.done_on IS NULL AND c.due_date < ? "
    "GROUP BY c.pairing_id "
    "UNION ALL "
    "SELECT c.pairing_id, min(c.due_date), c.id, c.title, c.day_offset, count(*) "
    "FROM checklist_items c INDEXED BY checklist_items_open WHERE c.done_on IS NULL AND c.due_date >= ? "
    "AND c.due_date < ? GROUP BY c.pairing_id) g JOIN pairings p INDEXED BY pairings_open ON p.id = g.pairing_id "
    "WHERE p.status <> 'ended'");

constexpr int kWindowDays = 7;

/// The columns of kPairingsSql after the people.
enum PairingColumn {
    StartedOn = kFirstOwnColumn,
    LastDone,
    FirstPlanned,
    PlannedId,
    PlannedCount,
    IsOverdue,
    LastLogged,
    MissedTwice,
    MenteeFeedback,
    MentorFeedback,
    MenteeLow,
    MentorLow,
    FeedbackDue,
    MenteeMissing,
    MentorMissing,
};

QDate dateFrom(const QVariant& value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

/// The kind's weight plus the days the item is late (negative while it is still ahead).
int urgencyOf(AttentionKind kind, const QDate& due, const QDate& asOf)
{
    int weight = 0;
    switch (kind) {
    case AttentionKind::AtRisk:
    case AttentionKind::TrialDecisionOverdue:
        weight = 300;
        break;
    case AttentionKind::Overdue:
        weight = 200;
        break;
    case AttentionKind::ChecklistLate:
        weight = 150;
        break;
    case AttentionKind::FeedbackMissing:
    case AttentionKind::TrialEnding:
        weight = 100;
        break;
    case AttentionKind::ChecklistDue:
        weight = 50;
        break;
    }
    return weight + int(std::clamp<qint64>(due.daysTo(asOf), -kWindowDays, 90));
}

AttentionItem itemFrom(const QSqlQuery& query, AttentionKind kind, AttentionAction action)
{
    AttentionItem item;
    item.kind = kind;
    item.action = action;
    item.pairingId = query.value(0).toLongLong();
    item.mentorId = query.value(1).toLongLong();
    item.menteeId = query.value(2).toLongLong();
    return item;
}

/// `ids` as a JSON array, ascending and each once.
QString jsonIdArray(QVector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QStringList texts;
    texts.reserve(ids.size());
    for (qint64 id : ids)
        texts << QString::number(id);
    return QLatin1Char('[') + texts.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace

AttentionList::AttentionList(const QSqlDatabase& db, const QTimeZone& zone)
    : m_db(db)
    , m_zone(zone)
{
}

std::optional<QVector<AttentionItem>> AttentionList::compute(const QDate& asOf, People people)
{
    QVector<AttentionItem> items;
    if (!readPairings(asOf, &items) || !readTrials(asOf, &items) || !readChecklists(asOf, &items) ||
        (people == People::Read && !readPeople(&items, 0, int(items.size()))))
        return std::nullopt;
    for (AttentionItem& item : items)
        item.urgency = urgencyOf(item.kind, item.due, asOf);
    std::stable_sort(items.begin(), items.end(), [](const AttentionItem& a, const AttentionItem& b) {
        if (a.urgency != b.urgency)
            return a.urgency > b.urgency;
        if (a.due != b.due)
            return a.due < b.due;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.pairingId != b.pairingId)
            return a.pairingId < b.pairingId;
        return a.subjectId < b.subjectId;
    });
    m_error.clear();
    return items;
}

QHash<AttentionKind, int> AttentionList::countByKind(const QVector<AttentionItem>& items)
{
    QHash<AttentionKind, int> counts;
    for (const AttentionItem& item : items)
        ++counts[item.kind];
    return counts;
}

bool AttentionList::run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

QString AttentionList::shown(const QDate& day) const
{
    return m_dateLocale ? m_dateLocale->toString(day, QLocale::ShortFormat) : day.toString(Qt::ISODate);
}

QDate AttentionList::localDate(const QString& utcText) const
{
    return CalendarTime::fromUtcText(utcText).toTimeZone(m_zone).date();
}

bool AttentionList::readPairings(const QDate& asOf, QVector<AttentionItem>* items)
{
    QSqlQuery query(m_db);
    const QVariantList values{LocalDateSql::dateText(asOf),
                              LocalDateSql::dayStartUtc(asOf, m_zone),
                              LocalDateSql::dayStartUtc(asOf.addDays(1), m_zone),
                              LocalDateSql::dayStartUtc(asOf.addDays(1 - kWindowDays), m_zone),
                              LocalDateSql::dateText(asOf.addDays(-kWindowDays)),
                              LocalDateSql::dateText(asOf.addDays(-kWindowDays))};
    if (!run(query, kPairingsSql, values))
        return false;
    while (query.next()) {
        if (query.value(IsOverdue).toBool())
            items->append(overdueItem(query));
        if (query.value(MenteeLow).toBool() || query.value(MentorLow).toBool() || query.value(MissedTwice).toBool())
            items->append(atRiskItem(query));
        if (query.value(MenteeMissing).toBool() || query.value(MentorMissing).toBool())
            items->append(feedbackItem(query));
    }
    return true;
}

AttentionItem AttentionList::overdueItem(const QSqlQuery& query) const
{
    const QDate started = dateFrom(query.value(StartedOn));
    AttentionItem item = itemFrom(query, AttentionKind::Overdue, AttentionAction::ScheduleTouchpoint);
    if (!query.isNull(FirstPlanned)) {
        const int planned = query.value(PlannedCount).toInt();
        item.due = localDate(query.value(FirstPlanned).toString());
        item.action = AttentionAction::LogTouchpoint;
        item.subjectId = query.value(PlannedId).toLongLong();
        item.detail =
            tr("%n planned touchpoint(s) not logged, the first on %1.", nullptr, planned).arg(shown(item.due));
    } else if (query.isNull(LastDone)) {
        item.due = started.addDays(kWindowDays - 1);
        item.detail = tr("No touchpoint done since the pairing began on %1.").arg(shown(started));
    } else {
        const QDate lastDone = localDate(query.value(LastDone).toString());
        item.due = std::max(lastDone, started).addDays(kWindowDays - 1);
        item.detail = tr("No touchpoint done since %1.").arg(shown(lastDone));
    }
    return item;
}

AttentionItem AttentionList::atRiskItem(const QSqlQuery& query) const
{
    AttentionItem item = itemFrom(query, AttentionKind::AtRisk, AttentionAction::ConsiderRematch);
    const bool menteeLow = query.value(MenteeLow).toBool();
    if (menteeLow || query.value(MentorLow).toBool()) {
        // "given_on rating", the latest feedback of that direction.
        const QString feedback = query.value(menteeLow ? MenteeFeedback : MentorFeedback).toString();
        item.due = dateFrom(feedback);
        const QString rating = feedback.mid(11);
        item.detail =
            menteeLow
                ? tr("The mentee rated the mentor %1 of 5 on %2; consider a re-match.").arg(rating, shown(item.due))
                : tr("The mentor rated the mentee %1 of 5 on %2; consider a re-match.").arg(rating, shown(item.due));
        return item;
    }
    // "status scheduled_utc" of the last logged touchpoint.
    item.due = localDate(query.value(LastLogged).toString().section(QLatin1Char(' '), 1));
    item.detail =
        tr("The last two touchpoints were missed, the latest on %1; consider a re-match.").arg(shown(item.due));
    return item;
}

AttentionItem AttentionList::feedbackItem(const QSqlQuery& query) const
{
    AttentionItem item = itemFrom(query, AttentionKind::FeedbackMissing, AttentionAction::RecordFeedback);
    item.due = dateFrom(query.value(FeedbackDue));
    const bool menteeMissing = query.value(MenteeMissing).toBool();
    const bool mentorMissing = query.value(MentorMissing).toBool();
    if (menteeMissing && mentorMissing)
        item.detail = tr("Feedback from both sides, due on %1, is missing.").arg(shown(item.due));
    else if (menteeMissing)
        item.detail = tr("The mentee's rating of the mentor, due on %1, is missing.").arg(shown(item.due));
    else
        item.detail = tr("The mentor's input for the mentee, due on %1, is missing.").arg(shown(item.due));
    return item;
}

bool AttentionList::readPeople(QVector<AttentionItem>* items, int first, int count)
{
    first = std::clamp(first, 0, int(items->size()));
    const int end = int(std::min<qint64>(items->size(), qint64(first) + std::max(0, count)));
    QVector<qint64> mentorIds, menteeIds;
    mentorIds.reserve(end - first);
    menteeIds.reserve(end - first);
    for (int i = first; i < end; ++i) {
        mentorIds << items->at(i).mentorId;
        menteeIds << items->at(i).menteeId;
    }
    struct Mentor {
        QString externalId, name, email;
    };
    QHash<qint64, Mentor> mentors;
    QSqlQuery query(m_db);
    if (!run(query, kMentorsSql, {jsonIdArray(mentorIds)}))
        return false;
    while (query.next())
        mentors.insert(query.value(0).toLongLong(),
                       {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    QHash<qint64, QPair<QString, QString>> mentees;
    if (!run(query, kMenteesSql, {jsonIdArray(menteeIds)}))
        return false;
    while (query.next())
        mentees.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toString()});
    for (int i = first; i < end; ++i) {
        AttentionItem& item = (*items)[i];
        const Mentor mentor = mentors.value(item.mentorId);
        item.mentorExternalId = mentor.externalId;
        item.mentorName = mentor.name;
        item.mentorEmail = mentor.email;
        const QPair<QString, QString> mentee = mentees.value(item.menteeId);
        item.menteeExternalId = mentee.first;
        item.menteeName = mentee.second;
    }
    return true;
}

bool AttentionList::readTrials(const QDate& asOf, QVector<AttentionItem>* items)
{
    QSqlQuery query(m_db);
    if (!run(query, kTrialsSql.arg(kPeople), {LocalDateSql::dateText(asOf.addDays(kWindowDays))}))
        return false;
    while (query.next()) {
        const QDate end = dateFrom(query.value(kFirstOwnColumn));
        const bool overdue = end < asOf;
        AttentionItem item = itemFrom(query, overdue ? AttentionKind::TrialDecisionOverdue : AttentionKind::TrialEnding,
                                      AttentionAction::DecideTrial);
        item.due = end;
        item.detail = overdue ? tr("The trial ended on %1 and is still undecided.").arg(shown(end))
                              : tr("The trial ends on %1 without a decision yet.").arg(shown(end));
        items->append(std::move(item));
    }
    return true;
}

bool AttentionList::readChecklists(const QDate& asOf, QVector<AttentionItem>* items)
{
    QSqlQuery query(m_db);
    const QString today = LocalDateSql::dateText(asOf);
    if (!run(query, kChecklistsSql.arg(kPeople), {today, today, LocalDateSql::dateText(asOf.addDays(kWindowDays))}))
        return false;
    const int c = kFirstOwnColumn;
    while (query.next()) {
        const QDate due = dateFrom(query.value(c));
        const bool late = due < asOf;
        AttentionItem item = itemFrom(query, late ? AttentionKind::ChecklistLate : AttentionKind::ChecklistDue,
                                      AttentionAction::OpenChecklist);
        item.due = due;
        item.subjectId = query.value(c + 1).toLongLong();
        const QString title = query.value(c + 2).toString();
        const int day = query.value(c + 3).toInt();
        const int more = query.value(c + 4).toInt() - 1;
        if (more == 0) {
            item.detail =
                late ? tr("Checklist item “%1” (day %2) was due on %3.").arg(title, QString::number(day), shown(due))
                     : tr("Checklist item “%1” (day %2) is due on %3.").arg(title, QString::number(day), shown(due));
        } else {
            item.detail =
                late ? tr("Checklist item “%1” (day %2) was due on %3, and %n more are late.", nullptr, more)
                           .arg(title, QString::number(day), shown(due))
                     : tr("Checklist item “%1” (day %2) is due on %3, and %n more within 7 days.", nullptr, more)
                           .arg(title, QString::number(day), shown(due));
        }
        items->append(std::move(item));
    }
    return true;
}

} // namespace mentordesk
