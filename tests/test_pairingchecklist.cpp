// SPDX-License-Identifier: GPL-3.0-or-later
// The pairing's checklist and feedback in the window: on the seller's Pairings tab the selected
// pairing's checklist is grouped by 30/60/90 days with late items in the warning colour; Space
// ticks the current item and Edit ▸ Undo takes the tick back; Record Feedback… writes a rating
// the Mentors workspace's columns then show; Program ▸ Checklist Templates… edits the template.
#include "ChecklistFixture.h"
#include "ModalDialogs.h"
#include "WidgetTestSupport.h"

#include "checklists/ChecklistEditor.h"
#include "checklists/ChecklistTemplatesDialog.h"
#include "checklists/FeedbackDialog.h"
#include "checklists/PairingChecklistPanel.h"
#include "domain/FieldCatalogue.h"
#include "editing/ProgramEditor.h"
#include "itemmodels/ChecklistItemModel.h"
#include "itemmodels/FeedbackModel.h"
#include "itemmodels/PagedTableModel.h"
#include "itemmodels/PairingTableModel.h"
#include "mainwindow/MainWindow.h"
#include "resources/AttachedResourcesLine.h"
#include "resources/ResourceEditor.h"
#include "storage/ProgramDatabase.h"
#include "workspaces/DetailPanel.h"
#include "workspaces/WorkspaceView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace mentordesk;

