// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include "TextDecoder.h"

#include <QIODevice>

namespace mentordesk {

namespace {

constexpr char16_t kQuote = u'"';
constexpr char16_t kCarriageReturn = u'\r';
constexpr char16_t kLineFeed = u'\n';
constexpr char16_t kByteOrderMark = 0xFEFF;
constexpr char16_t kSubstitute = 0x1A;

bool isLineEnd(char16_t c)
{
    return c == kCarriageReturn || c == kLineFeed;
}

} // namespace

CsvReader::CsvReader(QIODevice* device, const TextEncoding& encoding, QChar delimiter)
    : m_device(device)
    , m_decoder(std::make_unique<TextDecoder>(encoding))
    , m_delimiter(delimiter)
{
    m_bytes.resize(m_chunkSize);
    if (!encoding.isValid()) {
        fail(tr("The encoding “%1” cannot be read on this computer. Choose another encoding.").arg(encoding.name()));
    } else if (!device || !device->isReadable()) {
        fail(tr("The file is not open for reading."));
    }
    if (m_delimiter == QChar(kQuote) || isLineEnd(m_delimiter.unicode())) {
        fail(tr("Values cannot be separated by a quotation mark or a line end. Choose another delimiter."));
    }
}

CsvReader::CsvReader(QString text, QChar delimiter)
    : m_delimiter(delimiter)
    , m_text(std::move(text))
    , m_inputEnded(true)
{
    if (m_delimiter == QChar(kQuote) || isLineEnd(m_delimiter.unicode())) {
        fail(tr("Values cannot be separated by a quotation mark or a line end. Choose another delimiter."));
    }
    m_atStart = false;
    if (!m_text.isEmpty() && m_text.front().unicode() == kByteOrderMark)
        m_position = 1;
}

CsvReader::~CsvReader() = default;

void CsvReader::setChunkSize(qint64 bytes)
{
    m_chunkSize = qMax<qint64>(1, bytes);
    m_bytes.resize(m_chunkSize);
}

bool CsvReader::readRecord(CsvRecord* record)
{
    using Kind = CsvRecord::Issue::Kind;
    record->reset();
    if (hasError())
        return false;
    const char16_t delimiter = m_delimiter.unicode();
    State state = State::RecordStart;
    for (;;) {
        if (m_position == m_text.size() && !refill(record)) {
            if (hasError() || state == State::RecordStart)
                return false;
            if (state == State::Quoted)
                addIssue(record, Kind::UnterminatedQuote, m_quoteLineNumber);
            record->m_fieldEnds.append(record->m_text.size());
            finishRecord(record);
            return true;
        }
        const auto* const text = reinterpret_cast<const char16_t*>(m_text.constData());
        const qsizetype size = m_text.size();
        char16_t c = text[m_position];
        switch (state) {
        case State::RecordStart:
            if (isLineEnd(c)) {
                countLineEnd(c, m_position++);
                continue;
            }
            record->m_lineNumber = m_lineNumber;
            state = State::FieldStart;
            [[fallthrough]];
        case State::FieldStart:
            if (c == kQuote) {
                m_quoteLineNumber = m_lineNumber;
                ++m_position;
                state = State::Quoted;
                continue;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            // The common case, a run of plain characters, is copied in one go.
            qsizetype end = m_position;
            while (end < size) {
                c = text[end];
                if (c == delimiter || c == kQuote || isLineEnd(c))
                    break;
                ++end;
            }
            record->m_text.append(m_text.constData() + m_position, end - m_position);
            m_position = end;
            if (end == size)
                continue;
            ++m_position;
            if (c == delimiter) {
                record->m_fieldEnds.append(record->m_text.size());
                state = State::FieldStart;
            } else if (c == kQuote) {
                addIssue(record, Kind::QuoteInUnquotedValue, m_lineNumber);
                record->m_text.append(QChar(kQuote));
            } else {
                countLineEnd(c, end);
                record->m_fieldEnds.append(record->m_text.size());
                finishRecord(record);
                return true;
            }
            continue;
        }
        case State::Quoted: {
            qsizetype end = m_position;
            while (end < size) {
                c = text[end];
                if (c == kQuote || isLineEnd(c))
                    break;
                ++end;
            }
            if (end < size && c != kQuote) {
                countLineEnd(c, end);
                ++end;
            }
            record->m_text.append(m_text.constData() + m_position, end - m_position);
            m_position = end;
            if (end < size && c == kQuote) {
                ++m_position;
                state = State::QuoteInQuoted;
            }
            continue;
        }
        case State::QuoteInQuoted:
            if (c == kQuote) {
                record->m_text.append(QChar(kQuote));
                ++m_position;
                state = State::Quoted;
            } else if (c == delimiter) {
                ++m_position;
                record->m_fieldEnds.append(record->m_text.size());
                state = State::FieldStart;
            } else if (isLineEnd(c)) {
                countLineEnd(c, m_position++);
                record->m_fieldEnds.append(record->m_text.size());
                finishRecord(record);
                return true;
            } else {
                addIssue(record, Kind::TextAfterClosingQuote, m_lineNumber);
                state = State::Unquoted;
            }
            continue;
        }
    }
}

bool CsvReader::refill(CsvRecord* record)
{
    // Refilling replaces the whole buffer, so invalid bytes still listed were parsed into the
    // record being read.
    if (!m_invalidPositions.isEmpty()) {
        m_recordHasInvalidBytes = true;
        m_invalidPositions.clear();
    }
    if (record->m_text.size() > m_maximumRecordLength) {
        fail(tr("The record that starts on line %1 is longer than %2 characters, which usually means that a "
                "quotation mark is missing. Check the quoting from line %1 on and import the file again.")
                 .arg(record->m_lineNumber)
                 .arg(m_maximumRecordLength));
        return false;
    }
    while (m_position == m_text.size()) {
        if (m_inputEnded || hasError())
            return false;
        decodeNextChunk();
    }
    return true;
}

void CsvReader::decodeNextChunk()
{
    m_textStart += m_text.size();
    // resize(0) keeps the allocation: the buffer is reused for every chunk.
    m_text.resize(0);
    m_position = 0;
    qint64 count = m_device->read(m_bytes.data(), m_chunkSize);
    // Sockets and processes return 0 while they wait for more; files only at their end.
    while (count == 0 && m_device->isSequential() && m_device->waitForReadyRead(-1))
        count = m_device->read(m_bytes.data(), m_chunkSize);
    if (count < 0) {
        fail(tr("The file could not be read (%1). Check that it is still there and readable, and import it again.")
                 .arg(m_device->errorString()));
        return;
    }
    qsizetype invalidCount = 0;
    if (count == 0) {
        m_inputEnded = true;
        invalidCount = m_decoder->finish(&m_text);
    } else {
        m_bytesRead += count;
        invalidCount = m_decoder->decode(QByteArrayView(m_bytes.constData(), count), &m_text);
    }
    if (invalidCount > 0)
        noteInvalidBytes(invalidCount);
    if (m_atStart && !m_text.isEmpty()) {
        m_atStart = false;
        if (m_text.front().unicode() == kByteOrderMark)
            m_position = 1;
    }
}

void CsvReader::noteInvalidBytes(qsizetype invalidCount)
{
    // Decoders put U+FFFD in place of invalid bytes, except some of ICU's, which use the ASCII
    // substitute character (as Shift_JIS does).
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const char16_t c = m_text.at(i).unicode();
        if (c == QChar::ReplacementCharacter || c == kSubstitute)
            m_invalidPositions.append(i);
    }
    // Any other replacement: blame the record being read.
    if (m_invalidPositions.isEmpty() && invalidCount > 0)
        m_invalidPositions.append(0);
}

