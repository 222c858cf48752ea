// SPDX-License-Identifier: GPL-3.0-or-later
// The pairing lifecycle through the window: the detail panel's Pairings tab confirms, extends
// and ends the selected pairing (dialogs answered the way a user would), Undo takes a decision
// back, ending offers a re-match of that mentee alone, and the status bar counts the trials
// that await a decision.
#include "dialogs/EndPairingDialog.h"
#include "dialogs/ExtendTrialDialog.h"
#include "editing/ProgramEditor.h"
#include "itemmodels/PagedTableModel.h"
#include "itemmodels/PairingTableModel.h"
#include "mainwindow/MainWindow.h"
#include "storage/PairingRepository.h"
#include "storage/ProgramDatabase.h"
#include "workspaces/DetailPanel.h"
#include "workspaces/WorkspaceView.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

QString day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

/// Answers the modal dialogs a user action opens, one step per dialog in the order they are
/// shown, from each dialog's own event loop (as ModalDialogs.h does for a single dialog). A
/// dialog beyond the script, or one a step left open, is rejected and noted, so that the test
/// fails instead of waiting.
class DialogScript : public QObject {
public:
    using Step = std::function<void(QDialog*)>;

    explicit DialogScript(QList<Step> steps)
        : m_steps(std::move(steps))
    {
        qApp->installEventFilter(this);
    }
    ~DialogScript() override { qApp->removeEventFilter(this); }

    int answered() const { return m_answered; }
    QStringList unexpected() const { return m_unexpected; }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* dialog = event->type() == QEvent::Show ? qobject_cast<QDialog*>(watched) : nullptr;
        if (!dialog || !dialog->isWindow() || !dialog->testAttribute(Qt::WA_ShowModal))
            return false;
        QTimer::singleShot(0, dialog, [this, dialog] {
            if (m_answered < m_steps.size())
                m_steps.at(m_answered++)(dialog);
            else
                m_unexpected << QString::fromLatin1(dialog->metaObject()->className());
            if (dialog->isVisible())
                dialog->reject();
        });
        return false;
    }

private:
    QList<Step> m_steps;
    int m_answered = 0;
    QStringList m_unexpected;
};

QPushButton* buttonNamed(QWidget* parent, const QString& accessibleName)
{
    const auto buttons = parent->findChildren<QPushButton*>();
    for (QPushButton* button : buttons) {
        if (button->accessibleName() == accessibleName)
            return button;
    }
    return nullptr;
}

QString lifecycle(const QSqlDatabase& db, qint64 id)
{
    return scalar(db,
                  QStringLiteral("SELECT status || '|' || IFNULL(trial_end_date, 'NULL') || '|' || "
                                 "IFNULL(ended_on, 'NULL') || '|' || IFNULL(end_reason, 'NULL') FROM pairings "
                                 "WHERE id = ?"),
                  {id})
        .toString();
}

} // namespace

class TestPairingLifecycle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void confirmUndoEndAndRematch();
    void extendFromTheMentorsPanel();
    void completedPairingOffersNoRematch();
    void statusBarCountsTrialDeadlines();

private:
    /// Opens the program, shows `workspace` and selects record `recordId` and its pairing `pairingId`.
    DetailPanel* selectPairing(MainWindow& window, int workspace, qint64 recordId, qint64 pairingId);

    QTemporaryDir m_dir;
    QString m_path;
    int m_fileNumber = 0;
};

void TestPairingLifecycle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestPairingLifecycle::init()
{
    // A fresh program per test: Alpha's trial ends in 3 days, Beta's ended 2 days ago, Gamma's
    // runs 30 more days, Delta is active; all with Mira or Otto.
    m_path = m_dir.filePath(QStringLiteral("lifecycle-%1.mentordesk").arg(++m_fileNumber));
    ProgramDatabase database;
    QCOMPARE(database.open(m_path), ProgramDatabase::Outcome::Created);
    const QSqlDatabase db = database.connection();
    SQL_OK(execSql(db, QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, created_utc, updated_utc) "
                                      "VALUES (1, 'S1', 'Alpha Crafts', 'T0', 'T0'), (2, 'S2', 'Beta Bits', 'T0', "
                                      "'T0'), (3, 'S3', 'Gamma Goods', 'T0', 'T0'), (4, 'S4', 'Delta Deals', 'T0', "
                                      "'T0')")));
    SQL_OK(execSql(db, QStringLiteral("INSERT INTO mentors(id, name, email, capacity, created_utc, updated_utc) "
                                      "VALUES (1, 'Mira Mentor', 'mira@mentors.co', 3, 'T0', 'T0'), "
                                      "(2, 'Otto Other', 'otto@mentors.co', 3, 'T0', 'T0')")));
    SQL_OK(execSql(db,
                   QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, trial_end_date, "
                                  "created_utc, updated_utc) VALUES (1, 1, 1, 'trial', ?, ?, 'T0', 'T0'), "
                                  "(2, 2, 2, 'trial', ?, ?, 'T0', 'T0'), (3, 1, 3, 'trial', ?, ?, 'T0', 'T0'), "
                                  "(4, 2, 4, 'active', ?, ?, 'T0', 'T0')"),
                   {day(-25), day(3), day(-30), day(-2), day(-1), day(30), day(-90), day(-60)}));
}

