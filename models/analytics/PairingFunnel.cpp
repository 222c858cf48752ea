// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/PairingFunnel.h"

#include "analytics/ScopeMenteesSql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mentordesk {

namespace {

// One row per (stage, end reason). Index: pairings_mentee (mentee_id, status) per mentee.
const QString kFunnelSql = QStringLiteral(R"(
WITH %1,
staged AS (
    SELECT CASE WHEN p.ended_on IS NOT NULL AND p.ended_on <= a.as_of THEN 'ended'
                WHEN p.status = 'trial' OR (p.trial_end_date IS NOT NULL AND p.trial_end_date >= a.as_of)
                    THEN 'trial'
                ELSE 'active' END AS stage,
           CASE WHEN p.ended_on IS NOT NULL AND p.ended_on <= a.as_of THEN p.end_reason END AS reason
    FROM args a
    JOIN mentees m
    JOIN pairings p ON p.mentee_id = m.id
    WHERE p.started_on <= a.as_of AND (a.mentor_id = 0 OR p.mentor_id = a.mentor_id))
SELECT stage, reason, count(*) FROM staged GROUP BY stage, reason)");

} // namespace

std::optional<PairingFunnelCounts> PairingFunnel::read(QSqlDatabase db, const AnalyticsScope& scope, QString* error)
{
    if (!db.isOpen()) {
        if (error)
            *error = tr("The program is not open.");
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(kFunnelSql.arg(ScopeMenteesSql::ctes()))) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    ScopeMenteesSql::bind(&query, scope);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    PairingFunnelCounts counts;
    while (query.next()) {
        const QString stage = query.value(0).toString();
        const int count = query.value(2).toInt();
        counts.started += count;
        if (stage == QLatin1String("trial")) {
            counts.trial += count;
        } else if (stage == QLatin1String("active")) {
            counts.active += count;
        } else {
            counts.ended += count;
            counts.endReasons.append({query.value(1).toString(), count});
        }
    }
    std::sort(counts.endReasons.begin(), counts.endReasons.end(), [](const auto& left, const auto& right) {
        return left.second != right.second ? left.second > right.second : left.first < right.first;
    });
    return counts;
}

} // namespace mentordesk
