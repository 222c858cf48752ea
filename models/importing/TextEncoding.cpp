// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextEncoding.h"

#include "TextDecoder.h"

#include <QStringDecoder>

#include <uchardet.h>

#include <memory>
#include <optional>
#include <type_traits>

namespace mentordesk {

namespace {

const QString kWindows1252Name = QStringLiteral("windows-1252");

struct UchardetDeleter {
    void operator()(uchardet_t detector) const { uchardet_delete(detector); }
};
using UchardetHandle = std::unique_ptr<std::remove_pointer_t<uchardet_t>, UchardetDeleter>;

/// Lower case without '-', '_' and spaces, so "Windows-1252", "windows_1252" and "WINDOWS1252"
/// compare equal.
QString nameKey(const QString& name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c != u'-' && c != u'_' && c != u' ')
            key.append(c.toLower());
    }
    return key;
}

bool isWindows1252Name(const QString& name)
{
    const QString key = nameKey(name);
    return key == QLatin1String("windows1252") || key == QLatin1String("cp1252") || key == QLatin1String("win1252");
}

/// Recognises UTF-16 without a byte-order mark by its zero bytes: the text of a CSV file is mostly
/// ASCII, whose UTF-16 code units have a zero high byte, while no text encoding of CSV puts zero
/// bytes anywhere else. Returns nothing when the sample does not look like UTF-16 at all.
std::optional<QStringConverter::Encoding> utf16WithoutByteOrderMark(QByteArrayView sample)
{
    constexpr qsizetype kInspectedPairs = 2048;
    const qsizetype pairs = qMin(sample.size() / 2, kInspectedPairs);
    if (pairs < 2)
        return std::nullopt;
    qsizetype zerosAtEven = 0;
    qsizetype zerosAtOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        zerosAtEven += sample[2 * i] == 0 ? 1 : 0;
        zerosAtOdd += sample[2 * i + 1] == 0 ? 1 : 0;
    }
    // Mostly-ASCII text has a zero in almost every pair; a few stray zeros prove nothing.
    const auto many = [pairs](qsizetype zeros) { return zeros * 10 >= pairs * 4; };
    const auto few = [pairs](qsizetype zeros) { return zeros * 20 < pairs; };
    if (many(zerosAtOdd) && few(zerosAtEven))
        return QStringConverter::Utf16LE;
    if (many(zerosAtEven) && few(zerosAtOdd))
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

} // namespace

TextEncoding::TextEncoding()
    : TextEncoding(Backend::Utf8, QStringConverter::Utf8, QStringLiteral("UTF-8"), Origin::Default)
{
}

TextEncoding::TextEncoding(Backend backend, QStringConverter::Encoding builtIn, QString name, Origin origin)
    : m_backend(backend)
    , m_builtIn(builtIn)
    , m_name(std::move(name))
    , m_origin(origin)
{
}

TextEncoding TextEncoding::builtIn(QStringConverter::Encoding encoding, Origin origin)
{
    const Backend backend = encoding == QStringConverter::Utf8 ? Backend::Utf8 : Backend::QtBuiltIn;
    return TextEncoding(backend, encoding, QString::fromLatin1(QStringConverter::nameForEncoding(encoding)), origin);
}

TextEncoding TextEncoding::utf8()
{
    return builtIn(QStringConverter::Utf8, Origin::Default);
}

TextEncoding TextEncoding::windows1252()
{
    return TextEncoding(Backend::Windows1252Table, QStringConverter::Latin1, kWindows1252Name, Origin::Default);
}