namespace {

QPushButton* buttonWithText(QWidget* parent, const QString& text)
{
    const auto buttons = parent->findChildren<QPushButton*>();
    for (QPushButton* button : buttons) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

QAction* menuAction(QMainWindow& window, const QString& text)
{
    const auto actions = window.menuBar()->findChildren<QAction*>();
    for (QAction* action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestPairingChecklist : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("panel-%1.mentordesk").arg(++m_fileNumber));
        ProgramDatabase database;
        QCOMPARE(database.open(m_path), ProgramDatabase::Outcome::Created);
        SQL_OK(checklistfixture::build(database.connection()));
        // Pairing 1 started 40 days ago: its 30-day items are late, the others are not due yet.
        SQL_OK(execSql(database.connection(), QStringLiteral("UPDATE checklist_items SET due_date = date('now', "
                                                             "'localtime', '-10 days', '+' || (day_offset - 30) || "
                                                             "' days')")));
    }

    void spaceTicksAndUndoTakesItBack()
    {
        MainWindow window;
        QVERIFY(window.openProgram(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PairingChecklistPanel* panel = showPairing(window, 1, 1);
        QVERIFY(panel);
        QAbstractItemModelTester tester(panel->checklistModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTreeView* view = panel->checklistView();
        QCOMPARE(panel->checklistModel()->rowCount(), 3);
        QCOMPARE(panel->checklistModel()->lateCount(), 3);

        const QModelIndex first = panel->checklistModel()->index(0, 0, panel->checklistModel()->index(0, 0));
        QVERIFY(first.data(ChecklistItemModel::LateRole).toBool());
        const qint64 itemId = first.data(ChecklistItemModel::ItemIdRole).toLongLong();

        view->setFocus();
        view->setCurrentIndex(first.siblingAtColumn(ChecklistItemModel::Due));
        QTest::keyClick(view, Qt::Key_Space);
        const QSqlDatabase db = window.editor()->records().database();
        QCOMPARE(scalar(db, QStringLiteral("SELECT done_on FROM checklist_items WHERE id = ?"), {itemId}).toString(),
                 QDate::currentDate().toString(Qt::ISODate));
        // The view keeps the ticked item current, its box checked and no longer late.
        QCOMPARE(view->currentIndex().data(ChecklistItemModel::ItemIdRole).toLongLong(), itemId);
        const QModelIndex ticked = panel->checklistModel()->indexOfItem(itemId);
        QCOMPARE(ticked.data(Qt::CheckStateRole).value<int>(), int(Qt::Checked));
        QVERIFY(!ticked.data(ChecklistItemModel::LateRole).toBool());
        QCOMPARE(panel->checklistModel()->lateCount(), 2);
        screenshot(&window, QStringLiteral("pairing-checklist.png"));

        window.editor()->undoStack()->undo();
        QVERIFY(scalar(db, QStringLiteral("SELECT done_on FROM checklist_items WHERE id = ?"), {itemId}).isNull());
        QCOMPARE(panel->checklistModel()->indexOfItem(itemId).data(Qt::CheckStateRole).value<int>(),
                 int(Qt::Unchecked));
        QCOMPARE(panel->checklistModel()->lateCount(), 3);

        // Space again ticks it again; a second Space reopens it.
        view->setCurrentIndex(panel->checklistModel()->indexOfItem(itemId));
        QTest::keyClick(view, Qt::Key_Space);
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(scalar(db, QStringLiteral("SELECT done_on FROM checklist_items WHERE id = ?"), {itemId}).isNull());
        // The undone tick gave way to the two new steps.
        QCOMPARE(window.editor()->undoStack()->count(), 2);
        QCOMPARE(window.editor()->undoStack()->undoText(), ChecklistEditor::tr("Reopen checklist item"));
    }

    void lateItemsUseTheWarningColour()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        const QColor onLight = PairingChecklistPanel::warningColor(light);
        const QColor onDark = PairingChecklistPanel::warningColor(dark);
        QVERIFY(onLight.lightnessF() < 0.5);
        QVERIFY(onDark.lightnessF() > 0.5);
        QVERIFY(onLight.red() > onLight.green() && onDark.red() > onDark.green());
    }

    void recordFeedbackShowsInMentors()
    {
        MainWindow window;
        QVERIFY(window.openProgram(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PairingChecklistPanel* panel = showPairing(window, 1, 1);
        QVERIFY(panel);
        QAbstractItemModelTester tester(panel->feedbackModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        bool answered = false;
        whenShown<FeedbackDialog>(this, &answered, [](FeedbackDialog* dialog) {
            dialog->ratingBox()->setValue(5);
            dialog->commentEdit()->setPlainText(QStringLiteral("Clear next steps"));
            dialog->accept();
        });
        QPushButton* record = buttonWithText(panel, PairingChecklistPanel::tr("Record &Feedback…"));
        QVERIFY(record);
        QVERIFY(record->isEnabled());
        record->click();
        QVERIFY(answered);
        QCOMPARE(panel->feedbackModel()->rowCount(), 1);
        QCOMPARE(panel->feedbackModel()->index(0, FeedbackModel::Comment).data().toString(),
                 QStringLiteral("Clear next steps"));
        // Ada now has 4 (pairing 3) and 5: the Mentors workspace shows 4.5 from 2 ratings.
        QCOMPARE(panel->feedbackModel()->mentorAverage().average, 4.5);
        WorkspaceView* mentors = window.workspace(1);
        const TableSpec& spec = mentors->model()->spec();
        const int row = mentors->model()->rowOfRecord(1);
        QVERIFY(row >= 0);
        const int average = spec.fieldIndex(fieldKey(FieldId::MentorAverageRating));
        const int count = spec.fieldIndex(fieldKey(FieldId::MentorRatingCount));
        QCOMPARE(mentors->model()->index(row, count).data().toString(), QStringLiteral("2"));
        QCOMPARE(mentors->model()->index(row, average).data(Qt::EditRole).toDouble(), 4.5);

        window.editor()->undoStack()->undo();
        QCOMPARE(panel->feedbackModel()->rowCount(), 0);
        QCOMPARE(mentors->model()->index(row, count).data().toString(), QStringLiteral("1"));
    }

    void anItemShowsItsTemplateItemsResources()
    {
        MainWindow window;
        QVERIFY(window.openProgram(m_path));
        ResourceEditor resources(*window.editor());
        const qint64 guide = resources.addLink({QStringLiteral("Photo guide"), QString(), QString(), QString()},
                                               QStringLiteral("https://example.org/photos"));
        QVERIFY2(guide != 0, qPrintable(resources.errorString()));
        const QSqlDatabase db = window.editor()->records().database();
        const qint64 templateItem =
            scalar(db, QStringLiteral("SELECT template_item_id FROM checklist_items WHERE id = 1")).toLongLong();
        QVERIFY(resources.attachToTemplateItem(guide, templateItem));
        PairingChecklistPanel* panel = showPairing(window, 1, 1);
        QVERIFY(panel);
        panel->checklistView()->setCurrentIndex(panel->checklistModel()->indexOfItem(1));
        QCOMPARE(panel->resourcesLine()->text(), QStringLiteral("<a href=\"%1\">Photo guide</a>").arg(guide));
        // Only shown here: attaching belongs to the templates dialog.
        QVERIFY(!child<QPushButton>(panel->resourcesLine(), QStringLiteral("attachResource"))->isVisibleTo(panel));
        panel->checklistView()->setCurrentIndex(panel->checklistModel()->indexOfItem(2));
        QCOMPARE(panel->resourcesLine()->text(), QStringLiteral("none"));
        // An item no longer linked to a template item has no resources to show.
        SQL_OK(execSql(db, QStringLiteral("UPDATE checklist_items SET template_item_id = NULL WHERE id = 1")));
        panel->checklistView()->setCurrentIndex(panel->checklistModel()->indexOfItem(1));
        QCOMPARE(panel->resourcesLine()->text(), QStringLiteral("none"));
    }

    void templatesDialogEditsTheTemplate()
    {
        MainWindow window;
        QVERIFY(window.openProgram(m_path));
        QAction* open = menuAction(window, MainWindow::tr("&Checklist Templates…"));
        QVERIFY(open);
        QVERIFY(open->isEnabled());
        bool answered = false;
        QString renamed;
        whenShown<ChecklistTemplatesDialog>(this, &answered, [&renamed](ChecklistTemplatesDialog* dialog) {
            QCOMPARE(dialog->itemTree()->topLevelItemCount(), 3);
            QCOMPARE(dialog->itemTree()->topLevelItem(1)->childCount(), 3);
            dialog->nameEdit()->setText(QStringLiteral("Spring plan"));
            dialog->renameTemplate();
            dialog->itemTree()->setCurrentItem(dialog->itemTree()->topLevelItem(0)->child(2));
            dialog->moveSelectedItemUp();
            renamed = dialog->itemTree()->topLevelItem(0)->child(1)->text(0);
            dialog->reject();
        });
        open->trigger();
        QVERIFY(answered);
        const QSqlDatabase db = window.editor()->records().database();
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM checklist_templates")).toString(),
                 QStringLiteral("Spring plan"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT title FROM checklist_template_items WHERE day_offset = 30 AND "
                                           "position = 2"))
                     .toString(),
                 renamed);
        QCOMPARE(window.editor()->undoStack()->count(), 2);
    }

private:
    /// Shows the Sellers workspace, selects seller `sellerId` and its pairing `pairingId`, and
    /// returns the checklist panel.
    PairingChecklistPanel* showPairing(MainWindow& window, qint64 sellerId, qint64 pairingId)
    {
        window.showWorkspace(0);
        WorkspaceView* view = window.workspace(0);
        const int row = view->model()->rowOfRecord(sellerId);
        if (row < 0)
            return nullptr;
        view->table()->setCurrentIndex(view->model()->index(row, 0));
        DetailPanel* panel = view->detailPanel();
        auto* tabs = panel->findChild<QTabWidget*>();
        for (int tab = 0; tabs && tab < tabs->count(); ++tab) {
            if (tabs->tabText(tab) == QLatin1String("Pairings"))
                tabs->setCurrentIndex(tab);
        }
        const int pairingRow = panel->pairingModel()->rowOfPairing(pairingId);
        if (pairingRow < 0)
            return nullptr;
        panel->pairingTable()->setCurrentIndex(panel->pairingModel()->index(pairingRow, 0));
        return panel->checklistPanel();
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_fileNumber = 0;
};

QTEST_MAIN(TestPairingChecklist)
#include "test_pairingchecklist.moc"
