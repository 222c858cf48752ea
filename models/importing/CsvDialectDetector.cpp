// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvDialectDetector.h"

#include "CsvReader.h"

#include <QHash>
#include <QSet>

namespace mentordesk {

namespace {

enum class Shape { Empty, Number, Text };

/// Numbers, amounts, percentages, dates and times all count as numbers: whatever their format,
/// they are values, never column titles.
Shape shapeOf(QStringView value)
{
    const QStringView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return Shape::Empty;
    static const QString kNumberPunctuation = QStringLiteral(".,'/-+:%()€$£¥");
    bool hasDigit = false;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            hasDigit = true;
        else if (!c.isSpace() && !kNumberPunctuation.contains(c))
            return Shape::Text;
    }
    return hasDigit ? Shape::Number : Shape::Text;
}

/// How well one candidate delimiter splits the sample.
struct Split {
    int matching = 0; ///< records with the most common number of values
    int total = 0;
    int fieldCount = 0; ///< that most common number

    /// More consistent first, then more values; the candidates' order breaks remaining ties.
    bool isBetterThan(const Split& other) const
    {
        const qint64 mine = qint64(matching) * other.total;
        const qint64 theirs = qint64(other.matching) * total;
        if (mine != theirs)
            return mine > theirs;
        return fieldCount > other.fieldCount;
    }
};

} // namespace

CsvDialectDetector::CsvDialectDetector(QString sample, bool sampleIsWholeFile, int recordLimit)
    : m_sample(std::move(sample))
    , m_sampleIsWholeFile(sampleIsWholeFile)
    , m_recordLimit(qMax(1, recordLimit))
{
}

QList<QChar> CsvDialectDetector::candidateDelimiters()
{
    return {u',', u';', u'\t', u'|'};
}

QList<CsvDialectDetector::SampleRecord> CsvDialectDetector::readSample(QChar delimiter) const
{
    CsvReader reader(m_sample, delimiter);
    CsvRecord record;
    QList<SampleRecord> records;
    // One more than needed: if the sample runs out first, its last record is the cut one.
    while (records.size() <= m_recordLimit && reader.readRecord(&record))
        records.append(SampleRecord{record.fields(), record.hasIssues()});
    if (records.size() > m_recordLimit)
        records.removeLast();
    else if (!m_sampleIsWholeFile && !records.isEmpty())
        records.removeLast();
    return records;
}

std::optional<QChar> CsvDialectDetector::detectDelimiter() const
{
    std::optional<QChar> best;
    Split bestSplit;
    for (const QChar candidate : candidateDelimiters()) {
        const QList<SampleRecord> records = readSample(candidate);
        QHash<int, int> recordsByFieldCount;
        for (const SampleRecord& record : records) {
            if (!record.hasIssues)
                ++recordsByFieldCount[int(record.fields.size())];
        }
        Split split;
        split.total = int(records.size());
        for (auto it = recordsByFieldCount.cbegin(); it != recordsByFieldCount.cend(); ++it) {
            if (it.value() > split.matching || (it.value() == split.matching && it.key() > split.fieldCount)) {
                split.matching = it.value();
                split.fieldCount = it.key();
            }
        }
        if (split.fieldCount > 1 && (!best || split.isBetterThan(bestSplit))) {
            best = candidate;
            bestSplit = split;
        }
    }
    return best;
}

bool CsvDialectDetector::detectHeaderRow(QChar delimiter) const
{
    const QList<SampleRecord> records = readSample(delimiter);
    if (records.isEmpty())
        return false;
    const QStringList& first = records.first().fields;

    int nonEmpty = 0;
    int text = 0;
    QSet<QString> titles;
    for (const QString& value : first) {
        const Shape shape = shapeOf(value);
        if (shape == Shape::Empty)
            continue;
        ++nonEmpty;
        if (shape != Shape::Text)
            continue;
        ++text;
        const QString title = value.trimmed().toCaseFolded();
        if (titles.contains(title))
            return false;
        titles.insert(title);
    }
    if (nonEmpty == 0 || nonEmpty * 2 < first.size() || text * 4 < nonEmpty * 3)
        return false;

    int votes = 0;
    for (int column = 0; column < first.size(); ++column) {
        const Shape titleShape = shapeOf(first.at(column));
        if (titleShape == Shape::Empty)
            continue;
        QStringList values;
        for (qsizetype row = 1; row < records.size(); ++row) {
            const QStringList& fields = records.at(row).fields;
            if (column < fields.size() && shapeOf(fields.at(column)) != Shape::Empty)
                values << fields.at(column).trimmed();
        }
        if (values.isEmpty())
            continue;
        const auto numbers = std::count_if(values.cbegin(), values.cend(),
                                           [](const QString& value) { return shapeOf(value) == Shape::Number; });
        if (numbers * 2 > values.size()) {
            votes += titleShape == Shape::Text ? 1 : -1;
            continue;
        }
        const QString title = first.at(column).trimmed();
        const bool titleRepeats = std::any_of(values.cbegin(), values.cend(), [&title](const QString& value) {
            return value.compare(title, Qt::CaseInsensitive) == 0;
        });
        const bool equalLengths =
            values.size() >= 2 && std::all_of(values.cbegin(), values.cend(), [&values](const QString& value) {
                return value.size() == values.first().size();
            });
        if (titleRepeats)
            --votes;
        else if (equalLengths && title.size() != values.first().size())
            ++votes;
    }
    return votes >= 0;
}

CsvDialect CsvDialectDetector::detect(std::optional<QChar> delimiter, std::optional<bool> hasHeaderRow) const
{
    CsvDialect dialect;
    dialect.delimiter = delimiter ? *delimiter : detectDelimiter().value_or(dialect.delimiter);
    dialect.hasHeaderRow = hasHeaderRow ? *hasHeaderRow : detectHeaderRow(dialect.delimiter);
    return dialect;
}

} // namespace mentordesk
