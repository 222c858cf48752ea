// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvRecord.h"
#include "TextEncoding.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;

namespace mentordesk {

class TextDecoder;

/// Reads CSV (RFC 4180) one record at a time, from a device in fixed-size chunks, so memory stays
/// the same whatever the size of the file: one chunk of bytes, its decoded text, and the record
/// being read.
///
/// What it accepts, beyond RFC 4180:
///  - any delimiter except the quote and line ends (',' ';' tab '|' in practice);
///  - CRLF, LF and a lone CR as line ends, mixed in one file; inside quoted values they are kept
///    exactly as they are;
///  - a byte-order mark at the start, which is dropped;
///  - a last record without a line end;
///  - blank lines, which are skipped: they hold no value, and exports put them at the end.
///
/// Nothing is guessed silently. Ragged rows come back with the values they have; the caller
/// compares fieldCount() with the header's. Broken quoting is read leniently, the way Excel and
/// Python's csv module read it, and reported as a CsvRecord::Issue with line and column:
///  - a quote inside a value that does not start with one (`ab"c`) is kept as a character;
///  - text after a closing quote (`"ab"c`) is appended to the value (`abc`), and a later quote in
///    that value is kept as a character;
///  - a quoted value still open at the end of the file takes everything up to the end, line ends
///    included (the issue names the line the value starts on);
///  - bytes that are not valid in the encoding become U+FFFD, and the record reports them.
/// Two problems stop the reading instead (readRecord() returns false and hasError() is true): the
/// device fails, or a record grows beyond maximumRecordLength() characters, which in practice
/// means a missing quote swallowing the file.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    /// Bytes asked from the device at a time.
    static constexpr qint64 kDefaultChunkSize = 64 * 1024;
    static constexpr qsizetype kDefaultMaximumRecordLength = 8 * 1024 * 1024;

    /// Reads `device`, which must be open for reading, decoding its bytes in `encoding`. The
    /// reader does not own the device.
    CsvReader(QIODevice* device, const TextEncoding& encoding, QChar delimiter);
    /// Reads text that is already decoded, such as the sample CsvDialectDetector inspects.
    CsvReader(QString text, QChar delimiter);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /// Changes the number of bytes read from the device at a time (at least 1).
    void setChunkSize(qint64 bytes);
    qint64 chunkSize() const { return m_chunkSize; }
    void setMaximumRecordLength(qsizetype characters) { m_maximumRecordLength = characters; }
    qsizetype maximumRecordLength() const { return m_maximumRecordLength; }

    /// Reads the next record into `record`, reusing its memory. Returns false at the end of the
    /// input and on an error; hasError() tells them apart.
    bool readRecord(CsvRecord* record);

    bool hasError() const { return !m_error.isEmpty(); }
    /// What stopped the reading, as a sentence for the user.
    QString errorString() const { return m_error; }

    QChar delimiter() const { return m_delimiter; }
    /// Bytes taken from the device so far, for a progress bar.
    qint64 bytesRead() const { return m_bytesRead; }
    /// Characters the decoded-text buffer can hold. It stays at about one chunk whatever the size
    /// of the file (one chunk and one line for encodings that ICU decodes); tests check that.
    qsizetype bufferCapacity() const { return m_text.capacity(); }

private:
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool refill(CsvRecord* record);
    void decodeNextChunk();
    void noteInvalidBytes(qsizetype invalidCount);
    void countLineEnd(char16_t lineEnd, qsizetype position);
    void finishRecord(CsvRecord* record);
    void addIssue(CsvRecord* record, CsvRecord::Issue::Kind kind, qint64 lineNumber) const;
    void fail(const QString& message);

    QIODevice* m_device = nullptr;
    std::unique_ptr<TextDecoder> m_decoder;
    QChar m_delimiter;
    qint64 m_chunkSize = kDefaultChunkSize;
    qsizetype m_maximumRecordLength = kDefaultMaximumRecordLength;

    QByteArray m_bytes;
    /// Decoded text; everything before m_position has been parsed into records.
    QString m_text;
    qsizetype m_position = 0;
    /// Characters decoded before m_text, so that positions can be compared across chunks.
    qint64 m_textStart = 0;
    bool m_atStart = true;
    bool m_inputEnded = false;
    qint64 m_bytesRead = 0;

    qint64 m_lineNumber = 1;
    /// Position (m_textStart-based) of the last CR, so that the LF of a CRLF split across two
    /// chunks does not count as a second line end.
    qint64 m_lastCarriageReturn = -2;
    qint64 m_quoteLineNumber = 0;
    qint64 m_recordCount = 0;

    /// Positions in m_text of characters that replaced invalid bytes and were not parsed yet.
    QList<qsizetype> m_invalidPositions;
    bool m_recordHasInvalidBytes = false;

    QString m_error;
};

} // namespace mentordesk
