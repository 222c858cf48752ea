// SPDX-License-Identifier: GPL-3.0-or-later
// ImportErrorReport: the rejected rows of an import as CSV that Excel opens right (UTF-8 with a
// byte-order mark, CRLF) and that reads back through the project's own CsvReader value for value;
// quoting; the apostrophe before formula-like values; a sentence for a path it cannot write; and
// no file, not even half a one, unless finish() succeeds.
#include "importing/CsvReader.h"
#include "importing/CsvRecord.h"
#include "importing/ImportErrorReport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace mentordesk;

namespace {

ImportProblem problem(qint64 line, const QString& columnName, const QString& value, const QString& reason)
{
    ImportProblem result;
    result.line = line;
    result.column = columnName.isEmpty() ? -1 : 0;
    result.columnName = columnName;
    result.value = value;
    result.reason = reason;
    return result;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// The records of a report, read as an import would read it.
QList<QStringList> readReport(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&file, TextEncoding::utf8(), u',');
    CsvRecord record;
    QList<QStringList> records;
    while (reader.readRecord(&record)) {
        if (record.hasIssues())
            return {};
        records.append(record.fields());
    }
    return records;
}

} // namespace

class TestImportErrorReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void csvField_data();
    void csvField();
    void roundTrip_data();
    void roundTrip();
    void excelBytes();
    void severalProblemsInOneRow();
    void unwritablePath();
    void discardLeavesNoFile();
    void destructorLeavesNoFile();
    void previousReportStaysUntilFinish();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportErrorReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestImportErrorReport::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");

    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("semicolon is not the delimiter") << QStringLiteral("a;b") << QStringLiteral("a;b");
    QTest::newRow("=") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("+") << QStringLiteral("+49 30 123") << QStringLiteral("'+49 30 123");
    QTest::newRow("-") << QStringLiteral("-5") << QStringLiteral("'-5");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("formula and comma") << QStringLiteral("=HYPERLINK(\"x\",\"y\")")
                                       << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    QTest::newRow("= inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void TestImportErrorReport::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(ImportErrorReport::csvField(value), field);
}

void TestImportErrorReport::roundTrip_data()
{
    QTest::addColumn<QString>("columnName");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("valueReadBack");

    QTest::newRow("plain") << QStringLiteral("E-mail") << QStringLiteral("x") << QStringLiteral("Not an address.")
                           << QStringLiteral("x");
    QTest::newRow("delimiter and quotes")
        << QStringLiteral("Shop, name") << QStringLiteral("\"Müller\", Söhne")
        << QStringLiteral("Too long, shorten it.") << QStringLiteral("\"Müller\", Söhne");
    QTest::newRow("line ends") << QStringLiteral("Notes") << QStringLiteral("one\r\ntwo\nthree\rfour")
                               << QStringLiteral("Line ends are not allowed.")
                               << QStringLiteral("one\r\ntwo\nthree\rfour");
    QTest::newRow("formula") << QStringLiteral("Revenue") << QStringLiteral("=1+1")
                             << QStringLiteral("“=1+1” is not a number.") << QStringLiteral("'=1+1");
    QTest::newRow("whole row") << QString() << QString()
                               << QStringLiteral("The row has 4 values, but the header names 3 columns.") << QString();
    QTest::newRow("non-Latin") << QStringLiteral("城市") << QStringLiteral("東京") << QStringLiteral("Łódź ≠ Tokyo.")
                               << QStringLiteral("東京");
}

void TestImportErrorReport::roundTrip()
{
    QFETCH(QString, columnName);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    QFETCH(QString, valueReadBack);

    const QString path = m_dir->filePath(QStringLiteral("errors.csv"));
    ImportErrorReport report;
    QVERIFY2(report.open(path), qPrintable(report.errorString()));
    report.rowRejected(12, {value}, {problem(12, columnName, value, reason)});
    report.rowRejected(40, {QStringLiteral("y")},
                       {problem(40, QStringLiteral("Orders"), QStringLiteral("y"), QStringLiteral("Not a number."))});
    QCOMPARE(report.problemCount(), qint64(2));
    QVERIFY2(report.finish(), qPrintable(report.errorString()));

    const QList<QStringList> records = readReport(path);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0), (QStringList{QStringLiteral("Line"), QStringLiteral("Column"), QStringLiteral("Value"),
                                         QStringLiteral("Reason")}));
    QCOMPARE(records.at(1), (QStringList{QStringLiteral("12"), columnName, valueReadBack, reason}));
    QCOMPARE(records.at(2), (QStringList{QStringLiteral("40"), QStringLiteral("Orders"), QStringLiteral("y"),
                                         QStringLiteral("Not a number.")}));
}

