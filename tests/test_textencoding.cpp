// SPDX-License-Identifier: GPL-3.0-or-later
// TextEncoding and TextDecoder: detection from byte-order marks, UTF-8 validation (including a
// character cut at the end of the sample), uchardet and the Windows-1252 fallback; the user's
// override by name; chunked decoding with invalid bytes counted; the Windows-1252 table.
#include "importing/TextDecoder.h"
#include "importing/TextEncoding.h"

#include <QFile>
#include <QStringDecoder>
#include <QtTest>

#include "CsvFixture.h"

using namespace mentordesk;

Q_DECLARE_METATYPE(mentordesk::TextEncoding::Origin)

namespace {

/// The expectation for an encoding uchardet names that only ICU can decode: without ICU in this Qt
/// build the detector's answer is unusable and the fallback applies.
std::pair<QString, TextEncoding::Origin> detectedOrFallback(const char* name)
{
    if (QStringDecoder(name).isValid())
        return {TextEncoding::fromName(QString::fromLatin1(name)).name(), TextEncoding::Origin::Detector};
    return {QStringLiteral("windows-1252"), TextEncoding::Origin::Fallback};
}

QString decodeInChunks(const TextEncoding& encoding, const QByteArray& bytes, qsizetype chunkSize,
                       qsizetype* invalidCount)
{
    TextDecoder decoder(encoding);
    QString text;
    *invalidCount = 0;
    for (qsizetype offset = 0; offset < bytes.size(); offset += chunkSize)
        *invalidCount +=
            decoder.decode(QByteArrayView(bytes).sliced(offset, qMin(chunkSize, bytes.size() - offset)), &text);
    *invalidCount += decoder.finish(&text);
    return text;
}

} // namespace

class TestTextEncoding : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void characterCutAtSampleEnd_data();
    void characterCutAtSampleEnd();
    void isValidUtf8_data();
    void isValidUtf8();
    void fromName_data();
    void fromName();
    void commonNamesAreUsable();
    void windows1252HighRange_data();
    void windows1252HighRange();
    void windows1252OtherBytesAreLatin1();
    void decodeInAnyChunkSize_data();
    void decodeInAnyChunkSize();
};

void TestTextEncoding::detect_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<QString>("name");
    QTest::addColumn<TextEncoding::Origin>("origin");

    using Origin = TextEncoding::Origin;
    const QString utf8 = QStringLiteral("UTF-8");
    const QString cp1252 = QStringLiteral("windows-1252");
    QTest::newRow("UTF-8 BOM") << csvFixture(QStringLiteral("utf8-bom.csv")) << utf8 << Origin::ByteOrderMark;
    QTest::newRow("UTF-16 LE BOM (Excel Unicode text)")
        << csvFixture(QStringLiteral("utf16le-excel.txt")) << QStringLiteral("UTF-16LE") << Origin::ByteOrderMark;
    QTest::newRow("UTF-16 BE BOM") << csvFixture(QStringLiteral("utf16be-excel.txt")) << QStringLiteral("UTF-16BE")
                                   << Origin::ByteOrderMark;
    QTest::newRow("UTF-32 LE BOM") << QByteArray("\xFF\xFE\x00\x00"
                                                 "a\x00\x00\x00",
                                                 8)
                                   << QStringLiteral("UTF-32LE") << Origin::ByteOrderMark;
    QTest::newRow("UTF-32 BE BOM") << QByteArray("\x00\x00\xFE\xFF\x00\x00\x00"
                                                 "a",
                                                 8)
                                   << QStringLiteral("UTF-32BE") << Origin::ByteOrderMark;
    QTest::newRow("UTF-8 without BOM") << csvFixture(QStringLiteral("quoted.csv")) << utf8 << Origin::ValidUtf8;
    QTest::newRow("ASCII reads as UTF-8") << csvFixture(QStringLiteral("crlf.csv")) << utf8 << Origin::ValidUtf8;
    QTest::newRow("empty file") << QByteArray() << utf8 << Origin::ValidUtf8;

    const QString text = QStringLiteral("seller_id,shop_name\r\nS-001,Alpha\r\n");
    QByteArray utf16le(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QByteArray utf16be;
    for (const QChar c : text)
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    if (QSysInfo::ByteOrder == QSysInfo::BigEndian)
        std::swap(utf16le, utf16be);
    QTest::newRow("UTF-16 LE without BOM") << utf16le << QStringLiteral("UTF-16LE") << Origin::Detector;
    QTest::newRow("UTF-16 BE without BOM") << utf16be << QStringLiteral("UTF-16BE") << Origin::Detector;

    QTest::newRow("Windows-1252 with euro sign")
        << csvFixture(QStringLiteral("windows-1252.csv")) << cp1252 << Origin::Detector;
    // uchardet calls this one ISO-8859-1, whose superset Windows-1252 is.
    QTest::newRow("Excel Germany semicolons")
        << csvFixture(QStringLiteral("semicolon-decimal-comma.csv")) << cp1252 << Origin::Detector;
    QTest::newRow("nothing recognisable") << QByteArray("\x80\x81\x82") << cp1252 << Origin::Fallback;

    QStringEncoder toCp1251("windows-1251");
    QStringEncoder toShiftJis("Shift_JIS");
    if (toCp1251.isValid()) {
        const QByteArray russian = toCp1251.encode(
            QStringLiteral("seller_id,shop_name,city\r\nS-001,Магазин книги,Москва\r\nS-002,Продавец,Новосибирск\r\n"));
        const auto [name, origin] = detectedOrFallback("windows-1251");
        QTest::newRow("Cyrillic windows-1251") << russian << name << origin;
    }
    if (toShiftJis.isValid()) {
        const QByteArray japanese = toShiftJis.encode(
            QStringLiteral("seller_id,shop_name,city\r\nS-001,書籍商店,東京\r\nS-002,販売者,大阪\r\n"));
        const auto [name, origin] = detectedOrFallback("Shift_JIS");
        QTest::newRow("Japanese Shift_JIS") << japanese << name << origin;
    }
}

