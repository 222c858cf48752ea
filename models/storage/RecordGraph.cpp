// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordGraph.h"

#include "RecordRepository.h"
#include "SqlTransaction.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

namespace mentordesk {

namespace {

struct Dependent {
    const char* table;
    const char* column;
    const char* label; ///< "%n …(s)", translated in RecordGraph's context.
};

// Rows removed with a record by ON DELETE CASCADE, listed parents first so that a restore
// can insert them in this order.
const Dependent kSellerDependents[] = {
    {"cohort_members", "seller_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n cohort membership(s)")},
    {"seller_metric_snapshots", "seller_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n metric snapshot(s)")},
    {"mentor_disclosures", "seller_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n conflict-of-interest disclosure(s)")},
    {"pairings", "mentee_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n pairing(s)")},
    {"seller_languages", "seller_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n language(s)")},
    {"seller_brands", "seller_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n brand(s)")},
    {"match_run_proposals", "seller_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n match proposal(s)")},
    {"match_run_constraints", "seller_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n match pin(s) or forbid(s)")},
    {"roundtable_attendance", "seller_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n roundtable attendance(s)")},
};
const Dependent kMentorDependents[] = {
    {"mentor_skills", "mentor_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n skill(s)")},
    {"mentor_disclosures", "mentor_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n conflict-of-interest disclosure(s)")},
    {"pairings", "mentor_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n pairing(s)")},
    // mentor_categories is not captured: restoring the mentor's row rebuilds it (schema v5 trigger).
    {"mentor_languages", "mentor_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n language(s)")},
    {"mentor_channels", "mentor_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n sales channel(s)")},
    {"match_run_proposals", "mentor_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n match proposal(s)")},
    {"match_run_constraints", "mentor_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n match pin(s) or forbid(s)")},
};
const Dependent kCohortDependents[] = {
    {"cohort_members", "cohort_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n cohort membership(s)")},
    {"touchpoint_series", "cohort_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n recurring roundtable(s)")},
    {"touchpoints", "cohort_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n roundtable touchpoint(s)")},
};
const Dependent kPairingDependents[] = {
    {"touchpoint_series", "pairing_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n recurring touchpoint(s)")},
    {"touchpoints", "pairing_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n touchpoint(s)")},
    {"feedback", "pairing_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n feedback rating(s)")},
    {"checklist_items", "pairing_id", QT_TRANSLATE_N_NOOP("RecordGraph", "%n checklist item(s)")},
};

// Rows of the calendar (schema version 6) that go with a captured series or touchpoint, captured
// right after it so that a restore inserts them after their parent.
struct ChildTable {
    const char* parent;
    const char* table;
    const char* column;
};
const ChildTable kChildTables[] = {
    {"touchpoint_series", "touchpoint_series_exceptions", "series_id"},
    {"touchpoints", "roundtable_attendance", "touchpoint_id"},
    // Resources handed out at a touchpoint (schema 7); the resources themselves stay.
    {"touchpoints", "resource_attachments", "touchpoint_id"},
};

// References set to NULL when the record goes (ON DELETE SET NULL).
struct NullableReference {
    EntityKind entity;
    const char* table;
    const char* column;
};
const NullableReference kNullableReferences[] = {
    {EntityKind::Seller, "mentors", "seller_id"},
    {EntityKind::Cohort, "match_runs", "cohort_id"},
};

template <std::size_t N> QVector<Dependent> toVector(const Dependent (&items)[N])
{
    return QVector<Dependent>(std::begin(items), std::end(items));
}

QVector<Dependent> dependentsOf(EntityKind entity)
{
    switch (entity) {
    case EntityKind::Seller:
        return toVector(kSellerDependents);
    case EntityKind::Mentor:
        return toVector(kMentorDependents);
    case EntityKind::Cohort:
        return toVector(kCohortDependents);
    default:
        return {};
    }
}

