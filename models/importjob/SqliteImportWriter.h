// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportWriter.h"

#include "domain/EntityKind.h"

#include "storage/SqliteStatement.h"

#include <memory>
#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QSet>
#include <QStringList>
#include <QVector>
#include <vector>

namespace mentordesk {

/// Writes an import into a SQLite program with prepared statements on the C API (binding through
/// QSqlQuery costs about four times as much per row).
///
/// An import of at least kBulkThreshold rows into a program holding less than half as many takes the
/// bulk path: inside the engine's transaction it drops the sort indexes and the triggers that keep
/// the search index and the latest metrics current, writes, then builds the indexes once from the
/// finished table and fills the search index for the new rows. SQLite builds an index from sorted
/// data several times faster than it updates one row by row, and the drop is part of the
/// transaction, so a failure or a cancel rolls it back with the rows. The unique seller ID index
/// and the e-mail index stay: every row looks them up.
class SqliteImportWriter : public ImportWriter {
    Q_DECLARE_TR_FUNCTIONS(SqliteImportWriter)
public:
    static constexpr qint64 kBulkThreshold = 20000;

    explicit SqliteImportWriter(sqlite3* db);
    ~SqliteImportWriter() override;

    bool begin(const Setup& setup, QString* error) override;
    bool write(const ImportRowValidator::Row& row, QList<ImportProblem>* problems, QString* error) override;
    bool finish(const QString& fileSha256, ImportResult* result, QString* error) override;

    bool usesBulkPath() const { return m_bulk; }

private:
    /// A column of sellers or seller_metric_snapshots the mapping fills.
    struct Column {
        int field = -1; ///< index into ImportField::fields(kind)
        QByteArray name;
        QVariant notNullDefault; ///< the catalogue's schema default, bound instead of an empty value
    };
    struct Stored {
        qint64 id = 0;
        bool found = false;
        bool byEmail = false; ///< the e-mail statement holds the stored values, not the ID one
    };

    bool prepareStatements(QString* error);
    bool dropForBulk(QString* error);
    bool rebuildAfterBulk(QString* error);
    bool findSeller(const ImportRowValidator::Row& row, Stored* seller, QList<ImportProblem>* problems, QString* error);
    bool insertSeller(const ImportRowValidator::Row& row, qint64* id, QString* error);
    bool updateSeller(const ImportRowValidator::Row& row, qint64 id, quint64 changedColumns,
                      const QByteArray& oldValues, QString* error);
    /// The snapshot values a row's return rate gives: returned orders (with the row's orders), or
    /// the rate itself as given (without them).
    struct Derived {
        QVariant returnedOrders;
        QVariant returnRate;
    };
    /// Inserts or updates the row's snapshot of seller `sellerId`.
    bool upsertSnapshot(const ImportRowValidator::Row& row, qint64 sellerId, bool sellerIsNew, const Derived& derived,
                        QList<ImportProblem>* problems, QString* error);
    SqliteStatement* updateStatement(bool snapshot, quint64 changedColumns, QString* error);
    bool recordChange(EntityKind entity, qint64 id, const QByteArray& oldValues, QString* error);
    /// Derives returned orders from a return rate and the orders of the row; without orders, the
    /// rate is kept as given.
    void returnedOrders(const ImportRowValidator::Row& row, QVariant* returned, QVariant* rate) const;
    /// Gives the row's category, country and time zone the spelling the program uses; values the
    /// program does not know yet go to `newValues` (field, value).
    void canonicaliseVocabulary(ImportRowValidator::Row* row, QList<QPair<int, QString>>* newValues);
    /// Notes that the file named snapshot `id`; false when an earlier row did.
    bool claimSnapshot(qint64 id);
    QString changeText(const Column& column, const SqliteStatement& stored, int storedColumn,
                       const QVariant& value) const;
    /// A problem on the seller ID cell of `row`.
    ImportProblem sellerIdProblem(const ImportRowValidator::Row& row, const QString& reason) const;
    /// Notes that the file's `line` names seller `id`; false, with the line that named it first,
    /// when an earlier row did.
    bool claimSeller(qint64 id, qint64 line, qint64* firstLine);
    QString sqliteError() const;
    bool exec(const char* sql, QString* error);

    sqlite3* m_db = nullptr;
    Setup m_setup;
    ImportKind m_kind = ImportKind::SellerProfiles;
    bool m_bulk = false;
    qint64 m_batchId = 0;
    qint64 m_sellersBefore = 0;
    qint64 m_maxSellerIdBefore = 0;
    QString m_now;

    int m_externalIdField = -1;
    int m_emailField = -1;
    int m_snapshotDateField = -1;
    int m_ordersField = -1;
    int m_returnedOrdersField = -1;
    int m_returnRateField = -1;
    QVector<Column> m_sellerColumns;         ///< mapped seller columns, external_id first
    QVector<Column> m_snapshotColumns;       ///< mapped metric columns and returned_orders (from the rate)
    int m_returnedOrdersSnapshotColumn = -1; ///< index into m_snapshotColumns, or -1
    int m_returnRateSnapshotColumn = -1;     ///< index into m_snapshotColumns, or -1

    /// Open vocabularies: field → (case-folded value → the spelling the program uses).
    QHash<int, QHash<QString, QString>> m_vocabulary;
    QHash<int, QSet<QString>> m_newValues;

    SqliteStatement m_findById;
    SqliteStatement m_findByEmail;
    SqliteStatement m_insertSeller;
    SqliteStatement m_findSnapshot;
    SqliteStatement m_insertSnapshot;
    SqliteStatement m_latestMetrics;
    SqliteStatement m_insertChange;
    QHash<quint64, std::shared_ptr<SqliteStatement>> m_sellerUpdates;
    QHash<quint64, std::shared_ptr<SqliteStatement>> m_snapshotUpdates;
    QStringList m_droppedSql;
    /// Seller id → the file line that named it first (0: none yet). Repeated sellers are found here
    /// rather than in a hash of the file's keys, so memory follows the program's size (8 bytes a
    /// seller), not the file's.
    std::vector<qint64> m_sellerLines;
    /// Snapshot id → named by a row of the file already (a bit per snapshot of the program).
    std::vector<bool> m_snapshotsSeen;

    ImportResult m_counts;
};

} // namespace mentordesk
