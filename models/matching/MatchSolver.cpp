// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/MatchSolver.h"

#include "matching/CandidateBuilder.h"
#include "matching/SolverCertificate.h"
#include "matching/SolverFlowNetwork.h"
#include "matching/SolverParallel.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <limits>

namespace mentordesk::matching {

namespace {

/// The share of the progress bar the scoring gets: it is most of the time of a large solve.
constexpr int scoringPercent = 70;

/// LEMON's NetworkSimplex prices its artificial arcs at half the 64-bit range; the folded costs
/// of all arcs together must stay well below that.
constexpr qint64 foldedCostLimit = qint64(1) << 60;

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// A flow on the candidate graph, certified against every left-out pair or not.
struct CertifiedFlow {
    FlowSolution flow;
    WideInt upperBound = 0;
    bool certified = false;
    bool cancelled = false;
    bool failed = false;
};

/// One solve() from the candidate graph on: the stages of the objective, each a certified flow.
class SolverRun {
public:
    SolverRun(const SolverInput& input, CandidateGraph& graph, SolverResult& result)
        : m_input(input)
        , m_graph(graph)
        , m_result(result)
        , m_parallel(input.threads, input.isCancelled, nullptr)
    {
    }

    void run();

private:
    bool cancelled() const { return m_input.isCancelled && m_input.isCancelled(); }
    void report(int percent) const
    {
        if (m_input.progress)
            m_input.progress(percent);
    }
    CertifiedFlow solveCertified(const ArcWeighting& weighting);
    FlowSolution solveRound(SolverFlowNetwork& network, bool repair);
    bool findFairnessThreshold(int& threshold);
    bool countAt(int lowestGain, int& matched, int& lowestUsed);
    void fillResult(const CertifiedFlow& final, qint64 folding);

