// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvDialect.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mentordesk {

/// Guesses the delimiter and whether there is a header row from the start of a CSV file.
///
/// Delimiter: each candidate (',' ';' tab '|') reads the sample with CsvReader, so delimiters
/// inside quoted values do not count. The winner is the candidate for which the largest share of
/// records has the same number of values, that number being above one; a record with broken
/// quoting counts as a mismatch, since a wrong delimiter is what usually breaks the quoting. Ties
/// go to more values, then to the order above. Excel's German `;` files with decimal commas are
/// why consistency comes first: ',' splits their numbers into more, but unequal, pieces.
///
/// Header row: the first record must be mostly (3/4) text that is neither a number nor a date,
/// with no value repeated. Then each column votes: a text title over numbers or dates, or a title
/// whose length differs from equally long values (IDs), is for a header; a number over numbers,
/// or a title that reappears among the values, is against. A first record of distinct text with
/// no vote against is taken as a header, because exports nearly always have one; the import
/// settings show the guess and the user can change it.
class CsvDialectDetector {
public:
    static constexpr int kDefaultRecordLimit = 50;

    /// `sample` is the decoded start of the file. Unless it is the whole file, its last record is
    /// ignored, as the end of the sample most likely cuts it. At most `recordLimit` records count.
    explicit CsvDialectDetector(QString sample, bool sampleIsWholeFile = false, int recordLimit = kDefaultRecordLimit);

    static QList<QChar> candidateDelimiters();

    /// The best candidate, or nothing when none splits the records into two or more values (a file
    /// with one column, or an empty sample).
    std::optional<QChar> detectDelimiter() const;
    /// Whether the first record, read with `delimiter`, names the columns.
    bool detectHeaderRow(QChar delimiter) const;
    /// The dialect; what the caller passes is taken as given, the rest is detected. The delimiter
    /// falls back to ',' when none can be detected.
    CsvDialect detect(std::optional<QChar> delimiter = std::nullopt,
                      std::optional<bool> hasHeaderRow = std::nullopt) const;

private:
    struct SampleRecord {
        QStringList fields;
        bool hasIssues = false;
    };

    QList<SampleRecord> readSample(QChar delimiter) const;

    QString m_sample;
    bool m_sampleIsWholeFile = false;
    int m_recordLimit = kDefaultRecordLimit;
};

} // namespace mentordesk
