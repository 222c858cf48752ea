// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistRepository.h"

#include "storage/RecordRepository.h"
#include "storage/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mentordesk {

namespace {

const QString kRecord = QStringLiteral("record");

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values = {})
{
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

QDate dateOf(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

ChecklistItem itemFrom(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
            query.value(3).toInt(),      query.value(4).toString(),   dateOf(query.value(5)),
            dateOf(query.value(6))};
}

FeedbackEntry feedbackFrom(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(),
            query.value(1).toLongLong(),
            FeedbackEntry::directionFromCode(query.value(2).toString()),
            query.value(3).toInt(),
            query.value(4).toString(),
            dateOf(query.value(5))};
}

/// What the audit log names a row by when it comes or goes. A template item's attachment reads
/// as the resource library's own writer logs it (resources/ResourceRepository), so a resource's
/// history reads the same whoever wrote it.
QVariant rowName(const ChecklistRow& row)
{
    if (row.kind == EntityKind::Resource)
        return QStringLiteral("checklist_template_item %1")
            .arg(row.value(QStringLiteral("checklist_template_item_id")).toLongLong());
    if (row.kind == EntityKind::ChecklistTemplate)
        return row.value(QStringLiteral("name"));
    if (row.kind == EntityKind::Feedback)
        return QStringLiteral("%1 %2").arg(row.value(QStringLiteral("direction")).toString(),
                                           row.value(QStringLiteral("rating")).toString());
    return row.value(QStringLiteral("title"));
}

/// True when `to` takes the default flag off `from`: written before the flag is set elsewhere,
/// since the partial unique index allows one default at every statement (in either direction
/// of a step).
bool clearsDefault(const ChecklistRow& from, const ChecklistRow& to)
{
    const QString flag = QStringLiteral("is_default");
    return to.kind == EntityKind::ChecklistTemplate && from.value(flag).toInt() == 1 && to.value(flag).toInt() == 0;
}

const QString kItemColumns =
    QStringLiteral("SELECT id, pairing_id, IFNULL(template_item_id, 0), day_offset, title, due_date, done_on "
                   "FROM checklist_items ");
const QString kFeedbackColumns =
    QStringLiteral("SELECT id, pairing_id, direction, rating, comment, given_on FROM feedback ");

} // namespace

ChecklistRepository::ChecklistRepository(RecordRepository& records)
    : m_records(records)
    , m_db(records.database())
{
}

bool ChecklistRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

QVector<ChecklistItem> ChecklistRepository::items(qint64 pairingId) const
{
    QVector<ChecklistItem> result;
    QSqlQuery query(m_db);
    if (run(query, kItemColumns + QStringLiteral("WHERE pairing_id = ? ORDER BY day_offset, due_date, id"),
            {pairingId})) {
        while (query.next())
            result << itemFrom(query);
    }
    return result;
}

std::optional<ChecklistItem> ChecklistRepository::item(qint64 itemId) const
{
    QSqlQuery query(m_db);
    if (run(query, kItemColumns + QStringLiteral("WHERE id = ?"), {itemId}) && query.next())
        return itemFrom(query);
    return std::nullopt;
}

QVector<ChecklistTemplate> ChecklistRepository::templates() const
{
    QVector<ChecklistTemplate> result;
    QSqlQuery query(m_db);
    if (run(query, QStringLiteral("SELECT id, name, is_default FROM checklist_templates ORDER BY is_default DESC, "
                                  "name, id"))) {
        while (query.next())
            result << ChecklistTemplate{query.value(0).toLongLong(), query.value(1).toString(),
                                        query.value(2).toInt() == 1};
    }
    return result;
}

QVector<ChecklistTemplateItem> ChecklistRepository::templateItems(qint64 templateId) const
{
    QVector<ChecklistTemplateItem> result;
    QSqlQuery query(m_db);
    if (run(query,
            QStringLiteral("SELECT id, template_id, day_offset, position, title FROM checklist_template_items "
                           "WHERE template_id = ? ORDER BY day_offset, position, id"),
            {templateId})) {
        while (query.next())
            result << ChecklistTemplateItem{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                            query.value(2).toInt(), query.value(3).toInt(), query.value(4).toString()};
    }
    return result;
}

QVector<FeedbackEntry> ChecklistRepository::feedback(qint64 pairingId) const
{
    QVector<FeedbackEntry> result;
    QSqlQuery query(m_db);
    if (run(query, kFeedbackColumns + QStringLiteral("WHERE pairing_id = ? ORDER BY given_on DESC, id DESC"),
            {pairingId})) {
        while (query.next())
            result << feedbackFrom(query);
    }
    return result;
}