    const SolverInput& m_input;
    CandidateGraph& m_graph;
    SolverResult& m_result;
    SolverParallel m_parallel;
    bool m_allCertified = true;
    bool m_lastRoundRepaired = false;
};

void SolverRun::run()
{
    const qint64 folding = m_graph.maxTotal + 1;
    if (WideInt(folding + m_graph.maxGain) * (m_graph.slotCount() + 1) >= foldedCostLimit ||
        WideInt(folding) * (m_graph.menteeCount + 1) >= foldedCostLimit) {
        m_result.error = QCoreApplication::translate(
            "MatchSolver", "The scores are too large to be optimised exactly; lower the factor weights and try again.");
        return;
    }
    int threshold = 0;
    if (m_input.fairness && !findFairnessThreshold(threshold))
        return;
    report(95);
    const CertifiedFlow final = solveCertified({threshold, folding});
    if (final.cancelled || final.failed) {
        m_result.cancelled = final.cancelled;
        if (final.failed)
            m_result.error = QCoreApplication::translate("MatchSolver", "The matching could not be solved.");
        return;
    }
    m_result.fairnessThreshold = threshold;
    fillResult(final, folding);
    report(100);
}

/// Solves on the candidate graph, checks every left-out pair against the potentials, adds those
/// that would improve the objective and solves again, until none would.
CertifiedFlow SolverRun::solveCertified(const ArcWeighting& weighting)
{
    CertifiedFlow certified;
    // A few arcs per mentee and round: the potentials of a sparse solve are rough, and a congested
    // instance (everyone's best arcs go to the same mentors) then finds many improving arcs per
    // mentee of which the next solve needs few. At 30,000 × 3,000 four kept the rounds and cut
    // the arcs added fourfold against sixteen.
    const int improvingPerSlot = std::clamp(m_input.candidatesPerMentee, 1, 4);
    const auto buildStart = std::chrono::steady_clock::now();
    SolverFlowNetwork network(m_graph, weighting);
    m_result.solvingSeconds += secondsSince(buildStart);
    bool repair = false;
    for (;;) {
        if (cancelled()) {
            certified.cancelled = true;
            return certified;
        }
        certified.flow = solveRound(network, repair);
        if (!certified.flow.ok) {
            certified.failed = true;
            return certified;
        }
        const auto certifyStart = std::chrono::steady_clock::now();
        const CertificateCheck check =
            SolverCertificate(m_input, m_graph, weighting, certified.flow, m_parallel).check(improvingPerSlot);
        m_result.pairsScored += check.pairsScored;
        if (!check.finished) {
            certified.cancelled = true;
            return certified;
        }
        certified.upperBound = certified.flow.candidateBound + check.leftOutBound;
        if (check.improving.empty()) {
            m_result.certifyingSeconds += secondsSince(certifyStart);
            certified.certified = certified.upperBound == certified.flow.weight;
            if (!certified.certified && m_lastRoundRepaired) {
                // Not proven: the repaired flow gives way to a solve from scratch of the same graph.
                ++m_result.repairFallbacks;
                repair = false;
                continue;
            }
            m_allCertified = m_allCertified && certified.certified;
            return certified;
        }
        std::vector<LeftOutArc> addedArcs;
        const qint64 added = CandidateBuilder::addArcs(m_input, m_graph, check.improving, &addedArcs);
        m_result.certifyingSeconds += secondsSince(certifyStart);
        const auto appendStart = std::chrono::steady_clock::now();
        network.appendArcs(addedArcs);
        m_result.solvingSeconds += secondsSince(appendStart);
        // None added: every improving arc led into a (mentor, group) now known to be full; the
        // next check skips those (the repair of an unchanged graph has nothing to do).
        if (added > 0) {
            ++m_result.certificationRounds;
            m_result.arcsAddedByCertificate += added;
        }
        repair = m_input.repairPhaseLimit > 0;
    }
}

/// One round's flow: the network's kept flow repaired in place for the arcs appended since (when
/// asked, and when the repair succeeds and its dual bound equals its weight, i.e. it is optimal on
/// the candidate graph), else LEMON's solve from scratch of the same network.
FlowSolution SolverRun::solveRound(SolverFlowNetwork& network, bool repair)
{
    const auto solveStart = std::chrono::steady_clock::now();
    m_lastRoundRepaired = false;
    if (repair) {
        RepairStats stats;
        FlowSolution repaired = network.repair(m_input.repairPhaseLimit, stats);
        m_result.repairPhases += stats.phases;
        m_result.repairSeconds += secondsSince(solveStart);
        if (repaired.ok && repaired.candidateBound == repaired.weight) {
            ++m_result.repairedRounds;
            m_lastRoundRepaired = true;
            m_result.solvingSeconds += secondsSince(solveStart);
            return repaired;
        }
        ++m_result.repairFallbacks;
    }
    FlowSolution solved = network.solve(m_input.flowAlgorithm);
    m_result.solvingSeconds += secondsSince(solveStart);
    return solved;
}

/// Stage (2): the highest threshold at which as many mentees are still matched as with none. A
/// binary search over the gains, each step a certified maximum count; a step that keeps the count
/// moves the low end to the lowest gain its matching actually uses, which skips most steps.
bool SolverRun::findFairnessThreshold(int& threshold)
{
    int mostMatched = 0;
    int low = 0;
    if (!countAt(0, mostMatched, low))
        return false;
    int high = mostMatched > 0 ? m_graph.maxGain : 0;
    low = std::min(low, high);
    while (low < high) {
        const int middle = low + (high - low + 1) / 2;
        int matched = 0;
        int lowestUsed = 0;
        if (!countAt(middle, matched, lowestUsed))
            return false;
        if (matched == mostMatched)
            low = std::min(high, lowestUsed);
        else
            high = middle - 1;
        report(scoringPercent + 25 * (m_graph.maxGain - (high - low)) / std::max(1, m_graph.maxGain));
    }
    threshold = low;
    return true;
}

/// The most mentees matched with arcs of at least lowestGain, and the lowest gain the matching
/// uses (the highest int when it matches none).
bool SolverRun::countAt(int lowestGain, int& matched, int& lowestUsed)
{
    const CertifiedFlow counted = solveCertified({lowestGain, 0});
    if (counted.cancelled || counted.failed) {
        m_result.cancelled = counted.cancelled;
        if (counted.failed)
            m_result.error = QCoreApplication::translate("MatchSolver", "The matching could not be solved.");
        return false;
    }
    matched = 0;
    lowestUsed = std::numeric_limits<int>::max();
    for (int slot = 0; slot < m_graph.slotCount(); ++slot) {
        const int mentor = counted.flow.mentorOfSlot[size_t(slot)];
        if (mentor < 0)
            continue;
        ++matched;
        lowestUsed = std::min(lowestUsed, m_input.gains->gain(m_graph.menteeOfSlot[size_t(slot)], mentor));
    }
    return true;
}

void SolverRun::fillResult(const CertifiedFlow& final, qint64 folding)
{
    m_result.mentorOfMentee = m_graph.mentorOfMentee;
    m_result.matched = m_graph.pinnedCount;
    m_result.totalScore = m_graph.pinnedGain;
    int lowest = m_graph.pinnedCount > 0 ? m_graph.lowestPinnedGain : std::numeric_limits<int>::max();
    for (int slot = 0; slot < m_graph.slotCount(); ++slot) {
        const int mentor = final.flow.mentorOfSlot[size_t(slot)];
        if (mentor < 0)
            continue;
        const int mentee = m_graph.menteeOfSlot[size_t(slot)];
        const int gain = m_input.gains->gain(mentee, mentor);
        m_result.mentorOfMentee[size_t(mentee)] = mentor;
        ++m_result.matched;
        m_result.totalScore += gain;
        lowest = std::min(lowest, gain);
    }
    m_result.lowestMatchedScore = m_result.matched > 0 ? lowest : 0;
    const qint64 pinned = m_graph.pinnedCount * folding + m_graph.pinnedGain;
    m_result.objective = qint64(m_result.matched) * folding + m_result.totalScore;
    m_result.upperBound = pinned + qint64(final.upperBound);
    m_result.gap = m_result.upperBound - m_result.objective;
    m_result.certified = m_allCertified && final.certified && m_result.gap == 0 &&
                         m_result.objective == pinned + qint64(final.flow.weight);
    m_result.candidateArcs = qint64(m_graph.arcMentor.size());
    m_result.ok = true;
}

} // namespace

SolverResult MatchSolver::solve(const SolverInput& input)
{
    SolverResult result;
    const auto scoringStart = std::chrono::steady_clock::now();
    CandidateGraph graph = buildCandidateGraph(input);
    result.scoringSeconds = secondsSince(scoringStart);
    result.pairsScored = graph.pairsScored;
    result.allowedPairs = graph.allowedPairs;
    result.cancelled = graph.cancelled;
    result.error = graph.error;
    if (graph.cancelled || !graph.error.isEmpty())
        return result;
    SolverRun(input, graph, result).run();
    return result;
}

CandidateGraph MatchSolver::buildCandidateGraph(const SolverInput& input)
{
    const auto progress = [&input](int done, int count) {
        if (input.progress)
            input.progress(int(qint64(done) * scoringPercent / std::max(1, count)));
    };
    const SolverParallel parallel(input.threads, input.isCancelled, progress);
    return CandidateBuilder(input, parallel).build();
}

AnchorRun MatchSolver::anchorNetworkSimplex(const CandidateGraph& graph)
{
    return SolverFlowNetwork(graph, {0, graph.maxTotal + 1}).timeNetworkSimplex();
}

AnchorRun MatchSolver::anchorCostScaling(const CandidateGraph& graph)
{
    return SolverFlowNetwork(graph, {0, graph.maxTotal + 1}).timeCostScaling();
}

} // namespace mentordesk::matching