QString idList(const QVector<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

qint64 countRows(QSqlDatabase db, const QString& sql, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

DeletePlan RecordGraph::plan(const RecordRepository& records, const TableSpec& spec, qint64 id)
{
    DeletePlan plan;
    QSqlDatabase db = records.database();
    plan.name = records.displayName(spec, id);
    if (spec.entity == EntityKind::Mentor) {
        const qint64 open = countRows(
            db, QStringLiteral("SELECT count(*) FROM pairings WHERE mentor_id = ? AND status <> 'ended'"), id);
        if (open > 0) {
            plan.blockedReason = tr("%1 is mentoring %n seller(s) right now. End or re-match those pairings first; "
                                    "then the mentor can be deleted.",
                                    nullptr, int(open))
                                     .arg(plan.name);
            return plan;
        }
    }
    for (const Dependent& dependent : dependentsOf(spec.entity)) {
        const qint64 count = countRows(db,
                                       QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                                           .arg(QLatin1String(dependent.table), QLatin1String(dependent.column)),
                                       id);
        if (count > 0)
            plan.consequences << tr(dependent.label, nullptr, int(count));
        if (count > 0 && QLatin1String(dependent.table) == QLatin1String("pairings")) {
            for (const Dependent& child : kPairingDependents) {
                const qint64 childCount = countRows(
                    db,
                    QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IN (SELECT id FROM pairings WHERE %3 = ?)")
                        .arg(QLatin1String(child.table), QLatin1String(child.column), QLatin1String(dependent.column)),
                    id);
                if (childCount > 0)
                    plan.consequences << tr(child.label, nullptr, int(childCount));
            }
        }
    }
    return plan;
}

bool RecordGraph::captureRows(QSqlDatabase db, const QString& table, const QString& column, const QVector<qint64>& ids,
                              QVector<qint64>* capturedIds)
{
    if (ids.isEmpty())
        return true;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT * FROM %1 WHERE %2 IN (%3)").arg(table, column, idList(ids))))
        return fail(query.lastError().databaseText());
    CapturedTable captured{table, {}};
    while (query.next()) {
        captured.rows << query.record();
        if (capturedIds && captured.rows.last().indexOf(QStringLiteral("id")) >= 0)
            *capturedIds << captured.rows.last().value(QStringLiteral("id")).toLongLong();
    }
    if (captured.rows.isEmpty())
        return true;
    m_tables << captured;
    for (const ChildTable& child : kChildTables) {
        if (table != QLatin1String(child.parent))
            continue;
        QVector<qint64> parentIds;
        for (const QSqlRecord& row : std::as_const(captured.rows))
            parentIds << row.value(QStringLiteral("id")).toLongLong();
        if (!captureRows(db, QLatin1String(child.table), QLatin1String(child.column), parentIds, nullptr))
            return false;
    }
    return true;
}

bool RecordGraph::capture(QSqlDatabase db, const TableSpec& spec, qint64 id)
{
    m_tables.clear();
    m_clearedReferences.clear();
    if (!captureRows(db, spec.table, QStringLiteral("id"), {id}, nullptr))
        return false;
    if (m_tables.isEmpty()) {
        m_error = tr("The record no longer exists; it may have been deleted already.");
        return false;
    }
    for (const Dependent& dependent : dependentsOf(spec.entity)) {
        QVector<qint64> capturedIds;
        if (!captureRows(db, QLatin1String(dependent.table), QLatin1String(dependent.column), {id}, &capturedIds))
            return false;
        if (QLatin1String(dependent.table) == QLatin1String("pairings")) {
            for (const Dependent& child : kPairingDependents) {
                if (!captureRows(db, QLatin1String(child.table), QLatin1String(child.column), capturedIds, nullptr))
                    return false;
            }
        }
    }
    for (const NullableReference& reference : kNullableReferences) {
        if (spec.entity != reference.entity)
            continue;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                          .arg(QLatin1String(reference.table), QLatin1String(reference.column)));
        query.addBindValue(id);
        ClearedReference cleared{QLatin1String(reference.table), QLatin1String(reference.column), {}};
        if (query.exec()) {
            while (query.next())
                cleared.ids << query.value(0).toLongLong();
        }
        if (!cleared.ids.isEmpty())
            m_clearedReferences << cleared;
    }
    return true;
}

bool RecordGraph::fail(const QString& databaseMessage)
{
    m_error = RecordRepository::explainDatabaseError(databaseMessage);
    return false;
}

bool RecordGraph::remove(RecordRepository& records, const TableSpec& spec, qint64 id)
{
    m_error.clear();
    QSqlDatabase db = records.database();
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return fail(transaction.errorText());
    m_id = id;
    m_name = records.displayName(spec, id);
    if (!capture(db, spec, id))
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(spec.table));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query.lastError().databaseText());
    if (!records.appendAudit(spec.entity, id, QStringLiteral("record"), m_name, QVariant())) {
        m_error = records.errorString();
        return false;
    }
    return transaction.commit() || fail(transaction.errorText());
}

bool RecordGraph::restore(RecordRepository& records, const TableSpec& spec)
{
    m_error.clear();
    QSqlDatabase db = records.database();
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return fail(transaction.errorText());
    QSqlQuery query(db);
    for (const CapturedTable& captured : std::as_const(m_tables)) {
        for (const QSqlRecord& row : captured.rows) {
            QStringList columns;
            QStringList placeholders;
            for (int i = 0; i < row.count(); ++i) {
                columns << row.fieldName(i);
                placeholders << QStringLiteral("?");
            }
            query.prepare(
                QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                    .arg(captured.table, columns.join(QLatin1Char(',')), placeholders.join(QLatin1Char(','))));
            for (int i = 0; i < row.count(); ++i)
                query.addBindValue(row.value(i));
            if (!query.exec())
                return fail(query.lastError().databaseText());
        }
    }
    for (const ClearedReference& reference : std::as_const(m_clearedReferences)) {
        query.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id IN (%3)")
                          .arg(reference.table, reference.column, idList(reference.ids)));
        query.addBindValue(m_id);
        if (!query.exec())
            return fail(query.lastError().databaseText());
    }
    if (!records.appendAudit(spec.entity, m_id, QStringLiteral("record"), QVariant(), m_name)) {
        m_error = records.errorString();
        return false;
    }
    return transaction.commit() || fail(transaction.errorText());
}

} // namespace mentordesk
