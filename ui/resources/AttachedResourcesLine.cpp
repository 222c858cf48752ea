// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachedResourcesLine.h"

#include "editing/ProgramEditor.h"
#include "ResourceOpener.h"
#include "resources/ResourceEditor.h"
#include "resources/ResourceRepository.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace mentordesk {

AttachedResourcesLine::AttachedResourcesLine(QWidget* parent)
    : QWidget(parent)
    , m_list(new QLabel(this))
    , m_attach(new QPushButton(tr("Attach &Resource…"), this))
    , m_detach(new QPushButton(tr("&Detach Resource…"), this))
{
    setObjectName(QStringLiteral("attachedResources"));
    m_list->setObjectName(QStringLiteral("attachedResourceList"));
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);
    m_list->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_attach->setObjectName(QStringLiteral("attachResource"));
    m_detach->setObjectName(QStringLiteral("detachResource"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Resources:"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_attach);
    layout->addWidget(m_detach);
    connect(m_attach, &QPushButton::clicked, this, &AttachedResourcesLine::attachResource);
    connect(m_detach, &QPushButton::clicked, this, &AttachedResourcesLine::detachResource);
    connect(m_list, &QLabel::linkActivated, this, [this](const QString& link) {
        if (!m_editor)
            return;
        const QString problem = ResourceOpener::open(*m_editor, link.toLongLong());
        if (!problem.isEmpty())
            QMessageBox::warning(this, tr("Resource not opened"), problem);
    });
    refresh();
}

void AttachedResourcesLine::setEditor(ProgramEditor* editor)
{
    disconnect(m_changes);
    m_editor = editor;
    if (editor)
        m_changes = connect(editor->changes(), &ChangeFeed::changed, this, &AttachedResourcesLine::programChanged);
    refresh();
}

void AttachedResourcesLine::setTouchpointId(qint64 id)
{
    m_touchpointId = id;
    m_templateItemId = 0;
    refresh();
}

void AttachedResourcesLine::setTemplateItemId(qint64 id)
{
    m_templateItemId = id;
    m_touchpointId = 0;
    refresh();
}

void AttachedResourcesLine::setReadOnly(bool readOnly)
{
    m_attach->setVisible(!readOnly);
    m_detach->setVisible(!readOnly);
}

QString AttachedResourcesLine::text() const
{
    return m_list->text();
}

void AttachedResourcesLine::programChanged(const ChangeEvent& event)
{
    // A deleted touchpoint or template item takes its attachments with it (the schema's cascade).
    if (event.affects(EntityKind::Resource) || event.affects(EntityKind::Touchpoint) ||
        event.affects(EntityKind::ChecklistTemplateItem))
        refresh();
}

QVector<ResourceRecord> AttachedResourcesLine::attached() const
{
    if (!m_editor)
        return {};
    const ResourceRepository repository(m_editor->records());
    if (m_touchpointId)
        return repository.attachedToTouchpoint(m_touchpointId);
    if (m_templateItemId)
        return repository.attachedToTemplateItem(m_templateItemId);
    return {};
}

ResourceAttachment AttachedResourcesLine::attachmentOf(qint64 resourceId) const
{
    return ResourceAttachment{resourceId, m_touchpointId, m_templateItemId};
}

void AttachedResourcesLine::refresh()
{
    const bool shown = m_editor && (m_touchpointId || m_templateItemId);
    const QVector<ResourceRecord> resources = attached();
    m_attach->setEnabled(shown);
    m_detach->setEnabled(shown && !resources.isEmpty());
    QStringList links;
    for (const ResourceRecord& resource : resources)
        links << QStringLiteral("<a href=\"%1\">%2</a>").arg(resource.id).arg(resource.title.toHtmlEscaped());
    m_list->setText(links.isEmpty() ? tr("none") : links.join(QStringLiteral(", ")));
}

void AttachedResourcesLine::attachResource()
{
    if (!m_editor || !(m_touchpointId || m_templateItemId))
        return;
    QVector<qint64> attachedIds;
    for (const ResourceRecord& resource : attached())
        attachedIds << resource.id;
    QStringList titles;
    QVector<qint64> ids;
    for (const ResourceRecord& resource : ResourceRepository(m_editor->records()).list()) {
        if (!attachedIds.contains(resource.id)) {
            titles << resource.title;
            ids << resource.id;
        }
    }
    if (titles.isEmpty()) {
        QMessageBox::information(this, tr("Attach Resource"),
                                 tr("Every resource of the library is attached already, or the library is empty; "
                                    "add resources on the Resources page."));
        return;
    }
    bool chosen = false;
    const QString title =
        QInputDialog::getItem(this, tr("Attach Resource"), tr("Resource:"), titles, 0, false, &chosen);
    if (!chosen)
        return;
    ResourceEditor resources(*m_editor);
    const qint64 resourceId = ids.at(titles.indexOf(title));
    const bool written = m_touchpointId ? resources.attachToTouchpoint(resourceId, m_touchpointId)
                                        : resources.attachToTemplateItem(resourceId, m_templateItemId);
    if (!written)
        QMessageBox::warning(this, tr("Resource not attached"), resources.errorString());
}

void AttachedResourcesLine::detachResource()
{
    const QVector<ResourceRecord> resources = attached();
    if (!m_editor || resources.isEmpty())
        return;
    QStringList titles;
    for (const ResourceRecord& resource : resources)
        titles << resource.title;
    int chosen = 0;
    if (resources.size() > 1) {
        bool accepted = false;
        const QString title =
            QInputDialog::getItem(this, tr("Detach Resource"), tr("Resource:"), titles, 0, false, &accepted);
        if (!accepted)
            return;
        chosen = int(titles.indexOf(title));
    }
    // Detaching only unlinks: the resource stays in the library, and Edit ▸ Undo attaches it again.
    ResourceEditor editor(*m_editor);
    if (!editor.detach(attachmentOf(resources.at(chosen).id)))
        QMessageBox::warning(this, tr("Resource not detached"), editor.errorString());
}

} // namespace mentordesk
