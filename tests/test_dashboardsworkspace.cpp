// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboards workspace: its filters and tab are remembered per program (the latest as-of
// month as "latest", so it moves on with the calendar), another program starts from the
// defaults, the filter bar's scope is the model's, and a click on a chart or a tile asks for the
// sellers behind the right FigureKey and hands them on with sellersRequested().
#include "analytics/AnalyticsEngine.h"
#include "analytics/AnalyticsLabels.h"
#include "analytics/AnalyticsModel.h"
#include "AnalyticsTestSupport.h"
#include "calendar/CalendarFilterBarField.h"
#include "dashboards/DashboardFilterBar.h"
#include "dashboards/DashboardsWorkspace.h"
#include "dashboards/KpiTile.h"
#include "dashboards/MonthlyOutcomeChart.h"
#include "dashboards/RampTimeChart.h"
#include "editing/ProgramEditor.h"
#include "itemmodels/FacetModel.h"
#include "mainwindow/MainWindow.h"
#include "settings/SettingsKeys.h"
#include "SqlTestSupport.h"
#include "storage/ProgramDatabase.h"
#include "WidgetTestSupport.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFileInfo>
#include <QLineSeries>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mentordesk;
using namespace mentordesk::testsupport;

namespace {

constexpr int kTimeoutMs = 30000;

QStringList fixture()
{
    return {
        QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, category, created_utc, updated_utc) VALUES "
                       "(1, 'S1', 'Alpha', 'Books', '', ''), (2, 'S2', 'Beta', 'Garden', '', '')"),
        QStringLiteral("INSERT INTO mentors(id, name, created_utc, updated_utc) VALUES (1, 'Ada', '', '')"),
        QStringLiteral("INSERT INTO cohorts(id, name, start_date, created_utc, updated_utc) VALUES "
                       "(1, 'Spring 2026', '2026-03-01', '', '')"),
    };
}

QLineSeries* groupLine(QChart* chart, AnalyticsGroup group)
{
    for (QAbstractSeries* series : chart->series()) {
        auto* line = qobject_cast<QLineSeries*>(series);
        if (line && line->name() == AnalyticsLabels::groupLabel(group))
            return line;
    }
    return nullptr;
}

} // namespace

