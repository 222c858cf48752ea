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

/// Distances below this go into buckets (Dial's queue) instead of the heap: between the gains of
/// one run most reduced costs are small integers, and a bucket costs O(1) where the heap costs a
/// logarithm; a distance beyond them goes to a heap that is read after the last bucket.
constexpr long long kBuckets = 4096;

long long clamped(WideInt value)
{
    return value > kInfinite ? kInfinite : value < -kInfinite ? -kInfinite : static_cast<long long>(value);
}

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
    m_phases = 0;
    m_augmented = 0;
    if (int(m_flow.size()) != m_arcs.arcCount() || int(m_potential.size()) != m_arcs.nodeCount() || !reducedCostFits())
        return false;
    extendAdjacency();
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

/// The nodes and arcs appended since the last run (all of them on the first) into the residual
/// entries.
void SolverFlowRepair::extendAdjacency()
{
    if (m_arcEntry.empty() && m_firstEntry.empty()) {
        buildAdjacency();
        return;
    }
    while (int(m_firstEntry.size()) < m_arcs.nodeCount()) {
        const int end = int(m_entryArc.size());
        m_firstEntry.push_back(end);
        m_endEntry.push_back(end);
        m_entryLimit.push_back(end);
    }
    resizeNodeState();
    for (int arc = int(m_arcEntry.size()); arc < m_arcs.arcCount(); ++arc)
        appendArcEntries(arc);
}

/// Counting sort of the residual entries by the node they leave, each with what the searches read
/// in its place (head, cost, residual capacity, its twin), so that scanning a node's entries is
/// sequential; each node gets room for an eighth more entries (and 4), which is what the
/// certificate rounds add to most nodes.
void SolverFlowRepair::buildAdjacency()
{
    const int nodes = m_arcs.nodeCount();
    std::vector<int> degree(size_t(nodes), 0);
    for (int arc = 0; arc < m_arcs.arcCount(); ++arc) {
        ++degree[size_t(m_arcs.source[size_t(arc)])];
        ++degree[size_t(m_arcs.target[size_t(arc)])];
    }
    m_firstEntry.assign(size_t(nodes), 0);
    m_entryLimit.assign(size_t(nodes), 0);
    int position = 0;
    for (int node = 0; node < nodes; ++node) {
        m_firstEntry[size_t(node)] = position;
        position += degree[size_t(node)] + degree[size_t(node)] / 8 + 4;
        m_entryLimit[size_t(node)] = position;
    }
    m_endEntry = m_firstEntry;
    const size_t entries = size_t(position);
    for (auto* column : {&m_entryArc, &m_entryTwin})
        column->reserve(entries + entries / 16);
    for (auto* column : {&m_entryCost, &m_entryResidual})
        column->reserve(entries + entries / 16);
    m_entryHead.reserve(entries + entries / 16);
    m_entryArc.assign(entries, -1);
    m_entryHead.assign(entries, 0);
    m_entryTwin.assign(entries, -1);
    m_entryCost.assign(entries, 0);
    m_entryResidual.assign(entries, 0);
    m_arcEntry.reserve(size_t(m_arcs.arcCount()) + size_t(m_arcs.arcCount()) / 8);
    resizeNodeState();
    for (int arc = 0; arc < m_arcs.arcCount(); ++arc)
        appendArcEntries(arc);
    m_buckets.resize(size_t(kBuckets));
}

void SolverFlowRepair::resizeNodeState()
{
    const size_t nodes = size_t(m_arcs.nodeCount());
    m_currentEntry.resize(nodes, 0);
    m_onPath.resize(nodes, 0);
    m_dead.resize(nodes, 0);
    m_distance.resize(nodes, kInfinite);
    m_settled.resize(nodes, 0);
}

