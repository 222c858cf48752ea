// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchRules.h"
#include "matchjob/MatchSelection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

namespace mentordesk {

/// One proposed pair (or unmatched mentee) of a stored run.
struct MatchProposal {
    qint64 sellerId = 0;
    QString menteeExternalId;
    qint64 mentorId = 0; ///< 0 = unmatched
    QString mentorExternalId;
    int score = 0;
    QString reason; ///< the explanation sentence
};

/// A stored match run: its inputs, the solver's statistics and the proposals.
struct MatchRunRecord {
    qint64 id = 0;
    QDateTime startedUtc;
    QDateTime finishedUtc;
    qint64 cohortId = 0;
    QString status; ///< "proposed", "accepted" or "discarded"
    QString createdBy;
    MatchSelection selection;
    matching::MatchRules rules;
    /// The solver's figures (matched, objective, upper_bound, gap, times, ...) as JSON text.
    QByteArray statistics;
    QVector<MatchProposal> proposals;
};

/// A mentee whose proposal differs between two runs.
struct MatchRunDifference {
    qint64 sellerId = 0;
    QString menteeExternalId;
    QString fromMentorExternalId; ///< empty = unmatched in the first run
    QString toMentorExternalId;   ///< empty = unmatched in the second run
    int scoreChange = 0;
};

/// match_runs, their proposals and the named weight presets. Writes join the caller's
/// transaction when one is open; each writes its audit row through AuditLog.
class MatchRunRepository {
    Q_DECLARE_TR_FUNCTIONS(MatchRunRepository)
public:
    MatchRunRepository(QSqlDatabase db, QString actor);

    /// Stores a finished run with status "proposed"; returns its id or 0 (errorText()).
    qint64 save(const MatchRunRecord& run);
    std::optional<MatchRunRecord> load(qint64 runId) const;
    /// Newest first, without proposals.
    QVector<MatchRunRecord> list(int limit = 50) const;
    bool setStatus(qint64 runId, const QString& status);
    /// Mentees present in both runs whose mentor or score differ, and mentees in only one.
    QVector<MatchRunDifference> compare(qint64 firstRunId, qint64 secondRunId) const;

    /// Named weight presets, stored in the program so every coordinator of it sees the same.
    QStringList presetNames() const;
    std::optional<matching::MatchRules> preset(const QString& name) const;
    bool savePreset(const QString& name, const matching::MatchRules& rules);
    bool deletePreset(const QString& name);

    QString errorText() const { return m_error; }

    /// The selection as match_runs.selection stores it (pins and forbids are rows of
    /// match_run_constraints instead), and back.
    static QByteArray selectionJson(const MatchSelection& selection);
    static MatchSelection selectionFromJson(const QByteArray& json);

private:
    bool fail(const QString& message) const;
    bool saveProposals(qint64 runId, const QVector<MatchProposal>& proposals);
    bool saveConstraints(qint64 runId, const MatchSelection& selection);
    bool loadProposals(MatchRunRecord* run) const;
    bool loadConstraints(MatchRunRecord* run) const;

    QSqlDatabase m_db;
    QString m_actor;
    mutable QString m_error;
};

} // namespace mentordesk
