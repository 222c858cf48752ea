// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/SolverFlowRepair.h"

#include <algorithm>
#include <functional>
#include <queue>

namespace mentordesk::matching {

namespace {

__extension__ typedef __int128 WideInt;

/// Distances and reduced costs are clamped here: far above any real path (the folded costs stay
/// below 2⁶⁰ together), low enough that a potential of up to 2⁶² plus it still fits 64 bits.
/// LEMON's network simplex can leave potentials near 2⁶² on nodes it reached through its
/// artificial arcs.
constexpr long long kInfinite = (1LL << 61);
constexpr long long kPotentialLimit = (1LL << 62);

} // namespace

SolverFlowRepair::SolverFlowRepair(const FlowArcs& arcs, std::vector<long long>& flow,
                                   std::vector<long long>& potential)
    : m_arcs(arcs)
    , m_flow(flow)
    , m_potential(potential)
{
}

bool SolverFlowRepair::run(int phaseLimit)
{
    if (int(m_flow.size()) != m_arcs.arcCount() || int(m_potential.size()) != m_arcs.nodeCount() || !reducedCostFits())
        return false;
    buildAdjacency();
    saturateNegativeArcs();
    const auto unbalanced = [this] {
        return std::any_of(m_excess.begin(), m_excess.end(), [](long long excess) { return excess > 0; });
    };
    while (unbalanced()) {
        if (m_phases >= phaseLimit || !raisePotentials())
            return false;
        ++m_phases;
        const qint64 moved = augmentPhase();
        if (moved == 0) // Dijkstra reached a deficit, so a zero-cost path to one exists: a broken invariant
            return false;
        m_augmented += moved;
    }
    return optimal();
}

bool SolverFlowRepair::reducedCostFits() const
{
    return std::all_of(m_potential.begin(), m_potential.end(),
                       [](long long value) { return value > -kPotentialLimit && value < kPotentialLimit; });
}

/// Counting sort of the residual entries by the node they leave.
void SolverFlowRepair::buildAdjacency()
{
    const int nodes = m_arcs.nodeCount();
    m_firstEntry.assign(size_t(nodes) + 1, 0);
    for (int arc = 0; arc < m_arcs.arcCount(); ++arc) {
        ++m_firstEntry[size_t(m_arcs.source[size_t(arc)]) + 1];
        ++m_firstEntry[size_t(m_arcs.target[size_t(arc)]) + 1];
    }
    for (int node = 0; node < nodes; ++node)
        m_firstEntry[size_t(node) + 1] += m_firstEntry[size_t(node)];
    std::vector<int> next(m_firstEntry.begin(), m_firstEntry.end() - 1);
    m_entries.resize(size_t(2) * size_t(m_arcs.arcCount()));
    for (int arc = 0; arc < m_arcs.arcCount(); ++arc) {
        m_entries[size_t(next[size_t(m_arcs.source[size_t(arc)])]++)] = 2 * arc;
        m_entries[size_t(next[size_t(m_arcs.target[size_t(arc)])]++)] = 2 * arc + 1;
    }
    m_currentEntry.assign(size_t(nodes), 0);
    m_onPath.assign(size_t(nodes), 0);
    m_dead.assign(size_t(nodes), 0);
}

/// The entry's reduced cost, clamped to ±kInfinite: the arc's for 2 × arc, its negation for the
/// reverse.
long long SolverFlowRepair::reducedCost(int entry) const
{
    const size_t arc = size_t(entry >> 1);
    WideInt reduced =
        WideInt(m_arcs.cost[arc]) + m_potential[size_t(m_arcs.source[arc])] - m_potential[size_t(m_arcs.target[arc])];
    if (entry & 1)
        reduced = -reduced;
    return reduced > kInfinite ? kInfinite : reduced < -kInfinite ? -kInfinite : (long long)(reduced);
}

long long SolverFlowRepair::residual(int entry) const
{
    const size_t arc = size_t(entry >> 1);
    return (entry & 1) ? m_flow[arc] : m_arcs.capacity[arc] - m_flow[arc];
}

int SolverFlowRepair::head(int entry) const
{
    const size_t arc = size_t(entry >> 1);
    return (entry & 1) ? m_arcs.source[arc] : m_arcs.target[arc];
}

int SolverFlowRepair::tail(int entry) const
{
    const size_t arc = size_t(entry >> 1);
    return (entry & 1) ? m_arcs.target[arc] : m_arcs.source[arc];
}

/// Saturating a residual arc of negative reduced cost makes its reverse (positive reduced cost)
/// the residual one: the potentials become dual feasible for the flow, which is no longer balanced.
void SolverFlowRepair::saturateNegativeArcs()
{
    m_excess = m_arcs.supply;
    for (int arc = 0; arc < m_arcs.arcCount(); ++arc) {
        const long long reduced = reducedCost(2 * arc);
        long long& flow = m_flow[size_t(arc)];
        if (reduced < 0)
            flow = m_arcs.capacity[size_t(arc)];
        else if (reduced > 0)
            flow = 0;
        m_excess[size_t(m_arcs.source[size_t(arc)])] -= flow;
        m_excess[size_t(m_arcs.target[size_t(arc)])] += flow;
    }
}

/// Dijkstra on the reduced costs from every excess node until every deficit node is settled; each
/// settled node's potential rises by its distance, every other one's by the last distance settled,
/// which keeps every residual reduced cost non-negative and makes the shortest paths zero-cost.
/// False when no deficit node can be reached (the network has no balanced flow) or a potential
/// would overflow.
bool SolverFlowRepair::raisePotentials()
{
    const int nodes = m_arcs.nodeCount();
    std::vector<long long> distance(size_t(nodes), kInfinite);
    std::vector<char> settled(size_t(nodes), 0);
    using Item = std::pair<long long, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    int deficitsLeft = 0;
    for (int node = 0; node < nodes; ++node) {
        if (m_excess[size_t(node)] > 0) {
            distance[size_t(node)] = 0;
            queue.emplace(0, node);
        } else if (m_excess[size_t(node)] < 0) {
            ++deficitsLeft;
        }
    }
    const int deficits = deficitsLeft;
    long long reached = 0;
    while (!queue.empty() && deficitsLeft > 0) {
        const auto [nodeDistance, node] = queue.top();
        queue.pop();
        if (settled[size_t(node)])
            continue;
        settled[size_t(node)] = 1;
        reached = nodeDistance;
        if (m_excess[size_t(node)] < 0 && --deficitsLeft == 0)
            break;
        for (int at = m_firstEntry[size_t(node)]; at < m_firstEntry[size_t(node) + 1]; ++at) {
            const int entry = m_entries[size_t(at)];
            const int next = head(entry);
            if (settled[size_t(next)] || residual(entry) <= 0)
                continue;
            const long long through = std::min(kInfinite, nodeDistance + std::max(0LL, reducedCost(entry)));
            if (through < distance[size_t(next)]) {
                distance[size_t(next)] = through;
                queue.emplace(through, next);
            }
        }
    }
    if (deficitsLeft == deficits || reached >= kInfinite)
        return false;
    for (int node = 0; node < nodes; ++node) {
        m_potential[size_t(node)] += settled[size_t(node)] ? distance[size_t(node)] : reached;
        if (m_potential[size_t(node)] >= kPotentialLimit || m_potential[size_t(node)] <= -kPotentialLimit)
            return false;
    }
    return true;
}

/// Pushes flow from the excess nodes (in id order) along zero-reduced-cost residual paths to
/// deficit nodes until none is left; returns the units moved.
qint64 SolverFlowRepair::augmentPhase()
{
    ++m_stamp;
    std::copy(m_firstEntry.begin(), m_firstEntry.end() - 1, m_currentEntry.begin());
    std::vector<int> path;
    qint64 moved = 0;
    for (int start = 0; start < m_arcs.nodeCount(); ++start) {
        while (m_excess[size_t(start)] > 0 && findPath(start, path)) {
            const int end = head(path.back());
            long long amount = std::min(m_excess[size_t(start)], -m_excess[size_t(end)]);
            for (int entry : path)
                amount = std::min(amount, residual(entry));
            push(path, amount);
            m_excess[size_t(start)] -= amount;
            m_excess[size_t(end)] += amount;
            moved += amount;
        }
    }
    return moved;
}

/// Depth first along admissible entries (residual, zero reduced cost) from start to a deficit
/// node; a node whose entries are used up is dead for the rest of the phase. Every node is
/// entered at most once per search, so zero-cost cycles cannot trap it.
bool SolverFlowRepair::findPath(int start, std::vector<int>& path)
{
    path.clear();
    ++m_searchStamp;
    if (m_dead[size_t(start)] == m_stamp)
        return false;
    m_onPath[size_t(start)] = m_searchStamp;
    int node = start;
    for (;;) {
        if (m_excess[size_t(node)] < 0)
            return true;
        int& at = m_currentEntry[size_t(node)];
        for (; at < m_firstEntry[size_t(node) + 1]; ++at) {
            const int entry = m_entries[size_t(at)];
            const int next = head(entry);
            if (m_dead[size_t(next)] != m_stamp && m_onPath[size_t(next)] != m_searchStamp && residual(entry) > 0 &&
                reducedCost(entry) == 0)
                break;
        }
        if (at < m_firstEntry[size_t(node) + 1]) {
            const int entry = m_entries[size_t(at)];
            path.push_back(entry);
            node = head(entry);
            m_onPath[size_t(node)] = m_searchStamp;
            continue;
        }
        m_dead[size_t(node)] = m_stamp;
        if (path.empty())
            return false;
        node = tail(path.back());
        path.pop_back();
        ++m_currentEntry[size_t(node)];
    }
}

void SolverFlowRepair::push(const std::vector<int>& path, long long amount)
{
    for (int entry : path)
        m_flow[size_t(entry >> 1)] += (entry & 1) ? -amount : amount;
}

/// Balanced, within capacities, and complementary slackness on every arc.
bool SolverFlowRepair::optimal() const
{
    std::vector<long long> balance = m_arcs.supply;
    for (int arc = 0; arc < m_arcs.arcCount(); ++arc) {
        const long long flow = m_flow[size_t(arc)];
        if (flow < 0 || flow > m_arcs.capacity[size_t(arc)])
            return false;
        const long long reduced = reducedCost(2 * arc);
        if ((reduced < 0 && flow < m_arcs.capacity[size_t(arc)]) || (reduced > 0 && flow > 0))
            return false;
        balance[size_t(m_arcs.source[size_t(arc)])] -= flow;
        balance[size_t(m_arcs.target[size_t(arc)])] += flow;
    }
    return std::all_of(balance.begin(), balance.end(), [](long long value) { return value == 0; });
}

} // namespace mentordesk::matching
