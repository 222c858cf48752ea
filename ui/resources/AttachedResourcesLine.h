// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resources/ResourceRecords.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace mentordesk {

class ProgramEditor;
struct ChangeEvent;

/// "Resources: Photo guide, Pricing benchmarks" under a touchpoint or a checklist template item,
/// each title a link that opens the resource, with Attach Resource… and Detach Resource… beside
/// (each an undoable step, ResourceEditor) unless it only shows them (a pairing's checklist
/// item shows its template item's resources). Reads the attachments again when a resource
/// changes on the program's change feed.
class AttachedResourcesLine : public QWidget {
    Q_OBJECT
public:
    explicit AttachedResourcesLine(QWidget* parent = nullptr);

    void setEditor(ProgramEditor* editor);
    /// The touchpoint whose resources are shown; 0: none.
    void setTouchpointId(qint64 id);
    /// The checklist template item whose resources are shown instead; 0: none.
    void setTemplateItemId(qint64 id);
    /// Without the buttons: the resources are only shown and opened.
    void setReadOnly(bool readOnly);
    /// The titles shown, as the label's rich text (for tests and the screen reader).
    QString text() const;

    /// Asks which library resource to attach (all but those attached already) and attaches it.
    void attachResource();
    /// Detaches the one resource attached, or asks which of those attached.
    void detachResource();

private:
    void refresh();
    QVector<ResourceRecord> attached() const;
    ResourceAttachment attachmentOf(qint64 resourceId) const;
    void programChanged(const ChangeEvent& event);

    QPointer<ProgramEditor> m_editor;
    QMetaObject::Connection m_changes;
    qint64 m_touchpointId = 0;
    qint64 m_templateItemId = 0;
    QLabel* m_list;
    QPushButton* m_attach;
    QPushButton* m_detach;
};

} // namespace mentordesk
