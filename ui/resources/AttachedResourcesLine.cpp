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
{
    setObjectName(QStringLiteral("attachedResources"));
    m_list->setObjectName(QStringLiteral("attachedResourceList"));
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);
    m_list->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_attach->setObjectName(QStringLiteral("attachResource"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Resources:"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_attach);
    connect(m_attach, &QPushButton::clicked, this, &AttachedResourcesLine::attachResource);
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
    refresh();
}

QString AttachedResourcesLine::text() const
{
    return m_list->text();
}

void AttachedResourcesLine::programChanged(const ChangeEvent& event)
{
    // A deleted touchpoint takes its attachments with it (the schema's cascade).
    if (event.affects(EntityKind::Resource) || event.affects(EntityKind::Touchpoint))
        refresh();
}

void AttachedResourcesLine::refresh()
{
    const bool shown = m_editor && m_touchpointId;
    m_attach->setEnabled(shown);
    QStringList links;
    if (shown) {
        for (const ResourceRecord& resource :
             ResourceRepository(m_editor->records()).attachedToTouchpoint(m_touchpointId))
            links << QStringLiteral("<a href=\"%1\">%2</a>").arg(resource.id).arg(resource.title.toHtmlEscaped());
    }
    m_list->setText(links.isEmpty() ? tr("none") : links.join(QStringLiteral(", ")));
}

void AttachedResourcesLine::attachResource()
{
    if (!m_editor || !m_touchpointId)
        return;
    ResourceRepository repository(m_editor->records());
    QVector<qint64> attached;
    for (const ResourceRecord& resource : repository.attachedToTouchpoint(m_touchpointId))
        attached << resource.id;
    QStringList titles;
    QVector<qint64> ids;
    for (const ResourceRecord& resource : repository.list()) {
        if (!attached.contains(resource.id)) {
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
    if (!resources.attachToTouchpoint(ids.at(titles.indexOf(title)), m_touchpointId))
        QMessageBox::warning(this, tr("Resource not attached"), resources.errorString());
}

} // namespace mentordesk
