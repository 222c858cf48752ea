// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/SellerOutcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVector>

#include <atomic>
#include <optional>

namespace mentordesk {

/// Every seller of the program with its pairings and cohort (snapshots not yet read).
struct ProgramSellers {
    QVector<SellerOutcome> sellers; ///< Ascending by id.
    QHash<qint64, int> indexById;   ///< sellers.id → index in `sellers`.
    QHash<qint64, qint64> menteeByPairing;
};

/// Reads the analytics' facts straight from the base tables (sellers, cohort_members, pairings,
/// seller_metric_snapshots) with one statement each: no statement per seller, so the cost is one
/// pass over the tables whatever the scope.
class BaseTableSource {
    Q_DECLARE_TR_FUNCTIONS(BaseTableSource)
public:
    explicit BaseTableSource(QSqlDatabase db);

    /// None on a database error (errorString() says which).
    std::optional<ProgramSellers> readSellers();
    /// Adds to the sellers whose ids are in `wanted` their snapshots dated on or before `asOf`
    /// (one pass ordered by seller and date). False on a database error or when cancelled.
    bool readSnapshots(ProgramSellers& program, const QSet<qint64>& wanted, const QDate& asOf,
                       const std::atomic_bool* cancelled);

    QString errorString() const { return m_error; }

private:
    /// Sets errorString() to `sentence` (a translated text with %1) filled with the database's text.
    bool fail(const QString& sentence, const QString& databaseText);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace mentordesk
