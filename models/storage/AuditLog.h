// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EntityKind.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace mentordesk {

/// The only code that writes audit_log rows. It writes through the connection it is given, so a
/// row joins the caller's open transaction and stands or falls with the change it records: an
/// edit, a delete with its dependents, an import batch (one row for the whole file) or its undo.
class AuditLog {
public:
    AuditLog(QSqlDatabase db, QString actor);

    /// Appends (now, actor, entity, id, field, old, new); values are stored as text, NULL as NULL.
    bool append(EntityKind entity, qint64 id, const QString& field, const QVariant& oldValue, const QVariant& newValue);

    /// The database's own words for the last failure.
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_actor;
    QString m_error;
};

} // namespace mentordesk
