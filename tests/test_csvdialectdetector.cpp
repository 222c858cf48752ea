// SPDX-License-Identifier: GPL-3.0-or-later
// CsvDialectDetector: the delimiter among , ; tab | (quote-aware, consistency first, so Excel's
// German semicolon files with decimal commas are not taken for comma files), the header row, a
// sample cut in the middle of a record, the record limit, and the caller's overrides.
#include "importing/CsvDialectDetector.h"
#include "importing/TextDecoder.h"
#include "importing/TextEncoding.h"

#include <QFile>
#include <QtTest>

#include <optional>

using namespace mentordesk;

namespace {

/// A fixture decoded the way an import decodes it: detected encoding, whole file.
QString fixtureText(const QString& name)
{
    QFile file(QStringLiteral(MENTORDESK_TEST_DATA "/csv/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    const QByteArray bytes = file.readAll();
    TextDecoder decoder(TextEncoding::detect(bytes, true));
    QString text;
    decoder.decode(bytes, &text);
    decoder.finish(&text);
    return text;
}

/// The detected delimiter as text for QCOMPARE; "none" when nothing was detected.
QString describe(std::optional<QChar> delimiter)
{
    if (!delimiter)
        return QStringLiteral("none");
    return *delimiter == u'\t' ? QStringLiteral("tab") : QString(*delimiter);
}

} // namespace

class TestCsvDialectDetector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void delimiter_data();
    void delimiter();
    void headerRow_data();
    void headerRow();
    void cutSampleIgnoresItsLastRecord();
    void recordLimit();
    void overrides();
};

void TestCsvDialectDetector::delimiter_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<bool>("sampleIsWholeFile");
    QTest::addColumn<QString>("delimiter");

    const QString comma = QStringLiteral(",");
    QTest::newRow("commas, quoted commas") << fixtureText(QStringLiteral("quoted.csv")) << true << comma;
    QTest::newRow("Excel Unicode text: tabs")
        << fixtureText(QStringLiteral("utf16le-excel.txt")) << true << QStringLiteral("tab");
    QTest::newRow("Excel Germany: semicolons with decimal commas")
        << fixtureText(QStringLiteral("semicolon-decimal-comma.csv")) << true << QStringLiteral(";");
    QTest::newRow("pipes with commas and semicolons in values")
        << fixtureText(QStringLiteral("pipe.csv")) << true << QStringLiteral("|");
    QTest::newRow("commas with a quoted decimal comma")
        << fixtureText(QStringLiteral("windows-1252.csv")) << true << comma;
    QTest::newRow("ragged rows still commas") << fixtureText(QStringLiteral("ragged-rows.csv")) << true << comma;
    QTest::newRow("semicolons, every value a decimal comma")
        << QStringLiteral("Name;Umsatz;Quote\nA;1,5;0,2\nB;2,5;0,3\nC;3,5;0,4\n") << true << QStringLiteral(";");
    QTest::newRow("semicolons only inside quotes") << QStringLiteral("a,b\n\"x;y\",z\n\"p;q;r\",s\n") << true << comma;
    QTest::newRow("tabs, commas in the text")
        << QStringLiteral("id\tcity\n1\tBerlin, DE\n2\tParis, FR\n") << true << QStringLiteral("tab");
    QTest::newRow("header only") << QStringLiteral("seller_id;shop_name;email\n") << true << QStringLiteral(";");
    QTest::newRow("one column") << QStringLiteral("seller_id\nS-1\nS-2\n") << true << QStringLiteral("none");
    QTest::newRow("empty") << QString() << true << QStringLiteral("none");
}

void TestCsvDialectDetector::delimiter()
{
    QFETCH(QString, sample);
    QFETCH(bool, sampleIsWholeFile);
    QFETCH(QString, delimiter);

    QCOMPARE(describe(CsvDialectDetector(sample, sampleIsWholeFile).detectDelimiter()), delimiter);
}

