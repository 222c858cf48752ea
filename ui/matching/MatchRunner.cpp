// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchRunner.h"

#include "matchjob/MatchRunRepository.h"
#include "storage/DatabaseWorker.h"

namespace mentordesk {

MatchRunner::MatchRunner(const QString& programPath, const QString& actor, QObject* parent)
    : QObject(parent)
    , m_worker(new DatabaseWorker(programPath, this))
    , m_actor(actor)
    , m_progress(std::make_shared<MatchProgress>())
{
    connect(m_worker, &DatabaseWorker::finished, this, &MatchRunner::finished);
}

MatchRunner::~MatchRunner()
{
    cancelAndWait();
}

bool MatchRunner::isRunning() const
{
    return m_worker->isRunning();
}

void MatchRunner::start(const MatchSelection& selection, const matching::MatchRules& rules)
{
    Q_ASSERT(!isRunning());
    m_progress = std::make_shared<MatchProgress>();
    m_outcome.reset();
    m_runId = 0;
    m_error.clear();
    auto progress = m_progress;
    const QString actor = m_actor;
    // The job writes its results into this object only after it ended (finished() is queued
    // after the thread's end), and the destructor waits for it.
    m_worker->start([this, selection, rules, progress, actor](QSqlDatabase db, const QString& openError) {
        auto outcome = std::make_shared<MatchOutcome>();
        if (!db.isValid()) {
            outcome->error = tr("The program file could not be opened for matching: %1").arg(openError);
        } else {
            *outcome = MatchSession::run(db, selection, rules, progress.get());
            if (outcome->ok) {
                MatchRunRepository runs(db, actor);
                MatchRunRecord record = MatchSession::record(*outcome, selection);
                record.status = QStringLiteral("proposed");
                record.createdBy = actor;
                m_runId = runs.save(record);
                if (m_runId == 0)
                    m_error = tr("The run could not be stored in the program: %1").arg(runs.errorText());
            }
        }
        if (!outcome->ok && !outcome->cancelled)
            m_error = outcome->error;
        m_outcome = std::move(outcome);
    });
}

void MatchRunner::cancel()
{
    if (isRunning())
        m_progress->cancelRequested = true;
}

void MatchRunner::cancelAndWait()
{
    m_progress->cancelRequested = true;
    m_worker->wait();
}

} // namespace mentordesk
