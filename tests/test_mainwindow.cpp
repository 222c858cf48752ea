// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoProgramFile.h"
#include "dialogs/AddRecordDialog.h"
#include "domain/WorkspaceSpecs.h"
#include "editing/ProgramEditor.h"
#include "itemmodels/AuditTableModel.h"
#include "itemmodels/PagedTableModel.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Translations.h"
#include "ModalDialogs.h"
#include "workspaces/DetailPanel.h"
#include "workspaces/WorkspaceView.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoGroup>

using namespace mentordesk;

namespace {

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoPath;

    static QAction* menuAction(QMainWindow& window, const QString& menuTitle, const QString& actionText)
    {
        for (QAction* menu : window.menuBar()->actions()) {
            if (menu->text().remove(QLatin1Char('&')) != menuTitle || !menu->menu())
                continue;
            for (QAction* action : menu->menu()->actions()) {
                if (action->text().remove(QLatin1Char('&')).startsWith(actionText))
                    return action;
            }
        }
        return nullptr;
    }

    static QStringList auditRows(const MainWindow& window, qint64 sellerId)
    {
        QSqlQuery query(window.editor()->records().database());
        query.prepare(QStringLiteral("SELECT field, IFNULL(old_value, '∅'), IFNULL(new_value, '∅') FROM audit_log "
                                     "WHERE entity = 'seller' AND entity_id = ? ORDER BY id"));
        query.addBindValue(sellerId);
        QStringList rows;
        if (query.exec()) {
            while (query.next())
                rows << query.value(0).toString() + QLatin1Char('|') + query.value(1).toString() + QLatin1Char('|') +
                            query.value(2).toString();
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The checks read English text: English with its plural forms, whatever the system locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslators(*QCoreApplication::instance());
        QVERIFY(m_dir.isValid());
        m_demoPath = m_dir.filePath(QStringLiteral("demo.mentordesk"));
        QString error;
        QVERIFY2(DemoProgramFile::ensure(m_demoPath, false, &error), qPrintable(error));
    }

    void opensTheDemoWithExactCounts()
    {
        MainWindow window;
        QVERIFY(window.openProgram(m_demoPath));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList tables{QStringLiteral("sellers"), QStringLiteral("mentors"), QStringLiteral("cohorts")};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (int i = 0; i < window.workspaceCount(); ++i) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                window.workspace(i)->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
            QSqlQuery count(window.editor()->records().database());
            QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(tables.at(i))) && count.next());
            QCOMPARE(window.workspace(i)->model()->rowCount(), count.value(0).toInt());
        }
        QVERIFY(window.workspace(0)->model()->rowCount() >= 600);

        // The status bar shows the exact count of the workspace in view, and follows filters. (The
        // window opens on "Needs attention"; the sellers are one click away.)
        window.showWorkspace(0);
        auto* countLabel = window.statusBar()->findChild<QLabel*>(QStringLiteral("countLabel"));
        QVERIFY(countLabel);
        const int sellers = window.workspace(0)->model()->rowCount();
        QCOMPARE(countLabel->text(), QStringLiteral("%1 sellers").arg(QLocale().toString(sellers)));
        window.workspace(0)->model()->setFacetValue(QStringLiteral("status"), QStringLiteral("graduated"));
        const int graduated = window.workspace(0)->model()->rowCount();
        QVERIFY(graduated > 0 && graduated < sellers);
        QCOMPARE(countLabel->text(),
                 QStringLiteral("%1 of %2 sellers").arg(QLocale().toString(graduated), QLocale().toString(sellers)));
        window.showWorkspace(1);
        QVERIFY2(countLabel->text().endsWith(QStringLiteral(" mentors")), qPrintable(countLabel->text()));
    }

    void editUndoRedoAndAudit()
    {
        MainWindow window;
        QVERIFY(window.openProgram(m_demoPath));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showWorkspace(0);
        WorkspaceView* sellers = window.workspace(0);
        QTableView* table = sellers->table();
        PagedTableModel* model = sellers->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const int shopColumn = sellerTableSpec().fieldIndex(QStringLiteral("shop_name"));
        const QModelIndex cell = model->index(3, shopColumn);
        const qint64 sellerId = model->recordId(3);
        const QString before = cell.data().toString();
        QVERIFY(!before.isEmpty());

        // Edit the way a user does: select the cell, type, press Enter.
        table->setFocus();
        table->setCurrentIndex(cell);
        QTest::keyClick(table, Qt::Key_F2);
        auto* editor = table->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Renamed Pottery Studio"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model->index(3, shopColumn).data().toString(), QStringLiteral("Renamed Pottery Studio"));
        QCOMPARE(window.editor()->records().value(sellerTableSpec(), sellerId, QStringLiteral("shop_name")).toString(),
                 QStringLiteral("Renamed Pottery Studio"));
        QCOMPARE(auditRows(window, sellerId),
                 QStringList{QStringLiteral("shop_name|%1|Renamed Pottery Studio").arg(before)});

        QAction* undo = menuAction(window, QStringLiteral("Edit"), QStringLiteral("Undo"));
        QVERIFY(undo);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(model->index(3, shopColumn).data().toString(), before);
        QCOMPARE(window.editor()->records().value(sellerTableSpec(), sellerId, QStringLiteral("shop_name")).toString(),
                 before);
        const QStringList afterUndo = auditRows(window, sellerId);
        QCOMPARE(afterUndo.size(), 2);
        QCOMPARE(afterUndo.at(1), QStringLiteral("shop_name|Renamed Pottery Studio|%1").arg(before));

        // The detail panel shows the record's history, newest first.
        table->setCurrentIndex(model->index(3, shopColumn));
        QCOMPARE(sellers->detailPanel()->recordId(), sellerId);
        QCOMPARE(sellers->detailPanel()->auditModel()->rowCount(), 2);

        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QCOMPARE(model->index(3, shopColumn).data().toString(), QStringLiteral("Renamed Pottery Studio"));
        QCOMPARE(auditRows(window, sellerId).size(), 3);
    }

    void badEmailIsRefusedVisibly()
    {
        MainWindow window;
        QVERIFY(window.openProgram(m_demoPath));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WorkspaceView* sellers = window.workspace(0);
        QTableView* table = sellers->table();
        PagedTableModel* model = sellers->model();
        const int emailColumn = sellerTableSpec().fieldIndex(QStringLiteral("email"));
        const QModelIndex cell = model->index(5, emailColumn);
        const QString before = cell.data().toString();
        const int auditBefore = int(auditRows(window, model->recordId(5)).size());

        table->setFocus();
        table->setCurrentIndex(cell);
        QTest::keyClick(table, Qt::Key_F2);
        auto* editor = table->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("not an address"));
        QSignalSpy messages(sellers, &WorkspaceView::statusMessage);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits through a queued call, as it does for a user.
        QTRY_COMPARE(messages.count(), 1);
        QCOMPARE(model->index(5, emailColumn).data().toString(), before);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("e-mail")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(int(auditRows(window, model->recordId(5)).size()), auditBefore);
    }

    void searchAndSortAreAppliedBySql()
    {
        MainWindow window;
        QVERIFY(window.openProgram(m_demoPath));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WorkspaceView* sellers = window.workspace(0);
        PagedTableModel* model = sellers->model();
        const int all = model->rowCount();
        const QString shop =
            model->index(0, sellerTableSpec().fieldIndex(QStringLiteral("shop_name"))).data().toString();
        const QString word = shop.section(QLatin1Char(' '), 0, 0);
        QVERIFY(word.size() >= 3);
        window.showWorkspace(0);
        QTest::keySequence(&window, QKeySequence::Find);
        QVERIFY(sellers->searchBox()->hasFocus());
        QTest::keyClicks(sellers->searchBox(), word);
        QTRY_VERIFY(model->rowCount() < all);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text =
                model->index(row, sellerTableSpec().fieldIndex(QStringLiteral("shop_name"))).data().toString() +
                model->index(row, sellerTableSpec().fieldIndex(QStringLiteral("contact_name"))).data().toString() +
                model->index(row, sellerTableSpec().fieldIndex(QStringLiteral("email"))).data().toString() +
                model->index(row, sellerTableSpec().fieldIndex(QStringLiteral("external_id"))).data().toString();
            QVERIFY2(text.contains(word, Qt::CaseInsensitive), qPrintable(text));
        }
        sellers->clearFilters();
        QTRY_COMPARE(model->rowCount(), all);

        const int revenueColumn = sellerTableSpec().fieldIndex(QStringLiteral("latest_revenue"));
        sellers->table()->horizontalHeader()->setSortIndicator(revenueColumn, Qt::DescendingOrder);
        QCOMPARE(model->sortColumn(), revenueColumn);
        double previous = std::numeric_limits<double>::max();
        for (int row = 0; row < 50; ++row) {
            const QVariant value = model->index(row, revenueColumn).data(Qt::EditRole);
            const double revenue = value.isNull() ? -1 : value.toDouble();
            QVERIFY(revenue <= previous);
            previous = revenue;
        }
    }

    void addAndDeleteThroughTheWindow()
    {
        const QString copy = m_dir.filePath(QStringLiteral("add-delete.mentordesk"));
        QVERIFY(QFile::copy(m_demoPath, copy));
        MainWindow window;
        QVERIFY(window.openProgram(copy));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WorkspaceView* sellers = window.workspace(0);
        PagedTableModel* model = sellers->model();
        const int before = model->rowCount();

        // A seller ID already in use is refused inside the dialog; a new one is added and selected.
        const QString takenId =
            model->index(0, sellerTableSpec().fieldIndex(QStringLiteral("external_id"))).data().toString();
        QString refusal;
        bool answered = false;
        whenShown<AddRecordDialog>(&window, &answered, [&refusal, takenId](AddRecordDialog* dialog) {
            qobject_cast<QLineEdit*>(dialog->editor(QStringLiteral("external_id")))->setText(takenId);
            qobject_cast<QLineEdit*>(dialog->editor(QStringLiteral("shop_name")))->setText(QStringLiteral("Kiln & Co"));
            dialog->accept();
            const auto labels = dialog->findChildren<QLabel*>();
            for (QLabel* label : labels) {
                if (label->isVisible() && label->text().contains(QStringLiteral("already has")))
                    refusal = label->text();
            }
            qobject_cast<QLineEdit*>(dialog->editor(QStringLiteral("external_id")))
                ->setText(QStringLiteral("NEW-0001"));
            dialog->accept();
        });
        sellers->addRecord();
        QVERIFY(answered);
        QVERIFY2(refusal.contains(takenId) || refusal.contains(QStringLiteral("already has")), qPrintable(refusal));
        QCOMPARE(model->rowCount(), before + 1);
        const int newRow = sellers->table()->currentIndex().row();
        const qint64 newId = model->recordId(newRow);
        QCOMPARE(model->index(newRow, sellerTableSpec().fieldIndex(QStringLiteral("shop_name"))).data().toString(),
                 QStringLiteral("Kiln & Co"));

        // Deleting asks first and lists what goes with the record; Undo brings it back.
        QString question;
        whenShown<QMessageBox>(&window, &answered, [&question](QMessageBox* box) {
            question = box->text();
            for (QAbstractButton* button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        sellers->deleteSelectedRecord();
        QVERIFY(answered);
        QVERIFY2(question.contains(QStringLiteral("Kiln & Co")), qPrintable(question));
        QCOMPARE(model->rowCount(), before);
        window.editor()->undoStack()->undo();
        QCOMPARE(model->rowCount(), before + 1);
        QVERIFY(model->rowOfRecord(newId) >= 0);

        // A mentor who is coaching someone cannot be deleted; the reason names the mentor.
        window.showWorkspace(1);
        WorkspaceView* mentors = window.workspace(1);
        const int menteesColumn = mentorTableSpec().fieldIndex(QStringLiteral("open_pairings"));
        int busyRow = -1;
        for (int row = 0; row < mentors->model()->rowCount() && busyRow < 0; ++row) {
            if (mentors->model()->index(row, menteesColumn).data(Qt::EditRole).toInt() > 0)
                busyRow = row;
        }
        QVERIFY(busyRow >= 0);
        const QString mentorName =
            mentors->model()->index(busyRow, mentorTableSpec().fieldIndex(QStringLiteral("name"))).data().toString();
        mentors->table()->setCurrentIndex(mentors->model()->index(busyRow, 0));
        const int mentorsBefore = mentors->model()->rowCount();
        QString explanation;
        whenShown<QMessageBox>(&window, &answered, [&explanation](QMessageBox* box) {
            explanation = box->text();
            box->accept();
        });
        mentors->deleteSelectedRecord();
        QVERIFY(answered);
        QVERIFY2(explanation.contains(mentorName) && explanation.contains(QStringLiteral("mentoring")),
                 qPrintable(explanation));
        QCOMPARE(mentors->model()->rowCount(), mentorsBefore);
    }

    void facetBoxAndFilterAlwaysAgree()
    {
        const QString copy = m_dir.filePath(QStringLiteral("facets.mentordesk"));
        QVERIFY(QFile::copy(m_demoPath, copy));
        MainWindow window;
        QVERIFY(window.openProgram(copy));
        WorkspaceView* sellers = window.workspace(0);
        PagedTableModel* model = sellers->model();
        auto* countryBox = sellers->findChild<QComboBox*>(QStringLiteral("facet-country"));
        QVERIFY(countryBox);
        const int all = model->rowCount();
        const qint64 id = model->recordId(0);
        const QString oldCountry =
            model->index(0, sellerTableSpec().fieldIndex(QStringLiteral("country"))).data().toString();

        // An edit brings a new value to filter by ...
        QVERIFY(
            window.editor()->setField(sellerTableSpec(), id, QStringLiteral("country"), QStringLiteral("Atlantis")));
        const int atlantis = countryBox->findText(QStringLiteral("Atlantis"));
        QVERIFY(atlantis > 0);
        countryBox->setCurrentIndex(atlantis);
        QCOMPARE(model->rowCount(), 1);

        // ... and when the last record with it changes, the box and the table both show all again.
        QVERIFY(window.editor()->setField(sellerTableSpec(), id, QStringLiteral("country"), oldCountry));
        QCOMPARE(countryBox->findText(QStringLiteral("Atlantis")), -1);
        QCOMPARE(countryBox->currentIndex(), 0);
        QVERIFY(model->facetValue(QStringLiteral("country")).isNull());
        QCOMPARE(model->rowCount(), all);
    }

    void windowStateAndRecentProgramsAreRemembered()
    {
        {
            MainWindow window;
            QVERIFY(window.openProgram(m_demoPath));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showWorkspace(2);
            window.workspace(0)->table()->horizontalHeader()->setSectionHidden(
                sellerTableSpec().fieldIndex(QStringLiteral("contact_name")), true);
            QVERIFY(window.close());
        }
        QCOMPARE(QSettings().value(QStringLiteral("lastProgram")).toString(), QFileInfo(m_demoPath).absoluteFilePath());
        QVERIFY(QSettings()
                    .value(QStringLiteral("recentPrograms"))
                    .toStringList()
                    .contains(QFileInfo(m_demoPath).absoluteFilePath()));
        MainWindow again;
        again.restoreWindowState();
        QCOMPARE(again.currentWorkspace(), again.workspace(2));
        QVERIFY(again.workspace(0)->table()->horizontalHeader()->isSectionHidden(
            sellerTableSpec().fieldIndex(QStringLiteral("contact_name"))));
        QVERIFY(!again.workspace(0)->table()->horizontalHeader()->isSectionHidden(
            sellerTableSpec().fieldIndex(QStringLiteral("shop_name"))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
