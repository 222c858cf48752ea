// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TableSpec.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantMap>

namespace mentordesk {

/// Reads and writes single records of the workspace tables, each change together with its
/// audit-log rows in one transaction. The only place (with the other repositories) that
/// writes SQL for records.
class RecordRepository {
    Q_DECLARE_TR_FUNCTIONS(RecordRepository)
public:
    RecordRepository(QSqlDatabase db, QString actor);

    QVariant value(const TableSpec& spec, qint64 id, const QString& key) const;
    QString displayName(const TableSpec& spec, qint64 id) const;

    /// Sets one field and appends (entity, id, field, old, new) to the audit log.
    bool updateField(const TableSpec& spec, qint64 id, const QString& key, const QVariant& value);

    /// Inserts a record (with `id` when non-zero, so undo/redo keeps identities) and logs it.
    qint64 insertRecord(const TableSpec& spec, const QVariantMap& values, qint64 id = 0);

    /// Id of another record whose `key` equals `value` (case-insensitively), or 0.
    qint64 findDuplicate(const TableSpec& spec, const QString& key, const QVariant& value, qint64 exceptId = 0) const;

    /// Appends one audit-log row (through AuditLog); callers run it inside their own transaction.
    bool appendAudit(EntityKind entity, qint64 id, const QString& field, const QVariant& oldValue,
                     const QVariant& newValue);

    QString errorString() const { return m_error; }
    QSqlDatabase database() const { return m_db; }

    static QString nowUtc();
    /// Turns a database constraint failure into a sentence a coordinator understands.
    static QString explainDatabaseError(const QString& databaseMessage);

private:
    bool fail(const QString& message);

    QSqlDatabase m_db;
    AuditLog m_audit;
    QString m_error;
};

} // namespace mentordesk