class TestDashboardsWorkspace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the remembered filters go to the test settings
        QSettings().remove(QStringLiteral("dashboards"));
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < 2; ++i) {
            auto program = std::make_unique<ProgramDatabase>();
            QCOMPARE(program->open(m_dir.filePath(QStringLiteral("dash-%1.mentordesk").arg(i))),
                     ProgramDatabase::Outcome::Created);
            for (const QString& statement : fixture())
                SQL_OK(execSql(program->connection(), statement));
            m_editors.push_back(std::make_unique<ProgramEditor>(program->connection(), QStringLiteral("tester")));
            m_programs.push_back(std::move(program));
        }
    }

    void cleanupTestCase()
    {
        QSettings().remove(QStringLiteral("dashboards"));
        m_editors.clear();
        m_programs.clear();
    }

    void defaultAsOfIsTheLastMonthEnd_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("mid-month") << QDate(2026, 12, 8) << QDate(2026, 11, 30);
        QTest::newRow("a month's last day") << QDate(2026, 11, 30) << QDate(2026, 11, 30);
        QTest::newRow("first of the month") << QDate(2026, 3, 1) << QDate(2026, 2, 28);
        QTest::newRow("leap year") << QDate(2024, 3, 15) << QDate(2024, 2, 29);
        QTest::newRow("new year") << QDate(2027, 1, 1) << QDate(2026, 12, 31);
    }

    void defaultAsOfIsTheLastMonthEnd()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, expected);
        QCOMPARE(DashboardFilterBar::defaultAsOf(today), expected);
    }

    void filtersAndTabAreRememberedPerProgram()
    {
        QDate chosenAsOf;
        {
            DashboardsWorkspace workspace;
            open(&workspace, 0);
            DashboardFilterBar* bar = workspace.filterBar();
            QCOMPARE(bar->scope().asOf, DashboardFilterBar::defaultAsOf(QDate::currentDate()));
            QVERIFY(bar->showComparison());
            QVERIFY(bar->cohortField()->restore(1));
            QVERIFY(bar->mentorField()->restore(1));
            const int books = bar->categoryCombo()->findText(QStringLiteral("Books"));
            QVERIFY(books > 0);
            bar->categoryCombo()->setCurrentIndex(books);
            bar->enrolledFromEdit()->setDate(QDate(2026, 2, 1));
            bar->asOfCombo()->setCurrentIndex(2);
            chosenAsOf = bar->asOfCombo()->currentData().toDate();
            bar->comparisonCheck()->setChecked(false);
            workspace.tabs()->setCurrentIndex(DashboardsWorkspace::OutcomesTab);
            QVERIFY(workspace.outcomeChart()->setMetric(QStringLiteral("csat")));

            const AnalyticsScope scope = workspace.model()->scope();
            QCOMPARE(scope.cohortId, qint64(1));
            QCOMPARE(scope.mentorId, qint64(1));
            QCOMPARE(scope.category, QStringLiteral("Books"));
            QCOMPARE(scope.enrolledFrom, QDate(2026, 2, 1));
            QVERIFY(!scope.enrolledTo.isValid());
            QCOMPARE(scope.asOf, chosenAsOf);
            // The comparison group hidden: the charts draw the mentored group only.
            workspace.showFigures(sampleFigures());
            QVERIFY(!groupLine(workspace.rampChart()->chart(), AnalyticsGroup::Comparison));
            QVERIFY(groupLine(workspace.rampChart()->chart(), AnalyticsGroup::Mentored));
            waitUntilComputed(&workspace);
        }
        {
            DashboardsWorkspace workspace;
            open(&workspace, 0);
            DashboardFilterBar* bar = workspace.filterBar();
            QCOMPARE(bar->cohortField()->chosenId(), qint64(1));
            QCOMPARE(bar->mentorField()->chosenId(), qint64(1));
            QCOMPARE(bar->categoryCombo()->currentText(), QStringLiteral("Books"));
            QCOMPARE(bar->enrolledFromEdit()->date(), QDate(2026, 2, 1));
            QCOMPARE(bar->scope().asOf, chosenAsOf);
            QVERIFY(!bar->showComparison());
            QCOMPARE(workspace.tabs()->currentIndex(), int(DashboardsWorkspace::OutcomesTab));
            QCOMPARE(workspace.outcomeChart()->metric(), QStringLiteral("csat"));
            QCOMPARE(workspace.model()->scope(), bar->scope());
            waitUntilComputed(&workspace);
        }
        {
            // Another program: nothing remembered for it yet.
            DashboardsWorkspace workspace;
            open(&workspace, 1);
            DashboardFilterBar* bar = workspace.filterBar();
            QCOMPARE(bar->cohortField()->chosenId(), qint64(0));
            QCOMPARE(bar->categoryCombo()->currentIndex(), 0);
            QVERIFY(bar->showComparison());
            QCOMPARE(bar->scope().asOf, DashboardFilterBar::defaultAsOf(QDate::currentDate()));
            QCOMPARE(workspace.tabs()->currentIndex(), int(DashboardsWorkspace::OverviewTab));
            waitUntilComputed(&workspace);
        }
    }

    void theLatestAsOfIsRememberedAsLatest()
    {
        DashboardsWorkspace workspace;
        open(&workspace, 1);
        DashboardFilterBar* bar = workspace.filterBar();
        bar->asOfCombo()->setCurrentIndex(1);
        bar->asOfCombo()->setCurrentIndex(0);
        const QString programKey = QString::fromLatin1(
            QCryptographicHash::hash(
                QFileInfo(m_programs.at(1)->connection().databaseName()).absoluteFilePath().toUtf8(),
                QCryptographicHash::Sha1)
                .toHex());
        const QSettings settings;
        const QString key = SettingsKeys::dashboardsKey(programKey, QStringLiteral("asOf"));
        const bool found = settings.contains(key);
        QVERIFY(!settings.value(key).toDate().isValid());
        QVERIFY(found);
        waitUntilComputed(&workspace);
    }

    void clickingAChartPointRequestsItsSellers()
    {
        DashboardsWorkspace workspace;
        open(&workspace, 1);
        waitUntilComputed(&workspace);
        workspace.showFigures(sampleFigures());
        FigureKey requested;
        QString requestedLabel;
        connect(&workspace, &DashboardsWorkspace::sellersBehindRequested, this,
                [&](const FigureKey& key, const QString& label) {
                    requested = key;
                    requestedLabel = label;
                });
        QSignalSpy sellers(&workspace, &DashboardsWorkspace::sellersRequested);
        QVERIFY(workspace.outcomeChart()->setMetric(QStringLiteral("listing_quality")));
        QLineSeries* mentored = groupLine(workspace.outcomeChart()->chart(), AnalyticsGroup::Mentored);
        QVERIFY(mentored);
        Q_EMIT mentored->clicked(QPointF(4.1, 60.0));
        QCOMPARE(requested.chart, FigureKey::Chart::MonthlyOutcome);
        QCOMPARE(requested.metric, QStringLiteral("listing_quality"));
        QCOMPARE(requested.group, AnalyticsGroup::Mentored);
        QCOMPARE(requested.monthSinceStart, 4);

        QVERIFY(sellers.wait(kTimeoutMs));
        AnalyticsEngine engine(m_programs.at(1)->connection());
        const auto expected = engine.sellersBehind(requested, workspace.model()->scope());
        QVERIFY(expected.has_value());
        QCOMPARE(sellers.at(0).at(0).value<QVector<qint64>>(), *expected);
        QCOMPARE(sellers.at(0).at(1).toString(), requestedLabel);
    }

    void clickingATileRequestsItsSellers()
    {
        DashboardsWorkspace workspace;
        open(&workspace, 1);
        waitUntilComputed(&workspace);
        workspace.showFigures(sampleFigures());
        FigureKey requested;
        connect(&workspace, &DashboardsWorkspace::sellersBehindRequested, this,
                [&](const FigureKey& key) { requested = key; });
        QSignalSpy sellers(&workspace, &DashboardsWorkspace::sellersRequested);
        KpiTile* tile = workspace.tiles().at(1);
        QTest::mouseClick(tile, Qt::LeftButton);
        QCOMPARE(requested.chart, FigureKey::Chart::Overview);
        QCOMPARE(requested.metric, tile->metric());
        QCOMPARE(requested.group, AnalyticsGroup::Mentored);
        QVERIFY(sellers.wait(kTimeoutMs));
    }

    void chartsSayComputingUntilTheIntervalsAreIn()
    {
        DashboardsWorkspace workspace;
        QSignalSpy ready(workspace.model(), &AnalyticsModel::intervalsReady);
        open(&workspace, 1);
        QVERIFY(workspace.model()->isComputing());
        QVERIFY(workspace.rampChart()->isComputing());
        QVERIFY(ready.wait(kTimeoutMs));
        waitUntilComputed(&workspace);
        QVERIFY(!workspace.rampChart()->isComputing());
    }

    void fitsTheSmallestScreenWithSampleFigures()
    {
        DashboardsWorkspace workspace;
        open(&workspace, 1);
        waitUntilComputed(&workspace);
        workspace.showFigures(sampleFigures());
        // 1366×768 less the navigation, the menu, status bar and margins of the main window.
        workspace.resize(1200, 640);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QVERIFY(workspace.minimumSizeHint().width() <= 1200);
        QVERIFY(workspace.minimumSizeHint().height() <= 640);
        for (int tab = 0; tab < workspace.tabs()->count(); ++tab) {
            workspace.tabs()->setCurrentIndex(tab);
            screenshot(&workspace, QStringLiteral("dashboards-%1.png").arg(tab));
        }
    }

    void mainWindowOffersThePageLast()
    {
        MainWindow window;
        QVERIFY(window.openProgram(m_programs.at(1)->connection().databaseName()));
        const int last = window.pageCount() - 1;
        window.showWorkspace(last);
        QVERIFY(window.dashboards()->isVisibleTo(&window));
        QVERIFY(!window.currentWorkspace());
        QAction* viewAction = nullptr;
        for (QAction* action : window.menuBar()->findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("Dashboards"))
                viewAction = action;
        }
        QVERIFY(viewAction);
        QCOMPARE(viewAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + last)));
        window.showWorkspace(0);
        viewAction->trigger();
        QVERIFY(window.dashboards()->isVisibleTo(&window));
        waitUntilComputed(window.dashboards());
    }

private:
    void open(DashboardsWorkspace* workspace, int program)
    {
        workspace->setProgram(m_programs.at(program)->connection(), m_editors.at(program).get());
    }

    /// Lets the model's run end before the workspace goes (its worker would wait for it anyway).
    static void waitUntilComputed(DashboardsWorkspace* workspace)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!workspace->model()->isComputing(), kTimeoutMs);
    }

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<ProgramDatabase>> m_programs;
    std::vector<std::unique_ptr<ProgramEditor>> m_editors;
};

QTEST_MAIN(TestDashboardsWorkspace)
#include "test_dashboardsworkspace.moc"
