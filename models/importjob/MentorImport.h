// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changes/ChangeEvent.h"
#include "ImportOptions.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

namespace mentordesk {

class ImportProblemSink;
struct ImportProgress;

/// What a mentor import did (or, for a dry run, would do).
struct MentorImportResult {
    enum class Status { Done, Cancelled, Unusable, Failed };
    Status status = Status::Done;
    QString error; ///< a sentence when not Done
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    bool dryRun = false;
    qint64 batchId = 0;     ///< the import_batches row; 0 for a dry run or a failed import
    QString safetyCopyPath; ///< empty when none was made

    bool succeeded() const { return status == Status::Done; }
    /// What to publish on the program's ChangeFeed once the import committed, so that the mentor
    /// views re-read.
    ChangeEvent changeEvent() const;
};

/// Imports a mentor file (ImportKind::Mentors) into a program: reads and validates every row over
/// the import core (CsvReader, ImportRowValidator), then adds and updates mentors in one
/// transaction, after a safety copy of the program. Mentors number in the thousands, so this is a
/// plain row-by-row upsert, separate from the seller engine's bulk path.
///
/// A row names its mentor by mentor ID, else by e-mail (ignoring case); an unknown mentor is added
/// (it then needs a name). An empty cell never erases a stored value; a list cell (categories,
/// industries, skills, languages, channels; see MentorListCells) replaces the whole list. A row
/// with a cell that cannot be read, or that the program refuses, is rejected with its line, column,
/// value and reason, and the other rows are still imported; anything else going wrong, or a
/// cancel, rolls everything back. A dry run counts, then rolls back. The import is a batch of the
/// program's import history (import_batches, kind "mentors"), which ImportBatchRepository can undo
/// as a whole; one audit row records it.
class MentorImport {
    Q_DECLARE_TR_FUNCTIONS(MentorImport)

public:
    explicit MentorImport(QSqlDatabase db);

    /// Uses options' file, encoding, dialect, mapping, number style, date order, dryRun,
    /// safetyCopy and actor. `cancel` (may be null) is polled between rows. `progress` (may be
    /// null; the wizard's) learns the rows written, the file's share they stand for, and when the
    /// import commits; its own cancel flag is not read, pass it as `cancel`.
    MentorImportResult run(const ImportOptions& options, const std::atomic_bool* cancel, ImportProblemSink* problems,
                           ImportProgress* progress = nullptr);

    /// Why `mapping` cannot import mentors (no column for the mentor ID or the e-mail, which name
    /// the mentor of a row), or an empty string.
    static QString mappingProblem(const ColumnMapping& mapping);

private:
    /// Inserts the import_batches row the written mentors refer to.
    bool startBatch(const ImportOptions& options, MentorImportResult* result);
    /// Records the counts in the batch and the import in the audit log, then commits, or rolls
    /// back a dry run.
    void finish(const ImportOptions& options, MentorImportResult* result);
    /// The batch's counts, file hash and finish time; false with `error` set when not written.
    bool finishBatch(const ImportOptions& options, const MentorImportResult& result, QString* error);
    bool makeSafetyCopy(MentorImportResult* result) const;

    QSqlDatabase m_db;
};

} // namespace mentordesk
