// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceRepository.h"

#include "storage/RecordRepository.h"
#include "storage/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mentordesk {

namespace {

const QString kListColumns =
    QStringLiteral("r.id, r.title, r.kind, r.category, r.tags, r.url, r.file_name, r.mime_type, r.size_bytes, "
                   "r.created_utc");

ResourceRecord listedFrom(const QSqlQuery& query)
{
    ResourceRecord r;
    r.id = query.value(0).toLongLong();
    r.title = query.value(1).toString();
    r.kind = query.value(2).toString();
    r.category = query.value(3).toString();
    r.tags = query.value(4).toString();
    r.url = query.value(5).toString();
    r.fileName = query.value(6).toString();
    r.mimeType = query.value(7).toString();
    r.sizeBytes = query.value(8).toLongLong();
    r.createdUtc = query.value(9).toString();
    return r;
}

QVariant textOrNull(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

/// A null QString binds as NULL; the text columns are NOT NULL with '' for none.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

/// The columns written, in the order of kWriteColumns; a link has no file columns, a file no url.
QVariantList resourceValues(const ResourceRecord& r)
{
    const bool link = r.isLink();
    return {text(r.title),
            text(r.kind),
            text(r.category),
            text(r.tags),
            textOrNull(r.url),
            link ? QVariant() : QVariant(r.fileName),
            link ? QVariant() : textOrNull(r.mimeType),
            link ? QVariant() : QVariant(r.sizeBytes),
            link ? QVariant() : QVariant(r.content.isNull() ? QByteArray("") : r.content)};
}

const QStringList kWriteColumns = {
    QStringLiteral("title"),     QStringLiteral("kind"),       QStringLiteral("category"),
    QStringLiteral("tags"),      QStringLiteral("url"),        QStringLiteral("file_name"),
    QStringLiteral("mime_type"), QStringLiteral("size_bytes"), QStringLiteral("content")};

/// What the audit log says a whole resource was ("link Seller help", "benchmark data.csv").
QString summary(const ResourceRecord& r)
{
    return QStringLiteral("%1 %2").arg(r.kind, r.isLink() ? r.url : r.fileName);
}

QString attachmentText(const ResourceAttachment& a)
{
    return a.touchpointId ? QStringLiteral("touchpoint %1").arg(a.touchpointId)
                          : QStringLiteral("checklist_template_item %1").arg(a.templateItemId);
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

} // namespace

ResourceRepository::ResourceRepository(RecordRepository& records)
    : m_records(records)
{
}

bool ResourceRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

std::optional<ResourceRecord> ResourceRepository::resource(qint64 id) const
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT %1, r.content FROM resources r WHERE r.id = ?").arg(kListColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    ResourceRecord r = listedFrom(query);
    r.content = query.value(10).toByteArray();
    return r;
}

QVector<ResourceAttachment> ResourceRepository::attachments(qint64 resourceId) const
{
    QVector<ResourceAttachment> result;
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT touchpoint_id, checklist_template_item_id FROM resource_attachments "
                                 "WHERE resource_id = ? ORDER BY id"));
    query.addBindValue(resourceId);
    if (query.exec()) {
        while (query.next())
            result << ResourceAttachment{resourceId, query.value(0).toLongLong(), query.value(1).toLongLong()};
    }
    return result;
}

QVector<ResourceRecord> ResourceRepository::listed(const QString& sql, const QVariantList& values) const
{
    QVector<ResourceRecord> result;
    QSqlQuery query(m_records.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec()) {
        while (query.next())
            result << listedFrom(query);
    }
    return result;
}

QVector<ResourceRecord> ResourceRepository::attachedToTouchpoint(qint64 touchpointId) const
{
    return listed(QStringLiteral("SELECT %1 FROM resources r JOIN resource_attachments a ON a.resource_id = r.id "
                                 "WHERE a.touchpoint_id = ? ORDER BY r.title COLLATE NOCASE, r.id")
                      .arg(kListColumns),
                  {touchpointId});
}

