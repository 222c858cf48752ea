// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace mentordesk::matching {

/// Runs a body over the items 0 .. count-1 on several threads, the calling one included. Items
/// are claimed in small chunks from a shared counter, so which thread runs an item varies from
/// run to run: the body must write its result by item, never by arrival, for the outcome to be
/// the same whatever the thread count. Only the calling thread asks isCancelled() and reports
/// progress, because those callbacks usually belong to a GUI or job object of that thread.
class SolverParallel {
public:
    using Body = std::function<void(int item, int worker)>;

    SolverParallel(int threads, std::function<bool()> isCancelled, std::function<void(int done, int count)> progress);

    int workerCount() const { return m_threads; }
    /// False when cancelled (the items not yet claimed are skipped).
    bool run(int count, const Body& body) const;

private:
    int m_threads;
    std::function<bool()> m_isCancelled;
    std::function<void(int done, int count)> m_progress;
};

} // namespace mentordesk::matching
