// SPDX-License-Identifier: GPL-3.0-or-later
// The warm-started certificate rounds: MatchSolver with the flow repair against solving every
// round from scratch on random instances where the certificate adds arcs (small candidate lists,
// crowded gains, group limits, pins, fairness), the fallback to a solve from scratch when the
// repair gives up, the same matching run after run, and SolverFlowRepair alone on small networks
// (an optimum from nothing, a network without a balanced flow, the phase limit).
#include "matching/MatchSolver.h"
#include "matching/SolverFlowRepair.h"
#include "SolverTestInstances.h"

#include <QTest>

#include <random>

using namespace mentordesk::matching;
using namespace mentordesk::matching::testing;

namespace {

/// Instances whose mentees mostly want the same mentors (gains rise with a mentor's popularity),
/// with few places: a mentee's few best arcs all go to mentors that are full, so the certificate
/// finds improving pairs outside the sparse graph.
Instance crowdedInstance(std::mt19937& random, const Shape& shape, int popularity)
{
    Instance instance = randomInstance(random, shape);
    for (int mentee = 0; mentee < shape.mentees; ++mentee) {
        for (int mentor = 0; mentor < shape.mentors; ++mentor) {
            const int gain = instance.gains->gain(mentee, mentor);
            if (gain >= 0)
                instance.gains->set(mentee, mentor, gain + popularity * (shape.mentors - mentor));
        }
    }
    return instance;
}

SolverResult solve(const Instance& instance, int candidates, bool fairness, int repairPhaseLimit, int threads = 1)
{
    SolverInput input = instance.input;
    input.candidatesPerMentee = candidates;
    input.fairness = fairness;
    input.repairPhaseLimit = repairPhaseLimit;
    input.threads = threads;
    return MatchSolver::solve(input);
}

/// A network of mentees (supply 1), mentors (places) and a sink, as MatchSolver builds it without
/// groups: node 0 the sink, mentors from 1, mentees after; each mentee's bypass, then its arcs.
struct SmallNetwork {
    FlowArcs arcs;
    std::vector<int> matchArcMentee;
    std::vector<int> matchArcGain;
    qint64 folding = 1;
};

SmallNetwork networkOf(const Instance& instance)
{
    const int mentees = instance.gains->menteeCount();
    const int mentors = instance.gains->mentorCount();
    SmallNetwork network;
    for (int mentee = 0; mentee < mentees; ++mentee) {
        int best = 0;
        for (int mentor = 0; mentor < mentors; ++mentor)
            best = std::max(best, instance.gains->gain(mentee, mentor));
        network.folding += best;
    }
    const auto addArc = [&](int source, int target, long long capacity, long long cost) {
        network.arcs.source.push_back(source);
        network.arcs.target.push_back(target);
        network.arcs.capacity.push_back(capacity);
        network.arcs.cost.push_back(cost);
    };
    network.arcs.supply.assign(size_t(1 + mentors + mentees), 1);
    network.arcs.supply[0] = -mentees;
    for (int mentor = 0; mentor < mentors; ++mentor) {
        network.arcs.supply[size_t(1 + mentor)] = 0;
        addArc(1 + mentor, 0, instance.input.capacity[size_t(mentor)], 0);
    }
    for (int mentee = 0; mentee < mentees; ++mentee) {
        addArc(1 + mentors + mentee, 0, 1, 0);
    }
    network.matchArcMentee.assign(network.arcs.source.size(), -1);
    network.matchArcGain.assign(network.arcs.source.size(), 0);
    for (int mentee = 0; mentee < mentees; ++mentee) {
        for (int mentor = 0; mentor < mentors; ++mentor) {
            const int gain = instance.gains->gain(mentee, mentor);
            if (gain < 0)
                continue;
            addArc(1 + mentors + mentee, 1 + mentor, 1, -(network.folding + gain));
            network.matchArcMentee.push_back(mentee);
            network.matchArcGain.push_back(gain);
        }
    }
    return network;
}

/// The mentees matched by a flow of the network and their total gain.
std::pair<int, qint64> matchedAndTotal(const SmallNetwork& network, const std::vector<long long>& flow)
{
    std::pair<int, qint64> result{0, 0};
    for (size_t arc = 0; arc < flow.size(); ++arc) {
        if (network.matchArcMentee[arc] >= 0 && flow[arc] > 0) {
            ++result.first;
            result.second += network.matchArcGain[arc];
        }
    }
    return result;
}

/// A network grown the way SolverFlowNetwork grows it between rounds: arcs appended with no flow,
/// relay nodes (as new (mentor, group) nodes) at their mentor's potential.
struct GrowingNetwork {
    SmallNetwork network;
    std::vector<long long> flow;
    std::vector<long long> potential;
    std::vector<int> relayOfNode;

