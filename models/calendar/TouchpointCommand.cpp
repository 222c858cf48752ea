// SPDX-License-Identifier: GPL-3.0-or-later
#include "TouchpointCommand.h"

#include "editing/ProgramEditor.h"
#include "TouchpointRepository.h"

#include <algorithm>

namespace mentordesk {

namespace {

/// The event for one kind of row: added, removed or edited ids; a mix of these is announced as
/// an edit of unknown rows, which listeners answer by reading that kind again.
template <typename Record, typename Key>
ChangeEvent eventFor(EntityKind kind, const QVector<Record>& from, const QVector<Record>& to, Key key)
{
    QVector<qint64> added, removed, edited;
    for (const Record& row : to) {
        auto before = std::find_if(from.begin(), from.end(), [&](const Record& r) { return key(r) == key(row); });
        if (before == from.end())
            added << key(row);
        else if (!(*before == row))
            edited << key(row);
    }
    for (const Record& row : from) {
        if (std::none_of(to.begin(), to.end(), [&](const Record& r) { return key(r) == key(row); }))
            removed << key(row);
    }
    ChangeEvent event;
    event.entities = kind;
    const int kinds = int(!added.isEmpty()) + int(!removed.isEmpty()) + int(!edited.isEmpty());
    if (kinds == 0)
        return {};
    if (kinds > 1) {
        event.type = ChangeEvent::Type::FieldsEdited;
    } else if (!added.isEmpty()) {
        event.type = ChangeEvent::Type::RecordsAdded;
        event.ids = added;
    } else if (!removed.isEmpty()) {
        event.type = ChangeEvent::Type::RecordsRemoved;
        event.ids = removed;
    } else {
        event.type = ChangeEvent::Type::FieldsEdited;
        event.ids = edited;
    }
    return event;
}

} // namespace

TouchpointCommand::TouchpointCommand(ProgramEditor* editor, const QString& text, CalendarRows before,
                                     CalendarRows after)
    : m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

QVector<ChangeEvent> TouchpointCommand::changeEvents(const CalendarRows& from, const CalendarRows& to)
{
    QVector<ChangeEvent> events;
    const auto byId = [](const auto& row) { return row.id; };
    const ChangeEvent touchpoints = eventFor(EntityKind::Touchpoint, from.touchpoints, to.touchpoints, byId);
    if (touchpoints.entities)
        events << touchpoints;
    ChangeEvent series = eventFor(EntityKind::TouchpointSeries, from.series, to.series, byId);
    // An exception belongs to its series: a change of one is an edit of the series.
    const ChangeEvent exceptions = eventFor(EntityKind::TouchpointSeries, from.exceptions, to.exceptions,
                                            [](const SeriesException& e) { return e.seriesId; });
    if (!series.entities && exceptions.entities)
        series = ChangeEvent::fieldsEdited(EntityKind::TouchpointSeries, {}, {QStringLiteral("exception")});
    if (series.entities)
        events << series;
    // The resources a deleted touchpoint takes along or its undo brings back, as the resource
    // library announces an attachment (resources/ResourceCommand).
    QVector<qint64> attached;
    for (const TouchpointAttachment& a : from.attachments + to.attachments) {
        if (from.attachments.contains(a) != to.attachments.contains(a) && !attached.contains(a.resourceId))
            attached << a.resourceId;
    }
    if (!attached.isEmpty())
        events << ChangeEvent::fieldsEdited(EntityKind::Resource, attached, {QStringLiteral("attachment")});
    return events;
}

QString TouchpointCommand::commit(ProgramEditor& editor, std::unique_ptr<TouchpointCommand> command)
{
    // The attachments of the touchpoints this step deletes, so that its undo restores them.
    command->m_before =
        TouchpointRepository(editor.records()).withAttachmentsOfRemoved(command->m_before, command->m_after);
    QString error;
    if (!command->apply(command->m_before, command->m_after, &error))
        return error;
    editor.undoStack()->push(command.release());
    return {};
}

bool TouchpointCommand::apply(const CalendarRows& from, const CalendarRows& to, QString* error)
{
    TouchpointRepository repository(m_editor->records());
    if (!repository.write(from, to)) {
        *error = repository.errorString();
        return false;
    }
    for (const ChangeEvent& event : changeEvents(from, to))
        m_editor->changes()->publish(event);
    return true;
}

void TouchpointCommand::applyOrDrop(const CalendarRows& from, const CalendarRows& to)
{
    QString error;
    if (!apply(from, to, &error)) {
        setObsolete(true);
        Q_EMIT m_editor->errorOccurred(error);
    }
}

void TouchpointCommand::undo()
{
    applyOrDrop(m_after, m_before);
}

void TouchpointCommand::redo()
{
    // The first redo is the push after commit() has written the step already.
    if (m_done) {
        m_done = false;
        return;
    }
    applyOrDrop(m_before, m_after);
}

} // namespace mentordesk
