// SPDX-License-Identifier: GPL-3.0-or-later
#include "CancelOnInterrupt.h"

namespace mentordesk {

namespace {

// A pointer to a lock-free atomic is all a signal handler may touch.
std::atomic<std::atomic<bool>*> s_cancelFlag{nullptr};

extern "C" void requestCancel(int)
{
    if (std::atomic<bool>* flag = s_cancelFlag.load())
        flag->store(true);
}

} // namespace

CancelOnInterrupt::CancelOnInterrupt(std::atomic<bool>* flag)
{
    static_assert(std::atomic<std::atomic<bool>*>::is_always_lock_free);
    static_assert(std::atomic<bool>::is_always_lock_free);
    s_cancelFlag.store(flag);
#ifdef _WIN32
    m_previousInterrupt = std::signal(SIGINT, requestCancel);
    m_previousTerminate = std::signal(SIGTERM, requestCancel);
#else
    struct sigaction action = {};
    action.sa_handler = requestCancel;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &action, &m_previousInterrupt);
    sigaction(SIGTERM, &action, &m_previousTerminate);
#endif
}

CancelOnInterrupt::~CancelOnInterrupt()
{
#ifdef _WIN32
    std::signal(SIGINT, m_previousInterrupt);
    std::signal(SIGTERM, m_previousTerminate);
#else
    sigaction(SIGINT, &m_previousInterrupt, nullptr);
    sigaction(SIGTERM, &m_previousTerminate, nullptr);
#endif
    s_cancelFlag.store(nullptr);
}

} // namespace mentordesk
