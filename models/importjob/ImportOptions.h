// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/ColumnMapping.h"
#include "importing/CsvDialect.h"
#include "importing/ImportField.h"
#include "importing/TextEncoding.h"
#include "importing/ValueConverter.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>

namespace mentordesk {

/// What happens to a row of a seller file whose seller is already in the program.
enum class DuplicatePolicy {
    Skip,   ///< the stored seller stays as it is; the row is counted as skipped
    Update, ///< the row's non-empty values replace the stored ones
    Ask,    ///< ImportOptions::linesToUpdate lists the rows the user chose to update; others skip
};

/// Everything an import run needs to know: the file and how to read it, the mapping, and what to
/// do with sellers that exist. The wizard fills it page by page; the headless command from its
/// options and ImportSource.
struct ImportOptions {
    ImportKind kind = ImportKind::SellerProfiles;
    QString filePath;
    TextEncoding encoding;
    CsvDialect dialect;
    ColumnMapping mapping;
    NumberStyle numberStyle = NumberStyle::Auto; ///< Auto: detected from the first rows
    DateOrder dateOrder = DateOrder::Auto;       ///< Auto: detected from the first rows
    QHash<QString, RateScale> rateScales;        ///< field key → scale; missing: detected
    /// The date of the snapshot for rows without a mapped snapshot date (the export date).
    QDate exportDate;
    /// The data rows to import, 1-based, the header row not counted; lastRow 0 means to the end.
    qint64 firstRow = 1;
    qint64 lastRow = 0;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Update;
    /// With DuplicatePolicy::Ask: the file lines (ImportProblem::line numbering) to update.
    QSet<qint64> linesToUpdate;
    QString profileName; ///< recorded with the batch; empty when none was used
    QString actor;       ///< who imports, recorded with the batch
    /// Runs everything, then rolls back: the counts of new / updated / unchanged / rejected rows
    /// without changing the program.
    bool dryRun = false;
    /// Copies the program file (VACUUM INTO, next to it) before the import writes anything.
    bool safetyCopy = true;
};

} // namespace mentordesk
