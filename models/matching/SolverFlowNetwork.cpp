// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/SolverFlowNetwork.h"

#include <lemon/cost_scaling.h>
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <chrono>

namespace mentordesk::matching {

namespace {

using Digraph = lemon::SmartDigraph;

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

/// Node ids: the sink 0, mentor m at 1 + m, slot s after the mentors, then the (mentor, group)
/// nodes in the order the slots first reach them (so the network, and LEMON's pivots on it, are
/// the same for the same input).
struct SolverFlowNetwork::Network {
    struct GroupNode {
        qint64 key;
        int mentor;
        int node;
        int arc;
    };

    Digraph digraph;
    Digraph::ArcMap<long long> capacity{digraph};
    Digraph::ArcMap<long long> cost{digraph};
    Digraph::NodeMap<long long> supply{digraph};
    std::vector<int> mentorArc; ///< per mentor, its arc to the sink or -1 without places
    std::vector<GroupNode> groupNodes;
    std::unordered_map<qint64, int> groupIndex;
    int firstMatchArc = 0;
    std::vector<int> matchSlot;
    std::vector<int> matchMentor;

    int addArc(int source, int target, long long arcCapacity, long long arcCost)
    {
        const Digraph::Arc arc = digraph.addArc(digraph.nodeFromId(source), digraph.nodeFromId(target));
        capacity[arc] = arcCapacity;
        cost[arc] = arcCost;
        return digraph.id(arc);
    }
};

SolverFlowNetwork::SolverFlowNetwork(const CandidateGraph& graph, const ArcWeighting& weighting)
    : m_network(std::make_unique<Network>())
    , m_graph(graph)
    , m_weighting(weighting)
{
    Network& net = *m_network;
    const int sink = 0;
    const int firstSlot = 1 + graph.mentorCount;
    net.digraph.reserveNode(firstSlot + graph.slotCount());
    net.digraph.reserveArc(int(graph.arcMentor.size()) + graph.slotCount() + graph.mentorCount);
    for (int node = 0; node < firstSlot + graph.slotCount(); ++node)
        net.supply[net.digraph.addNode()] = 0;
    net.supply[net.digraph.nodeFromId(sink)] = -graph.slotCount();
    net.mentorArc.assign(size_t(graph.mentorCount), -1);
    for (int mentor = 0; mentor < graph.mentorCount; ++mentor) {
        if (graph.capacityLeft[size_t(mentor)] > 0)
            net.mentorArc[size_t(mentor)] = net.addArc(1 + mentor, sink, graph.capacityLeft[size_t(mentor)], 0);
    }
    const auto arcsOf = [&](int slot, auto&& visit) {
        for (qint64 arc = graph.firstArcOfSlot[size_t(slot)]; arc < graph.firstArcOfSlot[size_t(slot) + 1]; ++arc) {
            const int mentor = graph.arcMentor[size_t(arc)];
            if (graph.arcGain[size_t(arc)] >= weighting.threshold && graph.capacityLeft[size_t(mentor)] > 0)
                visit(mentor, graph.arcGain[size_t(arc)]);
        }
    };
    for (int slot = 0; slot < graph.slotCount(); ++slot) {
        if (!graph.groupLimited(slot))
            continue;
        arcsOf(slot, [&](int mentor, int) {
            const qint64 key = CandidateGraph::groupKey(mentor, graph.groupOfSlot[size_t(slot)]);
            const auto allowance = graph.groupAllowanceLeft.find(key);
            if (allowance == graph.groupAllowanceLeft.end() || allowance->second <= 0 || net.groupIndex.count(key))
                return;
            const int node = net.digraph.id(net.digraph.addNode());
            net.supply[net.digraph.nodeFromId(node)] = 0;
            net.groupIndex.emplace(key, int(net.groupNodes.size()));
            net.groupNodes.push_back({key, mentor, node, net.addArc(node, 1 + mentor, allowance->second, 0)});
        });
    }
    for (int slot = 0; slot < graph.slotCount(); ++slot) {
        net.supply[net.digraph.nodeFromId(firstSlot + slot)] = 1;
        net.addArc(firstSlot + slot, sink, 1, 0);
    }
    net.firstMatchArc = net.digraph.arcNum();
    for (int slot = 0; slot < graph.slotCount(); ++slot) {
        arcsOf(slot, [&](int mentor, int gain) {
            int target = 1 + mentor;
            if (graph.groupLimited(slot)) {
                const auto group =
                    net.groupIndex.find(CandidateGraph::groupKey(mentor, graph.groupOfSlot[size_t(slot)]));
                if (group == net.groupIndex.end())
                    return; // no places left for the slot's group with this mentor
                target = net.groupNodes[size_t(group->second)].node;
            }
            net.addArc(firstSlot + slot, target, 1, -weighting.weight(gain));
            net.matchSlot.push_back(slot);
            net.matchMentor.push_back(mentor);
        });
    }
}

SolverFlowNetwork::~SolverFlowNetwork() = default;

FlowSolution SolverFlowNetwork::solve() const
{
    const Network& net = *m_network;
    const Digraph& digraph = net.digraph;
    FlowSolution solution;
    lemon::NetworkSimplex<Digraph, long long, long long> simplex(digraph);
    simplex.upperMap(net.capacity).costMap(net.cost).supplyMap(net.supply);
    if (simplex.run() != lemon::NetworkSimplex<Digraph, long long, long long>::OPTIMAL)
        return solution;
    solution.ok = true;
    solution.weight = -WideInt(simplex.totalCost<long long>());
    solution.mentorOfSlot.assign(size_t(m_graph.slotCount()), -1);
    for (size_t match = 0; match < net.matchSlot.size(); ++match) {
        if (simplex.flow(digraph.arcFromId(net.firstMatchArc + int(match))) > 0)
            solution.mentorOfSlot[size_t(net.matchSlot[match])] = net.matchMentor[match];
    }
    std::vector<long long> potential(size_t(digraph.nodeNum()));
    for (int node = 0; node < digraph.nodeNum(); ++node)
        potential[size_t(node)] = simplex.potential(digraph.nodeFromId(node));
    // A node nothing flows through may sit above the node it leads to; lowering it there keeps
    // every reduced cost of the network optimal (its incoming arcs carry nothing, so only their
    // non-negativity matters, which lowering the head keeps) and makes it a tighter price for the
    // left-out arcs the certificate checks against it.
    for (int mentor = 0; mentor < m_graph.mentorCount; ++mentor) {
        const int arc = net.mentorArc[size_t(mentor)];
        if (arc >= 0 && simplex.flow(digraph.arcFromId(arc)) == 0)
            potential[size_t(1 + mentor)] = std::min(potential[size_t(1 + mentor)], potential[0]);
    }
    for (const Network::GroupNode& group : net.groupNodes) {
        if (simplex.flow(digraph.arcFromId(group.arc)) == 0)
            potential[size_t(group.node)] =
                std::min(potential[size_t(group.node)], potential[size_t(1 + group.mentor)]);
    }
    const int firstSlot = 1 + m_graph.mentorCount;
    solution.menteePotential.assign(potential.begin() + firstSlot, potential.begin() + firstSlot + m_graph.slotCount());
    solution.mentorPotential.assign(potential.begin() + 1, potential.begin() + firstSlot);
    solution.highestTargetPotential = std::numeric_limits<qint64>::min();
    for (int mentor = 0; mentor < m_graph.mentorCount; ++mentor) {
        if (net.mentorArc[size_t(mentor)] >= 0)
            solution.highestTargetPotential = std::max(solution.highestTargetPotential, potential[size_t(1 + mentor)]);
    }
    for (const Network::GroupNode& group : net.groupNodes) {
        solution.groupPotential.emplace(group.key, potential[size_t(group.node)]);
        solution.highestTargetPotential = std::max(solution.highestTargetPotential, potential[size_t(group.node)]);
    }
    // The dual objective (maximised form): Σ π(v)·supply(v) + Σ capacity·max(0, −reduced cost).
    for (int node = 0; node < digraph.nodeNum(); ++node)
        solution.candidateBound += WideInt(potential[size_t(node)]) * net.supply[digraph.nodeFromId(node)];
    for (Digraph::ArcIt arc(digraph); arc != lemon::INVALID; ++arc) {
        const WideInt reduced = WideInt(net.cost[arc]) + potential[size_t(digraph.id(digraph.source(arc)))] -
                                potential[size_t(digraph.id(digraph.target(arc)))];
        if (reduced < 0)
            solution.candidateBound -= reduced * net.capacity[arc];
    }
    return solution;
}

AnchorRun SolverFlowNetwork::timeNetworkSimplex() const
{
    const Network& net = *m_network;
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
    const Network& net = *m_network;
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
