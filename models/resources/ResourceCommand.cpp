// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceCommand.h"

#include "editing/ProgramEditor.h"
#include "ResourceRepository.h"

#include <algorithm>

namespace mentordesk {

ResourceCommand::ResourceCommand(ProgramEditor* editor, const QString& text, ResourceRows before, ResourceRows after)
    : m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

QVector<ChangeEvent> ResourceCommand::changeEvents(const ResourceRows& from, const ResourceRows& to)
{
    QVector<ChangeEvent> events;
    const auto has = [](const QVector<ResourceRecord>& rows, qint64 id) {
        return std::any_of(rows.begin(), rows.end(), [id](const ResourceRecord& r) { return r.id == id; });
    };
    for (const ResourceRecord& row : to.resources) {
        if (!has(from.resources, row.id))
            events << ChangeEvent::recordAdded(EntityKind::Resource, row.id);
        else if (!from.resources.contains(row))
            events << ChangeEvent::fieldsEdited(EntityKind::Resource, {row.id}, {});
    }
    for (const ResourceRecord& row : from.resources) {
        if (!has(to.resources, row.id))
            events << ChangeEvent::recordRemoved(EntityKind::Resource, row.id);
    }
    // An attachment is a field of its resource: the touchpoint's and the item's panels listen
    // for edits of resources.
    QVector<qint64> attached;
    for (const ResourceAttachment& a : from.attachments + to.attachments) {
        if (from.attachments.contains(a) != to.attachments.contains(a) && !attached.contains(a.resourceId) &&
            has(from.resources, a.resourceId) == has(to.resources, a.resourceId))
            attached << a.resourceId;
    }
    if (!attached.isEmpty())
        events << ChangeEvent::fieldsEdited(EntityKind::Resource, attached, {QStringLiteral("attachment")});
    return events;
}

QString ResourceCommand::commit(ProgramEditor& editor, std::unique_ptr<ResourceCommand> command)
{
    QString error;
    if (!command->apply(command->m_before, command->m_after, &error))
        return error;
    editor.undoStack()->push(command.release());
    return {};
}

bool ResourceCommand::apply(const ResourceRows& from, const ResourceRows& to, QString* error)
{
    ResourceRepository repository(m_editor->records());
    if (!repository.write(from, to)) {
        *error = repository.errorString();
        return false;
    }
    for (const ChangeEvent& event : changeEvents(from, to))
        m_editor->changes()->publish(event);
    return true;
}

void ResourceCommand::applyOrDrop(const ResourceRows& from, const ResourceRows& to)
{
    QString error;
    if (!apply(from, to, &error)) {
        setObsolete(true);
        Q_EMIT m_editor->errorOccurred(error);
    }
}

void ResourceCommand::undo()
{
    applyOrDrop(m_after, m_before);
}

void ResourceCommand::redo()
{
    // The first redo is the push after commit() has written the step already.
    if (m_done) {
        m_done = false;
        return;
    }
    applyOrDrop(m_before, m_after);
}

} // namespace mentordesk
