// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace mentordesk {

class AttachedResourcesLine;
class ChecklistItemModel;
class FeedbackModel;
class ProgramEditor;

/// The selected pairing's 30/60/90-day checklist and its feedback, below the Pairings tab's table.
/// The checklist is grouped by day offset; a checkbox per item ticks it off today (Space on the
/// current item does the same), late items are drawn in the warning colour and say so in their
/// tooltip. The feedback lists both directions with their averages and the mentor's, and is
/// recorded, edited and deleted here. Every change is an undoable step (Edit ▸ Undo). Under the
/// checklist, the current item's resources (those attached to the template item it was made
/// from) open with a click, so a mentor hands them out without looking for them.
class PairingChecklistPanel : public QWidget {
    Q_OBJECT
public:
    explicit PairingChecklistPanel(QWidget* parent = nullptr);

    void setEditor(ProgramEditor* editor);
    /// Shows pairing `pairingId` (0: none), named `pairingName` in dialogs.
    void setPairing(qint64 pairingId, const QString& pairingName);

    /// The colour late items are drawn in: a red that keeps its contrast on `palette`'s base.
    static QColor warningColor(const QPalette& palette);

    ChecklistItemModel* checklistModel() const { return m_checklistModel; }
    FeedbackModel* feedbackModel() const { return m_feedbackModel; }
    QTreeView* checklistView() const { return m_checklistView; }
    QTableView* feedbackView() const { return m_feedbackView; }
    AttachedResourcesLine* resourcesLine() const { return m_resources; }

public Q_SLOTS:
    void recordFeedback();
    void editSelectedFeedback();
    void deleteSelectedFeedback();

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    /// Space on any column of the current item ticks it (the checkbox sits in the first column).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* makeChecklistSection();
    QWidget* makeFeedbackSection();
    void updateSummaries();
    void rememberCurrentItem();
    void restoreCurrentItem();
    /// Shows the resources of the current item's template item (none when it has no link).
    void showCurrentItemResources();

    ProgramEditor* m_editor = nullptr;
    qint64 m_pairingId = 0;
    QString m_pairingName;
    qint64 m_currentItemId = 0;
    ChecklistItemModel* m_checklistModel;
    FeedbackModel* m_feedbackModel;
    QTreeView* m_checklistView = nullptr;
    QLabel* m_checklistSummary = nullptr;
    AttachedResourcesLine* m_resources = nullptr;
    QTableView* m_feedbackView = nullptr;
    QLabel* m_feedbackSummary = nullptr;
    QPushButton* m_recordButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
};

} // namespace mentordesk
