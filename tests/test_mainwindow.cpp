// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoProgramFile.h"
#include "domain/WorkspaceSpecs.h"
#include "editing/ProgramEditor.h"
#include "itemmodels/AuditTableModel.h"
#include "itemmodels/PagedTableModel.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Translations.h"
#include "workspaces/DetailPanel.h"
#include "workspaces/WorkspaceView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>

using namespace mentordesk;

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
        installTranslators(*QCoreApplication::instance()); // the English plural forms, as in the app
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

        // The status bar shows the exact count of the workspace in view, and follows filters.
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
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