void TestTextEncoding::detect()
{
    QFETCH(QByteArray, sample);
    QFETCH(QString, name);
    QFETCH(TextEncoding::Origin, origin);

    const TextEncoding encoding = TextEncoding::detect(sample, true);
    QVERIFY(encoding.isValid());
    QCOMPARE(encoding.name(), name);
    QCOMPARE(encoding.origin(), origin);
}

void TestTextEncoding::characterCutAtSampleEnd_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<bool>("sampleIsWholeFile");
    QTest::addColumn<QString>("name");

    const QByteArray muller = QStringLiteral("seller_id,shop\nS-1,Müller").toUtf8();
    const QByteArray cutInUmlaut = muller.left(muller.indexOf("\xC3\xBC") + 1);
    const QByteArray emoji = QStringLiteral("note\nsmile \U0001F600").toUtf8();
    QTest::newRow("2-byte cut, sample of a longer file") << cutInUmlaut << false << QStringLiteral("UTF-8");
    QTest::newRow("2-byte cut, whole file") << cutInUmlaut << true << QStringLiteral("windows-1252");
    for (int cut = 1; cut <= 3; ++cut) {
        const QByteArray sample = emoji.left(emoji.size() - 4 + cut);
        QTest::addRow("4-byte cut after %d, sample", cut) << sample << false << QStringLiteral("UTF-8");
        QTest::addRow("4-byte cut after %d, whole file", cut) << sample << true << QStringLiteral("windows-1252");
    }
    QTest::newRow("complete 4-byte, whole file") << emoji << true << QStringLiteral("UTF-8");
}

void TestTextEncoding::characterCutAtSampleEnd()
{
    QFETCH(QByteArray, sample);
    QFETCH(bool, sampleIsWholeFile);
    QFETCH(QString, name);

    QCOMPARE(TextEncoding::detect(sample, sampleIsWholeFile).name(), name);
}

