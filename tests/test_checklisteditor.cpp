// SPDX-License-Identifier: GPL-3.0-or-later
// ChecklistEditor: ticking and reopening items, editing templates and recording feedback, each an
// audited step that undo takes back and redo writes again, refused with a sentence when it
// cannot be done, and announced on the change feed.
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

const QDate kToday(2026, 4, 15);

const QString kItemsSql = QStringLiteral(
    "SELECT id, day_offset, IFNULL(template_item_id, 0), title, due_date, IFNULL(done_on, '') FROM checklist_items "
    "ORDER BY id");
const QString kTemplateSql = QStringLiteral(
    "SELECT i.id, i.day_offset, i.position, i.title, t.name FROM checklist_template_items i JOIN checklist_templates "
    "t ON t.id = i.template_id ORDER BY i.id");
const QString kFeedbackSql =
    QStringLiteral("SELECT id, pairing_id, direction, rating, comment, given_on FROM feedback ORDER BY id");

} // namespace

class TestChecklistEditor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_program = std::make_unique<ProgramDatabase>();
        QCOMPARE(m_program->open(m_dir->filePath(QStringLiteral("checklists.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        SQL_OK(checklistfixture::build(db()));
        m_editor = std::make_unique<ProgramEditor>(db(), QStringLiteral("Alex"));
    }

    void cleanup()
    {
        m_editor.reset();
        m_program.reset();
        m_dir.reset();
    }

    void ticksAndUnticksWithUndo()
    {
        const QStringList before = queryRows(db(), kItemsSql);
        QSignalSpy changes(m_editor->changes(), &ChangeFeed::changed);
        ChecklistEditor checklists(*m_editor);
        QVERIFY2(checklists.tickItem(1, QDate(2026, 3, 20), kToday), qPrintable(checklists.errorString()));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT done_on FROM checklist_items WHERE id = 1")).toString(),
                 QStringLiteral("2026-03-20"));
        QCOMPARE(changes.count(), 1);
        const ChangeEvent event = changes.first().first().value<ChangeEvent>();
        QVERIFY(event.affects(EntityKind::ChecklistItem));
        QCOMPARE(event.ids, QVector<qint64>{1});
        QCOMPARE(queryRows(db(), QStringLiteral("SELECT entity, entity_id, field, IFNULL(old_value, 'NULL'), "
                                                "new_value, actor FROM audit_log WHERE entity = 'checklist_item'")),
                 QStringList{QStringLiteral("checklist_item|1|done_on|NULL|2026-03-20|Alex")});
        QVERIFY(checklists.untickItem(1));
        QCOMPARE(queryRows(db(), kItemsSql), before);

        m_editor->undoStack()->undo(); // the untick
        QCOMPARE(scalar(db(), QStringLiteral("SELECT done_on FROM checklist_items WHERE id = 1")).toString(),
                 QStringLiteral("2026-03-20"));
        m_editor->undoStack()->undo(); // the tick
        QCOMPARE(queryRows(db(), kItemsSql), before);
        m_editor->undoStack()->redo();
        QCOMPARE(scalar(db(), QStringLiteral("SELECT done_on FROM checklist_items WHERE id = 1")).toString(),
                 QStringLiteral("2026-03-20"));
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Tick off checklist item"));
    }

    void refusesTicks_data()
    {
        QTest::addColumn<qint64>("itemId");
        QTest::addColumn<QDate>("doneOn");
        QTest::newRow("in the future") << qint64(1) << kToday.addDays(1);
        QTest::newRow("no day") << qint64(1) << QDate();
        QTest::newRow("no such item") << qint64(99) << kToday;
    }

    void refusesTicks()
    {
        QFETCH(qint64, itemId);
        QFETCH(QDate, doneOn);
        const QStringList before = queryRows(db(), kItemsSql);
        ChecklistEditor checklists(*m_editor);
        QVERIFY(!checklists.tickItem(itemId, doneOn, kToday));
        QVERIFY(!checklists.errorString().isEmpty());
        QCOMPARE(queryRows(db(), kItemsSql), before);
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }

    void undoRefusedWhenChangedMeanwhile()
    {
        ChecklistEditor checklists(*m_editor);
        QVERIFY(checklists.tickItem(2, kToday, kToday));
        SQL_OK(execSql(db(), QStringLiteral("UPDATE checklist_items SET done_on = '2026-04-01' WHERE id = 2")));
        QSignalSpy errors(m_editor.get(), &ProgramEditor::errorOccurred);
        m_editor->undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT done_on FROM checklist_items WHERE id = 2")).toString(),
                 QStringLiteral("2026-04-01"));
    }

    void editsTemplatesWithUndo()
    {
        const QStringList before = queryRows(db(), kTemplateSql);
        const QStringList itemsBefore = queryRows(db(), kItemsSql);
        ChecklistRepository repository(m_editor->records());
        const qint64 templateId = repository.templates().first().id;
        const QVector<ChecklistTemplateItem> items = repository.templateItems(templateId);
        ChecklistEditor checklists(*m_editor);

        QVERIFY(checklists.renameTemplate(templateId, QStringLiteral("  Our plan ")));
        const qint64 added = checklists.addTemplateItem(templateId, 60, QStringLiteral("Photo day"));
        QVERIFY2(added > 0, qPrintable(checklists.errorString()));
        QCOMPARE(repository.templateItems(templateId).size(), items.size() + 1);
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT position FROM checklist_template_items WHERE id = ?"), {added}).toInt(),
            4);
        QVERIFY(checklists.renameTemplateItem(items.at(0).id, QStringLiteral("Welcome call")));
        QVERIFY(checklists.moveTemplateItem(items.at(0).id, +1));
        QCOMPARE(repository.templateItems(templateId).at(0).id, items.at(1).id);
        QVERIFY(!checklists.moveTemplateItem(items.at(1).id, -1)); // first already
        QVERIFY(checklists.setTemplateItemOffset(added, 90));
        QVERIFY(checklists.removeTemplateItem(items.at(2).id));
        // Pairing 1's item made from it stays, unlinked; the pairings keep the titles they got.
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_items WHERE template_item_id IS NULL")).toInt(),
            1);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_items")).toInt(), 9);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity LIKE 'checklist_template%'"))
                         .toInt() > 0,
                 true);

        while (m_editor->undoStack()->canUndo())
            m_editor->undoStack()->undo();
        QCOMPARE(queryRows(db(), kTemplateSql), before);
        QCOMPARE(queryRows(db(), kItemsSql), itemsBefore);
        while (m_editor->undoStack()->canRedo())
            m_editor->undoStack()->redo();
        QCOMPARE(scalar(db(), QStringLiteral("SELECT name FROM checklist_templates")).toString(),
                 QStringLiteral("Our plan"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT day_offset FROM checklist_template_items WHERE id = ?"), {added})
                     .toInt(),
                 90);
        QCOMPARE(repository.templateItems(templateId).size(), items.size());
    }

    void refusesTemplateEdits_data()
    {
        QTest::addColumn<int>("dayOffset");
        QTest::addColumn<QString>("title");
        QTest::newRow("offset 45") << 45 << QStringLiteral("Midway");
        QTest::newRow("empty title") << 30 << QStringLiteral("  ");
    }

    void refusesTemplateEdits()
    {
        QFETCH(int, dayOffset);
        QFETCH(QString, title);
        const QStringList before = queryRows(db(), kTemplateSql);
        ChecklistEditor checklists(*m_editor);
        QCOMPARE(checklists.addTemplateItem(1, dayOffset, title), qint64(0));
        QVERIFY(!checklists.errorString().isEmpty());
        QCOMPARE(queryRows(db(), kTemplateSql), before);
    }

    void refusesTemplateNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QStringLiteral(" ");
        QTest::newRow("another template's") << QStringLiteral("second plan");
    }

    void refusesTemplateNames()
    {
        QFETCH(QString, name);
        SQL_OK(execSql(db(), QStringLiteral("INSERT INTO checklist_templates(name, created_utc) VALUES "
                                            "('Second plan', '')")));
        ChecklistEditor checklists(*m_editor);
        QVERIFY(!checklists.renameTemplate(1, name));
        QVERIFY(!checklists.errorString().isEmpty());
        QCOMPARE(scalar(db(), QStringLiteral("SELECT name FROM checklist_templates WHERE id = 1")).toString(),
                 QStringLiteral("Standard 30/60/90-day plan"));
    }

    void recordsEditsAndDeletesFeedback()
    {
        const QStringList before = queryRows(db(), kFeedbackSql);
        ChecklistEditor checklists(*m_editor);
        ChecklistRepository repository(m_editor->records());
        QCOMPARE(repository.mentorRating(1).count, 1);
        FeedbackEntry entry{0, 1, FeedbackDirection::MenteeToMentor, 5, QStringLiteral(" Great start "), kToday};
        const qint64 id = checklists.recordFeedback(entry, kToday);
        QVERIFY2(id > 0, qPrintable(checklists.errorString()));
        QCOMPARE(repository.feedbackEntry(id)->comment, QStringLiteral("Great start"));
        QCOMPARE(repository.mentorRating(1).count, 2);
        QCOMPARE(repository.mentorRating(1).average, 4.5);

        entry.id = id;
        entry.rating = 3;
        entry.direction = FeedbackDirection::MentorToMentee;
        QVERIFY(checklists.editFeedback(entry, kToday));
        QCOMPARE(repository.mentorRating(1).count, 1);
        QVERIFY(checklists.deleteFeedback(id));
        QCOMPARE(queryRows(db(), kFeedbackSql), before);

        m_editor->undoStack()->undo(); // the delete
        QCOMPARE(repository.feedbackEntry(id)->rating, 3);
        m_editor->undoStack()->undo(); // the edit
        QCOMPARE(repository.feedbackEntry(id)->rating, 5);
        m_editor->undoStack()->undo(); // the record
        QCOMPARE(queryRows(db(), kFeedbackSql), before);
        m_editor->undoStack()->redo();
        QCOMPARE(repository.feedbackEntry(id)->rating, 5); // the same id again
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'feedback'")).toInt(), 9);
    }

    void refusesFeedback_data()
    {
        QTest::addColumn<qint64>("pairingId");
        QTest::addColumn<int>("rating");
        QTest::addColumn<QDate>("givenOn");
        QTest::newRow("rating 0") << qint64(1) << 0 << kToday;
        QTest::newRow("rating 6") << qint64(1) << 6 << kToday;
        QTest::newRow("tomorrow") << qint64(1) << 3 << kToday.addDays(1);
        QTest::newRow("no day") << qint64(1) << 3 << QDate();
        QTest::newRow("no pairing") << qint64(42) << 3 << kToday;
    }

    void refusesFeedback()
    {
        QFETCH(qint64, pairingId);
        QFETCH(int, rating);
        QFETCH(QDate, givenOn);
        const QStringList before = queryRows(db(), kFeedbackSql);
        ChecklistEditor checklists(*m_editor);
        const FeedbackEntry entry{0, pairingId, FeedbackDirection::MentorToMentee, rating, QString(), givenOn};
        QCOMPARE(checklists.recordFeedback(entry, kToday), qint64(0));
        QVERIFY(!checklists.errorString().isEmpty());
        QCOMPARE(queryRows(db(), kFeedbackSql), before);
    }

private:
    QSqlDatabase db() const { return m_program->connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
    std::unique_ptr<ProgramEditor> m_editor;
};

QTEST_GUILESS_MAIN(TestChecklistEditor)
#include "test_checklisteditor.moc"
