// SPDX-License-Identifier: GPL-3.0-or-later
// Random assignment instances for the solver's tests: gains with exclusions, capacities, groups
// with limits and allowances, feasible pins; the lexicographic value of a matching and the rule it
// breaks, if any.
#pragma once

#include "matching/MatchSolver.h"

#include <QString>

#include <algorithm>
#include <limits>
#include <map>
#include <memory>
#include <random>

namespace mentordesk::matching::testing {

/// Gains from a matrix, row by mentee; negative = not allowed.
class MatrixGains : public PairGains {
public:
    MatrixGains(int mentees, int mentors)
        : m_mentees(mentees)
        , m_mentors(mentors)
        , m_gains(size_t(mentees * mentors), 0)
    {
    }

    int menteeCount() const override { return m_mentees; }
    int mentorCount() const override { return m_mentors; }
    int gain(int mentee, int mentor) const override { return m_gains[size_t(mentee * m_mentors + mentor)]; }
    void set(int mentee, int mentor, int gain) { m_gains[size_t(mentee * m_mentors + mentor)] = gain; }

private:
    int m_mentees;
    int m_mentors;
    std::vector<int> m_gains;
};

/// A random instance: gains with some pairs excluded, capacities, groups with a limit and
/// per-(mentor, group) allowances, and pins chosen so that they are feasible.
struct Instance {
    std::unique_ptr<MatrixGains> gains;
    SolverInput input;
    std::map<std::pair<int, int>, int> allowance; ///< (mentor, group) → places; empty = groupLimit

    int allowanceOf(int mentor, int group) const
    {
        return allowance.empty() ? input.groupLimit : allowance.at({mentor, group});
    }
    int groupOf(int mentee) const { return input.menteeGroup.empty() ? -1 : input.menteeGroup[size_t(mentee)]; }
    bool limited(int mentee) const { return input.groupLimit > 0 && groupOf(mentee) >= 0; }
};

struct Shape {
    int mentees;
    int mentors;
    int maxCapacity;
    int maxGain;
    int groups;
    int pins;
};

inline void addGroups(Instance& instance, std::mt19937& random, const Shape& shape)
{
    if (shape.groups == 0 || random() % 3 == 0)
        return;
    for (int mentee = 0; mentee < shape.mentees; ++mentee)
        instance.input.menteeGroup.push_back(int(random() % unsigned(shape.groups + 1)) - 1);
    instance.input.groupLimit = 1 + int(random() % 2);
    if (random() % 2 == 0)
        return;
    for (int mentor = 0; mentor < shape.mentors; ++mentor) {
        for (int group = 0; group < shape.groups; ++group)
            instance.allowance[{mentor, group}] = int(random() % 3);
    }
    const auto* allowance = &instance.allowance;
    instance.input.groupAllowance = [allowance](int mentor, int group) { return allowance->at({mentor, group}); };
}

inline void addFeasiblePins(Instance& instance, std::mt19937& random, const Shape& shape)
{
    std::vector<int> placesLeft = instance.input.capacity;
    std::map<std::pair<int, int>, int> groupPlacesUsed;
    for (int attempt = 0; attempt < shape.pins; ++attempt) {
        const int mentee = int(random() % unsigned(shape.mentees));
        const int mentor = int(random() % unsigned(shape.mentors));
        const bool pinned = std::any_of(instance.input.pins.begin(), instance.input.pins.end(),
                                        [&](const auto& pin) { return pin.first == mentee; });
        if (pinned || instance.gains->gain(mentee, mentor) < 0 || placesLeft[size_t(mentor)] <= 0)
            continue;
        if (instance.limited(mentee)) {
            int& used = groupPlacesUsed[{mentor, instance.groupOf(mentee)}];
            if (used >= instance.allowanceOf(mentor, instance.groupOf(mentee)))
                continue;
            ++used;
        }
        --placesLeft[size_t(mentor)];
        instance.input.pins.emplace_back(mentee, mentor);
    }
}

inline Instance randomInstance(std::mt19937& random, const Shape& shape)
{
    Instance instance;
    instance.gains = std::make_unique<MatrixGains>(shape.mentees, shape.mentors);
    for (int mentee = 0; mentee < shape.mentees; ++mentee) {
        for (int mentor = 0; mentor < shape.mentors; ++mentor) {
            const bool excluded = random() % 4 == 0;
            instance.gains->set(mentee, mentor, excluded ? -1 : int(random() % unsigned(shape.maxGain + 1)));
        }
    }
    for (int mentor = 0; mentor < shape.mentors; ++mentor)
        instance.input.capacity.push_back(int(random() % unsigned(shape.maxCapacity + 1)));
    addGroups(instance, random, shape);
    addFeasiblePins(instance, random, shape);
    instance.input.gains = instance.gains.get();
    return instance;
}

/// Lexicographic value of a matching: matched count, then (with fairness) the lowest score of an
/// unpinned matched mentee, then the total.
struct Value {
    int matched = 0;
    int lowestFree = std::numeric_limits<int>::max();
    qint64 total = 0;
};

inline Value valueOf(const Instance& instance, const std::vector<int>& mentorOfMentee)
{
    Value value;
    for (int mentee = 0; mentee < int(mentorOfMentee.size()); ++mentee) {
        const int mentor = mentorOfMentee[size_t(mentee)];
        if (mentor < 0)
            continue;
        const int gain = instance.gains->gain(mentee, mentor);
        ++value.matched;
        value.total += gain;
        const bool pinned = std::find(instance.input.pins.begin(), instance.input.pins.end(),
                                      std::make_pair(mentee, mentor)) != instance.input.pins.end();
        if (!pinned)
            value.lowestFree = std::min(value.lowestFree, gain);
    }
    return value;
}

inline bool better(const Value& left, const Value& right, bool fairness)
{
    if (left.matched != right.matched)
        return left.matched > right.matched;
    if (fairness && left.lowestFree != right.lowestFree)
        return left.lowestFree > right.lowestFree;
    return left.total > right.total;
}

/// Why a matching breaks the instance's rules, or an empty string.
inline QString violation(const Instance& instance, const std::vector<int>& mentorOfMentee)
{
    std::vector<int> used(instance.input.capacity.size(), 0);
    std::map<std::pair<int, int>, int> groupUsed;
    for (int mentee = 0; mentee < int(mentorOfMentee.size()); ++mentee) {
        const int mentor = mentorOfMentee[size_t(mentee)];
        if (mentor < 0)
            continue;
        if (instance.gains->gain(mentee, mentor) < 0)
            return QStringLiteral("excluded pair %1-%2").arg(mentee).arg(mentor);
        if (++used[size_t(mentor)] > instance.input.capacity[size_t(mentor)])
            return QStringLiteral("mentor %1 over capacity").arg(mentor);
        if (instance.limited(mentee) &&
            ++groupUsed[{mentor, instance.groupOf(mentee)}] > instance.allowanceOf(mentor, instance.groupOf(mentee)))
            return QStringLiteral("mentor %1 over the limit of group %2").arg(mentor).arg(instance.groupOf(mentee));
    }
    for (const auto& [mentee, mentor] : instance.input.pins) {
        if (mentorOfMentee[size_t(mentee)] != mentor)
            return QStringLiteral("pin %1-%2 not kept").arg(mentee).arg(mentor);
    }
    return QString();
}

} // namespace mentordesk::matching::testing
