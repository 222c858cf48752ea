// SPDX-License-Identifier: GPL-3.0-or-later
#include "TouchpointRepository.h"

#include "CalendarTime.h"
#include "storage/RecordRepository.h"
#include "storage/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mentordesk {

namespace {

const QString kTouchpointColumns =
    QStringLiteral("id, pairing_id, cohort_id, kind, status, scheduled_utc, duration_minutes, title, notes, uid, "
                   "series_id, recurrence_utc, done_utc, sequence");
const QString kSeriesColumns =
    QStringLiteral("id, uid, pairing_id, cohort_id, kind, title, notes, rrule, time_zone, first_start_local, "
                   "until_date, duration_minutes");
const QString kLocalFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

QVariant idValue(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

QVariant minutesValue(int minutes)
{
    return minutes >= 0 ? QVariant(minutes) : QVariant();
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

/// NOT NULL text columns: a null QString would bind as NULL.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QLatin1String("")) : QVariant(value);
}

int storedMinutes(const QVariant& value)
{
    return value.isNull() ? -1 : value.toInt();
}

TouchpointRecord touchpointFrom(const QSqlQuery& query)
{
    TouchpointRecord record;
    record.id = query.value(0).toLongLong();
    record.pairingId = query.value(1).toLongLong();
    record.cohortId = query.value(2).toLongLong();
    record.kind = query.value(3).toString();
    record.status = query.value(4).toString();
    record.scheduledUtc = CalendarTime::fromUtcText(query.value(5).toString());
    record.durationMinutes = storedMinutes(query.value(6));
    record.title = query.value(7).toString();
    record.notes = query.value(8).toString();
    record.uid = query.value(9).toString();
    record.seriesId = query.value(10).toLongLong();
    record.recurrenceUtc = query.value(11).toString();
    record.doneUtc = CalendarTime::fromUtcText(query.value(12).toString());
    record.sequence = query.value(13).toInt();
    return record;
}

TouchpointSeriesRecord seriesFrom(const QSqlQuery& query)
{
    TouchpointSeriesRecord record;
    record.id = query.value(0).toLongLong();
    record.uid = query.value(1).toString();
    record.pairingId = query.value(2).toLongLong();
    record.cohortId = query.value(3).toLongLong();
    record.kind = query.value(4).toString();
    record.title = query.value(5).toString();
    record.notes = query.value(6).toString();
    record.rrule = query.value(7).toString();
    record.timeZone = query.value(8).toString();
    const QDateTime first = QDateTime::fromString(query.value(9).toString(), kLocalFormat);
    record.firstDate = first.date();
    record.firstTime = first.time();
    record.untilDate = QDate::fromString(query.value(10).toString(), Qt::ISODate);
    record.durationMinutes = storedMinutes(query.value(11));
    return record;
}

QVariantList touchpointValues(const TouchpointRecord& r)
{
    return {r.id,
            idValue(r.pairingId),
            idValue(r.cohortId),
            text(r.kind),
            text(r.status),
            CalendarTime::utcText(r.scheduledUtc),
            minutesValue(r.durationMinutes),
            text(r.title),
            text(r.notes),
            text(r.uid),
            idValue(r.seriesId),
            textOrNull(r.recurrenceUtc),
            textOrNull(CalendarTime::utcText(r.doneUtc)),
            r.sequence};
}

QVariantList seriesValues(const TouchpointSeriesRecord& r)
{
    return {r.id,
            text(r.uid),
            idValue(r.pairingId),
            idValue(r.cohortId),
            text(r.kind),
            text(r.title),
            text(r.notes),
            text(r.rrule),
            text(r.timeZone),
            QDateTime(r.firstDate, r.firstTime).toString(kLocalFormat),
            r.untilDate.toString(Qt::ISODate),
            minutesValue(r.durationMinutes)};
}

/// What the audit log says a whole row was ("live_call 2026-03-02T09:00:00Z", "FREQ=WEEKLY …").
QString touchpointSummary(const TouchpointRecord& r)
{
    return QStringLiteral("%1 %2").arg(r.kind, CalendarTime::utcText(r.scheduledUtc));
}

QString seriesSummary(const TouchpointSeriesRecord& r)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(r.kind, r.rrule, QDateTime(r.firstDate, r.firstTime).toString(kLocalFormat), r.timeZone);
}

QString exceptionSummary(const SeriesException& e)
{
    return QStringLiteral("%1 %2").arg(e.kind, e.recurrenceUtc);
}

template <typename Record> const Record* findById(const QVector<Record>& records, qint64 id)
{
    auto it = std::find_if(records.begin(), records.end(), [id](const Record& r) { return r.id == id; });
    return it == records.end() ? nullptr : &*it;
}

const SeriesException* findException(const QVector<SeriesException>& exceptions, const SeriesException& key)
{
    auto it = std::find_if(exceptions.begin(), exceptions.end(),
                           [&key](const SeriesException& e) { return e.sameOccurrence(key); });
    return it == exceptions.end() ? nullptr : &*it;
}

} // namespace

