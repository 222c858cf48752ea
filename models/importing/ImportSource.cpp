// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSource.h"

#include "CsvDialectDetector.h"
#include "CsvReader.h"
#include "CsvRecord.h"
#include "ImportRowValidator.h"
#include "TextDecoder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mentordesk {

std::optional<ImportSource> ImportSource::inspect(const QString& filePath, const Overrides& overrides, QString* error,
                                                  int previewRecords)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::optional<ImportSource>();
    };
    const QString shownPath = QDir::toNativeSeparators(filePath);

    QFile file(filePath);
    if (QFileInfo(filePath).isDir())
        return fail(tr("“%1” is a folder, not a file. Choose the CSV file to import.").arg(shownPath));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("MentorDesk cannot read “%1”: %2. Check that the file exists and is readable.")
                        .arg(shownPath, file.errorString()));

    ImportSource source;
    source.filePath = filePath;
    source.fileSize = file.size();
    source.fileDate = QFileInfo(file).lastModified().toLocalTime().date();

    const QByteArray sample = file.read(kDetectionSampleBytes);
    const bool sampleIsWholeFile = file.atEnd();
    const QString emptyMessage = tr("“%1” is empty: it holds no rows to import.").arg(shownPath);
    if (sample.isEmpty() && sampleIsWholeFile)
        return fail(emptyMessage);

    source.encoding =
        overrides.encoding.isValid() ? overrides.encoding : TextEncoding::detect(sample, sampleIsWholeFile);

    // Detection only needs the delimiter and the header when the user did not choose both.
    if (overrides.delimiter && overrides.hasHeaderRow) {
        source.dialect = CsvDialect{*overrides.delimiter, *overrides.hasHeaderRow};
    } else {
        TextDecoder decoder(source.encoding);
        QString text;
        decoder.decode(sample, &text);
        if (sampleIsWholeFile)
            decoder.finish(&text);
        // The byte-order mark would otherwise become part of the first header name.
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        source.dialect =
            CsvDialectDetector(text, sampleIsWholeFile).detect(overrides.delimiter, overrides.hasHeaderRow);
    }

    if (!file.seek(0))
        return fail(tr("MentorDesk cannot read “%1”: %2. Check that the file exists and is readable.")
                        .arg(shownPath, file.errorString()));
    CsvReader reader(&file, source.encoding, source.dialect.delimiter);
    CsvRecord record;
    QStringList header;
    bool headerRead = !source.dialect.hasHeaderRow;
    bool anyRecord = false;
    bool readAll = true;
    int widest = 0;
    while (reader.readRecord(&record)) {
        anyRecord = true;
        if (!headerRead) {
            header = record.fields();
            widest = int(header.size());
            headerRead = true;
            continue;
        }
        if (source.previewRows.size() >= previewRecords) {
            readAll = false;
            break;
        }
        source.previewRows.append(record.fields());
        source.previewLines.append(record.lineNumber());
        widest = qMax(widest, record.fieldCount());
    }
    if (reader.hasError())
        return fail(tr("MentorDesk cannot read “%1”: %2").arg(shownPath, reader.errorString()));
    // Blank lines only are as empty as no bytes at all.
    if (!anyRecord)
        return fail(emptyMessage);
    source.previewIsWholeFile = readAll;

    // A record wider than the header gets names for its extra columns in the style of a file
    // without a header, so that every value of the preview has a column to be mapped from.
    const QStringList defaultNames = ImportRowValidator::defaultColumnNames(widest);
    source.columnNames = header;
    for (int column = int(header.size()); column < widest; ++column)
        source.columnNames.append(defaultNames.at(column));
    return source;
}

} // namespace mentordesk
