// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDecoder.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace mentordesk {

namespace {

/// Windows-1252 bytes 0x80-0x9F (Microsoft's cp1252 table, as in the WHATWG Encoding standard).
/// The five bytes Microsoft leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control
/// of the same value, as Windows itself and ICU do, so no byte is ever lost. Every other byte is
/// the Unicode code point of the same value.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

constexpr char16_t kReplacement = 0xFFFD;

} // namespace

/// QStringDecoder keeps the count of invalid sequences and of bytes held back for the next chunk
/// in its protected state; a subclass is the only way to read them.
class TextDecoder::QtDecoder : public QStringDecoder {
public:
    using QStringDecoder::QStringDecoder;
    qsizetype invalidCount() const { return state.invalidChars; }
    bool isInsideCharacter() const { return state.remainingChars > 0; }
};

TextDecoder::TextDecoder(const TextEncoding& encoding)
    : m_encoding(encoding)
{
    // The byte-order mark stays in the text so that a BOM the user's choice of encoding does not
    // expect (say UTF-8 chosen for a UTF-16 file) shows up instead of vanishing.
    constexpr auto flags = QStringConverter::Flag::ConvertInitialBom;
    switch (encoding.m_backend) {
    case TextEncoding::Backend::QtBuiltIn:
        m_qtDecoder = std::make_unique<QtDecoder>(encoding.m_builtIn, flags);
        break;
    case TextEncoding::Backend::QtByName:
        m_qtDecoder = std::make_unique<QtDecoder>(encoding.m_name.toLatin1().constData(), flags);
        m_lineFeed = QStringEncoder(encoding.m_name.toLatin1().constData()).encode(u"\n");
        m_carriageReturn = QStringEncoder(encoding.m_name.toLatin1().constData()).encode(u"\r");
        break;
    case TextEncoding::Backend::Windows1252Table:
        m_windows1252 = true;
        break;
    case TextEncoding::Backend::Utf8:
    case TextEncoding::Backend::Invalid:
        // An encoding nobody can decode is read as UTF-8, which at least reports every byte it
        // cannot read instead of garbling them quietly.
        break;
    }
}

TextDecoder::~TextDecoder() = default;

qsizetype TextDecoder::decode(QByteArrayView bytes, QString* text)
{
    if (m_lineFeed.size() == 1 && m_carriageReturn.size() == 1)
        return decodeWholeLines(bytes, text);
    if (m_qtDecoder)
        return decodeWithQt(bytes, text);
    if (m_windows1252) {
        decodeWindows1252(bytes, text);
        return 0;
    }
    return decodeUtf8(bytes, text);
}

qsizetype TextDecoder::finish(QString* text)
{
    if (m_encoding.m_backend == TextEncoding::Backend::QtByName) {
        // ICU may keep the last bytes until the next call, and Qt never tells it that the input
        // has ended: a line end pushes them out, and is taken off again.
        qsizetype invalid = decodeWithQt(m_heldBytes, text);
        m_heldBytes.clear();
        invalid += decodeWithQt(m_lineFeed, text);
        if (text->endsWith(u'\n'))
            text->chop(1);
        return invalid;
    }
    if (m_qtDecoder) {
        if (!m_qtDecoder->isInsideCharacter())
            return 0;
        m_qtDecoder->resetState();
    } else if (m_utf8BytesNeeded == 0) {
        return 0;
    }
    resetUtf8Sequence();
    text->append(QChar(kReplacement));
    return 1;
}

void TextDecoder::decodeWindows1252(QByteArrayView bytes, QString* text)
{
    const qsizetype oldSize = text->size();
    text->resize(oldSize + bytes.size());
    auto* out = reinterpret_cast<char16_t*>(text->data() + oldSize);
    for (const char byte : bytes) {
        const auto value = uchar(byte);
        *out++ = value >= 0x80 && value < 0xA0 ? kWindows1252High[value - 0x80] : char16_t(value);
    }
}

