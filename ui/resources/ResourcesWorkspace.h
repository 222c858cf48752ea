// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resources/ResourceRecords.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace mentordesk {

class ProgramEditor;
class ResourceTableModel;

/// The Resources page: the library's documents and links with a search box and a kind filter,
/// and the buttons to add a link or a file, edit, delete and open one (a link in the browser, a
/// file with the system's viewer, from a copy in the cache folder). Every change is a step of the
/// program editor's undo stack (ResourceEditor).
class ResourcesWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit ResourcesWorkspace(QWidget* parent = nullptr);
    ~ResourcesWorkspace() override;

    /// Shows the program's library; null: none (the page is disabled).
    void setProgram(ProgramEditor* editor);

    QTableView* table() const { return m_table; }
    ResourceTableModel* model() const { return m_model; }
    /// "12 resources" for the status bar.
    QString countText() const;

    void addLink();
    void addFile();
    void editSelected();
    void deleteSelected();
    void openSelected();

Q_SIGNALS:
    void statusMessage(const QString& message);
    void countsChanged();

private:
    qint64 selectedId() const;
    /// The selected resource with its content, or nothing.
    std::optional<ResourceRecord> selectedResource() const;
    void select(qint64 id);
    void updateButtons();
    void report(bool done, const QString& error);

    QPointer<ProgramEditor> m_editor;
    ResourceTableModel* m_model = nullptr;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QTableView* m_table;
    QPushButton* m_addLink;
    QPushButton* m_addFile;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_open;
};

} // namespace mentordesk
