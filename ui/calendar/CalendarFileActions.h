// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace mentordesk {

class ProgramEditor;

/// File ▸ Export Calendar… and File ▸ Import Calendar…, kept out of the main window: the export
/// dialog, then a save dialog; a file dialog, then the import's summary, then the import as one
/// undoable step on the program's undo stack. Both remember the folder last used.
class CalendarFileActions : public QObject {
    Q_OBJECT
public:
    explicit CalendarFileActions(QWidget* window);

    QAction* exportAction() const { return m_export; }
    QAction* importAction() const { return m_import; }
    /// The program's editor (null: no program open; the actions are disabled).
    void setEditor(ProgramEditor* editor);

    void exportCalendar();
    void importCalendar();

Q_SIGNALS:
    /// A sentence for the status bar once a file was written or imported.
    void finished(const QString& message);

private:
    static QString lastFolder();
    static void rememberFolder(const QString& filePath);

    QWidget* m_window;
    QPointer<ProgramEditor> m_editor;
    QAction* m_export;
    QAction* m_import;
};

} // namespace mentordesk
