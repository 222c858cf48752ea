// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard on mentor files (ImportKind::Mentors): the kind chosen on the file page, the
// mapping from the catalogue's mentor fields, the dry run's counts and coloured cells, the import
// in the worker thread, its cancel, the summary and the error report, and the main window's File ▸
// Import Mentors… publishing the import on the program's change feed.
#include "changes/ChangeFeed.h"
#include "editing/ProgramEditor.h"
#include "importwizard/ImportWizard.h"
#include "importwizard/MappingPage.h"
#include "importwizard/SummaryPage.h"
#include "ImportWizardTestSupport.h"
#include "itemmodels/ImportPreviewModel.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Translations.h"
#include "ModalDialogs.h"
#include "storage/ProgramDatabase.h"
#include "WidgetTestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

namespace {

const QString kMentorsFile = QStringLiteral(MENTORDESK_TEST_DATA "/import/wizard-mentors.csv");
/// The fixture's line of Dan Roe, whose skill "juggling" is no skill the program knows.
constexpr qint64 kBadLine = 5;
constexpr int kSkillsColumn = 4;

} // namespace

class TestMentorImportWizard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_programPath;
    std::unique_ptr<ProgramDatabase> m_program;
    int m_programCount = 0;

    /// A fresh program holding Cleo Park (whom the fixture updates, naming her by e-mail in
    /// capitals) and Eve Stone (whom it names with the values she has).
    void newProgram()
    {
        m_program = std::make_unique<ProgramDatabase>();
        m_programPath = m_dir.filePath(QStringLiteral("program-%1.mentordesk").arg(++m_programCount));
        QCOMPARE(m_program->open(m_programPath), ProgramDatabase::Outcome::Created);
        QSqlQuery insert(m_program->connection());
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO mentors(external_id, name, email, categories, country, capacity, created_utc, updated_utc) "
            "VALUES ('MW-3', 'Cleo Park', 'cleo.park@example.com', 'Beauty', 'KR', 2, '2026-01-01T00:00:00Z', "
            "'2026-01-01T00:00:00Z'), ('MW-5', 'Eve Stone', 'eve.stone@example.com', 'Books', 'IE', 3, "
            "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
    }

    QVariant value(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery query(m_program->connection());
        query.prepare(sql);
        for (const QVariant& bound : values)
            query.addBindValue(bound);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    /// The values of a mentor's list rows, sorted, joined by "|".
    QString listOf(const QString& externalId, const QString& table, const QString& column) const
    {
        return value(QStringLiteral("SELECT group_concat(item, '|') FROM (SELECT l.%1 AS item FROM %2 l JOIN mentors m "
                                    "ON m.id = l.mentor_id WHERE m.external_id = ? ORDER BY 1)")
                         .arg(column, table),
                     {externalId})
            .toString();
    }

    /// Chooses the file and the kind on the first page, as a user does.
    static void chooseMentorFile(ImportWizard& wizard, const QString& path)
    {
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        child<QRadioButton>(&wizard, QStringLiteral("kindMentors"))->click();
        QCOMPARE(wizard.kind(), ImportKind::Mentors);
        child<QLineEdit>(&wizard, QStringLiteral("filePathEdit"))->setText(path);
    }

    static QString countText(ImportWizard& wizard, const QString& name)
    {
        auto* label = child<QLabel>(&wizard, QStringLiteral("count_") + name);
        return label ? label->text() : QString();
    }

    /// A mentor file of `rows` new mentors, big enough that an import is still running when it is
    /// cancelled at once.
    QString bigMentorFile(int rows)
    {
        return writeNumberedRows(
            m_dir.filePath(QStringLiteral("big-mentors.csv")), "Mentor ID,Name,E-mail,Skills,Languages",
            QStringLiteral("BIG-%1,Mentor %1,mentor%1@example.com,pricing:3|customer service:4,en|de"), rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareWizardSuite(QStringLiteral("test_mentorimportwizard"));
        QVERIFY(m_dir.isValid());
    }

    void importsAMentorFileEndToEnd()
    {
        newProgram();
        ImportWizard wizard(m_programPath, QStringLiteral("tester"));
        QAbstractItemModelTester tester(wizard.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy mentorsImported(&wizard, &ImportWizard::mentorsImported);
        QSignalSpy batchImported(&wizard, &ImportWizard::imported);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        chooseMentorFile(wizard, kMentorsFile);

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPageId));
        QCOMPARE(wizard.previewModel()->columnCount(), 9);

        // Mapping: proposed from the catalogue's mentor fields by the column names.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        auto* mapping = static_cast<MappingPage*>(wizard.currentPage());
        QVERIFY(mapping->fieldCombo(QStringLiteral("external_id")));
        QCOMPARE(mapping->fieldCombo(QStringLiteral("external_id"))->currentText(), QStringLiteral("Mentor ID"));
        QCOMPARE(mapping->fieldCombo(QStringLiteral("skills"))->currentText(), QStringLiteral("Skills"));
        QCOMPARE(mapping->fieldCombo(QStringLiteral("channels"))->currentText(), QStringLiteral("Channels"));
        QVERIFY(!mapping->fieldCombo(QStringLiteral("shop_name")));
        QVERIFY(wizard.currentPage()->isComplete());
        // Without the mentor ID and the e-mail a row names no mentor: the page says so and waits.
        QComboBox* mentorId = mapping->fieldCombo(QStringLiteral("external_id"));
        QComboBox* email = mapping->fieldCombo(QStringLiteral("email"));
        mentorId->setCurrentIndex(0);
        QVERIFY(wizard.currentPage()->isComplete());
        email->setCurrentIndex(0);
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY2(child<QLabel>(&wizard, QStringLiteral("mappingStatus"))->text().contains(QStringLiteral("mentor ID")),
                 qPrintable(child<QLabel>(&wizard, QStringLiteral("mappingStatus"))->text()));
        mentorId->setCurrentIndex(mentorId->findText(QStringLiteral("Mentor ID")));
        email->setCurrentIndex(email->findText(QStringLiteral("E-mail")));
        QVERIFY(wizard.currentPage()->isComplete());

        // Validation: the counts of a dry run, the bad cell coloured as in seller files.
        wizard.next();
        waitForValidation(wizard);
        QCOMPARE(countText(wizard, QStringLiteral("rows")), QStringLiteral("5"));
        QCOMPARE(countText(wizard, QStringLiteral("mentorsNew")), QStringLiteral("2"));
        QCOMPARE(countText(wizard, QStringLiteral("mentorsUpdated")), QStringLiteral("1"));
        QCOMPARE(countText(wizard, QStringLiteral("mentorsUnchanged")), QStringLiteral("1"));
        QCOMPARE(countText(wizard, QStringLiteral("rejected")), QStringLiteral("1"));
        QVERIFY(!child<QLabel>(&wizard, QStringLiteral("count_new"))->isVisibleTo(&wizard));
        QVERIFY(child<QLabel>(&wizard, QStringLiteral("count_mentorsNew"))->isVisibleTo(&wizard));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM mentors")).toInt(), 2);
        ImportPreviewModel* model = wizard.previewModel();
        const int badRow = model->rowOfLine(kBadLine);
        QCOMPARE(badRow, 3);
        QCOMPARE(model->cellState(badRow, kSkillsColumn), ImportPreviewModel::CellState::Error);
        QVERIFY(model->index(badRow, kSkillsColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(
            model->index(badRow, kSkillsColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("juggling")));
        QCOMPARE(model->cellState(0, kSkillsColumn), ImportPreviewModel::CellState::Fine);
        QVERIFY(wizard.currentPage()->isCommitPage());
        screenshot(&wizard, QStringLiteral("import-mentors-validation.png"));

        // The import, and its summary.
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), kImportRunTimeoutMs);
        QCOMPARE(wizard.importResult().status, ImportResult::Status::Imported);
        QCOMPARE(mentorsImported.count(), 1);
        QCOMPARE(batchImported.count(), 0);
        QVERIFY(wizard.mentorImportResult().changeEvent().affects(EntityKind::Mentor));
        const QString summary = child<QLabel>(&wizard, QStringLiteral("summaryText"))->text();
        for (const QString& line : {QStringLiteral("5 row(s) read."), QStringLiteral("2 mentor(s) added."),
                                    QStringLiteral("1 mentor(s) updated."), QStringLiteral("1 mentor(s) unchanged."),
                                    QStringLiteral("1 row(s) rejected.")})
            QVERIFY2(containsCount(summary, line), qPrintable(summary));
        QVERIFY(!summary.contains(QStringLiteral("seller")));
        QVERIFY(child<QPushButton>(&wizard, QStringLiteral("showSellersButton"))->isHidden());
        QVERIFY(child<QPushButton>(&wizard, QStringLiteral("saveReportButton"))->isEnabled());
        screenshot(&wizard, QStringLiteral("import-mentors-summary.png"));

        // The program: two mentors added with their lists, Cleo updated, Dan left out, Eve as she was.
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM mentors")).toInt(), 4);
        QCOMPARE(listOf(QStringLiteral("MW-1"), QStringLiteral("mentor_categories"), QStringLiteral("category")),
                 QStringLiteral("Books|Home, Garden"));
        QCOMPARE(listOf(QStringLiteral("MW-1"), QStringLiteral("mentor_channels"), QStringLiteral("channel")),
                 QStringLiteral("own_storefront|social"));
        QCOMPARE(
            listOf(QStringLiteral("MW-1"), QStringLiteral("mentor_skills"), QStringLiteral("skill || ':' || level")),
            QStringLiteral("customer_service:3|pricing:4"));
        QCOMPARE(value(QStringLiteral("SELECT capacity FROM mentors WHERE external_id = 'MW-3'")).toInt(), 4);
        QCOMPARE(value(QStringLiteral("SELECT categories FROM mentors WHERE external_id = 'MW-3'")).toString(),
                 QStringLiteral("Fashion"));
        QCOMPARE(listOf(QStringLiteral("MW-3"), QStringLiteral("mentor_languages"), QStringLiteral("language")),
                 QStringLiteral("en|ko"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM mentors WHERE external_id = 'MW-4'")).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT capacity FROM mentors WHERE external_id = 'MW-5'")).toInt(), 3);
        QCOMPARE(value(QStringLiteral("SELECT updated_utc FROM mentors WHERE external_id = 'MW-5'")).toString(),
                 QStringLiteral("2026-01-01T00:00:00Z"));

        // The error report names the line, the column, the value and why.
        const QString reportPath = m_dir.filePath(QStringLiteral("mentor-report.csv"));
        QString error;
        QVERIFY2(static_cast<SummaryPage*>(wizard.currentPage())->saveErrorReport(reportPath, &error),
                 qPrintable(error));
        QFile report(reportPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QStringList reportLines = QString::fromUtf8(report.readAll()).split(QStringLiteral("\r\n"));
        QCOMPARE(reportLines.size(), 3); // the header, one problem, the empty end
        QVERIFY2(reportLines.at(1).startsWith(QStringLiteral("5,")), qPrintable(reportLines.at(1)));
        QVERIFY2(reportLines.at(1).contains(QStringLiteral("Skills")), qPrintable(reportLines.at(1)));
        QVERIFY2(reportLines.at(1).contains(QStringLiteral("juggling")), qPrintable(reportLines.at(1)));
        wizard.accept();
    }

    void cancellingAMentorImportChangesNothing()
    {
        newProgram();
        ImportWizard wizard(m_programPath, QStringLiteral("tester"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        chooseMentorFile(wizard, bigMentorFile(3000));
        wizard.next();
        wizard.next();
        wizard.next();
        waitForValidation(wizard);
        QCOMPARE(countText(wizard, QStringLiteral("mentorsNew")), QLocale().toString(3000));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
        auto* cancel = child<QPushButton>(&wizard, QStringLiteral("cancelImportButton"));
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), kImportRunTimeoutMs);
        QCOMPARE(wizard.importResult().status, ImportResult::Status::Cancelled);
        QCOMPARE(child<QLabel>(&wizard, QStringLiteral("summaryHeadline"))->text(),
                 QStringLiteral("The import was cancelled. The program is unchanged."));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM mentors")).toInt(), 2);
        wizard.reject();
    }

    void mainWindowPublishesTheMentorImport()
    {
        MainWindow window;
        QVERIFY(window.openProgram(m_dir.filePath(QStringLiteral("window.mentordesk"))));
        QAction* importMentors = nullptr;
        for (QAction* menu : window.menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction* action : menu->menu()->actions())
                if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Import Mentors…"))
                    importMentors = action;
        }
        QVERIFY(importMentors);
        QVERIFY(importMentors->isEnabled());
        QSignalSpy changes(window.editor()->changes(), &ChangeFeed::changed);
        bool answered = false;
        whenShown<ImportWizard>(&window, &answered, [](ImportWizard* wizard) {
            QCOMPARE(wizard->kind(), ImportKind::Mentors);
            QVERIFY(child<QRadioButton>(wizard, QStringLiteral("kindMentors"))->isChecked());
            // What the wizard announces when a mentor import committed.
            Q_EMIT wizard->mentorsImported();
            wizard->reject();
        });
        importMentors->trigger();
        QVERIFY(answered);
        QCOMPARE(changes.count(), 1);
        const auto event = changes.at(0).at(0).value<ChangeEvent>();
        QCOMPARE(event.type, ChangeEvent::Type::Imported);
        QVERIFY(event.affects(EntityKind::Mentor));
    }
};

QTEST_MAIN(TestMentorImportWizard)
#include "test_mentorimportwizard.moc"
