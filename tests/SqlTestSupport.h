// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small SQL helpers shared by the test suites that prepare fixtures with plain SQL.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>
#include <QVariant>

/// Runs one statement; returns an empty string on success, otherwise the error and the SQL.
inline QString execSql(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return QStringLiteral("prepare failed: %1 [%2]").arg(query.lastError().text(), sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return QStringLiteral("%1 [%2]").arg(query.lastError().text(), sql);
    return QString();
}

/// The first column of the first row, or a "<query failed: …>" text that no check will accept.
inline QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec() && query.next())
        return query.value(0);
    return QVariant(QStringLiteral("<query failed: %1>").arg(query.lastError().text()));
}

/// Every row of a query, its columns joined by '|' (NULL spelled out), or a "<query failed: …>" line.
inline QStringList queryRows(const QSqlDatabase& db, const QString& sql)
{
    QStringList result;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {QStringLiteral("<query failed: %1>").arg(query.lastError().text())};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
        result << values.join(QLatin1Char('|'));
    }
    return result;
}

#define SQL_OK(call)                                                                                                   \
    do {                                                                                                               \
        const QString sqlError_ = (call);                                                                              \
        QVERIFY2(sqlError_.isEmpty(), qPrintable(sqlError_));                                                          \
    } while (false)