/// The arc's entry at its source and its reverse's at its target, with the arc's flow.
void SolverFlowRepair::appendArcEntries(int arc)
{
    const int source = m_arcs.source[size_t(arc)];
    const int target = m_arcs.target[size_t(arc)];
    const int forward = appendEntry(source);
    const int backward = appendEntry(target);
    const long long flow = m_flow[size_t(arc)];
    m_entryArc[size_t(forward)] = 2 * arc;
    m_entryHead[size_t(forward)] = target;
    m_entryTwin[size_t(forward)] = backward;
    m_entryCost[size_t(forward)] = m_arcs.cost[size_t(arc)];
    m_entryResidual[size_t(forward)] = m_arcs.capacity[size_t(arc)] - flow;
    m_entryArc[size_t(backward)] = 2 * arc + 1;
    m_entryHead[size_t(backward)] = source;
    m_entryTwin[size_t(backward)] = forward;
    m_entryCost[size_t(backward)] = -m_arcs.cost[size_t(arc)];
    m_entryResidual[size_t(backward)] = flow;
    m_arcEntry.push_back(forward);
}

/// A free position at the end of node's entries.
int SolverFlowRepair::appendEntry(int node)
{
    if (m_endEntry[size_t(node)] == m_entryLimit[size_t(node)])
        relocateEntries(node);
    return m_endEntry[size_t(node)]++;
}

/// Moves node's entries to the end of the arrays with room for a quarter more (and 8), so that
/// appending stays amortised constant; their twins and arcs learn the new positions.
void SolverFlowRepair::relocateEntries(int node)
{
    const int first = m_firstEntry[size_t(node)];
    const int count = m_endEntry[size_t(node)] - first;
    const int moved = int(m_entryArc.size());
    const size_t entries = size_t(moved) + size_t(count) + size_t(count) / 4 + 8;
    m_entryArc.resize(entries, -1);
    m_entryHead.resize(entries, 0);
    m_entryTwin.resize(entries, -1);
    m_entryCost.resize(entries, 0);
    m_entryResidual.resize(entries, 0);
    for (int offset = 0; offset < count; ++offset) {
        const size_t from = size_t(first + offset);
        const size_t to = size_t(moved + offset);
        m_entryArc[to] = m_entryArc[from];
        m_entryHead[to] = m_entryHead[from];
        m_entryCost[to] = m_entryCost[from];
        m_entryResidual[to] = m_entryResidual[from];
        m_entryTwin[to] = m_entryTwin[from];
        if (m_entryTwin[from] >= 0)
            m_entryTwin[size_t(m_entryTwin[from])] = int(to);
        if ((m_entryArc[to] & 1) == 0 && size_t(m_entryArc[to] >> 1) < m_arcEntry.size())
            m_arcEntry[size_t(m_entryArc[to] >> 1)] = int(to);
    }
    m_firstEntry[size_t(node)] = moved;
    m_endEntry[size_t(node)] = moved + count;
    m_entryLimit[size_t(node)] = int(entries);
}

/// The reduced cost of the entry at position `at` of node's list (the arc's for the arc itself,
/// its negation for the reverse).
Q_ALWAYS_INLINE long long SolverFlowRepair::reducedCostAt(int node, int at) const
{
    return clamped(WideInt(m_entryCost[size_t(at)]) + m_potential[size_t(node)] -
                   m_potential[size_t(m_entryHead[size_t(at)])]);
}

long long SolverFlowRepair::arcReducedCost(int arc) const
{
    return clamped(WideInt(m_arcs.cost[size_t(arc)]) + m_potential[size_t(m_arcs.source[size_t(arc)])] -
                   m_potential[size_t(m_arcs.target[size_t(arc)])]);
}

/// The node an entry leaves: its twin's head.
int SolverFlowRepair::tailOf(int at) const
{
    return m_entryHead[size_t(m_entryTwin[size_t(at)])];
}

