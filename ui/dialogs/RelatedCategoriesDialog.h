// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace mentordesk {

class ProgramEditor;

/// Program ▸ Related Categories…: the pairs of categories matching treats as nearly the same.
/// Each Add and Remove is written at once as its own undoable step.
class RelatedCategoriesDialog : public QDialog {
    Q_OBJECT
public:
    RelatedCategoriesDialog(ProgramEditor* editor, QWidget* parent = nullptr);

    QListWidget* pairList() const { return m_pairs; }
    QComboBox* firstBox() const { return m_first; }
    QComboBox* secondBox() const { return m_second; }

public Q_SLOTS:
    void addPair();
    void removeSelectedPair();

private:
    void reload();

    ProgramEditor* m_editor;
    QListWidget* m_pairs;
    QComboBox* m_first;
    QComboBox* m_second;
    QPushButton* m_remove;
    QLabel* m_count;
};

} // namespace mentordesk
