// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ImportHistoryDialog.h"
#include "editing/ProgramEditor.h"
#include "importing/MappingProfile.h"
#include "importwizard/ImportWizard.h"
#include "importwizard/MappingPage.h"
#include "importwizard/SummaryPage.h"
#include "ImportWizardTestSupport.h"
#include "itemmodels/ImportBatchTableModel.h"
#include "itemmodels/ImportPreviewModel.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Translations.h"
#include "ModalDialogs.h"
#include "storage/ProgramDatabase.h"
#include "WidgetTestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

using namespace mentordesk;

namespace {

const QString kSellersFile = QStringLiteral(MENTORDESK_TEST_DATA "/import/wizard-sellers.csv");
const QString kChangedSellersFile = QStringLiteral(MENTORDESK_TEST_DATA "/import/wizard-sellers-changed.csv");

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_programPath;
    std::unique_ptr<ProgramDatabase> m_program;
    int m_programCount = 0;

    /// A fresh, empty program file, open in m_program.
    void newProgram()
    {
        m_program = std::make_unique<ProgramDatabase>();
        m_programPath = m_dir.filePath(QStringLiteral("program-%1.mentordesk").arg(++m_programCount));
        QCOMPARE(m_program->open(m_programPath), ProgramDatabase::Outcome::Created);
    }

    qint64 count(const QString& sql) const
    {
        QSqlQuery query(m_program->connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    QString shopName(const QString& externalId) const
    {
        QSqlQuery query(m_program->connection());
        query.prepare(QStringLiteral("SELECT shop_name FROM sellers WHERE external_id = ?"));
        query.addBindValue(externalId);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    /// Opens the wizard on a seller file, as choosing it in the file dialog would; false when the
    /// window never appeared.
    static bool showSellerFile(ImportWizard& wizard, const QString& path)
    {
        wizard.setKind(ImportKind::SellerProfiles);
        wizard.setFilePath(path);
        wizard.show();
        return QTest::qWaitForWindowExposed(&wizard);
    }

    static void importUntilSummary(ImportWizard& wizard)
    {
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), kImportRunTimeoutMs);
    }

    /// A seller file of `rows` rows, big enough that an import is still running when it is cancelled.
    QString bigSellerFile(int rows)
    {
        return writeNumberedRows(m_dir.filePath(QStringLiteral("big-sellers.csv")),
                                 "Merchant ID,Shop name,E-mail,Country",
                                 QStringLiteral("B%1,Shop number %1,shop%1@example.com,DE"), rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareWizardSuite(QStringLiteral("test_importwizard"));
        QVERIFY(m_dir.isValid());
    }

    void exportDateFollowsEachFile()
    {
        newProgram();
        // Two exports written on different days: each file's snapshots default to its own date.
        const QString first = m_dir.filePath(QStringLiteral("export-a.csv"));
        const QString second = m_dir.filePath(QStringLiteral("export-b.csv"));
        for (const QString& path : {first, second})
            QVERIFY(QFile::copy(kSellersFile, path));
        const QDateTime firstTime(QDate(2026, 3, 2), QTime(12, 0));
        const QDateTime secondTime(QDate(2026, 4, 6), QTime(12, 0));
        {
            QFile file(first);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(firstTime, QFileDevice::FileModificationTime));
        }
        {
            QFile file(second);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(secondTime, QFileDevice::FileModificationTime));
        }
        ImportWizard wizard(m_programPath, QStringLiteral("tester"));
        QString error;
        wizard.setFilePath(first);
        QVERIFY2(wizard.inspect(&error), qPrintable(error));
        QCOMPARE(wizard.options().exportDate, firstTime.date());
        wizard.setFilePath(second);
        QVERIFY2(wizard.inspect(&error), qPrintable(error));
        QCOMPARE(wizard.options().exportDate, secondTime.date());
    }

    void importsAFileEndToEnd()
    {
        newProgram();
        ImportWizard wizard(m_programPath, QStringLiteral("tester"));
        QAbstractItemModelTester tester(wizard.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        QVERIFY(showSellerFile(wizard, kSellersFile));
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("filePathEdit"))->text(), kSellersFile);
        QVERIFY(child<QRadioButton>(&wizard, QStringLiteral("kindSellers"))->isChecked());
        QCOMPARE(wizard.previewModel()->rowCount(), 4);
        QVERIFY(wizard.currentPage()->isComplete());

