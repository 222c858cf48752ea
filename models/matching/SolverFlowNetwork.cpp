// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/SolverFlowNetwork.h"

#include "matching/SolverFlowRepair.h"

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
    int firstBypassArc = 0;
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
    addGroupNodes();
    net.firstBypassArc = net.digraph.arcNum();
    for (int slot = 0; slot < graph.slotCount(); ++slot) {
        net.supply[net.digraph.nodeFromId(firstSlot + slot)] = 1;
        net.addArc(firstSlot + slot, sink, 1, 0);
    }
    net.firstMatchArc = net.digraph.arcNum();
    for (int slot = 0; slot < graph.slotCount(); ++slot) {
        visitArcs(slot, [&](int mentor, int gain) {
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
    Network& net = *m_network;
    for (int slot = 0; slot < m_graph.slotCount(); ++slot) {
        if (!m_graph.groupLimited(slot))
            continue;
        visitArcs(slot, [&](int mentor, int) {
            const qint64 key = CandidateGraph::groupKey(mentor, m_graph.groupOfSlot[size_t(slot)]);
            const auto allowance = m_graph.groupAllowanceLeft.find(key);
            if (allowance == m_graph.groupAllowanceLeft.end() || allowance->second <= 0 || net.groupIndex.count(key))
                return;
            const int node = net.digraph.id(net.digraph.addNode());
            net.supply[net.digraph.nodeFromId(node)] = 0;
            net.groupIndex.emplace(key, int(net.groupNodes.size()));
            net.groupNodes.push_back({key, mentor, node, net.addArc(node, 1 + mentor, allowance->second, 0)});
        });
    }
}

FlowSolution SolverFlowNetwork::solve(FlowAlgorithm algorithm) const
{
    // Measured on random bipartite graphs with 16 arcs per mentee (2 cores): NetworkSimplex took
    // 0.15 s and 1.4 s where CostScaling took 0.33 s and 2.7 s (160,000 and 480,000 arcs), but
    // 18.5 s against 8.4 s at 1,650,000 arcs. CostScaling's potentials are exact too (it repairs
    // them with Bellman–Ford when the scaling leaves them short); it multiplies the costs by 16 ×
    // the node count inside, which must fit.
    const WideInt scaledCost = WideInt(m_weighting.weight(m_graph.maxGain)) * (m_network->digraph.nodeNum() + 1) * 16;
    const bool scalingFits = scaledCost < (WideInt(1) << 60);
    const bool large = m_network->digraph.arcNum() >= costScalingArcs;
    if (scalingFits && (algorithm == FlowAlgorithm::CostScaling || (algorithm == FlowAlgorithm::Automatic && large)))
        return solveWith<lemon::CostScaling<Digraph, long long, long long>>();
    return solveWith<lemon::NetworkSimplex<Digraph, long long, long long>>();
}

template <typename Algorithm> FlowSolution SolverFlowNetwork::solveWith() const
{
    const Network& net = *m_network;
    const Digraph& digraph = net.digraph;
    FlowSolution solution;
    Algorithm algorithm(digraph);
    algorithm.upperMap(net.capacity).costMap(net.cost).supplyMap(net.supply);
    if (algorithm.run() != Algorithm::OPTIMAL)
        return solution;
    std::vector<long long> flow(size_t(digraph.arcNum()));
    for (int arc = 0; arc < digraph.arcNum(); ++arc)
        flow[size_t(arc)] = algorithm.flow(digraph.arcFromId(arc));
    std::vector<long long> potential(size_t(digraph.nodeNum()));
    for (int node = 0; node < digraph.nodeNum(); ++node)
        potential[size_t(node)] = algorithm.potential(digraph.nodeFromId(node));
    return readSolution(flow, std::move(potential));
}

/// The flow's weight and matching, and the potentials (tightened) with the bounds they give.
FlowSolution SolverFlowNetwork::readSolution(const std::vector<long long>& flow, std::vector<long long> potential) const
{
    const Network& net = *m_network;
    const Digraph& digraph = net.digraph;
    FlowSolution solution;
    solution.ok = true;
    for (int arc = 0; arc < digraph.arcNum(); ++arc)
        solution.weight -= WideInt(net.cost[digraph.arcFromId(arc)]) * flow[size_t(arc)];
    solution.mentorOfSlot.assign(size_t(m_graph.slotCount()), -1);
    for (size_t match = 0; match < net.matchSlot.size(); ++match) {
        if (flow[size_t(net.firstMatchArc) + match] > 0)
            solution.mentorOfSlot[size_t(net.matchSlot[match])] = net.matchMentor[match];
    }
    tightenPotentials(flow, potential);
    const int firstSlot = 1 + m_graph.mentorCount;
    solution.sinkPotential = potential[0];
    solution.menteePotential.assign(potential.begin() + firstSlot, potential.begin() + firstSlot + m_graph.slotCount());
    solution.mentorPotential.assign(potential.begin() + 1, potential.begin() + firstSlot);
    readHighestPotentials(potential, solution);
    readBound(potential, solution);
    return solution;
}

FlowSolution SolverFlowNetwork::repair(const FlowSolution& previous, int phaseLimit, RepairStats& stats) const
{
    const Network& net = *m_network;
    const Digraph& digraph = net.digraph;
    FlowArcs arcs;
    arcs.source.reserve(size_t(digraph.arcNum()));
    arcs.target.reserve(size_t(digraph.arcNum()));
    arcs.capacity.reserve(size_t(digraph.arcNum()));
    arcs.cost.reserve(size_t(digraph.arcNum()));
    for (int id = 0; id < digraph.arcNum(); ++id) {
        const Digraph::Arc arc = digraph.arcFromId(id);
        arcs.source.push_back(digraph.id(digraph.source(arc)));
        arcs.target.push_back(digraph.id(digraph.target(arc)));
        arcs.capacity.push_back(net.capacity[arc]);
        arcs.cost.push_back(net.cost[arc]);
    }
    for (int node = 0; node < digraph.nodeNum(); ++node)
        arcs.supply.push_back(net.supply[digraph.nodeFromId(node)]);
    std::vector<long long> flow;
    if (previous.mentorPotential.size() != size_t(m_graph.mentorCount) ||
        previous.menteePotential.size() != size_t(m_graph.slotCount()) || !previousFlow(previous, flow))
        return FlowSolution();
    std::vector<long long> potential = previousPotentials(previous);
    SolverFlowRepair repair(arcs, flow, potential);
    const bool repaired = repair.run(phaseLimit);
    stats.phases = repair.phases();
    stats.augmented = repair.augmented();
    return repaired ? readSolution(flow, std::move(potential)) : FlowSolution();
}

/// The previous matching as a flow of this network: each slot's unit on its arc to its mentor (and
/// on through the (mentor, group) node and the mentor to the sink), or on its bypass. False when a
/// slot's arc is not in this network (the previous solution is not of this graph).
bool SolverFlowNetwork::previousFlow(const FlowSolution& previous, std::vector<long long>& flow) const
{
    const Network& net = *m_network;
    if (previous.mentorOfSlot.size() != size_t(m_graph.slotCount()))
        return false;
    flow.assign(size_t(net.digraph.arcNum()), 0);
    size_t match = 0;
    for (int slot = 0; slot < m_graph.slotCount(); ++slot) {
        const size_t firstOfSlot = match;
        while (match < net.matchSlot.size() && net.matchSlot[match] == slot)
            ++match;
        const int mentor = previous.mentorOfSlot[size_t(slot)];
        if (mentor < 0) {
            flow[size_t(net.firstBypassArc + slot)] = 1;
            continue;
        }
        const auto first = net.matchMentor.begin() + std::ptrdiff_t(firstOfSlot);
        const auto found = std::find(first, net.matchMentor.begin() + std::ptrdiff_t(match), mentor);
        if (found == net.matchMentor.begin() + std::ptrdiff_t(match) || net.mentorArc[size_t(mentor)] < 0)
            return false;
        const int arc = net.firstMatchArc + int(found - net.matchMentor.begin());
        ++flow[size_t(arc)];
        ++flow[size_t(net.mentorArc[size_t(mentor)])];
        if (m_graph.groupLimited(slot)) {
            const qint64 key = CandidateGraph::groupKey(mentor, m_graph.groupOfSlot[size_t(slot)]);
            ++flow[size_t(net.groupNodes[size_t(net.groupIndex.at(key))].arc)];
        }
    }
    return true;
}

/// The previous potentials by node; a (mentor, group) node new in this network starts at its
/// mentor's potential (its arc to the mentor then has reduced cost 0, as the certificate assumed).
std::vector<long long> SolverFlowNetwork::previousPotentials(const FlowSolution& previous) const
{
    const Network& net = *m_network;
    std::vector<long long> potential(size_t(net.digraph.nodeNum()), 0);
    potential[0] = previous.sinkPotential;
    std::copy(previous.mentorPotential.begin(), previous.mentorPotential.end(), potential.begin() + 1);
    std::copy(previous.menteePotential.begin(), previous.menteePotential.end(),
              potential.begin() + 1 + m_graph.mentorCount);
    for (const Network::GroupNode& group : net.groupNodes) {
        const auto known = previous.groupPotential.find(group.key);
        potential[size_t(group.node)] =
            known != previous.groupPotential.end() ? known->second : potential[size_t(1 + group.mentor)];
    }
    return potential;
}

/// A node nothing flows through may sit above the node it leads to; lowering it there keeps every
/// reduced cost of the network optimal (its incoming arcs carry nothing, so only their
/// non-negativity matters, which lowering the head keeps) and makes it a tighter price for the
/// left-out arcs the certificate checks against it.
void SolverFlowNetwork::tightenPotentials(const std::vector<long long>& flow, std::vector<long long>& potential) const
{
    const Network& net = *m_network;
    for (int mentor = 0; mentor < m_graph.mentorCount; ++mentor) {
        const int arc = net.mentorArc[size_t(mentor)];
        if (arc >= 0 && flow[size_t(arc)] == 0)
            potential[size_t(1 + mentor)] = std::min(potential[size_t(1 + mentor)], potential[0]);
    }
    for (const Network::GroupNode& group : net.groupNodes) {
        if (flow[size_t(group.arc)] == 0)
            potential[size_t(group.node)] =
                std::min(potential[size_t(group.node)], potential[size_t(1 + group.mentor)]);
    }
}

/// The dual objective (maximised form): Σ π(v)·supply(v) + Σ capacity·max(0, −reduced cost).
void SolverFlowNetwork::readBound(const std::vector<long long>& potential, FlowSolution& solution) const
{
    const Network& net = *m_network;
    const Digraph& digraph = net.digraph;
    for (int node = 0; node < digraph.nodeNum(); ++node)
        solution.candidateBound += WideInt(potential[size_t(node)]) * net.supply[digraph.nodeFromId(node)];
    for (Digraph::ArcIt arc(digraph); arc != lemon::INVALID; ++arc) {
        const WideInt reduced = WideInt(net.cost[arc]) + potential[size_t(digraph.id(digraph.source(arc)))] -
                                potential[size_t(digraph.id(digraph.target(arc)))];
        if (reduced < 0)
            solution.candidateBound -= reduced * net.capacity[arc];
    }
}

void SolverFlowNetwork::readHighestPotentials(const std::vector<long long>& potential, FlowSolution& solution) const
{
    const Network& net = *m_network;
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