TouchpointRepository::TouchpointRepository(RecordRepository& records)
    : m_records(records)
{
}

bool TouchpointRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

std::optional<TouchpointRecord> TouchpointRepository::touchpoint(qint64 id) const
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT %1 FROM touchpoints WHERE id = ?").arg(kTouchpointColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return touchpointFrom(query);
}

std::optional<TouchpointSeriesRecord> TouchpointRepository::series(qint64 id) const
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT %1 FROM touchpoint_series WHERE id = ?").arg(kSeriesColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return seriesFrom(query);
}

std::optional<SeriesException> TouchpointRepository::exception(qint64 seriesId, const QString& recurrenceUtc) const
{
    QSqlQuery query(m_records.database());
    query.prepare(
        QStringLiteral("SELECT kind FROM touchpoint_series_exceptions WHERE series_id = ? AND recurrence_utc = ?"));
    query.addBindValue(seriesId);
    query.addBindValue(recurrenceUtc);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return SeriesException{seriesId, recurrenceUtc, query.value(0).toString()};
}

CalendarRows TouchpointRepository::seriesRows(qint64 seriesId) const
{
    CalendarRows rows;
    const std::optional<TouchpointSeriesRecord> stored = series(seriesId);
    if (!stored)
        return rows;
    rows.series << *stored;
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT recurrence_utc, kind FROM touchpoint_series_exceptions WHERE series_id = ? "
                                 "ORDER BY recurrence_utc"));
    query.addBindValue(seriesId);
    if (query.exec()) {
        while (query.next())
            rows.exceptions << SeriesException{seriesId, query.value(0).toString(), query.value(1).toString()};
    }
    query.prepare(QStringLiteral("SELECT %1 FROM touchpoints WHERE series_id = ? ORDER BY recurrence_utc")
                      .arg(kTouchpointColumns));
    query.addBindValue(seriesId);
    if (query.exec()) {
        while (query.next())
            rows.touchpoints << touchpointFrom(query);
    }
    return rows;
}

qint64 TouchpointRepository::nextTouchpointId() const
{
    QSqlQuery query(m_records.database());
    return query.exec(QStringLiteral("SELECT IFNULL(max(id), 0) + 1 FROM touchpoints")) && query.next()
               ? query.value(0).toLongLong()
               : 1;
}

qint64 TouchpointRepository::nextSeriesId() const
{
    QSqlQuery query(m_records.database());
    return query.exec(QStringLiteral("SELECT IFNULL(max(id), 0) + 1 FROM touchpoint_series")) && query.next()
               ? query.value(0).toLongLong()
               : 1;
}

