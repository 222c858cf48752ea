// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TouchpointRecord.h"

#include <QUndoCommand>

#include <memory>

namespace mentordesk {

class ProgramEditor;
struct ChangeEvent;

/// Every calendar edit as one undoable step: the rows it touches before and after (create: none
/// → the new rows; delete: the rows → none; a reschedule, a status, a series and its
/// occurrences). Each direction is written only while the rows are still as the other direction
/// left them (TouchpointRepository::write), so an undo never overwrites what was done meanwhile
/// elsewhere; it is reported on the editor's errorOccurred and the command dropped instead.
class TouchpointCommand : public QUndoCommand {
public:
    TouchpointCommand(ProgramEditor* editor, const QString& text, CalendarRows before, CalendarRows after);

    /// Writes the step, then pushes the command on the editor's undo stack and publishes the
    /// change once. Returns an empty string, or the sentence saying why nothing was written.
    static QString commit(ProgramEditor& editor, std::unique_ptr<TouchpointCommand> command);

    void undo() override;
    void redo() override;

    const CalendarRows& before() const { return m_before; }
    const CalendarRows& after() const { return m_after; }

    /// What writing `to` over `from` changed, for the change feed: one event per kind of row.
    static QVector<ChangeEvent> changeEvents(const CalendarRows& from, const CalendarRows& to);

private:
    bool apply(const CalendarRows& from, const CalendarRows& to, QString* error);
    void applyOrDrop(const CalendarRows& from, const CalendarRows& to);

    ProgramEditor* m_editor;
    CalendarRows m_before;
    CalendarRows m_after;
    bool m_done = true;
};

} // namespace mentordesk
