// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchCommands.h"

#include "ProgramEditor.h"

#include <QCoreApplication>

namespace mentordesk {

CommitMatchRunCommand::CommitMatchRunCommand(ProgramEditor* editor, QString actor, qint64 runId,
                                             QVector<MatchCommit::Pair> pairs, QDate trialStart, QDate trialEnd,
                                             MatchCommit::Applied applied)
    : m_editor(editor)
    , m_actor(std::move(actor))
    , m_runId(runId)
    , m_pairs(std::move(pairs))
    , m_trialStart(trialStart)
    , m_trialEnd(trialEnd)
    , m_applied(std::move(applied))
{
    setText(QCoreApplication::translate("EditCommands", "Commit match run %1").arg(runId));
}

ChangeEvent CommitMatchRunCommand::changeEvent(bool committed)
{
    // Ids stay empty: a commit adds pairings and ends others, so listeners read pairings again.
    ChangeEvent event;
    event.type = committed ? ChangeEvent::Type::RecordsAdded : ChangeEvent::Type::RecordsRemoved;
    event.entities = EntityKind::Pairing;
    return event;
}

void CommitMatchRunCommand::undo()
{
    MatchCommit commit(m_editor->records().database(), m_actor);
    if (!commit.revert(m_runId, m_applied)) {
        setObsolete(true);
        Q_EMIT m_editor->errorOccurred(commit.errorText());
        return;
    }
    m_editor->changes()->publish(changeEvent(false));
}

void CommitMatchRunCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    MatchCommit commit(m_editor->records().database(), m_actor);
    MatchCommit::Applied applied = commit.apply(m_runId, m_pairs, m_trialStart, m_trialEnd);
    if (!applied.ok) {
        setObsolete(true);
        Q_EMIT m_editor->errorOccurred(commit.errorText());
        return;
    }
    m_applied = std::move(applied);
    m_editor->changes()->publish(changeEvent(true));
}

} // namespace mentordesk
