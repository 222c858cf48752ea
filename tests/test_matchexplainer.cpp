// SPDX-License-Identifier: GPL-3.0-or-later
// MatchExplainer on hand-made solver results: alternatives ranked by the scorer with differences
// equal to the score deltas, places taken by the right mentees, the objective's choice, and the
// binding reason for an unmatched mentee; the sentences name the people.
#include "MatchTestSupport.h"

#include "matching/MatchExplainer.h"

#include <QTest>

using namespace mentordesk::matching;
using namespace mentordesk::matching::testing;

namespace {

/// Mentors scoring 630 (agrees on all), 590 (another channel) and 540 (another category) with the
/// agreeable mentee under the default rules.
std::vector<MentorProfile> threeMentors()
{
    MentorProfile best = agreeableMentor(QStringLiteral("M-A"));
    MentorProfile otherChannel = agreeableMentor(QStringLiteral("M-B"));
    otherChannel.channels = {QStringLiteral("wholesale")};
    MentorProfile otherCategory = agreeableMentor(QStringLiteral("M-C"));
    otherCategory.categories = {QStringLiteral("Books")};
    return {best, otherChannel, otherCategory};
}

std::vector<MenteeProfile> mentees(int count)
{
    std::vector<MenteeProfile> list;
    for (int index = 1; index <= count; ++index) {
        MenteeProfile mentee = agreeableMentee(QStringLiteral("S-%1").arg(index));
        mentee.sellerId = index;
        list.push_back(mentee);
    }
    return list;
}

SolverInput inputFor(const MatchScorer& scorer, std::vector<int> capacity)
{
    SolverInput input;
    input.gains = &scorer;
    input.capacity = std::move(capacity);
    return input;
}

SolverResult resultOf(std::vector<int> mentorOfMentee)
{
    SolverResult result;
    result.ok = true;
    result.mentorOfMentee = std::move(mentorOfMentee);
    return result;
}

} // namespace

class TestMatchExplainer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void alternativesRankedWithScoreDifferences();
    void capacityTakenNamesTheHolders();
    void objectiveWhenAPlaceIsFree();
    void allowedMentorsFull();
    void noAllowedMentor_data();
    void noAllowedMentor();
    void belowMinimumScore();
    void rotationLimitByCohort();
    void rotationLimitByShare();
    void excludedAlternativesFillTheThree();
    void factorLines();
    void sameOnSeveralThreads();
};

void TestMatchExplainer::alternativesRankedWithScoreDifferences()
{
    const MatchScorer scorer(problemOf(mentees(2), threeMentors()), MatchRules::defaults());
    const auto explanations = MatchExplainer::explain(scorer, inputFor(scorer, {1, 1, 1}), resultOf({0, 1}));
    QCOMPARE(explanations.size(), std::size_t(2));
    const MenteeExplanation& first = explanations[0];
    QCOMPARE(first.mentor, 0);
    QCOMPARE(first.reason, UnmatchedReason::None);
    QCOMPARE(first.score.total, scorer.explain(0, 0).total);
    QCOMPARE(first.allowedMentors, 3);
    QCOMPARE(first.alternatives.size(), std::size_t(2));
    QCOMPARE(first.alternatives[0].mentor, 1);
    QCOMPARE(first.alternatives[1].mentor, 2);
    for (const Alternative& alternative : first.alternatives) {
        QCOMPARE(alternative.why, Alternative::Why::LowerScore);
        QCOMPARE(alternative.score.total, scorer.explain(0, alternative.mentor).total);
        QCOMPARE(alternative.scoreDifference, first.score.total - alternative.score.total);
        QVERIFY(alternative.scoreDifference > 0);
    }
    QVERIFY(first.alternatives[0].score.total >= first.alternatives[1].score.total);
    const QString sentence = MatchExplainer::sentence(scorer, first);
    QVERIFY2(sentence.contains(QLatin1String("S-1")) && sentence.contains(QLatin1String("M-A")) &&
                 sentence.contains(QLatin1String("M-B")),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(QString::number(first.alternatives[0].scoreDifference)), qPrintable(sentence));
}

