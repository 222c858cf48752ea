// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResourceRecords.h"

#include <QUndoCommand>

#include <memory>

namespace mentordesk {

class ProgramEditor;
struct ChangeEvent;

/// Every resource library edit as one undoable step: the rows it touches before and after (an
/// add: none → the new resource; a delete: the resource with its content and attachments →
/// none). Each direction is written only while the rows are still as the other direction left
/// them (ResourceRepository::write); otherwise it is reported on the editor's errorOccurred and
/// the command dropped.
class ResourceCommand : public QUndoCommand {
public:
    ResourceCommand(ProgramEditor* editor, const QString& text, ResourceRows before, ResourceRows after);

    /// Writes the step, then pushes the command on the editor's undo stack. Returns an empty
    /// string, or the sentence saying why nothing was written.
    static QString commit(ProgramEditor& editor, std::unique_ptr<ResourceCommand> command);

    void undo() override;
    void redo() override;

    /// What writing `to` over `from` changed, for the change feed.
    static QVector<ChangeEvent> changeEvents(const ResourceRows& from, const ResourceRows& to);

private:
    bool apply(const ResourceRows& from, const ResourceRows& to, QString* error);
    void applyOrDrop(const ResourceRows& from, const ResourceRows& to);

    ProgramEditor* m_editor;
    ResourceRows m_before;
    ResourceRows m_after;
    bool m_done = true;
};

} // namespace mentordesk