    void addArc(int source, int target, long long capacity, long long cost, int mentee, int gain)
    {
        network.arcs.source.push_back(source);
        network.arcs.target.push_back(target);
        network.arcs.capacity.push_back(capacity);
        network.arcs.cost.push_back(cost);
        network.matchArcMentee.push_back(mentee);
        network.matchArcGain.push_back(gain);
        flow.push_back(0);
    }
    int relayTo(int mentorNode, int places)
    {
        relayOfNode.resize(std::max(relayOfNode.size(), size_t(mentorNode) + 1), -1);
        if (relayOfNode[size_t(mentorNode)] < 0) {
            relayOfNode[size_t(mentorNode)] = network.arcs.nodeCount();
            network.arcs.supply.push_back(0);
            potential.push_back(potential[size_t(mentorNode)]);
            addArc(network.arcs.nodeCount() - 1, mentorNode, places, 0, -1, 0);
        }
        return relayOfNode[size_t(mentorNode)];
    }
};

const Shape crowdedShape{150, 20, 3, 60, 0, 0};
const Shape crowdedGroupsShape{150, 20, 4, 60, 3, 0};
const Shape crowdedPinsShape{150, 20, 4, 60, 3, 12};

} // namespace

class TestSolverFlowRepair : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameObjectiveAsSolvingFromScratch_data();
    void sameObjectiveAsSolvingFromScratch();
    void fallsBackWhenTheRepairGivesUp();
    void sameMatchingEveryRun();
    void repairFindsTheOptimumFromNothing();
    void appendedArcsAreRepairedInPlace();
    void noBalancedFlowIsRefused();
    void phaseLimitStopsTheRepair();
};

void TestSolverFlowRepair::sameObjectiveAsSolvingFromScratch_data()
{
    QTest::addColumn<int>("mentees");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("pins");
    QTest::addColumn<int>("candidates");
    QTest::addColumn<int>("popularity");
    QTest::addColumn<bool>("fairness");
    QTest::newRow("crowded, one candidate") << 150 << 0 << 0 << 1 << 5 << false;
    QTest::newRow("crowded, two candidates") << 150 << 0 << 0 << 2 << 3 << false;
    QTest::newRow("uniform gains") << 150 << 0 << 0 << 1 << 0 << false;
    QTest::newRow("group limits") << 150 << 3 << 0 << 1 << 5 << false;
    QTest::newRow("group limits and pins") << 150 << 3 << 12 << 1 << 5 << false;
    QTest::newRow("pins, no groups") << 150 << 0 << 12 << 2 << 4 << false;
    QTest::newRow("fairness") << 120 << 0 << 0 << 1 << 5 << true;
    QTest::newRow("fairness, groups and pins") << 120 << 3 << 10 << 1 << 5 << true;
}

