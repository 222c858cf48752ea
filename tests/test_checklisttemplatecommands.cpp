// SPDX-License-Identifier: GPL-3.0-or-later
// ChecklistEditor's template-level steps: adding a template (empty or as a copy with its items'
// resources), choosing the one new pairings get (exactly one, in either direction of undo),
// deleting one (refused for the default; the pairings' items made from it survive, unlinked,
// and undo links them again with the attachments back), each audited, undone and redone.
#include "ChecklistFixture.h"

#include "checklists/ChecklistEditor.h"
#include "checklists/ChecklistRepository.h"
#include "editing/ProgramEditor.h"
#include "storage/ProgramDatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

namespace {

const QString kTemplatesSql = QStringLiteral("SELECT id, name, is_default FROM checklist_templates ORDER BY id");
const QString kTemplateItemsSql =
    QStringLiteral("SELECT id, template_id, day_offset, position, title FROM checklist_template_items ORDER BY id");
const QString kItemsSql = QStringLiteral(
    "SELECT id, pairing_id, IFNULL(template_item_id, 'NULL'), title, due_date FROM checklist_items ORDER BY id");
const QString kAttachmentsSql = QStringLiteral(
    "SELECT id, resource_id, IFNULL(touchpoint_id, 'NULL'), checklist_template_item_id FROM resource_attachments "
    "ORDER BY id");

} // namespace

class TestChecklistTemplateCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_program = std::make_unique<ProgramDatabase>();
        QCOMPARE(m_program->open(m_dir->filePath(QStringLiteral("templates.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        SQL_OK(checklistfixture::build(db()));
        // Two library resources; the first handed out with the default template's first item.
        SQL_OK(execSql(db(), QStringLiteral("INSERT INTO resources(id, title, kind, url, created_utc, updated_utc) "
                                            "VALUES (1, 'Photo guide', 'link', 'https://example.org/p', '', ''), "
                                            "(2, 'Pricing sheet', 'link', 'https://example.org/s', '', '')")));
        SQL_OK(execSql(db(), QStringLiteral("INSERT INTO resource_attachments(id, resource_id, "
                                            "checklist_template_item_id) VALUES (1, 1, 1)")));
        m_editor = std::make_unique<ProgramEditor>(db(), QStringLiteral("Alex"));
    }

    void cleanup()
    {
        m_editor.reset();
        m_program.reset();
        m_dir.reset();
    }

    void addsAnEmptyTemplate()
    {
        ChecklistEditor checklists(*m_editor);
        QSignalSpy changes(m_editor->changes(), &ChangeFeed::changed);
        const qint64 id = checklists.addTemplate(QStringLiteral("  Autumn plan "));
        QVERIFY2(id != 0, qPrintable(checklists.errorString()));
        QCOMPARE(queryRows(db(), kTemplatesSql), (QStringList{QStringLiteral("1|Standard 30/60/90-day plan|1"),
                                                              QStringLiteral("%1|Autumn plan|0").arg(id)}));
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_template_items WHERE template_id = ?"), {id})
                .toInt(),
            0);
        QCOMPARE(changes.count(), 1);
        QVERIFY(changes.first().first().value<ChangeEvent>().affects(EntityKind::ChecklistTemplate));
        QCOMPARE(queryRows(db(), QStringLiteral("SELECT entity_id, field, IFNULL(old_value, 'NULL'), new_value, "
                                                "actor FROM audit_log WHERE entity = 'checklist_template'")),
                 QStringList{QStringLiteral("%1|record|NULL|Autumn plan|Alex").arg(id)});
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Add checklist template"));

        m_editor->undoStack()->undo();
        QCOMPARE(queryRows(db(), kTemplatesSql), QStringList{QStringLiteral("1|Standard 30/60/90-day plan|1")});
        m_editor->undoStack()->redo();
        QCOMPARE(scalar(db(), QStringLiteral("SELECT name FROM checklist_templates WHERE id = ?"), {id}).toString(),
                 QStringLiteral("Autumn plan"));
    }

    void refusesANameInUseOrEmpty_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("empty") << QString() << QStringLiteral("Give the template a name.");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("Give the template a name.");
        QTest::newRow("taken, other case")
            << QStringLiteral("standard 30/60/90-DAY plan")
            << QStringLiteral("There is already a template called “standard 30/60/90-DAY plan”.");
    }

    void refusesANameInUseOrEmpty()
    {
        QFETCH(QString, name);
        QFETCH(QString, refusal);
        ChecklistEditor checklists(*m_editor);
        QCOMPARE(checklists.addTemplate(name), qint64(0));
        QCOMPARE(checklists.errorString(), refusal);
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_templates")).toInt(), 1);
    }

    void theFirstTemplateOfAProgramWithoutADefaultBecomesIt()
    {
        SQL_OK(execSql(db(), QStringLiteral("UPDATE checklist_templates SET is_default = 0")));
        ChecklistEditor checklists(*m_editor);
        const qint64 id = checklists.addTemplate(QStringLiteral("Autumn plan"));
        QVERIFY2(id != 0, qPrintable(checklists.errorString()));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT id FROM checklist_templates WHERE is_default = 1")).toLongLong(),
                 id);
    }

    void copiesItemsAndTheirResources()
    {
        const QStringList itemsBefore = queryRows(db(), kTemplateItemsSql);
        ChecklistEditor checklists(*m_editor);
        const qint64 id = checklists.addTemplate(QStringLiteral("Copy"), 1);
        QVERIFY2(id != 0, qPrintable(checklists.errorString()));
        const QString copiedSql = QStringLiteral("SELECT day_offset, position, title FROM checklist_template_items "
                                                 "WHERE template_id = %1 ORDER BY day_offset, position");
        QCOMPARE(queryRows(db(), copiedSql.arg(id)), queryRows(db(), copiedSql.arg(1)));
        // The copy of item 1 has its own attachment to resource 1; the original keeps its own.
        const qint64 copyOfFirst =
            scalar(db(),
                   QStringLiteral("SELECT id FROM checklist_template_items WHERE template_id = ? AND "
                                  "day_offset = 30 AND position = 1"),
                   {id})
                .toLongLong();
        QCOMPARE(queryRows(db(), kAttachmentsSql),
                 (QStringList{QStringLiteral("1|1|NULL|1"), QStringLiteral("2|1|NULL|%1").arg(copyOfFirst)}));
        QCOMPARE(queryRows(db(), QStringLiteral("SELECT entity_id, field, new_value FROM audit_log WHERE entity = "
                                                "'resource'")),
                 QStringList{QStringLiteral("1|attachment|checklist_template_item %1").arg(copyOfFirst)});
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Copy checklist template"));

        const QStringList afterCopy = queryRows(db(), kTemplateItemsSql);
        m_editor->undoStack()->undo();
        QCOMPARE(queryRows(db(), kTemplateItemsSql), itemsBefore);
        QCOMPARE(queryRows(db(), kAttachmentsSql), QStringList{QStringLiteral("1|1|NULL|1")});
        m_editor->undoStack()->redo();
        QCOMPARE(queryRows(db(), kTemplateItemsSql), afterCopy);
        QCOMPARE(queryRows(db(), kAttachmentsSql).size(), 2);
    }

    void exactlyOneTemplateIsUsedForNewPairings()
    {
        ChecklistEditor checklists(*m_editor);
        const qint64 id = checklists.addTemplate(QStringLiteral("Autumn plan"));
        QVERIFY(id != 0);
        const QString defaultsSql = QStringLiteral("SELECT id FROM checklist_templates WHERE is_default = 1");
        QSignalSpy changes(m_editor->changes(), &ChangeFeed::changed);
        QVERIFY2(checklists.setDefaultTemplate(id), qPrintable(checklists.errorString()));
        QCOMPARE(queryRows(db(), defaultsSql), QStringList{QString::number(id)});
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().first().value<ChangeEvent>().ids, (QVector<qint64>{1, id}));
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Use checklist template for new pairings"));
        QCOMPARE(queryRows(db(), QStringLiteral("SELECT entity_id, old_value, new_value FROM audit_log WHERE entity "
                                                "= 'checklist_template' AND field = 'is_default' ORDER BY id")),
                 (QStringList{QStringLiteral("1|1|0"), QStringLiteral("%1|0|1").arg(id)}));

        QVERIFY(!checklists.setDefaultTemplate(id));
        QCOMPARE(checklists.errorString(), QStringLiteral("New pairings get “Autumn plan” already."));

        // Both directions write the flag off before setting it (the unique index allows one).
        m_editor->undoStack()->undo();
        QCOMPARE(queryRows(db(), defaultsSql), QStringList{QStringLiteral("1")});
        m_editor->undoStack()->redo();
        QCOMPARE(queryRows(db(), defaultsSql), QStringList{QString::number(id)});

        // New pairings now get the other template's (no) items.
        QString error;
        QCOMPARE(ChecklistInstantiation::instantiateDefault(db(), 2, &error), 0);
    }

    void theRepositoryRefusesToLeaveNoDefault()
    {
        ChecklistRepository repository(m_editor->records());
        const std::optional<ChecklistRow> plan = repository.row(EntityKind::ChecklistTemplate, 1);
        QVERIFY(plan);
        ChecklistRows cleared{*plan};
        cleared.first().values.insert(QStringLiteral("is_default"), 0);
        QVERIFY(!repository.write({*plan}, &cleared));
        QVERIFY(repository.errorString().contains(QLatin1String("choose another template for new pairings")));
        QCOMPARE(queryRows(db(), kTemplatesSql), QStringList{QStringLiteral("1|Standard 30/60/90-day plan|1")});
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
    }

    void theDefaultTemplateCannotBeDeleted()
    {
        const QStringList before = queryRows(db(), kTemplateItemsSql);
        ChecklistEditor checklists(*m_editor);
        QVERIFY(!checklists.deleteTemplate(1));
        QCOMPARE(checklists.errorString(),
                 QStringLiteral("“Standard 30/60/90-day plan” is the template new pairings get, so it cannot be "
                                "deleted. Choose another template for new pairings first, then delete this one."));
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QCOMPARE(queryRows(db(), kTemplateItemsSql), before);
    }

    void deletingATemplateKeepsThePairingsItems()
    {
        // Template 2, a copy of 1 with item 1's resource, was used for pairing 2's checklist.
        ChecklistEditor checklists(*m_editor);
        const qint64 id = checklists.addTemplate(QStringLiteral("Winter plan"), 1);
        QVERIFY(id != 0);
        QVERIFY(checklists.setDefaultTemplate(id));
        QString error;
        QCOMPARE(ChecklistInstantiation::instantiateDefault(db(), 2, &error), 9);
        QVERIFY(checklists.setDefaultTemplate(1));
        const QStringList items = queryRows(db(), kItemsSql);
        const QStringList templates = queryRows(db(), kTemplatesSql);
        const QStringList templateItems = queryRows(db(), kTemplateItemsSql);
        const QStringList attachments = queryRows(db(), kAttachmentsSql);
        QCOMPARE(attachments.size(), 2);
        const int steps = m_editor->undoStack()->count();

        QVERIFY2(checklists.deleteTemplate(id), qPrintable(checklists.errorString()));
        QCOMPARE(m_editor->undoStack()->count(), steps + 1);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Delete checklist template"));
        QCOMPARE(queryRows(db(), kTemplatesSql), QStringList{QStringLiteral("1|Standard 30/60/90-day plan|1")});
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_template_items")).toInt(), 9);
        QCOMPARE(queryRows(db(), kAttachmentsSql), QStringList{attachments.first()});
        // Every item of both pairings is still there; pairing 2's lost their link only.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_items")).toInt(), 18);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_items WHERE pairing_id = 2 AND "
                                             "template_item_id IS NULL"))
                     .toInt(),
                 9);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_items WHERE pairing_id = 1 AND "
                                             "template_item_id IS NOT NULL"))
                     .toInt(),
                 9);
        // Audited row by row: the template, its nine items, the attachment (under its resource).
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'record' AND new_value IS "
                                             "NULL AND entity IN ('checklist_template', 'checklist_template_item')"))
                     .toInt(),
                 10);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'resource' AND field = "
                                             "'attachment' AND new_value IS NULL"))
                     .toInt(),
                 1);

        m_editor->undoStack()->undo();
        QCOMPARE(queryRows(db(), kTemplatesSql), templates);
        QCOMPARE(queryRows(db(), kTemplateItemsSql), templateItems);
        QCOMPARE(queryRows(db(), kItemsSql), items);
        QCOMPARE(queryRows(db(), kAttachmentsSql), attachments);
        m_editor->undoStack()->redo();
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_templates")).toInt(), 1);
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_items WHERE template_item_id IS NULL")).toInt(),
            9);
    }

    void removingAnItemBringsItsResourcesBackOnUndo()
    {
        ChecklistEditor checklists(*m_editor);
        QVERIFY2(checklists.removeTemplateItem(1), qPrintable(checklists.errorString()));
        QCOMPARE(queryRows(db(), kAttachmentsSql), QStringList());
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_items WHERE template_item_id IS NULL")).toInt(),
            1);
        m_editor->undoStack()->undo();
        QCOMPARE(queryRows(db(), kAttachmentsSql), QStringList{QStringLiteral("1|1|NULL|1")});
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_items WHERE template_item_id = 1")).toInt(), 1);
    }

private:
    QSqlDatabase db() const { return m_program->connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
    std::unique_ptr<ProgramEditor> m_editor;
};

QTEST_MAIN(TestChecklistTemplateCommands)
#include "test_checklisttemplatecommands.moc"
