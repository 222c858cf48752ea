// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matchjob/MatchSession.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <map>

namespace mentordesk {

/// The files a match run writes, so that anyone can check it: the proposals (one row per mentee)
/// and the score export (every allowed pair with exactly the score the solver maximises) with its
/// constraints beside it. Each file is written through QSaveFile: a failed or cancelled write
/// leaves no half file and never replaces a good one.
class MatchFiles {
    Q_DECLARE_TR_FUNCTIONS(MatchFiles)
public:
    /// The score export refuses more rows than this unless it is told to write them all.
    static constexpr qint64 kDefaultRowLimit = 10'000'000;

    /// `mentee_external_id,mentor_external_id,score,reason`: mentor and score empty and the reason
    /// filled for an unmatched mentee; the reason of a matched one says why that mentor.
    static bool writeProposals(const MatchOutcome& outcome, const QString& path, QString* error);

    struct ScoreExport {
        qint64 rows = 0;
        /// Pairs left out, by rule key (exclusionKey(): "seller_conflict", "must_language", ...).
        std::map<QString, qint64> excludedByRule;
        QString constraintsPath;
    };
    /// `mentee_external_id,mentor_external_id,score` for every allowed pair, and
    /// `<name>.constraints.json` beside it (each mentor's places in the run, the per-cohort
    /// allowances, pins, forbids, minimum score, fairness and the objective's order). Refuses
    /// with a sentence before writing anything when there are more than `rowLimit` allowed pairs
    /// (rowLimit < 0: no limit).
    static bool writeScores(const MatchOutcome& outcome, const QString& path, qint64 rowLimit, ScoreExport* written,
                            QString* error, const std::atomic<bool>* cancelled = nullptr);
    /// Where writeScores puts the constraints: "scores.csv" → "scores.constraints.json".
    static QString constraintsPath(const QString& scoresPath);
};

} // namespace mentordesk
