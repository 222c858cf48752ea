// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseWorker.h"

#include "storage/ProgramDatabase.h"

#include <QThread>
#include <QThreadPool>

namespace mentordesk {

/// A pool of one thread that never expires, so that every job runs on the thread that opened the
/// connection (SQLite connections in Qt belong to the thread that added them). Members other than
/// the pool are touched by that thread only.
struct DatabaseWorker::Kept {
    QThreadPool pool;
    QString connectionName;
    QString openedPath;

    Kept()
    {
        pool.setMaxThreadCount(1);
        pool.setExpiryTimeout(-1);
    }

    /// On the pool's thread: the connection to `path`, opened unless it is open already.
    QSqlDatabase connectionTo(const QString& path, QString* error)
    {
        if (!openedPath.isEmpty() && openedPath != path)
            close();
        if (openedPath.isEmpty() && !path.isEmpty() && ProgramDatabase::openConnection(path, connectionName, error))
            openedPath = path;
        return openedPath.isEmpty() ? QSqlDatabase() : QSqlDatabase::database(connectionName, false);
    }

    /// On the pool's thread.
    void close()
    {
        if (openedPath.isEmpty())
            return;
        QSqlDatabase::removeDatabase(connectionName);
        openedPath.clear();
    }
};

DatabaseWorker::DatabaseWorker(const QString& programPath, QObject* parent, Connection connection)
    : QObject(parent)
    , m_programPath(programPath)
{
    if (connection == Connection::Kept) {
        m_kept = std::make_unique<Kept>();
        m_kept->connectionName = QStringLiteral("worker-%1-kept").arg(reinterpret_cast<quintptr>(this), 0, 16);
    }
}

DatabaseWorker::~DatabaseWorker()
{
    wait();
    if (m_kept) {
        releaseConnection();
        m_kept->pool.waitForDone();
    }
}

bool DatabaseWorker::isRunning() const
{
    return m_thread != nullptr || m_keptRunning != 0;
}

void DatabaseWorker::releaseConnection()
{
    if (!m_kept)
        return;
    // After the job under way, if any, on the connection's own thread; nothing waits for it.
    Kept* kept = m_kept.get();
    m_kept->pool.start([kept] { kept->close(); });
}

void DatabaseWorker::startKept(const QString& programPath, Job job)
{
    const int jobNumber = ++m_jobCount;
    m_keptRunning = jobNumber;
    Kept* kept = m_kept.get();
    m_kept->pool.start([this, kept, programPath, jobNumber, job = std::move(job)] {
        QString error;
        {
            const QSqlDatabase db = kept->connectionTo(programPath, &error);
            job(db, error);
        }
        // Posted before the job counts as done, so that a destructor waiting for it runs after
        // the post, and Qt drops the event with the object.
        QMetaObject::invokeMethod(
            this, [this, jobNumber] { keptJobEnded(jobNumber); }, Qt::QueuedConnection);
    });
}

void DatabaseWorker::keptJobEnded(int job)
{
    // A job wait() ended, or one before the current, has been dealt with already.
    if (m_keptRunning != job)
        return;
    m_keptRunning = 0;
    Q_EMIT finished();
}

void DatabaseWorker::start(const QString& programPath, Job job)
{
    Q_ASSERT(!isRunning());
    if (m_kept) {
        startKept(programPath, std::move(job));
        return;
    }
    // Unique per worker and job: a connection of an ended job may still be named until removed.
    const QString connectionName =
        QStringLiteral("worker-%1-%2").arg(reinterpret_cast<quintptr>(this), 0, 16).arg(++m_jobCount);
    m_thread = QThread::create([job = std::move(job), programPath, connectionName] {
        QString error;
        const bool opened =
            !programPath.isEmpty() && ProgramDatabase::openConnection(programPath, connectionName, &error);
        job(opened ? QSqlDatabase::database(connectionName, false) : QSqlDatabase(), error);
        // The job's handles are gone with its scope, so the connection can be removed.
        if (opened)
            QSqlDatabase::removeDatabase(connectionName);
    });
    QThread* thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        thread->deleteLater();
        // A job wait() ended has been dealt with already.
        if (m_thread != thread)
            return;
        m_thread = nullptr;
        Q_EMIT finished();
    });
    thread->start();
}

void DatabaseWorker::wait()
{
    if (m_kept) {
        m_kept->pool.waitForDone();
        m_keptRunning = 0;
        return;
    }
    if (!m_thread)
        return;
    QThread* thread = m_thread;
    m_thread = nullptr;
    thread->wait();
    thread->deleteLater();
}

} // namespace mentordesk
