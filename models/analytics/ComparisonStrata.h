// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace mentordesk {

/// A mentored seller as the comparison strata see it: the cell it falls in and its enrolment.
struct StrataMentee {
    qint64 id = 0;
    QString category;
    QDate signupDate; ///< Invalid when the seller has no sign-up date.
    QDate startDate;  ///< Enrolment; invalid when the seller never enrolled.
};

/// A comparison candidate (no pairing, no enrolment): only its cell is known.
struct StrataCandidate {
    qint64 id = 0;
    QString category;
    QDate signupDate; ///< Invalid when the seller has no sign-up date.
};

/// What the strata give one comparison candidate.
struct ComparisonAssignment {
    qint64 id = 0;
    /// L: the lower median of (enrolment − sign-up) days over the mentees of its window; none when
    /// the window holds no mentee (or the seller has no sign-up date).
    std::optional<int> lagDays;
    /// signup + L, the date the seller is followed from as if it had enrolled.
    std::optional<QDate> pseudoStart;
    /// W_j; 0 unless the pseudo-start is on or before the as-of date.
    double weight = 0.0;
};

/// The comparison group's strata at one as-of date.
struct ComparisonStrataResult {
    /// One entry per candidate, in the order they were given.
    QVector<ComparisonAssignment> comparison;
    /// Mentees whose start is on or before the as-of date (with or without a sign-up date).
    int menteesInScope = 0;
    /// In-scope mentees whose window holds at least one comparison seller with pseudo-start ≤ D.
    int menteesCovered = 0;
    /// In-scope mentees without a sign-up date: never covered, still in menteesInScope.
    int menteesWithoutSignup = 0;
    /// Candidates without a sign-up date: no pseudo-start, weight 0.
    int candidatesWithoutSignup = 0;

    /// menteesCovered ÷ menteesInScope; none when no mentee is in scope.
    std::optional<double> coverage() const;
};

/// Matches the comparison pool to the mentees by stratum (docs/metrics.md, "Comparison group").
///
/// Cell = (category compared case-insensitively, sign-up month). A mentee cell (c, m) is compared
/// with the comparison sellers of cells (c, m−1 … m+1), its *window*; months run across year ends
/// (December's window holds the next January).
///
/// Pseudo-start of comparison seller j in cell (c, m'): signup_j + L, where L is the lower median
/// (the ⌈n/2⌉-th smallest, whole days) of enrolment − signup over *every* mentee given with both
/// dates in cells (c, m'−1 … m'+1), whatever its enrolment date: L does not depend on the as-of
/// date or on a view's filter, so a comparison seller keeps one start date everywhere. No mentee in
/// the window → no pseudo-start, weight 0.
///
/// Weights (strata weighted by mentee count), with D the as-of date:
///   n(c, m) = mentees with start ≤ D in the cell;
///   C(c, m) = comparison sellers with pseudo-start ≤ D in the cell;
///   N(c, m) = Σ_{d=−1..1} C(c, m+d), the comparison sellers in the window of (c, m);
///   W_j     = Σ_{d=−1..1} n(c, m'+d) / N(c, m'+d), terms with N = 0 skipped.
/// So each mentee cell's count n(c, m) is spread evenly over the comparison sellers of its
/// window, and Σ_j W_j = the number of covered mentees. Sellers without a sign-up date are counted
/// (mentees stay in scope, uncovered) and carry no weight.
class ComparisonStrata {
public:
    static ComparisonStrataResult build(const QVector<StrataMentee>& mentees,
                                        const QVector<StrataCandidate>& candidates, const QDate& asOf);

    /// The same, with the lags L taken from `lagMentees` rather than from `mentees`: a view
    /// filtered to some mentees (a cohort, a mentor) still gives each comparison seller the
    /// program-wide pseudo-start, while only `mentees` count in n(c, m) (docs/metrics.md).
    static ComparisonStrataResult build(const QVector<StrataMentee>& mentees,
                                        const QVector<StrataCandidate>& candidates, const QDate& asOf,
                                        const QVector<StrataMentee>& lagMentees);

    /// The cell's month as a running count (year · 12 + month − 1), so ±1 crosses year ends.
    static int monthIndex(const QDate& date);
};

} // namespace mentordesk