qsizetype TextDecoder::decodeUtf8(QByteArrayView bytes, QString* text)
{
    // At most one UTF-16 unit per byte, plus one for a sequence an invalid first byte ends.
    const qsizetype oldSize = text->size();
    text->resize(oldSize + bytes.size() + 1);
    auto* const begin = reinterpret_cast<char16_t*>(text->data() + oldSize);
    char16_t* out = begin;
    qsizetype invalid = 0;
    const auto* data = reinterpret_cast<const uchar*>(bytes.data());
    const auto* const end = data + bytes.size();
    while (data < end) {
        const uchar byte = *data;
        if (m_utf8BytesNeeded == 0) {
            ++data;
            if (byte < 0x80) {
                *out++ = byte;
            } else if (byte >= 0xC2 && byte <= 0xDF) {
                m_utf8BytesNeeded = 1;
                m_utf8CodePoint = byte & 0x1F;
            } else if (byte >= 0xE0 && byte <= 0xEF) {
                // The allowed second bytes rule out overlong forms (E0) and surrogates (ED).
                m_utf8Lower = byte == 0xE0 ? 0xA0 : 0x80;
                m_utf8Upper = byte == 0xED ? 0x9F : 0xBF;
                m_utf8BytesNeeded = 2;
                m_utf8CodePoint = byte & 0x0F;
            } else if (byte >= 0xF0 && byte <= 0xF4) {
                // ... and overlong forms (F0) and code points above U+10FFFF (F4).
                m_utf8Lower = byte == 0xF0 ? 0x90 : 0x80;
                m_utf8Upper = byte == 0xF4 ? 0x8F : 0xBF;
                m_utf8BytesNeeded = 3;
                m_utf8CodePoint = byte & 0x07;
            } else {
                *out++ = kReplacement;
                ++invalid;
            }
            continue;
        }
        if (byte < m_utf8Lower || byte > m_utf8Upper) {
            // The sequence so far is one invalid subsequence; this byte starts afresh.
            resetUtf8Sequence();
            *out++ = kReplacement;
            ++invalid;
            continue;
        }
        ++data;
        m_utf8Lower = 0x80;
        m_utf8Upper = 0xBF;
        m_utf8CodePoint = (m_utf8CodePoint << 6) | (byte & 0x3F);
        if (++m_utf8BytesSeen < m_utf8BytesNeeded)
            continue;
        if (m_utf8CodePoint > 0xFFFF) {
            *out++ = QChar::highSurrogate(m_utf8CodePoint);
            *out++ = QChar::lowSurrogate(m_utf8CodePoint);
        } else {
            *out++ = char16_t(m_utf8CodePoint);
        }
        resetUtf8Sequence();
    }
    text->resize(oldSize + (out - begin));
    return invalid;
}

void TextDecoder::resetUtf8Sequence()
{
    m_utf8CodePoint = 0;
    m_utf8BytesNeeded = 0;
    m_utf8BytesSeen = 0;
    m_utf8Lower = 0x80;
    m_utf8Upper = 0xBF;
}

qsizetype TextDecoder::decodeWholeLines(QByteArrayView bytes, QString* text)
{
    // Qt 6.4's ICU path loses bytes when a chunk ends inside an invalid multi-byte sequence (as
    // "\xB1\x30" then "\x30" in GB18030). LF and CR are single bytes outside every multi-byte
    // sequence in the encodings that need ICU, so ICU is only ever given whole lines; a line
    // longer than kLongestHeldLine goes in anyway, rather than growing without bound.
    constexpr qsizetype kLongestHeldLine = 1024 * 1024;
    m_heldBytes.append(bytes);
    const qsizetype lastLineEnd =
        qMax(m_heldBytes.lastIndexOf(m_lineFeed.front()), m_heldBytes.lastIndexOf(m_carriageReturn.front()));
    const qsizetype complete = m_heldBytes.size() > kLongestHeldLine ? m_heldBytes.size() : lastLineEnd + 1;
    if (complete == 0)
        return 0;
    const qsizetype invalid = decodeWithQt(QByteArrayView(m_heldBytes).first(complete), text);
    m_heldBytes.remove(0, complete);
    return invalid;
}

qsizetype TextDecoder::decodeWithQt(QByteArrayView bytes, QString* text)
{
    const qsizetype oldSize = text->size();
    text->resize(oldSize + m_qtDecoder->requiredSpace(bytes.size()));
    const qsizetype invalidBefore = m_qtDecoder->invalidCount();
    const QChar* const end = m_qtDecoder->appendToBuffer(text->data() + oldSize, bytes);
    text->resize(end - text->constData());
    return m_qtDecoder->invalidCount() - invalidBefore;
}

} // namespace mentordesk
