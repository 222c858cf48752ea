// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchRules.h"
#include "matchjob/MatchSelection.h"

#include <QWizard>

namespace mentordesk {

class MatchProposalModel;
class MatchRunner;
class ProgramEditor;

/// Matches mentees to mentors: who takes part, the weights and rules, the run (in a worker thread
/// with its own connection), the review with pins, forbids, swaps, re-solving and the comparison
/// with the previous run, and the commit as trial pairings — one undoable step on the editor's
/// stack, so the window's Undo takes it back.
class MatchWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { SelectionPageId, RulesPageId, RunPageId, ReviewPageId, CommitPageId };

    /// Matches in the program `editor` edits, whose file is `programPath` (the worker threads open
    /// their own connections to it), as `actor`.
    MatchWizard(ProgramEditor* editor, const QString& programPath, const QString& actor, QWidget* parent = nullptr);
    ~MatchWizard() override;

    /// Offers these sellers as the mentees (the Sellers workspace's selection or current filter);
    /// `description` says which ("12 selected sellers"). The default stays the unpaired sellers.
    void setSellers(const QVector<qint64>& sellerIds, const QString& description);
    /// Offers these mentors (the Mentors workspace's selection) besides every one with free places.
    void setMentors(const QVector<qint64>& mentorIds, const QString& description);
    /// Re-matches one mentee who holds an open pairing, chosen: committing ends it as "rematched".
    void setRematch(qint64 sellerId, const QString& description);

    QVector<qint64> offeredSellers() const { return m_offeredSellers; }
    QString offeredSellersDescription() const { return m_offeredSellersDescription; }
    QVector<qint64> offeredMentors() const { return m_offeredMentors; }
    QString offeredMentorsDescription() const { return m_offeredMentorsDescription; }
    bool isRematch() const { return m_rematch; }

    ProgramEditor* editor() const { return m_editor; }
    QString programPath() const { return m_programPath; }
    QString actor() const { return m_actor; }

    /// The mentees and mentors chosen on the first page (pins and forbids are the review's).
    MatchSelection& selection() { return m_selection; }
    matching::MatchRules& rules() { return m_rules; }
    /// Remembers the rules for the next run (QSettings).
    void saveRules() const;

    MatchProposalModel* proposals() const { return m_proposals; }
    MatchRunner* runner() const { return m_runner; }
    /// Starts a run of the selection (with the review's pins and forbids) and the rules.
    void startRun();
    /// Takes the runner's finished run: the proposals show it and it becomes the current run.
    bool acceptRunResult();
    qint64 currentRunId() const { return m_currentRunId; }
    qint64 previousRunId() const { return m_previousRunId; }

    /// Whether a worker is running; closing the wizard then cancels it first.
    void setBusy(bool busy);
    void done(int result) override;
    void reject() override;

Q_SIGNALS:
    /// Closing was asked while a run goes: whoever shows it cancels it.
    void runCancelRequested();
    /// The proposals were committed as trial pairings of run `runId`.
    void committed(qint64 runId);

private:
    void restoreSettings();
    void pageChanged(int id);

    ProgramEditor* m_editor;
    QString m_programPath;
    QString m_actor;
    QVector<qint64> m_offeredSellers;
    QString m_offeredSellersDescription;
    QVector<qint64> m_offeredMentors;
    QString m_offeredMentorsDescription;
    bool m_rematch = false;
    MatchSelection m_selection;
    matching::MatchRules m_rules;
    MatchProposalModel* m_proposals;
    MatchRunner* m_runner;
    qint64 m_currentRunId = 0;
    qint64 m_previousRunId = 0;
    int m_lastPageId = -1;
    bool m_busy = false;
    bool m_closeWhenIdle = false;
};

} // namespace mentordesk
