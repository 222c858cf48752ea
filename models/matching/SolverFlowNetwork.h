// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchSolver.h"
#include "matching/SolverFlowRepair.h"

#include <memory>

namespace mentordesk::matching {

/// Sums of folded weights and potentials can pass 64 bits in the intermediate steps (LEMON's
/// artificial-arc potentials are near half the range), so the bounds are added up in 128 bits.
__extension__ typedef __int128 WideInt;

/// Which arcs take part in a solve and what each is worth (maximised).
struct ArcWeighting {
    int threshold = 0;  ///< arcs with a lower gain are out of the problem
    qint64 folding = 0; ///< an arc is worth folding + gain; 0 = every arc is worth 1 (count only)

    qint64 weight(int gain) const { return folding > 0 ? folding + gain : 1; }
};

/// An optimal flow on the candidate graph and the dual potentials that prove it, in LEMON's
/// convention: an arc's reduced cost is cost + π(source) − π(target), arcs cost −weight, and the
/// flow is optimal when no arc below its capacity has a negative reduced cost and none above zero
/// a positive one.
struct FlowSolution {
    bool ok = false;
    std::vector<int> mentorOfSlot;
    std::vector<qint64> menteePotential; ///< per slot
    std::vector<qint64> mentorPotential; ///< per mentor
    qint64 sinkPotential = 0;
    /// Per (mentor, group) node in the network with places left (CandidateGraph::groupKey()).
    std::unordered_map<qint64, qint64> groupPotential;
    /// The highest potential an arc from a mentee can end at, for a mentee without a group limit
    /// (a mentor) and per group for the others (a (mentor, group) node, or a mentor where the node
    /// is not in the network): with it, one comparison proves all of a mentee's left-out arcs fine
    /// (their gains are bounded too).
    qint64 highestMentorPotential = 0;
    std::unordered_map<int, qint64> highestGroupPotential;

    qint64 highestTargetPotential(int group) const
    {
        const auto found = group >= 0 ? highestGroupPotential.find(group) : highestGroupPotential.end();
        return found != highestGroupPotential.end() ? found->second : highestMentorPotential;
    }
    WideInt weight = 0;         ///< the flow's total weight
    WideInt candidateBound = 0; ///< the dual objective over the network's nodes and arcs
};

/// What a repair did (SolverFlowNetwork::repair()).
struct RepairStats {
    int phases = 0;
    qint64 augmented = 0;
};

struct LeftOutArc;

/// The flow network of a candidate graph: source-free, each mentee supplies one unit, which goes
/// to the sink either unmatched (a bypass arc worth 0) or through a mentor (its arc to the sink
/// has the mentor's places), and for a mentee with a group limit first through the (mentor,
/// group) node (its arc to the mentor has the allowance).
///
/// Built once per stage of a solve as plain arrays, and kept with its last flow and potentials:
/// the certificate rounds append the arcs they add (appendArcs()) and repair the flow in place
/// (repair(), on a residual network SolverFlowRepair keeps between rounds); LEMON's graph is built
/// from the arrays only for a solve from scratch (the first, and a repair's fallback).
class SolverFlowNetwork {
public:
    SolverFlowNetwork(const CandidateGraph& graph, const ArcWeighting& weighting);
    ~SolverFlowNetwork();

    /// Solves from scratch and reads the flow and the potentials back (and keeps them). CostScaling
    /// is not used when the costs are too large for its scaling.
    FlowSolution solve(FlowAlgorithm algorithm);
    /// Adds arcs the candidate graph gained since the network was built (CandidateBuilder::addArcs(),
    /// in the order added), and (mentor, group) nodes new to it, each at its mentor's potential;
    /// nothing flows on them yet.
    void appendArcs(const std::vector<LeftOutArc>& arcs);
    /// An optimal solution of the network as it is now from the kept one (the last solve's or
    /// repair's, before arcs were appended), by SolverFlowRepair instead of a solve from scratch;
    /// ok is false when the repair gave up (within phaseLimit shortest-path phases), and the kept
    /// flow is then no longer optimal: solve() must follow.
    FlowSolution repair(int phaseLimit, RepairStats& stats);
    /// The anchors: one LEMON algorithm's run() alone, timed.
    AnchorRun timeNetworkSimplex() const;
    AnchorRun timeCostScaling() const;

    struct Network;

private:
    template <typename Visit> void visitArcs(int slot, Visit&& visit) const;
    void addGroupNodes();
    int groupNodeOf(int slot, int mentor);
    int addMatchArc(int slot, int mentor, int target, int gain);
    template <typename Algorithm> FlowSolution solveWith();
    FlowSolution readSolution();
    void tightenPotentials();
    void readBound(FlowSolution& solution) const;
    void readHighestPotentials(FlowSolution& solution) const;

    std::unique_ptr<Network> m_network;
    const CandidateGraph& m_graph;
    ArcWeighting m_weighting;
};

} // namespace mentordesk::matching
