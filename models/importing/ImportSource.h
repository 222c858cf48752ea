// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvDialect.h"
#include "TextEncoding.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace mentordesk {

/// What the start of a file to import looks like: its encoding and dialect (detected unless the
/// user chose them), the header names, and the first records. The wizard's preview and the
/// headless command both start from here, so they read a file alike.
class ImportSource {
    Q_DECLARE_TR_FUNCTIONS(ImportSource)
public:
    /// Bytes of the file read to detect the encoding and the dialect.
    static constexpr qint64 kDetectionSampleBytes = 64 * 1024;
    static constexpr int kDefaultPreviewRecords = 200;

    /// What the user chose; anything left empty is detected.
    struct Overrides {
        TextEncoding encoding = TextEncoding::fromName(QString()); ///< invalid: detect
        std::optional<QChar> delimiter;
        std::optional<bool> hasHeaderRow;
    };

    /// Reads the start of `filePath`. Returns nothing, with a sentence in `error`, when the file
    /// cannot be read or holds no record at all (an empty file).
    static std::optional<ImportSource> inspect(const QString& filePath, const Overrides& overrides, QString* error,
                                               int previewRecords = kDefaultPreviewRecords);

    QString filePath;
    qint64 fileSize = 0;
    /// The day the file was last written, the default export date of the snapshots it carries.
    QDate fileDate;
    TextEncoding encoding;
    CsvDialect dialect;
    /// The header row's names; "Column 1", "Column 2", ... (ImportRowValidator::defaultColumnNames)
    /// without a header row. As many as the widest of the first records.
    QStringList columnNames;
    /// The first data records (the header row excluded), their values and their 1-based lines.
    QList<QStringList> previewRows;
    QList<qint64> previewLines;
    /// The sample holds every record of the file.
    bool previewIsWholeFile = false;
};

} // namespace mentordesk
