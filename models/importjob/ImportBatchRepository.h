// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace mentordesk {

class ChangeFeed;

/// One recorded import (a row of import_batches).
struct ImportBatch {
    qint64 id = 0;
    QString kind; ///< "sellers" or "metrics"
    QString fileName;
    QString fileSha256;
    qint64 fileSize = 0;
    QString profile;
    QString actor;
    QDateTime startedUtc;
    QDateTime finishedUtc;
    qint64 rowsRead = 0;
    qint64 sellersAdded = 0;
    qint64 sellersUpdated = 0;
    qint64 sellersUnchanged = 0;
    qint64 rowsSkipped = 0;
    qint64 rowsRejected = 0;
    qint64 snapshotsAdded = 0;
    qint64 snapshotsUpdated = 0;
    qint64 snapshotsUnchanged = 0;
    QDateTime undoneUtc; ///< invalid while the import stands
    bool isUndone() const { return undoneUtc.isValid(); }
};

/// The program's import history, and undoing an import as a whole.
///
/// Only the most recent import that stands can be undone, so that an undo never restores values a
/// later import has since changed again. Undo deletes the sellers and snapshots the import added
/// and puts back the values of those it updated, in one transaction with an audit row; it refuses,
/// and says why, when a seller the import added has since been paired with a mentor or given a
/// cohort, because undoing would delete that work too.
///
/// A mentor import (MentorImport) is no batch: schema version 3 admits only seller and metrics
/// batches and changes, and mentors carry no batch id, so it is neither listed nor undone here
/// (docs/design-notes.md, "Mentor files in the import wizard").
class ImportBatchRepository {
    Q_DECLARE_TR_FUNCTIONS(ImportBatchRepository)
public:
    /// An undo is published on `feed` (when given) once committed.
    explicit ImportBatchRepository(QSqlDatabase db, ChangeFeed* feed = nullptr);

    /// Newest first.
    QList<ImportBatch> batches() const;
    /// The batch undo() would undo now, or 0.
    qint64 undoableBatch() const;
    /// Whether `batchId` can be undone; if not, `reason` says why.
    bool canUndo(qint64 batchId, QString* reason) const;
    bool undo(qint64 batchId, const QString& actor, QString* error);

private:
    QSqlDatabase m_db;
    ChangeFeed* m_feed;
};

} // namespace mentordesk
