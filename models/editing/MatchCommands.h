// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changes/ChangeEvent.h"
#include "matchjob/MatchCommit.h"

#include <QUndoCommand>

namespace mentordesk {

class ProgramEditor;

/// A match run's proposals committed as trial pairings (MatchCommit::apply), undone as a whole
/// (MatchCommit::revert). Pushed after the first apply succeeded, like every edit command; a
/// later undo or redo that the data no longer allows is reported and makes the command obsolete.
class CommitMatchRunCommand : public QUndoCommand {
public:
    CommitMatchRunCommand(ProgramEditor* editor, QString actor, qint64 runId, QVector<MatchCommit::Pair> pairs,
                          QDate trialStart, QDate trialEnd, MatchCommit::Applied applied);
    void undo() override;
    void redo() override;

    /// What a commit or its undo changed, as one event: pairings appeared and others ended (or
    /// the reverse), so listeners re-read pairings and what is computed from them.
    static ChangeEvent changeEvent(bool committed);

private:
    ProgramEditor* m_editor;
    QString m_actor;
    qint64 m_runId;
    QVector<MatchCommit::Pair> m_pairs;
    QDate m_trialStart;
    QDate m_trialEnd;
    MatchCommit::Applied m_applied;
    bool m_done = true;
};

} // namespace mentordesk
