// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/ScopeMenteesSql.h"

#include <QVariant>

namespace mentordesk {

QString ScopeMenteesSql::ctes()
{
    return QStringLiteral(R"(args(as_of, cohort_id, category, mentor_id, enrolled_from, enrolled_to) AS
    (SELECT ?, ?, ?, ?, ?, ?),
mentees(id) AS (
    SELECT s.id FROM args a
    JOIN sellers s ON s.enrolment_date IS NOT NULL AND s.enrolment_date <= a.as_of
    WHERE (a.enrolled_from IS NULL OR s.enrolment_date >= a.enrolled_from)
      AND (a.enrolled_to IS NULL OR s.enrolment_date <= a.enrolled_to)
      AND (IFNULL(a.category, '') = '' OR s.category = a.category COLLATE NOCASE)
      AND (a.cohort_id = 0 OR EXISTS (SELECT 1 FROM cohort_members cm WHERE cm.seller_id = s.id
                                      AND cm.cohort_id = a.cohort_id))
      AND EXISTS (SELECT 1 FROM pairings p WHERE p.mentee_id = s.id AND (a.mentor_id = 0 OR p.mentor_id = a.mentor_id)))
)");
}

void ScopeMenteesSql::bind(QSqlQuery* query, const AnalyticsScope& scope)
{
    const auto dateOrNull = [](const QDate& date) {
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
    };
    query->addBindValue(scope.asOf.toString(Qt::ISODate));
    query->addBindValue(scope.cohortId);
    query->addBindValue(scope.category.trimmed());
    query->addBindValue(scope.mentorId);
    query->addBindValue(dateOrNull(scope.enrolledFrom));
    query->addBindValue(dateOrNull(scope.enrolledTo));
}

} // namespace mentordesk
