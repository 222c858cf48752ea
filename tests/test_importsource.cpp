// SPDX-License-Identifier: GPL-3.0-or-later
// ImportSource: what the wizard and the headless import see of a file before importing it — the
// detected (or chosen) encoding and dialect, the header names padded for wider records, the first
// records with their lines, the file's date; and a sentence naming the file when it is missing,
// a folder, or empty.
#include "importing/ImportSource.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace mentordesk;

namespace {

QString fixturePath(const QString& name)
{
    return QStringLiteral(MENTORDESK_TEST_DATA "/csv/") + name;
}

/// "tab" for a tab, so that data rows read well.
QChar delimiterFromText(const QString& text)
{
    return text == QLatin1String("tab") ? QChar(u'\t') : text.at(0);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestImportSource : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inspectFixture_data();
    void inspectFixture();
    void withoutHeaderRow();
    void previewLimit();
    void sampleShorterThanFile();
    void fileDateIsLastModified();
    void unusableFile_data();
    void unusableFile();

private:
    QTemporaryDir m_dir;
};

void TestImportSource::inspectFixture_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("encodingOverride"); // empty: detect
    QTest::addColumn<QString>("delimiterOverride");
    QTest::addColumn<int>("headerOverride"); // -1: detect
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("hasHeaderRow");
    QTest::addColumn<QStringList>("columnNames");
    QTest::addColumn<int>("rowCount");
    QTest::addColumn<QStringList>("firstRow");
    QTest::addColumn<qint64>("firstLine");

    const QString utf8 = QStringLiteral("UTF-8");
    const QString cp1252 = QStringLiteral("windows-1252");
    const QString none;
    QTest::newRow("UTF-8 with byte-order mark")
        << QStringLiteral("utf8-bom.csv") << none << none << -1 << utf8 << QStringLiteral(",") << true
        << QStringList{QStringLiteral("seller_id"), QStringLiteral("shop_name")} << 2
        << QStringList{QStringLiteral("S-001"), QStringLiteral("Bäckerei Größe")} << qint64(2);
    QTest::newRow("UTF-16 LE, tabs (Excel Unicode text)")
        << QStringLiteral("utf16le-excel.txt") << none << none << -1 << QStringLiteral("UTF-16LE")
        << QStringLiteral("tab") << true
        << QStringList{QStringLiteral("seller_id"), QStringLiteral("shop_name"), QStringLiteral("city"),
                       QStringLiteral("revenue")}
        << 3
        << QStringList{QStringLiteral("S-001"), QStringLiteral("Müller, Söhne"), QStringLiteral("東京"),
                       QStringLiteral("1234.50")}
        << qint64(2);
    QTest::newRow("UTF-16 BE") << QStringLiteral("utf16be-excel.txt") << none << none << -1
                               << QStringLiteral("UTF-16BE") << QStringLiteral("tab") << true
                               << QStringList{QStringLiteral("seller_id"), QStringLiteral("shop_name"),
                                              QStringLiteral("city"), QStringLiteral("revenue")}
                               << 3
                               << QStringList{QStringLiteral("S-001"), QStringLiteral("Müller, Söhne"),
                                              QStringLiteral("東京"), QStringLiteral("1234.50")}
                               << qint64(2);
    QTest::newRow("Windows-1252, semicolons (Excel Germany)")
        << QStringLiteral("semicolon-decimal-comma.csv") << none << none << -1 << cp1252 << QStringLiteral(";") << true
        << QStringList{QStringLiteral("Verkäufer-ID"), QStringLiteral("Shopname"), QStringLiteral("Umsatz"),
                       QStringLiteral("Rücksendequote"), QStringLiteral("Datum")}
        << 4
        << QStringList{QStringLiteral("S-001"), QStringLiteral("Müller & Söhne"), QStringLiteral("1.234,56"),
                       QStringLiteral("0,05"), QStringLiteral("15.01.2024")}
        << qint64(2);
    QTest::newRow("Windows-1252, commas")
        << QStringLiteral("windows-1252.csv") << none << none << -1 << cp1252 << QStringLiteral(",") << true
        << QStringList{QStringLiteral("seller_id"), QStringLiteral("shop_name"), QStringLiteral("city"),
                       QStringLiteral("revenue")}
        << 4
        << QStringList{QStringLiteral("S-001"), QStringLiteral("Bäckerei Müller"), QStringLiteral("Köln"),
                       QStringLiteral("1.234,50 €")}
        << qint64(2);
    QTest::newRow("pipes") << QStringLiteral("pipe.csv") << none << none << -1 << utf8 << QStringLiteral("|") << true
                           << QStringList{QStringLiteral("seller_id"), QStringLiteral("shop_name"),
                                          QStringLiteral("revenue"), QStringLiteral("note")}
                           << 3
                           << QStringList{QStringLiteral("S-001"), QStringLiteral("Alpha, Beta"), QStringLiteral("1,5"),
                                          QStringLiteral("a; b")}
                           << qint64(2);
    QTest::newRow("a record wider than the header gets a default name for its extra column")
        << QStringLiteral("ragged-rows.csv") << none << none << -1 << utf8 << QStringLiteral(",") << true
        << QStringList{QStringLiteral("seller_id"), QStringLiteral("shop_name"), QStringLiteral("orders"),
                       QStringLiteral("Column 4")}
        << 4 << QStringList{QStringLiteral("S-001"), QStringLiteral("Alpha"), QStringLiteral("3")} << qint64(2);
    QTest::newRow("line numbers count line ends inside quoted values")
        << QStringLiteral("newlines-in-fields.csv") << none << none << -1 << utf8 << QStringLiteral(",") << true
        << QStringList{QStringLiteral("seller_id"), QStringLiteral("address"), QStringLiteral("note")} << 3
        << QStringList{QStringLiteral("S-001"), QStringLiteral("Hauptstr. 1\r\n10115 Berlin"), QStringLiteral("ok")}
        << qint64(2);
    QTest::newRow("a header row and no data")
        << QStringLiteral("header-only.csv") << none << none << -1 << utf8 << QStringLiteral(",") << true
        << QStringList{QStringLiteral("seller_id"), QStringLiteral("shop_name"), QStringLiteral("email")} << 0
        << QStringList() << qint64(0);

