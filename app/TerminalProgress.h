// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace mentordesk {

/// Prints a progress line a second to stderr from a thread of its own, since a command's work
/// blocks the main thread. Only when stderr is a terminal: in a pipe or a log file a line a second
/// is only noise. `nextLine` runs on that thread (so it may only read atomics) and returns the
/// line to print, or an empty string to print nothing this second.
class TerminalProgress {
public:
    explicit TerminalProgress(std::function<QString()> nextLine);
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

private:
    void loop();

    std::function<QString()> m_nextLine;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopped = false;
    std::thread m_thread;
};

} // namespace mentordesk