void TestTextEncoding::isValidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("allowCutAtEnd");
    QTest::addColumn<bool>("valid");

    QTest::newRow("ASCII") << QByteArray("seller_id,shop") << false << true;
    QTest::newRow("2 bytes: U+00FC") << QByteArray("\xC3\xBC") << false << true;
    QTest::newRow("3 bytes: U+20AC") << QByteArray("\xE2\x82\xAC") << false << true;
    QTest::newRow("4 bytes: U+1F600") << QByteArray("\xF0\x9F\x98\x80") << false << true;
    QTest::newRow("highest: U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << false << true;
    QTest::newRow("last before surrogates: U+D7FF") << QByteArray("\xED\x9F\xBF") << false << true;
    QTest::newRow("overlong 2 bytes: C0 80") << QByteArray("\xC0\x80") << false << false;
    QTest::newRow("overlong 2 bytes: C1 BF") << QByteArray("\xC1\xBF") << false << false;
    QTest::newRow("overlong 3 bytes: E0 9F BF") << QByteArray("\xE0\x9F\xBF") << false << false;
    QTest::newRow("overlong 4 bytes: F0 8F BF BF") << QByteArray("\xF0\x8F\xBF\xBF") << false << false;
    QTest::newRow("surrogate: ED A0 80") << QByteArray("\xED\xA0\x80") << false << false;
    QTest::newRow("above U+10FFFF: F4 90 80 80") << QByteArray("\xF4\x90\x80\x80") << false << false;
    QTest::newRow("F5 lead byte") << QByteArray("\xF5\x80\x80\x80") << false << false;
    QTest::newRow("FF byte") << QByteArray("a\xFF") << false << false;
    QTest::newRow("lone continuation byte") << QByteArray("a\x80z") << false << false;
    QTest::newRow("lead byte followed by ASCII") << QByteArray("\xC3"
                                                               "A")
                                                 << false << false;
    QTest::newRow("Latin-1 e acute at the end") << QByteArray("caf\xE9") << false << false;
    QTest::newRow("Latin-1 e acute at the end of a sample") << QByteArray("caf\xE9") << true << true;
    QTest::newRow("Latin-1 e acute, sample goes on") << QByteArray("caf\xE9,ok") << true << false;
    QTest::newRow("cut 3-byte, cut allowed") << QByteArray("a\xE2\x82") << true << true;
    QTest::newRow("cut 3-byte, cut not allowed") << QByteArray("a\xE2\x82") << false << false;
    QTest::newRow("cut but already wrong") << QByteArray("a\xE0\x80") << true << false;
    QTest::newRow("cut in the middle is never allowed") << QByteArray("\xE2\x82z") << true << false;
}

void TestTextEncoding::isValidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, allowCutAtEnd);
    QFETCH(bool, valid);

    QCOMPARE(TextEncoding::isValidUtf8(bytes, allowCutAtEnd), valid);
}

void TestTextEncoding::fromName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("name");

    QTest::newRow("UTF-8") << QStringLiteral("UTF-8") << true << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 lower case") << QStringLiteral("utf-8") << true << QStringLiteral("UTF-8");
    QTest::newRow("UTF-16LE") << QStringLiteral("UTF-16LE") << true << QStringLiteral("UTF-16LE");
    QTest::newRow("windows-1252") << QStringLiteral("windows-1252") << true << QStringLiteral("windows-1252");
    QTest::newRow("Windows_1252") << QStringLiteral("Windows_1252") << true << QStringLiteral("windows-1252");
    QTest::newRow("cp1252") << QStringLiteral("cp1252") << true << QStringLiteral("windows-1252");
    QTest::newRow("spaces around") << QStringLiteral("  CP1252 ") << true << QStringLiteral("windows-1252");
    QTest::newRow("ISO-8859-1 stays Latin-1 when chosen")
        << QStringLiteral("ISO-8859-1") << true << QStringLiteral("ISO-8859-1");
    QTest::newRow("unknown") << QStringLiteral("no-such-encoding") << false << QStringLiteral("no-such-encoding");
    QTest::newRow("empty") << QString() << false << QString();
    if (QStringDecoder("ISO-8859-15").isValid())
        QTest::newRow("ISO-8859-15 through ICU")
            << QStringLiteral("iso-8859-15") << true << QStringLiteral("ISO-8859-15");
}

void TestTextEncoding::fromName()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, name);

    const TextEncoding encoding = TextEncoding::fromName(input);
    QCOMPARE(encoding.isValid(), valid);
    QCOMPARE(encoding.name(), name);
    QCOMPARE(encoding.origin(), TextEncoding::Origin::UserChoice);
}

