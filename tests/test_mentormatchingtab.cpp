// SPDX-License-Identifier: GPL-3.0-or-later
// The Matching tab of the Mentors and Sellers workspaces' detail panel, through the window:
// skills edited in their dialog, a disclosure added and removed, a seller's languages edited,
// related categories added in Program ▸ Related Categories… (dialogs answered the way a user
// would), and Undo taking each back.
#include "dialogs/DisclosureDialog.h"
#include "dialogs/ListEditDialog.h"
#include "dialogs/RelatedCategoriesDialog.h"
#include "dialogs/SkillsDialog.h"
#include "editing/ProgramEditor.h"
#include "itemmodels/PagedTableModel.h"
#include "mainwindow/MainWindow.h"
#include "storage/ProgramDatabase.h"
#include "workspaces/DetailPanel.h"
#include "workspaces/MatchingTab.h"
#include "workspaces/WorkspaceView.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

#include "ModalDialogs.h"
#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

constexpr int kSellersWorkspace = 0;
constexpr int kMentorsWorkspace = 1;

void clickOk(QDialog* dialog)
{
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestMentorMatchingTab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void editSkillsAndUndo();
    void addDisclosureThenRemoveAndUndo();
    void editSellerLanguages();
    void relatedCategoriesFromTheProgramMenu();

private:
    MatchingTab* showMatchingTab(MainWindow& window, int workspace, qint64 recordId);

    QTemporaryDir m_dir;
    QString m_path;
    int m_fileNumber = 0;
};

void TestMentorMatchingTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestMentorMatchingTab::init()
{
    m_path = m_dir.filePath(QStringLiteral("matching-tab-%1.mentordesk").arg(++m_fileNumber));
    ProgramDatabase database;
    QCOMPARE(database.open(m_path), ProgramDatabase::Outcome::Created);
    const QSqlDatabase db = database.connection();
    SQL_OK(execSql(db, QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, category, created_utc, "
                                      "updated_utc) VALUES (1, 'S1', 'Alpha Crafts', 'Toys', 'T0', 'T0'), "
                                      "(2, 'S2', 'Beta Bits', 'Beauty', 'T0', 'T0')")));
    SQL_OK(execSql(db, QStringLiteral("INSERT INTO mentors(id, name, email, capacity, categories, created_utc, "
                                      "updated_utc) VALUES (1, 'Mira Mentor', 'mira@mentors.co', 3, 'Beauty', 'T0', "
                                      "'T0')")));
    SQL_OK(execSql(db, QStringLiteral("INSERT INTO mentor_skills(mentor_id, skill, level) VALUES (1, 'pricing', 3)")));
}

MatchingTab* TestMentorMatchingTab::showMatchingTab(MainWindow& window, int workspace, qint64 recordId)
{
    window.showWorkspace(workspace);
    WorkspaceView* view = window.workspace(workspace);
    const int row = view->model()->rowOfRecord(recordId);
    if (row < 0)
        return nullptr;
    view->table()->setCurrentIndex(view->model()->index(row, 0));
    DetailPanel* panel = view->detailPanel();
    auto* tabs = panel->findChild<QTabWidget*>();
    if (!tabs || !panel->matchingTab())
        return nullptr;
    tabs->setCurrentWidget(panel->matchingTab());
    return panel->matchingTab();
}

void TestMentorMatchingTab::editSkillsAndUndo()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MatchingTab* tab = showMatchingTab(window, kMentorsWorkspace, 1);
    QVERIFY(tab);
    QCOMPARE(tab->shownText(QStringLiteral("skills")), QStringLiteral("Pricing 3/5"));
    QPushButton* edit = tab->editButton(QStringLiteral("skills"));
    QVERIFY(edit && edit->isEnabled());
    QCOMPARE(edit->accessibleName(), QStringLiteral("Edit skills"));
    QVERIFY(edit->focusPolicy() & Qt::TabFocus);

    bool answered = false;
    int shownLevel = -1;
    whenShown<SkillsDialog>(this, &answered, [&](SkillsDialog* dialog) {
        shownLevel = dialog->levelBox(QStringLiteral("pricing"))->value();
        dialog->levelBox(QStringLiteral("pricing"))->setValue(0); // none
        dialog->levelBox(QStringLiteral("customer_service"))->setValue(4);
        clickOk(dialog);
    });
    QTest::mouseClick(edit, Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(shownLevel, 3);
    QCOMPARE(tab->shownText(QStringLiteral("skills")), QStringLiteral("Customer service 4/5"));

    window.editor()->undoStack()->undo();
    QCOMPARE(tab->shownText(QStringLiteral("skills")), QStringLiteral("Pricing 3/5"));
    window.editor()->undoStack()->redo();
    QCOMPARE(tab->shownText(QStringLiteral("skills")), QStringLiteral("Customer service 4/5"));
}