/// The repaired rounds reach the objective of solving every round from scratch, certified, and
/// the rules hold; across the instances the certificate did add arcs and the repairs did the rounds.
void TestSolverFlowRepair::sameObjectiveAsSolvingFromScratch()
{
    QFETCH(int, mentees);
    QFETCH(int, groups);
    QFETCH(int, pins);
    QFETCH(int, candidates);
    QFETCH(int, popularity);
    QFETCH(bool, fairness);
    std::mt19937 random(1000u + unsigned(mentees + groups * 7 + pins * 13 + candidates * 31 + popularity));
    int rounds = 0;
    int repaired = 0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        const Instance instance = crowdedInstance(random, {mentees, 20, 3, 60, groups, pins}, popularity);
        const SolverResult scratch = solve(instance, candidates, fairness, 0);
        const SolverResult warm = solve(instance, candidates, fairness, 2000);
        QVERIFY2(scratch.ok && warm.ok, qPrintable(scratch.error + warm.error));
        QVERIFY(scratch.certified);
        QVERIFY(warm.certified);
        QCOMPARE(warm.gap, qint64(0));
        QCOMPARE(warm.objective, scratch.objective);
        QCOMPARE(warm.matched, scratch.matched);
        QCOMPARE(warm.totalScore, scratch.totalScore);
        QCOMPARE(warm.fairnessThreshold, scratch.fairnessThreshold);
        QCOMPARE(violation(instance, warm.mentorOfMentee), QString());
        QCOMPARE(scratch.repairedRounds, 0);
        QCOMPARE(warm.repairFallbacks, 0);
        QVERIFY(warm.repairedRounds >= warm.certificationRounds);
        rounds += warm.certificationRounds;
        repaired += warm.repairedRounds;
    }
    QVERIFY2(rounds > 0, "the certificate never added arcs: the test would not exercise the repair");
    QVERIFY(repaired >= rounds);
}

/// With one shortest-path phase allowed, the repairs that need more give way to LEMON's solve from
/// scratch, and the result is still the certified optimum.
void TestSolverFlowRepair::fallsBackWhenTheRepairGivesUp()
{
    std::mt19937 random(4242);
    int fallbacks = 0;
    for (const Shape& shape : {crowdedShape, crowdedGroupsShape, crowdedPinsShape}) {
        for (int attempt = 0; attempt < 6; ++attempt) {
            const Instance instance = crowdedInstance(random, shape, 5);
            const SolverResult scratch = solve(instance, 1, false, 0);
            const SolverResult limited = solve(instance, 1, false, 1);
            QVERIFY(scratch.ok && limited.ok);
            QVERIFY(limited.certified);
            QCOMPARE(limited.objective, scratch.objective);
            QCOMPARE(violation(instance, limited.mentorOfMentee), QString());
            fallbacks += limited.repairFallbacks;
        }
    }
    QVERIFY2(fallbacks > 0, "no repair needed more than one phase: the fallback was not exercised");
}

void TestSolverFlowRepair::sameMatchingEveryRun()
{
    std::mt19937 random(99);
    const Instance instance = crowdedInstance(random, crowdedPinsShape, 5);
    const SolverResult first = solve(instance, 1, true, 2000, 1);
    QVERIFY(first.ok);
    QVERIFY(first.repairedRounds > 0);
    for (int threads : {2, 1, 2}) {
        const SolverResult again = solve(instance, 1, true, 2000, threads);
        QCOMPARE(again.mentorOfMentee, first.mentorOfMentee);
        QCOMPARE(again.repairedRounds, first.repairedRounds);
        QCOMPARE(again.repairPhases, first.repairPhases);
        QCOMPARE(again.objective, first.objective);
    }
}

/// From no flow and zero potentials every match arc is saturated and the repair has the whole
/// assignment to route: it must reach LEMON's optimum (MatchSolver on the dense graph).
void TestSolverFlowRepair::repairFindsTheOptimumFromNothing()
{
    std::mt19937 random(7);
    for (int attempt = 0; attempt < 20; ++attempt) {
        const Instance instance = randomInstance(random, {12, 5, 3, 40, 0, 0});
        const SmallNetwork network = networkOf(instance);
        std::vector<long long> flow(size_t(network.arcs.arcCount()), 0);
        std::vector<long long> potential(size_t(network.arcs.nodeCount()), 0);
        SolverFlowRepair repair(network.arcs, flow, potential);
        QVERIFY(repair.run(10000));
        QVERIFY(repair.phases() > 0);
        const auto [matched, total] = matchedAndTotal(network, flow);
        const SolverResult dense = solve(instance, 0, false, 0);
        QVERIFY(dense.ok);
        QCOMPARE(matched, dense.matched);
        QCOMPARE(total, dense.totalScore);
    }
}

