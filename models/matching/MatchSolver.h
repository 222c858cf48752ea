// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/PairGains.h"

#include <QString>
#include <QtGlobal>

#include <functional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace mentordesk::matching {

/// The LEMON algorithm that solves each flow: NetworkSimplex was twice as fast up to about half a
/// million arcs, CostScaling two to four times as fast at one and a half million and more.
enum class FlowAlgorithm { Automatic, NetworkSimplex, CostScaling };

/// The constraints of one solve, by index into the gains' mentees and mentors.
struct SolverInput {
    const PairGains* gains = nullptr;
    /// Places per mentor for this run (free capacity, already cut by the share limit).
    std::vector<int> capacity;
    /// A mentee's group for the per-group limit (the cohort), -1 = none; empty = no groups.
    std::vector<int> menteeGroup;
    /// At most this many mentees of one group per mentor in this run; per mentor and group,
    /// groupAllowance(mentor, group) overrides it (what the mentor already holds of the cohort
    /// is taken off). 0 = no limit.
    int groupLimit = 0;
    std::function<int(int mentor, int group)> groupAllowance;
    /// Pairs that must be in the result. A pin on a pair that is not allowed, or beyond the
    /// mentor's capacity or group allowance, makes the solve fail with SolverResult::error.
    std::vector<std::pair<int, int>> pins;
    /// Raise the lowest matched score as high as possible before maximising the total. Pins are
    /// exempt: they are fixed before the solve, so the threshold applies to the other mentees.
    bool fairness = false;
    /// Arcs kept per mentee in the sparse candidate graph (its best ones); 0 = every allowed pair.
    int candidatesPerMentee = 0;
    /// Threads that score mentees (1 = the calling thread only).
    int threads = 1;
    FlowAlgorithm flowAlgorithm = FlowAlgorithm::Automatic;
    /// After the first solve of a stage, each certificate round repairs the previous optimal flow
    /// for the arcs it added (SolverFlowRepair: shortest paths on the reduced costs) instead of
    /// solving from scratch; a repair that needs more than this many shortest-path phases, or whose
    /// result the dual bound does not prove optimal, gives way to a solve from scratch. 0 = always
    /// solve from scratch. At 100,000 × 10,000 the four rounds took 48 phases in all (69 while the
    /// augmenting searches stopped after 256 nodes), each about a tenth of a second; 200 bounds
    /// what a repair that stalls can cost before the fallback.
    int repairPhaseLimit = 200;
    std::function<bool()> isCancelled;
    std::function<void(int percent)> progress;
};

/// The matching and the proof that it is optimal.
///
/// Objective, lexicographic: (1) as many mentees matched as the constraints allow; (2) with
/// fairness, the lowest matched score as high as possible; (3) the total score as high as
/// possible; remaining ties go to the solution the solver reaches from mentees and mentors in
/// external-ID order (the problem's order): LEMON's first solve, then the certificate rounds'
/// repairs (or solves from scratch), each deterministic, so the same input gives the same matching.
/// Which of several equally good matchings that is may differ with SolverInput::repairPhaseLimit.
struct SolverResult {
    bool ok = false;
    bool cancelled = false;
    QString error; ///< a sentence, when !ok and !cancelled

    std::vector<int> mentorOfMentee; ///< per mentee, the mentor's index or -1
    int matched = 0;
    qint64 totalScore = 0;
    int lowestMatchedScore = 0; ///< 0 when nothing is matched (pins included)
    int fairnessThreshold = 0;  ///< with fairness: the lowest score allowed in stage (3) (pins exempt)

    /// Objective and its upper bound from the dual potentials, in the same units (matched
    /// count and total score folded into one integer: matched × (maximum total + 1) + total).
    /// Certified optimal when gap == 0 after every left-out pair was checked. With fairness, both
    /// are those of stage (3), whose pairs all score at least fairnessThreshold.
    qint64 objective = 0;
    qint64 upperBound = 0;
    qint64 gap = 0;
    bool certified = false;

