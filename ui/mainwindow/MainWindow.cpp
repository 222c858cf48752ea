// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "attention/AttentionBadge.h"
#include "attention/AttentionWorkspace.h"
#include "calendar/CalendarFileActions.h"
#include "calendar/CalendarWorkspace.h"
#include "changes/ChangeFeed.h"
#include "dashboards/DashboardsWorkspace.h"
#include "demo/DemoProgramFile.h"
#include "dialogs/ImportHistoryDialog.h"
#include "dialogs/RelatedCategoriesDialog.h"
#include "domain/WorkspaceSpecs.h"
#include "editing/ProgramEditor.h"
#include "importwizard/ImportWizard.h"
#include "itemmodels/PagedTableModel.h"
#include "matching/MatchWizard.h"
#include "RecentPrograms.h"
#include "resources/ResourcesWorkspace.h"
#include "settings/CurrentActor.h"
#include "settings/SettingsKeys.h"
#include "storage/PairingRepository.h"
#include "storage/ProgramDatabase.h"
#include "workspaces/DetailPanel.h"
#include "workspaces/WorkspaceView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace mentordesk {

namespace {

constexpr int kMessageTimeoutMs = 8000;
const char* const kFileFilter = QT_TRANSLATE_NOOP("MainWindow", "MentorDesk programs (*.mentordesk)");

QString actorName()
{
    return currentActor();
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_countLabel(new QLabel(this))
    , m_trialsLabel(new QLabel(this))
    , m_fileLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mentordesk.svg")));

    const QVector<const TableSpec*> specs{&sellerTableSpec(), &mentorTableSpec(), &cohortTableSpec()};
    const QStringList titles{tr("Sellers"), tr("Mentors"), tr("Cohorts")};
    const QStringList icons{QStringLiteral("view-list-details"), QStringLiteral("system-users"),
                            QStringLiteral("view-calendar")};
    for (int i = 0; i < specs.size(); ++i) {
        auto* view = new WorkspaceView(*specs.at(i), m_stack);
        m_stack->addWidget(view);
        m_workspaces << view;
        auto* item = new QListWidgetItem(QIcon::fromTheme(icons.at(i)), titles.at(i), m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(titles.at(i)).arg(i + 1));
        connect(view, &WorkspaceView::countsChanged, this, &MainWindow::updateStatus);
        connect(view, &WorkspaceView::statusMessage, this, &MainWindow::showMessage);
        connect(view->detailPanel(), &DetailPanel::statusMessage, this, &MainWindow::showMessage);
        connect(view->detailPanel(), &DetailPanel::rematchRequested, this, &MainWindow::rematchRequested);
    }
    addCalendarPage();
    addAttentionPage();
    addResourcesPage();
    addDashboardsPage();
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(140);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_stack->setCurrentIndex(row);
        updateStatus();
    });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trialsLabel->setObjectName(QStringLiteral("trialDeadlinesLabel"));
    m_trialsLabel->setToolTip(tr("Trials awaiting a decision: confirm, extend or end them on the Pairings tab of "
                                 "the seller or the mentor."));
    m_trialsLabel->setContentsMargins(0, 0, 12, 0); // apart from the record count beside it
    m_trialsLabel->hide();
    auto* badge = new AttentionBadge(m_attention, this);
    connect(badge, &AttentionBadge::clicked, this, [this] { showWorkspace(attentionPage()); });
    statusBar()->addPermanentWidget(badge);
    statusBar()->addPermanentWidget(m_trialsLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_fileLabel);
    connect(m_undoGroup, &QUndoGroup::indexChanged, this, &MainWindow::updateStatus);

    createMenus();
    connect(this, &MainWindow::rematchRequested, this, &MainWindow::matchMentees);
    m_navigation->setCurrentRow(0);
    setWindowTitle(tr("MentorDesk"));
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The wizard holds the editor; it goes first (its workers stop with it).
    delete m_matchWizard.data();
    for (WorkspaceView* view : std::as_const(m_workspaces)) {
        view->detailPanel()->setEditor(nullptr);
        view->setProgram(QSqlDatabase(), nullptr, nullptr);
    }
    m_calendar->setProgram(QSqlDatabase(), nullptr);
    m_attention->setProgram(QSqlDatabase(), nullptr);
    m_resources->setProgram(nullptr);
    m_dashboards->setProgram(QSqlDatabase(), nullptr);
    m_editor.reset();
    m_database.reset();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Program…"), this,
                                         &MainWindow::newProgram);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Program…"), this,
                                          &MainWindow::openProgramDialog);
    openAction->setShortcut(QKeySequence::Open);
    QMenu* recentMenu = file->addMenu(tr("Open &Recent"));
    m_recent = new RecentPrograms(recentMenu, this);
    connect(m_recent, &RecentPrograms::openRequested, this, &MainWindow::openProgram);
    file->addAction(tr("Open &Demo Program"), this, &MainWindow::openDemoProgram);
    file->addSeparator();
    QAction* importSellers =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Sellers…"), this,
                        [this] { importFile(int(ImportKind::SellerProfiles)); });
    importSellers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* importMetrics = file->addAction(tr("Import &Metric Snapshots…"), this,
                                             [this] { importFile(int(ImportKind::MetricSnapshots)); });
    QAction* importMentors =
        file->addAction(tr("Import M&entors…"), this, [this] { importFile(int(ImportKind::Mentors)); });
    QAction* history = file->addAction(tr("Import &History…"), this, &MainWindow::showImportHistory);
    m_programActions = {importSellers, importMetrics, importMentors, history};
    for (QAction* action : std::as_const(m_programActions))
        action->setEnabled(false);
    addCalendarFileActions(file);
    file->addSeparator();
    QAction* quit =
        file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction* redo = m_undoGroup->createRedoAction(this);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* add = edit->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Record…"), this, [this] {
        if (WorkspaceView* view = currentWorkspace())
            view->addRecord();
    });
    add->setShortcut(Qt::Key_Insert);
    QAction* remove =
        edit->addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Delete Record…"), this, [this] {
            if (WorkspaceView* view = currentWorkspace())
                view->deleteSelectedRecord();
            else if (m_stack->currentWidget() == m_resources)
                m_resources->deleteSelected(); // undoable, so without a question
            else if (m_stack->currentWidget() == m_calendar)
                m_calendar->deleteSelectedTouchpoint(); // undoable, so without a question
        });
    remove->setShortcut(QKeySequence::Delete);
    QAction* assign = edit->addAction(tr("Assign to C&ohort…"), this, [this] {
        if (WorkspaceView* view = currentWorkspace())
            view->assignSelectedToCohort();
    });
    assign->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_stack, &QStackedWidget::currentChanged, assign,
            [this, assign] { assign->setEnabled(currentWorkspace() && currentWorkspace()->hasCohorts()); });
    edit->addSeparator();
    QAction* find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), this, [this] {
        if (WorkspaceView* view = currentWorkspace())
            view->focusSearch();
        else if (m_stack->currentWidget() == m_calendar)
            m_calendar->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addAction(tr("&Clear Filters"), this, [this] {
        if (WorkspaceView* view = currentWorkspace())
            view->clearFilters();
    });

    QMenu* matching = menuBar()->addMenu(tr("&Matching"));
    QAction* match = matching->addAction(tr("&Match Mentees…"), this, [this] { matchMentees(0); });
    match->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    match->setObjectName(QStringLiteral("matchMenteesAction"));
    match->setEnabled(false);
    m_programActions << match;

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction* action = view->addAction(m_navigation->item(i)->text(), this, [this, i] { showWorkspace(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QMenu* columns = view->addMenu(tr("&Columns"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns] {
        columns->clear();
        if (WorkspaceView* workspace = currentWorkspace())
            columns->addActions(workspace->columnMenu()->actions());
    });

    QMenu* program = menuBar()->addMenu(tr("&Program"));
    QAction* related = program->addAction(tr("&Related Categories…"), this, [this] {
        RelatedCategoriesDialog dialog(m_editor.get(), this);
        dialog.exec();
    });
    m_programActions << related;
    related->setEnabled(false);
    addChecklistTemplatesAction(program);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About MentorDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

WorkspaceView* MainWindow::workspace(int index) const
{
    return m_workspaces.value(index);
}

int MainWindow::workspaceCount() const
{
    return int(m_workspaces.size());
}

int MainWindow::pageCount() const
{
    return m_stack->count();
}

WorkspaceView* MainWindow::currentWorkspace() const
{
    return m_workspaces.value(std::max(0, m_stack->currentIndex()));
}

void MainWindow::showWorkspace(int index)
{
    m_navigation->setCurrentRow(index);
    if (WorkspaceView* view = currentWorkspace())
        view->table()->setFocus();
    else if (m_stack->currentWidget() == m_attention)
        m_attention->view()->setFocus();
    else if (m_stack->currentWidget() == m_resources)
        m_resources->table()->setFocus();
    else if (m_stack->currentWidget() == m_calendar)
        m_calendar->currentView()->setFocus();
    else if (m_stack->currentWidget() == m_dashboards)
        m_dashboards->tabs()->setFocus();
}

QString MainWindow::programPath() const
{
    return m_database ? m_database->filePath() : QString();
}

bool MainWindow::openProgram(const QString& filePath)
{
    auto database = std::make_unique<ProgramDatabase>();
    const ProgramDatabase::Outcome outcome = database->open(filePath);
    if (outcome == ProgramDatabase::Outcome::Refused) {
        QMessageBox::critical(this, tr("Cannot open program"), database->errorString());
        return false;
    }
    delete m_matchWizard.data();
    for (WorkspaceView* view : std::as_const(m_workspaces)) {
        view->detailPanel()->setEditor(nullptr);
        view->setProgram(QSqlDatabase(), nullptr, nullptr);
    }
    m_calendar->setProgram(QSqlDatabase(), nullptr);
    m_attention->setProgram(QSqlDatabase(), nullptr);
    m_resources->setProgram(nullptr);
    m_dashboards->setProgram(QSqlDatabase(), nullptr);
    m_editor.reset();
    m_database = std::move(database);
    m_editor = std::make_unique<ProgramEditor>(m_database->connection(), actorName());
    m_undoGroup->addStack(m_editor->undoStack());
    m_undoGroup->setActiveStack(m_editor->undoStack());
    connect(m_editor.get(), &ProgramEditor::errorOccurred, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Change not applied"), message); });
    for (WorkspaceView* view : std::as_const(m_workspaces)) {
        view->setProgram(m_database->connection(), &m_database->dialect(), m_editor.get());
        view->detailPanel()->setEditor(m_editor.get());
    }
    m_calendar->setProgram(m_database->connection(), m_editor.get());
    m_resources->setProgram(m_editor.get());
    m_calendarFiles->setEditor(m_editor.get());
    m_attention->setProgram(m_database->connection(), m_editor.get());
    m_dashboards->setProgram(m_database->connection(), m_editor.get());
    // After the views, so that they have read the change again when the status bar is updated.
    connect(m_editor->changes(), &ChangeFeed::changed, this, &MainWindow::programChanged);

    const QString path = m_database->filePath();
    m_recent->add(path);
    QSettings().setValue(SettingsKeys::lastProgram, path);
    setWindowFilePath(path);
    setWindowTitle(tr("%1 — MentorDesk").arg(QFileInfo(path).completeBaseName()));
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    for (QAction* action : std::as_const(m_programActions))
        action->setEnabled(true);
    if (outcome == ProgramDatabase::Outcome::Migrated)
        showMessage(tr("The program was upgraded to the current format; a safety copy of the old file is at “%1”.")
                        .arg(QDir::toNativeSeparators(m_database->snapshotPath())));
    else if (outcome == ProgramDatabase::Outcome::Created)
        showMessage(tr("Created a new, empty program."));
    showWorkspace(m_stack->currentIndex());
    updateStatus();
    updateTrialDeadlines();
    // The first program opened is the start of the day: it opens on what needs attention, whichever
    // workspace was shown last, and says the counts once.
    if (!m_attentionAnnounced) {
        m_attentionAnnounced = true;
        showWorkspace(attentionPage());
        m_attention->announce();
    }
    return true;
}

void MainWindow::newProgram()
{
    const QString folder =
        m_database ? QFileInfo(m_database->filePath()).absolutePath() : DemoProgramFile::defaultProgramFolder();
    QString path = QFileDialog::getSaveFileName(this, tr("New Program"), folder,
                                                QCoreApplication::translate("MainWindow", kFileFilter), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".mentordesk");
    if (QFileInfo::exists(path)) {
        QMessageBox::information(this, tr("File exists"),
                                 tr("“%1” already exists. Choose File ▸ Open Program to open it, or pick a new "
                                    "name for the new program.")
                                     .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openProgram(path);
}

void MainWindow::openProgramDialog()
{
    const QString folder =
        m_database ? QFileInfo(m_database->filePath()).absolutePath() : DemoProgramFile::defaultProgramFolder();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Program"), folder,
                                                      QCoreApplication::translate("MainWindow", kFileFilter) +
                                                          QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openProgram(path);
}

void MainWindow::openDemoProgram()
{
    QString error;
    const QString path = DemoProgramFile::defaultPath();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = DemoProgramFile::ensure(path, false, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::critical(this, tr("Cannot open the demo program"), error);
        return;
    }
    openProgram(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MentorDesk"),
                       tr("<h3>MentorDesk %1</h3>"
                          "<p>The desk for coordinators of marketplace seller-mentorship programs: pair new sellers "
                          "with experienced operators, keep the pairs working, and prove the program's impact.</p>"
                          "<p>Program file format %2. Built with Qt %3.</p>"
                          "<p>Copyright © 2026 the MentorDesk developers. Licensed under the GNU General Public "
                          "License, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion())
                           .arg(ProgramDatabase::latestSchemaVersion())
                           .arg(QLatin1String(qVersion())));
}

void MainWindow::importFile(int kind)
{
    if (!m_database)
        return;
    ImportWizard wizard(m_database->filePath(), actorName(), this);
    wizard.setKind(ImportKind(kind));
    // The wizard imported on a worker thread through a connection of its own; it says so here, on
    // the GUI thread, once the import committed, and that becomes the program's one event for it.
    ChangeFeed* changes = m_editor->changes();
    connect(&wizard, &ImportWizard::imported, changes,
            [changes](qint64 batchId) { changes->publish(ChangeEvent::imported(batchId)); });
    connect(&wizard, &ImportWizard::mentorsImported, changes,
            [changes, &wizard] { changes->publish(wizard.mentorImportResult().changeEvent()); });
    connect(&wizard, &ImportWizard::showImportedSellersRequested, this, [this] {
        showWorkspace(0);
        currentWorkspace()->clearFilters();
    });
    wizard.exec();
}

namespace {

/// The records a workspace offers the wizard: its selected rows when there are several (a single
/// selected row is only the current record), otherwise the rows of its filter when it has one
/// and they are few enough to name one by one.
QVector<qint64> offeredRecords(const WorkspaceView* view, bool* fromSelection)
{
    constexpr int kMostFilteredRecords = 5000;
    QVector<qint64> ids;
    const PagedTableModel* model = view->model();
    const QModelIndexList selected = view->table()->selectionModel()->selectedRows();
    *fromSelection = selected.size() > 1;
    if (*fromSelection) {
        for (const QModelIndex& index : selected)
            ids << model->recordId(index.row());
        return ids;
    }
    const int rows = model->rowCount();
    if (rows == 0 || rows >= model->unfilteredCount() || rows > kMostFilteredRecords)
        return ids;
    for (int row = 0; row < rows; ++row)
        ids << model->recordId(row);
    return ids;
}

} // namespace

void MainWindow::matchMentees(qint64 rematchSellerId)
{
    if (!m_database)
        return;
    if (m_matchWizard) {
        m_matchWizard->raise();
        m_matchWizard->activateWindow();
        showMessage(tr("The matching wizard is open already; finish or cancel it first."));
        return;
    }
    // Not modal: a re-match is asked for at the end of the detail panel's own dialogs, and the
    // coordinator may look up records while reviewing. The wizard is closed before the program is.
    auto* wizard = new MatchWizard(m_editor.get(), m_database->filePath(), actorName(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_matchWizard = wizard;
    bool fromSelection = false;
    if (rematchSellerId != 0) {
        wizard->setRematch(
            rematchSellerId,
            tr("%1 alone (re-matching)").arg(m_editor->records().displayName(sellerTableSpec(), rematchSellerId)));
    } else {
        const QVector<qint64> sellers = offeredRecords(m_workspaces.at(0), &fromSelection);
        if (!sellers.isEmpty())
            wizard->setSellers(sellers, fromSelection ? tr("The %n seller(s) selected in the Sellers workspace",
                                                           nullptr, int(sellers.size()))
                                                      : tr("The %n seller(s) of the Sellers workspace's current filter",
                                                           nullptr, int(sellers.size())));
    }
    const QVector<qint64> mentors = offeredRecords(m_workspaces.at(1), &fromSelection);
    if (!mentors.isEmpty())
        wizard->setMentors(mentors, fromSelection ? tr("The %n mentor(s) selected in the Mentors workspace", nullptr,
                                                       int(mentors.size()))
                                                  : tr("The %n mentor(s) of the Mentors workspace's current filter",
                                                       nullptr, int(mentors.size())));
    connect(wizard, &MatchWizard::committed, this,
            [this] { showMessage(tr("The pairings were committed as trials; Edit ▸ Undo takes them back.")); });
    wizard->show();
}

void MainWindow::showImportHistory()
{
    if (!m_database)
        return;
    ImportHistoryDialog dialog(m_database->connection(), actorName(), this);
    dialog.setChangeFeed(m_editor->changes());
    dialog.exec();
}

void MainWindow::programChanged(const ChangeEvent& event)
{
    // Only pairing decisions and records coming or going (a deleted seller takes its pairings
    // along; an import) change how many trials await a decision. The count scans the pairings
    // (no index leads with the trial end), so plain field edits do not pay for it.
    if (event.affects(EntityKind::Pairing) || event.type != ChangeEvent::Type::FieldsEdited)
        updateTrialDeadlines();
    if (!event.isBulk())
        return;
    // The commands on the undo stack hold values from before the import and cannot know what it
    // changed: undoing one now could write an old value over an imported one, or revive a seller
    // the import's undo deleted. An import is undone as a whole from the import history instead.
    m_editor->undoStack()->clear();
    updateStatus();
    showMessage(tr("The program was changed by an import; the views show its current contents."));
}

void MainWindow::updateStatus()
{
    if (!m_database)
        m_countLabel->setText(tr("No program open"));
    else
        // On the Needs attention page the badge beside it already says how many lines there are.
        m_countLabel->setText(currentWorkspace()                         ? currentWorkspace()->countText()
                              : m_stack->currentWidget() == m_attention  ? QString()
                              : m_stack->currentWidget() == m_dashboards ? QString()
                              : m_stack->currentWidget() == m_resources  ? m_resources->countText()
                                                                         : m_calendar->countText());
}

void MainWindow::updateTrialDeadlines()
{
    const TrialDeadlines deadlines =
        m_editor ? PairingRepository(m_editor->records()).trialDeadlines(QDate::currentDate(), kTrialDecisionDays)
                 : TrialDeadlines();
    const QString endingSoon =
        tr("%n trial(s) end within %1 days", nullptr, deadlines.endingSoon).arg(kTrialDecisionDays);
    const QString overdue = tr("%n trial(s) past their end", nullptr, deadlines.overdue);
    if (deadlines.endingSoon > 0 && deadlines.overdue > 0)
        m_trialsLabel->setText(tr("%1, %2", "trials ending soon, trials overdue").arg(endingSoon, overdue));
    else
        m_trialsLabel->setText(deadlines.overdue > 0 ? overdue : endingSoon);
    m_trialsLabel->setVisible(deadlines.endingSoon > 0 || deadlines.overdue > 0);
}

void MainWindow::showMessage(const QString& message)
{
    statusBar()->showMessage(message, kMessageTimeoutMs);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(SettingsKeys::mainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        resize(std::min(1280, available.width()), std::min(800, available.height()));
    }
    restoreState(settings.value(SettingsKeys::mainWindowState).toByteArray());
    showWorkspace(std::clamp(settings.value(SettingsKeys::mainWindowWorkspace, 0).toInt(), 0, pageCount() - 1));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(SettingsKeys::mainWindowGeometry, saveGeometry());
    settings.setValue(SettingsKeys::mainWindowState, saveState());
    settings.setValue(SettingsKeys::mainWindowWorkspace, m_stack->currentIndex());
    for (WorkspaceView* view : std::as_const(m_workspaces))
        view->saveSettings();
    event->accept();
}

} // namespace mentordesk
