// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace mentordesk {

class ProgramEditor;
struct ChangeEvent;

/// "Resources: Photo guide, Pricing benchmarks" under a touchpoint, each title a link that opens
/// the resource, with Attach Resource… beside (an undoable step, ResourceEditor). Reads the
/// attachments again when a resource changes on the program's change feed.
class AttachedResourcesLine : public QWidget {
    Q_OBJECT
public:
    explicit AttachedResourcesLine(QWidget* parent = nullptr);

    void setEditor(ProgramEditor* editor);
    /// The touchpoint whose resources are shown; 0: none.
    void setTouchpointId(qint64 id);
    /// The titles shown, as the label's rich text (for tests and the screen reader).
    QString text() const;

    /// Asks which library resource to attach (all but those attached already) and attaches it.
    void attachResource();

private:
    void refresh();
    void programChanged(const ChangeEvent& event);

    QPointer<ProgramEditor> m_editor;
    QMetaObject::Connection m_changes;
    qint64 m_touchpointId = 0;
    QLabel* m_list;
    QPushButton* m_attach;
};

} // namespace mentordesk
