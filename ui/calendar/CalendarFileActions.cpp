// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarFileActions.h"

#include "calendar/CalendarTime.h"
#include "calendar/ICalendarExport.h"
#include "calendar/ICalendarImport.h"
#include "CalendarExportDialog.h"
#include "CalendarImportDialog.h"
#include "editing/ProgramEditor.h"
#include "settings/SettingsKeys.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace mentordesk {

CalendarFileActions::CalendarFileActions(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_export(new QAction(tr("E&xport Calendar…"), this))
    , m_import(new QAction(tr("Import &Calendar…"), this))
{
    m_export->setObjectName(QStringLiteral("exportCalendar"));
    m_import->setObjectName(QStringLiteral("importCalendar"));
    connect(m_export, &QAction::triggered, this, &CalendarFileActions::exportCalendar);
    connect(m_import, &QAction::triggered, this, &CalendarFileActions::importCalendar);
    setEditor(nullptr);
}

void CalendarFileActions::setEditor(ProgramEditor* editor)
{
    m_editor = editor;
    m_export->setEnabled(editor != nullptr);
    m_import->setEnabled(editor != nullptr);
}

QString CalendarFileActions::lastFolder()
{
    const QString stored = QSettings().value(SettingsKeys::calendarLastDirectory).toString();
    return !stored.isEmpty() && QFileInfo(stored).isDir()
               ? stored
               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void CalendarFileActions::rememberFolder(const QString& filePath)
{
    QSettings().setValue(SettingsKeys::calendarLastDirectory, QFileInfo(filePath).absolutePath());
}

void CalendarFileActions::exportCalendar()
{
    if (!m_editor)
        return;
    const QSqlDatabase db = m_editor->records().database();
    CalendarExportDialog dialog(db, CalendarTime::programZone(db), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ICalendarExportRequest request = dialog.request();
    const QString suggested = request.name.isEmpty() ? tr("touchpoints") : request.name;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Calendar"),
                                                      QDir(lastFolder()).filePath(suggested + QStringLiteral(".ics")),
                                                      tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    ICalendarExport exporter(db);
    if (!exporter.write(request, path)) {
        QMessageBox::warning(m_window, tr("Export Calendar"), exporter.errorString());
        return;
    }
    const int events = exporter.eventCount();
    Q_EMIT finished(tr("Exported %n event(s) to %1.", nullptr, events).arg(QDir::toNativeSeparators(path)));
}

void CalendarFileActions::importCalendar()
{
    if (!m_editor)
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Calendar"), lastFolder(),
                                                      tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    ICalendarImport importer(*m_editor);
    if (!importer.read(path)) {
        QMessageBox::warning(m_window, tr("Import Calendar"), importer.errorString());
        return;
    }
    CalendarImportDialog summary(importer.plan(), QFileInfo(path).fileName(), m_window);
    if (summary.exec() != QDialog::Accepted || !importer.plan().changesAnything())
        return;
    if (!importer.apply()) {
        QMessageBox::warning(m_window, tr("Import Calendar"), importer.errorString());
        return;
    }
    const int changed = importer.plan().added + importer.plan().updated;
    Q_EMIT finished(tr("Imported %n event(s) from %1; Edit ▸ Undo takes the import back.", nullptr, changed)
                        .arg(QFileInfo(path).fileName()));
}

} // namespace mentordesk
