// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

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

    /// Whether a connection lives as long as its job (the default: an import, a match run) or is
    /// kept, with its thread, from one job to the next: a worker that reads the same indexes again
    /// and again (the "Needs attention" list on every change) then finds them in its page cache
    /// instead of reading them from the operating system each time.
    enum class Connection { PerJob, Kept };

    /// `programPath` empty: jobs get no connection (pure computations).
    explicit DatabaseWorker(const QString& programPath, QObject* parent = nullptr,
                            Connection connection = Connection::PerJob);
    /// Waits for a job still going: jobs watch a cancel flag of their own, which the owner sets first.
    ~DatabaseWorker() override;

    /// Runs `job` on the program at `programPath` (another program than the constructor's).
    void start(const QString& programPath, Job job);
    void start(Job job) { start(m_programPath, std::move(job)); }
    bool isRunning() const;
    /// Waits until the job has ended; finished() is not emitted for it.
    void wait();
    /// Closes a kept connection once the job under way, if any, has ended (without waiting for
    /// it): the program it reads was closed.
    void releaseConnection();

Q_SIGNALS:
    void finished();

private:
    struct Kept;

    void startKept(const QString& programPath, Job job);
    void keptJobEnded(int job);

    QString m_programPath;
    QThread* m_thread = nullptr;
    int m_jobCount = 0;
    /// Connection::Kept: its one thread, the connection's name and the file it has open.
    std::unique_ptr<Kept> m_kept;
    /// Connection::Kept: the job whose end emits finished(), 0 when none.
    int m_keptRunning = 0;
};

} // namespace mentordesk
