// SPDX-License-Identifier: GPL-3.0-or-later
// MatchSolver: optimality against exhaustive search on small random instances (dense and sparse,
// with and without fairness), the constraints and the maximum-flow count on larger ones, the
// certificate finding a pruned optimum, LEMON's potentials proving the optimum (their sign
// convention), determinism across thread counts, impossible pins, cancelling and progress.
#include "matching/MatchSolver.h"
#include "SolverTestInstances.h"

#include <QTest>

#include <algorithm>
#include <deque>
#include <limits>
#include <map>
#include <random>

using namespace mentordesk::matching;
using namespace mentordesk::matching::testing;

Q_DECLARE_METATYPE(FlowAlgorithm)

namespace {

/// The best matching by trying every one (each mentee: a mentor or none), pins fixed.
Value exhaustiveBest(const Instance& instance, bool fairness)
{
    const int mentees = instance.gains->menteeCount();
    std::vector<int> assignment(size_t(mentees), -1);
    for (const auto& [mentee, mentor] : instance.input.pins)
        assignment[size_t(mentee)] = mentor;
    Value best;
    bool found = false;
    std::function<void(int)> visit = [&](int mentee) {
        if (mentee == mentees) {
            if (!violation(instance, assignment).isEmpty())
                return;
            const Value value = valueOf(instance, assignment);
            if (!found || better(value, best, fairness))
                best = value;
            found = true;
            return;
        }
        const bool pinned = std::any_of(instance.input.pins.begin(), instance.input.pins.end(),
                                        [&](const auto& pin) { return pin.first == mentee; });
        if (pinned)
            return visit(mentee + 1);
        for (int mentor = -1; mentor < instance.gains->mentorCount(); ++mentor) {
            assignment[size_t(mentee)] = mentor;
            visit(mentee + 1);
        }
        assignment[size_t(mentee)] = -1;
    };
    visit(0);
    return best;
}

/// One shortest augmenting path from source to sink in the residual capacities, if any.
bool augment(std::vector<std::vector<int>>& capacity, int source, int sink)
{
    const int nodes = int(capacity.size());
    std::vector<int> parent(size_t(nodes), -1);
    parent[size_t(source)] = source;
    std::deque<int> queue{source};
    while (!queue.empty() && parent[size_t(sink)] < 0) {
        const int node = queue.front();
        queue.pop_front();
        for (int next = 0; next < nodes; ++next) {
            if (parent[size_t(next)] < 0 && capacity[size_t(node)][size_t(next)] > 0) {
                parent[size_t(next)] = node;
                queue.push_back(next);
            }
        }
    }
    if (parent[size_t(sink)] < 0)
        return false;
    for (int node = sink; node != source; node = parent[size_t(node)]) {
        --capacity[size_t(parent[size_t(node)])][size_t(node)];
        ++capacity[size_t(node)][size_t(parent[size_t(node)])];
    }
    return true;
}

/// The maximum flow from the unpinned mentees through the (mentor, group) limits to the mentors'
/// places left, by augmenting paths: the most mentees any matching can add to the pins.
int maximumFlow(const Instance& instance)
{
    const int mentees = instance.gains->menteeCount();
    const int mentors = instance.gains->mentorCount();
    const int groups = 1 + *std::max_element(instance.input.menteeGroup.begin(), instance.input.menteeGroup.end());
    const int source = 0, sink = 1, firstMentee = 2, firstMentor = firstMentee + mentees;
    const int firstGroupNode = firstMentor + mentors;
    const int nodes = firstGroupNode + mentors * std::max(1, groups);
    std::vector<std::vector<int>> capacity(size_t(nodes), std::vector<int>(size_t(nodes), 0));
    std::vector<int> pinned(size_t(mentees), 0);
    for (const auto& pin : instance.input.pins)
        pinned[size_t(pin.first)] = 1;
    for (int mentor = 0; mentor < mentors; ++mentor) {
        capacity[size_t(firstMentor + mentor)][sink] = instance.input.capacity[size_t(mentor)];
        for (int group = 0; group < groups; ++group) {
            capacity[size_t(firstGroupNode + mentor * groups + group)][size_t(firstMentor + mentor)] =
                instance.input.groupLimit > 0 ? instance.allowanceOf(mentor, group) : mentees;
        }
    }
    for (const auto& [mentee, mentor] : instance.input.pins) {
        --capacity[size_t(firstMentor + mentor)][sink];
        if (instance.limited(mentee))
            --capacity[size_t(firstGroupNode + mentor * groups + instance.groupOf(mentee))]
                      [size_t(firstMentor + mentor)];
    }
    for (int mentee = 0; mentee < mentees; ++mentee) {
        if (pinned[size_t(mentee)])
            continue;
        capacity[source][size_t(firstMentee + mentee)] = 1;
        for (int mentor = 0; mentor < mentors; ++mentor) {
            if (instance.gains->gain(mentee, mentor) < 0)
                continue;
            const int target = instance.limited(mentee) ? firstGroupNode + mentor * groups + instance.groupOf(mentee)
                                                        : firstMentor + mentor;
            capacity[size_t(firstMentee + mentee)][size_t(target)] = 1;
        }
    }
    int flow = 0;
    while (augment(capacity, source, sink))
        ++flow;
    return flow;
}

SolverResult solveWith(const Instance& instance, int candidates, bool fairness, int threads = 1,
                       FlowAlgorithm algorithm = FlowAlgorithm::Automatic)
{
    SolverInput input = instance.input;
    input.flowAlgorithm = algorithm;
    input.candidatesPerMentee = candidates;
    input.fairness = fairness;
    input.threads = threads;
    return MatchSolver::solve(input);
}

const Shape smallShape{6, 4, 3, 9, 2, 3};
const Shape largerShape{200, 30, 8, 100, 5, 15};

} // namespace

