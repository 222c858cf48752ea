// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TableSpec.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QStringList>
#include <QVector>

namespace mentordesk {

class RecordRepository;

/// What deleting a record would take with it, for the confirmation dialog.
struct DeletePlan {
    QString name;             ///< The record, as the user knows it.
    QString blockedReason;    ///< Non-empty when the delete is not allowed.
    QStringList consequences; ///< e.g. "12 metric snapshots", one line per dependent kind.
    bool isBlocked() const { return !blockedReason.isEmpty(); }
};

/// A record together with every row that depends on it, captured before a delete so the
/// delete can be undone exactly (same ids, same dependents).
class RecordGraph {
    Q_DECLARE_TR_FUNCTIONS(RecordGraph)
public:
    static DeletePlan plan(const RecordRepository& records, const TableSpec& spec, qint64 id);

    /// Captures the record and its dependents, deletes them and logs it, in one transaction.
    bool remove(RecordRepository& records, const TableSpec& spec, qint64 id);
    /// Puts back exactly what remove() took away, in one transaction.
    bool restore(RecordRepository& records, const TableSpec& spec);

    QString errorString() const { return m_error; }

private:
    struct CapturedTable {
        QString table;
        QVector<QSqlRecord> rows;
    };
    struct ClearedReference {
        QString table;
        QString column;
        QVector<qint64> ids;
    };

    bool capture(QSqlDatabase db, const TableSpec& spec, qint64 id);
    /// Records a database failure as a sentence for the user; returns false.
    bool fail(const QString& databaseMessage);
    bool captureRows(QSqlDatabase db, const QString& table, const QString& column, const QVector<qint64>& ids,
                     QVector<qint64>* capturedIds);

    qint64 m_id = 0;
    QString m_name;
    QVector<CapturedTable> m_tables; // parents first
    QVector<ClearedReference> m_clearedReferences;
    QString m_error;
};

} // namespace mentordesk
