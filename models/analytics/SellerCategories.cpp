// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/SellerCategories.h"

#include <QSqlQuery>
#include <QVariant>

namespace mentordesk {

SellerCategories::SellerCategories(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<QString> SellerCategories::find(const QString& name) const
{
    if (name.trimmed().isEmpty())
        return std::nullopt;
    // Index: sellers_category (category COLLATE NOCASE), a seek.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT category FROM sellers WHERE category = ? COLLATE NOCASE "
                                 "GROUP BY category ORDER BY count(*) DESC, category LIMIT 1"));
    query.addBindValue(name.trimmed());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QStringList SellerCategories::all() const
{
    // Per caseless category its most frequent spelling (SQLite's bare column beside MAX()).
    QSqlQuery query(m_db);
    QStringList result;
    if (!query.exec(QStringLiteral("SELECT category, MAX(uses) FROM (SELECT category, count(*) AS uses FROM sellers "
                                   "WHERE category <> '' GROUP BY category) GROUP BY category COLLATE NOCASE "
                                   "ORDER BY category COLLATE NOCASE")))
        return result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

} // namespace mentordesk