class TestMatchSolver : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void optimalOnSmallInstances_data();
    void optimalOnSmallInstances();
    void potentialsCloseTheGap();
    void keepsTheConstraintsOnLargerInstances_data();
    void keepsTheConstraintsOnLargerInstances();
    void certificateRecoversAPrunedOptimum();
    void sameResultWhateverTheThreads();
    void largeGainsStayExact();
    void impossiblePinFails_data();
    void impossiblePinFails();
    void cancelStops_data();
    void cancelStops();
    void progressRisesToTheEnd();
    void anchorsReachTheDenseObjective();
};

void TestMatchSolver::optimalOnSmallInstances_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<bool>("fairness");
    QTest::addColumn<FlowAlgorithm>("algorithm");
    for (int seed = 1; seed <= 40; ++seed) {
        const FlowAlgorithm algorithm = seed % 2 == 0 ? FlowAlgorithm::NetworkSimplex : FlowAlgorithm::CostScaling;
        const char* name = seed % 2 == 0 ? "NetworkSimplex" : "CostScaling";
        QTest::addRow("seed %d, %s", seed, name) << seed << false << algorithm;
        QTest::addRow("seed %d, %s, fairness", seed, name) << seed << true << algorithm;
    }
}

void TestMatchSolver::optimalOnSmallInstances()
{
    QFETCH(int, seed);
    QFETCH(bool, fairness);
    QFETCH(FlowAlgorithm, algorithm);
    std::mt19937 random{unsigned(seed)};
    Shape shape = smallShape;
    shape.mentees = 1 + int(random() % 6);
    shape.mentors = 1 + int(random() % 4);
    const Instance instance = randomInstance(random, shape);
    const Value best = exhaustiveBest(instance, fairness);
    for (int candidates : {0, 1, 2}) {
        const SolverResult result = solveWith(instance, candidates, fairness, 1 + candidates % 2, algorithm);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(violation(instance, result.mentorOfMentee), QString());
        const Value value = valueOf(instance, result.mentorOfMentee);
        QCOMPARE(value.matched, best.matched);
        QCOMPARE(result.matched, best.matched);
        QCOMPARE(value.total, best.total);
        QCOMPARE(result.totalScore, best.total);
        if (fairness) {
            QCOMPARE(value.lowestFree, best.lowestFree);
            if (best.lowestFree != std::numeric_limits<int>::max())
                QCOMPARE(result.fairnessThreshold, best.lowestFree);
        }
        QVERIFY(result.certified);
        QCOMPARE(result.gap, qint64(0));
    }
}

/// The upper bound is computed from LEMON's potentials (NetworkSimplex's and CostScaling's) with
/// reduced cost
/// cost + π(source) − π(target); were LEMON's sign the other way round, the bound would not meet
/// the objective. The objective must be the folded count and total.
void TestMatchSolver::potentialsCloseTheGap()
{
    std::mt19937 random(2024);
    for (int round = 0; round < 20; ++round) {
        const Instance instance = randomInstance(random, largerShape);
        const FlowAlgorithm algorithm = round % 4 < 2 ? FlowAlgorithm::NetworkSimplex : FlowAlgorithm::CostScaling;
        const SolverResult result = solveWith(instance, 0, round % 2 == 1, 1, algorithm);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.matched > 0);
        QCOMPARE(result.upperBound, result.objective);
        QVERIFY(result.certified);
        const qint64 folding = (result.objective - result.totalScore) / result.matched;
        QCOMPARE(result.objective, result.matched * folding + result.totalScore);
        QVERIFY(folding > result.totalScore);
    }
}