void CsvReader::countLineEnd(char16_t lineEnd, qsizetype position)
{
    const qint64 absolute = m_textStart + position;
    if (lineEnd == kCarriageReturn) {
        ++m_lineNumber;
        m_lastCarriageReturn = absolute;
    } else if (m_lastCarriageReturn != absolute - 1) {
        ++m_lineNumber;
    }
}

void CsvReader::finishRecord(CsvRecord* record)
{
    record->m_recordNumber = ++m_recordCount;
    while (!m_invalidPositions.isEmpty() && m_invalidPositions.front() < m_position) {
        m_recordHasInvalidBytes = true;
        m_invalidPositions.removeFirst();
    }
    if (m_recordHasInvalidBytes) {
        m_recordHasInvalidBytes = false;
        addIssue(record, CsvRecord::Issue::Kind::InvalidBytes, record->m_lineNumber);
    }
}

void CsvReader::addIssue(CsvRecord* record, CsvRecord::Issue::Kind kind, qint64 lineNumber) const
{
    using Kind = CsvRecord::Issue::Kind;
    const int column = kind == Kind::InvalidBytes ? 0 : record->fieldCount() + 1;
    // One report per problem and value is enough: `a"b"c` is one broken value, not three.
    for (const CsvRecord::Issue& issue : record->m_issues) {
        if (issue.kind == kind && issue.column == column && issue.lineNumber == lineNumber)
            return;
    }
    QString message;
    switch (kind) {
    case Kind::QuoteInUnquotedValue:
        message = tr("Line %1, column %2: a quotation mark appears inside a value that does not start with one. "
                     "It was kept as part of the value; check that the value is complete.")
                      .arg(lineNumber)
                      .arg(column);
        break;
    case Kind::TextAfterClosingQuote:
        message = tr("Line %1, column %2: text follows the closing quotation mark of a quoted value. It was added "
                     "to the value; check that the value is complete.")
                      .arg(lineNumber)
                      .arg(column);
        break;
    case Kind::UnterminatedQuote:
        message = tr("Line %1, column %2: the quoted value that starts here is never closed, so the rest of the "
                     "file was read into it. Add the missing quotation mark and import the file again.")
                      .arg(lineNumber)
                      .arg(column);
        break;
    case Kind::InvalidBytes:
        message = tr("The record on line %1 contains bytes that are not valid %2 text; they were replaced by “�”. "
                     "Choose the encoding the file was saved in and import it again.")
                      .arg(lineNumber)
                      .arg(m_decoder ? m_decoder->encoding().name() : QString());
        break;
    }
    record->m_issues.append(CsvRecord::Issue{kind, lineNumber, column, message});
}

void CsvReader::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
}

} // namespace mentordesk