    // What the user chose is taken as given, however wrong it looks.
    QTest::newRow("encoding chosen: Windows-1252 read as UTF-8")
        << QStringLiteral("semicolon-decimal-comma.csv") << utf8 << none << -1 << utf8 << QStringLiteral(";") << true
        << QStringList{QStringLiteral("Verk\uFFFDufer-ID"), QStringLiteral("Shopname"), QStringLiteral("Umsatz"),
                       QStringLiteral("R\uFFFDcksendequote"), QStringLiteral("Datum")}
        << 4
        << QStringList{QStringLiteral("S-001"), QStringLiteral("M\uFFFDller & S\uFFFDhne"), QStringLiteral("1.234,56"),
                       QStringLiteral("0,05"), QStringLiteral("15.01.2024")}
        << qint64(2);
    QTest::newRow("delimiter chosen: commas in a semicolon file")
        << QStringLiteral("semicolon-decimal-comma.csv") << none << QStringLiteral(",") << -1 << cp1252
        << QStringLiteral(",") << true
        << QStringList{QStringLiteral("Verkäufer-ID;Shopname;Umsatz;Rücksendequote;Datum"), QStringLiteral("Column 2"),
                       QStringLiteral("Column 3")}
        << 4
        << QStringList{QStringLiteral("S-001;Müller & Söhne;1.234"), QStringLiteral("56;0"),
                       QStringLiteral("05;15.01.2024")}
        << qint64(2);
    QTest::newRow("no header row chosen: the first record is data")
        << QStringLiteral("crlf.csv") << none << none << 0 << utf8 << QStringLiteral(",") << false
        << QStringList{QStringLiteral("Column 1"), QStringLiteral("Column 2")} << 3
        << QStringList{QStringLiteral("seller_id"), QStringLiteral("orders")} << qint64(1);
    QTest::newRow("everything chosen") << QStringLiteral("pipe.csv") << QStringLiteral("windows-1252")
                                       << QStringLiteral("|") << 1 << cp1252 << QStringLiteral("|") << true
                                       << QStringList{QStringLiteral("seller_id"), QStringLiteral("shop_name"),
                                                      QStringLiteral("revenue"), QStringLiteral("note")}
                                       << 3
                                       << QStringList{QStringLiteral("S-001"), QStringLiteral("Alpha, Beta"),
                                                      QStringLiteral("1,5"), QStringLiteral("a; b")}
                                       << qint64(2);
}

void TestImportSource::inspectFixture()
{
    QFETCH(QString, fixture);
    QFETCH(QString, encodingOverride);
    QFETCH(QString, delimiterOverride);
    QFETCH(int, headerOverride);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(bool, hasHeaderRow);
    QFETCH(QStringList, columnNames);
    QFETCH(int, rowCount);
    QFETCH(QStringList, firstRow);
    QFETCH(qint64, firstLine);

    ImportSource::Overrides overrides;
    if (!encodingOverride.isEmpty())
        overrides.encoding = TextEncoding::fromName(encodingOverride);
    if (!delimiterOverride.isEmpty())
        overrides.delimiter = delimiterFromText(delimiterOverride);
    if (headerOverride >= 0)
        overrides.hasHeaderRow = headerOverride == 1;

    QString error;
    const std::optional<ImportSource> source = ImportSource::inspect(fixturePath(fixture), overrides, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->filePath, fixturePath(fixture));
    QCOMPARE(source->fileSize, QFileInfo(fixturePath(fixture)).size());
    QCOMPARE(source->encoding.name(), encoding);
    QCOMPARE(source->encoding.origin() == TextEncoding::Origin::UserChoice, !encodingOverride.isEmpty());
    QCOMPARE(source->dialect.delimiter, delimiterFromText(delimiter));
    QCOMPARE(source->dialect.hasHeaderRow, hasHeaderRow);
    QCOMPARE(source->columnNames, columnNames);
    QCOMPARE(source->previewRows.size(), rowCount);
    QCOMPARE(source->previewLines.size(), rowCount);
    QVERIFY(source->previewIsWholeFile);
    if (rowCount > 0) {
        QCOMPARE(source->previewRows.first(), firstRow);
        QCOMPARE(source->previewLines.first(), firstLine);
    }
}

