// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteDialect.h"

#include <QFile>

#include <sqlite3.h>

namespace mentordesk {

namespace {

/// The schema of version `version` as its resource file holds it (models/storage/schema/sqlite),
/// or an empty list when there is no such version.
QStringList schemaFileStatements(int version)
{
    QFile file(QStringLiteral(":/schema/sqlite/v%1.sql").arg(version));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList statements;
    QByteArray statement;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        // Comments between statements are the file's; SQLite would keep them in sqlite_master.
        if (statement.isEmpty() && (line.trimmed().isEmpty() || line.trimmed().startsWith("--")))
            continue;
        statement += line + '\n';
        // sqlite3_complete knows where a statement ends, a trigger's BEGIN … END included.
        if (sqlite3_complete(statement.constData())) {
            statement = statement.trimmed();
            statement.chop(1); // the final ';'
            statements << QString::fromUtf8(statement);
            statement.clear();
        }
    }
    return statements;
}

} // namespace

QStringList SqliteDialect::migrationStatements(int toVersion) const
{
    return schemaFileStatements(toVersion);
}

int SqliteDialect::latestSchemaVersion() const
{
    // Every version is a file of its own, so the newest is the last one found.
    static const int latest = [] {
        int version = 0;
        while (QFile::exists(QStringLiteral(":/schema/sqlite/v%1.sql").arg(version + 1)))
            ++version;
        return version;
    }();
    return latest;
}

QString SqliteDialect::textSearchCondition(const QString& searchIndex, const QString& idExpression,
                                           const QString& placeholder) const
{
    return QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH %3)").arg(idExpression, searchIndex, placeholder);
}

QString SqliteDialect::textSearchCount(const QString& searchIndex, const QString& placeholder) const
{
    return QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH %2").arg(searchIndex, placeholder);
}

QString SqliteDialect::textSearchParameter(const QString& userText) const
{
    // Each word must occur somewhere in the record; quoting keeps FTS5 syntax characters literal.
    QStringList terms;
    const QStringList words = userText.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + word + QLatin1Char('"');
    }
    return terms.join(QLatin1String(" AND "));
}

QString SqliteDialect::caseInsensitiveLike(const QString& column, const QString& placeholder) const
{
    // md_fold is registered on every connection by ProgramDatabase.
    return QStringLiteral("md_fold(%1) LIKE md_fold(%2) ESCAPE '\\'").arg(column, placeholder);
}

QString SqliteDialect::snapshotStatement(const QString& targetFile) const
{
    QString quoted = targetFile;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QStringLiteral("VACUUM INTO '%1'").arg(quoted);
}

} // namespace mentordesk
