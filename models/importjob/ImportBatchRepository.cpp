// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportBatchRepository.h"

#include "changes/ChangeFeed.h"
#include "domain/FieldCatalogue.h"
#include "storage/AuditLog.h"
#include "storage/SqlTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mentordesk {

namespace {

QDateTime utc(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

// Only the columns a seller or metrics import writes are ever restored from a change record, so a
// damaged record cannot name another column (the mentor import records no batch to undo).
bool isRestorable(EntityKind table, const QString& column)
{
    const FieldSpec* field = findCatalogueField(table, column);
    const bool batchImported = field && field->import != ImportUse::None && field->import != ImportUse::MentorFiles;
    return batchImported && field->isStored() && field->id != FieldId::SnapshotDate;
}

} // namespace

ImportBatchRepository::ImportBatchRepository(QSqlDatabase db, ChangeFeed* feed)
    : m_db(std::move(db))
    , m_feed(feed)
{
}

QList<ImportBatch> ImportBatchRepository::batches() const
{
    QList<ImportBatch> list;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, kind, file_name, file_sha256, file_size, profile, actor, started_utc, finished_utc, rows_read, "
            "sellers_added, sellers_updated, sellers_unchanged, rows_skipped, rows_rejected, snapshots_added, "
            "snapshots_updated, snapshots_unchanged, undone_utc FROM import_batches "
            "WHERE finished_utc IS NOT NULL ORDER BY id DESC")))
        return list;
    while (query.next()) {
        ImportBatch batch;
        batch.id = query.value(0).toLongLong();
        batch.kind = query.value(1).toString();
        batch.fileName = query.value(2).toString();
        batch.fileSha256 = query.value(3).toString();
        batch.fileSize = query.value(4).toLongLong();
        batch.profile = query.value(5).toString();
        batch.actor = query.value(6).toString();
        batch.startedUtc = utc(query.value(7));
        batch.finishedUtc = utc(query.value(8));
        qint64* counts[] = {&batch.rowsRead,         &batch.sellersAdded,     &batch.sellersUpdated,
                            &batch.sellersUnchanged, &batch.rowsSkipped,      &batch.rowsRejected,
                            &batch.snapshotsAdded,   &batch.snapshotsUpdated, &batch.snapshotsUnchanged};
        for (int i = 0; i < 9; ++i)
            *counts[i] = query.value(9 + i).toLongLong();
        batch.undoneUtc = utc(query.value(18));
        list << batch;
    }
    return list;
}

qint64 ImportBatchRepository::undoableBatch() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT id FROM import_batches WHERE finished_utc IS NOT NULL AND undone_utc IS NULL "
                                  "ORDER BY id DESC LIMIT 1")) &&
        query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool ImportBatchRepository::canUndo(qint64 batchId, QString* reason) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT undone_utc, file_name FROM import_batches WHERE id = ?"));
    query.addBindValue(batchId);
    if (!query.exec() || !query.next()) {
        *reason = tr("This import is not in the program's history.");
        return false;
    }
    if (!query.value(0).isNull()) {
        *reason = tr("This import of “%1” has been undone already.").arg(query.value(1).toString());
        return false;
    }
    if (undoableBatch() != batchId) {
        *reason = tr("Only the most recent import can be undone; undo the later imports first, newest first.");
        return false;
    }
    // Work done since on the sellers this import added would go with them.
    QSqlQuery dependents(m_db);
    dependents.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM pairings p JOIN sellers s ON s.id = p.mentee_id WHERE s.import_batch_id = ?), "
        "(SELECT count(*) FROM cohort_members c JOIN sellers s ON s.id = c.seller_id WHERE s.import_batch_id = ?), "
        "(SELECT count(*) FROM mentors m JOIN sellers s ON s.id = m.seller_id WHERE s.import_batch_id = ?)"));
    for (int i = 0; i < 3; ++i)
        dependents.addBindValue(batchId);
    if (!dependents.exec() || !dependents.next()) {
        *reason = dependents.lastError().text();
        return false;
    }
    const qint64 pairings = dependents.value(0).toLongLong();
    const qint64 members = dependents.value(1).toLongLong();
    const qint64 mentors = dependents.value(2).toLongLong();
    if (pairings + members + mentors > 0) {
        *reason = tr("Sellers this import added have since been paired (%1), put in cohorts (%2) or become mentors "
                     "(%3); undoing the import would delete that work too, so it stays.")
                      .arg(pairings)
                      .arg(members)
                      .arg(mentors);
        return false;
    }
    // Putting old values back over edits made since would lose those edits without a word.
    QSqlQuery edits(m_db);
    edits.prepare(
        QStringLiteral("SELECT count(DISTINCT a.entity_id) FROM audit_log a, import_batches b WHERE b.id = ? AND "
                       "a.entity = 'seller' AND a.at_utc >= b.finished_utc AND a.entity_id IN ("
                       "SELECT id FROM sellers WHERE import_batch_id = b.id UNION "
                       "SELECT entity_id FROM import_batch_changes WHERE batch_id = b.id AND entity = 'seller')"));
    edits.addBindValue(batchId);
    if (!edits.exec() || !edits.next()) {
        *reason = edits.lastError().text();
        return false;
    }
    if (const qint64 edited = edits.value(0).toLongLong(); edited > 0) {
        *reason = tr("%n seller(s) this import added or updated have been edited since; undoing the import would "
                     "lose those edits, so it stays.",
                     nullptr, int(edited));
        return false;
    }
    return true;
}

