// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRunner.h"

#include "storage/ProgramDatabase.h"

#include <QSqlDatabase>
#include <QThread>

namespace mentordesk {

ImportRunner::ImportRunner(QObject* parent)
    : QObject(parent)
    , m_progress(std::make_unique<ImportProgress>())
{
}

ImportRunner::~ImportRunner()
{
    cancelAndWait();
}

void ImportRunner::start(const QString& programPath, const ImportOptions& options, ImportProblemSink* problems)
{
    Q_ASSERT(!isRunning());
    m_progress = std::make_unique<ImportProgress>();
    m_result = ImportResult();
    ImportProgress* progress = m_progress.get();
    const QString connectionName =
        QStringLiteral("import-%1-%2").arg(reinterpret_cast<quintptr>(this), 0, 16).arg(++m_runCount);
    m_thread = QThread::create([this, programPath, options, problems, progress, connectionName] {
        ImportResult result;
        QString error;
        if (ProgramDatabase::openConnection(programPath, connectionName, &error)) {
            ImportEngine engine(QSqlDatabase::database(connectionName, false));
            result = engine.run(options, progress, problems);
        } else {
            result.status = ImportResult::Status::Failed;
            result.error = tr("The program file could not be opened for the import: %1").arg(error);
        }
        // The engine's handle is gone with its scope, so the connection can be removed.
        QSqlDatabase::removeDatabase(connectionName);
        m_result = result;
    });
    QThread* thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        thread->deleteLater();
        // A run cancelAndWait() ended has been dealt with already.
        if (m_thread != thread)
            return;
        m_thread = nullptr;
        Q_EMIT finished();
    });
    thread->start();
}

void ImportRunner::cancel()
{
    if (isRunning())
        m_progress->cancelRequested = true;
}

void ImportRunner::cancelAndWait()
{
    if (!m_thread)
        return;
    m_progress->cancelRequested = true;
    QThread* thread = m_thread;
    thread->wait();
    m_thread = nullptr;
    thread->deleteLater();
}

} // namespace mentordesk
