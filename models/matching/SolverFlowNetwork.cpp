// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/SolverFlowNetwork.h"

#include "matching/SolverCertificate.h"

// SmartDigraph::addNode() and addArc() push a default-constructed record whose fields are set
// right after; GCC 12 at -O3 inlines that into this file and warns about copying the not yet set
// fields (a false positive), so the warning is off for this file, which only builds LEMON graphs.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <lemon/cost_scaling.h>
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <chrono>

namespace mentordesk::matching {

namespace {

using Digraph = lemon::SmartDigraph;

/// From this many arcs on, CostScaling solves unless told otherwise (see solve()).
constexpr int costScalingArcs = 1000000;

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

/// Node ids: the sink 0, mentor m at 1 + m, slot s after the mentors, then the (mentor, group)
/// nodes in the order the slots first reach them (so the network, and LEMON's pivots on it, are
/// the same for the same input). Arcs: the mentors' to the sink, the (mentor, group) nodes' to
/// their mentor, the bypasses, the mentees' arcs in slot order; then, appended, the arcs of the
/// certificate rounds (and the arcs of (mentor, group) nodes they bring).
struct SolverFlowNetwork::Network {
    struct GroupNode {
        qint64 key;
        int mentor;
        int node;
        int arc;
    };

    FlowArcs arcs;
    std::vector<long long> flow;              ///< per arc, of the last solve or repair
    std::vector<long long> potential;         ///< per node, likewise (tightened)
    bool solved = false;                      ///< flow and potential are optimal for the arcs before the appended ones
    std::unique_ptr<SolverFlowRepair> repair; ///< its residual network is kept between repairs
    std::vector<int> mentorArc;               ///< per mentor, its arc to the sink or -1 without places
    std::vector<GroupNode> groupNodes;
    std::unordered_map<qint64, int> groupIndex;
    std::vector<int> matchArc;
    std::vector<int> matchSlot;
    std::vector<int> matchMentor;

    int addNode(long long supply)
    {
        arcs.supply.push_back(supply);
        potential.push_back(0);
        return arcs.nodeCount() - 1;
    }
    int addArc(int source, int target, long long arcCapacity, long long arcCost)
    {
        arcs.source.push_back(source);
        arcs.target.push_back(target);
        arcs.capacity.push_back(arcCapacity);
        arcs.cost.push_back(arcCost);
        flow.push_back(0);
        return arcs.arcCount() - 1;
    }
};

namespace {

/// LEMON's graph of the network's arrays, for a solve from scratch (same node and arc ids).
struct LemonNetwork {
    Digraph digraph;
    Digraph::ArcMap<long long> capacity{digraph};
    Digraph::ArcMap<long long> cost{digraph};
    Digraph::NodeMap<long long> supply{digraph};