std::optional<FeedbackEntry> ChecklistRepository::feedbackEntry(qint64 feedbackId) const
{
    QSqlQuery query(m_db);
    if (run(query, kFeedbackColumns + QStringLiteral("WHERE id = ?"), {feedbackId}) && query.next())
        return feedbackFrom(query);
    return std::nullopt;
}

MentorRating ChecklistRepository::mentorRating(qint64 mentorId) const
{
    QSqlQuery query(m_db);
    if (run(query,
            QStringLiteral("SELECT IFNULL(avg(f.rating), 0), count(f.rating) FROM pairings p JOIN feedback f ON "
                           "f.pairing_id = p.id AND f.direction = 'mentee_to_mentor' WHERE p.mentor_id = ?"),
            {mentorId}) &&
        query.next())
        return {query.value(0).toDouble(), query.value(1).toInt()};
    return {};
}

bool ChecklistRepository::pairingExists(qint64 pairingId) const
{
    QSqlQuery query(m_db);
    return run(query, QStringLiteral("SELECT 1 FROM pairings WHERE id = ?"), {pairingId}) && query.next();
}

qint64 ChecklistRepository::mentorOf(qint64 pairingId) const
{
    QSqlQuery query(m_db);
    if (run(query, QStringLiteral("SELECT mentor_id FROM pairings WHERE id = ?"), {pairingId}) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

std::optional<ChecklistRow> ChecklistRepository::row(EntityKind kind, qint64 id) const
{
    const ChecklistRows found = rowsWhere(kind, QStringLiteral("id"), id);
    return found.isEmpty() ? std::nullopt : std::optional<ChecklistRow>(found.first());
}

ChecklistRows ChecklistRepository::rowsWhere(EntityKind kind, const QString& column, qint64 value) const
{
    const QStringList columns = ChecklistRow::columnsOf(kind);
    ChecklistRows rows;
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 = ? ORDER BY id")
                 .arg(columns.join(QLatin1String(", ")), ChecklistRow::tableOf(kind), column),
             {value}))
        return rows;
    while (query.next()) {
        ChecklistRow stored{kind, query.value(0).toLongLong(), {}};
        for (int i = 0; i < columns.size(); ++i)
            stored.values.insert(columns.at(i), query.value(i + 1));
        rows << stored;
    }
    return rows;
}

ChecklistRows ChecklistRepository::itemsMadeFrom(qint64 templateItemId) const
{
    return rowsWhere(EntityKind::ChecklistItem, QStringLiteral("template_item_id"), templateItemId);
}

int ChecklistRepository::itemsMadeFromTemplate(qint64 templateId) const
{
    QSqlQuery query(m_db);
    if (run(query,
            QStringLiteral("SELECT count(*) FROM checklist_items c JOIN checklist_template_items i ON i.id = "
                           "c.template_item_id WHERE i.template_id = ?"),
            {templateId}) &&
        query.next())
        return query.value(0).toInt();
    return 0;
}

ChecklistRows ChecklistRepository::attachmentsOf(qint64 templateItemId) const
{
    return rowsWhere(EntityKind::Resource, QStringLiteral("checklist_template_item_id"), templateItemId);
}

qint64 ChecklistRepository::nextId(EntityKind kind) const
{
    QSqlQuery query(m_db);
    if (run(query, QStringLiteral("SELECT IFNULL(max(id), 0) + 1 FROM %1").arg(ChecklistRow::tableOf(kind))) &&
        query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool ChecklistRepository::checkUnchanged(const ChecklistRow& expected)
{
    const std::optional<ChecklistRow> stored = row(expected.kind, expected.id);
    if (stored && stored->sameValues(expected))
        return true;
    return fail(tr("The checklist or feedback changed since this step was taken (it was edited or deleted "
                   "elsewhere), so the step cannot be carried out."));
}

bool ChecklistRepository::insertRow(ChecklistRow* row)
{
    QStringList columns = row->values.keys();
    QVariantList values = row->values.values();
    if (row->id != 0) {
        columns.prepend(QStringLiteral("id"));
        values.prepend(row->id);
    }
    const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", "));
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                 .arg(ChecklistRow::tableOf(row->kind), columns.join(QLatin1String(", ")), marks),
             values))
        return fail(RecordRepository::explainDatabaseError(query.lastError().databaseText()));
    row->id = query.lastInsertId().toLongLong();
    return auditPresence(*row, QVariant(), rowName(*row));
}

