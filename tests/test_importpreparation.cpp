// SPDX-License-Identifier: GPL-3.0-or-later
// ImportPreparation, the step before an import that the command shares with the wizard's logic:
// a file is read with the profile's settings or detected ones, its columns mapped from a mapping
// file or from their names, and what is missing said, without a program or a window.
#include "importjob/ImportPreparation.h"

#include <QTest>

using namespace mentordesk;

namespace {

QString importFixture(const QString& name)
{
    return QStringLiteral(MENTORDESK_TEST_DATA "/import/") + name;
}

} // namespace

class TestImportPreparation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void prepare_data();
    void prepare();
    void exportDateGivenWins();
};

void TestImportPreparation::prepare_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mapping"); // fixture name, or empty
    QTest::addColumn<bool>("ready");
    QTest::addColumn<bool>("mappingResolved");
    QTest::addColumn<QString>("errorContains");
    QTest::addColumn<QStringList>("missingFields");

    const int sellers = int(ImportKind::SellerProfiles);
    const int metrics = int(ImportKind::MetricSnapshots);
    const QString ownHeaders = QStringLiteral("command-sellers-own-headers.csv");
    const QString ownMapping = QStringLiteral("command-own-headers-mapping.json");
    QTest::newRow("columns mapped from their names")
        << sellers << QStringLiteral("command-sellers.csv") << QString() << true << true << QString() << QStringList();
    QTest::newRow("mapping file") << sellers << ownHeaders << ownMapping << true << true << QString() << QStringList();
    QTest::newRow("required field unmapped")
        << sellers << ownHeaders << QString() << false << true << QString() << QStringList{QStringLiteral("Seller ID")};
    QTest::newRow("mapping for another kind")
        << metrics << ownHeaders << ownMapping << false << false
        << QStringLiteral("is for seller files, not metrics files") << QStringList();
    QTest::newRow("mapping naming a missing column")
        << sellers << ownHeaders << QStringLiteral("command-unknown-column-mapping.json") << false << false
        << QStringLiteral("“No Such Column”") << QStringList();
    QTest::newRow("missing file") << sellers << QStringLiteral("nope.csv") << QString() << false << false
                                  << QStringLiteral("nope.csv") << QStringList();
}

void TestImportPreparation::prepare()
{
    QFETCH(int, kind);
    QFETCH(QString, file);
    QFETCH(QString, mapping);
    QFETCH(bool, ready);
    QFETCH(bool, mappingResolved);
    QFETCH(QString, errorContains);
    QFETCH(QStringList, missingFields);

    ImportRequest request;
    request.kind = ImportKind(kind);
    request.filePath = importFixture(file);
    if (!mapping.isEmpty())
        request.mappingFilePath = importFixture(mapping);
    const PreparedImport prepared = ImportPreparation::prepare(request);
    QCOMPARE(prepared.isReady(), ready);
    QCOMPARE(prepared.mappingResolved, mappingResolved);
    QCOMPARE(prepared.missingFields, missingFields);
    if (errorContains.isEmpty())
        QVERIFY2(prepared.error.isEmpty(), qPrintable(prepared.error));
    else
        QVERIFY2(prepared.error.contains(errorContains), qPrintable(prepared.error));
    if (ready) {
        QVERIFY(prepared.source);
        QCOMPARE(prepared.options.filePath, request.filePath);
        QVERIFY(prepared.options.mapping.column(u"external_id") >= 0);
    }
}

void TestImportPreparation::exportDateGivenWins()
{
    ImportRequest request;
    request.filePath = importFixture(QStringLiteral("command-sellers.csv"));
    PreparedImport prepared = ImportPreparation::prepare(request);
    QVERIFY(prepared.isReady());
    // The file carries revenue and orders but no date column: the snapshots take the export date,
    // which defaults to the file's date.
    QVERIFY(prepared.snapshotsTakeExportDate);
    QCOMPARE(prepared.options.exportDate, prepared.source->fileDate);

    request.exportDate = QDate(2024, 3, 31);
    prepared = ImportPreparation::prepare(request);
    QCOMPARE(prepared.options.exportDate, QDate(2024, 3, 31));
}

QTEST_GUILESS_MAIN(TestImportPreparation)
#include "test_importpreparation.moc"