TextEncoding TextEncoding::fromName(const QString& name)
{
    const QString trimmed = name.trimmed();
    TextEncoding result;
    if (isWindows1252Name(trimmed)) {
        result = windows1252();
    } else if (const auto encoding = QStringConverter::encodingForName(trimmed.toLatin1().constData());
               encoding && *encoding != QStringConverter::System) {
        result = builtIn(*encoding, Origin::UserChoice);
    } else {
        const QStringDecoder decoder(trimmed.toLatin1().constData());
        if (trimmed.isEmpty() || !decoder.isValid())
            return TextEncoding(Backend::Invalid, QStringConverter::Utf8, trimmed, Origin::UserChoice);
        const QString canonical = QString::fromLatin1(decoder.name());
        // ICU has aliases of its own for Windows-1252; they all get the table.
        result = isWindows1252Name(canonical)
                     ? windows1252()
                     : TextEncoding(Backend::QtByName, QStringConverter::Utf8, canonical, Origin::UserChoice);
    }
    result.m_origin = Origin::UserChoice;
    return result;
}

QStringList TextEncoding::commonNames()
{
    static const char* const kCandidates[] = {
        "UTF-8",      "UTF-16LE",     "UTF-16BE", "windows-1252", "ISO-8859-1",   "ISO-8859-15",  "windows-1250",
        "ISO-8859-2", "windows-1251", "KOI8-R",   "windows-1253", "windows-1254", "windows-1257", "macintosh",
        "Shift_JIS",  "EUC-JP",       "GB18030",  "Big5",         "EUC-KR",
    };
    QStringList names;
    for (const char* candidate : kCandidates) {
        const TextEncoding encoding = fromName(QString::fromLatin1(candidate));
        if (encoding.isValid() && !names.contains(encoding.name()))
            names << encoding.name();
    }
    return names;
}

bool TextEncoding::isValidUtf8(QByteArrayView bytes, bool allowCutAtEnd)
{
    // The decoder's rules are the rules; a second implementation could disagree with it.
    TextDecoder decoder(utf8());
    QString text;
    if (decoder.decode(bytes, &text) > 0)
        return false;
    return allowCutAtEnd || decoder.finish(&text) == 0;
}

TextEncoding TextEncoding::detect(QByteArrayView sample, bool sampleIsWholeFile)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return builtIn(QStringConverter::Utf8, Origin::ByteOrderMark);
    if (sample.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return builtIn(QStringConverter::Utf32BE, Origin::ByteOrderMark);
    if (sample.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return builtIn(QStringConverter::Utf32LE, Origin::ByteOrderMark);
    if (sample.startsWith("\xFE\xFF"))
        return builtIn(QStringConverter::Utf16BE, Origin::ByteOrderMark);
    if (sample.startsWith("\xFF\xFE"))
        return builtIn(QStringConverter::Utf16LE, Origin::ByteOrderMark);
    // Before the UTF-8 check, because zero bytes are valid UTF-8.
    if (const auto utf16 = utf16WithoutByteOrderMark(sample))
        return builtIn(*utf16, Origin::Detector);
    if (isValidUtf8(sample, !sampleIsWholeFile))
        return builtIn(QStringConverter::Utf8, Origin::ValidUtf8);

    const UchardetHandle detector(uchardet_new());
    QByteArray detectorName;
    if (detector && uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) == 0) {
        uchardet_data_end(detector.get());
        detectorName = QByteArray(uchardet_get_charset(detector.get()));
    }
    return fromDetector(detectorName);
}

TextEncoding TextEncoding::fromDetector(const QByteArray& detectorName)
{
    TextEncoding fallback = windows1252();
    fallback.m_origin = Origin::Fallback;
    const QString name = QString::fromLatin1(detectorName);
    const QString key = nameKey(name);
    if (key.isEmpty() || key == QLatin1String("ascii"))
        return fallback;
    TextEncoding result;
    if (key == QLatin1String("iso88591")) {
        result = windows1252();
    } else if (key == QLatin1String("utf16")) {
        // uchardet names no byte order here; Windows, where such files come from, writes little-endian.
        result = builtIn(QStringConverter::Utf16LE, Origin::Detector);
    } else {
        result = fromName(name);
        if (!result.isValid())
            return fallback;
    }
    result.m_origin = Origin::Detector;
    return result;
}

} // namespace mentordesk