void TestMatchSolver::keepsTheConstraintsOnLargerInstances_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<bool>("fairness");
    for (int seed = 100; seed < 106; ++seed) {
        QTest::addRow("seed %d", seed) << seed << false;
        QTest::addRow("seed %d, fairness", seed) << seed << true;
    }
}

void TestMatchSolver::keepsTheConstraintsOnLargerInstances()
{
    QFETCH(int, seed);
    QFETCH(bool, fairness);
    std::mt19937 random{unsigned(seed)};
    Instance instance = randomInstance(random, largerShape);
    if (instance.input.menteeGroup.empty())
        instance.input.menteeGroup.assign(size_t(largerShape.mentees), -1);
    const SolverResult dense = solveWith(instance, 0, fairness);
    const SolverResult sparse = solveWith(instance, 3, fairness, 2);
    for (const SolverResult* result : {&dense, &sparse}) {
        QVERIFY2(result->ok, qPrintable(result->error));
        QCOMPARE(violation(instance, result->mentorOfMentee), QString());
        QCOMPARE(result->matched, int(instance.input.pins.size()) + maximumFlow(instance));
        QVERIFY(result->certified);
        QCOMPARE(result->gap, qint64(0));
    }
    QCOMPARE(sparse.totalScore, dense.totalScore);
    QCOMPARE(sparse.lowestMatchedScore, dense.lowestMatchedScore);
    QCOMPARE(sparse.fairnessThreshold, dense.fairnessThreshold);
    QVERIFY(sparse.candidateArcs < dense.candidateArcs);
    QCOMPARE(dense.pairsScored, qint64(largerShape.mentees - int(instance.input.pins.size())) * largerShape.mentors);
}

/// One place per mentor, one arc per mentee: mentees 0 and 1 both keep mentor 0 (A), and mentor 1
/// (B)'s own list of best mentees (3 × places + 1 = 4) holds mentees 2–5, who go to mentors 2–5.
/// Only one of mentees 0 and 1 is matched until the certificate finds mentee 0's arc to mentor 1.
void TestMatchSolver::certificateRecoversAPrunedOptimum()
{
    MatrixGains gains(6, 6);
    for (int mentee = 0; mentee < 6; ++mentee) {
        for (int mentor = 0; mentor < 6; ++mentor)
            gains.set(mentee, mentor, -1);
    }
    gains.set(0, 0, 10);
    gains.set(0, 1, 9);
    gains.set(1, 0, 10);
    for (int mentee = 2; mentee < 6; ++mentee) {
        gains.set(mentee, 1, 20);
        gains.set(mentee, mentee, 50);
    }
    SolverInput input;
    input.gains = &gains;
    input.capacity.assign(6, 1);
    input.candidatesPerMentee = 1;
    const SolverResult sparse = MatchSolver::solve(input);
    input.candidatesPerMentee = 0;
    const SolverResult dense = MatchSolver::solve(input);
    QVERIFY(sparse.ok);
    QVERIFY(sparse.certified);
    QVERIFY(sparse.arcsAddedByCertificate > 0);
    QVERIFY(sparse.certificationRounds > 0);
    QCOMPARE(sparse.matched, 6);
    QCOMPARE(sparse.totalScore, qint64(219));
    QCOMPARE(sparse.mentorOfMentee, (std::vector<int>{1, 0, 2, 3, 4, 5}));
    QCOMPARE(sparse.mentorOfMentee, dense.mentorOfMentee);
    QCOMPARE(sparse.objective, dense.objective);
    QCOMPARE(dense.arcsAddedByCertificate, qint64(0));
}

void TestMatchSolver::sameResultWhateverTheThreads()
{
    std::mt19937 random(77);
    const Instance instance = randomInstance(random, largerShape);
    const SolverResult first = solveWith(instance, 3, true, 1);
    QVERIFY(first.ok);
    for (int threads : {2, 1, 2}) {
        const SolverResult again = solveWith(instance, 3, true, threads);
        QCOMPARE(again.mentorOfMentee, first.mentorOfMentee);
        QCOMPARE(again.candidateArcs, first.candidateArcs);
        QCOMPARE(again.arcsAddedByCertificate, first.arcsAddedByCertificate);
        QCOMPARE(again.objective, first.objective);
    }
}

