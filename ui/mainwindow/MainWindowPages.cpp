// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's pages beyond the record workspaces (Calendar, Needs attention, Resources,
// Dashboards) and the menu entries that belong to them; MainWindow.cpp has the window, menus and
// program files.
#include "MainWindow.h"

#include "attention/AttentionWorkspace.h"
#include "calendar/CalendarFileActions.h"
#include "calendar/CalendarWorkspace.h"
#include "checklists/ChecklistTemplatesDialog.h"
#include "dashboards/DashboardsWorkspace.h"
#include "editing/ProgramEditor.h"
#include "resources/ResourcesWorkspace.h"
#include "workspaces/WorkspaceView.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>

namespace mentordesk {

void MainWindow::addCalendarPage()
{
    m_calendar = new CalendarWorkspace(m_stack);
    m_stack->addWidget(m_calendar);
    const QString title = tr("Calendar");
    auto* item = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("x-office-calendar")), title, m_navigation);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(m_stack->count()));
    connect(m_calendar, &CalendarWorkspace::statusMessage, this, &MainWindow::showMessage);
    connect(m_calendar, &CalendarWorkspace::countsChanged, this, &MainWindow::updateStatus);
}

void MainWindow::addResourcesPage()
{
    m_resources = new ResourcesWorkspace(m_stack);
    m_stack->addWidget(m_resources);
    const QString title = tr("Resources");
    auto* item = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("folder-documents")), title, m_navigation);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(m_stack->count()));
    connect(m_resources, &ResourcesWorkspace::statusMessage, this, &MainWindow::showMessage);
    connect(m_resources, &ResourcesWorkspace::countsChanged, this, &MainWindow::updateStatus);
}

void MainWindow::addChecklistTemplatesAction(QMenu* program)
{
    QAction* templates = program->addAction(tr("&Checklist Templates…"), this, [this] {
        ChecklistTemplatesDialog dialog(m_editor.get(), this);
        dialog.exec();
    });
    m_programActions << templates;
    templates->setEnabled(false);
}

void MainWindow::addAttentionPage()
{
    m_attention = new AttentionWorkspace(m_stack);
    m_attention->setCalendar(m_calendar);
    m_stack->addWidget(m_attention);
    const QString title = tr("Needs Attention");
    auto* item = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-warning")), title, m_navigation);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(m_stack->count()));
    connect(m_attention, &AttentionWorkspace::statusMessage, this, &MainWindow::showMessage);
    connect(m_attention, &AttentionWorkspace::countsChanged, this, &MainWindow::updateStatus);
    connect(m_attention, &AttentionWorkspace::rematchRequested, this, &MainWindow::rematchRequested);
    connect(m_attention, &AttentionWorkspace::calendarRequested, this,
            [this] { showWorkspace(m_stack->indexOf(m_calendar)); });
}

void MainWindow::addDashboardsPage()
{
    m_dashboards = new DashboardsWorkspace(m_stack);
    m_stack->addWidget(m_dashboards);
    const QString title = tr("Dashboards");
    auto* item = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("office-chart-line")), title, m_navigation);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(m_stack->count()));
    connect(m_dashboards, &DashboardsWorkspace::statusMessage, this, &MainWindow::showMessage);
    // A click on a chart's point or bar lists the sellers behind it in the Sellers workspace.
    connect(m_dashboards, &DashboardsWorkspace::sellersRequested, this,
            [this](const QVector<qint64>& ids, const QString& label) {
                WorkspaceView* sellers = workspace(0);
                showWorkspace(0);
                sellers->setIdFilter(ids, label);
            });
}

int MainWindow::attentionPage() const
{
    return m_stack->indexOf(m_attention);
}

void MainWindow::addCalendarFileActions(QMenu* file)
{
    m_calendarFiles = new CalendarFileActions(this);
    file->addSeparator();
    file->addAction(m_calendarFiles->exportAction());
    file->addAction(m_calendarFiles->importAction());
    connect(m_calendarFiles, &CalendarFileActions::finished, this, &MainWindow::showMessage);
}

} // namespace mentordesk