bool ImportBatchRepository::undo(qint64 batchId, const QString& actor, QString* error)
{
    if (!canUndo(batchId, error))
        return false;
    SqlTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.errorText();
        return false;
    }
    auto fail = [error](const QSqlQuery& query) {
        *error = tr("The import could not be undone: %1").arg(query.lastError().text());
        return false;
    };

    // Updated rows get their old values back first; the added rows then go.
    QSqlQuery changes(m_db);
    changes.setForwardOnly(true);
    changes.prepare(
        QStringLiteral("SELECT entity, entity_id, old_values FROM import_batch_changes WHERE batch_id = ?"));
    changes.addBindValue(batchId);
    if (!changes.exec())
        return fail(changes);
    while (changes.next()) {
        // A change record names a seller or a snapshot; anything else is not the import's to restore.
        const std::optional<EntityKind> entity = entityKindFromText(changes.value(0).toString());
        if (entity != EntityKind::Seller && entity != EntityKind::MetricSnapshot)
            continue;
        const EntityKind table = *entity;
        const QJsonObject old = QJsonDocument::fromJson(changes.value(2).toByteArray()).object();
        QStringList assignments;
        QVariantList values;
        for (auto it = old.constBegin(); it != old.constEnd(); ++it) {
            if (!isRestorable(table, it.key()))
                continue;
            assignments << it.key() + QStringLiteral(" = ?");
            values << it.value().toVariant();
        }
        if (assignments.isEmpty())
            continue;
        QSqlQuery restore(m_db);
        restore.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                            .arg(tableName(table), assignments.join(QStringLiteral(", "))));
        for (const QVariant& value : std::as_const(values))
            restore.addBindValue(value);
        restore.addBindValue(changes.value(1));
        if (!restore.exec())
            return fail(restore);
    }

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QStringList statements{
        QStringLiteral("DELETE FROM seller_metric_snapshots WHERE import_batch_id = ?"),
        QStringLiteral("DELETE FROM sellers WHERE import_batch_id = ?"),
    };
    for (const QString& sql : statements) {
        QSqlQuery query(m_db);
        query.prepare(sql);
        query.addBindValue(batchId);
        if (!query.exec())
            return fail(query);
    }
    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral("UPDATE import_batches SET undone_utc = ? WHERE id = ?"));
    mark.addBindValue(now);
    mark.addBindValue(batchId);
    if (!mark.exec())
        return fail(mark);
    AuditLog audit(m_db, actor);
    if (!audit.append(EntityKind::ImportBatch, batchId, QStringLiteral("undo"), QVariant(), QStringLiteral("undone"))) {
        *error = tr("The import could not be undone: %1").arg(audit.errorText());
        return false;
    }
    if (!transaction.commit()) {
        *error = tr("The import could not be undone: %1").arg(transaction.errorText());
        return false;
    }
    if (m_feed)
        m_feed->publish(ChangeEvent::importUndone(batchId));
    return true;
}

} // namespace mentordesk
