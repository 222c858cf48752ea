// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportBatchRepository.h"

#include "changes/ChangeFeed.h"
#include "domain/FieldCatalogue.h"
#include "storage/AuditLog.h"
#include "storage/SqlTransaction.h"

#include <QJsonArray>
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

// Only the columns an import of the record's kind writes are ever restored from a change record,
// so a damaged record cannot name another column.
bool isRestorable(EntityKind table, const QString& column)
{
    const FieldSpec* field = findCatalogueField(table, column);
    if (!field || field->import == ImportUse::None || !field->isStored() || field->id == FieldId::SnapshotDate)
        return false;
    return (table == EntityKind::Mentor) == (field->import == ImportUse::MentorFiles);
}

/// The mentor lists kept as rows that a change record can hold: table → its value column.
const QList<QPair<QString, QString>>& mentorRowLists()
{
    static const QList<QPair<QString, QString>> lists{
        {QStringLiteral("mentor_categories"), QStringLiteral("category")},
        {QStringLiteral("mentor_channels"), QStringLiteral("channel")},
        {QStringLiteral("mentor_languages"), QStringLiteral("language")},
    };
    return lists;
}

bool execBound(QSqlDatabase db, const QString& sql, const QVariantList& values, QString* error)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

/// Puts back the list rows a mentor import replaced (rows, not the text: the categories trigger
/// would split a category with ", " in its name), after its columns were restored.
bool restoreMentorLists(QSqlDatabase db, qint64 mentorId, const QJsonObject& lists, QString* error)
{
    for (const auto& [table, column] : mentorRowLists()) {
        if (!lists.contains(table))
            continue;
        if (!execBound(db, QStringLiteral("DELETE FROM %1 WHERE mentor_id = ?").arg(table), {mentorId}, error))
            return false;
        const QJsonArray rows = lists.value(table).toArray();
        for (const QJsonValue& row : rows)
            if (!execBound(db,
                           QStringLiteral("INSERT OR IGNORE INTO %1(mentor_id, %2) VALUES (?, ?)").arg(table, column),
                           {mentorId, row.toString()}, error))
                return false;
    }
    if (!lists.contains(QStringLiteral("mentor_skills")))
        return true;
    if (!execBound(db, QStringLiteral("DELETE FROM mentor_skills WHERE mentor_id = ?"), {mentorId}, error))
        return false;
    const QJsonObject skills = lists.value(QStringLiteral("mentor_skills")).toObject();
    for (auto it = skills.constBegin(); it != skills.constEnd(); ++it)
        if (!execBound(db, QStringLiteral("INSERT INTO mentor_skills(mentor_id, skill, level) VALUES (?, ?, ?)"),
                       {mentorId, it.key(), it.value().toInt()}, error))
            return false;
    return true;
}

/// Why work done since on the records a batch added forbids its undo, or an empty string.
QString workSinceOnAdded(QSqlDatabase db, qint64 batchId, bool mentors)
{
    QSqlQuery dependents(db);
    // A seller batch's sellers may since be mentees, cohort members or mentors; a mentor batch's
    // mentors may be paired, named in an open match run, or have declared conflicts of interest.
    dependents.prepare(
        mentors ? QStringLiteral(
                      "SELECT (SELECT count(*) FROM pairings p JOIN mentors m ON m.id = p.mentor_id "
                      "WHERE m.import_batch_id = ?), "
                      "(SELECT count(DISTINCT m.id) FROM mentors m JOIN match_runs r WHERE m.import_batch_id = ? AND "
                      "r.status = 'proposed' AND (EXISTS (SELECT 1 FROM match_run_proposals x WHERE x.run_id = r.id "
                      "AND x.mentor_id = m.id) OR EXISTS (SELECT 1 FROM match_run_constraints c WHERE c.run_id = "
                      "r.id AND c.mentor_id = m.id))), "
                      "(SELECT count(*) FROM mentor_disclosures d JOIN mentors m ON m.id = d.mentor_id "
                      "WHERE m.import_batch_id = ?)")
                : QStringLiteral("SELECT (SELECT count(*) FROM pairings p JOIN sellers s ON s.id = p.mentee_id "
                                 "WHERE s.import_batch_id = ?), "
                                 "(SELECT count(*) FROM cohort_members c JOIN sellers s ON s.id = c.seller_id "
                                 "WHERE s.import_batch_id = ?), "
                                 "(SELECT count(*) FROM mentors m JOIN sellers s ON s.id = m.seller_id "
                                 "WHERE s.import_batch_id = ?)"));
    for (int i = 0; i < 3; ++i)
        dependents.addBindValue(batchId);
    if (!dependents.exec() || !dependents.next())
        return dependents.lastError().text();
    const qint64 first = dependents.value(0).toLongLong();
    const qint64 second = dependents.value(1).toLongLong();
    const qint64 third = dependents.value(2).toLongLong();
    if (first + second + third == 0)
        return {};
    if (mentors)
        return ImportBatchRepository::tr(
                   "Mentors this import added have since been paired (%1), proposed or pinned in a match run "
                   "still open (%2) or have declared conflicts of interest (%3); undoing the import would delete "
                   "that work too, so it stays.")
            .arg(first)
            .arg(second)
            .arg(third);
    return ImportBatchRepository::tr("Sellers this import added have since been paired (%1), put in cohorts (%2) or "
                                     "become mentors (%3); undoing the import would delete that work too, so it "
                                     "stays.")
        .arg(first)
        .arg(second)
        .arg(third);
}