void TestMatchExplainer::capacityTakenNamesTheHolders()
{
    const MatchScorer scorer(problemOf(mentees(2), threeMentors()), MatchRules::defaults());
    const auto explanations = MatchExplainer::explain(scorer, inputFor(scorer, {1, 1, 1}), resultOf({0, 1}));
    const MenteeExplanation& second = explanations[1];
    QCOMPARE(second.mentor, 1);
    QCOMPARE(second.alternatives.size(), std::size_t(2));
    const Alternative& better = second.alternatives[0];
    QCOMPARE(better.mentor, 0);
    QCOMPARE(better.why, Alternative::Why::CapacityTaken);
    QCOMPARE(better.takenBy, std::vector<int>{0});
    QCOMPARE(better.scoreDifference, second.score.total - better.score.total);
    QVERIFY(better.scoreDifference < 0);
    QCOMPARE(second.alternatives[1].why, Alternative::Why::LowerScore);
    const QString sentence = MatchExplainer::sentence(scorer, second);
    QVERIFY2(sentence.contains(QLatin1String("S-1")) && sentence.contains(QLatin1String("M-A")), qPrintable(sentence));
}

void TestMatchExplainer::objectiveWhenAPlaceIsFree()
{
    const MatchScorer scorer(problemOf(mentees(2), threeMentors()), MatchRules::defaults());
    const auto explanations = MatchExplainer::explain(scorer, inputFor(scorer, {2, 1, 1}), resultOf({0, 1}));
    const Alternative& better = explanations[1].alternatives[0];
    QCOMPARE(better.mentor, 0);
    QCOMPARE(better.why, Alternative::Why::Objective);
    QVERIFY(better.takenBy.empty());
}

void TestMatchExplainer::allowedMentorsFull()
{
    std::vector<MentorProfile> mentors = threeMentors();
    mentors.pop_back();
    for (MentorProfile& mentor : mentors)
        mentor.freeCapacity = 1; // the run's places are all the mentor has: no rotation limit cut them
    const MatchScorer scorer(problemOf(mentees(3), mentors), MatchRules::defaults());
    const auto explanations = MatchExplainer::explain(scorer, inputFor(scorer, {1, 1}), resultOf({0, 1, -1}));
    const MenteeExplanation& third = explanations[2];
    QCOMPARE(third.mentor, -1);
    QCOMPARE(third.reason, UnmatchedReason::AllowedMentorsFull);
    QCOMPARE(third.allowedMentors, 2);
    QCOMPARE(third.alternatives.size(), std::size_t(2));
    QCOMPARE(third.alternatives[0].mentor, 0);
    QCOMPARE(third.alternatives[0].takenBy, std::vector<int>{0});
    QCOMPARE(third.alternatives[1].mentor, 1);
    QCOMPARE(third.alternatives[1].takenBy, std::vector<int>{1});
    for (const Alternative& alternative : third.alternatives)
        QCOMPARE(alternative.why, Alternative::Why::CapacityTaken);
    const QString sentence = MatchExplainer::sentence(scorer, third);
    QVERIFY2(sentence.contains(QLatin1String("S-3")) && sentence.contains(QLatin1String("S-1")) &&
                 sentence.contains(QLatin1String("2")),
             qPrintable(sentence));
}

void TestMatchExplainer::noAllowedMentor_data()
{
    QTest::addColumn<int>("forbidden");     // how many of the three mentors are forbidden
    QTest::addColumn<int>("otherLanguage"); // how many of the others speak no shared language
    QTest::addColumn<int>("exclusion");
    QTest::newRow("all forbidden") << 3 << 0 << static_cast<int>(Exclusion::Forbidden);
    QTest::newRow("all without a shared language") << 0 << 3 << static_cast<int>(Exclusion::MustFactor);
    QTest::newRow("mostly forbidden") << 2 << 1 << static_cast<int>(Exclusion::Forbidden);
    QTest::newRow("a tie goes to the earlier rule") << 1 << 1 << static_cast<int>(Exclusion::Forbidden);
}

