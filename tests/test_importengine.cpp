// SPDX-License-Identifier: GPL-3.0-or-later
// The import engine against a real program file: upserts and policies, snapshots, open
// vocabularies, the bulk path, dry runs, cancel and failure leaving the program as it was, the
// batch record and undoing it.

#include "SqlTestSupport.h"

#include "importing/ImportProblemSink.h"
#include "importjob/ImportBatchRepository.h"
#include "importjob/ImportEngine.h"
#include "storage/ProgramDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

namespace {

struct CollectingSink : ImportProblemSink {
    QList<ImportProblem> problems;
    QList<qint64> lines;
    void rowRejected(qint64 line, const QStringList&, const QList<ImportProblem>& rowProblems) override
    {
        lines << line;
        problems += rowProblems;
    }
};

const char* const kSellerHeader = "Seller ID,Shop name,E-mail,Category,Channel,Status,Signup date,Revenue,Orders,"
                                  "Return rate,Listing quality\n";

} // namespace

class TestImportEngine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
    int m_fileCounter = 0;

    QSqlDatabase db() const { return m_program->connection(); }

    QString writeFile(const QByteArray& content)
    {
        const QString path = m_dir.filePath(QStringLiteral("file%1.csv").arg(++m_fileCounter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    ImportOptions optionsFor(ImportKind kind, const QString& path, const QStringList& header)
    {
        ImportOptions options;
        options.kind = kind;
        options.filePath = path;
        options.encoding = TextEncoding::utf8();
        options.dialect = CsvDialect{u',', true};
        options.mapping = ColumnMapping::autoMap(kind, header);
        options.exportDate = QDate(2026, 11, 1);
        options.actor = QStringLiteral("tester");
        options.safetyCopy = false;
        return options;
    }

    ImportResult importSellers(const QByteArray& rows, DuplicatePolicy policy = DuplicatePolicy::Update,
                               ImportProblemSink* sink = nullptr, bool dryRun = false)
    {
        const QByteArray content = QByteArray(kSellerHeader) + rows;
        const QString path = writeFile(content);
        ImportOptions options = optionsFor(ImportKind::SellerProfiles, path,
                                           QString::fromUtf8(kSellerHeader).trimmed().split(QLatin1Char(',')));
        options.onDuplicate = policy;
        options.dryRun = dryRun;
        return ImportEngine(db()).run(options, nullptr, sink);
    }

    /// Every row of the tables an import writes, for "exactly as it was" comparisons.
    QStringList content() const
    {
        QStringList rows;
        for (const QString& table : {QStringLiteral("sellers"), QStringLiteral("seller_metric_snapshots")}) {
            QSqlQuery query(db());
            query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values << query.value(i).toString();
                rows << table + QLatin1Char(':') + values.join(QLatin1Char('|'));
            }
        }
        rows << QStringLiteral("search:") + scalar(db(), QStringLiteral("SELECT count(*) FROM seller_search "
                                                                        "WHERE seller_search MATCH 'shop'"))
                                                .toString();
        return rows;
    }

    qint64 count(const QString& sql, const QVariantList& values = {}) const
    {
        return scalar(db(), sql, values).toLongLong();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_program = std::make_unique<ProgramDatabase>();
        QCOMPARE(m_program->open(m_dir.filePath(QStringLiteral("program%1.mentordesk").arg(++m_fileCounter))),
                 ProgramDatabase::Outcome::Created);
    }

    void cleanup() { m_program.reset(); }

    void addsSellersWithTheirSnapshot()
    {
        const ImportResult result = importSellers("S1,Alpha Crafts,alpha@example.com,Fashion,Marketplace app,"
                                                  "Enrolled,2026-01-15,1200.50,40,5%,81\n"
                                                  "S2,\"Beta, Bits\",beta@example.com,Toys,own-storefront,,"
                                                  "15.02.2026,,,,\n");
        QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.error));
        QCOMPARE(result.rowsRead, 2);
        QCOMPARE(result.sellersAdded, 2);
        QCOMPARE(result.snapshotsAdded, 1);
        QCOMPARE(result.rowsRejected, 0);
        QVERIFY(result.batchId > 0);

        QCOMPARE(scalar(db(), QStringLiteral("SELECT channel || '/' || status || '/' || signup_date FROM sellers "
                                             "WHERE external_id = 'S1'"))
                     .toString(),
                 QStringLiteral("marketplace_app/enrolled/2026-01-15"));
        // An empty status cell gets the schema's default; the second row's date is day-first.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT channel || '/' || status || '/' || signup_date || '/' || "
                                             "shop_name FROM sellers WHERE external_id = 'S2'"))
                     .toString(),
                 QStringLiteral("own_storefront/prospect/2026-02-15/Beta, Bits"));
        // The snapshot is dated by the export date; 5 % of 40 orders are 2 returned orders.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT snapshot_date || '/' || revenue || '/' || orders || '/' || "
                                             "returned_orders || '/' || listing_quality FROM seller_metric_snapshots"))
                     .toString(),
                 QStringLiteral("2026-11-01/1200.5/40/2/81.0"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT latest_revenue FROM sellers WHERE external_id = 'S1'")).toDouble(),
                 1200.5);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM seller_search WHERE seller_search MATCH 'Beta'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sellers WHERE import_batch_id = ?"), {result.batchId}), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'import_batch' AND entity_id = ?"),
                       {result.batchId}),
                 1);
        const QList<ImportBatch> batches = ImportBatchRepository(db()).batches();
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().sellersAdded, 2);
        QCOMPARE(batches.first().actor, QStringLiteral("tester"));
        QCOMPARE(batches.first().fileSha256.size(), 64);
        QCOMPARE(result.newValues.value(QStringLiteral("category")),
                 (QStringList{QStringLiteral("Fashion"), QStringLiteral("Toys")}));
    }

    void reimportIsUnchanged()
    {
        const QByteArray rows = "S1,Alpha,a@example.com,Fashion,App,Enrolled,2026-01-15,10,4,,50\n"
                                "S2,Beta,b@example.com,Toys,App,Enrolled,2026-01-16,20,5,,60\n";
        QVERIFY(importSellers(rows).succeeded());
        const QStringList before = content();
        const ImportResult again = importSellers(rows);
        QVERIFY2(again.status == ImportResult::Status::Imported, qPrintable(again.error));
        QVERIFY(!again.usedBulkPath);
        QCOMPARE(again.sellersUnchanged, 2);
        QCOMPARE(again.sellersAdded + again.sellersUpdated, 0);
        QCOMPARE(again.snapshotsUnchanged, 2);
        QCOMPARE(again.snapshotsAdded + again.snapshotsUpdated, 0);
        QVERIFY(again.newValues.isEmpty());
        QCOMPARE(content(), before);
    }

    void duplicatePolicy_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QString>("expectedShop");
        QTest::addColumn<qint64>("updated");
        QTest::addColumn<qint64>("skipped");
        QTest::newRow("update") << int(DuplicatePolicy::Update) << QStringLiteral("Alpha Renamed") << qint64(1)
                                << qint64(0);
        QTest::newRow("skip") << int(DuplicatePolicy::Skip) << QStringLiteral("Alpha") << qint64(0) << qint64(1);
        QTest::newRow("ask, not chosen") << int(DuplicatePolicy::Ask) << QStringLiteral("Alpha") << qint64(0)
                                         << qint64(1);
    }

    void duplicatePolicy()
    {
        QFETCH(int, policy);
        QFETCH(QString, expectedShop);
        QFETCH(qint64, updated);
        QFETCH(qint64, skipped);
        QVERIFY(importSellers("S1,Alpha,a@example.com,Fashion,App,Enrolled,,,,,\n").succeeded());
        const ImportResult result =
            importSellers("S1,Alpha Renamed,,Fashion,App,Enrolled,,10,4,,\n", DuplicatePolicy(policy));
        QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.error));
        QCOMPARE(result.sellersUpdated, updated);
        QCOMPARE(result.rowsSkipped, skipped);
        QCOMPARE(result.duplicateCount, 1);
        QCOMPARE(result.duplicates.size(), 1);
        QCOMPARE(result.duplicates.first().line, 2);
        QVERIFY(result.duplicates.first().changes.first().contains(QStringLiteral("Alpha Renamed")));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT shop_name FROM sellers WHERE external_id = 'S1'")).toString(),
                 expectedShop);
        // An empty cell never erases the stored e-mail, and the metrics are recorded under every policy.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT email FROM sellers")).toString(), QStringLiteral("a@example.com"));
        QCOMPARE(result.snapshotsAdded, 1);
    }

    void askUpdatesTheChosenLines()
    {
        QVERIFY(importSellers("S1,Alpha,,Fashion,App,,,,,,\nS2,Beta,,Toys,App,,,,,,\n").succeeded());
        const QString path = writeFile(QByteArray(kSellerHeader) + "S1,Alpha 2,,,,,,,,,\nS2,Beta 2,,,,,,,,,\n");
        ImportOptions options = optionsFor(ImportKind::SellerProfiles, path,
                                           QString::fromUtf8(kSellerHeader).trimmed().split(QLatin1Char(',')));
        options.onDuplicate = DuplicatePolicy::Ask;
        options.linesToUpdate = {3};
        const ImportResult result = ImportEngine(db()).run(options);
        QCOMPARE(result.sellersUpdated, 1);
        QCOMPARE(result.rowsSkipped, 1);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT group_concat(shop_name, ',') FROM (SELECT shop_name FROM sellers "
                                             "ORDER BY id)"))
                     .toString(),
                 QStringLiteral("Alpha,Beta 2"));
    }

    void matchesByEmailWhenTheIdIsUnknown()
    {
        SQL_OK(execSql(db(), QStringLiteral("INSERT INTO sellers(external_id, shop_name, email, created_utc, "
                                            "updated_utc) VALUES ('OLD-1', 'Old', 'Same@Example.com', '', ''), "
                                            "('OLD-2', 'Twin A', 'twin@example.com', '', ''), "
                                            "('OLD-3', 'Twin B', 'twin@example.com', '', '')")));
        CollectingSink sink;
        const ImportResult result = importSellers("NEW-1,New name,same@example.com,,,,,,,,\n"
                                                  "NEW-2,Twin,twin@example.com,,,,,,,,\n",
                                                  DuplicatePolicy::Update, &sink);
        QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.error));
        QCOMPARE(result.sellersUpdated, 1);
        QCOMPARE(result.rowsRejected, 1);
        QCOMPARE(sink.lines, (QList<qint64>{3}));
        QVERIFY(sink.problems.first().reason.contains(QStringLiteral("twin@example.com")));
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT external_id || '/' || shop_name FROM sellers WHERE id = 1")).toString(),
            QStringLiteral("NEW-1/New name"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sellers")), 3);
    }

    void metricsUpsertBySellerAndDate()
    {
        QVERIFY(importSellers("S1,Alpha,,,,,,,,,\n").succeeded());
        const QStringList header{QStringLiteral("Seller ID"), QStringLiteral("Date"), QStringLiteral("Revenue"),
                                 QStringLiteral("Orders")};
        const QString first = writeFile("Seller ID,Date,Revenue,Orders\nS1,2026-10-01,100,3\nS1,2026-11-01,200,4\n"
                                        "S9,2026-11-01,1,1\n");
        CollectingSink sink;
        ImportResult result =
            ImportEngine(db()).run(optionsFor(ImportKind::MetricSnapshots, first, header), nullptr, &sink);
        QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.error));
        QCOMPARE(result.snapshotsAdded, 2);
        QCOMPARE(result.rowsRejected, 1);
        QVERIFY(sink.problems.first().reason.contains(QStringLiteral("S9")));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT latest_revenue FROM sellers")).toDouble(), 200.0);

        const QString second = writeFile("Seller ID,Date,Revenue,Orders\nS1,2026-11-01,250,4\n");
        result = ImportEngine(db()).run(optionsFor(ImportKind::MetricSnapshots, second, header));
        QCOMPARE(result.snapshotsUpdated, 1);
        QCOMPARE(result.snapshotsAdded, 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM seller_metric_snapshots")), 2);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT latest_revenue FROM sellers")).toDouble(), 250.0);

        // Undoing the update puts the old revenue back.
        QString error;
        QVERIFY2(ImportBatchRepository(db()).undo(result.batchId, QStringLiteral("tester"), &error), qPrintable(error));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT latest_revenue FROM sellers")).toDouble(), 200.0);
    }

    void rejectsRowsAndReportsThem()
    {
        CollectingSink sink;
        const ImportResult result = importSellers("S1,Alpha,not-an-email,,,,,,,,\n"
                                                  "S2,Beta,,,,,,,,,,extra\n"
                                                  ",No id,,,,,,,,,\n"
                                                  "S3,Gamma,,,,,,,,50%,\n"
                                                  "S4,Delta,,,,,,,,,\n",
                                                  DuplicatePolicy::Update, &sink);
        QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.error));
        QCOMPARE(result.sellersAdded, 2);
        QCOMPARE(result.rowsRejected, 3);
        QCOMPARE(sink.lines, (QList<qint64>{2, 3, 4}));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT group_concat(external_id) FROM sellers")).toString(),
                 QStringLiteral("S3,S4"));
        // A return rate without orders is kept as the export gave it (schema version 4), not rejected.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT return_rate FROM seller_metric_snapshots")).toDouble(), 0.5);
        QVERIFY(scalar(db(), QStringLiteral("SELECT returned_orders FROM seller_metric_snapshots")).isNull());
    }

    void repeatedRowsAreRejected()
    {
        SQL_OK(execSql(db(), QStringLiteral("INSERT INTO sellers(external_id, shop_name, email, created_utc, "
                                            "updated_utc) VALUES ('OLD-1', 'Old', 'old@example.com', '', '')")));
        CollectingSink sink;
        // S1 twice; OLD-1 named by its ID and then found again by its e-mail.
        const ImportResult result = importSellers("S1,First,,,,,,,,,\nOLD-1,Renamed,,,,,,,,,\nS1,Second,,,,,,,,,\n"
                                                  "NEW-9,Again,old@example.com,,,,,,,,\n",
                                                  DuplicatePolicy::Update, &sink);
        QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.error));
        QCOMPARE(sink.lines, (QList<qint64>{4, 5}));
        QVERIFY2(sink.problems.first().reason.contains(QStringLiteral("line 2")),
                 qPrintable(sink.problems.first().reason));
        QVERIFY2(sink.problems.last().reason.contains(QStringLiteral("line 3")),
                 qPrintable(sink.problems.last().reason));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT group_concat(shop_name) FROM (SELECT shop_name FROM sellers "
                                             "ORDER BY id)"))
                     .toString(),
                 QStringLiteral("Renamed,First"));

        const QStringList header{QStringLiteral("Seller ID"), QStringLiteral("Date"), QStringLiteral("Revenue")};
        // A new snapshot twice, and an existing one changed and then named again.
        SQL_OK(execSql(db(), QStringLiteral("INSERT INTO seller_metric_snapshots(seller_id, snapshot_date, revenue) "
                                            "VALUES (1, '2026-09-01', 5)")));
        const QString metrics = writeFile("Seller ID,Date,Revenue\nS1,2026-10-01,1\nS1,2026-10-01,2\n"
                                          "OLD-1,2026-09-01,6\nOLD-1,2026-09-01,7\n");
        CollectingSink metricSink;
        const ImportResult metricResult =
            ImportEngine(db()).run(optionsFor(ImportKind::MetricSnapshots, metrics, header), nullptr, &metricSink);
        QCOMPARE(metricResult.snapshotsAdded, 1);
        QCOMPARE(metricResult.snapshotsUpdated, 1);
        QCOMPARE(metricSink.lines, (QList<qint64>{3, 5}));
        QVERIFY(metricSink.problems.first().reason.contains(QStringLiteral("2026-10-01")));
        // The e-mail row names the e-mail column and says which line has that seller.
        QCOMPARE(sink.problems.last().column, 2);
        QVERIFY(sink.problems.last().reason.contains(QStringLiteral("e-mail")));
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT revenue FROM seller_metric_snapshots WHERE seller_id = 1")).toDouble(),
            6.0);
    }

    void vocabularyKeepsTheProgramsSpelling()
    {
        QVERIFY(importSellers("S1,Alpha,,Home & Garden,,,,,,,\n").succeeded());
        const ImportResult result = importSellers("S2,Beta,,home & garden,,,,,,,\nS3,Gamma,,Pets,,,,,,,\n");
        QCOMPARE(result.newValues.value(QStringLiteral("category")), QStringList{QStringLiteral("Pets")});
        QCOMPARE(scalar(db(), QStringLiteral("SELECT category FROM sellers WHERE external_id = 'S2'")).toString(),
                 QStringLiteral("Home & Garden"));
        // A value only a skipped row carries was not added, so it is not listed as new.
        const ImportResult skipped = importSellers("S1,Alpha,,Garden Tools,,,,,,,\n", DuplicatePolicy::Skip);
        QCOMPARE(skipped.rowsSkipped, 1);
        QVERIFY(skipped.newValues.isEmpty());
    }

    void dryRunChangesNothing()
    {
        QVERIFY(importSellers("S1,Alpha,,Fashion,,,,,,,\n").succeeded());
        const QStringList before = content();
        const qint64 batches = count(QStringLiteral("SELECT count(*) FROM import_batches"));
        const ImportResult result =
            importSellers("S1,Alpha 2,,,,,,,,,\nS2,Beta,,,,,,10,1,,\n", DuplicatePolicy::Update, nullptr, true);
        QCOMPARE(result.status, ImportResult::Status::DryRun);
        QCOMPARE(result.sellersAdded, 1);
        QCOMPARE(result.sellersUpdated, 1);
        QCOMPARE(result.batchId, 0);
        QCOMPARE(content(), before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_batches")), batches);
    }

    void cancelLeavesTheProgramAsItWas()
    {
        QVERIFY(importSellers("S1,Alpha,,Fashion,,,,,,,\n").succeeded());
        const QStringList before = content();
        QByteArray rows;
        for (int i = 0; i < 2000; ++i)
            rows += QStringLiteral("C%1,Shop %1,,,,,,,,,\n").arg(i).toUtf8();
        const QString path = writeFile(QByteArray(kSellerHeader) + rows);
        ImportOptions options = optionsFor(ImportKind::SellerProfiles, path,
                                           QString::fromUtf8(kSellerHeader).trimmed().split(QLatin1Char(',')));
        ImportProgress progress;
        progress.cancelRequested = true;
        const ImportResult result = ImportEngine(db()).run(options, &progress);
        QCOMPARE(result.status, ImportResult::Status::Cancelled);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(content(), before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_batches")), 1);
    }

    void databaseFailureLeavesTheProgramAsItWas()
    {
        QVERIFY(importSellers("S1,Alpha,,Fashion,,,,,,,\n").succeeded());
        // A trigger stands in for a disk that fills up in the middle of the import.
        SQL_OK(
            execSql(db(), QStringLiteral("CREATE TRIGGER fail_midway BEFORE INSERT ON sellers "
                                         "WHEN new.external_id = 'F3' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        const QStringList before = content();
        const ImportResult result = importSellers("F1,One,,,,,,,,,\nF2,Two,,,,,,,,,\nF3,Three,,,,,,,,,\n");
        QCOMPARE(result.status, ImportResult::Status::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("disk full")), qPrintable(result.error));
        QCOMPARE(content(), before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_batches")), 1);
    }

    void unusableOptionsWriteNothing()
    {
        const QString path = writeFile("Shop name,E-mail\nAlpha,a@example.com\n");
        const ImportOptions options =
            optionsFor(ImportKind::SellerProfiles, path, {QStringLiteral("Shop name"), QStringLiteral("E-mail")});
        const ImportResult result = ImportEngine(db()).run(options);
        QCOMPARE(result.status, ImportResult::Status::Unusable);
        QVERIFY2(result.error.contains(QStringLiteral("Seller ID")), qPrintable(result.error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_batches")), 0);

        ImportOptions missingFile = options;
        missingFile.filePath = m_dir.filePath(QStringLiteral("missing.csv"));
        QCOMPARE(ImportEngine(db()).run(missingFile).status, ImportResult::Status::Unusable);
    }

    void safetyCopyHoldsTheProgramBeforeTheImport()
    {
        QVERIFY(importSellers("S1,Alpha,,,,,,,,,\n").succeeded());
        const QString path = writeFile(QByteArray(kSellerHeader) + "S2,Beta,,,,,,,,,\n");
        ImportOptions options = optionsFor(ImportKind::SellerProfiles, path,
                                           QString::fromUtf8(kSellerHeader).trimmed().split(QLatin1Char(',')));
        options.safetyCopy = true;
        const ImportResult result = ImportEngine(db()).run(options);
        QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.error));
        QVERIFY(QFileInfo::exists(result.safetyCopyPath));
        ProgramDatabase copy;
        QCOMPARE(copy.open(result.safetyCopyPath), ProgramDatabase::Outcome::Opened);
        QCOMPARE(scalar(copy.connection(), QStringLiteral("SELECT group_concat(external_id) FROM sellers")).toString(),
                 QStringLiteral("S1"));
    }

    void bulkPathRebuildsIndexes_data()
    {
        QTest::addColumn<int>("existing");
        QTest::newRow("empty program") << 0;
        QTest::newRow("program with sellers") << 300;
    }

    void bulkPathRebuildsIndexes()
    {
        QFETCH(int, existing);
        if (existing > 0) {
            QByteArray rows;
            for (int i = 0; i < existing; ++i)
                rows += QStringLiteral("OLD%1,Old shop %1,old%1@example.com,Pets,,,,5,1,,\n").arg(i).toUtf8();
            QVERIFY(importSellers(rows).succeeded());
        }
        const QString schemaBefore = scalar(db(), QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM "
                                                                 "sqlite_master ORDER BY name)"))
                                         .toString();
        QByteArray rows;
        for (int i = 0; i < 25000; ++i)
            rows += QStringLiteral("B%1,Bulk shop %1,bulk%1@example.com,Crafts,,,,%2,3,,%3\n")
                        .arg(i)
                        .arg(i % 1000)
                        .arg(i % 101)
                        .toUtf8();
        const ImportResult result = importSellers(rows);
        QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.error));
        QVERIFY(result.usedBulkPath);
        QCOMPARE(result.sellersAdded, 25000);
        QCOMPARE(result.snapshotsAdded, 25000);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master "
                                             "ORDER BY name)"))
                     .toString(),
                 schemaBefore);
        QCOMPARE(scalar(db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM seller_search WHERE seller_search MATCH '\"Bulk shop "
                                      "24999\"'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM seller_search WHERE seller_search MATCH '\"Old shop\"'")),
                 existing);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT latest_listing_quality FROM sellers WHERE external_id = 'B202'"))
                     .toDouble(),
                 0.0);
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT latest_revenue FROM sellers WHERE external_id = 'B999'")).toDouble(),
            999.0);
        // The search index agrees with the table it indexes.
        SQL_OK(execSql(db(),
                       QStringLiteral("INSERT INTO seller_search(seller_search, rank) VALUES ('integrity-check', 1)")));
    }

    void undoRestoresTheProgram()
    {
        QVERIFY(importSellers("S1,Alpha,a@example.com,Fashion,,,,10,1,,\n").succeeded());
        const QStringList before = content();
        const ImportResult result = importSellers("S1,Alpha 2,,Toys,,,,20,2,,\nS2,Beta,,,,,,,,,\n");
        QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.error));
        QVERIFY(content() != before);

        ImportBatchRepository history(db());
        QCOMPARE(history.undoableBatch(), result.batchId);
        QString reason;
        QVERIFY(!history.canUndo(result.batchId - 1, &reason));
        QVERIFY(reason.contains(QStringLiteral("most recent")));
        QVERIFY2(history.undo(result.batchId, QStringLiteral("tester"), &reason), qPrintable(reason));
        QStringList after = content();
        // updated_utc is the only trace the update leaves behind.
        QCOMPARE(after.size(), before.size());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sellers")), 1);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT shop_name || '/' || category || '/' || latest_revenue FROM "
                                             "sellers"))
                     .toString(),
                 QStringLiteral("Alpha/Fashion/10.0"));
        QVERIFY(history.batches().first().isUndone());
        QVERIFY(!history.canUndo(result.batchId, &reason));
        // The earlier import is now the one to undo.
        QCOMPARE(history.undoableBatch(), result.batchId - 1);
    }

    void undoRefusesWhenAddedSellersHaveWork()
    {
        const ImportResult result = importSellers("S1,Alpha,,,,,,,,,\n");
        QVERIFY(result.succeeded());
        SQL_OK(execSql(db(), QStringLiteral("INSERT INTO cohorts(name, start_date, created_utc, updated_utc) "
                                            "VALUES ('Spring', '2026-01-01', '', '')")));
        SQL_OK(execSql(db(), QStringLiteral("INSERT INTO cohort_members(seller_id, cohort_id, joined_on) "
                                            "SELECT id, 1, '2026-01-01' FROM sellers")));
        QString reason;
        QVERIFY(!ImportBatchRepository(db()).canUndo(result.batchId, &reason));
        QVERIFY2(reason.contains(QStringLiteral("cohorts")), qPrintable(reason));
        QVERIFY(!ImportBatchRepository(db()).undo(result.batchId, QStringLiteral("tester"), &reason));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sellers")), 1);
    }

    void undoRefusesAfterLaterEdits()
    {
        QVERIFY(importSellers("S1,Alpha,,,,,,,,,\n").succeeded());
        const ImportResult result = importSellers("S1,Alpha 2,,,,,,,,,\n");
        QVERIFY(result.succeeded());
        // An edit after the import, as ProgramEditor records it.
        SQL_OK(execSql(db(), QStringLiteral("INSERT INTO audit_log(at_utc, actor, entity, entity_id, field, old_value, "
                                            "new_value) VALUES ('9999-01-01T00:00:00Z', 'coordinator', 'seller', 1, "
                                            "'shop_name', 'Alpha 2', 'Alpha edited')")));
        QString reason;
        QVERIFY(!ImportBatchRepository(db()).canUndo(result.batchId, &reason));
        QVERIFY2(reason.contains(QStringLiteral("edited since")), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestImportEngine)
#include "test_importengine.moc"
