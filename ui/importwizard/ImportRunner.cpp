// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRunner.h"

#include "storage/DatabaseWorker.h"

#include <QElapsedTimer>

namespace mentordesk {

namespace {

ImportResult::Status statusOf(const MentorImportResult& result)
{
    switch (result.status) {
    case MentorImportResult::Status::Done:
        return result.dryRun ? ImportResult::Status::DryRun : ImportResult::Status::Imported;
    case MentorImportResult::Status::Cancelled:
        return ImportResult::Status::Cancelled;
    case MentorImportResult::Status::Unusable:
        return ImportResult::Status::Unusable;
    case MentorImportResult::Status::Failed:
        break;
    }
    return ImportResult::Status::Failed;
}

} // namespace

ImportRunner::ImportRunner(QObject* parent)
    : QObject(parent)
    , m_worker(new DatabaseWorker(QString(), this))
    , m_progress(std::make_unique<ImportProgress>())
{
    connect(m_worker, &DatabaseWorker::finished, this, &ImportRunner::finished);
}

ImportRunner::~ImportRunner()
{
    cancelAndWait();
}

bool ImportRunner::isRunning() const
{
    return m_worker->isRunning();
}

void ImportRunner::start(const QString& programPath, const ImportOptions& options, ImportProblemSink* problems)
{
    Q_ASSERT(!isRunning());
    m_progress = std::make_unique<ImportProgress>();
    m_result = ImportResult();
    m_mentorResult = MentorImportResult();
    ImportProgress* progress = m_progress.get();
    // The job writes its results into this object only after it ended (finished() is queued after
    // the thread's end), and the destructor waits for it.
    m_worker->start(programPath, [this, options, problems, progress](QSqlDatabase db, const QString& openError) {
        if (!db.isValid()) {
            m_result.status = ImportResult::Status::Failed;
            m_result.error = tr("The program file could not be opened for the import: %1").arg(openError);
        } else if (options.kind == ImportKind::Mentors) {
            m_result = runMentorImport(db, options, progress, problems, &m_mentorResult);
        } else {
            m_result = ImportEngine(db).run(options, progress, problems);
        }
    });
}

ImportResult ImportRunner::runMentorImport(QSqlDatabase db, const ImportOptions& options, ImportProgress* progress,
                                           ImportProblemSink* problems, MentorImportResult* mentorResult)
{
    QElapsedTimer clock;
    clock.start();
    *mentorResult = MentorImport(std::move(db)).run(options, &progress->cancelRequested, problems, progress);
    // What every kind of import says, for the pages' status lines, preview and error report.
    ImportResult result;
    result.status = statusOf(*mentorResult);
    result.error = mentorResult->error;
    result.rowsRejected = mentorResult->rejected;
    result.rowsRead = mentorResult->added + mentorResult->updated + mentorResult->unchanged + mentorResult->rejected;
    result.safetyCopyPath = mentorResult->safetyCopyPath;
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

void ImportRunner::cancel()
{
    if (isRunning())
        m_progress->cancelRequested = true;
}

void ImportRunner::cancelAndWait()
{
    cancel();
    m_worker->wait();
}

} // namespace mentordesk
