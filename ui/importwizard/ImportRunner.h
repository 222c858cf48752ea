// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/ImportSource.h"
#include "importjob/ImportEngine.h"
#include "importjob/ImportOptions.h"
#include "importjob/MentorImport.h"
#include "itemmodels/ImportPreviewModel.h"

#include <QObject>

#include <memory>

namespace mentordesk {

class DatabaseWorker;
class ImportProblemSink;

/// Runs an import or its dry run in a worker thread with a database connection of its own
/// (DatabaseWorker), so that the window stays responsive; finished() arrives on the thread that
/// started it. Seller and metrics files go through ImportEngine, mentor files through MentorImport;
/// result() tells the pages what any import did, mentorResult() what a mentor import counted.
class ImportRunner : public QObject {
    Q_OBJECT
public:
    /// What the validation and import pages share: progress bar steps, how often they poll the
    /// run's progress, and how many rejected rows they keep for the preview (the error report
    /// after the import has them all).
    static constexpr int kProgressSteps = 1000;
    static constexpr int kPollIntervalMs = 100;
    static constexpr int kCollectedRows =
        ImportPreviewModel::kMaximumRejectedRows + ImportSource::kDefaultPreviewRecords;

    explicit ImportRunner(QObject* parent = nullptr);
    /// Cancels a run still going and waits for it: the engine then rolls back.
    ~ImportRunner() override;

    /// Starts an import of `options` into the program at `programPath`. `problems` (may be null)
    /// is called on the worker thread and must outlive the run.
    void start(const QString& programPath, const ImportOptions& options, ImportProblemSink* problems);
    bool isRunning() const;
    /// Asks the run to stop at its next row; finished() follows with ImportResult::Status::Cancelled
    /// unless the import was already committing.
    void cancel();
    /// cancel(), then waits until the worker has ended.
    void cancelAndWait();
    bool cancelRequested() const { return m_progress->cancelRequested; }

    /// Shared with the worker: read it while the run goes (atomics).
    const ImportProgress& progress() const { return *m_progress; }
    /// What the last run did; valid after finished(). For a mentor file, the status, error, rows
    /// read and rejected, safety copy and time; its counts are in mentorResult().
    const ImportResult& result() const { return m_result; }
    /// What the last run of a mentor file did; valid after finished().
    const MentorImportResult& mentorResult() const { return m_mentorResult; }

Q_SIGNALS:
    void finished();

private:
    static ImportResult runMentorImport(QSqlDatabase db, const ImportOptions& options, ImportProgress* progress,
                                        ImportProblemSink* problems, MentorImportResult* mentorResult);

    DatabaseWorker* m_worker;
    std::unique_ptr<ImportProgress> m_progress;
    ImportResult m_result;
    MentorImportResult m_mentorResult;
};

} // namespace mentordesk
