// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader: every fixture of tests/data/csv read in chunk sizes from one byte up (so chunk
// boundaries fall inside quotes, CRLFs and multi-byte characters), reported quoting and encoding
// problems, the errors that stop reading, and a 50 MB stream read with a buffer that stays at one
// chunk.
#include "importing/CsvReader.h"
#include "importing/TextDecoder.h"
#include "importing/TextEncoding.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

#include "CsvFixture.h"

using namespace mentordesk;

using Records = QList<QStringList>;
using LineNumbers = QList<qint64>;

namespace {

QString kindName(CsvRecord::Issue::Kind kind)
{
    switch (kind) {
    case CsvRecord::Issue::Kind::QuoteInUnquotedValue:
        return QStringLiteral("QuoteInUnquotedValue");
    case CsvRecord::Issue::Kind::TextAfterClosingQuote:
        return QStringLiteral("TextAfterClosingQuote");
    case CsvRecord::Issue::Kind::UnterminatedQuote:
        return QStringLiteral("UnterminatedQuote");
    case CsvRecord::Issue::Kind::InvalidBytes:
        return QStringLiteral("InvalidBytes");
    }
    return QString();
}

/// Everything a reader produced, in a form QCOMPARE can show.
struct Outcome {
    Records records;
    LineNumbers lineNumbers;
    QStringList issues; ///< "line:column:Kind"
    QString error;
};

QString describe(const Outcome& outcome)
{
    QStringList lines;
    for (qsizetype i = 0; i < outcome.records.size(); ++i) {
        QStringList quoted;
        for (const QString& field : outcome.records.at(i))
            quoted << QLatin1Char('[') +
                          QString(field).replace(u'\r', QLatin1String("\\r")).replace(u'\n', QLatin1String("\\n")) +
                          QLatin1Char(']');
        lines << QStringLiteral("line %1: %2").arg(outcome.lineNumbers.value(i)).arg(quoted.join(u' '));
    }
    lines << QStringLiteral("issues: %1").arg(outcome.issues.join(QLatin1String(", ")));
    return lines.join(u'\n');
}

Outcome readAll(CsvReader& reader)
{
    Outcome outcome;
    CsvRecord record;
    qint64 expectedRecordNumber = 0;
    while (reader.readRecord(&record)) {
        outcome.records << record.fields();
        outcome.lineNumbers << record.lineNumber();
        if (record.recordNumber() != ++expectedRecordNumber)
            outcome.error =
                QStringLiteral("record number %1, expected %2").arg(record.recordNumber()).arg(expectedRecordNumber);
        for (const CsvRecord::Issue& issue : record.issues())
            outcome.issues
                << QStringLiteral("%1:%2:%3").arg(issue.lineNumber).arg(issue.column).arg(kindName(issue.kind));
    }
    if (reader.hasError())
        outcome.error = reader.errorString();
    return outcome;
}

Outcome readBytes(QByteArray bytes, const TextEncoding& encoding, QChar delimiter, qint64 chunkSize)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding, delimiter);
    reader.setChunkSize(chunkSize);
    return readAll(reader);
}

/// A QIODevice that makes up a large CSV file as it is read, so the test needs no 50 MB in memory
/// or on disk, and that records how much the reader asks for.
class GeneratedCsvDevice : public QIODevice {
public:
    explicit GeneratedCsvDevice(qint64 rows)
        : m_rows(rows)
    {
        m_pending = QByteArrayLiteral("seller_id,shop_name,address,revenue,joined,status\r\n");
    }

    /// Every row has the same length and spans two physical lines (a quoted line end).
    static QByteArray row(qint64 index)
    {
        return QStringLiteral("S-%1,\"Shop %1, Ltd.\",\"Line one\nline two\",1234.56,2024-01-15,active\r\n")
            .arg(index, 7, 10, QLatin1Char('0'))
            .toLatin1();
    }

    /// The values of row(index), as the reader must return them.
    static QStringList fields(qint64 index)
    {
        const QString id = QStringLiteral("%1").arg(index, 7, 10, QLatin1Char('0'));
        return {QStringLiteral("S-") + id,
                QStringLiteral("Shop %1, Ltd.").arg(id),
                QStringLiteral("Line one\nline two"),
                QStringLiteral("1234.56"),
                QStringLiteral("2024-01-15"),
                QStringLiteral("active")};
    }

