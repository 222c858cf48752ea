// SPDX-License-Identifier: GPL-3.0-or-later
#include "TouchpointFilter.h"

#include "CalendarTime.h"

namespace mentordesk {

namespace {

QString placeholders(const QStringList& codes, QVariantList* values)
{
    QStringList marks;
    for (const QString& code : codes) {
        marks << QStringLiteral("?");
        *values << code;
    }
    return marks.join(QLatin1Char(','));
}

} // namespace

QString TouchpointFilter::whereClause(QVariantList* values) const
{
    QStringList conditions;
    if (fromUtc.isValid()) {
        conditions << QStringLiteral("t.scheduled_utc >= ?");
        *values << CalendarTime::utcText(fromUtc);
    }
    if (toUtc.isValid()) {
        conditions << QStringLiteral("t.scheduled_utc < ?");
        *values << CalendarTime::utcText(toUtc);
    }
    // IN (subquery) lets SQLite seek each pairing's range in touchpoints_pairing instead of
    // walking the whole date range of the program.
    if (mentorId != 0) {
        conditions << QStringLiteral("t.pairing_id IN (SELECT id FROM pairings WHERE mentor_id = ?)");
        *values << mentorId;
    }
    if (menteeId != 0) {
        conditions << QStringLiteral("t.pairing_id IN (SELECT id FROM pairings WHERE mentee_id = ?)");
        *values << menteeId;
    }
    if (cohortId != 0) {
        conditions << QStringLiteral("(t.cohort_id = ? OR t.pairing_id IN (SELECT p.id FROM cohort_members cm "
                                     "JOIN pairings p ON p.mentee_id = cm.seller_id WHERE cm.cohort_id = ?))");
        *values << cohortId << cohortId;
    }
    if (!kinds.isEmpty())
        conditions << QStringLiteral("t.kind IN (%1)").arg(placeholders(kinds, values));
    if (!statuses.isEmpty())
        conditions << QStringLiteral("t.status IN (%1)").arg(placeholders(statuses, values));
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool TouchpointFilter::operator==(const TouchpointFilter& other) const
{
    return fromUtc == other.fromUtc && toUtc == other.toUtc && mentorId == other.mentorId &&
           menteeId == other.menteeId && cohortId == other.cohortId && kinds == other.kinds &&
           statuses == other.statuses;
}

} // namespace mentordesk
