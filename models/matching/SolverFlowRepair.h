// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>
#include <queue>
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
///
/// Persistent: the residual network is built on the first run() and kept; arcs and nodes appended
/// to the network (with their flow and potential) since the last run are added to it in place, so
/// a certificate round costs its phases, not a copy of millions of arcs. Between runs the flow is
/// the repair's: whoever changes it otherwise (a solve from scratch) makes a new SolverFlowRepair.
class SolverFlowRepair {
public:
    /// flow and potential (per arc, per node) are read and updated in place.
    SolverFlowRepair(const FlowArcs& arcs, std::vector<long long>& flow, std::vector<long long>& potential);

    bool run(int phaseLimit);
    /// Of the last run():
    int phases() const { return m_phases; }
    /// The units pushed along shortest paths (the saturated arcs' flow, rerouted).
    qint64 augmented() const { return m_augmented; }

private:
    bool reducedCostFits() const;
    void saturateNegativeArcs();
    void extendAdjacency();
    void buildAdjacency();
    void resizeNodeState();
    void appendArcEntries(int arc);
    int appendEntry(int node);
    void relocateEntries(int node);
    long long reducedCostAt(int node, int at) const;
    long long arcReducedCost(int arc) const;
    int tailOf(int at) const;
    bool raisePotentials();
    void relaxFrom(int node);
    void schedule(int node, long long distance);
    int nextToSettle();
    void clearQueue();
    qint64 augmentPhase();
    long long pushAlong(int start, const std::vector<int>& path);
    bool findPath(int start, std::vector<int>& path);
    bool optimal() const;

    const FlowArcs& m_arcs;
    std::vector<long long>& m_flow;
    std::vector<long long>& m_potential;
    std::vector<long long> m_excess;
    /// The residual entries by the node they leave, node v's at positions [m_firstEntry[v],
    /// m_endEntry[v]) with room up to m_entryLimit[v] for appended arcs (a node out of room moves
    /// its entries to the end): per position, 2 × arc for the arc itself or 2 × arc + 1 for its
    /// reverse, the node it leads to, the position of its twin, its cost (negated for the
    /// reverse) and its residual capacity. m_arcEntry: per arc, the position of the arc itself.
    std::vector<int> m_firstEntry;
    std::vector<int> m_endEntry;
    std::vector<int> m_entryLimit;
    std::vector<int> m_arcEntry;
    std::vector<int> m_entryArc;
    std::vector<int> m_entryHead;
    std::vector<int> m_entryTwin;
    std::vector<long long> m_entryCost;
    std::vector<long long> m_entryResidual;

    /// Dijkstra's state: distances, settled nodes, the entry each node was last reached by, the
    /// deficit nodes in the order settled, and the queue (buckets, then a heap).
    std::vector<long long> m_distance;
    std::vector<char> m_settled;
    std::vector<int> m_predEntry;
    std::vector<int> m_settledDeficits;
    std::vector<std::vector<int>> m_buckets;
    long long m_bucket = 0;
    size_t m_bucketRead = 0;
    long long m_lastBucket = -1;
    std::priority_queue<std::pair<long long, int>, std::vector<std::pair<long long, int>>,
                        std::greater<std::pair<long long, int>>>
        m_overflow;

    std::vector<int> m_currentEntry; ///< per node, where its search resumes in this phase
    std::vector<int> m_onPath;       ///< per node, m_searchStamp while on the current search's path
    std::vector<int> m_dead;         ///< per node, m_stamp once no path leads on from it this phase
    int m_stamp = 0;
    int m_searchStamp = 0;
    int m_phases = 0;
    qint64 m_augmented = 0;
};

} // namespace mentordesk::matching