    bool isSequential() const override { return true; }
    qint64 bytesGenerated() const { return m_bytesGenerated; }
    qint64 largestRequest() const { return m_largestRequest; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        m_largestRequest = qMax(m_largestRequest, maxSize);
        qint64 written = 0;
        while (written < maxSize) {
            if (m_offset == m_pending.size()) {
                if (m_nextRow == m_rows)
                    break;
                m_pending = row(m_nextRow++);
                m_offset = 0;
            }
            const qint64 count = qMin(maxSize - written, qint64(m_pending.size() - m_offset));
            memcpy(data + written, m_pending.constData() + m_offset, size_t(count));
            written += count;
            m_offset += count;
        }
        m_bytesGenerated += written;
        return written;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_rows;
    qint64 m_nextRow = 0;
    QByteArray m_pending;
    qsizetype m_offset = 0;
    qint64 m_bytesGenerated = 0;
    qint64 m_largestRequest = 0;
};

/// Hands out `good` bytes, then fails.
class FailingDevice : public QIODevice {
public:
    explicit FailingDevice(QByteArray good)
        : m_good(std::move(good))
    {
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_good.isEmpty()) {
            setErrorString(QStringLiteral("the network share went away"));
            return -1;
        }
        const qint64 count = qMin(maxSize, qint64(m_good.size()));
        memcpy(data, m_good.constData(), size_t(count));
        m_good.remove(0, count);
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_good;
};

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void sameResultFromDecodedText_data();
    void sameResultFromDecodedText();
    void delimiterDecidesTheSplit_data();
    void delimiterDecidesTheSplit();
    void invalidBytesFoundOnTheirRecord_data();
    void invalidBytesFoundOnTheirRecord();
    void issueMessagesNameLineAndColumn();
    void unusableDelimiterIsAnError_data();
    void unusableDelimiterIsAnError();
    void unusableEncodingIsAnError();
    void closedDeviceIsAnError();
    void deviceFailureStopsReading();
    void runawayQuoteStopsReading();
    void fieldAccess();
    void streamsLargeInputInBoundedMemory();
};

void TestCsvReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding"); // empty: detected
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Records>("records");
    QTest::addColumn<LineNumbers>("lineNumbers");
    QTest::addColumn<QStringList>("issues");

    const auto s = [](const char* text) { return QString::fromUtf8(text); };
    const QString detected;

    QTest::newRow("quotes, doubled quotes, delimiters inside")
        << s("quoted.csv") << detected << QChar(u',')
        << Records{{s("seller_id"), s("shop_name"), s("notes")},
                   {s("S-001"), s("Müller, Söhne & Co"), s("He said \"hello\"")},
                   {s("S-002"), s("\"Quoted\" start"), s("plain")},
                   {s("S-003"), QString(), s("\"")}}
        << LineNumbers{1, 2, 3, 4} << QStringList();
    QTest::newRow("line ends inside quotes kept as they are")
        << s("newlines-in-fields.csv") << detected << QChar(u',')
        << Records{{s("seller_id"), s("address"), s("note")},
                   {s("S-001"), s("Hauptstr. 1\r\n10115 Berlin"), s("ok")},
                   {s("S-002"), s("line one\nline two\rline three"), s("x")},
                   {s("S-003"), s("last"), s("ends with a line end\r\n")}}
        << LineNumbers{1, 2, 4, 7} << QStringList();
    QTest::newRow("UTF-8 BOM dropped") << s("utf8-bom.csv") << detected << QChar(u',')
                                       << Records{{s("seller_id"), s("shop_name")},
                                                  {s("S-001"), s("Bäckerei Größe")},
                                                  {s("S-002"), s("Café Noël")}}
                                       << LineNumbers{1, 2, 3} << QStringList();
    const Records ordersRecords{{s("seller_id"), s("orders")}, {s("S-001"), s("12")}, {s("S-002"), s("7")}};
    QTest::newRow("CRLF") << s("crlf.csv") << detected << QChar(u',') << ordersRecords << LineNumbers{1, 2, 3}
                          << QStringList();
    QTest::newRow("lone CR") << s("lone-cr.csv") << detected << QChar(u',') << ordersRecords << LineNumbers{1, 2, 3}
                             << QStringList();
    QTest::newRow("last line without line end") << s("no-final-newline.csv") << detected << QChar(u',') << ordersRecords
                                                << LineNumbers{1, 2, 3} << QStringList();
    const Records excelRecords{{s("seller_id"), s("shop_name"), s("city"), s("revenue")},
                               {s("S-001"), s("Müller, Söhne"), s("東京"), s("1234.50")},
                               {s("S-002"), s("Say \"cheese\""), s("Zürich"), s("€ 99")},
                               {s("S-003"), s("Tab\there"), s("Łódź"), s("0")}};
    QTest::newRow("UTF-16 LE Excel Unicode text") << s("utf16le-excel.txt") << detected << QChar(u'\t') << excelRecords
                                                  << LineNumbers{1, 2, 3, 4} << QStringList();
    QTest::newRow("UTF-16 BE") << s("utf16be-excel.txt") << detected << QChar(u'\t') << excelRecords
                               << LineNumbers{1, 2, 3, 4} << QStringList();
    QTest::newRow("Windows-1252 euro, typographic quotes, umlauts")
        << s("windows-1252.csv") << detected << QChar(u',')
        << Records{{s("seller_id"), s("shop_name"), s("city"), s("revenue")},
                   {s("S-001"), s("Bäckerei Müller"), s("Köln"), s("1.234,50 €")},
                   {s("S-002"), s("Größenwahn GmbH – Filiale Süd"), s("Düsseldorf"), s("980 €")},
                   {s("S-003"), s("„Café Français“"), s("Straßburg"), s("‰ 12")},
                   {s("S-004"), s("Œuvre d’Art"), s("Nîmes"), s("–")}}
        << LineNumbers{1, 2, 3, 4, 5} << QStringList();
    QTest::newRow("Excel Germany: semicolons, decimal commas")
        << s("semicolon-decimal-comma.csv") << detected << QChar(u';')
        << Records{{s("Verkäufer-ID"), s("Shopname"), s("Umsatz"), s("Rücksendequote"), s("Datum")},
                   {s("S-001"), s("Müller & Söhne"), s("1.234,56"), s("0,05"), s("15.01.2024")},
                   {s("S-002"), s("Schmidt; Partner"), s("980,00"), s("0,12"), s("16.01.2024")},
                   {s("S-003"), s("Weiß"), s("12,5"), s("0"), s("17.01.2024")},
                   {s("S-004"), s("Öko-Laden"), s("7,25"), s("0,3"), s("18.01.2024")}}
        << LineNumbers{1, 2, 3, 4, 5} << QStringList();
    QTest::newRow("ragged rows returned as they are") << s("ragged-rows.csv") << detected << QChar(u',')
                                                      << Records{{s("seller_id"), s("shop_name"), s("orders")},
                                                                 {s("S-001"), s("Alpha"), s("3")},
                                                                 {s("S-002"), s("Beta")},
                                                                 {s("S-003"), s("Gamma"), s("5"), s("extra")},
                                                                 {s("S-004"), s("Delta"), s("6")}}
                                                      << LineNumbers{1, 2, 3, 4, 5} << QStringList();
    QTest::newRow("empty file") << s("empty.csv") << detected << QChar(u',') << Records() << LineNumbers()
                                << QStringList();
    QTest::newRow("header only") << s("header-only.csv") << detected << QChar(u',')
                                 << Records{{s("seller_id"), s("shop_name"), s("email")}} << LineNumbers{1}
                                 << QStringList();
    QTest::newRow("empty fields") << s("empty-fields.csv") << detected << QChar(u',')
                                  << Records{{s("a"), s("b"), s("c")},
                                             {QString(), QString(), QString()},
                                             {s("1"), QString(), s("3")},
                                             {QString(), s("x"), QString()}}
                                  << LineNumbers{1, 2, 3, 4} << QStringList();
    QTest::newRow("unterminated quote takes the rest")
        << s("unterminated-quote.csv") << detected << QChar(u',')
        << Records{{s("seller_id"), s("note")}, {s("S-001"), s("never closed\nS-002,next\n")}} << LineNumbers{1, 2}
        << QStringList{s("2:2:UnterminatedQuote")};
    QTest::newRow("stray quote and text after closing quote")
        << s("malformed-quotes.csv") << detected << QChar(u',')
        << Records{{s("seller_id"), s("shop"), s("note")},
                   {s("S-001"), s("Bob\"s shop"), s("x")},
                   {s("S-002"), s("Quoted tail"), s("y")}}
        << LineNumbers{1, 2, 3} << QStringList{s("2:2:QuoteInUnquotedValue"), s("3:2:TextAfterClosingQuote")};
    QTest::newRow("blank lines skipped, still counted")
        << s("blank-lines.csv") << detected << QChar(u',')
        << Records{{s("a"), s("b")}, {s("1"), s("2")}, {s("3"), s("4")}} << LineNumbers{1, 3, 6} << QStringList();
    QTest::newRow("invalid UTF-8 reported on its record")
        << s("invalid-utf8.csv") << s("UTF-8") << QChar(u',')
        << Records{{s("seller_id"), s("shop_name")}, {s("S-001"), s("caf\uFFFD")}, {s("S-002"), s("ok")}}
        << LineNumbers{1, 2, 3} << QStringList{s("2:0:InvalidBytes")};
    QTest::newRow("Latin-1 bytes detected and read")
        << s("invalid-utf8.csv") << detected << QChar(u',')
        << Records{{s("seller_id"), s("shop_name")}, {s("S-001"), s("café")}, {s("S-002"), s("ok")}}
        << LineNumbers{1, 2, 3} << QStringList();
    QTest::newRow("pipes") << s("pipe.csv") << detected << QChar(u'|')
                           << Records{{s("seller_id"), s("shop_name"), s("revenue"), s("note")},
                                      {s("S-001"), s("Alpha, Beta"), s("1,5"), s("a; b")},
                                      {s("S-002"), s("Gamma"), s("2,5"), s("c")},
                                      {s("S-003"), s("Delta, Epsilon"), s("3"), s("d; e; f")}}
                           << LineNumbers{1, 2, 3, 4} << QStringList();
}

void TestCsvReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(Records, records);
    QFETCH(LineNumbers, lineNumbers);
    QFETCH(QStringList, issues);

    const QByteArray bytes = csvFixture(file);
    const TextEncoding textEncoding =
        encoding.isEmpty() ? TextEncoding::detect(bytes, true) : TextEncoding::fromName(encoding);
    for (const qint64 chunkSize : {qint64(1), qint64(2), qint64(3), qint64(7), CsvReader::kDefaultChunkSize}) {
        const Outcome outcome = readBytes(bytes, textEncoding, delimiter, chunkSize);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY2(outcome.records == records && outcome.lineNumbers == lineNumbers && outcome.issues == issues,
                 qPrintable(QStringLiteral("chunk size %1 gave %2").arg(chunkSize).arg(describe(outcome))));
    }
}

void TestCsvReader::sameResultFromDecodedText_data()
{
    fixtures_data();
}

void TestCsvReader::sameResultFromDecodedText()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(Records, records);
    QFETCH(LineNumbers, lineNumbers);

    const QByteArray bytes = csvFixture(file);
    const TextEncoding textEncoding =
        encoding.isEmpty() ? TextEncoding::detect(bytes, true) : TextEncoding::fromName(encoding);
    TextDecoder decoder(textEncoding);
    QString text;
    decoder.decode(bytes, &text);
    decoder.finish(&text);
    CsvReader reader(text, delimiter);
    const Outcome outcome = readAll(reader);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.records, records);
    QCOMPARE(outcome.lineNumbers, lineNumbers);
}

void TestCsvReader::delimiterDecidesTheSplit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("fields");

    const QString text = QStringLiteral("a;b,c\t\"d|e\"|f");
    QTest::newRow("comma") << text << QChar(u',') << QStringList{QStringLiteral("a;b"), QStringLiteral("c\t\"d|e\"|f")};
    QTest::newRow("semicolon") << text << QChar(u';')
                               << QStringList{QStringLiteral("a"), QStringLiteral("b,c\t\"d|e\"|f")};
    QTest::newRow("tab") << text << QChar(u'\t') << QStringList{QStringLiteral("a;b,c"), QStringLiteral("d|e|f")};
    QTest::newRow("pipe") << text << QChar(u'|')
                          << QStringList{QStringLiteral("a;b,c\t\"d"), QStringLiteral("e\""), QStringLiteral("f")};
}

void TestCsvReader::delimiterDecidesTheSplit()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, fields);

    CsvReader reader(text, delimiter);
    CsvRecord record;
    QVERIFY(reader.readRecord(&record));
    QCOMPARE(record.fields(), fields);
    QVERIFY(!reader.readRecord(&record));
    QVERIFY(!reader.hasError());
}