/// Why edits made since on the records a batch added or updated forbid its undo, or an empty
/// string: putting old values back over them would lose them without a word.
QString editsSince(QSqlDatabase db, qint64 batchId, bool mentors)
{
    const QString entity = entityText(mentors ? EntityKind::Mentor : EntityKind::Seller);
    QSqlQuery edits(db);
    edits.prepare(QStringLiteral("SELECT count(DISTINCT a.entity_id) FROM audit_log a, import_batches b WHERE b.id = ? "
                                 "AND a.entity = ? AND a.at_utc >= b.finished_utc AND a.entity_id IN ("
                                 "SELECT id FROM %1 WHERE import_batch_id = b.id UNION "
                                 "SELECT entity_id FROM import_batch_changes WHERE batch_id = b.id AND entity = ?)")
                      .arg(tableName(mentors ? EntityKind::Mentor : EntityKind::Seller)));
    edits.addBindValue(batchId);
    edits.addBindValue(entity);
    edits.addBindValue(entity);
    if (!edits.exec() || !edits.next())
        return edits.lastError().text();
    const int edited = edits.value(0).toInt();
    if (edited == 0)
        return {};
    if (mentors)
        return ImportBatchRepository::tr("%n mentor(s) this import added or updated have been edited since; undoing "
                                         "the import would lose those edits, so it stays.",
                                         nullptr, edited);
    return ImportBatchRepository::tr("%n seller(s) this import added or updated have been edited since; undoing the "
                                     "import would lose those edits, so it stays.",
                                     nullptr, edited);
}

/// The old values of one change record put back: its restorable columns, then a mentor's lists.
bool restoreChange(QSqlDatabase db, EntityKind table, const QVariant& id, const QJsonObject& old, QString* error)
{
    QStringList assignments;
    QVariantList values;
    for (auto it = old.constBegin(); it != old.constEnd(); ++it) {
        if (!isRestorable(table, it.key()))
            continue;
        assignments << it.key() + QStringLiteral(" = ?");
        values << it.value().toVariant();
    }
    values << id;
    if (!assignments.isEmpty() && !execBound(db,
                                             QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                                 .arg(tableName(table), assignments.join(QStringLiteral(", "))),
                                             values, error))
        return false;
    return table != EntityKind::Mentor ||
           restoreMentorLists(db, id.toLongLong(), old.value(QStringLiteral("lists")).toObject(), error);
}

bool restoreChanges(QSqlDatabase db, qint64 batchId, QString* error)
{
    QSqlQuery changes(db);
    changes.setForwardOnly(true);
    changes.prepare(
        QStringLiteral("SELECT entity, entity_id, old_values FROM import_batch_changes WHERE batch_id = ?"));
    changes.addBindValue(batchId);
    if (!changes.exec()) {
        *error = changes.lastError().text();
        return false;
    }
    while (changes.next()) {
        // A change record names a seller, a snapshot or a mentor; anything else is not the import's
        // to restore.
        const std::optional<EntityKind> entity = entityKindFromText(changes.value(0).toString());
        if (entity != EntityKind::Seller && entity != EntityKind::MetricSnapshot && entity != EntityKind::Mentor)
            continue;
        const QJsonObject old = QJsonDocument::fromJson(changes.value(2).toByteArray()).object();
        if (!restoreChange(db, *entity, changes.value(1), old, error))
            return false;
    }
    return true;
}

QString batchKind(QSqlDatabase db, qint64 batchId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT kind FROM import_batches WHERE id = ?"));
    query.addBindValue(batchId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
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
            "snapshots_updated, snapshots_unchanged, undone_utc, mentors_added, mentors_updated, mentors_unchanged "
            "FROM import_batches "
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
        batch.mentorsAdded = query.value(19).toLongLong();
        batch.mentorsUpdated = query.value(20).toLongLong();
        batch.mentorsUnchanged = query.value(21).toLongLong();
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
    query.prepare(QStringLiteral("SELECT undone_utc, file_name, kind FROM import_batches WHERE id = ?"));
    query.addBindValue(batchId);
    if (!query.exec() || !query.next()) {
        *reason = tr("This import is not in the program's history.");
        return false;
    }
    if (!query.value(0).isNull()) {
        *reason = tr("This import of “%1” has been undone already.").arg(query.value(1).toString());
        return false;
    }
    // Across kinds: a seller import after a mentor import may have made the mentors' sellers.
    if (undoableBatch() != batchId) {
        *reason = tr("Only the most recent import can be undone; undo the later imports first, newest first.");
        return false;
    }
    const bool mentors = query.value(2).toString() == QLatin1String("mentors");
    *reason = workSinceOnAdded(m_db, batchId, mentors);
    if (reason->isEmpty())
        *reason = editsSince(m_db, batchId, mentors);
    return reason->isEmpty();
}

bool ImportBatchRepository::undo(qint64 batchId, const QString& actor, QString* error)
{
    if (!canUndo(batchId, error))
        return false;
    const bool isMentorBatch = batchKind(m_db, batchId) == QLatin1String("mentors");
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
    QString restoreError;
    if (!restoreChanges(m_db, batchId, &restoreError)) {
        *error = tr("The import could not be undone: %1").arg(restoreError);
        return false;
    }

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QStringList statements{
        QStringLiteral("DELETE FROM seller_metric_snapshots WHERE import_batch_id = ?"),
        QStringLiteral("DELETE FROM sellers WHERE import_batch_id = ?"),
        QStringLiteral("DELETE FROM mentors WHERE import_batch_id = ?"),
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
    // The mentor views re-read after a mentor import's undo, the seller views after the others'.
    if (m_feed)
        m_feed->publish(isMentorBatch ? ChangeEvent::mentorImportUndone(batchId) : ChangeEvent::importUndone(batchId));
    return true;
}

} // namespace mentordesk
