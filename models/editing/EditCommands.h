// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TableSpec.h"
#include "storage/CohortMembershipRepository.h"
#include "storage/RecordGraph.h"

#include <QUndoCommand>
#include <QVariantMap>

namespace mentordesk {

class ProgramEditor;

/// Commands are pushed after their first redo already succeeded in the database, so a
/// failing write never enters the undo history; later redo/undo failures are reported.
class SetFieldCommand : public QUndoCommand {
public:
    SetFieldCommand(ProgramEditor* editor, const TableSpec& spec, qint64 id, const QString& key,
                    const QVariant& oldValue, const QVariant& newValue);
    void undo() override;
    void redo() override;

private:
    void apply(const QVariant& value);

    ProgramEditor* m_editor;
    const TableSpec& m_spec;
    qint64 m_recordId;
    QString m_key;
    QVariant m_oldValue;
    QVariant m_newValue;
    bool m_done = true;
};

/// Shared by adding and deleting, which are each other's undo: the record with its dependents
/// is taken away (captured in a RecordGraph) or put back.
class RecordPresenceCommand : public QUndoCommand {
protected:
    RecordPresenceCommand(ProgramEditor* editor, const TableSpec& spec, qint64 id, RecordGraph graph);
    /// True the first time: the change was already made before the command was pushed.
    bool skipFirstRedo();
    void removeRecord();
    void restoreRecord();

private:
    ProgramEditor* m_editor;
    const TableSpec& m_spec;
    qint64 m_recordId;
    RecordGraph m_graph;
    bool m_done = true;
};

class AddRecordCommand : public RecordPresenceCommand {
public:
    AddRecordCommand(ProgramEditor* editor, const TableSpec& spec, qint64 id);
    void undo() override;
    void redo() override;
};

class DeleteRecordCommand : public RecordPresenceCommand {
public:
    DeleteRecordCommand(ProgramEditor* editor, const TableSpec& spec, qint64 id, RecordGraph graph,
                        const QString& name);
    void undo() override;
    void redo() override;
};

class SetCohortCommand : public QUndoCommand {
public:
    SetCohortCommand(ProgramEditor* editor, qint64 sellerId, const CohortMembership& oldMembership,
                     const CohortMembership& newMembership);
    void undo() override;
    void redo() override;

private:
    void apply(const CohortMembership& membership);

    ProgramEditor* m_editor;
    qint64 m_sellerId;
    CohortMembership m_old;
    CohortMembership m_new;
    bool m_done = true;
};

} // namespace mentordesk
