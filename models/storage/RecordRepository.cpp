// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordRepository.h"

#include "SqlTransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace mentordesk {

namespace {

/// Field keys come from the specs, never from users, but check them anyway before they
/// become part of a statement.
bool isPlainIdentifier(const QString& key)
{
    if (key.isEmpty())
        return false;
    for (const QChar c : key) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return false;
    }
    return true;
}

} // namespace

RecordRepository::RecordRepository(QSqlDatabase db, QString actor)
    : m_db(db)
    , m_audit(std::move(db), std::move(actor))
{
}

QString RecordRepository::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString RecordRepository::explainDatabaseError(const QString& databaseMessage)
{
    if (databaseMessage.contains(QLatin1String("UNIQUE constraint failed")))
        return tr("Another record already has this value; it must be unique.");
    if (databaseMessage.contains(QLatin1String("CHECK constraint failed")))
        return tr("The value is outside what this field allows.");
    if (databaseMessage.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return tr("Other records still refer to this one.");
    if (databaseMessage.contains(QLatin1String("database is locked")))
        return tr("Another MentorDesk window or process is writing to this program; try again in a moment.");
    if (databaseMessage.contains(QLatin1String("disk is full")))
        return tr("The disk is full; free some space and try again. Nothing was changed.");
    if (databaseMessage.contains(QLatin1String("readonly")))
        return tr("The program file is read-only; open a copy you may write to.");
    return tr("The database refused the change (%1). Nothing was changed.").arg(databaseMessage);
}

bool RecordRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

QVariant RecordRepository::value(const TableSpec& spec, qint64 id, const QString& key) const
{
    if (!spec.field(key) || !isPlainIdentifier(key))
        return {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(key, spec.table));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0);
    return {};
}

QString RecordRepository::displayName(const TableSpec& spec, qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = ?").arg(spec.displayNameExpression, spec.table));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool RecordRepository::appendAudit(EntityKind entity, qint64 id, const QString& field, const QVariant& oldValue,
                                   const QVariant& newValue)
{
    m_error.clear();
    if (!m_audit.append(entity, id, field, oldValue, newValue))
        return fail(explainDatabaseError(m_audit.errorText()));
    return true;
}

bool RecordRepository::updateField(const TableSpec& spec, qint64 id, const QString& key, const QVariant& newValue)
{
    m_error.clear();
    const FieldSpec* field = spec.field(key);
    if (!field || !field->editable || !isPlainIdentifier(key))
        return fail(tr("This field cannot be edited."));
    SqlTransaction transaction(m_db);
    if (!transaction.isActive())
        return fail(explainDatabaseError(transaction.errorText()));

    const QVariant oldValue = value(spec, id, key);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE %1 SET %2 = ?, updated_utc = ? WHERE id = ?").arg(spec.table, key));
    query.addBindValue(newValue);
    query.addBindValue(nowUtc());
    query.addBindValue(id);
    if (!query.exec())
        return fail(explainDatabaseError(query.lastError().databaseText()));
    if (query.numRowsAffected() != 1)
        return fail(tr("The record no longer exists; it may have been deleted."));
    if (!appendAudit(spec.entity, id, key, oldValue, newValue))
        return false;
    if (!transaction.commit())
        return fail(explainDatabaseError(transaction.errorText()));
    return true;
}

qint64 RecordRepository::insertRecord(const TableSpec& spec, const QVariantMap& values, qint64 id)
{
    m_error.clear();
    QStringList columns;
    QVariantList bound;
    if (id > 0) {
        columns << QStringLiteral("id");
        bound << id;
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const FieldSpec* field = spec.field(it.key());
        if (!field || !field->selectExpression.isEmpty() || !isPlainIdentifier(it.key())) {
            fail(tr("“%1” is not a field of this record.").arg(it.key()));
            return 0;
        }
        columns << it.key();
        bound << it.value();
    }
    const QString now = nowUtc();
    columns << QStringLiteral("created_utc") << QStringLiteral("updated_utc");
    bound << now << now;

    SqlTransaction transaction(m_db);
    if (!transaction.isActive()) {
        fail(explainDatabaseError(transaction.errorText()));
        return 0;
    }
    QSqlQuery query(m_db);
    QStringList placeholders;
    for (int i = 0; i < columns.size(); ++i)
        placeholders << QStringLiteral("?");
    query.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                      .arg(spec.table, columns.join(QLatin1Char(',')), placeholders.join(QLatin1Char(','))));
    for (const QVariant& value : bound)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(explainDatabaseError(query.lastError().databaseText()));
        return 0;
    }
    const qint64 newId = query.lastInsertId().toLongLong();
    if (!appendAudit(spec.entity, newId, QStringLiteral("record"), QVariant(), displayName(spec, newId)))
        return 0;
    if (!transaction.commit()) {
        fail(explainDatabaseError(transaction.errorText()));
        return 0;
    }
    return newId;
}

qint64 RecordRepository::findDuplicate(const TableSpec& spec, const QString& key, const QVariant& value,
                                       qint64 exceptId) const
{
    if (!spec.field(key) || !isPlainIdentifier(key) || value.toString().isEmpty())
        return 0;
    QSqlQuery query(m_db);
    // lower(email) has an index; the other unique keys are compared as stored.
    const bool isEmail = spec.field(key)->type == FieldType::Email;
    const QString column = isEmail ? QStringLiteral("lower(%1)").arg(key) : key;
    const QString compared = isEmail ? QStringLiteral("lower(?)") : QStringLiteral("?");
    query.prepare(
        QStringLiteral("SELECT id FROM %1 WHERE %2 = %3 AND id <> ? LIMIT 1").arg(spec.table, column, compared));
    query.addBindValue(value);
    query.addBindValue(exceptId);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

} // namespace mentordesk
