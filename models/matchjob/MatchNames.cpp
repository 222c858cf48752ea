// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchjob/MatchNames.h"

#include <QSqlQuery>
#include <QVariant>

namespace mentordesk {

MatchNames::MatchNames(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<qint64> MatchNames::cohort(const QString& name) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, name FROM cohorts WHERE lower(name) = lower(?)"));
    query.addBindValue(name);
    if (!query.exec())
        return std::nullopt;
    std::optional<qint64> caseless;
    int caselessCount = 0;
    while (query.next()) {
        if (query.value(1).toString() == name)
            return query.value(0).toLongLong();
        caseless = query.value(0).toLongLong();
        ++caselessCount;
    }
    return caselessCount == 1 ? caseless : std::nullopt;
}

QStringList MatchNames::cohortNames() const
{
    QStringList names;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT name FROM cohorts ORDER BY name")))
        while (query.next())
            names.append(query.value(0).toString());
    return names;
}

std::optional<qint64> MatchNames::seller(const QString& externalId) const
{
    return idOf(QStringLiteral("SELECT id FROM sellers WHERE external_id = ?"), externalId);
}

std::optional<qint64> MatchNames::mentor(const QString& externalId) const
{
    return idOf(QStringLiteral("SELECT id FROM mentors WHERE external_id = ?"), externalId);
}

std::optional<qint64> MatchNames::idOf(const QString& sql, const QString& value) const
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace mentordesk
