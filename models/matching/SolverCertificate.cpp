// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/SolverCertificate.h"

#include "matching/SolverParallel.h"

#include <algorithm>
#include <limits>

namespace mentordesk::matching {

namespace {

/// What one thread found; merged in slot order afterwards.
struct WorkerFindings {
    std::vector<int> gains;
    std::vector<int> inGraph; ///< per mentor, 1 + the last slot that has an arc to it
    std::vector<LeftOutArc> improving;
    WideInt leftOutBound = 0;
    qint64 pairsScored = 0;
};

} // namespace

SolverCertificate::SolverCertificate(const SolverInput& input, const CandidateGraph& graph,
                                     const ArcWeighting& weighting, const FlowSolution& solution,
                                     const SolverParallel& parallel)
    : m_input(input)
    , m_graph(graph)
    , m_weighting(weighting)
    , m_solution(solution)
    , m_parallel(parallel)
{
    sortMentorBounds();
}

void SolverCertificate::sortMentorBounds()
{
    std::vector<std::pair<int, int>> boundAndMentor;
    for (int mentor = 0; mentor < int(m_graph.mentorLeftOutGainBound.size()); ++mentor) {
        const int bound = m_graph.mentorLeftOutGainBound[size_t(mentor)];
        if (m_graph.capacityLeft[size_t(mentor)] > 0 && bound >= 0 && bound >= m_weighting.threshold)
            boundAndMentor.emplace_back(bound, mentor);
    }
    std::sort(boundAndMentor.begin(), boundAndMentor.end());
    const WideInt lowest = std::numeric_limits<qint64>::min();
    m_highestBelow.assign(boundAndMentor.size() + 1, lowest);
    m_highestPotentialFrom.assign(boundAndMentor.size() + 1, lowest);
    for (size_t k = 0; k < boundAndMentor.size(); ++k) {
        const auto [bound, mentor] = boundAndMentor[k];
        m_mentorBounds.push_back(bound);
        m_highestBelow[k + 1] = std::max(m_highestBelow[k], WideInt(m_weighting.weight(bound)) +
                                                                m_solution.mentorPotential[size_t(mentor)]);
    }
    for (size_t k = boundAndMentor.size(); k-- > 0;) {
        m_highestPotentialFrom[k] = std::max(m_highestPotentialFrom[k + 1],
                                             WideInt(m_solution.mentorPotential[size_t(boundAndMentor[k].second)]));
    }
}

CertificateCheck SolverCertificate::check(int improvingPerSlot) const
{
    std::vector<WorkerFindings> workers(size_t(m_parallel.workerCount()));
    for (WorkerFindings& worker : workers) {
        worker.gains.resize(size_t(m_graph.mentorCount));
        worker.inGraph.assign(size_t(m_graph.mentorCount), 0);
    }
    CertificateCheck result;
    result.finished = m_parallel.run(m_graph.slotCount(), [&](int slot, int workerIndex) {
        WorkerFindings& worker = workers[size_t(workerIndex)];
        std::vector<ImprovingArc> found;
        if (boundClearsSlot(slot)) {
            checkReserve(slot, worker.inGraph, found, worker.leftOutBound);
        } else {
            checkSlot(slot, worker.gains, worker.inGraph, found, worker.leftOutBound);
            worker.pairsScored += m_graph.mentorCount;
        }
        if (int(found.size()) > improvingPerSlot) {
            // The most improving arcs first: each is worth most to the next solve. Ties by mentor.
            std::nth_element(found.begin(), found.begin() + improvingPerSlot, found.end(),
                             [](const ImprovingArc& l, const ImprovingArc& r) {
                                 return l.reduced != r.reduced ? l.reduced < r.reduced : l.arc.mentor < r.arc.mentor;
                             });
            found.resize(size_t(improvingPerSlot));
        }
        for (const ImprovingArc& arc : found)
            worker.improving.push_back(arc.arc);
    });
    for (const WorkerFindings& worker : workers) {
        result.improving.insert(result.improving.end(), worker.improving.begin(), worker.improving.end());
        result.leftOutBound += worker.leftOutBound;
        result.pairsScored += worker.pairsScored;
    }
    std::sort(result.improving.begin(), result.improving.end(), [](const LeftOutArc& l, const LeftOutArc& r) {
        return l.slot != r.slot ? l.slot < r.slot : l.mentor < r.mentor;
    });
    return result;
}

/// A left-out arc's gain is at most the slot's bound, and it ends at a potential no higher than
/// the highest one, so its reduced cost −weight(gain) + π(mentee) − π(target) is at least
/// −weight(bound) + π(mentee) − highest: when that is not negative, none of them improves.
bool SolverCertificate::boundClearsSlot(int slot) const
{
    const int bound = m_graph.leftOutGainBound[size_t(slot)];
    if (bound < 0 || bound < m_weighting.threshold)
        return true;
    const WideInt menteePotential = m_solution.menteePotential[size_t(slot)];
    const WideInt weight = m_weighting.weight(bound);
    if (menteePotential - m_solution.highestTargetPotential(m_graph.groupOfSlot[size_t(slot)]) >= weight)
        return true;
    if (m_graph.mentorLeftOutGainBound.empty())
        return false;
    // From both ends: an arc left out to mentor j has a gain of at most min(bound, bound of j), and
    // its target's potential is at most π(j) (a (mentor, group) node's is never above its mentor's
    // once nothing flows in at a higher one).
    const size_t firstAtLeast =
        size_t(std::lower_bound(m_mentorBounds.begin(), m_mentorBounds.end(), bound) - m_mentorBounds.begin());
    return m_highestBelow[firstAtLeast] <= menteePotential &&
           m_highestPotentialFrom[firstAtLeast] <= menteePotential - weight;
}

/// The slot's reserve alone, when the bound clears the rest of its left-out arcs.
void SolverCertificate::checkReserve(int slot, std::vector<int>& inGraph, std::vector<ImprovingArc>& improving,
                                     WideInt& leftOutBound) const
{
    const size_t first = size_t(m_graph.firstReserveOfSlot[size_t(slot)]);
    const size_t last = size_t(m_graph.firstReserveOfSlot[size_t(slot) + 1]);
    if (first == last)
        return;
    markInGraph(slot, inGraph);
    const WideInt menteePotential = m_solution.menteePotential[size_t(slot)];
    for (size_t arc = first; arc < last; ++arc) {
        const int mentor = m_graph.reserveMentor[arc];
        const int gain = m_graph.reserveGain[arc];
        if (inGraph[size_t(mentor)] == slot + 1)
            continue;
        WideInt targetPotential = 0;
        if (!targetOf(slot, mentor, gain, targetPotential))
            continue;
        const WideInt reduced = -WideInt(m_weighting.weight(gain)) + menteePotential - targetPotential;
        if (reduced < 0) {
            leftOutBound -= reduced;
            improving.push_back({{slot, mentor, gain}, reduced});
        }
    }
}

void SolverCertificate::markInGraph(int slot, std::vector<int>& inGraph) const
{
    for (qint64 arc = m_graph.firstArcOfSlot[size_t(slot)]; arc < m_graph.firstArcOfSlot[size_t(slot) + 1]; ++arc)
        inGraph[size_t(m_graph.arcMentor[size_t(arc)])] = slot + 1;
}

/// Whether an arc of the slot to the mentor takes part in the check (allowed at this threshold,
/// with places left for it), and the potential it ends at.
bool SolverCertificate::targetOf(int slot, int mentor, int gain, WideInt& targetPotential) const
{
    if (gain < std::max(0, m_weighting.threshold) || m_graph.capacityLeft[size_t(mentor)] <= 0)
        return false;
    targetPotential = m_solution.mentorPotential[size_t(mentor)];
    const int group = m_graph.groupOfSlot[size_t(slot)];
    if (group < 0)
        return true;
    const qint64 key = CandidateGraph::groupKey(mentor, group);
    const auto allowance = m_graph.groupAllowanceLeft.find(key);
    if (allowance != m_graph.groupAllowanceLeft.end() && allowance->second <= 0)
        return false;
    const auto node = m_solution.groupPotential.find(key);
    if (node != m_solution.groupPotential.end())
        targetPotential = node->second;
    return true;
}

void SolverCertificate::checkSlot(int slot, std::vector<int>& gains, std::vector<int>& inGraph,
                                  std::vector<ImprovingArc>& improving, WideInt& leftOutBound) const
{
    markInGraph(slot, inGraph);
    m_input.gains->gainsOfMentee(m_graph.menteeOfSlot[size_t(slot)], gains.data());
    const WideInt menteePotential = m_solution.menteePotential[size_t(slot)];
    for (int mentor = 0; mentor < m_graph.mentorCount; ++mentor) {
        const int gain = gains[size_t(mentor)];
        WideInt targetPotential = 0;
        if (inGraph[size_t(mentor)] == slot + 1 || !targetOf(slot, mentor, gain, targetPotential))
            continue;
        const WideInt reduced = -WideInt(m_weighting.weight(gain)) + menteePotential - targetPotential;
        if (reduced < 0) {
            leftOutBound -= reduced;
            improving.push_back({{slot, mentor, gain}, reduced});
        }
    }
}

} // namespace mentordesk::matching
