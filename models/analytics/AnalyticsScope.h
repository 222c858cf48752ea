// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace mentordesk {

/// What a dashboard or `mentordesk metrics` looks at: every figure is filtered by cohort,
/// category, mentor and enrolment period, as of a date (issue 11). An empty or zero field means
/// "all". The filters narrow the *mentored* group; the comparison group is always the sellers
/// of the strata the remaining mentees fall in (docs/metrics.md, "Comparison group").
struct AnalyticsScope {
    qint64 cohortId = 0; ///< cohorts.id; 0 = every cohort (and mentees in none).
    QString category;    ///< sellers.category, compared case-insensitively; empty = all.
    qint64 mentorId = 0; ///< mentors.id; 0 = every mentor (a mentee counts if any pairing is with them).
    QDate enrolledFrom;  ///< First enrolment day included; invalid = no lower bound.
    QDate enrolledTo;    ///< Last enrolment day included; invalid = no upper bound.
    QDate asOf;          ///< The as-of date D (program's time zone); must be valid.

    /// True when asOf is the last day of its month (the maintained aggregates answer those fast).
    bool isMonthEnd() const { return asOf.isValid() && asOf.day() == asOf.daysInMonth(); }

    bool operator==(const AnalyticsScope& other) const
    {
        return cohortId == other.cohortId && category.compare(other.category, Qt::CaseInsensitive) == 0 &&
               mentorId == other.mentorId && enrolledFrom == other.enrolledFrom && enrolledTo == other.enrolledTo &&
               asOf == other.asOf;
    }
    bool operator!=(const AnalyticsScope& other) const { return !(*this == other); }
};

} // namespace mentordesk
