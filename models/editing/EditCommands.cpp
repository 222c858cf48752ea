// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommands.h"

#include "ProgramEditor.h"

#include <QCoreApplication>

namespace mentordesk {

SetFieldCommand::SetFieldCommand(ProgramEditor* editor, const TableSpec& spec, qint64 id, const QString& key,
                                 const QVariant& oldValue, const QVariant& newValue)
    : m_editor(editor)
    , m_spec(spec)
    , m_recordId(id)
    , m_key(key)
    , m_oldValue(oldValue)
    , m_newValue(newValue)
{
    setText(QCoreApplication::translate("EditCommands", "Edit %1").arg(spec.field(key)->translatedTitle()));
}

void SetFieldCommand::apply(const QVariant& value)
{
    if (!m_editor->m_records.updateField(m_spec, m_recordId, m_key, value)) {
        setObsolete(true);
        Q_EMIT m_editor->errorOccurred(m_editor->m_records.errorString());
        return;
    }
    m_editor->m_changes.publish(ChangeEvent::fieldsEdited(m_spec.entity, {m_recordId}, {m_key}));
}

void SetFieldCommand::undo()
{
    apply(m_oldValue);
}

void SetFieldCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    apply(m_newValue);
}

RecordPresenceCommand::RecordPresenceCommand(ProgramEditor* editor, const TableSpec& spec, qint64 id, RecordGraph graph)
    : m_editor(editor)
    , m_spec(spec)
    , m_recordId(id)
    , m_graph(std::move(graph))
{
}

bool RecordPresenceCommand::skipFirstRedo()
{
    const bool skip = m_done;
    m_done = false;
    return skip;
}

void RecordPresenceCommand::removeRecord()
{
    // Taking a record away follows the delete rule whether it is a delete or an undone add:
    // a mentor who is coaching someone stays.
    const DeletePlan plan = RecordGraph::plan(m_editor->m_records, m_spec, m_recordId);
    if (plan.isBlocked()) {
        setObsolete(true);
        Q_EMIT m_editor->errorOccurred(plan.blockedReason);
        return;
    }
    if (!m_graph.remove(m_editor->m_records, m_spec, m_recordId)) {
        setObsolete(true);
        Q_EMIT m_editor->errorOccurred(m_graph.errorString());
        return;
    }
    m_editor->m_changes.publish(ChangeEvent::recordRemoved(m_spec.entity, m_recordId));
}

void RecordPresenceCommand::restoreRecord()
{
    if (!m_graph.restore(m_editor->m_records, m_spec)) {
        setObsolete(true);
        Q_EMIT m_editor->errorOccurred(m_graph.errorString());
        return;
    }
    m_editor->m_changes.publish(ChangeEvent::recordAdded(m_spec.entity, m_recordId));
}

AddRecordCommand::AddRecordCommand(ProgramEditor* editor, const TableSpec& spec, qint64 id)
    : RecordPresenceCommand(editor, spec, id, RecordGraph())
{
    setText(QCoreApplication::translate("EditCommands", "Add record"));
}

void AddRecordCommand::undo()
{
    removeRecord();
}

void AddRecordCommand::redo()
{
    if (!skipFirstRedo())
        restoreRecord();
}

DeleteRecordCommand::DeleteRecordCommand(ProgramEditor* editor, const TableSpec& spec, qint64 id, RecordGraph graph,
                                         const QString& name)
    : RecordPresenceCommand(editor, spec, id, std::move(graph))
{
    setText(QCoreApplication::translate("EditCommands", "Delete “%1”").arg(name));
}

void DeleteRecordCommand::undo()
{
    restoreRecord();
}

void DeleteRecordCommand::redo()
{
    if (!skipFirstRedo())
        removeRecord();
}

SetCohortCommand::SetCohortCommand(ProgramEditor* editor, qint64 sellerId, const CohortMembership& oldMembership,
                                   const CohortMembership& newMembership)
    : m_editor(editor)
    , m_sellerId(sellerId)
    , m_old(oldMembership)
    , m_new(newMembership)
{
    setText(QCoreApplication::translate("EditCommands", "Change cohort"));
}

void SetCohortCommand::apply(const CohortMembership& membership)
{
    CohortMembershipRepository memberships(m_editor->m_records);
    if (!memberships.setMembership(m_sellerId, membership)) {
        setObsolete(true);
        Q_EMIT m_editor->errorOccurred(memberships.errorString());
        return;
    }
    m_editor->publishCohortChange(m_sellerId);
}

void SetCohortCommand::undo()
{
    apply(m_old);
}

void SetCohortCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    apply(m_new);
}

} // namespace mentordesk