void TestCsvReader::invalidBytesFoundOnTheirRecord_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("badValue");

    // 0x82 followed by a line end is broken in each of them.
    QTest::newRow("UTF-8") << QStringLiteral("UTF-8") << QStringLiteral("bad\uFFFD");
    // Only with ICU in this Qt build: these run through ICU's decoders, line by line.
    if (TextEncoding::fromName(QStringLiteral("GB18030")).isValid())
        QTest::newRow("GB18030") << QStringLiteral("GB18030") << QStringLiteral("bad\uFFFD");
    if (TextEncoding::fromName(QStringLiteral("Shift_JIS")).isValid())
        QTest::newRow("Shift_JIS, substitute character") << QStringLiteral("Shift_JIS") << QStringLiteral("bad\x1A");
}

void TestCsvReader::invalidBytesFoundOnTheirRecord()
{
    QFETCH(QString, encoding);
    QFETCH(QString, badValue);

    const QByteArray bytes("id,name\r\n1,ok\r\n2,bad\x82\r\n3,ok\r\n");
    const Records expected{{QStringLiteral("id"), QStringLiteral("name")},
                           {QStringLiteral("1"), QStringLiteral("ok")},
                           {QStringLiteral("2"), badValue},
                           {QStringLiteral("3"), QStringLiteral("ok")}};
    for (const qint64 chunkSize : {qint64(1), qint64(2), qint64(5), CsvReader::kDefaultChunkSize}) {
        const Outcome outcome = readBytes(bytes, TextEncoding::fromName(encoding), u',', chunkSize);
        QVERIFY2(outcome.records == expected && outcome.issues == QStringList{QStringLiteral("3:0:InvalidBytes")},
                 qPrintable(QStringLiteral("chunk size %1 gave %2").arg(chunkSize).arg(describe(outcome))));
    }
}

void TestCsvReader::issueMessagesNameLineAndColumn()
{
    CsvReader reader(QStringLiteral("id,note\n1,ok\n2,\"fine\" but not\n"), u',');
    CsvRecord record;
    QVERIFY(reader.readRecord(&record));
    QVERIFY(reader.readRecord(&record));
    QVERIFY(!record.hasIssues());
    QVERIFY(reader.readRecord(&record));
    QCOMPARE(record.issues().size(), qsizetype(1));
    const CsvRecord::Issue issue = record.issues().first();
    QCOMPARE(issue.lineNumber, qint64(3));
    QCOMPARE(issue.column, 2);
    QVERIFY2(issue.message.contains(QLatin1String("Line 3, column 2")), qPrintable(issue.message));
    QCOMPARE(record.field(1), QStringView(u"fine but not"));
}

void TestCsvReader::unusableDelimiterIsAnError_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("quote") << QChar(u'"');
    QTest::newRow("LF") << QChar(u'\n');
    QTest::newRow("CR") << QChar(u'\r');
}

void TestCsvReader::unusableDelimiterIsAnError()
{
    QFETCH(QChar, delimiter);

    QByteArray bytes("a,b\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, TextEncoding::utf8(), delimiter);
    CsvRecord record;
    QVERIFY(reader.hasError());
    QVERIFY(!reader.readRecord(&record));
    QVERIFY(reader.errorString().contains(QLatin1String("delimiter")));

    CsvReader textReader(QStringLiteral("a,b\n"), delimiter);
    QVERIFY(!textReader.readRecord(&record));
    QVERIFY(textReader.hasError());
}

void TestCsvReader::unusableEncodingIsAnError()
{
    QByteArray bytes("a,b\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, TextEncoding::fromName(QStringLiteral("no-such-encoding")), u',');
    CsvRecord record;
    QVERIFY(!reader.readRecord(&record));
    QVERIFY2(reader.errorString().contains(QStringLiteral("“no-such-encoding”")), qPrintable(reader.errorString()));
}

void TestCsvReader::closedDeviceIsAnError()
{
    QByteArray bytes("a,b\n");
    QBuffer buffer(&bytes);
    CsvReader reader(&buffer, TextEncoding::utf8(), u',');
    CsvRecord record;
    QVERIFY(!reader.readRecord(&record));
    QVERIFY(reader.hasError());
}

void TestCsvReader::deviceFailureStopsReading()
{
    FailingDevice device(QByteArrayLiteral("a,b\n1,2\n3,"));
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device, TextEncoding::utf8(), u',');
    reader.setChunkSize(4);
    const Outcome outcome = readAll(reader);
    // The incomplete last record is not handed out as if it were complete.
    QCOMPARE(outcome.records,
             (Records{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}}));
    QVERIFY2(outcome.error.contains(QLatin1String("the network share went away")), qPrintable(outcome.error));
}