void TestCsvDialectDetector::headerRow_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("hasHeaderRow");

    QTest::newRow("titles over IDs, names and numbers")
        << QStringLiteral("seller_id,shop_name,orders\nS-001,Alpha,3\nS-002,Beta,12\n") << QChar(u',') << true;
    QTest::newRow("data from the first row")
        << QStringLiteral("S-001,Alpha,3\nS-002,Beta,12\n") << QChar(u',') << false;
    QTest::newRow("header only") << fixtureText(QStringLiteral("header-only.csv")) << QChar(u',') << true;
    QTest::newRow("repeated title") << QStringLiteral("name,Name\nA,B\n") << QChar(u',') << false;
    QTest::newRow("years are not titles") << QStringLiteral("2023,2024\n5,6\n") << QChar(u',') << false;
    QTest::newRow("first row reappears below")
        << QStringLiteral("Berlin,DE\nParis,FR\nBerlin,DE\n") << QChar(u',') << false;
    QTest::newRow("title length unlike equal-length IDs")
        << QStringLiteral("seller_id,shop\nS-0001,Alpha\nS-0002,Beta\n") << QChar(u',') << true;
    QTest::newRow("dates and amounts under titles")
        << QStringLiteral("joined;revenue\n15.01.2024;1.234,56 €\n16.01.2024;980,00 €\n") << QChar(u';') << true;
    QTest::newRow("numbers under numbers") << QStringLiteral("x,12\ny,13\nz,14\n") << QChar(u',') << false;
    QTest::newRow("Excel Germany") << fixtureText(QStringLiteral("semicolon-decimal-comma.csv")) << QChar(u';') << true;
    QTest::newRow("Excel Unicode text") << fixtureText(QStringLiteral("utf16le-excel.txt")) << QChar(u'\t') << true;
    QTest::newRow("ragged rows") << fixtureText(QStringLiteral("ragged-rows.csv")) << QChar(u',') << true;
    QTest::newRow("mostly empty first row") << QStringLiteral(",,,title\n1,2,3,4\n") << QChar(u',') << false;
    QTest::newRow("empty") << QString() << QChar(u',') << false;
}

void TestCsvDialectDetector::headerRow()
{
    QFETCH(QString, sample);
    QFETCH(QChar, delimiter);
    QFETCH(bool, hasHeaderRow);

    QCOMPARE(CsvDialectDetector(sample, true).detectHeaderRow(delimiter), hasHeaderRow);
}

void TestCsvDialectDetector::cutSampleIgnoresItsLastRecord()
{
    // The last record, "4;5", agrees with ';' only. Read as the whole file it makes ';' the more
    // consistent delimiter; in a cut sample it is ignored, and ',' and ';' tie (',' comes first).
    const QString sample = QStringLiteral("a;b,c\n1;2,3\n4;5");
    QCOMPARE(describe(CsvDialectDetector(sample, true).detectDelimiter()), QStringLiteral(";"));
    QCOMPARE(describe(CsvDialectDetector(sample, false).detectDelimiter()), QStringLiteral(","));

    // A cut header-only sample has no complete record at all.
    QCOMPARE(describe(CsvDialectDetector(QStringLiteral("seller_id;shop"), false).detectDelimiter()),
             QStringLiteral("none"));
    QCOMPARE(describe(CsvDialectDetector(QStringLiteral("seller_id;shop"), true).detectDelimiter()),
             QStringLiteral(";"));
}

void TestCsvDialectDetector::recordLimit()
{
    // Three comma records, then many semicolon ones: only the records within the limit count.
    QString sample = QStringLiteral("a,b\n1,2\n3,4\n");
    for (int i = 0; i < 60; ++i)
        sample += QStringLiteral("x;y;z\n");
    QCOMPARE(describe(CsvDialectDetector(sample, true, 3).detectDelimiter()), QStringLiteral(","));
    QCOMPARE(describe(CsvDialectDetector(sample, true).detectDelimiter()), QStringLiteral(";"));
}

void TestCsvDialectDetector::overrides()
{
    const CsvDialectDetector detector(QStringLiteral("seller_id;shop_name\nS-001;Alpha\nS-002;Beta\n"), true);
    QCOMPARE(detector.detect(), (CsvDialect{u';', true}));
    QCOMPARE(detector.detect(std::nullopt, false), (CsvDialect{u';', false}));
    QCOMPARE(detector.detect(QChar(u'|'), false), (CsvDialect{u'|', false}));

    // The header row is judged with the delimiter the caller gives: split at ';' the first row
    // holds the number 3, read whole with '|' it is one text value like those below it.
    const CsvDialectDetector headerless(QStringLiteral("S-1;3\nS-2;4\nS-3;5\n"), true);
    QCOMPARE(headerless.detect(), (CsvDialect{u';', false}));
    QCOMPARE(headerless.detect(QChar(u'|')), (CsvDialect{u'|', true}));

    // Nothing to detect from: ',' and no header.
    QCOMPARE(CsvDialectDetector(QString(), true).detect(), (CsvDialect{u',', false}));
}

QTEST_GUILESS_MAIN(TestCsvDialectDetector)
#include "test_csvdialectdetector.moc"
