// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace mentordesk {

namespace {

QVariant auditText(const QVariant& value)
{
    return value.isNull() ? QVariant() : QVariant(value.toString());
}

} // namespace

AuditLog::AuditLog(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    // A null QString binds as NULL, which audit_log refuses; a headless import may name no actor.
    , m_actor(actor.isNull() ? QLatin1String("") : std::move(actor))
{
}

bool AuditLog::append(EntityKind entity, qint64 id, const QString& field, const QVariant& oldValue,
                      const QVariant& newValue)
{
    m_error.clear();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO audit_log(at_utc, actor, entity, entity_id, field, old_value, new_value) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(m_actor);
    query.addBindValue(entityText(entity));
    query.addBindValue(id);
    query.addBindValue(field);
    query.addBindValue(auditText(oldValue));
    query.addBindValue(auditText(newValue));
    if (!query.exec()) {
        m_error = query.lastError().databaseText();
        return false;
    }
    return true;
}

} // namespace mentordesk
