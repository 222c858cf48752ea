// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/CandidateBuilder.h"

#include "matching/SolverCertificate.h"
#include "matching/SolverParallel.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <limits>
#include <numeric>

namespace mentordesk::matching {

namespace {

/// A gain and whom it goes to: the mentor in a slot's list, the slot in a mentor's list.
struct ScoredArc {
    int gain;
    int index;
};

/// Best first; equal gains by lower mentor index, so that the arcs kept do not depend on the
/// order the scorer or the threads produce them in.
bool better(const ScoredArc& left, const ScoredArc& right)
{
    return left.gain != right.gain ? left.gain > right.gain : left.index < right.index;
}

/// A scored arc packed into one integer that orders as better() does: the gain (never negative
/// here) in the high half, the index inverted in the low half, so a larger key is a better arc
/// and top-K selection is integer comparisons.
using ArcKey = quint64;

ArcKey keyOf(int gain, int index)
{
    return (ArcKey(quint32(gain)) << 32) | ArcKey(0x7FFFFFFFu - quint32(index));
}

ScoredArc arcOf(ArcKey key)
{
    return {int(key >> 32), int(0x7FFFFFFFu - quint32(key))};
}

/// Keeps key among a min-heap's `length` largest; the heap's front is then the worst kept.
void offer(std::vector<ArcKey>& heap, size_t length, ArcKey key)
{
    if (heap.size() < length) {
        heap.push_back(key);
        std::push_heap(heap.begin(), heap.end(), std::greater<ArcKey>());
    } else if (key > heap.front()) {
        std::pop_heap(heap.begin(), heap.end(), std::greater<ArcKey>());
        heap.back() = key;
        std::push_heap(heap.begin(), heap.end(), std::greater<ArcKey>());
    }
}

QString solverText(const char* text)
{
    return QCoreApplication::translate("MatchSolver", text);
}

} // namespace

/// One slot's scoring outcome, written by whichever thread scored it.
struct CandidateBuilder::SlotArcs {
    std::vector<ScoredArc> kept;
    std::vector<ScoredArc> reserve;
    int leftOutBound = -1;
    int bestGain = -1;
};

/// What one thread scores into.
struct CandidateBuilder::ScoringBuffers {
    std::vector<int> gains;
    std::vector<ScoredArc> arcs;
    std::vector<ArcKey> best;
    /// Per mentor, this thread's best slots (a min-heap of keys), and the key an offer must beat:
    /// 0 until the list is full (every key is larger), then the worst kept one's.
    std::vector<std::vector<ArcKey>> mentorsBest;
    std::vector<ArcKey> mentorFloor;
    qint64 allowedPairs = 0;
};

CandidateBuilder::CandidateBuilder(const SolverInput& input, const SolverParallel& parallel)
    : m_input(input)
    , m_parallel(parallel)
{
}

CandidateGraph CandidateBuilder::build() const
{
    CandidateGraph graph;
    graph.error = inputError();
    if (!graph.error.isEmpty())
        return graph;
    graph.menteeCount = m_input.gains->menteeCount();
    graph.mentorCount = m_input.gains->mentorCount();
    graph.capacityLeft = m_input.capacity;
    for (int& places : graph.capacityLeft)
        places = std::max(0, places);
    graph.mentorOfMentee.assign(size_t(graph.menteeCount), -1);
    if (!takePins(graph))
        return graph;
    if (!scoreSlots(graph)) {
        graph.cancelled = true;
        return graph;
    }
    lookUpAllowances(graph);
    return graph;
}

QString CandidateBuilder::inputError() const
{
    if (!m_input.gains)
        return solverText("The matching has no scores to work from.");
    if (int(m_input.capacity.size()) != m_input.gains->mentorCount())
        return solverText("The matching was given capacities for a different number of mentors.");
    if (!m_input.menteeGroup.empty() && int(m_input.menteeGroup.size()) != m_input.gains->menteeCount())
        return solverText("The matching was given groups for a different number of mentees.");
    return QString();
}

int CandidateBuilder::groupAllowanceLeft(const SolverInput& input, CandidateGraph& graph, int mentor, int group)
{
    const qint64 key = CandidateGraph::groupKey(mentor, group);
    const auto known = graph.groupAllowanceLeft.find(key);
    if (known != graph.groupAllowanceLeft.end())
        return known->second;
    int allowance = input.groupAllowance ? input.groupAllowance(mentor, group) : input.groupLimit;
    const auto pinned = graph.pinsInGroup.find(key);
    if (pinned != graph.pinsInGroup.end())
        allowance -= pinned->second;
    allowance = std::max(0, allowance);
    graph.groupAllowanceLeft.emplace(key, allowance);
    return allowance;
}

bool CandidateBuilder::takePins(CandidateGraph& graph) const
{
    const auto fail = [&](const char* text, int mentee, int mentor) {
        graph.error = solverText(text).arg(mentee).arg(mentor);
        return false;
    };
    graph.lowestPinnedGain = std::numeric_limits<int>::max();
    for (const auto& [mentee, mentor] : m_input.pins) {
        if (mentee < 0 || mentee >= graph.menteeCount || mentor < 0 || mentor >= graph.mentorCount)
            return fail("The pin of mentee %1 to mentor %2 names someone outside this matching.", mentee, mentor);
        if (graph.mentorOfMentee[size_t(mentee)] >= 0)
            return fail("Mentee %1 is pinned more than once (the second time to mentor %2).", mentee, mentor);
        const int gain = m_input.gains->gain(mentee, mentor);
        if (gain < 0)
            return fail("Mentee %1 is pinned to mentor %2, but the rules do not allow that pair.", mentee, mentor);
        if (graph.capacityLeft[size_t(mentor)] <= 0)
            return fail("Mentee %1 is pinned to mentor %2, who has no place left for them.", mentee, mentor);
        const int group = m_input.menteeGroup.empty() ? -1 : m_input.menteeGroup[size_t(mentee)];
        if (m_input.groupLimit > 0 && group >= 0) {
            if (groupAllowanceLeft(m_input, graph, mentor, group) <= 0)
                return fail("Mentee %1 is pinned to mentor %2, beyond that mentor's limit for the mentee's group.",
                            mentee, mentor);
            ++graph.pinsInGroup[CandidateGraph::groupKey(mentor, group)];
            --graph.groupAllowanceLeft[CandidateGraph::groupKey(mentor, group)];
        }
        --graph.capacityLeft[size_t(mentor)];
        graph.mentorOfMentee[size_t(mentee)] = mentor;
        ++graph.pinnedCount;
        graph.pinnedGain += gain;
        graph.lowestPinnedGain = std::min(graph.lowestPinnedGain, gain);
        graph.maxGain = std::max(graph.maxGain, gain);
    }
    if (graph.pinnedCount == 0)
        graph.lowestPinnedGain = 0;
    for (int mentee = 0; mentee < graph.menteeCount; ++mentee) {
        if (graph.mentorOfMentee[size_t(mentee)] >= 0)
            continue;
        const int group = m_input.menteeGroup.empty() ? -1 : m_input.menteeGroup[size_t(mentee)];
        graph.menteeOfSlot.push_back(mentee);
        graph.groupOfSlot.push_back(m_input.groupLimit > 0 && group >= 0 ? group : -1);
    }
    return true;
}

bool CandidateBuilder::scoreSlots(CandidateGraph& graph) const
{
    const size_t workers = size_t(m_parallel.workerCount());
    std::vector<SlotArcs> slotArcs(size_t(graph.slotCount()));
    std::vector<ScoringBuffers> buffers(workers);
    for (ScoringBuffers& buffer : buffers) {
        buffer.gains.resize(size_t(graph.mentorCount));
        if (m_input.candidatesPerMentee > 0) {
            buffer.mentorsBest.resize(size_t(graph.mentorCount));
            buffer.mentorFloor.assign(size_t(graph.mentorCount), 0);
        }
    }
    const bool finished = m_parallel.run(graph.slotCount(), [&](int slot, int worker) {
        scoreSlot(graph, slot, buffers[size_t(worker)], slotArcs[size_t(slot)]);
    });
    if (!finished)
        return false;
    graph.pairsScored = qint64(graph.slotCount()) * graph.mentorCount;
    graph.maxTotal = graph.pinnedGain;
    graph.firstArcOfSlot.assign(1, 0);
    graph.firstReserveOfSlot.assign(1, 0);
    for (SlotArcs& slot : slotArcs) {
        for (const ScoredArc& arc : slot.kept) {
            graph.arcMentor.push_back(arc.index);
            graph.arcGain.push_back(arc.gain);
        }
        graph.firstArcOfSlot.push_back(qint64(graph.arcMentor.size()));
        for (const ScoredArc& arc : slot.reserve) {
            graph.reserveMentor.push_back(arc.index);
            graph.reserveGain.push_back(arc.gain);
        }
        graph.firstReserveOfSlot.push_back(qint64(graph.reserveMentor.size()));
        std::vector<ScoredArc>().swap(slot.reserve);
        graph.leftOutGainBound.push_back(slot.leftOutBound);
        graph.maxTotal += std::max(0, slot.bestGain);
        graph.maxGain = std::max(graph.maxGain, slot.bestGain);
        std::vector<ScoredArc>().swap(slot.kept);
    }
    graph.mentorLeftOutGainBound.assign(size_t(graph.mentorCount), -1);
    for (const ScoringBuffers& buffer : buffers)
        graph.allowedPairs += buffer.allowedPairs;
    if (m_input.candidatesPerMentee > 0)
        addMentorsBest(graph, buffers);
    return true;
}

void CandidateBuilder::scoreSlot(const CandidateGraph& graph, int slot, ScoringBuffers& buffer, SlotArcs& result) const
{
    m_input.gains->gainsOfMentee(graph.menteeOfSlot[size_t(slot)], buffer.gains.data());
    if (m_input.candidatesPerMentee > 0)
        keepBest(graph, slot, buffer, result);
    else
        keepAll(graph, buffer, result);
}

/// The dense graph: every allowed arc to a mentor with places.
void CandidateBuilder::keepAll(const CandidateGraph& graph, ScoringBuffers& buffer, SlotArcs& result) const
{
    std::vector<ScoredArc>& arcs = buffer.arcs;
    arcs.clear();
    for (int mentor = 0; mentor < graph.mentorCount; ++mentor) {
        const int gain = buffer.gains[size_t(mentor)];
        if (gain < 0)
            continue;
        ++buffer.allowedPairs;
        if (graph.capacityLeft[size_t(mentor)] > 0)
            arcs.push_back({gain, mentor});
    }
    for (const ScoredArc& arc : arcs)
        result.bestGain = std::max(result.bestGain, arc.gain);
    result.kept.assign(arcs.begin(), arcs.end());
}

/// The sparse graph: the slot's K best arcs, its reserve and the bound on the rest, by a min-heap
/// of the K + reserve + 1 best keys (an arc that does not beat the heap's worst costs one
/// comparison), and the slot offered to each mentor's list of best mentees the same way. The
/// same arcs as sorting them all by better().
void CandidateBuilder::keepBest(const CandidateGraph& graph, int slot, ScoringBuffers& buffer, SlotArcs& result) const
{
    const size_t keep = size_t(m_input.candidatesPerMentee);
    const size_t heapLength = keep + reservePerSlot(m_input.candidatesPerMentee) + 1;
    std::vector<ArcKey>& heap = buffer.best;
    heap.clear();
    for (int mentor = 0; mentor < graph.mentorCount; ++mentor) {
        const int gain = buffer.gains[size_t(mentor)];
        if (gain < 0)
            continue;
        ++buffer.allowedPairs;
        if (graph.capacityLeft[size_t(mentor)] <= 0)
            continue;
        offer(heap, heapLength, keyOf(gain, mentor));
        const ArcKey offered = keyOf(gain, slot);
        if (offered > buffer.mentorFloor[size_t(mentor)]) {
            std::vector<ArcKey>& best = buffer.mentorsBest[size_t(mentor)];
            const size_t length = size_t(mentorListLength(graph, mentor)) + 1;
            offer(best, length, offered);
            if (best.size() == length)
                buffer.mentorFloor[size_t(mentor)] = best.front();
        }
    }
    if (heap.size() == heapLength) {
        // The worst of the heap is the best arc beyond the graph and the reserve.
        result.leftOutBound = arcOf(heap.front()).gain;
        std::pop_heap(heap.begin(), heap.end(), std::greater<ArcKey>());
        heap.pop_back();
    }
    if (heap.size() > keep) {
        std::nth_element(heap.begin(), heap.begin() + std::ptrdiff_t(keep), heap.end(), std::greater<ArcKey>());
        for (auto key = heap.begin() + std::ptrdiff_t(keep); key != heap.end(); ++key)
            result.reserve.push_back(arcOf(*key));
        heap.resize(keep);
    }
    std::vector<ScoredArc>& arcs = buffer.arcs;
    arcs.clear();
    for (ArcKey key : heap) {
        arcs.push_back(arcOf(key));
        result.bestGain = std::max(result.bestGain, arcs.back().gain);
    }
    std::sort(arcs.begin(), arcs.end(), [](const ScoredArc& l, const ScoredArc& r) { return l.index < r.index; });
    result.kept.assign(arcs.begin(), arcs.end());
}

/// The reserve: with it, the certificate's bound on the rest of a slot's arcs is the gain of its
/// (K + reserve + 1)-th best instead of its (K + 1)-th, which clears most slots without scoring
/// them again. At 30,000 × 3,000 (K = 16) the certificate took 5.4 s without a reserve, 2.0 s
/// with 2 K and 0.8 s with 4 K; at 100,000 × 10,000 it re-scored 2.6 × 10⁹ pairs without, 0.47 ×
/// 10⁹ with 4 K and 0.08 × 10⁹ with 8 K, for 1 KB per mentee (+100 MB there).
size_t CandidateBuilder::reservePerSlot(int candidatesPerMentee)
{
    return 8 * size_t(candidatesPerMentee);
}

/// Three times the places (plus K): when the mentees' best arcs crowd onto a few mentors, the
/// mentors' own lists carry most of the matching. At 30,000 × 3,000 with crowding, three times
/// instead of once halved the certificate's rounds and re-scoring.
int CandidateBuilder::mentorListLength(const CandidateGraph& graph, int mentor) const
{
    return 3 * graph.capacityLeft[size_t(mentor)] + m_input.candidatesPerMentee;
}

/// Each mentor's best mentees over all threads (the best of a total order are among the union of
/// each thread's best, so the thread count does not matter), added where a slot lacks the arc.
void CandidateBuilder::addMentorsBest(CandidateGraph& graph, std::vector<ScoringBuffers>& buffers) const
{
    std::vector<LeftOutArc> arcs;
    std::vector<ScoredArc> best;
    for (int mentor = 0; mentor < graph.mentorCount; ++mentor) {
        best.clear();
        for (ScoringBuffers& buffer : buffers) {
            for (ArcKey key : buffer.mentorsBest[size_t(mentor)])
                best.push_back(arcOf(key));
            std::vector<ArcKey>().swap(buffer.mentorsBest[size_t(mentor)]);
        }
        std::sort(best.begin(), best.end(), better);
        const size_t length = size_t(mentorListLength(graph, mentor));
        if (best.size() > length) {
            graph.mentorLeftOutGainBound[size_t(mentor)] = best[length].gain;
            best.resize(length);
        }
        for (const ScoredArc& arc : best) {
            const auto first = graph.arcMentor.begin() + graph.firstArcOfSlot[size_t(arc.index)];
            const auto last = graph.arcMentor.begin() + graph.firstArcOfSlot[size_t(arc.index) + 1];
            if (!std::binary_search(first, last, mentor))
                arcs.push_back({arc.index, mentor, arc.gain});
        }
    }
    std::sort(arcs.begin(), arcs.end(), [](const LeftOutArc& l, const LeftOutArc& r) {
        return l.slot != r.slot ? l.slot < r.slot : l.mentor < r.mentor;
    });
    addArcs(m_input, graph, arcs);
}

void CandidateBuilder::lookUpAllowances(CandidateGraph& graph) const
{
    for (int slot = 0; slot < graph.slotCount(); ++slot) {
        if (!graph.groupLimited(slot))
            continue;
        for (qint64 arc = graph.firstArcOfSlot[size_t(slot)]; arc < graph.firstArcOfSlot[size_t(slot) + 1]; ++arc)
            groupAllowanceLeft(m_input, graph, graph.arcMentor[size_t(arc)], graph.groupOfSlot[size_t(slot)]);
    }
}

qint64 CandidateBuilder::addArcs(const SolverInput& input, CandidateGraph& graph, const std::vector<LeftOutArc>& arcs,
                                 std::vector<LeftOutArc>* addedArcs)
{
    std::vector<qint64> firstArcOfSlot(1, 0);
    std::vector<int> arcMentor;
    std::vector<int> arcGain;
    arcMentor.reserve(graph.arcMentor.size() + arcs.size());
    arcGain.reserve(graph.arcGain.size() + arcs.size());
    auto next = arcs.begin();
    qint64 added = 0;
    for (int slot = 0; slot < graph.slotCount(); ++slot) {
        for (qint64 arc = graph.firstArcOfSlot[size_t(slot)]; arc < graph.firstArcOfSlot[size_t(slot) + 1]; ++arc) {
            arcMentor.push_back(graph.arcMentor[size_t(arc)]);
            arcGain.push_back(graph.arcGain[size_t(arc)]);
        }
        for (; next != arcs.end() && next->slot == slot; ++next) {
            if (graph.groupLimited(slot) &&
                groupAllowanceLeft(input, graph, next->mentor, graph.groupOfSlot[size_t(slot)]) <= 0)
                continue;
            arcMentor.push_back(next->mentor);
            arcGain.push_back(next->gain);
            if (addedArcs)
                addedArcs->push_back(*next);
            ++added;
        }
        firstArcOfSlot.push_back(qint64(arcMentor.size()));
    }
    graph.firstArcOfSlot.swap(firstArcOfSlot);
    graph.arcMentor.swap(arcMentor);
    graph.arcGain.swap(arcGain);
    return added;
}

} // namespace mentordesk::matching