/// One SolverFlowRepair kept across runs, as the certificate rounds use it: a third of the match
/// arcs first, then a third appended straight to the mentors, then a third through relay nodes
/// appended with them (as new (mentor, group) nodes are, at their mentor's potential). Every run
/// succeeds, and the last reaches the optimum of the whole network; the mentors' entries outgrow
/// the room the first run left them, so they are moved on the way.
void TestSolverFlowRepair::appendedArcsAreRepairedInPlace()
{
    std::mt19937 random(11);
    for (int attempt = 0; attempt < 10; ++attempt) {
        const Instance instance = randomInstance(random, {30, 6, 3, 40, 0, 0});
        const SmallNetwork full = networkOf(instance);
        GrowingNetwork growing;
        growing.network.arcs.supply = full.arcs.supply;
        std::vector<int> matchArcs;
        for (int arc = 0; arc < full.arcs.arcCount(); ++arc) {
            if (full.matchArcMentee[size_t(arc)] >= 0)
                matchArcs.push_back(arc);
            else
                growing.addArc(full.arcs.source[size_t(arc)], full.arcs.target[size_t(arc)],
                               full.arcs.capacity[size_t(arc)], full.arcs.cost[size_t(arc)], -1, 0);
        }
        growing.potential.assign(size_t(growing.network.arcs.nodeCount()), 0);
        SolverFlowRepair repair(growing.network.arcs, growing.flow, growing.potential);
        for (int batch = 0; batch < 3; ++batch) {
            for (size_t at = size_t(batch); at < matchArcs.size(); at += 3) {
                const size_t arc = size_t(matchArcs[at]);
                const int mentorNode = full.arcs.target[arc];
                const int target = batch < 2
                                       ? mentorNode
                                       : growing.relayTo(mentorNode, instance.input.capacity[size_t(mentorNode - 1)]);
                growing.addArc(full.arcs.source[arc], target, 1, full.arcs.cost[arc], full.matchArcMentee[arc],
                               full.matchArcGain[arc]);
            }
            QVERIFY(repair.run(10000));
        }
        const auto [matched, total] = matchedAndTotal(growing.network, growing.flow);
        const SolverResult dense = solve(instance, 0, false, 0);
        QVERIFY(dense.ok);
        QCOMPARE(matched, dense.matched);
        QCOMPARE(total, dense.totalScore);
    }
}

/// A mentee with no arc at all but its supply: nothing can balance it.
void TestSolverFlowRepair::noBalancedFlowIsRefused()
{
    FlowArcs arcs;
    arcs.supply = {-1, 1, 0};
    arcs.source = {2};
    arcs.target = {0};
    arcs.capacity = {1};
    arcs.cost = {0};
    std::vector<long long> flow{0};
    std::vector<long long> potential{0, 0, 0};
    QVERIFY(!SolverFlowRepair(arcs, flow, potential).run(100));
}

void TestSolverFlowRepair::phaseLimitStopsTheRepair()
{
    std::mt19937 random(8);
    const Instance instance = randomInstance(random, {12, 5, 3, 40, 0, 0});
    const SmallNetwork network = networkOf(instance);
    std::vector<long long> flow(size_t(network.arcs.arcCount()), 0);
    std::vector<long long> potential(size_t(network.arcs.nodeCount()), 0);
    SolverFlowRepair repair(network.arcs, flow, potential);
    QVERIFY(!repair.run(0));
    QCOMPARE(repair.phases(), 0);
}

QTEST_GUILESS_MAIN(TestSolverFlowRepair)
#include "test_solverflowrepair.moc"