/// Gains near the int limit on 8,000 mentees: the folded costs are too large for CostScaling's
/// internal scaling, so NetworkSimplex solves. Each gain is a constant plus a small part, and
/// with the matched count fixed by the places, the best small parts must still be found.
void TestMatchSolver::largeGainsStayExact()
{
    const int mentees = 8000, mentors = 3, base = 2000000000 - 1000;
    MatrixGains large(mentees, mentors);
    MatrixGains small(mentees, mentors);
    std::mt19937 random(99);
    for (int mentee = 0; mentee < mentees; ++mentee) {
        for (int mentor = 0; mentor < mentors; ++mentor) {
            const int part = int(random() % 1000);
            large.set(mentee, mentor, base + part);
            small.set(mentee, mentor, part);
        }
    }
    SolverInput input;
    input.capacity = {1000, 2000, 500};
    input.candidatesPerMentee = 1;
    input.gains = &large;
    const SolverResult largeResult = MatchSolver::solve(input);
    input.gains = &small;
    const SolverResult smallResult = MatchSolver::solve(input);
    QVERIFY2(largeResult.ok, qPrintable(largeResult.error));
    QVERIFY(largeResult.certified);
    QCOMPARE(largeResult.gap, qint64(0));
    QCOMPARE(largeResult.matched, 3500);
    QCOMPARE(smallResult.matched, 3500);
    QCOMPARE(largeResult.totalScore, qint64(3500) * base + smallResult.totalScore);
}

void TestMatchSolver::impossiblePinFails_data()
{
    QTest::addColumn<int>("mentee");
    QTest::addColumn<int>("mentor");
    QTest::addColumn<bool>("pinTwice");
    QTest::addRow("excluded pair") << 0 << 1 << false;
    QTest::addRow("no places") << 1 << 2 << false;
    QTest::addRow("group limit") << 2 << 0 << false;
    QTest::addRow("pinned twice") << 3 << 3 << true;
    QTest::addRow("unknown mentor") << 3 << 7 << false;
}

/// Mentees 0–3, mentors 0–3: (0, 1) excluded, mentor 2 has no places, mentor 0 has no place left
/// for group 0 (mentee 2's), and a mentee pinned a second time.
void TestMatchSolver::impossiblePinFails()
{
    QFETCH(int, mentee);
    QFETCH(int, mentor);
    QFETCH(bool, pinTwice);
    MatrixGains gains(4, 4);
    gains.set(0, 1, -1);
    SolverInput input;
    input.gains = &gains;
    input.capacity = {2, 2, 0, 2};
    input.menteeGroup = {-1, -1, 0, -1};
    input.groupLimit = 1;
    input.groupAllowance = [](int mentorIndex, int) { return mentorIndex == 0 ? 0 : 1; };
    if (pinTwice)
        input.pins.emplace_back(mentee, 0);
    input.pins.emplace_back(mentee, mentor);
    const SolverResult result = MatchSolver::solve(input);
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY(result.error.contains(QString::number(mentee)));
    QVERIFY(result.error.endsWith(QLatin1Char('.')));
}

void TestMatchSolver::cancelStops_data()
{
    QTest::addColumn<int>("cancelAtPercent");
    QTest::addRow("before scoring") << -1;
    QTest::addRow("while scoring") << 1;
    QTest::addRow("after scoring") << 70;
}

void TestMatchSolver::cancelStops()
{
    QFETCH(int, cancelAtPercent);
    std::mt19937 random(5);
    Instance instance = randomInstance(random, largerShape);
    int reached = -1;
    instance.input.progress = [&reached](int percent) { reached = std::max(reached, percent); };
    instance.input.isCancelled = [&] { return reached >= cancelAtPercent; };
    const SolverResult result = solveWith(instance, 3, true);
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QVERIFY(result.error.isEmpty());
    QVERIFY(reached < 100);
}

void TestMatchSolver::progressRisesToTheEnd()
{
    std::mt19937 random(6);
    Instance instance = randomInstance(random, largerShape);
    std::vector<int> reported;
    instance.input.progress = [&reported](int percent) { reported.push_back(percent); };
    const SolverResult result = solveWith(instance, 3, true);
    QVERIFY(result.ok);
    QVERIFY(reported.size() > 2);
    QVERIFY(std::is_sorted(reported.begin(), reported.end()));
    QCOMPARE(reported.back(), 100);
}

void TestMatchSolver::anchorsReachTheDenseObjective()
{
    std::mt19937 random(8);
    Instance instance = randomInstance(random, largerShape);
    instance.input.pins.clear();
    const SolverResult dense = solveWith(instance, 0, false);
    const CandidateGraph graph = MatchSolver::buildCandidateGraph(instance.input);
    QVERIFY(graph.error.isEmpty());
    QCOMPARE(qint64(graph.arcMentor.size()), dense.candidateArcs);
    const AnchorRun simplex = MatchSolver::anchorNetworkSimplex(graph);
    const AnchorRun scaling = MatchSolver::anchorCostScaling(graph);
    QVERIFY(simplex.ok);
    QVERIFY(scaling.ok);
    QCOMPARE(simplex.objective, dense.objective);
    QCOMPARE(scaling.objective, dense.objective);
}

QTEST_GUILESS_MAIN(TestMatchSolver)
#include "test_matchsolver.moc"
