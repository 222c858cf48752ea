// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QThread;

namespace mentordesk {

/// Runs one job at a time in a worker thread with a database connection of its own (SQLite allows
/// one connection per thread), so that the wizard's counts, previews and runs never freeze the
/// window. finished() arrives on the thread that started the job.
class MatchWorker : public QObject {
    Q_OBJECT
public:
    /// A job gets the worker's connection, or an invalid one and the reason it could not be opened.
    using Job = std::function<void(QSqlDatabase db, const QString& openError)>;

    /// `programPath` empty: jobs get no connection (pure computations).
    explicit MatchWorker(const QString& programPath, QObject* parent = nullptr);
    /// Waits for a job still going: jobs watch a cancel flag of their own, which the owner sets first.
    ~MatchWorker() override;

    void start(Job job);
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
