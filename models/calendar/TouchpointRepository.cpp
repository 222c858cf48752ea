// SPDX-License-Identifier: GPL-3.0-or-later
#include "TouchpointRepository.h"

#include "CalendarTime.h"
#include "domain/FieldCatalogue.h"
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

/// As resources/ResourceRepository words an attachment in the audit log ("touchpoint 12").
QString attachmentSummary(const TouchpointAttachment& a)
{
    return QStringLiteral("touchpoint %1").arg(a.touchpointId);
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

QVector<TouchpointAttachment> TouchpointRepository::attachments(qint64 touchpointId) const
{
    QVector<TouchpointAttachment> result;
    QSqlQuery query(m_records.database());
    query.prepare(
        QStringLiteral("SELECT resource_id FROM resource_attachments WHERE touchpoint_id = ? ORDER BY resource_id"));
    query.addBindValue(touchpointId);
    if (query.exec()) {
        while (query.next())
            result << TouchpointAttachment{touchpointId, query.value(0).toLongLong()};
    }
    return result;
}

CalendarRows TouchpointRepository::withAttachmentsOfRemoved(CalendarRows from, const CalendarRows& to) const
{
    for (const TouchpointRecord& row : std::as_const(from.touchpoints)) {
        if (findById(to.touchpoints, row.id))
            continue;
        for (const TouchpointAttachment& attachment : attachments(row.id)) {
            if (!from.attachments.contains(attachment))
                from.attachments << attachment;
        }
    }
    return from;
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
    if (!unchanged(from, to) || !attachmentsUnchanged(from, to) || !removeAttachments(from, to) ||
        !removeRows(from, to) || !storeRows(from, to) || !storeAttachments(from, to))
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

bool TouchpointRepository::attachmentsUnchanged(const CalendarRows& from, const CalendarRows& to)
{
    // A touchpoint about to go must have no attachment `from` does not name: the cascade would
    // take it unaudited and no undo could bring it back.
    for (const TouchpointRecord& row : from.touchpoints) {
        if (findById(to.touchpoints, row.id))
            continue;
        for (const TouchpointAttachment& stored : attachments(row.id)) {
            if (!from.attachments.contains(stored))
                return fail(tr("A resource was attached to the touchpoint meanwhile (in another window or at "
                               "another desk); look at it again and decide anew."));
        }
    }
    for (const TouchpointAttachment& side : from.attachments + to.attachments) {
        if (attachments(side.touchpointId).contains(side) != from.attachments.contains(side))
            return fail(tr("The touchpoint's resources were changed meanwhile (in another window or at another "
                           "desk); look at it again and decide anew."));
        // Put back onto a touchpoint being restored: the resource itself must still be there.
        if (!from.attachments.contains(side) && !resourceExists(side.resourceId))
            return fail(tr("A resource attached to the touchpoint has been deleted since; undo that deletion first, "
                           "in the Resources workspace."));
    }
    return true;
}

bool TouchpointRepository::resourceExists(qint64 resourceId) const
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT 1 FROM resources WHERE id = ?"));
    query.addBindValue(resourceId);
    return query.exec() && query.next();
}

bool TouchpointRepository::removeAttachments(const CalendarRows& from, const CalendarRows& to)
{
    // Before their touchpoints, so the cascade finds nothing and every row leaves an audit row,
    // written as the resource library writes its own (resources/ResourceRepository).
    for (const TouchpointAttachment& row : from.attachments) {
        if (to.attachments.contains(row))
            continue;
        if (!execute(QStringLiteral("DELETE FROM resource_attachments WHERE touchpoint_id = ? AND resource_id = ?"),
                     {row.touchpointId, row.resourceId}) ||
            !m_records.appendAudit(EntityKind::Resource, row.resourceId, QStringLiteral("attachment"),
                                   attachmentSummary(row), QVariant()))
            return m_error.isEmpty() ? fail(m_records.errorString()) : false;
    }
    return true;
}

bool TouchpointRepository::storeAttachments(const CalendarRows& from, const CalendarRows& to)
{
    // After their touchpoints, which must exist first.
    for (const TouchpointAttachment& row : to.attachments) {
        if (from.attachments.contains(row))
            continue;
        if (!execute(QStringLiteral("INSERT INTO resource_attachments(resource_id, touchpoint_id) VALUES (?, ?)"),
                     {row.resourceId, row.touchpointId}) ||
            !m_records.appendAudit(EntityKind::Resource, row.resourceId, QStringLiteral("attachment"), QVariant(),
                                   attachmentSummary(row)))
            return m_error.isEmpty() ? fail(m_records.errorString()) : false;
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
    const QVariantList old = before ? seriesValues(*before) : QVariantList();
    return storeRow(EntityKind::TouchpointSeries, kSeriesColumns, before ? &old : nullptr, seriesValues(after),
                    seriesSummary(after));
}

bool TouchpointRepository::storeTouchpoint(const TouchpointRecord* before, const TouchpointRecord& after)
{
    if (before && *before == after)
        return true;
    const QVariantList old = before ? touchpointValues(*before) : QVariantList();
    return storeRow(EntityKind::Touchpoint, kTouchpointColumns, before ? &old : nullptr, touchpointValues(after),
                    touchpointSummary(after));
}

bool TouchpointRepository::storeRow(EntityKind kind, const QString& columnList, const QVariantList* before,
                                    const QVariantList& after, const QString& summary)
{
    // The first column is the id; the row's write time is stamped here, never compared.
    const QString table = tableName(kind);
    const QStringList columns = columnList.split(QStringLiteral(", "));
    const qint64 id = after.first().toLongLong();
    const QString now = RecordRepository::nowUtc();
    if (!before) {
        const bool hasCreated = kind == EntityKind::TouchpointSeries;
        QVariantList bound = after;
        bound << now;
        if (hasCreated)
            bound << now;
        QStringList marks;
        for (int i = 0; i < bound.size(); ++i)
            marks << QStringLiteral("?");
        return (execute(QStringLiteral("INSERT INTO %1(%2, updated_utc%3) VALUES (%4)")
                            .arg(table, columnList, hasCreated ? QStringLiteral(", created_utc") : QString(),
                                 marks.join(QLatin1Char(','))),
                        bound) &&
                m_records.appendAudit(kind, id, QStringLiteral("record"), QVariant(), summary)) ||
               (m_error.isEmpty() && fail(m_records.errorString()));
    }
    QStringList assignments;
    for (const QString& column : columns.mid(1))
        assignments << QStringLiteral("%1 = ?").arg(column);
    QVariantList bound = after.mid(1);
    bound << now << id;
    if (!execute(QStringLiteral("UPDATE %1 SET %2, updated_utc = ? WHERE id = ?")
                     .arg(table, assignments.join(QStringLiteral(", "))),
                 bound))
        return false;
    for (int i = 1; i < columns.size(); ++i) {
        if (before->at(i) != after.at(i) && !m_records.appendAudit(kind, id, columns.at(i), before->at(i), after.at(i)))
            return fail(m_records.errorString());
    }
    return true;
}

} // namespace mentordesk
