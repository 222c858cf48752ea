// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/SolverParallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace mentordesk::matching {

namespace {

/// Small enough that cancelling answers within a few hundred mentees, large enough that the shared
/// counter is not contended.
constexpr int itemsPerChunk = 16;

} // namespace

SolverParallel::SolverParallel(int threads, std::function<bool()> isCancelled,
                               std::function<void(int done, int count)> progress)
    : m_threads(std::max(1, threads))
    , m_isCancelled(std::move(isCancelled))
    , m_progress(std::move(progress))
{
}

bool SolverParallel::run(int count, const Body& body) const
{
    std::atomic<int> nextItem{0};
    std::atomic<int> itemsDone{0};
    std::atomic<bool> stop{false};
    const auto work = [&](int worker, bool reports) {
        while (!stop.load(std::memory_order_relaxed)) {
            const int first = nextItem.fetch_add(itemsPerChunk);
            if (first >= count)
                return;
            const int last = std::min(count, first + itemsPerChunk);
            for (int item = first; item < last; ++item)
                body(item, worker);
            const int done = itemsDone.fetch_add(last - first) + (last - first);
            if (!reports)
                continue;
            if (m_isCancelled && m_isCancelled())
                stop = true;
            else if (m_progress)
                m_progress(done, count);
        }
    };
    std::vector<std::thread> helpers;
    const int helperCount = std::min(m_threads - 1, count / itemsPerChunk);
    helpers.reserve(size_t(std::max(0, helperCount)));
    for (int worker = 1; worker <= helperCount; ++worker)
        helpers.emplace_back(work, worker, false);
    work(0, true);
    for (std::thread& helper : helpers)
        helper.join();
    return !stop.load();
}

} // namespace mentordesk::matching