QVector<ResourceRecord> ResourceRepository::attachedToTemplateItem(qint64 templateItemId) const
{
    return listed(QStringLiteral("SELECT %1 FROM resources r JOIN resource_attachments a ON a.resource_id = r.id "
                                 "WHERE a.checklist_template_item_id = ? ORDER BY r.title COLLATE NOCASE, r.id")
                      .arg(kListColumns),
                  {templateItemId});
}

QVector<ResourceRecord> ResourceRepository::list(const QString& text, const QString& kind) const
{
    QStringList conditions;
    QVariantList values;
    if (!text.trimmed().isEmpty()) {
        // instr on lower() rather than LIKE, so % and _ in the search are plain characters.
        conditions << QStringLiteral("instr(lower(r.title || ' ' || r.category || ' ' || r.tags || ' ' || "
                                     "IFNULL(r.file_name, '') || ' ' || IFNULL(r.url, '')), lower(?)) > 0");
        values << text.trimmed();
    }
    if (!kind.isEmpty()) {
        conditions << QStringLiteral("r.kind = ?");
        values << kind;
    }
    const QString where =
        conditions.isEmpty() ? QString() : QStringLiteral(" WHERE %1").arg(conditions.join(QStringLiteral(" AND ")));
    return listed(
        QStringLiteral("SELECT %1 FROM resources r%2 ORDER BY r.title COLLATE NOCASE, r.id").arg(kListColumns, where),
        values);
}

bool ResourceRepository::touchpointExists(qint64 id) const
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT 1 FROM touchpoints WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next();
}

bool ResourceRepository::templateItemExists(qint64 id) const
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT 1 FROM checklist_template_items WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next();
}

qint64 ResourceRepository::nextId() const
{
    QSqlQuery query(m_records.database());
    return query.exec(QStringLiteral("SELECT IFNULL(max(id), 0) + 1 FROM resources")) && query.next()
               ? query.value(0).toLongLong()
               : 1;
}

bool ResourceRepository::write(const ResourceRows& from, const ResourceRows& to)
{
    m_error.clear();
    SqlTransaction transaction(m_records.database());
    if (!transaction.isActive())
        return fail(RecordRepository::explainDatabaseError(transaction.errorText()));
    if (!unchanged(from, to) || !removeRows(from, to) || !storeRows(from, to))
        return false;
    return transaction.commit() || fail(RecordRepository::explainDatabaseError(transaction.errorText()));
}

bool ResourceRepository::attachmentStored(const ResourceAttachment& a) const
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT 1 FROM resource_attachments WHERE resource_id = ? AND "
                                 "IFNULL(touchpoint_id, 0) = ? AND IFNULL(checklist_template_item_id, 0) = ?"));
    query.addBindValue(a.resourceId);
    query.addBindValue(a.touchpointId);
    query.addBindValue(a.templateItemId);
    return query.exec() && query.next();
}

bool ResourceRepository::unchanged(const ResourceRows& from, const ResourceRows& to)
{
    // Read again inside the transaction: every row must still be what the command started from.
    const QString changed = tr("The resource was changed meanwhile (in another window or at another desk); look at "
                               "it again and decide anew.");
    for (const ResourceRecord& side : from.resources + to.resources) {
        const std::optional<ResourceRecord> stored = resource(side.id);
        auto expected = std::find_if(from.resources.begin(), from.resources.end(),
                                     [&side](const ResourceRecord& r) { return r.id == side.id; });
        if (!stored && expected != from.resources.end())
            return fail(tr("The resource no longer exists; it may have been deleted."));
        if (stored && (expected == from.resources.end() || *stored != *expected))
            return fail(changed);
    }
    for (const ResourceAttachment& side : from.attachments + to.attachments) {
        if (attachmentStored(side) != from.attachments.contains(side))
            return fail(changed);
    }
    return true;
}