void TestMatchExplainer::noAllowedMentor()
{
    QFETCH(int, forbidden);
    QFETCH(int, otherLanguage);
    QFETCH(int, exclusion);
    std::vector<MentorProfile> mentors = threeMentors();
    for (int index = forbidden; index < forbidden + otherLanguage; ++index)
        mentors[static_cast<std::size_t>(index)].languages = {QStringLiteral("fi")};
    MatchProblem problem = problemOf(mentees(1), mentors);
    for (int index = 0; index < forbidden; ++index)
        problem.forbids.push_back({0, index});
    if (forbidden + otherLanguage < 3)
        problem.mentors.resize(static_cast<std::size_t>(forbidden + otherLanguage));
    const MatchScorer scorer(problem, MatchRules::defaults());
    const auto explanations =
        MatchExplainer::explain(scorer, inputFor(scorer, std::vector<int>(problem.mentors.size(), 1)), resultOf({-1}));
    const MenteeExplanation& only = explanations[0];
    QCOMPARE(only.reason, UnmatchedReason::NoAllowedMentor);
    QCOMPARE(only.allowedMentors, 0);
    QCOMPARE(static_cast<int>(only.commonestExclusion), exclusion);
    if (only.commonestExclusion == Exclusion::MustFactor)
        QCOMPARE(only.commonestFailedMust, Factor::Language);
    for (const Alternative& alternative : only.alternatives)
        QCOMPARE(alternative.why, Alternative::Why::Excluded);
    const QString sentence = MatchExplainer::sentence(scorer, only);
    QVERIFY2(sentence.contains(QLatin1String("S-1")), qPrintable(sentence));
    QVERIFY2(sentence.contains(
                 MatchExplainer::exclusionClause(only.commonestExclusion, only.commonestFailedMust, scorer.rules())),
             qPrintable(sentence));
}

void TestMatchExplainer::belowMinimumScore()
{
    MatchRules rules = MatchRules::defaults();
    rules.minimumScore = 700;
    std::vector<MentorProfile> mentors = threeMentors();
    mentors.erase(mentors.begin());
    mentors[0].languages = {QStringLiteral("fi")}; // M-B: must fails; M-C: 540 < 700
    const MatchScorer scorer(problemOf(mentees(1), mentors), rules);
    const auto explanations = MatchExplainer::explain(scorer, inputFor(scorer, {1, 1}), resultOf({-1}));
    QCOMPARE(explanations[0].reason, UnmatchedReason::BelowMinimumScore);
    // Both total 540: M-B (590 less its 50 language points), M-C; the tie goes to mentor order.
    QCOMPARE(explanations[0].alternatives.size(), std::size_t(2));
    QCOMPARE(explanations[0].alternatives[0].mentor, 0);
    QCOMPARE(explanations[0].alternatives[0].score.exclusion, Exclusion::MustFactor);
    QCOMPARE(explanations[0].alternatives[1].mentor, 1);
    QCOMPARE(explanations[0].alternatives[1].score.exclusion, Exclusion::BelowMinimum);
    QVERIFY(MatchExplainer::sentence(scorer, explanations[0]).contains(QLatin1String("700")));
}

void TestMatchExplainer::rotationLimitByCohort()
{
    std::vector<MentorProfile> mentors = threeMentors();
    mentors.resize(1);
    const MatchScorer scorer(problemOf(mentees(2), mentors), MatchRules::defaults());
    SolverInput input = inputFor(scorer, {2});
    input.menteeGroup = {7, 7};
    input.groupLimit = 1;
    const auto explanations = MatchExplainer::explain(scorer, input, resultOf({0, -1}));
    const MenteeExplanation& second = explanations[1];
    QCOMPARE(second.reason, UnmatchedReason::RotationLimit);
    QCOMPARE(second.alternatives[0].why, Alternative::Why::CapacityTaken);
    QCOMPARE(second.alternatives[0].takenBy, std::vector<int>{0});

    // Another cohort is not held back by the first one's limit.
    input.menteeGroup = {7, 8};
    const auto otherCohort = MatchExplainer::explain(scorer, input, resultOf({0, -1}));
    QCOMPARE(otherCohort[1].alternatives[0].why, Alternative::Why::Objective);

    // The allowance overrides the limit per mentor and cohort.
    input.menteeGroup = {7, 7};
    input.groupAllowance = [](int, int) { return 2; };
    const auto allowance = MatchExplainer::explain(scorer, input, resultOf({0, -1}));
    QCOMPARE(allowance[1].alternatives[0].why, Alternative::Why::Objective);
}

void TestMatchExplainer::rotationLimitByShare()
{
    std::vector<MentorProfile> mentors = threeMentors();
    mentors.resize(1);
    mentors[0].freeCapacity = 3;
    const MatchScorer scorer(problemOf(mentees(2), mentors), MatchRules::defaults());
    const auto cut = MatchExplainer::explain(scorer, inputFor(scorer, {1}), resultOf({0, -1}));
    QCOMPARE(cut[1].reason, UnmatchedReason::RotationLimit);
    QVERIFY(!MatchExplainer::sentence(scorer, cut[1]).isEmpty());

    MatchProblem full = scorer.problem();
    full.mentors[0].freeCapacity = 1;
    const MatchScorer fullScorer(full, MatchRules::defaults());
    const auto explanations = MatchExplainer::explain(fullScorer, inputFor(fullScorer, {1}), resultOf({0, -1}));
    QCOMPARE(explanations[1].reason, UnmatchedReason::AllowedMentorsFull);
}

