// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace mentordesk {

struct ChangeEvent;
class CalendarFileActions;
class AttentionWorkspace;
class CalendarWorkspace;
class DashboardsWorkspace;
class ResourcesWorkspace;
class MatchWizard;
class ProgramDatabase;
class ProgramEditor;
class RecentPrograms;
class WorkspaceView;

/// The application window: navigation between the Sellers, Mentors, Cohorts and Calendar workspaces,
/// the program file (new, open, recent), undo/redo, and the status bar with counts.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a program file, telling the user why if it cannot be opened (the current
    /// program then stays open). Returns whether the file is now the open program.
    bool openProgram(const QString& filePath);
    QString programPath() const;

    /// The table workspaces (Sellers, Mentors, Cohorts); the Calendar follows them as a page of
    /// its own kind.
    WorkspaceView* workspace(int index) const;
    int workspaceCount() const;
    /// Every page the navigation offers: the table workspaces, then the Calendar.
    int pageCount() const;
    void showWorkspace(int index);
    /// The table workspace shown, or null while the Calendar is.
    WorkspaceView* currentWorkspace() const;
    CalendarWorkspace* calendar() const { return m_calendar; }
    AttentionWorkspace* attention() const { return m_attention; }
    /// The page of the "Needs attention" workspace, the one shown on start.
    int attentionPage() const;
    ResourcesWorkspace* resources() const { return m_resources; }
    DashboardsWorkspace* dashboards() const { return m_dashboards; }
    ProgramEditor* editor() const { return m_editor.get(); }

    /// Restores geometry and the last workspace from QSettings.
    void restoreWindowState();

Q_SIGNALS:
    /// A detail panel asked for a new mentor for this seller alone, after ending a pairing; the
    /// matching wizard's recalibration answers it.
    void rematchRequested(qint64 sellerId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void newProgram();
    void openProgramDialog();
    void openDemoProgram();
    void showAbout();
    void importFile(int kind);
    void showImportHistory();
    /// Opens the matching wizard (one at a time); with a seller id, to re-match that mentee alone.
    void matchMentees(qint64 rematchSellerId);
    void addCalendarPage();
    /// The Resources page (the resource library), after the Calendar.
    void addResourcesPage();
    /// File ▸ Export Calendar… and Import Calendar… (CalendarFileActions).
    void addCalendarFileActions(QMenu* file);
    /// Program ▸ Checklist Templates…
    void addChecklistTemplatesAction(QMenu* program);
    void addAttentionPage();
    void addDashboardsPage();
    /// Reacts to the program's changes; an import (or undoing one) happened behind the editor's back.
    void programChanged(const ChangeEvent& event);
    void updateStatus();
    /// "2 trials end within 7 days" in the status bar; hidden when none does.
    void updateTrialDeadlines();
    void showMessage(const QString& message);

    std::unique_ptr<ProgramDatabase> m_database;
    std::unique_ptr<ProgramEditor> m_editor;
    QUndoGroup* m_undoGroup;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QVector<WorkspaceView*> m_workspaces;
    CalendarWorkspace* m_calendar = nullptr;
    ResourcesWorkspace* m_resources = nullptr;
    CalendarFileActions* m_calendarFiles = nullptr;
    AttentionWorkspace* m_attention = nullptr;
    DashboardsWorkspace* m_dashboards = nullptr;
    bool m_attentionAnnounced = false;
    RecentPrograms* m_recent = nullptr;
    QLabel* m_countLabel;
    QLabel* m_trialsLabel;
    QLabel* m_fileLabel;
    QList<QAction*> m_programActions;
    QPointer<MatchWizard> m_matchWizard;
};

} // namespace mentordesk