void TestCsvReader::runawayQuoteStopsReading()
{
    QByteArray bytes("seller_id,note\nS-001,\"opened and never closed\n");
    for (int i = 0; i < 200; ++i)
        bytes.append("S-002,a perfectly normal line that ends up inside the quote\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, TextEncoding::utf8(), u',');
    reader.setChunkSize(256);
    reader.setMaximumRecordLength(1000);
    CsvRecord record;
    QVERIFY(reader.readRecord(&record));
    QVERIFY(!reader.readRecord(&record));
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(QLatin1String("line 2")), qPrintable(reader.errorString()));
    QVERIFY(!reader.readRecord(&record));
    // Stopped early instead of reading the whole file into one value.
    QVERIFY(reader.bytesRead() < bytes.size());
}

void TestCsvReader::fieldAccess()
{
    CsvReader reader(QStringLiteral("\uFEFFa,\"b\",\n\nc\n"), u',');
    CsvRecord record;
    QVERIFY(reader.readRecord(&record));
    QCOMPARE(record.fieldCount(), 3);
    QCOMPARE(record.field(0), QStringView(u"a"));
    QCOMPARE(record.field(1), QStringView(u"b"));
    QVERIFY(record.field(2).isEmpty());
    QVERIFY(record.field(3).isEmpty());
    QVERIFY(record.field(-1).isEmpty());
    QCOMPARE(record.recordNumber(), qint64(1));
    QCOMPARE(record.lineNumber(), qint64(1));
    QVERIFY(reader.readRecord(&record));
    QCOMPARE(record.fields(), QStringList{QStringLiteral("c")});
    QCOMPARE(record.recordNumber(), qint64(2));
    QCOMPARE(record.lineNumber(), qint64(3));
    QVERIFY(!reader.readRecord(&record));
    QCOMPARE(record.fieldCount(), 0);
    QVERIFY(!reader.hasError());
}

void TestCsvReader::streamsLargeInputInBoundedMemory()
{
    const qint64 rowLength = GeneratedCsvDevice::row(0).size();
    const qint64 rows = 50 * 1000 * 1000 / rowLength;
    GeneratedCsvDevice device(rows);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, TextEncoding::utf8(), u',');
    const qint64 chunkSize = reader.chunkSize();

    CsvRecord record;
    QVERIFY(reader.readRecord(&record));
    QCOMPARE(record.fieldCount(), 6);
    qint64 dataRows = 0;
    const qsizetype firstBuffer = reader.bufferCapacity();
    qsizetype largestBuffer = 0;
    QElapsedTimer timer;
    timer.start();
    while (reader.readRecord(&record)) {
        // Each generated row spans two physical lines; the header is line 1.
        if (record.fieldCount() != 6 || record.lineNumber() != 2 + 2 * dataRows || record.hasIssues())
            QFAIL(qPrintable(QStringLiteral("row %1 came out as %2").arg(dataRows).arg(record.fields().join(u'|'))));
        if (dataRows % 100000 == 0)
            QCOMPARE(record.fields(), GeneratedCsvDevice::fields(dataRows));
        largestBuffer = qMax(largestBuffer, reader.bufferCapacity());
        ++dataRows;
    }
    const qint64 elapsedMs = qMax<qint64>(1, timer.elapsed());
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(dataRows, rows);
    QCOMPARE(reader.bytesRead(), device.bytesGenerated());
    QVERIFY(device.bytesGenerated() >= 49 * 1000 * 1000);
    QVERIFY(device.largestRequest() <= chunkSize);
    // The text buffer is allocated for the first chunk (QString rounds the allocation up) and then
    // reused: it never grows with the input.
    QVERIFY2(largestBuffer == firstBuffer && firstBuffer <= 2 * chunkSize,
             qPrintable(QStringLiteral("%1 then %2 characters").arg(firstBuffer).arg(largestBuffer)));
    qInfo("CsvReader throughput: %.1f MB/s, %.0f records/s (%lld MB, %lld records, %lld ms)",
          double(device.bytesGenerated()) / 1e6 / (double(elapsedMs) / 1000.0),
          double(dataRows) / (double(elapsedMs) / 1000.0), device.bytesGenerated() / 1000000, dataRows, elapsedMs);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