bool TouchpointRepository::write(const CalendarRows& from, const CalendarRows& to)
{
    m_error.clear();
    SqlTransaction transaction(m_records.database());
    if (!transaction.isActive())
        return fail(RecordRepository::explainDatabaseError(transaction.errorText()));
    if (!unchanged(from, to) || !removeRows(from, to) || !storeRows(from, to))
        return false;
    return transaction.commit() || fail(RecordRepository::explainDatabaseError(transaction.errorText()));
}

bool TouchpointRepository::unchanged(const CalendarRows& from, const CalendarRows& to)
{
    // Read again inside the transaction: every row must still be what the command started from.
    const QString changed = tr("The touchpoint was changed meanwhile (in another window or at another desk); look "
                               "at it again and decide anew.");
    auto check = [](const auto& stored, const auto* expected) {
        return stored ? expected && *stored == *expected : !expected;
    };
    for (const TouchpointSeriesRecord& side : from.series + to.series) {
        if (!check(series(side.id), findById(from.series, side.id)))
            return fail(changed);
    }
    for (const SeriesException& side : from.exceptions + to.exceptions) {
        if (!check(exception(side.seriesId, side.recurrenceUtc), findException(from.exceptions, side)))
            return fail(changed);
    }
    for (const TouchpointRecord& side : from.touchpoints + to.touchpoints) {
        const std::optional<TouchpointRecord> stored = touchpoint(side.id);
        const TouchpointRecord* expected = findById(from.touchpoints, side.id);
        if (!stored && expected)
            return fail(tr("The touchpoint no longer exists; it may have been deleted."));
        if (!check(stored, expected))
            return fail(changed);
    }
    return true;
}

bool TouchpointRepository::execute(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_records.database());
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec() || fail(RecordRepository::explainDatabaseError(query.lastError().databaseText()));
}

bool TouchpointRepository::removeRows(const CalendarRows& from, const CalendarRows& to)
{
    // Children before parents: occurrences, then exceptions, then the series.
    for (const TouchpointRecord& row : from.touchpoints) {
        if (findById(to.touchpoints, row.id))
            continue;
        if (!execute(QStringLiteral("DELETE FROM touchpoints WHERE id = ?"), {row.id}) ||
            !m_records.appendAudit(EntityKind::Touchpoint, row.id, QStringLiteral("record"), touchpointSummary(row),
                                   QVariant()))
            return m_error.isEmpty() ? fail(m_records.errorString()) : false;
    }
    for (const SeriesException& row : from.exceptions) {
        if (findException(to.exceptions, row))
            continue;
        if (!execute(QStringLiteral("DELETE FROM touchpoint_series_exceptions WHERE series_id = ? AND "
                                    "recurrence_utc = ?"),
                     {row.seriesId, row.recurrenceUtc}) ||
            !m_records.appendAudit(EntityKind::TouchpointSeries, row.seriesId, QStringLiteral("exception"),
                                   exceptionSummary(row), QVariant()))
            return m_error.isEmpty() ? fail(m_records.errorString()) : false;
    }
    for (const TouchpointSeriesRecord& row : from.series) {
        if (findById(to.series, row.id))
            continue;
        if (!execute(QStringLiteral("DELETE FROM touchpoint_series WHERE id = ?"), {row.id}) ||
            !m_records.appendAudit(EntityKind::TouchpointSeries, row.id, QStringLiteral("record"), seriesSummary(row),
                                   QVariant()))
            return m_error.isEmpty() ? fail(m_records.errorString()) : false;
    }
    return true;
}

