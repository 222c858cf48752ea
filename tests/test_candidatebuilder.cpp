// SPDX-License-Identifier: GPL-3.0-or-later
// The sparse candidate graph against a reference computed here by sorting every allowed arc: each
// slot keeps its K best arcs (gain, then lower mentor index), its reserve is exactly the next
// 8 K, its left-out bound the gain after those; each mentor's best 3 × places + K mentees are in
// the graph and its bound is the next gain. The builder selects with heaps of packed keys and a
// threshold test; these tests hold it to the plain definition.
#include "matching/MatchSolver.h"
#include "SolverTestInstances.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <set>

using namespace mentordesk::matching;
using namespace mentordesk::matching::testing;

namespace {

struct Arc {
    int gain;
    int index;
};

bool ranksAbove(const Arc& left, const Arc& right)
{
    return left.gain != right.gain ? left.gain > right.gain : left.index < right.index;
}

std::set<int> mentorsOf(const std::vector<int>& mentors, qint64 first, qint64 last)
{
    return std::set<int>(mentors.begin() + first, mentors.begin() + last);
}

} // namespace

class TestCandidateBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsTheBestArcs_data();
    void keepsTheBestArcs();
};

void TestCandidateBuilder::keepsTheBestArcs_data()
{
    QTest::addColumn<int>("mentees");
    QTest::addColumn<int>("mentors");
    QTest::addColumn<int>("maxGain");
    QTest::addColumn<int>("candidates");
    QTest::addColumn<int>("threads");
    QTest::newRow("many ties, K 1") << 300 << 40 << 5 << 1 << 1;
    QTest::newRow("many ties, K 2, two threads") << 300 << 40 << 5 << 2 << 2;
    QTest::newRow("few ties, K 3") << 200 << 60 << 1000 << 3 << 2;
    QTest::newRow("fewer mentors than K + reserve") << 100 << 12 << 50 << 2 << 1;
    QTest::newRow("K 16 like the benchmark") << 200 << 300 << 200 << 16 << 2;
}

void TestCandidateBuilder::keepsTheBestArcs()
{
    QFETCH(int, mentees);
    QFETCH(int, mentors);
    QFETCH(int, maxGain);
    QFETCH(int, candidates);
    QFETCH(int, threads);
    std::mt19937 random(unsigned(mentees * 31 + mentors * 7 + maxGain + candidates));
    const Instance instance = randomInstance(random, {mentees, mentors, 4, maxGain, 0, 0});
    SolverInput input = instance.input;
    input.candidatesPerMentee = candidates;
    input.threads = threads;
    const CandidateGraph graph = MatchSolver::buildCandidateGraph(input);
    QVERIFY(graph.error.isEmpty());
    QCOMPARE(graph.slotCount(), mentees);
    const size_t keep = size_t(candidates);
    const size_t reserve = 8 * keep;
    std::vector<std::vector<Arc>> slotsOfMentor(static_cast<size_t>(mentors));
    qint64 allowed = 0;
    for (int slot = 0; slot < mentees; ++slot) {
        std::vector<Arc> arcs;
        for (int mentor = 0; mentor < mentors; ++mentor) {
            const int gain = instance.gains->gain(slot, mentor);
            allowed += gain >= 0;
            if (gain >= 0 && instance.input.capacity[size_t(mentor)] > 0) {
                arcs.push_back({gain, mentor});
                slotsOfMentor[size_t(mentor)].push_back({gain, slot});
            }
        }
        std::sort(arcs.begin(), arcs.end(), ranksAbove);
        const std::set<int> inGraph =
            mentorsOf(graph.arcMentor, graph.firstArcOfSlot[size_t(slot)], graph.firstArcOfSlot[size_t(slot) + 1]);
        for (size_t rank = 0; rank < std::min(keep, arcs.size()); ++rank)
            QVERIFY2(inGraph.count(arcs[rank].index),
                     qPrintable(QStringLiteral("slot %1 rank %2").arg(slot).arg(rank)));
        std::set<int> expectedReserve;
        for (size_t rank = keep; rank < std::min(keep + reserve, arcs.size()); ++rank)
            expectedReserve.insert(arcs[rank].index);
        QCOMPARE(mentorsOf(graph.reserveMentor, graph.firstReserveOfSlot[size_t(slot)],
                           graph.firstReserveOfSlot[size_t(slot) + 1]),
                 expectedReserve);
        const int bound = arcs.size() > keep + reserve ? arcs[keep + reserve].gain : -1;
        QCOMPARE(graph.leftOutGainBound[size_t(slot)], bound);
    }
    QCOMPARE(graph.allowedPairs, allowed);
    for (int mentor = 0; mentor < mentors; ++mentor) {
        std::vector<Arc>& menteesRanked = slotsOfMentor[size_t(mentor)];
        std::sort(menteesRanked.begin(), menteesRanked.end(), ranksAbove);
        const size_t length = size_t(3 * instance.input.capacity[size_t(mentor)] + candidates);
        const int bound = menteesRanked.size() > length ? menteesRanked[length].gain : -1;
        QCOMPARE(graph.mentorLeftOutGainBound[size_t(mentor)], bound);
        for (size_t rank = 0; rank < std::min(length, menteesRanked.size()); ++rank) {
            const int slot = menteesRanked[rank].index;
            const auto first = graph.arcMentor.begin() + graph.firstArcOfSlot[size_t(slot)];
            const auto last = graph.arcMentor.begin() + graph.firstArcOfSlot[size_t(slot) + 1];
            QVERIFY(std::find(first, last, mentor) != last);
        }
    }
}

QTEST_GUILESS_MAIN(TestCandidateBuilder)
#include "test_candidatebuilder.moc"
