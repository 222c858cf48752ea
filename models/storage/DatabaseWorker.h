// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QThread;

namespace mentordesk {

/// Runs one job at a time in a worker thread with a database connection of its own (SQLite allows
/// one connection per thread), so that long work (an import, a dry run, a match run, a count)
/// never freezes the window. finished() arrives on the thread that started the job.
///
/// The import wizard's ImportRunner, the matching wizard's pages and MatchRunner and the "Needs
/// attention" model share it; each keeps its own progress and cancel flag, which its jobs watch.
/// Qt Core and Sql only, so that item models in models/ can use it too.
class DatabaseWorker : public QObject {
    Q_OBJECT
public:
    /// A job gets the worker's connection, or an invalid one and the reason it could not be opened.
    using Job = std::function<void(QSqlDatabase db, const QString& openError)>;

    /// `programPath` empty: jobs get no connection (pure computations).
    explicit DatabaseWorker(const QString& programPath, QObject* parent = nullptr);
    /// Waits for a job still going: jobs watch a cancel flag of their own, which the owner sets first.
    ~DatabaseWorker() override;

    /// Runs `job` on the program at `programPath` (another program than the constructor's).
    void start(const QString& programPath, Job job);
    void start(Job job) { start(m_programPath, std::move(job)); }
    bool isRunning() const { return m_thread != nullptr; }
    /// Waits until the job has ended; finished() is not emitted for it.
    void wait();

Q_SIGNALS:
    void finished();

private:
    QString m_programPath;
    QThread* m_thread = nullptr;
    int m_jobCount = 0;
};

} // namespace mentordesk