bool TouchpointRepository::storeRows(const CalendarRows& from, const CalendarRows& to)
{
    // Parents before children: the series, then exceptions, then occurrences.
    for (const TouchpointSeriesRecord& row : to.series) {
        if (!storeSeries(findById(from.series, row.id), row))
            return false;
    }
    for (const SeriesException& row : to.exceptions) {
        const SeriesException* before = findException(from.exceptions, row);
        if (before && *before == row)
            continue;
        if (!execute(QStringLiteral("INSERT INTO touchpoint_series_exceptions(series_id, recurrence_utc, kind) "
                                    "VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET kind = excluded.kind"),
                     {row.seriesId, row.recurrenceUtc, row.kind}) ||
            !m_records.appendAudit(EntityKind::TouchpointSeries, row.seriesId, QStringLiteral("exception"),
                                   before ? QVariant(exceptionSummary(*before)) : QVariant(), exceptionSummary(row)))
            return m_error.isEmpty() ? fail(m_records.errorString()) : false;
    }
    for (const TouchpointRecord& row : to.touchpoints) {
        if (!storeTouchpoint(findById(from.touchpoints, row.id), row))
            return false;
    }
    return true;
}

bool TouchpointRepository::storeSeries(const TouchpointSeriesRecord* before, const TouchpointSeriesRecord& after)
{
    if (before && *before == after)
        return true;
    const QVariantList values = seriesValues(after);
    QVariantList bound = values;
    bound << RecordRepository::nowUtc();
    if (!before) {
        bound << RecordRepository::nowUtc();
        if (!execute(QStringLiteral("INSERT INTO touchpoint_series(%1, updated_utc, created_utc) VALUES "
                                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                         .arg(kSeriesColumns),
                     bound))
            return false;
        return m_records.appendAudit(EntityKind::TouchpointSeries, after.id, QStringLiteral("record"), QVariant(),
                                     seriesSummary(after)) ||
               fail(m_records.errorString());
    }
    QStringList assignments;
    const QStringList columns = kSeriesColumns.split(QStringLiteral(", "));
    for (const QString& column : columns.mid(1))
        assignments << QStringLiteral("%1 = ?").arg(column);
    bound = values.mid(1);
    bound << RecordRepository::nowUtc() << after.id;
    if (!execute(QStringLiteral("UPDATE touchpoint_series SET %1, updated_utc = ? WHERE id = ?")
                     .arg(assignments.join(QStringLiteral(", "))),
                 bound))
        return false;
    const QVariantList old = seriesValues(*before);
    for (int i = 1; i < columns.size(); ++i) {
        if (old.at(i) != values.at(i) &&
            !m_records.appendAudit(EntityKind::TouchpointSeries, after.id, columns.at(i), old.at(i), values.at(i)))
            return fail(m_records.errorString());
    }
    return true;
}

bool TouchpointRepository::storeTouchpoint(const TouchpointRecord* before, const TouchpointRecord& after)
{
    if (before && *before == after)
        return true;
    const QVariantList values = touchpointValues(after);
    const QStringList columns = kTouchpointColumns.split(QStringLiteral(", "));
    if (!before) {
        QVariantList bound = values;
        bound << RecordRepository::nowUtc();
        if (!execute(QStringLiteral("INSERT INTO touchpoints(%1, updated_utc) VALUES "
                                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                         .arg(kTouchpointColumns),
                     bound))
            return false;
        return m_records.appendAudit(EntityKind::Touchpoint, after.id, QStringLiteral("record"), QVariant(),
                                     touchpointSummary(after)) ||
               fail(m_records.errorString());
    }
    QStringList assignments;
    for (const QString& column : columns.mid(1))
        assignments << QStringLiteral("%1 = ?").arg(column);
    QVariantList bound = values.mid(1);
    bound << RecordRepository::nowUtc() << after.id;
    if (!execute(QStringLiteral("UPDATE touchpoints SET %1, updated_utc = ? WHERE id = ?")
                     .arg(assignments.join(QStringLiteral(", "))),
                 bound))
        return false;
    const QVariantList old = touchpointValues(*before);
    for (int i = 1; i < columns.size(); ++i) {
        if (old.at(i) != values.at(i) &&
            !m_records.appendAudit(EntityKind::Touchpoint, after.id, columns.at(i), old.at(i), values.at(i)))
            return fail(m_records.errorString());
    }
    return true;
}

} // namespace mentordesk
