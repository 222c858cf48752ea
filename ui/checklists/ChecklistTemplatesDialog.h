// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace mentordesk {

class AttachedResourcesLine;
class ChecklistEditor;
class ProgramEditor;
struct ChangeEvent;

/// Program ▸ Checklist Templates…: the 30/60/90-day plans new pairings get their checklists
/// from. Templates are added (empty or as a copy), renamed, deleted (not the default one) and
/// chosen for new pairings; their items are added, renamed, moved within their group or to
/// another day offset, removed, and given resources of the library. Each is written at once as
/// its own undoable step; pairings that have started keep the checklists they got. Delete and
/// F2 work on the template list and on the items.
class ChecklistTemplatesDialog : public QDialog {
    Q_OBJECT
public:
    ChecklistTemplatesDialog(ProgramEditor* editor, QWidget* parent = nullptr);

    QComboBox* templateBox() const { return m_templates; }
    QTreeWidget* itemTree() const { return m_items; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* offsetBox() const { return m_offset; }
    AttachedResourcesLine* resourcesLine() const { return m_resources; }
    /// "New pairings get this template." or the name of the one they get.
    QLabel* defaultLabel() const { return m_defaultNote; }
    /// The template shown.
    qint64 templateId() const;
    /// Selects the item with `itemId` in the tree.
    void selectItem(qint64 itemId);

public Q_SLOTS:
    /// Asks for a name and adds an empty template, or a copy of the one shown.
    void addTemplate();
    void copyTemplate();
    /// Asks first, saying what happens to the pairings' checklists; refused for the default one.
    void deleteTemplate();
    void useForNewPairings();
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
    QLayout* templateButtons();
    void connectButtons();
    void addShortcuts();
    void addTemplateNamed(const QString& title, const QString& proposal, qint64 copyOf);
    void updateTemplateButtons();
    /// Lists the templates again, keeping the one shown, and reads its items.
    void fillTemplates();
    /// Reads the items of the template shown.
    void reload();
    void programChanged(const ChangeEvent& event);
    qint64 selectedItemId() const;
    bool shownIsDefault() const;
    int selectedOffset() const;
    void updateButtons();
    /// Shows the editor's refusal when the edit was not written; returns `written`.
    bool report(bool written, const ChecklistEditor& editor);

    ProgramEditor* m_editor;
    QComboBox* m_templates;
    QLineEdit* m_name;
    QPushButton* m_renameTemplate;
    QPushButton* m_newTemplate;
    QPushButton* m_copyTemplate;
    QPushButton* m_deleteTemplate;
    QPushButton* m_makeDefault;
    QLabel* m_defaultNote;
    QTreeWidget* m_items;
    QComboBox* m_offset;
    QPushButton* m_add;
    QPushButton* m_renameItem;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_remove;
    AttachedResourcesLine* m_resources;
};

} // namespace mentordesk
