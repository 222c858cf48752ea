// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChecklistRecords.h"

#include <QUndoCommand>

#include <memory>

namespace mentordesk {

class ProgramEditor;
struct ChangeEvent;

/// Every checklist, template and feedback edit as one undoable step: the rows it touches before
/// and after (an add: none → the new row; a delete: the row → none). Each direction is written
/// only while the rows are still as the other direction left them (ChecklistRepository::write),
/// so an undo never overwrites what was done meanwhile; it is reported on the editor's
/// errorOccurred and the command dropped instead.
class ChecklistCommand : public QUndoCommand {
public:
    ChecklistCommand(ProgramEditor* editor, const QString& text, ChecklistRows before, ChecklistRows after);

    /// Writes the step, then pushes the command on the editor's undo stack. Returns an empty
    /// string, or the sentence saying why nothing was written.
    static QString commit(ProgramEditor& editor, std::unique_ptr<ChecklistCommand> command);

    void undo() override;
    void redo() override;

    const ChecklistRows& after() const { return m_after; }

    /// What writing `to` over `from` changed, for the change feed: one event per kind of row. (A
    /// mentor's average rating is a computed column, which the Mentors workspace reads again on
    /// any change of another kind.)
    static QVector<ChangeEvent> changeEvents(const ChecklistRows& from, const ChecklistRows& to);

private:
    bool apply(const ChecklistRows& from, ChecklistRows* to, QString* error);
    void applyOrDrop(const ChecklistRows& from, ChecklistRows* to);

    ProgramEditor* m_editor;
    ChecklistRows m_before;
    ChecklistRows m_after;
    bool m_done = true;
};

} // namespace mentordesk
