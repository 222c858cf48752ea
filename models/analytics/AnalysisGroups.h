// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalyticsScope.h"
#include "analytics/BaseTableSource.h"
#include "analytics/StratifiedBootstrap.h"

#include <QDate>
#include <QVector>

namespace mentordesk {

/// A seller in one of the two groups: where it is in ProgramSellers, its weight (1 for a
/// mentee, W_j for a comparison seller), its bootstrap stratum and the date it is followed from.
struct AnalysisMember {
    int seller = 0;
    double weight = 1.0;
    /// The bootstrap's stratum: the seller's category (case-folded). Not the comparison cell
    /// (category, sign-up month): most cells hold one or two sellers of a group, and a cell of one
    /// seller resamples to itself, so cell strata leave most of the spread out (on the demo the
    /// difference's interval came out narrower than either group's own). Within a category the
    /// comparison sellers keep their W_j and the statistic divides by the resample's Σw.
    int stratum = 0;
    QDate start; ///< Enrolment, or the comparison seller's pseudo-enrolment.
};

/// The mentored and the comparison group of a scope at its as-of date (docs/metrics.md,
/// "Groups"): mentored = enrolled on or before D, paired at least once, and in the scope's
/// filters; comparison = never paired, never enrolled, with weight W_j > 0 from
/// ComparisonStrata (the lags L from every mentee of the program, so they do not change with
/// the filters).
struct AnalysisGroups {
    QVector<AnalysisMember> mentored;
    QVector<AnalysisMember> comparison;
    int strataCount = 0; ///< Bootstrap strata: one per category.
    int menteesCovered = 0;
    int menteesWithoutSignup = 0;
    int notInEitherGroup = 0; ///< In the scope's filters: enrolled but never paired, or paired but not enrolled.

    static AnalysisGroups build(const ProgramSellers& program, const AnalyticsScope& scope);

    /// True when `seller` passes the scope's cohort, category, mentor and enrolment filters.
    static bool passesFilters(const SellerOutcome& seller, const AnalyticsScope& scope);

    /// One bootstrap cell per stratum holding *member indices* (positions in `mentored` and
    /// `comparison`), so a statistic can look up any per-member value of a resample.
    QVector<BootstrapStratum> bootstrapStrata() const;
};

} // namespace mentordesk
