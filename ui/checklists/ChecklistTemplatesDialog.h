// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace mentordesk {

class ProgramEditor;
struct ChangeEvent;

/// Program ▸ Checklist Templates…: the 30/60/90-day plans new pairings get their checklists
/// from. The template's name and its items (add, rename, move within their group, move to
/// another day offset, remove) are edited here, each written at once as its own undoable step;
/// pairings that have started keep the checklists they got.
class ChecklistTemplatesDialog : public QDialog {
    Q_OBJECT
public:
    ChecklistTemplatesDialog(ProgramEditor* editor, QWidget* parent = nullptr);

    QComboBox* templateBox() const { return m_templates; }
    QTreeWidget* itemTree() const { return m_items; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* offsetBox() const { return m_offset; }
    /// The template shown.
    qint64 templateId() const;
    /// Selects the item with `itemId` in the tree.
    void selectItem(qint64 itemId);

public Q_SLOTS:
    void renameTemplate();
    /// Asks for the title of a new item due after the selected group's (or item's) days.
    void addItem();
    void renameSelectedItem();
    void moveSelectedItemUp();
    void moveSelectedItemDown();
    void removeSelectedItem();
    void changeSelectedItemOffset();

private:
    void layOut();
    void connectButtons();
    /// Lists the templates again, keeping the one shown, and reads its items.
    void fillTemplates();
    /// Reads the items of the template shown.
    void reload();
    void programChanged(const ChangeEvent& event);
    qint64 selectedItemId() const;
    int selectedOffset() const;
    void updateButtons();
    /// Shows `refusal` when the edit was not written; returns `written`.
    bool report(bool written, const QString& refusal);

    ProgramEditor* m_editor;
    QComboBox* m_templates;
    QLineEdit* m_name;
    QPushButton* m_renameTemplate;
    QTreeWidget* m_items;
    QComboBox* m_offset;
    QPushButton* m_add;
    QPushButton* m_renameItem;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_remove;
};

} // namespace mentordesk
