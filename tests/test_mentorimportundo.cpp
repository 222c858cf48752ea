// SPDX-License-Identifier: GPL-3.0-or-later
// A mentor import undone as a whole (importjob/ImportBatchRepository over importjob/MentorImport):
// schema version 6 upgrading a version 5 program with its batches and foreign keys intact, the
// added mentors deleted and the updated ones restored (a category with a comma, skills with their
// levels, languages, channels), the refusals when work or edits came since, and the rule that only
// the newest standing import, of either kind, can be undone.
#include "changes/ChangeFeed.h"
#include "importing/ImportProblemSink.h"
#include "importjob/ImportBatchRepository.h"
#include "importjob/ImportPreparation.h"
#include "importjob/MentorImport.h"
#include "itemmodels/ImportBatchTableModel.h"
#include "storage/AuditLog.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

class IgnoredProblems : public ImportProblemSink {
public:
    void rowRejected(qint64, const QStringList&, const QList<ImportProblem>&) override {}
};

QStringList rows(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    QStringList result;
    if (!query.exec(sql))
        return {QStringLiteral("<query failed: %1>").arg(query.lastError().text())};
    while (query.next()) {
        QStringList fields;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            if (record.fieldName(i) != QLatin1String("updated_utc")) // an undo does not put the time back
                fields << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
        result << fields.join(QLatin1Char('|'));
    }
    return result;
}

/// Every mentor with its lists, as rows: what an undo must give back.
QStringList mentorState(const QSqlDatabase& db)
{
    return rows(db, QStringLiteral("SELECT * FROM mentors ORDER BY id")) +
           rows(db, QStringLiteral("SELECT mentor_id, category FROM mentor_categories ORDER BY 1, 2")) +
           rows(db, QStringLiteral("SELECT mentor_id, skill, level FROM mentor_skills ORDER BY 1, 2")) +
           rows(db, QStringLiteral("SELECT mentor_id, language FROM mentor_languages ORDER BY 1, 2")) +
           rows(db, QStringLiteral("SELECT mentor_id, channel FROM mentor_channels ORDER BY 1, 2"));
}

} // namespace

class TestMentorImportUndo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void upgradesVersion5Batches();
    void refusesUpgradeOverBrokenReference();
    void undoDeletesAddedAndRestoresUpdated();
    void dryRunRecordsNoBatch();
    void refusals_data();
    void refusals();
    void newestImportFirstAcrossKinds();

private:
    MentorImportResult importMentors(bool dryRun = false);
    qint64 mentorId(const QString& externalId) const;
    qint64 addSellerBatch();
    QSqlDatabase db() const { return m_program->connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
};

