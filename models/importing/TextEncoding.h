// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringConverter>
#include <QStringList>

namespace mentordesk {

/// The character encoding of a file to import: which one, and how it was chosen.
///
/// detect() looks at the first bytes of a file in this order:
///  1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides;
///  2. zero bytes in every other position mean UTF-16 without a byte-order mark (zero bytes are
///     valid UTF-8, so this comes first);
///  3. a sample that is valid UTF-8 is UTF-8 (plain ASCII included: it reads the same either way);
///  4. otherwise uchardet guesses; ISO-8859-1 becomes Windows-1252, its superset, because the
///     bytes 0x80-0x9F are C1 control codes in ISO-8859-1 that never occur in real text but are
///     € „ “ – … in the files Excel writes;
///  5. when uchardet has no answer, or names an encoding this Qt cannot decode, Windows-1252.
///
/// The user overrides the result with fromName(). Windows-1252 never depends on ICU: Qt builds
/// without ICU cannot decode it through QStringDecoder, and it is the fallback everything else
/// relies on, so TextDecoder carries its own table for it (and its own UTF-8 decoder; see there).
class TextEncoding {
public:
    /// How the encoding was chosen, so the import settings can tell the user how sure it is.
    enum class Origin { Default, ByteOrderMark, ValidUtf8, Detector, Fallback, UserChoice };

    /// UTF-8, as chosen by nobody (Origin::Default).
    TextEncoding();

    /// Detects the encoding from the first bytes of a file. `sampleIsWholeFile` tells whether a
    /// multi-byte sequence cut off at the end of `sample` is broken (the file ends there) or
    /// merely cut (the file goes on).
    static TextEncoding detect(QByteArrayView sample, bool sampleIsWholeFile);

    /// The encoding the user named ("UTF-8", "windows-1252", "cp1252", "ISO-8859-15", ...), or an
    /// invalid one when this Qt cannot decode it.
    static TextEncoding fromName(const QString& name);

    static TextEncoding utf8();
    static TextEncoding windows1252();

    /// Names for an encoding chooser: the encodings spreadsheet exports use most, those this Qt can
    /// decode.
    static QStringList commonNames();

    /// Whether `bytes` is well-formed UTF-8: no overlong forms, no surrogates, nothing above
    /// U+10FFFF. With `allowCutAtEnd`, an incomplete but so far correct sequence at the very end
    /// is accepted, because a sample can end in the middle of a character.
    static bool isValidUtf8(QByteArrayView bytes, bool allowCutAtEnd);

    bool isValid() const { return m_backend != Backend::Invalid; }
    /// The canonical name, as fromName() accepts it.
    QString name() const { return m_name; }
    Origin origin() const { return m_origin; }

    friend bool operator==(const TextEncoding& a, const TextEncoding& b) { return a.m_name == b.m_name; }
    friend bool operator!=(const TextEncoding& a, const TextEncoding& b) { return !(a == b); }

private:
    friend class TextDecoder;

    enum class Backend { Invalid, Utf8, Windows1252Table, QtBuiltIn, QtByName };

    TextEncoding(Backend backend, QStringConverter::Encoding builtIn, QString name, Origin origin);
    static TextEncoding builtIn(QStringConverter::Encoding encoding, Origin origin);
    static TextEncoding fromDetector(const QByteArray& detectorName);

    Backend m_backend = Backend::Utf8;
    QStringConverter::Encoding m_builtIn = QStringConverter::Utf8;
    QString m_name;
    Origin m_origin = Origin::Default;
};

} // namespace mentordesk
