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
    QString kind; ///< "sellers", "metrics" or "mentors"
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
    qint64 mentorsAdded = 0; ///< the counts of a mentor import (the seller counts stay 0)
    qint64 mentorsUpdated = 0;
    qint64 mentorsUnchanged = 0;
    QDateTime undoneUtc; ///< invalid while the import stands
    bool isUndone() const { return undoneUtc.isValid(); }
};

/// The program's import history, and undoing an import as a whole.
///
/// Only the most recent import that stands, of whichever kind, can be undone, so that an undo never
/// restores values a later import has since changed again. Undo deletes the sellers, snapshots or
/// mentors the import added and puts back the values of those it updated (a mentor's lists too,
/// row by row), in one transaction with an audit row. It refuses, and says why, when undoing would
/// delete work done since on what the import added (a seller paired with a mentor, given a cohort
/// or made a mentor; a mentor paired, proposed or pinned in a match run still open, or with
/// declared conflicts of interest), or would lose edits made since to what it added or updated
/// (audit rows after the import finished).
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