        // Format: detected from the file.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPageId));
        QCOMPARE(child<QComboBox>(&wizard, QStringLiteral("delimiterCombo"))->currentData().toChar(), QChar(u','));
        QVERIFY(child<QCheckBox>(&wizard, QStringLiteral("headerCheck"))->isChecked());
        QCOMPARE(child<QComboBox>(&wizard, QStringLiteral("encodingCombo"))->currentText(), QStringLiteral("UTF-8"));
        QTableView* preview = child<QTableView>(&wizard, QStringLiteral("previewTable"));
        QVERIFY(preview->isVisible());
        QVERIFY(wizard.currentPage()->isAncestorOf(preview));
        // Reading it with the wrong delimiter shows one column; the preview follows at once.
        child<QComboBox>(&wizard, QStringLiteral("delimiterCombo"))->setCurrentIndex(1);
        QCOMPARE(wizard.previewModel()->columnCount(), 1);
        child<QComboBox>(&wizard, QStringLiteral("delimiterCombo"))->setCurrentIndex(0);
        QCOMPARE(wizard.previewModel()->columnCount(), 6);

        // Mapping: by the column names.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QVERIFY(wizard.currentPage()->isAncestorOf(preview));
        auto* mapping = static_cast<MappingPage*>(wizard.currentPage());
        QCOMPARE(mapping->fieldCombo(QStringLiteral("external_id"))->currentText(), QStringLiteral("Merchant ID"));
        QCOMPARE(mapping->fieldCombo(QStringLiteral("shop_name"))->currentText(), QStringLiteral("Shop name"));
        QCOMPARE(mapping->fieldCombo(QStringLiteral("email"))->currentText(), QStringLiteral("E-mail"));
        QCOMPARE(mapping->fieldCombo(QStringLiteral("revenue"))->currentText(), QStringLiteral("Umsatz"));
        QCOMPARE(mapping->fieldCombo(QStringLiteral("contact_name"))->currentText(), QStringLiteral("(not imported)"));
        QCOMPARE(wizard.previewModel()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Merchant ID\n→ Seller ID"));
        QCOMPARE(wizard.previewModel()->headerData(5, Qt::Horizontal).toString(),
                 QStringLiteral("Internal ref\n(not imported)"));
        QVERIFY(wizard.currentPage()->isComplete());

        // Changing a combo maps the column; the header follows.
        QComboBox* contact = mapping->fieldCombo(QStringLiteral("contact_name"));
        contact->setCurrentIndex(contact->findText(QStringLiteral("Internal ref")));
        QCOMPARE(wizard.options().mapping.column(u"contact_name"), 5);
        QCOMPARE(wizard.previewModel()->headerData(5, Qt::Horizontal).toString(),
                 QStringLiteral("Internal ref\n→ Contact"));
        // A column another field uses is refused, and says why.
        QComboBox* phone = mapping->fieldCombo(QStringLiteral("phone"));
        phone->setCurrentIndex(phone->findText(QStringLiteral("Internal ref")));
        QCOMPARE(phone->currentText(), QStringLiteral("(not imported)"));
        QCOMPARE(wizard.options().mapping.column(u"phone"), -1);
        QCOMPARE(wizard.options().mapping.column(u"contact_name"), 5);
        QVERIFY(!child<QLabel>(&wizard, QStringLiteral("mappingMessage"))->text().isEmpty());
        // Without the seller ID nothing can be imported.
        QComboBox* sellerId = mapping->fieldCombo(QStringLiteral("external_id"));
        sellerId->setCurrentIndex(0);
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(child<QLabel>(&wizard, QStringLiteral("mappingStatus"))->text().contains(QStringLiteral("Seller ID")));
        sellerId->setCurrentIndex(sellerId->findText(QStringLiteral("Merchant ID")));
        QVERIFY(wizard.currentPage()->isComplete());
        screenshot(&wizard, QStringLiteral("import-mapping.png"));

        // Validation: a dry run of the whole file.
        wizard.next();
        waitForValidation(wizard);
        QVERIFY(wizard.currentPage()->isAncestorOf(preview));
        QCOMPARE(child<QLabel>(&wizard, QStringLiteral("count_rows"))->text(), QStringLiteral("4"));
        QCOMPARE(child<QLabel>(&wizard, QStringLiteral("count_new"))->text(), QStringLiteral("2"));
        QCOMPARE(child<QLabel>(&wizard, QStringLiteral("count_rejected"))->text(), QStringLiteral("2"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sellers")), 0);
        ImportPreviewModel* model = wizard.previewModel();
        // Line 3 (S9002) has an invalid e-mail address, line 4 (S9003) a revenue that is no number.
        QCOMPARE(model->rowOfLine(3), 1);
        QCOMPARE(model->cellState(1, 2), ImportPreviewModel::CellState::Error);
        QVERIFY(!model->index(1, 2).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model->index(1, 2).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model->cellState(1, 1), ImportPreviewModel::CellState::Fine);
        QCOMPARE(model->cellState(2, 4), ImportPreviewModel::CellState::Error);
        QCOMPARE(model->cellState(0, 2), ImportPreviewModel::CellState::Fine);
        auto* onlyProblems = child<QCheckBox>(&wizard, QStringLiteral("onlyProblemsCheck"));
        QVERIFY(onlyProblems->isEnabled());
        onlyProblems->setChecked(true);
        QCOMPARE(preview->model()->rowCount(), 2);
        QCOMPARE(preview->model()->headerData(0, Qt::Vertical).toLongLong(), 3);
        screenshot(&wizard, QStringLiteral("import-validation.png"));
        onlyProblems->setChecked(false);
        QCOMPARE(preview->model()->rowCount(), 4);
        QVERIFY(wizard.currentPage()->isComplete());
        QVERIFY(wizard.currentPage()->isCommitPage());

        // The import, and its summary.
        importUntilSummary(wizard);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(wizard.importResult().status, ImportResult::Status::Imported);
        QVERIFY2(child<QLabel>(&wizard, QStringLiteral("summaryHeadline"))
                     ->text()
                     .startsWith(QStringLiteral("The file was imported")),
                 qPrintable(child<QLabel>(&wizard, QStringLiteral("summaryHeadline"))->text()));
        const QString summary = child<QLabel>(&wizard, QStringLiteral("summaryText"))->text();
        QVERIFY2(containsCount(summary, QStringLiteral("2 seller(s) added.")), qPrintable(summary));
        QVERIFY2(containsCount(summary, QStringLiteral("2 row(s) rejected.")), qPrintable(summary));
        QVERIFY(child<QPushButton>(&wizard, QStringLiteral("saveReportButton"))->isEnabled());
        QVERIFY(!child<QPushButton>(&wizard, QStringLiteral("showSellersButton"))->isHidden());
        screenshot(&wizard, QStringLiteral("import-summary.png"));

        const QString reportPath = m_dir.filePath(QStringLiteral("report.csv"));
        QString error;
        QVERIFY2(static_cast<SummaryPage*>(wizard.currentPage())->saveErrorReport(reportPath, &error),
                 qPrintable(error));
        QFile report(reportPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString reportText = QString::fromUtf8(report.readAll());
        QVERIFY2(reportText.contains(QStringLiteral("beta@example")), qPrintable(reportText));
        QVERIFY2(reportText.contains(QStringLiteral("abc")), qPrintable(reportText));
        // The save dialog can be pointed at the program or at the file imported: both are refused.
        auto* summaryPage = static_cast<SummaryPage*>(wizard.currentPage());
        QVERIFY(!summaryPage->saveErrorReport(wizard.programPath(), &error));
        QVERIFY2(error.contains(QStringLiteral("program file itself")), qPrintable(error));
        QFile input(wizard.filePath());
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QByteArray inputBefore = input.readAll();
        input.close();
        QVERIFY(!summaryPage->saveErrorReport(wizard.filePath(), &error));
        QVERIFY(input.open(QIODevice::ReadOnly));
        QCOMPARE(input.readAll(), inputBefore);

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sellers")), 2);
        QCOMPARE(shopName(QStringLiteral("S9001")), QStringLiteral("Alpha Crafts"));
        QCOMPARE(shopName(QStringLiteral("S9004")), QStringLiteral("Delta Home"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sellers WHERE external_id = 'S9002'")), 0);

        QSignalSpy showSellers(&wizard, &ImportWizard::showImportedSellersRequested);
        child<QPushButton>(&wizard, QStringLiteral("showSellersButton"))->click();
        QCOMPARE(showSellers.count(), 1);
        QVERIFY(!wizard.isVisible());
    }

    void asksAboutExistingSellers()
    {
        // The program of the previous test holds S9001 and S9004.
        ImportWizard wizard(m_programPath, QStringLiteral("tester"));
        QVERIFY(showSellerFile(wizard, kChangedSellersFile));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        wizard.next();
        waitForValidation(wizard);
        QCOMPARE(child<QLabel>(&wizard, QStringLiteral("count_new"))->text(), QStringLiteral("1"));
        QCOMPARE(child<QLabel>(&wizard, QStringLiteral("count_updated"))->text(), QStringLiteral("1"));
        QCOMPARE(child<QLabel>(&wizard, QStringLiteral("count_unchanged"))->text(), QStringLiteral("1"));
        QVERIFY(!wizard.currentPage()->isCommitPage());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::DuplicatesPageId));
        auto* list = child<QListWidget>(&wizard, QStringLiteral("duplicatesList"));
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("line 2 · S9001 · ")),
                 qPrintable(list->item(0)->text()));
        QVERIFY(!list->isEnabled());
        child<QRadioButton>(&wizard, QStringLiteral("policyAsk"))->setChecked(true);
        QVERIFY(list->isEnabled());
        list->item(0)->setCheckState(Qt::Unchecked);
        importUntilSummary(wizard);
        QCOMPARE(wizard.importResult().status, ImportResult::Status::Imported);
        QCOMPARE(wizard.importResult().rowsSkipped, 1);
        QCOMPARE(shopName(QStringLiteral("S9001")), QStringLiteral("Alpha Crafts"));
        QCOMPARE(shopName(QStringLiteral("S9005")), QStringLiteral("Epsilon Books"));
        wizard.accept();
    }

    void cancellingTheImportChangesNothing()
    {
        newProgram();
        const QString path = bigSellerFile(40000);
        ImportWizard wizard(m_programPath, QStringLiteral("tester"));
        QVERIFY(showSellerFile(wizard, path));
        wizard.next();
        wizard.next();
        wizard.next();
        waitForValidation(wizard);
        QCOMPARE(child<QLabel>(&wizard, QStringLiteral("count_new"))->text(), QLocale().toString(40000));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
        // The wizard's own Cancel (Escape, the window's close button) cancels the run rather than
        // closing the window under it.
        wizard.reject();
        QVERIFY(wizard.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), kImportRunTimeoutMs);
        QCOMPARE(wizard.importResult().status, ImportResult::Status::Cancelled);
        QCOMPARE(child<QLabel>(&wizard, QStringLiteral("summaryHeadline"))->text(),
                 QStringLiteral("The import was cancelled. The program is unchanged."));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sellers")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_batches")), 0);
        wizard.reject();
        QVERIFY(!wizard.isVisible());
    }

    void closingDuringTheDryRunWaitsForIt()
    {
        const QString path = bigSellerFile(40000);
        ImportWizard wizard(m_programPath, QStringLiteral("tester"));
        QVERIFY(showSellerFile(wizard, path));
        wizard.next();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPageId));
        wizard.reject();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), kImportRunTimeoutMs);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sellers")), 0);
    }

    void savedProfileSkipsToValidation()
    {
        newProgram();
        {
            ImportWizard wizard(m_programPath, QStringLiteral("tester"));
            QVERIFY(showSellerFile(wizard, kSellersFile));
            wizard.next();
            wizard.next();
            auto* mapping = static_cast<MappingPage*>(wizard.currentPage());
            QComboBox* contact = mapping->fieldCombo(QStringLiteral("contact_name"));
            contact->setCurrentIndex(contact->findText(QStringLiteral("Internal ref")));
            bool answered = false;
            whenShown<QInputDialog>(&wizard, &answered, [](QInputDialog* dialog) {
                dialog->setTextValue(QStringLiteral("Back office weekly"));
                dialog->accept();
            });
            child<QPushButton>(&wizard, QStringLiteral("saveProfileButton"))->click();
            QVERIFY(answered);
            QCOMPARE(child<QComboBox>(&wizard, QStringLiteral("profileCombo"))->currentText(),
                     QStringLiteral("Back office weekly"));
            wizard.reject();
        }
        // Stored where and as `mentordesk import --profile` reads it.
        const QByteArray json =
            QSettings().value(QStringLiteral("importProfiles/sellers/Back office weekly")).toByteArray();
        QString error;
        const std::optional<MappingProfile> profile = MappingProfile::fromJsonBytes(json, &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->columns.value(QStringLiteral("contact_name")).header, QStringLiteral("Internal ref"));
        QCOMPARE(profile->delimiter, QChar(u','));

        ImportWizard wizard(m_programPath, QStringLiteral("tester"));
        QVERIFY(showSellerFile(wizard, kSellersFile));
        auto* profiles = child<QComboBox>(&wizard, QStringLiteral("fileProfileCombo"));
        profiles->setCurrentIndex(profiles->findText(QStringLiteral("Back office weekly")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPageId));
        QCOMPARE(wizard.options().mapping.column(u"contact_name"), 5);
        QCOMPARE(wizard.options().profileName, QStringLiteral("Back office weekly"));
        waitForValidation(wizard);
        QCOMPARE(child<QLabel>(&wizard, QStringLiteral("count_new"))->text(), QStringLiteral("2"));
        importUntilSummary(wizard);
        QCOMPARE(wizard.importResult().status, ImportResult::Status::Imported);
        wizard.accept();

        // Deleting it from the mapping page.
        ImportWizard again(m_programPath, QStringLiteral("tester"));
        again.setKind(ImportKind::SellerProfiles);
        again.setFilePath(kSellersFile);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.next();
        again.next();
        auto* mappingProfiles = child<QComboBox>(&again, QStringLiteral("profileCombo"));
        mappingProfiles->setCurrentIndex(mappingProfiles->findText(QStringLiteral("Back office weekly")));
        bool answered = false;
        whenShown<QMessageBox>(&again, &answered, [](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        child<QPushButton>(&again, QStringLiteral("deleteProfileButton"))->click();
        QVERIFY(answered);
        QVERIFY(!QSettings().contains(QStringLiteral("importProfiles/sellers/Back office weekly")));
        again.reject();
    }

    void mainWindowOpensTheWizardAndForgetsOlderEdits()
    {
        MainWindow window;
        QVERIFY(window.openProgram(m_dir.filePath(QStringLiteral("window.mentordesk"))));
        QAction* importSellers = nullptr;
        QAction* importMetrics = nullptr;
        QAction* history = nullptr;
        for (QAction* menu : window.menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction* action : menu->menu()->actions()) {
                const QString text = action->text().remove(QLatin1Char('&'));
                if (text == QStringLiteral("Import Sellers…"))
                    importSellers = action;
                else if (text == QStringLiteral("Import Metric Snapshots…"))
                    importMetrics = action;
                else if (text == QStringLiteral("Import History…"))
                    history = action;
            }
        }
        QVERIFY(importSellers && importMetrics && history);
        QCOMPARE(importSellers->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QVERIFY(importSellers->isEnabled());

        window.editor()->undoStack()->push(new QUndoCommand(QStringLiteral("an edit")));
        QVERIFY(window.editor()->undoStack()->canUndo());
        bool answered = false;
        whenShown<ImportWizard>(&window, &answered, [](ImportWizard* wizard) {
            QCOMPARE(wizard->kind(), ImportKind::MetricSnapshots);
            // What the wizard announces when an import committed.
            Q_EMIT wizard->imported(1);
            wizard->reject();
        });
        importMetrics->trigger();
        QVERIFY(answered);
        QVERIFY(!window.editor()->undoStack()->canUndo());

        whenShown<ImportHistoryDialog>(&window, &answered, [](ImportHistoryDialog* dialog) {
            QCOMPARE(dialog->table()->model()->rowCount(), 0);
            QVERIFY(!dialog->undoButton()->isEnabled());
            dialog->reject();
        });
        history->trigger();
        QVERIFY(answered);
    }

    void historyUndoesTheLatestImport()
    {
        // The program of the previous test holds one import of two sellers.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sellers")), 2);
        ImportHistoryDialog dialog(m_program->connection(), QStringLiteral("tester"));
        QAbstractItemModelTester tester(dialog.table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy undone(&dialog, &ImportHistoryDialog::importUndone);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.table()->model()->rowCount(), 1);
        QVERIFY(dialog.undoButton()->isEnabled());
        bool answered = false;
        whenShown<QMessageBox>(&dialog, &answered, [](QMessageBox* box) {
            QVERIFY2(containsCount(box->informativeText(), QStringLiteral("2 seller(s) it added will be deleted.")),
                     qPrintable(box->informativeText()));
            for (QAbstractButton* button : box->buttons()) {
                if (button->text() == QStringLiteral("Undo Import"))
                    button->click();
            }
        });
        dialog.undoButton()->click();
        QVERIFY(answered);
        QCOMPARE(undone.count(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sellers")), 0);
        QCOMPARE(dialog.table()->model()->index(0, ImportBatchTableModel::State).data().toString(),
                 QStringLiteral("Undone"));
        QVERIFY(!dialog.undoButton()->isEnabled());
        QVERIFY(!child<QLabel>(&dialog, QStringLiteral("undoReason"))->text().isEmpty());
    }
};

QTEST_MAIN(TestImportWizard)
#include "test_importwizard.moc"