/// Saturating a residual arc of negative reduced cost makes its reverse (positive reduced cost)
/// the residual one: the potentials become dual feasible for the flow, which is no longer balanced.
void SolverFlowRepair::saturateNegativeArcs()
{
    m_excess = m_arcs.supply;
    for (int arc = 0; arc < m_arcs.arcCount(); ++arc) {
        const long long reduced = arcReducedCost(arc);
        long long& flow = m_flow[size_t(arc)];
        const long long before = flow;
        if (reduced < 0)
            flow = m_arcs.capacity[size_t(arc)];
        else if (reduced > 0)
            flow = 0;
        if (flow != before) {
            const int forward = m_arcEntry[size_t(arc)];
            m_entryResidual[size_t(forward)] -= flow - before;
            m_entryResidual[size_t(m_entryTwin[size_t(forward)])] += flow - before;
        }
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
    std::fill(m_distance.begin(), m_distance.end(), kInfinite);
    std::fill(m_settled.begin(), m_settled.end(), 0);
    m_predEntry.assign(size_t(nodes), -1);
    m_settledDeficits.clear();
    int deficitsLeft = 0;
    for (int node = 0; node < nodes; ++node) {
        if (m_excess[size_t(node)] > 0)
            schedule(node, 0);
        else if (m_excess[size_t(node)] < 0)
            ++deficitsLeft;
    }
    const int deficits = deficitsLeft;
    long long reached = 0;
    int node = -1;
    while (deficitsLeft > 0 && (node = nextToSettle()) >= 0) {
        m_settled[size_t(node)] = 1;
        reached = m_distance[size_t(node)];
        if (m_excess[size_t(node)] < 0) {
            m_settledDeficits.push_back(node);
            if (--deficitsLeft == 0)
                break;
        }
        relaxFrom(node);
    }
    clearQueue();
    if (deficitsLeft == deficits || reached >= kInfinite)
        return false;
    for (int each = 0; each < nodes; ++each) {
        m_potential[size_t(each)] += m_settled[size_t(each)] ? m_distance[size_t(each)] : reached;
        if (m_potential[size_t(each)] >= kPotentialLimit || m_potential[size_t(each)] <= -kPotentialLimit)
            return false;
    }
    return true;
}

void SolverFlowRepair::relaxFrom(int node)
{
    const long long nodeDistance = m_distance[size_t(node)];
    for (int at = m_firstEntry[size_t(node)]; at < m_endEntry[size_t(node)]; ++at) {
        const int next = m_entryHead[size_t(at)];
        if (m_entryResidual[size_t(at)] <= 0 || m_settled[size_t(next)])
            continue;
        const long long through = std::min(kInfinite, nodeDistance + std::max(0LL, reducedCostAt(node, at)));
        if (through < m_distance[size_t(next)]) {
            m_predEntry[size_t(next)] = at;
            schedule(next, through);
        }
    }
}

void SolverFlowRepair::schedule(int node, long long distance)
{
    m_distance[size_t(node)] = distance;
    if (distance < kBuckets) {
        m_buckets[size_t(distance)].push_back(node);
        m_lastBucket = std::max(m_lastBucket, distance);
    } else {
        m_overflow.emplace(distance, node);
    }
}

/// The unsettled node of least distance (buckets in order, then the heap), −1 when none is left.
/// A node is queued again each time its distance falls; the stale entries are skipped.
int SolverFlowRepair::nextToSettle()
{
    for (; m_bucket <= m_lastBucket; ++m_bucket, m_bucketRead = 0) {
        // First in, first out within a distance: the tree's paths then have the fewest entries,
        // and fewer of them cross, so more of them can be pushed in the same phase.
        std::vector<int>& bucket = m_buckets[size_t(m_bucket)];
        while (m_bucketRead < bucket.size()) {
            const int node = bucket[m_bucketRead++];
            if (!m_settled[size_t(node)] && m_distance[size_t(node)] == m_bucket)
                return node;
        }
        bucket.clear();
    }
    while (!m_overflow.empty()) {
        const auto [distance, node] = m_overflow.top();
        m_overflow.pop();
        if (!m_settled[size_t(node)] && m_distance[size_t(node)] == distance)
            return node;
    }
    return -1;
}

void SolverFlowRepair::clearQueue()
{
    for (long long bucket = m_bucket; bucket <= m_lastBucket; ++bucket)
        m_buckets[size_t(bucket)].clear();
    m_bucket = 0;
    m_bucketRead = 0;
    m_lastBucket = -1;
    m_overflow = decltype(m_overflow)();
}

/// Pushes flow to the deficit nodes: first along the shortest-path tree Dijkstra left (each
/// settled deficit's path back to its excess node, where it still has room: cheap, and the first
/// one always has), then by depth-first searches over the admissible entries (residual, zero
/// reduced cost) from each excess node left, until none finds a deficit: a blocking flow, as in
/// Dinic's algorithm, whose dead nodes and current entries keep the whole phase to about one
/// pass over the entries. The zero-cost part of the network is large (most reduced costs are 0 at
/// an optimum), and the searches used to stop after 256 nodes: at 30,000 × 3,000 the first round
/// then took 15 phases where the unbounded searches take 9, each phase a Dijkstra over nearly
/// every node. Returns the units moved.
qint64 SolverFlowRepair::augmentPhase()
{
    qint64 moved = 0;
    std::vector<int> path;
    for (int deficit : m_settledDeficits) {
        path.clear();
        int node = deficit;
        while (m_predEntry[size_t(node)] >= 0) {
            path.push_back(m_predEntry[size_t(node)]);
            node = tailOf(path.back());
        }
        std::reverse(path.begin(), path.end());
        moved += pushAlong(node, path);
    }
    ++m_stamp;
    std::copy(m_firstEntry.begin(), m_firstEntry.end(), m_currentEntry.begin());
    for (int start = 0; start < m_arcs.nodeCount(); ++start) {
        while (m_excess[size_t(start)] > 0 && findPath(start, path))
            moved += pushAlong(start, path);
    }
    return moved;
}

/// Pushes what the path of entries from start can carry (its excess, its end's deficit, each
/// entry's residual capacity) when every entry has zero reduced cost; returns the units pushed.
long long SolverFlowRepair::pushAlong(int start, const std::vector<int>& path)
{
    if (path.empty())
        return 0;
    const int end = m_entryHead[size_t(path.back())];
    long long amount = std::min(m_excess[size_t(start)], -m_excess[size_t(end)]);
    int node = start;
    for (int at : path) {
        if (reducedCostAt(node, at) != 0)
            return 0;
        amount = std::min(amount, m_entryResidual[size_t(at)]);
        node = m_entryHead[size_t(at)];
    }
    if (amount <= 0)
        return 0;
    for (int at : path) {
        m_entryResidual[size_t(at)] -= amount;
        m_entryResidual[size_t(m_entryTwin[size_t(at)])] += amount;
        const int entry = m_entryArc[size_t(at)];
        m_flow[size_t(entry >> 1)] += (entry & 1) ? -amount : amount;
    }
    m_excess[size_t(start)] -= amount;
    m_excess[size_t(end)] += amount;
    return amount;
}

/// Depth first from start along admissible entries to a deficit node; a node whose entries are
/// used up is dead for the rest of the phase, and a node on the path is not entered again
/// (zero-cost cycles), so a search ends after entering each node at most once.
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
        for (; at < m_endEntry[size_t(node)]; ++at) {
            const int next = m_entryHead[size_t(at)];
            if (m_entryResidual[size_t(at)] > 0 && m_dead[size_t(next)] != m_stamp &&
                m_onPath[size_t(next)] != m_searchStamp && reducedCostAt(node, at) == 0)
                break;
        }
        if (at < m_endEntry[size_t(node)]) {
            path.push_back(at);
            node = m_entryHead[size_t(at)];
            m_onPath[size_t(node)] = m_searchStamp;
            continue;
        }
        m_dead[size_t(node)] = m_stamp;
        if (path.empty())
            return false;
        node = tailOf(path.back());
        path.pop_back();
        ++m_currentEntry[size_t(node)];
    }
}

/// Balanced, within capacities, and complementary slackness on every arc.
bool SolverFlowRepair::optimal() const
{
    std::vector<long long> balance = m_arcs.supply;
    for (int arc = 0; arc < m_arcs.arcCount(); ++arc) {
        const long long flow = m_flow[size_t(arc)];
        if (flow < 0 || flow > m_arcs.capacity[size_t(arc)])
            return false;
        const long long reduced = arcReducedCost(arc);
        if ((reduced < 0 && flow < m_arcs.capacity[size_t(arc)]) || (reduced > 0 && flow > 0))
            return false;
        balance[size_t(m_arcs.source[size_t(arc)])] -= flow;
        balance[size_t(m_arcs.target[size_t(arc)])] += flow;
    }
    return std::all_of(balance.begin(), balance.end(), [](long long value) { return value == 0; });
}

} // namespace mentordesk::matching