DetailPanel* TestPairingLifecycle::selectPairing(MainWindow& window, int workspace, qint64 recordId, qint64 pairingId)
{
    window.showWorkspace(workspace);
    WorkspaceView* view = window.workspace(workspace);
    const int row = view->model()->rowOfRecord(recordId);
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
    return panel;
}

void TestPairingLifecycle::confirmUndoEndAndRematch()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAbstractItemModelTester tester(window.workspace(0)->detailPanel()->pairingModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    DetailPanel* panel = selectPairing(window, 0, 1, 1);
    QVERIFY(panel);
    const QSqlDatabase db = window.editor()->records().database();

    // A trial may be confirmed, extended or ended; the buttons say so to assistive technology and
    // take the keyboard focus.
    QPushButton* confirm = buttonNamed(panel, QStringLiteral("Confirm the selected trial"));
    QPushButton* extend = buttonNamed(panel, QStringLiteral("Extend the selected trial"));
    QPushButton* end = buttonNamed(panel, QStringLiteral("End the selected pairing"));
    QVERIFY(confirm && extend && end);
    for (QPushButton* button : {confirm, extend, end}) {
        QVERIFY(button->isEnabled());
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
    }
    QVERIFY(panel->pairingTable()->actions().contains(panel->endAction())); // the context menu
    const int selectedRow = panel->pairingTable()->currentIndex().row();
    QCOMPARE(panel->pairingModel()
                 ->index(selectedRow, PairingTableModel::Status)
                 .data(PairingTableModel::TrialDecisionDueRole)
                 .toBool(),
             true);

    // Confirm from the keyboard, with the focus in the pairings table (on the tab in view).
    QVERIFY(panel->pairingTable()->isVisible());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    panel->pairingTable()->setFocus();
    QTest::keyClick(panel->pairingTable(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(lifecycle(db, 1), QStringLiteral("active|%1|NULL|NULL").arg(day(3)));
    // The panel was read again and the pairing is still the selected one, now without Confirm.
    QCOMPARE(panel->pairingModel()->pairing(panel->pairingTable()->currentIndex().row()).id, qint64(1));
    QVERIFY(!confirm->isEnabled());
    QVERIFY(!extend->isEnabled());
    QVERIFY(end->isEnabled());

    window.editor()->undoStack()->undo();
    QCOMPARE(lifecycle(db, 1), QStringLiteral("trial|%1|NULL|NULL").arg(day(3)));
    QVERIFY(confirm->isEnabled());

    // End with a reason through the dialog, then accept the offer to re-match the mentee.
    QSignalSpy rematch(&window, &MainWindow::rematchRequested);
    QString dialogDate;
    bool okDisabledWithoutReason = false;
    QString question;
    DialogScript script({
        [&](QDialog* dialog) {
            auto* endDialog = qobject_cast<EndPairingDialog*>(dialog);
            if (!endDialog)
                return;
            auto* ok = endDialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            okDisabledWithoutReason = endDialog->reasonBox()->currentIndex() == -1 && !ok->isEnabled();
            dialogDate = endDialog->dateEdit()->date().toString(Qt::ISODate);
            endDialog->reasonBox()->setCurrentIndex(endDialog->reasonBox()->findData(QStringLiteral("mismatch")));
            ok->click();
        },
        [&](QDialog* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            if (!box)
                return;
            question = box->text();
            for (QAbstractButton* button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        },
    });
    QTest::mouseClick(end, Qt::LeftButton);
    QCOMPARE(script.answered(), 2);
    QCOMPARE(script.unexpected(), QStringList());
    QVERIFY(okDisabledWithoutReason);
    QCOMPARE(dialogDate, day(0));
    QVERIFY2(question.contains(QStringLiteral("Alpha Crafts")), qPrintable(question));
    QCOMPARE(lifecycle(db, 1), QStringLiteral("ended|%1|%2|mismatch").arg(day(3), day(0)));
    QCOMPARE(rematch.count(), 1);
    QCOMPARE(rematch.at(0).at(0).toLongLong(), qint64(1));
    // The other pairs are as they were, and the ended one allows no further step.
    QCOMPARE(lifecycle(db, 2), QStringLiteral("trial|%1|NULL|NULL").arg(day(-2)));
    QCOMPARE(lifecycle(db, 3), QStringLiteral("trial|%1|NULL|NULL").arg(day(30)));
    QVERIFY(!confirm->isEnabled() && !extend->isEnabled() && !end->isEnabled());
    // The undone confirmation made way for the end, the one step Undo now takes back.
    QCOMPARE(window.editor()->undoStack()->count(), 1);
    QCOMPARE(window.editor()->undoStack()->undoText(), QStringLiteral("End pairing"));
}

void TestPairingLifecycle::extendFromTheMentorsPanel()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DetailPanel* panel = selectPairing(window, 1, 2, 2); // Otto's trial with Beta, 2 days past its end
    QVERIFY(panel);

    QString suggested;
    QString earliest;
    DialogScript script({[&](QDialog* dialog) {
        auto* extendDialog = qobject_cast<ExtendTrialDialog*>(dialog);
        if (!extendDialog)
            return;
        suggested = extendDialog->dateEdit()->date().toString(Qt::ISODate);
        earliest = extendDialog->dateEdit()->minimumDate().toString(Qt::ISODate);
        extendDialog->dateEdit()->setDate(QDate::currentDate().addDays(10));
        extendDialog->accept();
    }});
    panel->extendAction()->trigger();
    QCOMPARE(script.answered(), 1);
    QCOMPARE(script.unexpected(), QStringList());
    // The trial ended already: two weeks from today, and not before today.
    QCOMPARE(suggested, day(ExtendTrialDialog::kDefaultExtensionDays));
    QCOMPARE(earliest, day(0));
    QCOMPARE(lifecycle(window.editor()->records().database(), 2), QStringLiteral("trial|%1|NULL|NULL").arg(day(10)));
    QCOMPARE(panel->pairingModel()->pairing(panel->pairingTable()->currentIndex().row()).trialEndDate,
             QDate::currentDate().addDays(10));

    // A trial still running is extended from its current end.
    panel = selectPairing(window, 1, 1, 3); // Mira's trial with Gamma, 30 days to go
    QVERIFY(panel);
    DialogScript keep({[&](QDialog* dialog) {
        if (auto* extendDialog = qobject_cast<ExtendTrialDialog*>(dialog)) {
            suggested = extendDialog->dateEdit()->date().toString(Qt::ISODate);
            extendDialog->reject();
        }
    }});
    panel->extendAction()->trigger();
    QCOMPARE(keep.answered(), 1);
    QCOMPARE(suggested, day(30 + ExtendTrialDialog::kDefaultExtensionDays));
    QCOMPARE(lifecycle(window.editor()->records().database(), 3), QStringLiteral("trial|%1|NULL|NULL").arg(day(30)));
}

void TestPairingLifecycle::completedPairingOffersNoRematch()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DetailPanel* panel = selectPairing(window, 0, 4, 4); // Delta's active pairing
    QVERIFY(panel);
    QVERIFY(!panel->confirmAction()->isEnabled());
    QVERIFY(!panel->extendAction()->isEnabled());
    QSignalSpy rematch(&window, &MainWindow::rematchRequested);
    DialogScript script({[](QDialog* dialog) {
        if (auto* endDialog = qobject_cast<EndPairingDialog*>(dialog)) {
            endDialog->reasonBox()->setCurrentIndex(endDialog->reasonBox()->findData(QStringLiteral("completed")));
            endDialog->accept();
        }
    }});
    panel->endAction()->trigger();
    QCOMPARE(script.answered(), 1);
    // No question follows: a completed mentorship needs no new mentor.
    QCOMPARE(script.unexpected(), QStringList());
    QCOMPARE(rematch.count(), 0);
    QCOMPARE(lifecycle(window.editor()->records().database(), 4),
             QStringLiteral("ended|%1|%2|completed").arg(day(-60), day(0)));
}

void TestPairingLifecycle::statusBarCountsTrialDeadlines()
{
    MainWindow window;
    auto* label = window.statusBar()->findChild<QLabel*>(QStringLiteral("trialDeadlinesLabel"));
    QVERIFY(label);
    QVERIFY(label->isHidden()); // no program
    QVERIFY(window.openProgram(m_path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const auto soonText = [](int n) {
        return MainWindow::tr("%n trial(s) end within %1 days", nullptr, n).arg(kTrialDecisionDays);
    };
    const auto overdueText = [](int n) { return MainWindow::tr("%n trial(s) past their end", nullptr, n); };
    // Alpha's trial ends in 3 days, Beta's is 2 days past; Gamma's 30 days away does not count.
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(),
             MainWindow::tr("%1, %2", "trials ending soon, trials overdue").arg(soonText(1), overdueText(1)));

    // The count follows every decision through the change feed, undo included.
    QVERIFY(window.editor()->confirmTrial(1));
    QCOMPARE(label->text(), overdueText(1));
    QVERIFY(window.editor()->extendTrial(2, QDate::currentDate().addDays(5)));
    QCOMPARE(label->text(), soonText(1));
    QVERIFY(window.editor()->endPairing(2, QStringLiteral("mismatch"), QDate::currentDate()));
    QVERIFY(label->isHidden());
    window.editor()->undoStack()->undo();
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), soonText(1));
}

QTEST_MAIN(TestPairingLifecycle)
#include "test_pairinglifecycle.moc"
