// SPDX-License-Identifier: GPL-3.0-or-later
// The rules page's live count, computed in the model layer: the mentees with at least one allowed
// mentor and the mentors' free places, checked against a pair-by-pair count with MatchScorer.
#include "demo/SyntheticMatchProgram.h"
#include "matching/AllowedMentorCount.h"
#include "matching/MatchScorer.h"

#include "MatchTestSupport.h"

#include <QtTest>

using namespace mentordesk;
using namespace mentordesk::matching;

Q_DECLARE_METATYPE(mentordesk::matching::MatchRules)

namespace {

/// The count as a reader would define it: every pair explained on its own.
AllowedMentorCount countedPairByPair(const MatchProblem& problem, const MatchRules& rules)
{
    const MatchScorer scorer(problem, rules);
    AllowedMentorCount count;
    count.mentees = int(problem.mentees.size());
    for (int mentee = 0; mentee < scorer.menteeCount(); ++mentee) {
        bool allowed = false;
        for (int mentor = 0; mentor < scorer.mentorCount() && !allowed; ++mentor)
            allowed = scorer.explain(mentee, mentor).allowed();
        count.menteesWithAllowedMentor += allowed ? 1 : 0;
    }
    for (const MentorProfile& mentor : problem.mentors)
        count.freePlaces += mentor.freeCapacity > 0 ? mentor.freeCapacity : 0;
    return count;
}

MatchRules withMust(MatchRules rules, std::initializer_list<Factor> factors)
{
    for (Factor factor : factors)
        rules.rule(factor).must = true;
    return rules;
}

} // namespace

class TestAllowedMentorCount : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agreesWithPairByPairScoring_data();
    void agreesWithPairByPairScoring();
    void disclosuresAndForbidsCount();
    void cancelledCountStops();
};

void TestAllowedMentorCount::agreesWithPairByPairScoring_data()
{
    QTest::addColumn<MatchRules>("rules");
    QTest::addColumn<bool>("someExcluded");
    QTest::addColumn<int>("threads");
    const MatchRules defaults = MatchRules::defaults();
    MatchRules noMusts = defaults;
    for (Factor factor : allFactors())
        noMusts.rule(factor).must = false;
    MatchRules highMinimum = defaults;
    highMinimum.minimumScore = 400;
    const std::pair<const char*, std::pair<MatchRules, bool>> cases[] = {
        {"defaults", {defaults, false}}, // a shared language is easy to find
        {"no musts", {noMusts, false}},
        {"category and channel must", {withMust(defaults, {Factor::Category, Factor::Channel}), true}},
        {"high minimum score", {highMinimum, true}},
        {"every factor must",
         {withMust(defaults, {Factor::Category, Factor::Industry, Factor::Channel, Factor::TimeZoneOverlap,
                              Factor::CoachingStyle, Factor::Communication, Factor::SkillCoverage}),
          true}},
    };
    // One thread and several must count alike: rows are claimed in any order.
    for (int threads : {1, 3})
        for (const auto& [name, rulesAndExcluded] : cases)
            QTest::addRow("%s, %d thread(s)", name, threads)
                << rulesAndExcluded.first << rulesAndExcluded.second << threads;
}

void TestAllowedMentorCount::agreesWithPairByPairScoring()
{
    QFETCH(MatchRules, rules);
    QFETCH(bool, someExcluded);
    QFETCH(int, threads);
    const MatchProblem problem = bench::syntheticMatchProblem(400, 30, 2);
    const std::atomic<bool> running{false};
    const std::optional<AllowedMentorCount> count = AllowedMentorCount::of(problem, rules, running, threads);
    QVERIFY(count);
    const AllowedMentorCount expected = countedPairByPair(problem, rules);
    QCOMPARE(count->mentees, 400);
    QCOMPARE(count->menteesWithAllowedMentor, expected.menteesWithAllowedMentor);
    QCOMPARE(count->freePlaces, expected.freePlaces);
    QCOMPARE(count->freePlaces, 60);
    // The rows are not trivial: the rules leave some mentees without a mentor, or none.
    QCOMPARE(count->menteesWithAllowedMentor < count->mentees, someExcluded);
    QVERIFY(count->menteesWithAllowedMentor > 0);
}

void TestAllowedMentorCount::disclosuresAndForbidsCount()
{
    using namespace matching::testing;
    MentorProfile busy = agreeableMentor(QStringLiteral("M-002"));
    busy.mentorId = 2;
    busy.freeCapacity = -1; // more open pairings than capacity: no place, and none taken away
    MatchProblem problem =
        problemOf({agreeableMentee(QStringLiteral("S-001")), agreeableMentee(QStringLiteral("S-002"))},
                  {agreeableMentor(), busy});
    problem.mentees[1].sellerId = 2;
    // The second mentee may have neither mentor: one forbidden, the other disclosed a conflict.
    problem.forbids = {{1, 0}};
    problem.mentors[1].disclosures.sellerIds = {2};
    const std::atomic<bool> running{false};
    const std::optional<AllowedMentorCount> count = AllowedMentorCount::of(problem, MatchRules::defaults(), running);
    QVERIFY(count);
    const AllowedMentorCount expected = countedPairByPair(problem, MatchRules::defaults());
    QCOMPARE(count->menteesWithAllowedMentor, expected.menteesWithAllowedMentor);
    QCOMPARE(count->menteesWithAllowedMentor, 1);
    QCOMPARE(count->freePlaces, 3);
}

void TestAllowedMentorCount::cancelledCountStops()
{
    const MatchProblem problem = bench::syntheticMatchProblem(50, 10, 2);
    const std::atomic<bool> cancelled{true};
    QVERIFY(!AllowedMentorCount::of(problem, MatchRules::defaults(), cancelled));
}

QTEST_GUILESS_MAIN(TestAllowedMentorCount)
#include "test_allowedmentorcount.moc"
