// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistCommand.h"

#include "ChecklistRepository.h"
#include "editing/ProgramEditor.h"

#include <algorithm>

namespace mentordesk {

namespace {

constexpr EntityKind kKinds[] = {EntityKind::ChecklistTemplate, EntityKind::ChecklistTemplateItem,
                                 EntityKind::ChecklistItem, EntityKind::Feedback};

/// The event for one kind of row: added, removed or edited ids; a mix is announced as an edit of
/// unknown rows, which listeners answer by reading that kind again.
ChangeEvent eventFor(EntityKind kind, const ChecklistRows& from, const ChecklistRows& to)
{
    QVector<qint64> added, removed, edited;
    const auto has = [kind](const ChecklistRows& rows, const ChecklistRow& row) {
        return std::any_of(rows.begin(), rows.end(),
                           [&](const ChecklistRow& r) { return r.kind == kind && r.isSameRow(row); });
    };
    for (const ChecklistRow& row : to) {
        if (row.kind == kind)
            (has(from, row) ? edited : added) << row.id;
    }
    for (const ChecklistRow& row : from) {
        if (row.kind == kind && !has(to, row))
            removed << row.id;
    }
    const int types = int(!added.isEmpty()) + int(!removed.isEmpty()) + int(!edited.isEmpty());
    if (types == 0)
        return {};
    if (types > 1)
        return ChangeEvent::fieldsEdited(kind, {}, {});
    if (!added.isEmpty()) {
        ChangeEvent event = ChangeEvent::recordAdded(kind, added.first());
        event.ids = added;
        return event;
    }
    if (!removed.isEmpty()) {
        ChangeEvent event = ChangeEvent::recordRemoved(kind, removed.first());
        event.ids = removed;
        return event;
    }
    return ChangeEvent::fieldsEdited(kind, edited, {});
}

} // namespace

ChecklistCommand::ChecklistCommand(ProgramEditor* editor, const QString& text, ChecklistRows before,
                                   ChecklistRows after)
    : m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

QVector<ChangeEvent> ChecklistCommand::changeEvents(const ChecklistRows& from, const ChecklistRows& to)
{
    QVector<ChangeEvent> events;
    for (EntityKind kind : kKinds) {
        const ChangeEvent event = eventFor(kind, from, to);
        if (event.entities)
            events << event;
    }
    // Template items' attachments are announced as the resource library announces them: an edit
    // of the resources' "attachment" (a deleted or copied template's items take or bring them).
    QVector<qint64> attached;
    for (const ChecklistRow& row : from + to) {
        const qint64 resourceId = row.value(QStringLiteral("resource_id")).toLongLong();
        if (row.kind == EntityKind::Resource && !attached.contains(resourceId))
            attached << resourceId;
    }
    if (!attached.isEmpty())
        events << ChangeEvent::fieldsEdited(EntityKind::Resource, attached, {QStringLiteral("attachment")});
    return events;
}

QString ChecklistCommand::commit(ProgramEditor& editor, std::unique_ptr<ChecklistCommand> command)
{
    QString error;
    if (!command->apply(command->m_before, &command->m_after, &error))
        return error;
    editor.undoStack()->push(command.release());
    return {};
}

bool ChecklistCommand::apply(const ChecklistRows& from, ChecklistRows* to, QString* error)
{
    ChecklistRepository repository(m_editor->records());
    if (!repository.write(from, to)) {
        *error = repository.errorString();
        return false;
    }
    for (const ChangeEvent& event : changeEvents(from, *to))
        m_editor->changes()->publish(event);
    return true;
}

void ChecklistCommand::applyOrDrop(const ChecklistRows& from, ChecklistRows* to)
{
    QString error;
    if (!apply(from, to, &error)) {
        setObsolete(true);
        Q_EMIT m_editor->errorOccurred(error);
    }
}

void ChecklistCommand::undo()
{
    applyOrDrop(m_after, &m_before);
}

void ChecklistCommand::redo()
{
    // The first redo is the push after commit() has written the step already.
    if (m_done) {
        m_done = false;
        return;
    }
    applyOrDrop(m_before, &m_after);
}

} // namespace mentordesk