bool ResourceRepository::execute(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_records.database());
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec() || fail(RecordRepository::explainDatabaseError(query.lastError().databaseText()));
}

bool ResourceRepository::audit(qint64 id, const QString& field, const QVariant& before, const QVariant& after)
{
    return m_records.appendAudit(EntityKind::Resource, id, field, before, after) || fail(m_records.errorString());
}

bool ResourceRepository::removeRows(const ResourceRows& from, const ResourceRows& to)
{
    // Attachments before their resources (the cascade would take them unaudited).
    for (const ResourceAttachment& row : from.attachments) {
        if (to.attachments.contains(row))
            continue;
        if (!execute(QStringLiteral("DELETE FROM resource_attachments WHERE resource_id = ? AND "
                                    "IFNULL(touchpoint_id, 0) = ? AND IFNULL(checklist_template_item_id, 0) = ?"),
                     {row.resourceId, row.touchpointId, row.templateItemId}) ||
            !audit(row.resourceId, QStringLiteral("attachment"), attachmentText(row), QVariant()))
            return false;
    }
    for (const ResourceRecord& row : from.resources) {
        const bool kept = std::any_of(to.resources.begin(), to.resources.end(),
                                      [&row](const ResourceRecord& r) { return r.id == row.id; });
        if (kept)
            continue;
        if (!execute(QStringLiteral("DELETE FROM resources WHERE id = ?"), {row.id}) ||
            !audit(row.id, QStringLiteral("record"), summary(row), QVariant()))
            return false;
    }
    return true;
}

bool ResourceRepository::storeRows(const ResourceRows& from, const ResourceRows& to)
{
    for (const ResourceRecord& row : to.resources) {
        auto before = std::find_if(from.resources.begin(), from.resources.end(),
                                   [&row](const ResourceRecord& r) { return r.id == row.id; });
        if (!storeResource(before == from.resources.end() ? nullptr : &*before, row))
            return false;
    }
    for (const ResourceAttachment& row : to.attachments) {
        if (from.attachments.contains(row))
            continue;
        if (!execute(QStringLiteral("INSERT INTO resource_attachments(resource_id, touchpoint_id, "
                                    "checklist_template_item_id) VALUES (?, ?, ?)"),
                     {row.resourceId, idOrNull(row.touchpointId), idOrNull(row.templateItemId)}) ||
            !audit(row.resourceId, QStringLiteral("attachment"), QVariant(), attachmentText(row)))
            return false;
    }
    return true;
}

bool ResourceRepository::storeResource(const ResourceRecord* before, const ResourceRecord& after)
{
    if (before && *before == after)
        return true;
    const QString now = RecordRepository::nowUtc();
    const QVariantList values = resourceValues(after);
    if (!before) {
        QVariantList bound = values;
        bound.prepend(after.id);
        bound << (after.createdUtc.isEmpty() ? now : after.createdUtc) << now;
        return execute(QStringLiteral("INSERT INTO resources(id, %1, created_utc, updated_utc) VALUES (?%2)")
                           .arg(kWriteColumns.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(11)),
                       bound) &&
               audit(after.id, QStringLiteral("record"), QVariant(), summary(after));
    }
    QStringList assignments;
    for (const QString& column : kWriteColumns)
        assignments << QStringLiteral("%1 = ?").arg(column);
    QVariantList bound = values;
    bound << now << after.id;
    if (!execute(QStringLiteral("UPDATE resources SET %1, updated_utc = ? WHERE id = ?")
                     .arg(assignments.join(QStringLiteral(", "))),
                 bound))
        return false;
    // The blob itself is never copied into the audit log; its size column says it changed.
    const QVariantList old = resourceValues(*before);
    for (int i = 0; i + 1 < kWriteColumns.size(); ++i) {
        if (old.at(i) != values.at(i) && !audit(after.id, kWriteColumns.at(i), old.at(i), values.at(i)))
            return false;
    }
    return true;
}

} // namespace mentordesk