bool ChecklistRepository::auditPresence(const ChecklistRow& row, const QVariant& before, const QVariant& after)
{
    // An attachment is logged under its resource, as the library's writer logs it.
    if (row.kind == EntityKind::Resource)
        return m_records.appendAudit(EntityKind::Resource, row.value(QStringLiteral("resource_id")).toLongLong(),
                                     QStringLiteral("attachment"), before, after) ||
               fail(m_records.errorString());
    return m_records.appendAudit(row.kind, row.id, kRecord, before, after) || fail(m_records.errorString());
}

bool ChecklistRepository::updateRow(const ChecklistRow& from, const ChecklistRow& to)
{
    QSqlQuery query(m_db);
    for (auto it = to.values.begin(); it != to.values.end(); ++it) {
        const QVariant before = from.value(it.key());
        if (before.isNull() == it.value().isNull() && before.toString() == it.value().toString())
            continue;
        if (!run(query,
                 QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(ChecklistRow::tableOf(to.kind), it.key()),
                 {it.value(), to.id}))
            return fail(RecordRepository::explainDatabaseError(query.lastError().databaseText()));
        if (!m_records.appendAudit(to.kind, to.id, it.key(), before, it.value()))
            return fail(m_records.errorString());
    }
    return true;
}

bool ChecklistRepository::deleteRow(const ChecklistRow& row)
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(ChecklistRow::tableOf(row.kind)), {row.id}))
        return fail(RecordRepository::explainDatabaseError(query.lastError().databaseText()));
    return auditPresence(row, rowName(row), QVariant());
}

bool ChecklistRepository::write(const ChecklistRows& from, ChecklistRows* to)
{
    m_error.clear();
    SqlTransaction transaction(m_db);
    if (!transaction.isActive())
        return fail(tr("The change could not be written: %1").arg(transaction.errorText()));
    const auto findIn = [](const ChecklistRows& rows, const ChecklistRow& row) {
        return std::find_if(rows.begin(), rows.end(), [&row](const ChecklistRow& r) { return r.isSameRow(row); });
    };
    for (const ChecklistRow& row : from) {
        if (!checkUnchanged(row))
            return false;
    }
    // Inserts first (a template before its items), then updates (an item may now name a new
    // row), then deletes in reverse (items before their template): foreign keys hold at each step.
    for (ChecklistRow& row : *to) {
        if ((row.id == 0 || findIn(from, row) == from.end()) && !insertRow(&row))
            return false;
    }
    if (!updateRows(from, *to))
        return false;
    for (auto it = from.rbegin(); it != from.rend(); ++it) {
        if (findIn(*to, *it) == to->cend() && !deleteRow(*it))
            return false;
    }
    const auto isTemplate = [](const ChecklistRow& row) { return row.kind == EntityKind::ChecklistTemplate; };
    if ((std::any_of(from.begin(), from.end(), isTemplate) || std::any_of(to->begin(), to->end(), isTemplate)) &&
        !checkOneDefault())
        return false;
    return transaction.commit() || fail(tr("The change could not be written: %1").arg(transaction.errorText()));
}

bool ChecklistRepository::updateRows(const ChecklistRows& from, const ChecklistRows& to)
{
    // Two passes: the template losing the default flag first, then the one getting it.
    for (const bool clearing : {true, false}) {
        for (const ChecklistRow& row : to) {
            const auto before =
                std::find_if(from.begin(), from.end(), [&row](const ChecklistRow& r) { return r.isSameRow(row); });
            if (before != from.end() && clearsDefault(*before, row) == clearing && !updateRow(*before, row))
                return false;
        }
    }
    return true;
}

bool ChecklistRepository::checkOneDefault()
{
    // New pairings get the default template's items: while there are templates, exactly one is
    // the default (the partial unique index forbids a second; this refuses none).
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("SELECT count(*), IFNULL(sum(is_default), 0) FROM checklist_templates")) ||
        !query.next())
        return fail(RecordRepository::explainDatabaseError(query.lastError().databaseText()));
    if (query.value(0).toInt() > 0 && query.value(1).toInt() != 1)
        return fail(tr("New pairings need a template to get their checklists from: choose another template for "
                       "new pairings first."));
    return true;
}

} // namespace mentordesk
