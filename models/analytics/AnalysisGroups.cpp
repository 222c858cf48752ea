// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/AnalysisGroups.h"

#include "analytics/ComparisonStrata.h"

#include <map>

namespace mentordesk {

namespace {

/// Numbers the bootstrap strata (case-folded categories) in the order they are first seen.
class StratumNumbers {
public:
    int numberOf(const SellerOutcome& seller)
    {
        const QString key = seller.category.toCaseFolded();
        const auto found = m_numbers.find(key);
        if (found != m_numbers.end())
            return found->second;
        const int number = static_cast<int>(m_numbers.size());
        m_numbers.emplace(key, number);
        return number;
    }
    int count() const { return static_cast<int>(m_numbers.size()); }

private:
    std::map<QString, int> m_numbers;
};

StrataMentee strataMentee(const SellerOutcome& seller)
{
    return StrataMentee{seller.id, seller.category, seller.signupDate, seller.enrolmentDate};
}

} // namespace

bool AnalysisGroups::passesFilters(const SellerOutcome& seller, const AnalyticsScope& scope)
{
    if (scope.cohortId != 0 && seller.cohortId != scope.cohortId)
        return false;
    if (!scope.category.isEmpty() && seller.category.compare(scope.category, Qt::CaseInsensitive) != 0)
        return false;
    if (scope.mentorId != 0 && !seller.mentorIds.contains(scope.mentorId))
        return false;
    // The enrolment period filters enrolled sellers only; it cannot place one without a date.
    if (seller.enrolmentDate.isValid()) {
        if (scope.enrolledFrom.isValid() && seller.enrolmentDate < scope.enrolledFrom)
            return false;
        if (scope.enrolledTo.isValid() && seller.enrolmentDate > scope.enrolledTo)
            return false;
    } else if (scope.enrolledFrom.isValid() || scope.enrolledTo.isValid()) {
        return false;
    }
    return true;
}

AnalysisGroups AnalysisGroups::build(const ProgramSellers& program, const AnalyticsScope& scope)
{
    AnalysisGroups groups;
    QVector<StrataMentee> allMentees;   // the lags: every mentee of the program
    QVector<StrataMentee> scopeMentees; // the weights: the mentees the filters keep
    QVector<int> menteeSellers;
    QVector<StrataCandidate> candidates;
    QVector<int> candidateSellers;
    for (int index = 0; index < program.sellers.size(); ++index) {
        const SellerOutcome& seller = program.sellers.at(index);
        const bool enrolled = seller.enrolmentDate.isValid();
        if (enrolled && seller.paired()) {
            allMentees.append(strataMentee(seller));
            if (passesFilters(seller, scope)) {
                scopeMentees.append(strataMentee(seller));
                menteeSellers.append(index);
            }
        } else if (!enrolled && !seller.paired()) {
            candidates.append(StrataCandidate{seller.id, seller.category, seller.signupDate});
            candidateSellers.append(index);
        } else if (passesFilters(seller, scope)) {
            ++groups.notInEitherGroup;
        }
    }

    const ComparisonStrataResult strata = ComparisonStrata::build(scopeMentees, candidates, scope.asOf, allMentees);
    groups.menteesCovered = strata.menteesCovered;
    groups.menteesWithoutSignup = strata.menteesWithoutSignup;
    StratumNumbers numbers;
    for (int index : menteeSellers) {
        const SellerOutcome& seller = program.sellers.at(index);
        if (seller.enrolmentDate <= scope.asOf)
            groups.mentored.append(AnalysisMember{index, 1.0, numbers.numberOf(seller), seller.enrolmentDate});
    }
    for (int position = 0; position < strata.comparison.size(); ++position) {
        const ComparisonAssignment& assignment = strata.comparison.at(position);
        if (assignment.weight <= 0.0)
            continue;
        const int index = candidateSellers.at(position);
        groups.comparison.append(AnalysisMember{index, assignment.weight, numbers.numberOf(program.sellers.at(index)),
                                                *assignment.pseudoStart});
    }
    groups.strataCount = numbers.count();
    return groups;
}

QVector<BootstrapStratum> AnalysisGroups::bootstrapStrata() const
{
    QVector<BootstrapStratum> strata(strataCount);
    for (int position = 0; position < mentored.size(); ++position)
        strata[mentored.at(position).stratum].mentored.append(position);
    for (int position = 0; position < comparison.size(); ++position)
        strata[comparison.at(position).stratum].comparison.append(position);
    return strata;
}

} // namespace mentordesk
