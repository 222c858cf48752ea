// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalyticsScope.h"

#include <QSqlQuery>
#include <QString>

namespace mentordesk {

/// The SQL of a scope's mentored sellers, for the readers that count what belongs to them (the
/// pairing funnel, adherence by cohort). Mentored at the as-of date D (docs/metrics.md, "Groups"):
/// enrolment_date set and on or before D, and at least one pairing at any time; then narrowed by
/// the scope — the cohort (cohort_members), the category (case-insensitive), the enrolment period,
/// and the mentor (a mentee counts if any of its pairings is with them).
///
/// ctes() is two common table expressions for a WITH clause: `args(as_of, cohort_id, category,
/// mentor_id, enrolled_from, enrolled_to)`, one row whose six `?` bind() fills, and
/// `mentees(id)`. Index: sellers by a scan (every enrolled seller), pairings_mentee for the
/// EXISTS, cohort_members by its primary key.
class ScopeMenteesSql {
public:
    static QString ctes();
    /// Binds the six values of args, in order, to the next six placeholders of `query`.
    static void bind(QSqlQuery* query, const AnalyticsScope& scope);
};

} // namespace mentordesk
