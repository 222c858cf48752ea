// SPDX-License-Identifier: GPL-3.0-or-later
// The program's one change feed: what edits, their undo and redo, an import and the undo of an
// import publish on it; one audit row per import batch and per undo of one; the stored entity
// texts the typed kinds map to.

#include "SqlTestSupport.h"

#include "changes/ChangeFeed.h"
#include "domain/WorkspaceSpecs.h"
#include "editing/ProgramEditor.h"
#include "importjob/ImportBatchRepository.h"
#include "importjob/ImportEngine.h"
#include "itemmodels/PagedTableModel.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mentordesk;

Q_DECLARE_METATYPE(mentordesk::EntityKind)

namespace {

const char* const kSellerFile = "Seller ID,Shop name,E-mail,Category,Channel,Status,Signup date,Revenue,Orders,"
                                "Return rate,Listing quality\n"
                                "S1,Alpha Crafts,alpha@example.com,Fashion,Marketplace app,Enrolled,2026-01-15,"
                                "1200.50,40,5%,81\n"
                                "S2,Beta Bits,beta@example.com,Toys,own-storefront,,2026-02-15,,,,\n"
                                "S3,Gamma Goods,gamma@example.com,Toys,own-storefront,,2026-02-16,300,4,1%,60\n";

ChangeEvent eventAt(const QSignalSpy& spy, int index)
{
    return spy.at(index).at(0).value<ChangeEvent>();
}

} // namespace