    qint64 pairsScored = 0;
    qint64 allowedPairs = 0;
    qint64 candidateArcs = 0;    ///< arcs in the final candidate graph
    int certificationRounds = 0; ///< re-solves after adding pairs the certificate found
    qint64 arcsAddedByCertificate = 0;
    int repairedRounds = 0;  ///< rounds whose flow was repaired instead of solved from scratch
    int repairFallbacks = 0; ///< repairs that gave up or were not proven, then solved from scratch
    int repairPhases = 0;    ///< shortest-path phases of all repairs
    double scoringSeconds = 0;
    double solvingSeconds = 0; ///< the LEMON solves and the repairs
    double repairSeconds = 0;  ///< the repairs alone (those that fell back included)
    double certifyingSeconds = 0;
};

/// The sparse graph the solver starts from, before any solve: each unpinned mentee's best allowed
/// arcs, pins already taken off the capacities. Public so that the benchmark can time LEMON's
/// algorithms on it without including LEMON.
struct CandidateGraph {
    int menteeCount = 0;
    int mentorCount = 0;
    /// The mentees left to place (slots), in index order, and their group (-1 = no group limit).
    std::vector<int> menteeOfSlot;
    std::vector<int> groupOfSlot;
    /// Places per mentor once the pins are taken off; a mentor with none gets no arcs.
    std::vector<int> capacityLeft;
    /// Arcs of slot s: [firstArcOfSlot[s], firstArcOfSlot[s + 1]) in arcMentor and arcGain.
    std::vector<qint64> firstArcOfSlot;
    std::vector<int> arcMentor;
    std::vector<int> arcGain;
    /// Per slot, its next best allowed arcs after those in the graph (the reserve): [firstReserveOfSlot[s],
    /// firstReserveOfSlot[s + 1]) in reserveMentor and reserveGain. The certificate checks them exactly
    /// without scoring the slot again; an arc of the reserve may also be in the graph (a mentor's list
    /// or the certificate put it there), which the check skips.
    std::vector<qint64> firstReserveOfSlot;
    std::vector<int> reserveMentor;
    std::vector<int> reserveGain;
    /// Per slot, the highest gain among its allowed arcs in neither the graph nor the reserve; -1 = none.
    std::vector<int> leftOutGainBound;
    /// Per mentor, the same from the mentor's side: the sparse graph also keeps each mentor's best
    /// mentees (3 × capacity + candidatesPerMentee of them), so that a mentor few mentees rank high
    /// still has arcs, and an arc left out is bounded by both ends.
    std::vector<int> mentorLeftOutGainBound;
    /// Places left per (mentor, group), pins taken off, for the keys met so far (groupKey()).
    std::unordered_map<qint64, int> groupAllowanceLeft;
    /// Pins taken per (mentor, group), so that an allowance looked up later is cut too.
    std::unordered_map<qint64, int> pinsInGroup;

    std::vector<int> mentorOfMentee; ///< the pins; -1 elsewhere
    int pinnedCount = 0;
    qint64 pinnedGain = 0;
    int lowestPinnedGain = 0;
    /// The highest gain of any allowed pair, and the highest total any matching could reach.
    int maxGain = 0;
    qint64 maxTotal = 0;

    qint64 pairsScored = 0;
    qint64 allowedPairs = 0;
    bool cancelled = false;
    QString error;

    int slotCount() const { return int(menteeOfSlot.size()); }
    bool groupLimited(int slot) const { return groupOfSlot[size_t(slot)] >= 0; }
    static qint64 groupKey(int mentor, int group) { return (qint64(mentor) << 32) | quint32(group); }
};

/// One run of a LEMON algorithm alone on a candidate graph (the benchmark's anchors): the time of
/// its run() and the objective it reached, in SolverResult::objective's folded units without pins.
struct AnchorRun {
    bool ok = false;
    double seconds = 0;
    qint64 objective = 0;
};

/// Solves the assignment as a min-cost flow with LEMON (SolverInput::flowAlgorithm) over a sparse candidate graph (each
/// mentee's best arcs and each mentor's best mentees), then certifies it globally: every pair left out of the graph
/// must have a non-positive reduced gain under the optimal dual potentials; a pair that has a
/// positive one is added and the graph solved again.
class MatchSolver {
public:
    static SolverResult solve(const SolverInput& input);

    /// The pins and the scoring phase of solve(): the candidate graph, or one with error or
    /// cancelled set.
    static CandidateGraph buildCandidateGraph(const SolverInput& input);
    static AnchorRun anchorNetworkSimplex(const CandidateGraph& graph);
    static AnchorRun anchorCostScaling(const CandidateGraph& graph);
};

} // namespace mentordesk::matching
