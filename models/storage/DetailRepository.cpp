// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailRepository.h"

#include "domain/FieldCatalogue.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace mentordesk {

namespace {

std::optional<double> optionalDouble(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

/// The stored metrics of a snapshot, as the field catalogue lists them.
const QVector<const FieldSpec*>& storedMetrics()
{
    static const QVector<const FieldSpec*> metrics = [] {
        QVector<const FieldSpec*> list;
        for (const FieldSpec& field : fieldCatalogue())
            if (field.table == EntityKind::MetricSnapshot && field.snapshotMetric && field.isStored())
                list << &field;
        return list;
    }();
    return metrics;
}

/// "m.snapshot_date, m.period_days, m.revenue, …" for the snapshot alias `m`.
QString snapshotColumns()
{
    QStringList columns{QStringLiteral("m.") + fieldKey(FieldId::SnapshotDate),
                        QStringLiteral("m.") + fieldKey(FieldId::SnapshotPeriodDays)};
    for (const FieldSpec* metric : storedMetrics())
        columns << QStringLiteral("m.") + metric->key;
    return columns.join(QStringLiteral(", "));
}

std::optional<MetricSnapshot> readSnapshot(QSqlQuery& query)
{
    if (!query.exec() || !query.next())
        return std::nullopt;
    MetricSnapshot snapshot;
    snapshot.date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    snapshot.periodDays = query.value(1).toInt();
    int column = 2;
    for (const FieldSpec* metric : storedMetrics()) {
        const QVariant value = query.value(column++);
        if (!value.isNull())
            snapshot.values.insert(metric->id, value.toDouble());
    }
    return snapshot;
}

} // namespace

DetailRepository::DetailRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

SellerMetrics DetailRepository::sellerMetrics(qint64 sellerId) const
{
    SellerMetrics metrics;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM seller_metric_snapshots m WHERE m.seller_id = ? "
                                 "ORDER BY m.snapshot_date DESC LIMIT 1")
                      .arg(snapshotColumns()));
    query.addBindValue(sellerId);
    metrics.latest = readSnapshot(query);

    query.prepare(QStringLiteral("SELECT %1 FROM seller_metric_snapshots m JOIN sellers s ON s.id = m.seller_id "
                                 "WHERE m.seller_id = ? AND s.enrolment_date IS NOT NULL "
                                 "AND m.snapshot_date <= s.enrolment_date ORDER BY m.snapshot_date DESC LIMIT 1")
                      .arg(snapshotColumns()));
    query.addBindValue(sellerId);
    metrics.baseline = readSnapshot(query);
    return metrics;
}

QVector<PairingSummary> DetailRepository::pairings(const QString& sql, qint64 id) const
{
    QVector<PairingSummary> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(id);
    if (!query.exec())
        return result;
    while (query.next()) {
        PairingSummary pairing;
        pairing.id = query.value(0).toLongLong();
        pairing.counterpart = query.value(1).toString();
        pairing.status = query.value(2).toString();
        pairing.startedOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        pairing.trialEndDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        pairing.endedOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        pairing.endReason = query.value(6).toString();
        pairing.score = optionalDouble(query.value(7));
        pairing.touchpointsDone = query.value(8).toInt();
        result << pairing;
    }
    return result;
}

QVector<PairingSummary> DetailRepository::pairingsOfSeller(qint64 sellerId) const
{
    return pairings(QStringLiteral("SELECT p.id, m.name, p.status, p.started_on, p.trial_end_date, p.ended_on, "
                                   "p.end_reason, p.score, (SELECT count(*) FROM touchpoints tp "
                                   "WHERE tp.pairing_id = p.id AND tp.status = 'done') "
                                   "FROM pairings p JOIN mentors m ON m.id = p.mentor_id "
                                   "WHERE p.mentee_id = ? ORDER BY p.status = 'ended', p.started_on DESC"),
                    sellerId);
}

QVector<PairingSummary> DetailRepository::pairingsOfMentor(qint64 mentorId) const
{
    return pairings(QStringLiteral("SELECT p.id, s.shop_name, p.status, p.started_on, p.trial_end_date, p.ended_on, "
                                   "p.end_reason, p.score, (SELECT count(*) FROM touchpoints tp "
                                   "WHERE tp.pairing_id = p.id AND tp.status = 'done') "
                                   "FROM pairings p JOIN sellers s ON s.id = p.mentee_id "
                                   "WHERE p.mentor_id = ? ORDER BY p.status = 'ended', p.started_on DESC"),
                    mentorId);
}

QStringList DetailRepository::cohortMembers(qint64 cohortId, int limit) const
{
    QStringList members;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT s.shop_name FROM cohort_members cm JOIN sellers s ON s.id = cm.seller_id "
                                 "WHERE cm.cohort_id = ? ORDER BY s.shop_name COLLATE NOCASE LIMIT ?"));
    query.addBindValue(cohortId);
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            members << query.value(0).toString();
    }
    return members;
}

int DetailRepository::cohortMemberCount(qint64 cohortId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM cohort_members WHERE cohort_id = ?"));
    query.addBindValue(cohortId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QVector<AuditEntry> DetailRepository::auditHistory(EntityKind entity, qint64 id, int limit) const
{
    QVector<AuditEntry> entries;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT at_utc, actor, field, old_value, new_value FROM audit_log "
                                 "WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ?"));
    query.addBindValue(entityText(entity));
    query.addBindValue(id);
    query.addBindValue(limit);
    if (!query.exec())
        return entries;
    while (query.next()) {
        AuditEntry entry;
        entry.at = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
        entry.actor = query.value(1).toString();
        entry.field = query.value(2).toString();
        entry.oldIsNull = query.value(3).isNull();
        entry.newIsNull = query.value(4).isNull();
        entry.oldValue = query.value(3).toString();
        entry.newValue = query.value(4).toString();
        entries << entry;
    }
    return entries;
}

} // namespace mentordesk
