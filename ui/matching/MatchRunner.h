// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchRules.h"
#include "matchjob/MatchSelection.h"
#include "matchjob/MatchSession.h"

#include <QObject>

#include <memory>

namespace mentordesk {

class DatabaseWorker;

/// Runs MatchSession::run() in a worker thread with its own connection and stores the finished run
/// (MatchRunRepository::save) there too, so the review can compare it with the previous one and
/// the commit can name it. finished() arrives on the thread that started the run.
class MatchRunner : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollIntervalMs = 100;

    MatchRunner(const QString& programPath, const QString& actor, QObject* parent = nullptr);
    /// Cancels a run still going and waits for it.
    ~MatchRunner() override;

    void start(const MatchSelection& selection, const matching::MatchRules& rules);
    bool isRunning() const;
    /// Asks the solver to stop; finished() follows with a cancelled outcome.
    void cancel();
    void cancelAndWait();
    bool cancelRequested() const { return m_progress->cancelRequested; }
    int percent() const { return m_progress->percent; }

    /// The last run's outcome (never null after finished()) and the id it was stored under (0 when
    /// it failed, was cancelled or could not be stored: then error() says why).
    std::shared_ptr<const MatchOutcome> outcome() const { return m_outcome; }
    qint64 runId() const { return m_runId; }
    QString error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    DatabaseWorker* m_worker;
    QString m_actor;
    std::shared_ptr<MatchProgress> m_progress;
    std::shared_ptr<const MatchOutcome> m_outcome;
    qint64 m_runId = 0;
    QString m_error;
};

} // namespace mentordesk
