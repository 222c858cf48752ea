// SPDX-License-Identifier: GPL-3.0-or-later
#include "Adherence.h"

#include "LocalDateSql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mentordesk {

namespace {

constexpr int kWeekDays = 7;

// The parameters sit in a one-row CTE so that each is bound once and named in the statement.
// Index: touchpoints_pairing (pairing_id, scheduled_utc) — per pairing a range seek over its own
// touchpoints of the counted weeks (a day's margin either side covers any zone's offset), the
// status and the local date checked on those rows only. Pairings are read once (a scan of the
// table, or its primary key for one pairing); cohort_members by its primary key (seller_id).
const QString kPairingsSql = QStringLiteral(R"(
WITH args(as_of, pairing_id, mentor_id, cohort_id) AS (SELECT ?, ?, ?, ?),
scope AS (
    SELECT p.id, p.mentor_id, IFNULL(cm.cohort_id, 0) AS cohort_id, p.started_on,
           MAX(0, CAST((julianday(MIN(a.as_of, IFNULL(p.ended_on, a.as_of))) - julianday(p.started_on) + 1) / 7
                       AS INTEGER)) AS weeks
    FROM args a
    JOIN pairings p ON p.started_on <= a.as_of
    LEFT JOIN cohort_members cm ON cm.seller_id = p.mentee_id
    WHERE (a.pairing_id = 0 OR p.id = a.pairing_id) AND (a.mentor_id = 0 OR p.mentor_id = a.mentor_id)
      AND (a.cohort_id = 0 OR cm.cohort_id = a.cohort_id))
SELECT s.id, s.mentor_id, s.cohort_id, s.weeks,
       (SELECT COUNT(DISTINCT CAST((julianday(d.day) - julianday(s.started_on)) / 7 AS INTEGER))
        FROM (SELECT %1 AS day FROM touchpoints t
              WHERE t.pairing_id = s.id AND t.status = 'done'
                AND t.scheduled_utc >= date(s.started_on, '-1 day')
                AND t.scheduled_utc < date(s.started_on, '+' || (7 * s.weeks + 1) || ' days')) d
        WHERE d.day >= s.started_on AND d.day < date(s.started_on, '+' || (7 * s.weeks) || ' days'))
FROM scope s
ORDER BY s.id)");

// Index: touchpoints_pairing (pairing_id, scheduled_utc), one pairing's range.
const QString kDoneDaysSql =
    QStringLiteral("SELECT %1 FROM touchpoints t WHERE t.pairing_id = ? AND t.status = 'done' AND t.scheduled_utc >= ? "
                   "AND t.scheduled_utc < ?");

QDate dateFrom(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

std::optional<double> AdherenceCount::ratio() const
{
    if (pairWeeks <= 0)
        return std::nullopt;
    return double(adheredWeeks) / double(pairWeeks);
}

void AdherenceCount::add(const AdherenceCount& other)
{
    pairWeeks += other.pairWeeks;
    adheredWeeks += other.adheredWeeks;
}

bool AdherenceCount::operator==(const AdherenceCount& other) const
{
    return pairWeeks == other.pairWeeks && adheredWeeks == other.adheredWeeks;
}

Adherence::Adherence(const QSqlDatabase& db, const QTimeZone& zone)
    : m_db(db)
    , m_zone(zone)
{
}

QString Adherence::localDate(const QString& column, const QDate& asOf) const
{
    // The span of the offsets: from the earliest pairing's start to the day after the as-of date.
    QSqlQuery query(m_db);
    QDate first = asOf.addYears(-1);
    if (query.exec(QStringLiteral("SELECT MIN(started_on) FROM pairings")) && query.next() && !query.isNull(0))
        first = std::min(first, dateFrom(query.value(0)));
    return LocalDateSql::expression(column, m_zone, QDateTime(first.addDays(-2), QTime(0, 0), Qt::UTC),
                                    QDateTime(asOf.addDays(2), QTime(0, 0), Qt::UTC));
}

std::optional<QVector<PairingAdherence>> Adherence::pairings(const QDate& asOf, const AdherenceScope& scope)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(kPairingsSql.arg(localDate(QStringLiteral("t.scheduled_utc"), asOf)))) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    query.addBindValue(LocalDateSql::dateText(asOf));
    query.addBindValue(scope.pairingId);
    query.addBindValue(scope.mentorId);
    query.addBindValue(scope.cohortId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QVector<PairingAdherence> result;
    while (query.next()) {
        PairingAdherence row;
        row.pairingId = query.value(0).toLongLong();
        row.mentorId = query.value(1).toLongLong();
        row.cohortId = query.value(2).toLongLong();
        row.count.pairWeeks = query.value(3).toLongLong();
        row.count.adheredWeeks = query.value(4).toLongLong();
        result << row;
    }
    m_error.clear();
    return result;
}

std::optional<QVector<PairWeek>> Adherence::pairWeeks(qint64 pairingId, const QDate& asOf)
{
    QSqlQuery pairing(m_db);
    pairing.prepare(QStringLiteral("SELECT started_on, ended_on FROM pairings WHERE id = ?"));
    pairing.addBindValue(pairingId);
    if (!pairing.exec() || !pairing.next()) {
        m_error =
            pairing.lastError().isValid() ? pairing.lastError().text() : tr("There is no pairing %1.").arg(pairingId);
        return std::nullopt;
    }
    const QDate start = dateFrom(pairing.value(0));
    const QDate end = pairing.isNull(1) ? asOf : std::min(asOf, dateFrom(pairing.value(1)));
    const qint64 weeks = start <= end ? (start.daysTo(end) + 1) / kWeekDays : 0;
    QVector<PairWeek> result;
    for (int index = 0; index < weeks; ++index)
        result << PairWeek{index, start.addDays(qint64(index) * kWeekDays),
                           start.addDays(qint64(index) * kWeekDays + 6), 0};

    QSqlQuery done(m_db);
    done.setForwardOnly(true);
    done.prepare(kDoneDaysSql.arg(localDate(QStringLiteral("t.scheduled_utc"), asOf)));
    done.addBindValue(pairingId);
    done.addBindValue(LocalDateSql::dateText(start.addDays(-1)));
    done.addBindValue(LocalDateSql::dateText(start.addDays(weeks * kWeekDays + 1)));
    if (!done.exec()) {
        m_error = done.lastError().text();
        return std::nullopt;
    }
    while (done.next()) {
        const qint64 offset = start.daysTo(dateFrom(done.value(0)));
        if (offset >= 0 && offset < weeks * kWeekDays)
            ++result[int(offset / kWeekDays)].doneTouchpoints;
    }
    m_error.clear();
    return result;
}

QHash<qint64, AdherenceCount> Adherence::byMentor(const QVector<PairingAdherence>& pairings)
{
    QHash<qint64, AdherenceCount> result;
    for (const PairingAdherence& pairing : pairings)
        result[pairing.mentorId].add(pairing.count);
    return result;
}

QHash<qint64, AdherenceCount> Adherence::byCohort(const QVector<PairingAdherence>& pairings)
{
    QHash<qint64, AdherenceCount> result;
    for (const PairingAdherence& pairing : pairings) {
        if (pairing.cohortId != 0)
            result[pairing.cohortId].add(pairing.count);
    }
    return result;
}

AdherenceCount Adherence::total(const QVector<PairingAdherence>& pairings)
{
    AdherenceCount result;
    for (const PairingAdherence& pairing : pairings)
        result.add(pairing.count);
    return result;
}

} // namespace mentordesk