void TestImportErrorReport::excelBytes()
{
    const QString path = m_dir->filePath(QStringLiteral("errors.csv"));
    ImportErrorReport report;
    QVERIFY(report.open(path));
    report.rowRejected(3, {}, {problem(3, QStringLiteral("Shop"), QStringLiteral("Café"), QStringLiteral("Bad."))});
    QVERIFY(report.finish());
    QCOMPARE(readAll(path), QByteArray("\xEF\xBB\xBFLine,Column,Value,Reason\r\n"
                                       "3,Shop,Caf\xC3\xA9,Bad.\r\n"));
}

void TestImportErrorReport::severalProblemsInOneRow()
{
    // One report line per problem, each with the row's line, so a filter in the spreadsheet finds
    // every problem of a column.
    const QString path = m_dir->filePath(QStringLiteral("errors.csv"));
    ImportErrorReport report;
    QVERIFY(report.open(path));
    report.rowRejected(7, {QStringLiteral("a"), QStringLiteral("b")},
                       {problem(7, QStringLiteral("One"), QStringLiteral("a"), QStringLiteral("First.")),
                        problem(7, QStringLiteral("Two"), QStringLiteral("b"), QStringLiteral("Second."))});
    QCOMPARE(report.problemCount(), qint64(2));
    QVERIFY(report.finish());
    const QList<QStringList> records = readReport(path);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1).first(), QStringLiteral("7"));
    QCOMPARE(records.at(2).first(), QStringLiteral("7"));
    QCOMPARE(records.at(2).at(1), QStringLiteral("Two"));
}

void TestImportErrorReport::unwritablePath()
{
    // A folder that cannot exist, because a file has its name: unwritable even for root.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + QStringLiteral("/errors.csv");

    ImportErrorReport report;
    QVERIFY(!report.open(path));
    QVERIFY2(report.errorString().contains(QDir::toNativeSeparators(path)), qPrintable(report.errorString()));
    QVERIFY2(report.errorString().endsWith(u'.'), qPrintable(report.errorString()));
    // Rows given to a report that could not be opened are dropped, and finish() says it failed.
    report.rowRejected(1, {}, {problem(1, QStringLiteral("A"), QStringLiteral("x"), QStringLiteral("Bad."))});
    QVERIFY(!report.finish());
}

void TestImportErrorReport::discardLeavesNoFile()
{
    const QString path = m_dir->filePath(QStringLiteral("errors.csv"));
    ImportErrorReport report;
    QVERIFY(report.open(path));
    report.rowRejected(1, {}, {problem(1, QStringLiteral("A"), QStringLiteral("x"), QStringLiteral("Bad."))});
    report.discard();
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    QVERIFY(!report.finish());
}

void TestImportErrorReport::destructorLeavesNoFile()
{
    const QString path = m_dir->filePath(QStringLiteral("errors.csv"));
    {
        ImportErrorReport report;
        QVERIFY(report.open(path));
        report.rowRejected(1, {}, {problem(1, QStringLiteral("A"), QStringLiteral("x"), QStringLiteral("Bad."))});
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestImportErrorReport::previousReportStaysUntilFinish()
{
    const QString path = m_dir->filePath(QStringLiteral("errors.csv"));
    {
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous report\r\n");
    }
    ImportErrorReport report;
    QVERIFY(report.open(path));
    report.rowRejected(1, {}, {problem(1, QStringLiteral("A"), QStringLiteral("x"), QStringLiteral("Bad."))});
    QCOMPARE(readAll(path), QByteArray("previous report\r\n"));
    QVERIFY(report.finish());
    QCOMPARE(readReport(path).size(), 2);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("errors.csv")});
}

QTEST_GUILESS_MAIN(TestImportErrorReport)
#include "test_importerrorreport.moc"