void TestMatchExplainer::excludedAlternativesFillTheThree()
{
    std::vector<MentorProfile> mentors = threeMentors();
    MentorProfile fourth = agreeableMentor(QStringLiteral("M-D"));
    fourth.languages = {QStringLiteral("fi")};
    mentors.push_back(fourth);
    MatchProblem problem = problemOf(mentees(1), mentors);
    problem.forbids.push_back({0, 1});
    const MatchScorer scorer(problem, MatchRules::defaults());
    const auto explanations = MatchExplainer::explain(scorer, inputFor(scorer, {1, 1, 1, 1}), resultOf({0}));
    const auto& alternatives = explanations[0].alternatives;
    QCOMPARE(alternatives.size(), std::size_t(3));
    QCOMPARE(alternatives[0].mentor, 2); // allowed first, though it scores least
    QCOMPARE(alternatives[0].why, Alternative::Why::LowerScore);
    // Then the excluded ones by their total: M-B (590, forbidden) before M-D (580, no language).
    QCOMPARE(alternatives[1].mentor, 1);
    QCOMPARE(alternatives[1].score.exclusion, Exclusion::Forbidden);
    QCOMPARE(alternatives[2].mentor, 3);
    QCOMPARE(alternatives[2].score.exclusion, Exclusion::MustFactor);
    for (std::size_t index = 1; index < alternatives.size(); ++index) {
        QCOMPARE(alternatives[index].why, Alternative::Why::Excluded);
        QCOMPARE(alternatives[index].scoreDifference, explanations[0].score.total - alternatives[index].score.total);
    }
}

void TestMatchExplainer::factorLines()
{
    MenteeProfile mentee = agreeableMentee();
    mentee.highPotential = true;
    mentee.timeZone = QStringLiteral("Atlantis/Capital");
    const MatchScorer scorer(problemOf({mentee}, {agreeableMentor()}), MatchRules::defaults());
    const PairScore score = scorer.explain(0, 0);
    const QStringList lines = MatchExplainer::factorLines(score, scorer.rules());
    QCOMPARE(lines.size(), int(kFactorCount) + 2); // the factors, the high-potential bonus, the total
    QVERIFY2(lines.at(0).contains(factorLabel(Factor::Category)) && lines.at(0).contains(QLatin1String("90")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(static_cast<int>(Factor::TimeZoneOverlap)).contains(QLatin1String("IANA")),
             qPrintable(lines.at(static_cast<int>(Factor::TimeZoneOverlap))));
    QVERIFY(lines.at(kFactorCount).contains(QLatin1String("15")));
    QVERIFY(lines.last().contains(QString::number(score.total)));
}

void TestMatchExplainer::sameOnSeveralThreads()
{
    std::vector<MenteeProfile> many = mentees(200);
    for (std::size_t index = 0; index < many.size(); ++index) {
        many[index].channel = index % 3 == 0 ? QStringLiteral("wholesale") : QStringLiteral("social");
        many[index].highPotential = index % 7 == 0;
    }
    const MatchScorer scorer(problemOf(many, threeMentors()), MatchRules::defaults());
    std::vector<int> mentorOfMentee(many.size(), -1);
    for (int mentee = 0; mentee < 9; ++mentee)
        mentorOfMentee[static_cast<std::size_t>(mentee)] = mentee % 3;
    SolverInput input = inputFor(scorer, {3, 3, 3}); // every free place
    const auto alone = MatchExplainer::explain(scorer, input, resultOf(mentorOfMentee));
    input.threads = 3;
    const auto together = MatchExplainer::explain(scorer, input, resultOf(mentorOfMentee));
    QCOMPARE(together.size(), alone.size());
    for (std::size_t index = 0; index < alone.size(); ++index) {
        QCOMPARE(together[index].mentee, static_cast<int>(index));
        QCOMPARE(together[index].mentor, alone[index].mentor);
        QCOMPARE(together[index].reason, alone[index].reason);
        QCOMPARE(MatchExplainer::sentence(scorer, together[index]), MatchExplainer::sentence(scorer, alone[index]));
        QCOMPARE(together[index].alternatives.size(), alone[index].alternatives.size());
    }
    QCOMPARE(alone[10].reason, UnmatchedReason::AllowedMentorsFull);
}

QTEST_GUILESS_MAIN(TestMatchExplainer)
#include "test_matchexplainer.moc"
