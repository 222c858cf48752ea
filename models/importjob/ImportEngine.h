// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportOptions.h"

#include "importing/ImportProblem.h"

#include <atomic>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace mentordesk {

class ImportProblemSink;

/// Shared between an import running in a worker thread and the window watching it.
struct ImportProgress {
    std::atomic<qint64> bytesRead{0};
    std::atomic<qint64> totalBytes{0};
    std::atomic<qint64> rowsRead{0};
    /// Set from any thread; the import stops at the next row and leaves the program as it was.
    std::atomic<bool> cancelRequested{false};
    /// Set while the rows are written and the indexes rebuilt, when cancelling is no longer quick.
    std::atomic<bool> committing{false};
};

/// A seller of the file that is already in the program and whose values the file would change:
/// what the wizard's duplicates page lists for DuplicatePolicy::Ask.
struct ImportDuplicate {
    qint64 line = 0;
    QString externalId;
    QString shopName;
    /// "Shop name: Old → New", one per field the row changes.
    QStringList changes;
};

/// What an import did (or, in a dry run, would do).
struct ImportResult {
    enum class Status {
        Imported,  ///< committed; batchId names the batch
        DryRun,    ///< counted and rolled back
        Cancelled, ///< stopped by the user; nothing written
        Failed,    ///< the file or the database failed midway; nothing written; see error
        Unusable,  ///< the options cannot work (no file, required field unmapped, ...); see error
    };
    Status status = Status::Failed;
    QString error; ///< a sentence for the user when status is Failed or Unusable

    qint64 rowsRead = 0;
    qint64 sellersAdded = 0;
    qint64 sellersUpdated = 0;
    qint64 sellersUnchanged = 0;
    qint64 rowsSkipped = 0; ///< existing sellers left alone by the duplicate policy
    qint64 rowsRejected = 0;
    qint64 snapshotsAdded = 0;
    qint64 snapshotsUpdated = 0;
    qint64 snapshotsUnchanged = 0;
    /// Values of open vocabularies (category, country, time zone) the program did not have
    /// before: field key → values, sorted.
    QMap<QString, QStringList> newValues;
    /// The existing sellers the file changes (first kMaximumDuplicates).
    QList<ImportDuplicate> duplicates;
    qint64 duplicateCount = 0;

    qint64 batchId = 0;
    QString safetyCopyPath;
    /// The import took the bulk path (indexes dropped and rebuilt); see SqliteImportWriter.
    bool usedBulkPath = false;
    double seconds = 0;
    /// Where the time went: the safety copy, reading and writing the rows, rebuilding indexes and
    /// recording the batch, and the commit. For the benchmark's breakdown.
    double safetyCopySeconds = 0;
    double rowsSeconds = 0;
    double finishSeconds = 0;
    double commitSeconds = 0;

    bool succeeded() const { return status == Status::Imported || status == Status::DryRun; }
};

/// Imports a seller or metrics file into a program: streams the file through the reader and the
/// row validator, and writes every valid row in one transaction, so that the program either has
/// the whole import or none of it. Each import is recorded as a batch (file name, SHA-256, counts,
/// who, when, profile) that ImportBatchRepository can undo as a whole.
///
/// Sellers are matched by the marketplace seller ID, else by their e-mail address (ignoring the
/// case of ASCII letters); a row whose e-mail matches two stored sellers is rejected. An empty
/// cell never erases a stored value. Metric snapshots are matched by seller and date: a second
/// snapshot for the same day updates the first.
///
/// Writing uses prepared statements on SQLite's C API. An import that adds many rows relative to
/// what the program holds drops the seller sort indexes, the search-index trigger and the
/// latest-metrics trigger inside the transaction and rebuilds them before committing: building an
/// index once from sorted data is several times faster than updating it a million times.
///
/// run() blocks; call it from a worker thread with a connection of its own
/// (ProgramDatabase::openConnection()).
class ImportEngine {
    Q_DECLARE_TR_FUNCTIONS(ImportEngine)
public:
    static constexpr int kMaximumDuplicates = 10000;

    explicit ImportEngine(QSqlDatabase db);

    ImportResult run(const ImportOptions& options, ImportProgress* progress = nullptr,
                     ImportProblemSink* problems = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace mentordesk