void TestTextEncoding::commonNamesAreUsable()
{
    const QStringList names = TextEncoding::commonNames();
    QVERIFY(names.contains(QStringLiteral("UTF-8")));
    QVERIFY(names.contains(QStringLiteral("windows-1252")));
    QVERIFY(names.contains(QStringLiteral("UTF-16LE")));
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
    for (const QString& name : names) {
        const TextEncoding encoding = TextEncoding::fromName(name);
        QVERIFY2(encoding.isValid(), qPrintable(name));
        QCOMPARE(encoding.name(), name);
    }
}

void TestTextEncoding::windows1252HighRange_data()
{
    QTest::addColumn<int>("byte");
    QTest::addColumn<int>("codePoint");

    // From Microsoft's cp1252 table; the undefined 0x81 0x8D 0x8F 0x90 0x9D stay C1 controls.
    const int table[32][2] = {
        {0x80, 0x20AC}, {0x81, 0x0081}, {0x82, 0x201A}, {0x83, 0x0192}, {0x84, 0x201E}, {0x85, 0x2026}, {0x86, 0x2020},
        {0x87, 0x2021}, {0x88, 0x02C6}, {0x89, 0x2030}, {0x8A, 0x0160}, {0x8B, 0x2039}, {0x8C, 0x0152}, {0x8D, 0x008D},
        {0x8E, 0x017D}, {0x8F, 0x008F}, {0x90, 0x0090}, {0x91, 0x2018}, {0x92, 0x2019}, {0x93, 0x201C}, {0x94, 0x201D},
        {0x95, 0x2022}, {0x96, 0x2013}, {0x97, 0x2014}, {0x98, 0x02DC}, {0x99, 0x2122}, {0x9A, 0x0161}, {0x9B, 0x203A},
        {0x9C, 0x0153}, {0x9D, 0x009D}, {0x9E, 0x017E}, {0x9F, 0x0178},
    };
    for (const auto& entry : table)
        QTest::addRow("0x%02X", entry[0]) << entry[0] << entry[1];
}

void TestTextEncoding::windows1252HighRange()
{
    QFETCH(int, byte);
    QFETCH(int, codePoint);

    TextDecoder decoder(TextEncoding::windows1252());
    QString text;
    QCOMPARE(decoder.decode(QByteArray(1, char(byte)), &text), qsizetype(0));
    QCOMPARE(text.size(), qsizetype(1));
    QCOMPARE(int(text.at(0).unicode()), codePoint);
}

void TestTextEncoding::windows1252OtherBytesAreLatin1()
{
    QByteArray bytes;
    for (int byte = 0; byte < 256; ++byte) {
        if (byte < 0x80 || byte >= 0xA0)
            bytes.append(char(byte));
    }
    TextDecoder decoder(TextEncoding::windows1252());
    QString text;
    QCOMPARE(decoder.decode(bytes, &text), qsizetype(0));
    QCOMPARE(text, QString::fromLatin1(bytes));
}

