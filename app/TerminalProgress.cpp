// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalProgress.h"

#include "Command.h"

#include <chrono>

namespace mentordesk {

TerminalProgress::TerminalProgress(std::function<QString()> nextLine)
    : m_nextLine(std::move(nextLine))
{
    if (Command::stderrIsTerminal())
        m_thread = std::thread([this] { loop(); });
}

TerminalProgress::~TerminalProgress()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void TerminalProgress::loop()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stopped; })) {
        const QString line = m_nextLine();
        if (!line.isEmpty())
            Command::printLine(stderr, line);
    }
}

} // namespace mentordesk
