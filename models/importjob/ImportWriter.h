// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportEngine.h"

#include "importing/ImportRowValidator.h"

#include <QList>
#include <QString>

namespace mentordesk {

/// Where ImportEngine puts the rows that passed validation: the database side of an import.
///
/// The engine owns the transaction; a writer matches, inserts and updates within it, and records
/// the batch. The interface passes one row at a time but promises nothing about when a row reaches
/// the database before finish(), so a PostgreSQL writer can buffer rows and send them with COPY
/// into a staging table, then upsert set-wise; the SQLite writer (SqliteImportWriter) uses
/// prepared statements on the C API instead, which is as fast as SQLite gets.
class ImportWriter {
public:
    /// What the engine knows before the first row.
    struct Setup {
        const ImportOptions* options = nullptr;
        const ImportRowValidator* validator = nullptr;
        QString fileName; ///< without the directory
        qint64 fileSize = 0;
        qint64 estimatedRows = 0; ///< from the file size and the first rows' length
        QString startedUtc;
    };

    virtual ~ImportWriter() = default;

    /// Records the batch and prepares to write. False with a sentence when the database refuses.
    virtual bool begin(const Setup& setup, QString* error) = 0;
    /// Writes one valid row. A row the database side rejects (a metrics row for an unknown seller,
    /// an e-mail shared by two stored sellers, ...) gets its reasons in `problems`; false with
    /// `error` means the database failed and the import must stop.
    virtual bool write(const ImportRowValidator::Row& row, QList<ImportProblem>* problems, QString* error) = 0;
    /// Completes the batch (indexes, counts) and fills the result's counts; the engine then writes
    /// the batch's audit row and commits or, for a dry run, rolls back.
    virtual bool finish(const QString& fileSha256, ImportResult* result, QString* error) = 0;
};

} // namespace mentordesk