    explicit LemonNetwork(const FlowArcs& arcs)
    {
        digraph.reserveNode(arcs.nodeCount());
        digraph.reserveArc(arcs.arcCount());
        for (int node = 0; node < arcs.nodeCount(); ++node)
            supply[digraph.addNode()] = arcs.supply[size_t(node)];
        for (int id = 0; id < arcs.arcCount(); ++id) {
            const Digraph::Arc arc = digraph.addArc(digraph.nodeFromId(arcs.source[size_t(id)]),
                                                    digraph.nodeFromId(arcs.target[size_t(id)]));
            capacity[arc] = arcs.capacity[size_t(id)];
            cost[arc] = arcs.cost[size_t(id)];
        }
    }
};

} // namespace

SolverFlowNetwork::SolverFlowNetwork(const CandidateGraph& graph, const ArcWeighting& weighting)
    : m_network(std::make_unique<Network>())
    , m_graph(graph)
    , m_weighting(weighting)
{
    Network& net = *m_network;
    const int sink = 0;
    const int firstSlot = 1 + graph.mentorCount;
    const size_t arcs = graph.arcMentor.size() + size_t(graph.slotCount() + graph.mentorCount);
    for (auto* column : {&net.arcs.source, &net.arcs.target})
        column->reserve(arcs);
    for (auto* column : {&net.arcs.capacity, &net.arcs.cost, &net.flow})
        column->reserve(arcs);
    net.addNode(-graph.slotCount());
    for (int node = 1; node < firstSlot + graph.slotCount(); ++node)
        net.addNode(node < firstSlot ? 0 : 1);
    net.mentorArc.assign(size_t(graph.mentorCount), -1);
    for (int mentor = 0; mentor < graph.mentorCount; ++mentor) {
        if (graph.capacityLeft[size_t(mentor)] > 0)
            net.mentorArc[size_t(mentor)] = net.addArc(1 + mentor, sink, graph.capacityLeft[size_t(mentor)], 0);
    }
    addGroupNodes();
    for (int slot = 0; slot < graph.slotCount(); ++slot)
        net.addArc(firstSlot + slot, sink, 1, 0);
    for (int slot = 0; slot < graph.slotCount(); ++slot) {
        visitArcs(slot, [&](int mentor, int gain) {
            const int target = graph.groupLimited(slot) ? groupNodeOf(slot, mentor) : 1 + mentor;
            if (target >= 0) // else no places left for the slot's group with this mentor
                addMatchArc(slot, mentor, target, gain);
        });
    }
}

SolverFlowNetwork::~SolverFlowNetwork() = default;

/// Calls visit(mentor, gain) for each of a slot's arcs that takes part in this solve.
template <typename Visit> void SolverFlowNetwork::visitArcs(int slot, Visit&& visit) const
{
    for (qint64 arc = m_graph.firstArcOfSlot[size_t(slot)]; arc < m_graph.firstArcOfSlot[size_t(slot) + 1]; ++arc) {
        const int mentor = m_graph.arcMentor[size_t(arc)];
        if (m_graph.arcGain[size_t(arc)] >= m_weighting.threshold && m_graph.capacityLeft[size_t(mentor)] > 0)
            visit(mentor, m_graph.arcGain[size_t(arc)]);
    }
}

/// A node per (mentor, group) that some arc reaches and that has places left, with its arc to the
/// mentor.
void SolverFlowNetwork::addGroupNodes()
{
    for (int slot = 0; slot < m_graph.slotCount(); ++slot) {
        if (m_graph.groupLimited(slot))
            visitArcs(slot, [&](int mentor, int) { groupNodeOf(slot, mentor); });
    }
}

/// The (mentor, group) node a group-limited slot's arc to mentor leads to, added (with its arc to
/// the mentor, at the mentor's potential) when new; -1 when the mentor has no places left for the
/// slot's group.
int SolverFlowNetwork::groupNodeOf(int slot, int mentor)
{
    Network& net = *m_network;
    const qint64 key = CandidateGraph::groupKey(mentor, m_graph.groupOfSlot[size_t(slot)]);
    const auto known = net.groupIndex.find(key);
    if (known != net.groupIndex.end())
        return net.groupNodes[size_t(known->second)].node;
    const auto allowance = m_graph.groupAllowanceLeft.find(key);
    if (allowance == m_graph.groupAllowanceLeft.end() || allowance->second <= 0)
        return -1;
    const int node = net.addNode(0);
    net.potential[size_t(node)] = net.potential[size_t(1 + mentor)];
    net.groupIndex.emplace(key, int(net.groupNodes.size()));
    net.groupNodes.push_back({key, mentor, node, net.addArc(node, 1 + mentor, allowance->second, 0)});
    return node;
}

int SolverFlowNetwork::addMatchArc(int slot, int mentor, int target, int gain)
{
    Network& net = *m_network;
    const int arc = net.addArc(1 + m_graph.mentorCount + slot, target, 1, -m_weighting.weight(gain));
    net.matchArc.push_back(arc);
    net.matchSlot.push_back(slot);
    net.matchMentor.push_back(mentor);
    return arc;
}

void SolverFlowNetwork::appendArcs(const std::vector<LeftOutArc>& arcs)
{
    for (const LeftOutArc& arc : arcs) {
        if (arc.gain < m_weighting.threshold || m_graph.capacityLeft[size_t(arc.mentor)] <= 0)
            continue;
        const int target = m_graph.groupLimited(arc.slot) ? groupNodeOf(arc.slot, arc.mentor) : 1 + arc.mentor;
        if (target >= 0)
            addMatchArc(arc.slot, arc.mentor, target, arc.gain);
    }
}

FlowSolution SolverFlowNetwork::solve(FlowAlgorithm algorithm)
{
    // Measured on random bipartite graphs with 16 arcs per mentee (2 cores): NetworkSimplex took
    // 0.15 s and 1.4 s where CostScaling took 0.33 s and 2.7 s (160,000 and 480,000 arcs), but
    // 18.5 s against 8.4 s at 1,650,000 arcs. CostScaling's potentials are exact too (it repairs
    // them with Bellman–Ford when the scaling leaves them short); it multiplies the costs by 16 ×
    // the node count inside, which must fit.
    const WideInt scaledCost = WideInt(m_weighting.weight(m_graph.maxGain)) * (m_network->arcs.nodeCount() + 1) * 16;
    const bool scalingFits = scaledCost < (WideInt(1) << 60);
    const bool large = m_network->arcs.arcCount() >= costScalingArcs;
    if (scalingFits && (algorithm == FlowAlgorithm::CostScaling || (algorithm == FlowAlgorithm::Automatic && large)))
        return solveWith<lemon::CostScaling<Digraph, long long, long long>>();
    return solveWith<lemon::NetworkSimplex<Digraph, long long, long long>>();
}

template <typename Algorithm> FlowSolution SolverFlowNetwork::solveWith()
{
    Network& net = *m_network;
    // The kept flow is replaced: a repair after this one starts from a new residual network.
    net.repair.reset();
    net.solved = false;
    const LemonNetwork lemonNetwork(net.arcs);
    const Digraph& digraph = lemonNetwork.digraph;
    Algorithm algorithm(digraph);
    algorithm.upperMap(lemonNetwork.capacity).costMap(lemonNetwork.cost).supplyMap(lemonNetwork.supply);
    if (algorithm.run() != Algorithm::OPTIMAL)
        return FlowSolution();
    for (int arc = 0; arc < digraph.arcNum(); ++arc)
        net.flow[size_t(arc)] = algorithm.flow(digraph.arcFromId(arc));
    for (int node = 0; node < digraph.nodeNum(); ++node)
        net.potential[size_t(node)] = algorithm.potential(digraph.nodeFromId(node));
    net.solved = true;
    return readSolution();
}

/// The kept flow's weight and matching, and the potentials (tightened) with the bounds they give.
FlowSolution SolverFlowNetwork::readSolution()
{
    const Network& net = *m_network;
    FlowSolution solution;
    solution.ok = true;
    for (int arc = 0; arc < net.arcs.arcCount(); ++arc)
        solution.weight -= WideInt(net.arcs.cost[size_t(arc)]) * net.flow[size_t(arc)];
    solution.mentorOfSlot.assign(size_t(m_graph.slotCount()), -1);
    for (size_t match = 0; match < net.matchArc.size(); ++match) {
        if (net.flow[size_t(net.matchArc[match])] > 0)
            solution.mentorOfSlot[size_t(net.matchSlot[match])] = net.matchMentor[match];
    }
    tightenPotentials();
    const std::vector<long long>& potential = net.potential;
    const int firstSlot = 1 + m_graph.mentorCount;
    solution.sinkPotential = potential[0];
    solution.menteePotential.assign(potential.begin() + firstSlot, potential.begin() + firstSlot + m_graph.slotCount());
    solution.mentorPotential.assign(potential.begin() + 1, potential.begin() + firstSlot);
    readHighestPotentials(solution);
    readBound(solution);
    return solution;
}

FlowSolution SolverFlowNetwork::repair(int phaseLimit, RepairStats& stats)
{
    Network& net = *m_network;
    if (!net.solved)
        return FlowSolution();
    if (!net.repair)
        net.repair = std::make_unique<SolverFlowRepair>(net.arcs, net.flow, net.potential);
    const bool repaired = net.repair->run(phaseLimit);
    stats.phases = net.repair->phases();
    stats.augmented = net.repair->augmented();
    if (!repaired) {
        net.repair.reset();
        net.solved = false;
        return FlowSolution();
    }
    return readSolution();
}

/// A node nothing flows through may sit above the node it leads to; lowering it there keeps every
/// reduced cost of the network optimal (its incoming arcs carry nothing, so only their
/// non-negativity matters, which lowering the head keeps) and makes it a tighter price for the
/// left-out arcs the certificate checks against it.
void SolverFlowNetwork::tightenPotentials()
{
    Network& net = *m_network;
    std::vector<long long>& potential = net.potential;
    for (int mentor = 0; mentor < m_graph.mentorCount; ++mentor) {
        const int arc = net.mentorArc[size_t(mentor)];
        if (arc >= 0 && net.flow[size_t(arc)] == 0)
            potential[size_t(1 + mentor)] = std::min(potential[size_t(1 + mentor)], potential[0]);
    }
    for (const Network::GroupNode& group : net.groupNodes) {
        if (net.flow[size_t(group.arc)] == 0)
            potential[size_t(group.node)] =
                std::min(potential[size_t(group.node)], potential[size_t(1 + group.mentor)]);
    }
}

/// The dual objective (maximised form): Σ π(v)·supply(v) + Σ capacity·max(0, −reduced cost).
void SolverFlowNetwork::readBound(FlowSolution& solution) const
{
    const Network& net = *m_network;
    const std::vector<long long>& potential = net.potential;
    for (int node = 0; node < net.arcs.nodeCount(); ++node)
        solution.candidateBound += WideInt(potential[size_t(node)]) * net.arcs.supply[size_t(node)];
    for (int arc = 0; arc < net.arcs.arcCount(); ++arc) {
        const WideInt reduced = WideInt(net.arcs.cost[size_t(arc)]) + potential[size_t(net.arcs.source[size_t(arc)])] -
                                potential[size_t(net.arcs.target[size_t(arc)])];
        if (reduced < 0)
            solution.candidateBound -= reduced * net.arcs.capacity[size_t(arc)];
    }
}

void SolverFlowNetwork::readHighestPotentials(FlowSolution& solution) const
{
    const Network& net = *m_network;
    const std::vector<long long>& potential = net.potential;
    solution.highestMentorPotential = std::numeric_limits<qint64>::min();
    int mentorsWithPlaces = 0;
    for (int mentor = 0; mentor < m_graph.mentorCount; ++mentor) {
        if (net.mentorArc[size_t(mentor)] < 0)
            continue;
        ++mentorsWithPlaces;
        solution.highestMentorPotential = std::max(solution.highestMentorPotential, potential[size_t(1 + mentor)]);
    }
    // Per group: its nodes, and the (mentor, group) pairs known to be full, which have no arcs. Where
    // these do not cover every mentor with places, a left-out arc may end at a mentor's potential.
    std::unordered_map<int, int> mentorsCovered;
    for (const Network::GroupNode& group : net.groupNodes) {
        const int groupIndex = int(quint32(group.key));
        solution.groupPotential.emplace(group.key, potential[size_t(group.node)]);
        const auto highest = solution.highestGroupPotential.try_emplace(groupIndex, potential[size_t(group.node)]);
        highest.first->second = std::max(highest.first->second, potential[size_t(group.node)]);
        ++mentorsCovered[groupIndex];
    }
    for (const auto& [key, allowance] : m_graph.groupAllowanceLeft) {
        const int mentor = int(key >> 32);
        if (allowance > 0 || net.mentorArc[size_t(mentor)] < 0)
            continue;
        const int groupIndex = int(quint32(key));
        solution.highestGroupPotential.try_emplace(groupIndex, std::numeric_limits<qint64>::min());
        ++mentorsCovered[groupIndex];
    }
    for (auto& [group, highest] : solution.highestGroupPotential) {
        if (mentorsCovered[group] < mentorsWithPlaces)
            highest = std::max(highest, solution.highestMentorPotential);
    }
}

AnchorRun SolverFlowNetwork::timeNetworkSimplex() const
{
    const LemonNetwork net(m_network->arcs);
    lemon::NetworkSimplex<Digraph, long long, long long> simplex(net.digraph);
    simplex.upperMap(net.capacity).costMap(net.cost).supplyMap(net.supply);
    const auto start = std::chrono::steady_clock::now();
    AnchorRun run;
    run.ok = simplex.run() == lemon::NetworkSimplex<Digraph, long long, long long>::OPTIMAL;
    run.seconds = secondsSince(start);
    run.objective = run.ok ? -simplex.totalCost<long long>() : 0;
    return run;
}

AnchorRun SolverFlowNetwork::timeCostScaling() const
{
    const LemonNetwork net(m_network->arcs);
    lemon::CostScaling<Digraph, long long, long long> scaling(net.digraph);
    scaling.upperMap(net.capacity).costMap(net.cost).supplyMap(net.supply);
    const auto start = std::chrono::steady_clock::now();
    AnchorRun run;
    run.ok = scaling.run() == lemon::CostScaling<Digraph, long long, long long>::OPTIMAL;
    run.seconds = secondsSince(start);
    run.objective = run.ok ? -scaling.totalCost<long long>() : 0;
    return run;
}

} // namespace mentordesk::matching
