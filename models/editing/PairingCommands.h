// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PairingRepository.h"

#include <QUndoCommand>

#include <memory>

namespace mentordesk {

class ProgramEditor;

/// One step of a pairing's lifecycle (trial → active → ended, or a longer trial) as an undoable
/// command. It holds the pairing's lifecycle before and after; each direction is written only
/// while the pairing is still in the state the other left it in, so an undo never overwrites
/// what someone else decided meanwhile (it is reported and the command dropped instead).
class PairingTransitionCommand : public QUndoCommand {
public:
    /// Writes the step, then pushes the command on the editor's undo stack and publishes the
    /// change once. Returns an empty string, or the sentence saying why nothing was written.
    static QString commit(ProgramEditor& editor, std::unique_ptr<PairingTransitionCommand> command);

    void undo() override;
    void redo() override;

    const PairingState& before() const { return m_before; }
    const PairingState& after() const { return m_after; }

protected:
    PairingTransitionCommand(ProgramEditor* editor, PairingState before, PairingState after);

private:
    bool apply(const PairingState& from, const PairingState& to, QString* error);

    ProgramEditor* m_editor;
    PairingState m_before;
    PairingState m_after;
    bool m_done = true;
};

/// Trial → active: the pair continues after its trial.
class ConfirmTrialCommand : public PairingTransitionCommand {
public:
    ConfirmTrialCommand(ProgramEditor* editor, const PairingState& before);
    /// Why `pairing` cannot be confirmed, or an empty string.
    static QString refusal(const PairingState& pairing);
};

/// A trial that ends later (the coordinator wants more time before deciding).
class ExtendTrialCommand : public PairingTransitionCommand {
public:
    ExtendTrialCommand(ProgramEditor* editor, const PairingState& before, const QDate& newEnd);
    /// Why the trial of `pairing` cannot end on `newEnd` instead, or an empty string.
    static QString refusal(const PairingState& pairing, const QDate& newEnd, const QDate& today);
};

/// Trial or active → ended, with a reason from the catalogue's end reasons and the day it ended.
class EndPairingCommand : public PairingTransitionCommand {
public:
    EndPairingCommand(ProgramEditor* editor, const PairingState& before, const QString& reason, const QDate& endedOn);
    /// Why `pairing` cannot end on `endedOn` for `reason`, or an empty string.
    static QString refusal(const PairingState& pairing, const QString& reason, const QDate& endedOn,
                           const QDate& today);
    /// Whether a mentee whose pairing ended for `reason` is likely to want a new mentor: not
    /// after a completed mentorship, nor when the mentee withdrew.
    static bool suggestsRematch(const QString& reason);
};

} // namespace mentordesk
