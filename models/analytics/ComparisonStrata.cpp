// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/ComparisonStrata.h"

#include <algorithm>
#include <map>
#include <utility>

namespace mentordesk {

namespace {

/// (case-folded category, month index).
using CellKey = std::pair<QString, int>;

CellKey cellOf(const QString& category, const QDate& signupDate)
{
    return {category.toCaseFolded(), ComparisonStrata::monthIndex(signupDate)};
}

CellKey shifted(const CellKey& cell, int months)
{
    return {cell.first, cell.second + months};
}

template <typename Value> Value valueAt(const std::map<CellKey, Value>& cells, const CellKey& key)
{
    const auto found = cells.find(key);
    return found == cells.end() ? Value{} : found->second;
}

/// Enrolment − signup of every mentee with both dates, by cell (the as-of date plays no part).
std::map<CellKey, QVector<int>> lagsByCell(const QVector<StrataMentee>& mentees)
{
    std::map<CellKey, QVector<int>> lags;
    for (const StrataMentee& mentee : mentees) {
        if (mentee.signupDate.isValid() && mentee.startDate.isValid())
            lags[cellOf(mentee.category, mentee.signupDate)].append(
                static_cast<int>(mentee.signupDate.daysTo(mentee.startDate)));
    }
    return lags;
}

/// The lower median of the lags in the window of `cell`; none when the window has no mentee.
std::optional<int> windowLag(const std::map<CellKey, QVector<int>>& lags, const CellKey& cell)
{
    QVector<int> window;
    for (int offset = -1; offset <= 1; ++offset)
        window += valueAt(lags, shifted(cell, offset));
    if (window.isEmpty())
        return std::nullopt;
    const int rank = static_cast<int>((window.size() + 1) / 2); // ⌈n/2⌉, 1-based
    std::nth_element(window.begin(), window.begin() + (rank - 1), window.end());
    return window.at(rank - 1);
}

int windowSum(const std::map<CellKey, int>& counts, const CellKey& cell)
{
    int sum = 0;
    for (int offset = -1; offset <= 1; ++offset)
        sum += valueAt(counts, shifted(cell, offset));
    return sum;
}

} // namespace

std::optional<double> ComparisonStrataResult::coverage() const
{
    if (menteesInScope == 0)
        return std::nullopt;
    return static_cast<double>(menteesCovered) / menteesInScope;
}

int ComparisonStrata::monthIndex(const QDate& date)
{
    return date.year() * 12 + date.month() - 1;
}

ComparisonStrataResult ComparisonStrata::build(const QVector<StrataMentee>& mentees,
                                               const QVector<StrataCandidate>& candidates, const QDate& asOf)
{
    return build(mentees, candidates, asOf, mentees);
}

ComparisonStrataResult ComparisonStrata::build(const QVector<StrataMentee>& mentees,
                                               const QVector<StrataCandidate>& candidates, const QDate& asOf,
                                               const QVector<StrataMentee>& lagMentees)
{
    ComparisonStrataResult result;
    std::map<CellKey, int> menteeCounts; // n(c, m)
    for (const StrataMentee& mentee : mentees) {
        if (!mentee.startDate.isValid() || mentee.startDate > asOf)
            continue;
        ++result.menteesInScope;
        if (mentee.signupDate.isValid())
            ++menteeCounts[cellOf(mentee.category, mentee.signupDate)];
        else
            ++result.menteesWithoutSignup;
    }

    const std::map<CellKey, QVector<int>> lags = lagsByCell(lagMentees);
    std::map<CellKey, int> comparisonCounts; // C(c, m)
    result.comparison.reserve(candidates.size());
    for (const StrataCandidate& candidate : candidates) {
        ComparisonAssignment assignment;
        assignment.id = candidate.id;
        if (!candidate.signupDate.isValid()) {
            ++result.candidatesWithoutSignup;
        } else if ((assignment.lagDays = windowLag(lags, cellOf(candidate.category, candidate.signupDate)))) {
            assignment.pseudoStart = candidate.signupDate.addDays(*assignment.lagDays);
            if (*assignment.pseudoStart <= asOf)
                ++comparisonCounts[cellOf(candidate.category, candidate.signupDate)];
        }
        result.comparison.append(assignment);
    }

    for (int index = 0; index < candidates.size(); ++index) {
        ComparisonAssignment& assignment = result.comparison[index];
        if (!assignment.pseudoStart || *assignment.pseudoStart > asOf)
            continue;
        const CellKey cell = cellOf(candidates.at(index).category, candidates.at(index).signupDate);
        for (int offset = -1; offset <= 1; ++offset) {
            const int windowComparisons = windowSum(comparisonCounts, shifted(cell, offset)); // N
            if (windowComparisons > 0)
                assignment.weight +=
                    static_cast<double>(valueAt(menteeCounts, shifted(cell, offset))) / windowComparisons;
        }
    }

    for (const auto& [cell, count] : menteeCounts) {
        if (windowSum(comparisonCounts, cell) > 0)
            result.menteesCovered += count;
    }
    return result;
}

} // namespace mentordesk
