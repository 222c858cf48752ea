// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCommandLineOption>

#include <optional>

namespace mentordesk {

class ProgramDatabase;
struct MatchOutcome;
struct MatchSelection;
namespace matching {
struct MatchRules;
}

/// `mentordesk match --database F [--cohort NAME] [--preset NAME | --weights FILE.json]
/// [--min-score N] [--fairness] [--pin MENTEE=MENTOR ...] [--forbid MENTEE=MENTOR ...]
/// [--trial-days N] [--dry-run] [--proposals OUT.csv]
/// [--export-scores OUT.csv [--all]]`: matches the enrolled sellers without an open pairing (of
/// the cohort) to the active mentors with free places through MatchSession, as the wizard does,
/// prints the certificate (matched, objective, bound, gap), writes the files, and without
/// --dry-run commits the trial pairings as one audited step.
///
/// Exit codes: 0 every mentee matched (or none to match); 1 some mentees stay unmatched (the
/// proposals file says why); 2 nothing written (bad options, a broken weights file, an unknown
/// cohort or preset, an impossible pin, a refused file); 130 on Ctrl+C or SIGTERM.
class MatchCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(MatchCommand)
public:
    MatchCommand();

protected:
    ExitCode execute(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    struct Request;
    std::optional<Request> readRequest(const QCommandLineParser& parser) const;
    bool resolveNames(ProgramDatabase* database, const QCommandLineParser& parser, Request* request) const;
    bool resolvePairs(ProgramDatabase* database, const QCommandLineParser& parser, Request* request) const;
    bool writeFiles(const QCommandLineParser& parser, const MatchOutcome& outcome) const;
    ExitCode commit(ProgramDatabase* database, const Request& request, const MatchOutcome& outcome) const;
    void printSummary(const MatchOutcome& outcome) const;

    QCommandLineOption m_cohortOption;
    QCommandLineOption m_presetOption;
    QCommandLineOption m_weightsOption;
    QCommandLineOption m_minScoreOption;
    QCommandLineOption m_fairnessOption;
    QCommandLineOption m_pinOption;
    QCommandLineOption m_forbidOption;
    QCommandLineOption m_trialDaysOption;
    QCommandLineOption m_dryRunOption;
    QCommandLineOption m_proposalsOption;
    QCommandLineOption m_scoresOption;
    QCommandLineOption m_allOption;
};

} // namespace mentordesk
