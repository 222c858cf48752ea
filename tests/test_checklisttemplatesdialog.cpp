// SPDX-License-Identifier: GPL-3.0-or-later
// Program ▸ Checklist Templates… under offscreen: a new and a copied template through the name
// question, Use for New Pairings with undo, the default refused with its sentence (Delete key)
// and another template deleted after the question, resources attached to and detached from an
// item with undo, Delete and F2 on the items, and one mnemonic per letter.
#include "ChecklistFixture.h"
#include "ModalDialogs.h"
#include "WidgetTestSupport.h"

#include "checklists/ChecklistTemplatesDialog.h"
#include "editing/ProgramEditor.h"
#include "resources/AttachedResourcesLine.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace mentordesk;

class TestChecklistTemplatesDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_program = std::make_unique<ProgramDatabase>();
        QCOMPARE(m_program->open(m_dir->filePath(QStringLiteral("dialog.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        SQL_OK(checklistfixture::build(db()));
        SQL_OK(execSql(db(), QStringLiteral("INSERT INTO resources(id, title, kind, url, created_utc, updated_utc) "
                                            "VALUES (1, 'Photo guide', 'link', 'https://example.org/p', '', ''), "
                                            "(2, 'Pricing sheet', 'link', 'https://example.org/s', '', '')")));
        m_editor = std::make_unique<ProgramEditor>(db(), QStringLiteral("Alex"));
        m_dialog = std::make_unique<ChecklistTemplatesDialog>(m_editor.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_dialog->itemTree()->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_dialog->show();
        // The Delete and F2 shortcuts work on the widget with the focus, in the active window.
        QApplication::setActiveWindow(m_dialog.get());
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }

    void cleanup()
    {
        m_tester.reset();
        m_dialog.reset();
        m_editor.reset();
        m_program.reset();
        m_dir.reset();
    }

    void addsAndCopiesTemplates()
    {
        QVERIFY(!button(QStringLiteral("deleteTemplate"))->isEnabled()); // the default one is shown
        QCOMPARE(m_dialog->defaultLabel()->text(), QStringLiteral("New pairings get this template."));
        answerName(QStringLiteral("Autumn plan"));
        button(QStringLiteral("newTemplate"))->click();
        QVERIFY(m_answered);
        QCOMPARE(m_dialog->templateBox()->currentText(), QStringLiteral("Autumn plan"));
        QCOMPARE(m_dialog->nameEdit()->text(), QStringLiteral("Autumn plan"));
        QCOMPARE(childCount(), 0);
        QVERIFY(button(QStringLiteral("deleteTemplate"))->isEnabled());
        QVERIFY(button(QStringLiteral("useForNewPairings"))->isEnabled());

        m_dialog->templateBox()->setCurrentIndex(0);
        QString proposed;
        whenShown<QInputDialog>(this, &m_answered, [&proposed](QInputDialog* dialog) {
            proposed = dialog->textValue();
            dialog->accept();
        });
        button(QStringLiteral("copyTemplate"))->click();
        QVERIFY(m_answered);
        QCOMPARE(proposed, QStringLiteral("Copy of Standard 30/60/90-day plan"));
        QCOMPARE(m_dialog->templateBox()->currentText(), proposed);
        QCOMPARE(childCount(), 9);
        QCOMPARE(m_dialog->templateBox()->count(), 3);

        m_editor->undoStack()->undo();
        QCOMPARE(m_dialog->templateBox()->count(), 2);
    }

    void usesATemplateForNewPairingsWithUndo()
    {
        answerName(QStringLiteral("Autumn plan"));
        button(QStringLiteral("newTemplate"))->click();
        QVERIFY(m_answered);
        button(QStringLiteral("useForNewPairings"))->click();
        QCOMPARE(m_dialog->templateBox()->currentText(), QStringLiteral("Autumn plan (for new pairings)"));
        QVERIFY(!button(QStringLiteral("useForNewPairings"))->isEnabled());
        QVERIFY(!button(QStringLiteral("deleteTemplate"))->isEnabled());
        QCOMPARE(scalar(db(), QStringLiteral("SELECT name FROM checklist_templates WHERE is_default = 1")).toString(),
                 QStringLiteral("Autumn plan"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_templates WHERE is_default = 1")).toInt(),
                 1);

        m_editor->undoStack()->undo();
        QCOMPARE(m_dialog->templateBox()->currentText(), QStringLiteral("Autumn plan"));
        QVERIFY(button(QStringLiteral("useForNewPairings"))->isEnabled());
        QCOMPARE(m_dialog->defaultLabel()->text(),
                 QStringLiteral("New pairings get another template; Use for New Pairings makes it this one."));
    }

    void theDefaultIsRefusedAndAnotherDeletedAfterTheQuestion()
    {
        // Delete on the template list with the default shown: the sentence says what to do.
        QString refusal;
        whenShown<QMessageBox>(this, &m_answered, [&refusal](QMessageBox* box) {
            refusal = box->text();
            box->accept();
        });
        m_dialog->templateBox()->setFocus();
        QTest::keyClick(m_dialog->templateBox(), Qt::Key_Delete);
        QVERIFY(m_answered);
        QVERIFY2(refusal.contains(QLatin1String("cannot be deleted. Choose another template for new pairings first")),
                 qPrintable(refusal));
        QCOMPARE(m_editor->undoStack()->count(), 0);

        answerName(QStringLiteral("Autumn plan"));
        button(QStringLiteral("newTemplate"))->click();
        QVERIFY(m_answered);
        QString informative;
        whenShown<QMessageBox>(this, &m_answered, [&informative](QMessageBox* box) {
            informative = box->informativeText();
            for (QAbstractButton* choice : box->buttons()) {
                if (box->buttonRole(choice) == QMessageBox::DestructiveRole)
                    choice->click();
            }
        });
        button(QStringLiteral("deleteTemplate"))->click();
        QVERIFY(m_answered);
        QVERIFY2(informative.startsWith(QLatin1String("Pairings keep the 0 checklist item")), qPrintable(informative));
        QCOMPARE(m_dialog->templateBox()->count(), 1);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Delete checklist template"));
        m_editor->undoStack()->undo();
        QCOMPARE(m_dialog->templateBox()->count(), 2);
    }

    void attachesAndDetachesResourcesWithUndo()
    {
        m_dialog->selectItem(1);
        AttachedResourcesLine* line = m_dialog->resourcesLine();
        QCOMPARE(line->text(), QStringLiteral("none"));
        QVERIFY(!child<QPushButton>(line, QStringLiteral("detachResource"))->isEnabled());
        whenShown<QInputDialog>(this, &m_answered, [](QInputDialog* dialog) {
            dialog->setTextValue(QStringLiteral("Pricing sheet"));
            dialog->accept();
        });
        child<QPushButton>(line, QStringLiteral("attachResource"))->click();
        QVERIFY(m_answered);
        QCOMPARE(line->text(), QStringLiteral("<a href=\"2\">Pricing sheet</a>"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT resource_id FROM resource_attachments WHERE "
                                             "checklist_template_item_id = 1"))
                     .toInt(),
                 2);
        // Another item shows its own (none); back on the first, its resource again.
        m_dialog->selectItem(2);
        QCOMPARE(line->text(), QStringLiteral("none"));
        m_dialog->selectItem(1);
        QCOMPARE(line->text(), QStringLiteral("<a href=\"2\">Pricing sheet</a>"));

        // With one resource attached, Detach asks nothing.
        child<QPushButton>(line, QStringLiteral("detachResource"))->click();
        QCOMPARE(line->text(), QStringLiteral("none"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM resource_attachments")).toInt(), 0);
        m_editor->undoStack()->undo();
        QCOMPARE(line->text(), QStringLiteral("<a href=\"2\">Pricing sheet</a>"));
        m_editor->undoStack()->undo();
        QCOMPARE(line->text(), QStringLiteral("none"));
        QCOMPARE(m_editor->undoStack()->index(), 0);
    }

    void deleteAndF2WorkOnTheItems()
    {
        m_dialog->selectItem(1);
        const QString title = m_dialog->itemTree()->currentItem()->text(0);
        m_dialog->itemTree()->setFocus();
        QTest::keyClick(m_dialog->itemTree(), Qt::Key_Delete);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_template_items")).toInt(), 8);
        QCOMPARE(childCount(), 8);
        m_editor->undoStack()->undo();
        QCOMPARE(childCount(), 9);

        m_dialog->selectItem(1);
        QString offered;
        whenShown<QInputDialog>(this, &m_answered, [&offered](QInputDialog* dialog) {
            offered = dialog->textValue();
            dialog->setTextValue(QStringLiteral("Welcome call"));
            dialog->accept();
        });
        QTest::keyClick(m_dialog->itemTree(), Qt::Key_F2);
        QVERIFY(m_answered);
        QCOMPARE(offered, title);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT title FROM checklist_template_items WHERE id = 1")).toString(),
                 QStringLiteral("Welcome call"));

        // F2 on the template list goes to its name (the dialog active again after the question).
        QApplication::setActiveWindow(m_dialog.get());
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        m_dialog->templateBox()->setFocus();
        QTest::keyClick(m_dialog->templateBox(), Qt::Key_F2);
        QCOMPARE(QApplication::focusWidget(), m_dialog->nameEdit());
        QCOMPARE(m_dialog->nameEdit()->selectedText(), m_dialog->nameEdit()->text());
    }

    void everyMnemonicIsItsOwn()
    {
        QStringList letters;
        const auto note = [&letters](const QString& text) {
            const int amp = int(text.indexOf(QLatin1Char('&')));
            if (amp >= 0 && amp + 1 < text.size())
                letters << text.at(amp + 1).toLower();
        };
        const auto buttons = m_dialog->findChildren<QAbstractButton*>();
        for (QAbstractButton* b : buttons)
            note(b->text());
        const auto labels = m_dialog->findChildren<QLabel*>();
        for (QLabel* label : labels)
            note(label->buddy() ? label->text() : QString());
        QVERIFY(letters.size() >= 14);
        QStringList unique = letters;
        unique.removeDuplicates();
        QCOMPARE(unique.size(), letters.size());
    }

private:
    QSqlDatabase db() const { return m_program->connection(); }

    QPushButton* button(const QString& name) const { return child<QPushButton>(m_dialog.get(), name); }

    /// The items under the three day-offset groups of the template shown.
    int childCount() const
    {
        int count = 0;
        for (int g = 0; g < m_dialog->itemTree()->topLevelItemCount(); ++g)
            count += m_dialog->itemTree()->topLevelItem(g)->childCount();
        return count;
    }

    /// Answers the next name question with `name`.
    void answerName(const QString& name)
    {
        whenShown<QInputDialog>(this, &m_answered, [name](QInputDialog* dialog) {
            dialog->setTextValue(name);
            dialog->accept();
        });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
    std::unique_ptr<ProgramEditor> m_editor;
    std::unique_ptr<ChecklistTemplatesDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    bool m_answered = false;
};

QTEST_MAIN(TestChecklistTemplatesDialog)
#include "test_checklisttemplatesdialog.moc"