void TestImportSource::withoutHeaderRow()
{
    // Seller IDs and numbers from the first line on: nothing names the columns.
    const QString path = m_dir.filePath(QStringLiteral("no-header.csv"));
    writeFile(path, "S-001,Alpha,12\nS-002,Beta,7\nS-003,Gamma,9\n");
    QString error;
    const std::optional<ImportSource> source = ImportSource::inspect(path, {}, &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(!source->dialect.hasHeaderRow);
    QCOMPARE(source->columnNames,
             (QStringList{QStringLiteral("Column 1"), QStringLiteral("Column 2"), QStringLiteral("Column 3")}));
    QCOMPARE(source->previewRows.size(), 3);
    QCOMPARE(source->previewLines, (QList<qint64>{1, 2, 3}));
}

void TestImportSource::previewLimit()
{
    QString error;
    const std::optional<ImportSource> source =
        ImportSource::inspect(fixturePath(QStringLiteral("ragged-rows.csv")), {}, &error, 2);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->previewRows.size(), 2);
    QCOMPARE(source->previewLines, (QList<qint64>{2, 3}));
    QVERIFY(!source->previewIsWholeFile);
    // The wider record is beyond the preview, so no column is named for it.
    QCOMPARE(source->columnNames.size(), 3);
}

void TestImportSource::sampleShorterThanFile()
{
    // Semicolons and Windows-1252 beyond the detection sample: detection still reads the start,
    // and the preview stops at its limit.
    const QString path = m_dir.filePath(QStringLiteral("long.csv"));
    QByteArray bytes = "Verk\xE4ufer-ID;Umsatz\r\n";
    for (int i = 0; bytes.size() <= 2 * ImportSource::kDetectionSampleBytes; ++i)
        bytes += "S-" + QByteArray::number(i) + ";" + QByteArray::number(i) + ",5\r\n";
    writeFile(path, bytes);
    QString error;
    const std::optional<ImportSource> source = ImportSource::inspect(path, {}, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->fileSize, bytes.size());
    QCOMPARE(source->encoding.name(), QStringLiteral("windows-1252"));
    QCOMPARE(source->dialect.delimiter, QChar(u';'));
    QVERIFY(source->dialect.hasHeaderRow);
    QCOMPARE(source->columnNames, (QStringList{QStringLiteral("Verkäufer-ID"), QStringLiteral("Umsatz")}));
    QCOMPARE(source->previewRows.size(), ImportSource::kDefaultPreviewRecords);
    QCOMPARE(source->previewLines.last(), qint64(ImportSource::kDefaultPreviewRecords + 1));
    QVERIFY(!source->previewIsWholeFile);
}

void TestImportSource::fileDateIsLastModified()
{
    const QString path = m_dir.filePath(QStringLiteral("dated.csv"));
    writeFile(path, "seller_id,orders\nS-001,3\n");
    const QDateTime modified(QDate(2023, 11, 30), QTime(12, 0));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    }
    QString error;
    const std::optional<ImportSource> source = ImportSource::inspect(path, {}, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->fileDate, QDate(2023, 11, 30));
}

void TestImportSource::unusableFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("empty") << fixturePath(QStringLiteral("empty.csv")) << QStringLiteral("is empty");
    QTest::newRow("blank lines only") << m_dir.filePath(QStringLiteral("blank.csv")) << QStringLiteral("is empty");
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("missing.csv")) << QStringLiteral("cannot read");
    QTest::newRow("a folder") << m_dir.path() << QStringLiteral("is a folder");
}

void TestImportSource::unusableFile()
{
    QFETCH(QString, path);
    QFETCH(QString, sentence);
    writeFile(m_dir.filePath(QStringLiteral("blank.csv")), "\r\n\n\r\n");

    QString error;
    QVERIFY(!ImportSource::inspect(path, {}, &error));
    QVERIFY2(error.contains(sentence), qPrintable(error));
    QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
    QVERIFY2(error.endsWith(u'.'), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestImportSource)
#include "test_importsource.moc"