void TestTextEncoding::decodeInAnyChunkSize_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encodingName");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qsizetype>("expectedInvalid");

    const QString cafe = QStringLiteral("caf\u00E9");
    QTest::newRow("UTF-8 with BOM kept") << csvFixture(QStringLiteral("utf8-bom.csv")) << QStringLiteral("UTF-8")
                                         << QStringLiteral("\uFEFFseller_id,shop_name\nS-001,Bäckerei Größe\n"
                                                           "S-002,Café Noël\n")
                                         << qsizetype(0);
    QTest::newRow("UTF-16 LE") << csvFixture(QStringLiteral("utf16le-excel.txt")) << QStringLiteral("UTF-16LE")
                               << QStringLiteral("\uFEFFseller_id\tshop_name\tcity\trevenue\r\n"
                                                 "S-001\tMüller, Söhne\t東京\t1234.50\r\n"
                                                 "S-002\t\"Say \"\"cheese\"\"\"\tZürich\t€ 99\r\n"
                                                 "S-003\t\"Tab\there\"\tŁódź\t0\r\n")
                               << qsizetype(0);
    QTest::newRow("Windows-1252") << QByteArray("caf\xE9 \x80 \x84x\x93") << QStringLiteral("windows-1252")
                                  << QStringLiteral("café € „x“") << qsizetype(0);
    QTest::newRow("Latin-1 byte read as UTF-8")
        << QByteArray("caf\xE9,ok") << QStringLiteral("UTF-8") << QStringLiteral("caf\uFFFD,ok") << qsizetype(1);
    // Invalid sequences cut by a chunk boundary must not take the delimiter after them along (Qt
    // 6.4's own decoder does). One U+FFFD per maximal invalid subsequence, as Python and browsers.
    QTest::newRow("cut 4-byte sequence before a delimiter")
        << QByteArray("a\xF0\x9F,b\n") << QStringLiteral("UTF-8") << QStringLiteral("a\uFFFD,b\n") << qsizetype(1);
    QTest::newRow("lone lead bytes before line ends")
        << QByteArray("x\xC3\n\xE2\x82\r\n\xE9,") << QStringLiteral("UTF-8")
        << QStringLiteral("x\uFFFD\n\uFFFD\r\n\uFFFD,") << qsizetype(3);
    QTest::newRow("run of lead bytes") << QByteArray("\xD7\xD7\xD7,B") << QStringLiteral("UTF-8")
                                       << QStringLiteral("\uFFFD\uFFFD\uFFFD,B") << qsizetype(3);
    QTest::newRow("surrogate and overlong forms")
        << QByteArray("\xED\xA0\x80|\xC0\xAF|\xF4\x90\x80\x80|") << QStringLiteral("UTF-8")
        << QStringLiteral("\uFFFD\uFFFD\uFFFD|\uFFFD\uFFFD|\uFFFD\uFFFD\uFFFD\uFFFD|") << qsizetype(9);
    QTest::newRow("4-byte character") << QByteArray("\xF0\x9F\x98\x80!") << QStringLiteral("UTF-8")
                                      << QStringLiteral("\U0001F600!") << qsizetype(0);
    // ICU through Qt loses a byte when a chunk ends inside an invalid sequence, and keeps the
    // last bytes until told that the input has ended; TextDecoder works around both.
    if (QStringDecoder("GB18030").isValid())
        QTest::newRow("GB18030 invalid sequences, one at the end")
            << QByteArray("S-\xB1\x30\x30\nx\xB1\x30") << QStringLiteral("GB18030")
            << QStringLiteral("S-\uFFFD00\nx\uFFFD0") << qsizetype(2);
    if (QStringDecoder("Shift_JIS").isValid())
        QTest::newRow("Shift_JIS") << QByteArray("\x93\x8C\x8B\x9E,\x82\n") << QStringLiteral("Shift_JIS")
                                   << QStringLiteral("東京,\x1A\n") << qsizetype(1);
    QTest::newRow("UTF-8 ending inside a character")
        << QByteArray("caf\xC3") << QStringLiteral("UTF-8") << QStringLiteral("caf\uFFFD") << qsizetype(1);
    QTest::newRow("UTF-16 with an odd byte at the end")
        << QByteArray("a\x00"
                      "b",
                      3)
        << QStringLiteral("UTF-16LE") << QStringLiteral("a\uFFFD") << qsizetype(1);
    QTest::newRow("UTF-8 intact") << cafe.toUtf8() << QStringLiteral("UTF-8") << cafe << qsizetype(0);
}

void TestTextEncoding::decodeInAnyChunkSize()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encodingName);
    QFETCH(QString, expected);
    QFETCH(qsizetype, expectedInvalid);

    const TextEncoding encoding = TextEncoding::fromName(encodingName);
    QVERIFY(encoding.isValid());
    for (const qsizetype chunkSize : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(5), qsizetype(4096)}) {
        qsizetype invalid = -1;
        const QString text = decodeInChunks(encoding, bytes, chunkSize, &invalid);
        QVERIFY2(text == expected, qPrintable(QStringLiteral("chunk size %1: \"%2\"").arg(chunkSize).arg(text)));
        QCOMPARE(invalid, expectedInvalid);
    }
}

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "test_textencoding.moc"
