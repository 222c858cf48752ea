// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseWorker.h"

#include "storage/ProgramDatabase.h"

#include <QThread>

namespace mentordesk {

DatabaseWorker::DatabaseWorker(const QString& programPath, QObject* parent)
    : QObject(parent)
    , m_programPath(programPath)
{
}

DatabaseWorker::~DatabaseWorker()
{
    wait();
}

void DatabaseWorker::start(const QString& programPath, Job job)
{
    Q_ASSERT(!isRunning());
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
    if (!m_thread)
        return;
    QThread* thread = m_thread;
    m_thread = nullptr;
    thread->wait();
    thread->deleteLater();
}

} // namespace mentordesk