void TestMentorImportUndo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_program = std::make_unique<ProgramDatabase>();
    QCOMPARE(m_program->open(m_dir->filePath(QStringLiteral("program.mentordesk"))), ProgramDatabase::Outcome::Created);
    // Anna is in the program already: one category with a comma in its name (a row the text's
    // trigger would split in two), skills with levels, a language and a channel the file replaces.
    SQL_OK(execSql(db(), QStringLiteral("INSERT INTO mentors(external_id, name, email, categories, industries, "
                                        "country, weekly_hours, capacity, created_utc, updated_utc) VALUES ('MEN-100', "
                                        "'Anna Alt', 'anna.alt@example.de', 'Heim, Garten', 'Handel', 'AT', 3, 2, "
                                        "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
    const qint64 anna = mentorId(QStringLiteral("MEN-100"));
    SQL_OK(execSql(db(), QStringLiteral("DELETE FROM mentor_categories WHERE mentor_id = ?"), {anna}));
    SQL_OK(execSql(db(), QStringLiteral("INSERT INTO mentor_categories VALUES (?, 'Heim, Garten')"), {anna}));
    SQL_OK(execSql(db(),
                   QStringLiteral("INSERT INTO mentor_skills VALUES (?, 'pricing', 1), (?, 'customer_service', 4)"),
                   {anna, anna}));
    SQL_OK(execSql(db(), QStringLiteral("INSERT INTO mentor_languages VALUES (?, 'fr')"), {anna}));
    SQL_OK(execSql(db(), QStringLiteral("INSERT INTO mentor_channels VALUES (?, 'marketplace_app')"), {anna}));
    // Jonas was added by hand and is found by his e-mail.
    SQL_OK(execSql(db(), QStringLiteral("INSERT INTO mentors(name, email, categories, country, weekly_hours, capacity, "
                                        "created_utc, updated_utc) VALUES ('Jonas Weber', 'jonas.weber@example.com', "
                                        "'Beauty', 'DE', 6, 3, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
}

MentorImportResult TestMentorImportUndo::importMentors(bool dryRun)
{
    ImportRequest request;
    request.kind = ImportKind::Mentors;
    request.filePath = QStringLiteral(MENTORDESK_TEST_DATA "/import/mentors-de.csv");
    request.dryRun = dryRun;
    const PreparedImport prepared = ImportPreparation::prepare(request);
    if (!prepared.isReady())
        qWarning("%s", qPrintable(prepared.error));
    ImportOptions options = prepared.options;
    options.actor = QStringLiteral("test");
    options.safetyCopy = false;
    IgnoredProblems problems;
    return MentorImport(db()).run(options, nullptr, &problems);
}

qint64 TestMentorImportUndo::mentorId(const QString& externalId) const
{
    return scalar(db(), QStringLiteral("SELECT id FROM mentors WHERE external_id = ?"), {externalId}).toLongLong();
}

qint64 TestMentorImportUndo::addSellerBatch()
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString error = execSql(db(),
                                  QStringLiteral("INSERT INTO import_batches(kind, file_name, actor, started_utc, "
                                                 "finished_utc) VALUES ('sellers', 'sellers.csv', 'test', ?, ?)"),
                                  {now, now});
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return scalar(db(), QStringLiteral("SELECT max(id) FROM import_batches")).toLongLong();
}

void TestMentorImportUndo::upgradesVersion5Batches()
{
    const QString path = m_dir->filePath(QStringLiteral("version5.mentordesk"));
    const QStringList batchColumns{QStringLiteral("SELECT id, kind, file_name, file_sha256, rows_read, sellers_added, "
                                                  "sellers_updated, finished_utc, undone_utc FROM import_batches")};
    QStringList batchesBefore;
    {
        ProgramDatabase program;
        QCOMPARE(program.open(path, 5), ProgramDatabase::Outcome::Created);
        const QSqlDatabase v5 = program.connection();
        SQL_OK(
            execSql(v5, QStringLiteral("INSERT INTO import_batches(id, kind, file_name, file_sha256, actor, "
                                       "started_utc, finished_utc, rows_read, sellers_added, sellers_updated) VALUES "
                                       "(1, 'sellers', 'a.csv', 'ab12', 'me', '2026-01-01T10:00:00Z', "
                                       "'2026-01-01T10:01:00Z', 3, 2, 1), (2, 'metrics', 'b.csv', '', 'me', "
                                       "'2026-01-02T10:00:00Z', '2026-01-02T10:01:00Z', 1, 0, 0)")));
        SQL_OK(execSql(v5, QStringLiteral("INSERT INTO sellers(id, external_id, created_utc, updated_utc, "
                                          "import_batch_id) VALUES (1, 'S-1', 'x', 'x', 1), (2, 'S-2', 'x', 'x', 1)")));
        SQL_OK(execSql(v5, QStringLiteral("INSERT INTO seller_metric_snapshots(seller_id, snapshot_date, "
                                          "import_batch_id) VALUES (1, '2026-01-31', 2)")));
        SQL_OK(execSql(
            v5, QStringLiteral("INSERT INTO import_batch_changes VALUES (1, 'seller', 2, '{\"country\":\"DE\"}')")));
        // Version 5 admits no mentor batch.
        QVERIFY(!execSql(v5, QStringLiteral("INSERT INTO import_batches(kind, file_name, actor, started_utc) VALUES "
                                            "('mentors', 'm.csv', 'me', 'x')"))
                     .isEmpty());
        batchesBefore = rows(v5, batchColumns.first());
    }
    ProgramDatabase program;
    QCOMPARE(program.open(path), ProgramDatabase::Outcome::Migrated);
    const QSqlDatabase v6 = program.connection();
    QCOMPARE(rows(v6, batchColumns.first()), batchesBefore);
    QCOMPARE(rows(v6, QStringLiteral("SELECT * FROM import_batch_changes")),
             QStringList{QStringLiteral("1|seller|2|{\"country\":\"DE\"}")});
    QCOMPARE(rows(v6, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    // The migration turned foreign keys back on, and the children refer to the rebuilt table.
    QCOMPARE(scalar(v6, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QVERIFY(!execSql(v6, QStringLiteral("DELETE FROM import_batches WHERE id = 1")).isEmpty());
    QVERIFY(!execSql(v6, QStringLiteral("UPDATE sellers SET import_batch_id = 99 WHERE id = 1")).isEmpty());
    QCOMPARE(scalar(v6, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE '%_v6'")).toInt(), 0);
    QCOMPARE(
        scalar(v6, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'mentors_import_batch'")).toInt(),
        1);
    // The widened CHECKs admit mentors, and still nothing else.
    SQL_OK(execSql(v6, QStringLiteral("INSERT INTO import_batches(id, kind, file_name, actor, started_utc) VALUES "
                                      "(3, 'mentors', 'm.csv', 'me', 'x')")));
    SQL_OK(execSql(v6, QStringLiteral("INSERT INTO import_batch_changes VALUES (3, 'mentor', 1, '{}')")));
    QVERIFY(!execSql(v6, QStringLiteral("INSERT INTO import_batches(kind, file_name, actor, started_utc) VALUES "
                                        "('cohorts', 'c.csv', 'me', 'x')"))
                 .isEmpty());
    QVERIFY(!execSql(v6, QStringLiteral("INSERT INTO import_batch_changes VALUES (3, 'cohort', 1, '{}')")).isEmpty());
    QCOMPARE(scalar(v6, QStringLiteral("SELECT mentors_added FROM import_batches WHERE id = 1")).toInt(), 0);
}

void TestMentorImportUndo::refusesUpgradeOverBrokenReference()
{
    // Rebuilding import_batches runs with foreign keys off; a row left referring to nothing makes
    // the step roll back instead of committing a broken program.
    const QString path = m_dir->filePath(QStringLiteral("broken.mentordesk"));
    {
        ProgramDatabase program;
        QCOMPARE(program.open(path, 5), ProgramDatabase::Outcome::Created);
        SQL_OK(execSql(program.connection(), QStringLiteral("PRAGMA foreign_keys = OFF")));
        SQL_OK(execSql(program.connection(), QStringLiteral("INSERT INTO sellers(id, external_id, created_utc, "
                                                            "updated_utc, import_batch_id) VALUES (1, 'S-1', 'x', "
                                                            "'x', 99)")));
    }
    ProgramDatabase program;
    QCOMPARE(program.open(path), ProgramDatabase::Outcome::Refused);
    QVERIFY2(program.errorString().contains(QStringLiteral("a row of sellers refers to a row of import_batches")),
             qPrintable(program.errorString()));
    ProgramDatabase again;
    QCOMPARE(again.open(path, 5), ProgramDatabase::Outcome::Opened);
    QCOMPARE(scalar(again.connection(), QStringLiteral("PRAGMA user_version")).toInt(), 5);
}

void TestMentorImportUndo::undoDeletesAddedAndRestoresUpdated()
{
    const QStringList before = mentorState(db());
    const MentorImportResult result = importMentors();
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QCOMPARE(result.added, 1);   // Emil (MEN-104)
    QCOMPARE(result.updated, 2); // Anna by ID, Jonas by e-mail
    QVERIFY(result.batchId > 0);
    QCOMPARE(result.changeEvent().importBatchId, result.batchId);
    const qint64 anna = mentorId(QStringLiteral("MEN-100"));
    const qint64 emil = mentorId(QStringLiteral("MEN-104"));
    QVERIFY(emil > 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT import_batch_id FROM mentors WHERE id = ?"), {emil}).toLongLong(),
             result.batchId);
    QVERIFY(scalar(db(), QStringLiteral("SELECT import_batch_id FROM mentors WHERE id = ?"), {anna}).isNull());
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM mentor_categories WHERE mentor_id = ? AND category = "
                                   "'Haus, Garten'"),
                    {anna})
                 .toInt(),
             1);
    QVERIFY(mentorState(db()) != before);

    ImportBatchRepository repository(db());
    const QList<ImportBatch> batches = repository.batches();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().kind, QStringLiteral("mentors"));
    QCOMPARE(batches.first().mentorsAdded, 1);
    QCOMPARE(batches.first().mentorsUpdated, 2);
    QCOMPARE(batches.first().mentorsUnchanged, 0);
    QCOMPARE(batches.first().rowsRejected, 2);
    QCOMPARE(batches.first().rowsRead, 5);
    QCOMPARE(batches.first().sellersAdded, 0);
    QCOMPARE(batches.first().fileSha256.size(), 64);
    // Import History shows the batch with its mentor counts.
    ImportBatchTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatches(batches);
    QCOMPARE(model.index(0, ImportBatchTableModel::Kind).data().toString(), QStringLiteral("Mentors"));
    QCOMPARE(model.index(0, ImportBatchTableModel::Added).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, ImportBatchTableModel::Updated).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(0, ImportBatchTableModel::Rejected).data().toString(), QStringLiteral("2"));

    ChangeFeed feed;
    QSignalSpy published(&feed, &ChangeFeed::changed);
    QString error;
    QVERIFY2(ImportBatchRepository(db(), &feed).undo(result.batchId, QStringLiteral("test"), &error),
             qPrintable(error));
    QCOMPARE(mentorState(db()), before);
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT category FROM mentor_categories WHERE mentor_id = ?"), {anna}).toString(),
        QStringLiteral("Heim, Garten"));
    QCOMPARE(
        rows(db(), QStringLiteral("SELECT skill, level FROM mentor_skills WHERE mentor_id = %1 ORDER BY 1").arg(anna)),
        QStringList({QStringLiteral("customer_service|4"), QStringLiteral("pricing|1")}));
    QCOMPARE(published.count(), 1);
    const auto event = published.first().first().value<ChangeEvent>();
    QCOMPARE(int(event.type), int(ChangeEvent::Type::ImportUndone));
    QVERIFY(event.affects(EntityKind::Mentor));
    QCOMPARE(event.importBatchId, result.batchId);
    QVERIFY(repository.batches().first().isUndone());
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'import_batch' AND "
                                   "entity_id = ? AND field = 'undo'"),
                    {result.batchId})
                 .toInt(),
             1);
    QCOMPARE(rows(db(), QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    QVERIFY(!repository.canUndo(result.batchId, &error));
    QVERIFY2(error.contains(QStringLiteral("undone already")), qPrintable(error));
}

void TestMentorImportUndo::dryRunRecordsNoBatch()
{
    const MentorImportResult result = importMentors(true);
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QCOMPARE(result.batchId, 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM import_batches")).toInt(), 0);
    QCOMPARE(ImportBatchRepository(db()).undoableBatch(), 0);
}

void TestMentorImportUndo::refusals_data()
{
    QTest::addColumn<QString>("work");
    QTest::addColumn<QString>("reason");
    QTest::newRow("added mentor paired") << QStringLiteral("pairing") << QStringLiteral("paired (1)");
    QTest::newRow("added mentor pinned") << QStringLiteral("pin") << QStringLiteral("match run still open (1)");
    QTest::newRow("added mentor proposed") << QStringLiteral("proposal") << QStringLiteral("match run still open (1)");
    QTest::newRow("added mentor edited") << QStringLiteral("edit added") << QStringLiteral("have been edited since");
    QTest::newRow("updated mentor's list edited")
        << QStringLiteral("edit updated") << QStringLiteral("have been edited since");
}

void TestMentorImportUndo::refusals()
{
    QFETCH(QString, work);
    QFETCH(QString, reason);
    const MentorImportResult result = importMentors();
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    const qint64 emil = mentorId(QStringLiteral("MEN-104"));
    const qint64 anna = mentorId(QStringLiteral("MEN-100"));
    SQL_OK(execSql(db(), QStringLiteral("INSERT INTO sellers(id, external_id, created_utc, updated_utc) VALUES "
                                        "(1, 'S-1', 'x', 'x')")));
    SQL_OK(execSql(db(), QStringLiteral("INSERT INTO match_runs(id, started_utc) VALUES (1, 'x')")));
    if (work == QLatin1String("pairing"))
        SQL_OK(
            execSql(db(),
                    QStringLiteral("INSERT INTO pairings(mentor_id, mentee_id, started_on, created_utc, updated_utc) "
                                   "VALUES (?, 1, '2026-02-01', 'x', 'x')"),
                    {emil}));
    else if (work == QLatin1String("pin"))
        SQL_OK(execSql(db(), QStringLiteral("INSERT INTO match_run_constraints VALUES (1, 'pin', 1, ?)"), {emil}));
    else if (work == QLatin1String("proposal"))
        SQL_OK(execSql(db(),
                       QStringLiteral("INSERT INTO match_run_proposals(run_id, seller_id, mentor_id) VALUES "
                                      "(1, 1, ?)"),
                       {emil}));
    else
        // An edit of a field or a list (ListFieldRepository) writes such a row.
        QVERIFY(AuditLog(db(), QStringLiteral("test"))
                    .append(EntityKind::Mentor, work == QLatin1String("edit added") ? emil : anna,
                            QStringLiteral("languages"), QStringLiteral("de, en"), QStringLiteral("de")));

    const QStringList before = mentorState(db());
    ImportBatchRepository repository(db());
    QString error;
    QVERIFY(!repository.canUndo(result.batchId, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QString undoError;
    QVERIFY(!repository.undo(result.batchId, QStringLiteral("test"), &undoError));
    QCOMPARE(undoError, error);
    QCOMPARE(mentorState(db()), before);
    QVERIFY(!repository.batches().first().isUndone());
}

void TestMentorImportUndo::newestImportFirstAcrossKinds()
{
    // A seller import after a mentor import must be undone first, and the other way round.
    const MentorImportResult mentors = importMentors();
    QVERIFY2(mentors.succeeded(), qPrintable(mentors.error));
    const qint64 sellers = addSellerBatch();
    ImportBatchRepository repository(db());
    QCOMPARE(repository.undoableBatch(), sellers);
    QString error;
    QVERIFY(!repository.canUndo(mentors.batchId, &error));
    QVERIFY2(error.contains(QStringLiteral("Only the most recent import")), qPrintable(error));
    QVERIFY2(repository.undo(sellers, QStringLiteral("test"), &error), qPrintable(error));
    QCOMPARE(repository.undoableBatch(), mentors.batchId);
    QVERIFY2(repository.undo(mentors.batchId, QStringLiteral("test"), &error), qPrintable(error));
    QCOMPARE(mentorId(QStringLiteral("MEN-104")), 0);

    const qint64 laterSellers = addSellerBatch();
    const MentorImportResult again = importMentors();
    QVERIFY2(again.succeeded(), qPrintable(again.error));
    QVERIFY(!repository.canUndo(laterSellers, &error));
    QVERIFY2(error.contains(QStringLiteral("Only the most recent import")), qPrintable(error));
    QCOMPARE(repository.undoableBatch(), again.batchId);
}

QTEST_GUILESS_MAIN(TestMentorImportUndo)
#include "test_mentorimportundo.moc"
