// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <csignal>

#ifndef _WIN32
#include <signal.h>
#endif

namespace mentordesk {

/// While it lives, Ctrl+C (SIGINT) and SIGTERM set `*flag` instead of ending the process, so a
/// command stops its work where it can roll back (and then exits with ExitCode::Cancelled). The
/// handler is one-shot (SA_RESETHAND): a second Ctrl+C ends the process the usual way, which
/// SQLite survives too, since an interrupted transaction is rolled back when the file is next
/// opened. One at a time.
class CancelOnInterrupt {
public:
    explicit CancelOnInterrupt(std::atomic<bool>* flag);
    ~CancelOnInterrupt();
    CancelOnInterrupt(const CancelOnInterrupt&) = delete;
    CancelOnInterrupt& operator=(const CancelOnInterrupt&) = delete;

private:
#ifdef _WIN32
    void (*m_previousInterrupt)(int) = nullptr;
    void (*m_previousTerminate)(int) = nullptr;
#else
    struct sigaction m_previousInterrupt = {};
    struct sigaction m_previousTerminate = {};
#endif
};

} // namespace mentordesk