void TestMentorMatchingTab::addDisclosureThenRemoveAndUndo()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MatchingTab* tab = showMatchingTab(window, kMentorsWorkspace, 1);
    QVERIFY(tab);
    QTableWidget* table = tab->disclosureTable();
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!tab->removeDisclosureButton()->isEnabled());

    bool answered = false;
    QDate offeredDate;
    whenShown<DisclosureDialog>(this, &answered, [&](DisclosureDialog* dialog) {
        offeredDate = dialog->dateEdit()->date();
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(QStringLiteral("seller")));
        dialog->valueBox()->setEditText(QStringLiteral("S2"));
        dialog->noteEdit()->setText(QStringLiteral("sister's shop"));
        dialog->dateEdit()->setDate(QDate::currentDate().addDays(-1));
        clickOk(dialog);
    });
    QTest::mouseClick(tab->addDisclosureButton(), Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(offeredDate, QDate::currentDate());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Seller"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("S2 Beta Bits"));
    QCOMPARE(table->item(0, 2)->text(), QLocale().toString(QDate::currentDate().addDays(-1), QLocale::ShortFormat));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("sister's shop"));

    // Remove it from the keyboard's selection, then undo both steps.
    table->setCurrentCell(0, 0);
    QVERIFY(tab->removeDisclosureButton()->isEnabled());
    QTest::mouseClick(tab->removeDisclosureButton(), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 0);
    window.editor()->undoStack()->undo();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("S2 Beta Bits"));
    window.editor()->undoStack()->undo();
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(window.editor()->undoStack()->index(), 0);
}

void TestMentorMatchingTab::editSellerLanguages()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MatchingTab* tab = showMatchingTab(window, kSellersWorkspace, 2);
    QVERIFY(tab);
    QVERIFY(!tab->editButton(QStringLiteral("skills"))); // sellers have none
    bool answered = false;
    whenShown<ListEditDialog>(this, &answered, [](ListEditDialog* dialog) {
        dialog->lineEdit()->setText(QStringLiteral("DE | en"));
        clickOk(dialog);
    });
    QTest::mouseClick(tab->editButton(QStringLiteral("languages")), Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(tab->shownText(QStringLiteral("languages")), QStringLiteral("English, German"));
    window.editor()->undoStack()->undo();
    QCOMPARE(tab->shownText(QStringLiteral("languages")), QStringLiteral("—"));
}

void TestMentorMatchingTab::relatedCategoriesFromTheProgramMenu()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction* related = nullptr;
    for (QAction* action : window.menuBar()->findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("&Related Categories…"))
            related = action;
    }
    QVERIFY(related && related->isEnabled());
    bool answered = false;
    int pairsShown = -1;
    QStringList offered;
    whenShown<RelatedCategoriesDialog>(this, &answered, [&](RelatedCategoriesDialog* dialog) {
        for (int i = 0; i < dialog->firstBox()->count(); ++i)
            offered << dialog->firstBox()->itemText(i);
        dialog->firstBox()->setEditText(QStringLiteral("Toys"));
        dialog->secondBox()->setEditText(QStringLiteral("Beauty"));
        dialog->addPair();
        pairsShown = dialog->pairList()->count();
        dialog->reject();
    });
    related->trigger();
    QVERIFY(answered);
    QCOMPARE(offered, (QStringList{QStringLiteral("Beauty"), QStringLiteral("Toys")}));
    QCOMPARE(pairsShown, 1);
    const QSqlDatabase db = window.editor()->records().database();
    QCOMPARE(scalar(db, QStringLiteral("SELECT category_a || '/' || category_b FROM related_categories")).toString(),
             QStringLiteral("Beauty/Toys"));
    window.editor()->undoStack()->undo();
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM related_categories")).toInt(), 0);
}

QTEST_MAIN(TestMentorMatchingTab)
#include "test_mentormatchingtab.moc"
