// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextEncoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace mentordesk {

/// Turns the bytes of a file into text chunk by chunk, in one TextEncoding.
///
/// A character split across two chunks is completed by the next call, so any chunk size gives the
/// same text. Bytes that are not valid in the encoding become U+FFFD and are counted, so that the
/// caller can tell the user which records they garbled instead of importing them silently. A
/// byte-order mark is decoded like any character (U+FEFF); CsvReader drops it at the start.
///
/// UTF-8 and Windows-1252, the encodings nearly every import uses, are decoded here. Qt 6.4's
/// UTF-8 decoder is not safe across chunks: when a chunk ends inside an invalid sequence
/// ("caf\xE9" then ",ok"), it swallows the first byte of the next chunk, so a delimiter or a line
/// end could vanish depending on where the chunk boundary falls. This decoder follows the WHATWG
/// Encoding standard instead: one U+FFFD per maximal invalid subsequence, the byte that ends it
/// decoded afresh. Other encodings go through QStringDecoder; those that need ICU are given whole
/// lines, as ICU through Qt 6.4 has a similar problem.
class TextDecoder {
public:
    explicit TextDecoder(const TextEncoding& encoding);
    ~TextDecoder();
    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    /// Appends the text of `bytes` to `text`. Returns how many invalid sequences it replaced.
    qsizetype decode(QByteArrayView bytes, QString* text);
    /// At the end of the input: appends what the decoder still holds, U+FFFD for a character the
    /// input stopped in the middle of. Returns how many invalid sequences it replaced.
    qsizetype finish(QString* text);

    const TextEncoding& encoding() const { return m_encoding; }

private:
    class QtDecoder;

    qsizetype decodeUtf8(QByteArrayView bytes, QString* text);
    void resetUtf8Sequence();
    void decodeWindows1252(QByteArrayView bytes, QString* text);
    qsizetype decodeWholeLines(QByteArrayView bytes, QString* text);
    qsizetype decodeWithQt(QByteArrayView bytes, QString* text);

    TextEncoding m_encoding;
    std::unique_ptr<QtDecoder> m_qtDecoder;
    bool m_windows1252 = false;
    /// LF and CR in the encoding, for the encodings that ICU decodes line by line.
    QByteArray m_lineFeed;
    QByteArray m_carriageReturn;
    /// Bytes after the last line end, waiting for the rest of their line.
    QByteArray m_heldBytes;

    // The UTF-8 sequence in progress, as in the WHATWG UTF-8 decoder.
    char32_t m_utf8CodePoint = 0;
    int m_utf8BytesNeeded = 0;
    int m_utf8BytesSeen = 0;
    uchar m_utf8Lower = 0x80;
    uchar m_utf8Upper = 0xBF;
};

} // namespace mentordesk
