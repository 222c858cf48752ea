// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/MatchProblem.h"

#include <algorithm>

namespace mentordesk::matching {

namespace {

/// Both lists are sorted by external ID (MatchProblem's promise), so a binary search finds one.
template <typename Person> int indexByExternalId(const std::vector<Person>& people, const QString& externalId)
{
    const auto found = std::lower_bound(people.begin(), people.end(), externalId,
                                        [](const Person& person, const QString& id) { return person.externalId < id; });
    if (found == people.end() || found->externalId != externalId)
        return -1;
    return static_cast<int>(found - people.begin());
}

} // namespace

int MatchProblem::menteeIndex(const QString& externalId) const
{
    return indexByExternalId(mentees, externalId);
}

int MatchProblem::mentorIndex(const QString& externalId) const
{
    return indexByExternalId(mentors, externalId);
}

} // namespace mentordesk::matching
