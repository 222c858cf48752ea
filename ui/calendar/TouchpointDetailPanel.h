// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QPushButton;

namespace mentordesk {

class AttachedResourcesLine;
class ProgramEditor;

/// The selected touchpoint: what and with whom, its time on the program's clock with the
/// mentor's and the mentee's local times beside, a note when one of their stored zones is not a
/// valid IANA name (their time is then shown on the program's clock), and the actions on it.
class TouchpointDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit TouchpointDetailPanel(QWidget* parent = nullptr);

    /// Shows row `row` of a TouchpointRangeModel, or nothing with -1.
    void showRow(const QAbstractItemModel* model, int row);
    qint64 touchpointId() const { return m_id; }
    /// The program whose resources the Resources line lists and attaches; null: none.
    void setEditor(ProgramEditor* editor);
    AttachedResourcesLine* resourcesLine() const { return m_resources; }

Q_SIGNALS:
    void editRequested(qint64 id);
    void statusRequested(qint64 id, const QString& status);
    void deleteRequested(qint64 id);
    /// A roundtable's attendance is to be recorded.
    void attendanceRequested(qint64 id);

private:
    QPushButton* addButton(const QString& text, const QString& objectName);

    qint64 m_id = 0;
    QLabel* m_title;
    QLabel* m_what;
    QLabel* m_when;
    QLabel* m_mentor;
    QLabel* m_mentee;
    QLabel* m_cohort;
    QLabel* m_notes;
    QLabel* m_fallback;
    QWidget* m_actions;
    QPushButton* m_attendance;
    AttachedResourcesLine* m_resources;
};

} // namespace mentordesk
