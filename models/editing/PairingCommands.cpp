// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingCommands.h"

#include "domain/FieldCatalogue.h"
#include "ProgramEditor.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace mentordesk {

namespace {

const QString kTrial = QStringLiteral("trial");
const QString kActive = QStringLiteral("active");
const QString kEnded = QStringLiteral("ended");

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

/// The sentence for a pairing that is gone or no longer in a state the step starts from.
QString stateRefusal(const PairingState& pairing, const char* whenActive, const char* whenEnded)
{
    if (!pairing.exists())
        return QCoreApplication::translate("PairingCommands",
                                           "The pairing no longer exists; it may have been deleted.");
    if (pairing.status == kActive)
        return QCoreApplication::translate("PairingCommands", whenActive);
    if (pairing.status == kEnded)
        return QCoreApplication::translate("PairingCommands", whenEnded);
    return {};
}

/// What a step changed, for the change feed: the pairing and its changed columns.
ChangeEvent changeEvent(const PairingState& from, const PairingState& to)
{
    QStringList fields;
    if (from.status != to.status)
        fields << fieldKey(FieldId::PairingStatus);
    if (from.trialEndDate != to.trialEndDate)
        fields << PairingRepository::trialEndDateKey();
    if (from.endedOn != to.endedOn)
        fields << PairingRepository::endedOnKey();
    if (from.endReason != to.endReason)
        fields << fieldKey(FieldId::PairingEndReason);
    return ChangeEvent::fieldsEdited(EntityKind::Pairing, {from.id}, fields);
}

PairingState confirmed(PairingState pairing)
{
    pairing.status = kActive;
    return pairing;
}

PairingState extended(PairingState pairing, const QDate& newEnd)
{
    pairing.trialEndDate = newEnd;
    return pairing;
}

PairingState ended(PairingState pairing, const QString& reason, const QDate& endedOn)
{
    pairing.status = kEnded;
    pairing.endReason = reason;
    pairing.endedOn = endedOn;
    return pairing;
}

} // namespace

PairingTransitionCommand::PairingTransitionCommand(ProgramEditor* editor, PairingState before, PairingState after)
    : m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

QString PairingTransitionCommand::commit(ProgramEditor& editor, std::unique_ptr<PairingTransitionCommand> command)
{
    QString error;
    if (!command->apply(command->m_before, command->m_after, &error))
        return error;
    editor.undoStack()->push(command.release());
    return {};
}

bool PairingTransitionCommand::apply(const PairingState& from, const PairingState& to, QString* error)
{
    PairingRepository pairings(m_editor->records());
    if (!pairings.transition(from, to)) {
        *error = pairings.errorString();
        return false;
    }
    m_editor->changes()->publish(changeEvent(from, to));
    return true;
}

void PairingTransitionCommand::undo()
{
    QString error;
    if (!apply(m_after, m_before, &error)) {
        setObsolete(true);
        Q_EMIT m_editor->errorOccurred(error);
    }
}

void PairingTransitionCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    QString error;
    if (!apply(m_before, m_after, &error)) {
        setObsolete(true);
        Q_EMIT m_editor->errorOccurred(error);
    }
}

ConfirmTrialCommand::ConfirmTrialCommand(ProgramEditor* editor, const PairingState& before)
    : PairingTransitionCommand(editor, before, confirmed(before))
{
    setText(QCoreApplication::translate("PairingCommands", "Confirm pairing"));
}

QString ConfirmTrialCommand::refusal(const PairingState& pairing)
{
    return stateRefusal(pairing, QT_TRANSLATE_NOOP("PairingCommands", "This pairing is already active."),
                        QT_TRANSLATE_NOOP("PairingCommands", "This pairing has ended; it cannot be confirmed."));
}

ExtendTrialCommand::ExtendTrialCommand(ProgramEditor* editor, const PairingState& before, const QDate& newEnd)
    : PairingTransitionCommand(editor, before, extended(before, newEnd))
{
    setText(QCoreApplication::translate("PairingCommands", "Extend trial"));
}

QString ExtendTrialCommand::refusal(const PairingState& pairing, const QDate& newEnd, const QDate& today)
{
    const QString state = stateRefusal(
        pairing, QT_TRANSLATE_NOOP("PairingCommands", "This pairing is already active; only a trial can be extended."),
        QT_TRANSLATE_NOOP("PairingCommands", "This pairing has ended; only a trial can be extended."));
    if (!state.isEmpty())
        return state;
    if (!newEnd.isValid())
        return QCoreApplication::translate("PairingCommands", "Enter the date the trial should end on.");
    if (newEnd < today)
        return QCoreApplication::translate("PairingCommands",
                                           "The trial cannot end in the past; choose today or a later day.");
    if (pairing.trialEndDate.isValid() && newEnd <= pairing.trialEndDate)
        return QCoreApplication::translate("PairingCommands",
                                           "An extended trial must end after %1, the day it ends on now.")
            .arg(shortDate(pairing.trialEndDate));
    return {};
}

EndPairingCommand::EndPairingCommand(ProgramEditor* editor, const PairingState& before, const QString& reason,
                                     const QDate& endedOn)
    : PairingTransitionCommand(editor, before, ended(before, reason, endedOn))
{
    setText(QCoreApplication::translate("PairingCommands", "End pairing"));
}

QString EndPairingCommand::refusal(const PairingState& pairing, const QString& reason, const QDate& endedOn,
                                   const QDate& today)
{
    if (!pairing.exists())
        return QCoreApplication::translate("PairingCommands",
                                           "The pairing no longer exists; it may have been deleted.");
    if (pairing.status == kEnded)
        return QCoreApplication::translate("PairingCommands", "This pairing has already ended.");
    const FieldSpec& reasons = catalogueField(FieldId::PairingEndReason);
    if (reason.isEmpty())
        return QCoreApplication::translate("PairingCommands", "Choose why the pairing ends.");
    if (std::none_of(reasons.choices.begin(), reasons.choices.end(),
                     [&reason](const Choice& choice) { return choice.code == reason; }))
        return QCoreApplication::translate("PairingCommands", "“%1” is not one of the reasons a pairing can end for.")
            .arg(reason);
    if (!endedOn.isValid())
        return QCoreApplication::translate("PairingCommands", "Enter the day the pairing ended.");
    if (pairing.startedOn.isValid() && endedOn < pairing.startedOn)
        return QCoreApplication::translate("PairingCommands", "A pairing cannot end before it started (%1).")
            .arg(shortDate(pairing.startedOn));
    if (endedOn > today)
        return QCoreApplication::translate("PairingCommands",
                                           "A pairing cannot end in the future; enter today or an earlier day.");
    return {};
}

bool EndPairingCommand::suggestsRematch(const QString& reason)
{
    return reason != QLatin1String("completed") && reason != QLatin1String("mentee_withdrew");
}

} // namespace mentordesk