class TestChangeFeed : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
    std::unique_ptr<ProgramEditor> m_editor;
    int m_fileCounter = 0;

    QSqlDatabase db() const { return m_program->connection(); }

    qint64 count(const QString& sql, const QVariantList& values = {}) const
    {
        return scalar(db(), sql, values).toLongLong();
    }

    /// Imports the three sellers of kSellerFile the way the wizard's worker does.
    ImportResult importSellers()
    {
        const QString path = m_dir.filePath(QStringLiteral("sellers%1.csv").arg(++m_fileCounter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(kSellerFile) < 0)
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        ImportOptions options;
        options.kind = ImportKind::SellerProfiles;
        options.filePath = path;
        options.encoding = TextEncoding::utf8();
        options.dialect = CsvDialect{u',', true};
        const QString header = QString::fromUtf8(kSellerFile).section(QLatin1Char('\n'), 0, 0);
        options.mapping = ColumnMapping::autoMap(options.kind, header.split(QLatin1Char(',')));
        options.exportDate = QDate(2026, 11, 1);
        options.actor = QStringLiteral("tester");
        options.safetyCopy = false;
        return ImportEngine(db()).run(options);
    }

    qint64 sellerId(const QString& externalId) const
    {
        return count(QStringLiteral("SELECT id FROM sellers WHERE external_id = ?"), {externalId});
    }

    static void verifyEvent(const ChangeEvent& event, ChangeEvent::Type type, EntityKind kind,
                            const QVector<qint64>& ids, const QStringList& fields)
    {
        QCOMPARE(int(event.type), int(type));
        QCOMPARE(event.entities, EntityKinds(kind));
        QCOMPARE(event.ids, ids);
        QCOMPARE(event.fields, fields);
        QCOMPARE(event.importBatchId, 0);
        QVERIFY(!event.isBulk());
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_program = std::make_unique<ProgramDatabase>();
        QCOMPARE(m_program->open(m_dir.filePath(QStringLiteral("program%1.mentordesk").arg(++m_fileCounter))),
                 ProgramDatabase::Outcome::Created);
        m_editor = std::make_unique<ProgramEditor>(db(), QStringLiteral("tester"));
    }

    void cleanup()
    {
        m_editor.reset();
        m_program.reset();
    }

    void entityTextsRoundTrip_data()
    {
        QTest::addColumn<EntityKind>("kind");
        QTest::addColumn<QString>("text");
        // The texts are what program files store; changing one would orphan old audit rows.
        QTest::newRow("seller") << EntityKind::Seller << QStringLiteral("seller");
        QTest::newRow("mentor") << EntityKind::Mentor << QStringLiteral("mentor");
        QTest::newRow("cohort") << EntityKind::Cohort << QStringLiteral("cohort");
        QTest::newRow("pairing") << EntityKind::Pairing << QStringLiteral("pairing");
        QTest::newRow("snapshot") << EntityKind::MetricSnapshot << QStringLiteral("snapshot");
        QTest::newRow("import batch") << EntityKind::ImportBatch << QStringLiteral("import_batch");
    }

    void entityTextsRoundTrip()
    {
        QFETCH(EntityKind, kind);
        QFETCH(QString, text);
        QCOMPARE(entityText(kind), text);
        const std::optional<EntityKind> parsed = entityKindFromText(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, kind);
        QVERIFY(!entityKindFromText(text.toUpper()).has_value());
    }

    void unknownEntityTextHasNoKind()
    {
        QVERIFY(!entityKindFromText(u"").has_value());
        QVERIFY(!entityKindFromText(u"sellers").has_value());
    }

    void setFieldUndoRedoPublishTheEditedField()
    {
        QVERIFY2(importSellers().succeeded(), "import failed");
        const qint64 id = sellerId(QStringLiteral("S2"));
        QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
        QVERIFY2(m_editor->setField(sellerTableSpec(), id, QStringLiteral("shop_name"), QStringLiteral("Beta Box")),
                 qPrintable(m_editor->errorString()));
        m_editor->undoStack()->undo();
        m_editor->undoStack()->redo();
        QCOMPARE(changed.count(), 3);
        for (int i = 0; i < 3; ++i)
            verifyEvent(eventAt(changed, i), ChangeEvent::Type::FieldsEdited, EntityKind::Seller, {id},
                        {QStringLiteral("shop_name")});

        // Setting the value it already has writes nothing and tells nobody.
        QVERIFY(m_editor->setField(sellerTableSpec(), id, QStringLiteral("shop_name"), QStringLiteral("Beta Box")));
        QCOMPARE(changed.count(), 3);
    }

    void addAndDeleteWithUndoPublishPresence()
    {
        QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
        const TableSpec& spec = cohortTableSpec();
        const qint64 id = m_editor->addRecord(
            spec, {{QStringLiteral("name"), QStringLiteral("Spring")}, {QStringLiteral("start_date"), "2026-03-01"}});
        QVERIFY2(id > 0, qPrintable(m_editor->errorString()));
        m_editor->undoStack()->undo();
        m_editor->undoStack()->redo();
        QVERIFY2(m_editor->deleteRecord(spec, id), qPrintable(m_editor->errorString()));
        m_editor->undoStack()->undo();

        using Type = ChangeEvent::Type;
        const Type expected[] = {Type::RecordsAdded, Type::RecordsRemoved, Type::RecordsAdded, Type::RecordsRemoved,
                                 Type::RecordsAdded};
        QCOMPARE(changed.count(), int(std::size(expected)));
        for (int i = 0; i < changed.count(); ++i)
            verifyEvent(eventAt(changed, i), expected[i], EntityKind::Cohort, {id}, {});
    }

    void refusedEditPublishesNothing()
    {
        QVERIFY2(importSellers().succeeded(), "import failed");
        QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
        QVERIFY(!m_editor->setField(sellerTableSpec(), sellerId(QStringLiteral("S1")), QStringLiteral("email"),
                                    QStringLiteral("not an address")));
        QCOMPARE(changed.count(), 0);
    }

    void cohortAssignPublishesTheSellerAndTheCohorts()
    {
        QVERIFY2(importSellers().succeeded(), "import failed");
        const qint64 cohort =
            m_editor->addRecord(cohortTableSpec(), {{QStringLiteral("name"), QStringLiteral("Spring")},
                                                    {QStringLiteral("start_date"), "2026-03-01"}});
        QVERIFY2(cohort > 0, qPrintable(m_editor->errorString()));
        const qint64 seller = sellerId(QStringLiteral("S1"));
        QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
        QVERIFY2(m_editor->assignCohort(seller, cohort), qPrintable(m_editor->errorString()));
        m_editor->undoStack()->undo();
        m_editor->undoStack()->redo();
        // Each step: the seller's cohort, then every cohort's member count.
        QCOMPARE(changed.count(), 6);
        for (int step = 0; step < 3; ++step) {
            verifyEvent(eventAt(changed, 2 * step), ChangeEvent::Type::FieldsEdited, EntityKind::Seller, {seller},
                        {QStringLiteral("cohort")});
            verifyEvent(eventAt(changed, 2 * step + 1), ChangeEvent::Type::FieldsEdited, EntityKind::Cohort, {}, {});
        }
    }

    void importIsOneAuditRowAndOneEvent()
    {
        const QString auditRows = QStringLiteral("SELECT count(*) FROM audit_log");
        const ImportResult result = importSellers();
        QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.error));
        QCOMPARE(result.sellersAdded, 3);
        QCOMPARE(count(auditRows), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'import_batch' AND entity_id = ? "
                                      "AND field = 'import' AND actor = 'tester' AND new_value LIKE '%3 added%'"),
                       {result.batchId}),
                 1);

        // What the window publishes once the wizard's import committed reaches a view once.
        PagedTableModel sellers(sellerTableSpec());
        QAbstractItemModelTester tester(&sellers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sellers.setDatabase(db(), &m_program->dialect(), m_editor.get());
        QSignalSpy resets(&sellers, &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
        m_editor->changes()->publish(ChangeEvent::imported(result.batchId));
        QCOMPARE(changed.count(), 1);
        const ChangeEvent event = eventAt(changed, 0);
        QCOMPARE(int(event.type), int(ChangeEvent::Type::Imported));
        QVERIFY(event.isBulk());
        QVERIFY(event.affects(EntityKind::Seller));
        QVERIFY(event.affects(EntityKind::MetricSnapshot));
        QVERIFY(!event.affects(EntityKind::Mentor));
        QVERIFY(event.ids.isEmpty());
        QCOMPARE(event.importBatchId, result.batchId);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(sellers.rowCount(), 3);
    }

    void undoOfAnImportIsOneAuditRowAndOneEvent()
    {
        const ImportResult result = importSellers();
        QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.error));
        PagedTableModel sellers(sellerTableSpec());
        QAbstractItemModelTester tester(&sellers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sellers.setDatabase(db(), &m_program->dialect(), m_editor.get());
        QCOMPARE(sellers.rowCount(), 3);

        QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
        QString error;
        QVERIFY2(
            ImportBatchRepository(db(), m_editor->changes()).undo(result.batchId, QStringLiteral("tester"), &error),
            qPrintable(error));
        QCOMPARE(changed.count(), 1);
        const ChangeEvent event = eventAt(changed, 0);
        QCOMPARE(int(event.type), int(ChangeEvent::Type::ImportUndone));
        QVERIFY(event.isBulk());
        QCOMPARE(event.entities, EntityKinds(EntityKind::Seller) | EntityKind::MetricSnapshot);
        QCOMPARE(event.importBatchId, result.batchId);
        QCOMPARE(sellers.rowCount(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'import_batch' AND entity_id = ? "
                                      "AND field = 'undo' AND new_value = 'undone'"),
                       {result.batchId}),
                 1);
    }

    void refusedUndoPublishesNothing()
    {
        const ImportResult result = importSellers();
        QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.error));
        QVERIFY(m_editor->setField(sellerTableSpec(), sellerId(QStringLiteral("S3")), QStringLiteral("shop_name"),
                                   QStringLiteral("Gamma Garden")));
        QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
        QString error;
        QVERIFY(
            !ImportBatchRepository(db(), m_editor->changes()).undo(result.batchId, QStringLiteral("tester"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'undo'")), 0);
    }
};

QTEST_MAIN(TestChangeFeed)
#include "test_changefeed.moc"
