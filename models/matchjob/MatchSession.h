// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchExplainer.h"
#include "matching/MatchProblem.h"
#include "matching/MatchRules.h"
#include "matching/MatchScorer.h"
#include "matching/MatchSolver.h"
#include "matchjob/MatchRunRepository.h"
#include "matchjob/MatchSelection.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace mentordesk {

/// Progress and cancel of a run, shared between the worker thread and the window or terminal.
struct MatchProgress {
    std::atomic<int> percent{0};
    std::atomic<bool> cancelRequested{false};
};

/// One solved run, everything the review page, the proposals file and the stored run need.
struct MatchOutcome {
    bool ok = false;
    bool cancelled = false;
    QString error;
    matching::MatchProblem problem;
    matching::MatchRules rules;
    std::shared_ptr<const matching::MatchScorer> scorer; ///< over problem and rules
    matching::SolverInput solverInput;                   ///< capacities, groups, pins as solved
    matching::SolverResult result;
    std::vector<matching::MenteeExplanation> explanations;
    double loadSeconds = 0;
    double explainSeconds = 0;
    QDateTime startedUtc;
    QDateTime finishedUtc;
};

/// Load → score → solve → certify → explain, the pipeline the wizard (in a worker thread with its
/// own connection) and the command share. Rules are applied exactly once here: capacity minus
/// open pairings, the share limit turned into per-mentor places, the per-cohort limit, pins and
/// forbids.
class MatchSession {
public:
    static MatchOutcome run(QSqlDatabase db, const MatchSelection& selection, const matching::MatchRules& rules,
                            MatchProgress* progress = nullptr);
    /// The same on a problem already loaded (tests, the benchmark, re-solving after a pin).
    static MatchOutcome solve(matching::MatchProblem problem, const matching::MatchRules& rules,
                              MatchProgress* progress = nullptr);

    /// The solver's figures as the stored run keeps them (matched, objective, upper_bound, gap,
    /// certified, candidate arcs, times, ...), JSON text.
    static QByteArray statisticsJson(const MatchOutcome& outcome);
    /// The run as MatchRunRepository::save stores it: the inputs, the statistics and one proposal
    /// per mentee with its explanation sentence.
    static MatchRunRecord record(const MatchOutcome& outcome, const MatchSelection& selection);
};

} // namespace mentordesk
