// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchjob/CohortNames.h"

#include <QSqlQuery>

namespace mentordesk {

CohortNames::CohortNames(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<qint64> CohortNames::find(const QString& name) const
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

QStringList CohortNames::all() const
{
    QStringList names;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT name FROM cohorts ORDER BY name")))
        while (query.next())
            names.append(query.value(0).toString());
    return names;
}

} // namespace mentordesk
