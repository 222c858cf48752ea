// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace mentordesk::matching {

/// A min-cost flow network as plain arrays (node ids 0 .. supply.size() − 1), in LEMON's
/// convention: a node's supply leaves it, an arc's reduced cost is cost + π(source) − π(target).
struct FlowArcs {
    std::vector<int> source;
    std::vector<int> target;
    std::vector<long long> capacity;
    std::vector<long long> cost;
    std::vector<long long> supply;

    int arcCount() const { return int(source.size()); }
    int nodeCount() const { return int(supply.size()); }
};

/// Turns a flow and potentials that were optimal before some arcs were added to the network into
/// an optimal flow and potentials of the network as it is now, keeping most of the flow: the
/// certificate rounds add a few thousand arcs to a graph of millions, and LEMON can only solve
/// again from scratch.
///
/// A primal-dual repair, not a simplex: every residual arc with a negative reduced cost (in
/// practice the added arcs) is saturated, which keeps the potentials dual feasible and leaves
/// excess at some nodes and deficit at others; then, phase after phase, Dijkstra on the reduced
/// costs from all excess nodes raises the potentials by the distances, and a depth-first search
/// pushes flow along as many zero-reduced-cost paths to deficit nodes as it finds (successive
/// shortest paths with several augmentations per phase). The result is checked before it is
/// returned: every node balanced, every arc within its capacity, no residual arc with a negative
/// reduced cost; run() is false otherwise, or when a phase limit or a potential overflow stops it.
/// Deterministic: nodes and arcs are visited in id order.
class SolverFlowRepair {
public:
    /// flow and potential (per arc, per node) are read and updated in place.
    SolverFlowRepair(const FlowArcs& arcs, std::vector<long long>& flow, std::vector<long long>& potential);

    bool run(int phaseLimit);
    int phases() const { return m_phases; }
    /// The units pushed along shortest paths (the saturated arcs' flow, rerouted).
    qint64 augmented() const { return m_augmented; }

private:
    bool reducedCostFits() const;
    void buildAdjacency();
    long long reducedCost(int entry) const;
    long long residual(int entry) const;
    int head(int entry) const;
    int tail(int entry) const;
    void saturateNegativeArcs();
    bool raisePotentials();
    qint64 augmentPhase();
    bool findPath(int start, std::vector<int>& path);
    void push(const std::vector<int>& path, long long amount);
    bool optimal() const;

    const FlowArcs& m_arcs;
    std::vector<long long>& m_flow;
    std::vector<long long>& m_potential;
    std::vector<long long> m_excess;
    /// Residual entries per node: 2 × arc for the arc itself at its source, 2 × arc + 1 for its
    /// reverse at its target; node v's are [m_firstEntry[v], m_firstEntry[v + 1]).
    std::vector<int> m_firstEntry;
    std::vector<int> m_entries;
    std::vector<int> m_currentEntry; ///< per node, where its search resumes in this phase
    std::vector<int> m_onPath;       ///< per node, m_searchStamp while on the current search's path
    std::vector<int> m_dead;         ///< per node, m_stamp once no path leads on from it this phase
    int m_stamp = 0;
    int m_searchStamp = 0;
    int m_phases = 0;
    qint64 m_augmented = 0;
};

} // namespace mentordesk::matching
