// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace mentordesk {

/// One record of a CSV file as CsvReader read it: the values, where the record starts in the file,
/// and what was wrong with its quoting or its bytes.
///
/// The values share one buffer that CsvReader reuses for the next record, so reading a file
/// allocates nothing per value; views returned by field() are valid until the next readRecord().
class CsvRecord {
public:
    /// Something CsvReader had to repair or replace. The record still carries its values; whether
    /// to import it is the caller's decision, and the message tells the user what happened.
    struct Issue {
        enum class Kind {
            QuoteInUnquotedValue,  ///< `ab"c`: the quote is kept as a character
            TextAfterClosingQuote, ///< `"ab"c`: the text is appended to the value
            UnterminatedQuote,     ///< the file ends inside a quoted value
            InvalidBytes,          ///< bytes that are not valid in the encoding, replaced by U+FFFD
        };
        Kind kind;
        qint64 lineNumber; ///< 1-based physical line the problem is on
        int column;        ///< 1-based; 0 when the problem is not tied to one value
        QString message;   ///< a sentence for the user, translated
    };

    /// Number of values; compare it with the header's to find ragged rows.
    int fieldCount() const { return int(m_fieldEnds.size()); }
    /// The value at `index` (0-based), or an empty view when the record has no such value.
    QStringView field(int index) const;
    /// Copies of all values.
    QStringList fields() const;

    /// 1-based physical line of the file where the record starts. Line ends inside quoted values
    /// count, so this is the line a text editor shows.
    qint64 lineNumber() const { return m_lineNumber; }
    /// 1-based position of the record in the file, the header included; blank lines do not count.
    qint64 recordNumber() const { return m_recordNumber; }

    const QList<Issue>& issues() const { return m_issues; }
    bool hasIssues() const { return !m_issues.isEmpty(); }

private:
    friend class CsvReader;

    void reset();

    QString m_text;
    QList<qsizetype> m_fieldEnds;
    QList<Issue> m_issues;
    qint64 m_lineNumber = 0;
    qint64 m_recordNumber = 0;
};

} // namespace mentordesk
