// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchCommand.h"

#include "CancelOnInterrupt.h"
#include "files/OutputFileGuard.h"
#include "matching/MatchRulesFile.h"
#include "matchjob/MatchCommit.h"
#include "matchjob/MatchFiles.h"
#include "matchjob/MatchNames.h"
#include "matchjob/MatchRunRepository.h"
#include "matchjob/MatchSession.h"
#include "settings/CurrentActor.h"
#include "storage/ProgramDatabase.h"
#include "TerminalProgress.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace mentordesk {

namespace {

constexpr int kDefaultTrialDays = 14;

} // namespace

struct MatchCommand::Request {
    MatchSelection selection;
    matching::MatchRules rules = matching::MatchRules::defaults();
    QString presetName;
    QString cohortName;
    int trialDays = kDefaultTrialDays;
    bool dryRun = false;
};

MatchCommand::MatchCommand()
    : Command({QStringLiteral("match")}, tr("match mentees to mentors and commit trial pairings"),
              tr("Matches the enrolled sellers without an open pairing (of one cohort, with --cohort) to the active "
                 "mentors with free places: provably optimal under the weights and rules, every pair and every "
                 "unmatched mentee explained. Without --dry-run the proposals are committed as trial pairings in one "
                 "audited step."))
    , m_cohortOption(QStringLiteral("cohort"), tr("Match the mentees of this cohort only."), tr("name"))
    , m_presetOption(QStringLiteral("preset"), tr("Weights and rules from a preset stored in the program."), tr("name"))
    , m_weightsOption(QStringLiteral("weights"), tr("Weights and rules from a JSON file (docs/matching.md)."),
                      tr("file.json"))
    , m_minScoreOption(QStringLiteral("min-score"), tr("Leave a mentee unmatched rather than accept a score below n."),
                       tr("n"))
    , m_fairnessOption(QStringLiteral("fairness"),
                       tr("Raise the lowest matched score as far as possible before the total score."))
    , m_pinOption(QStringLiteral("pin"),
                  tr("This pair must happen: mentee's seller ID = mentor's external ID (repeatable)."),
                  tr("mentee=mentor"))
    , m_forbidOption(QStringLiteral("forbid"), tr("This pair must not happen (repeatable)."), tr("mentee=mentor"))
    , m_trialDaysOption(QStringLiteral("trial-days"), tr("Length of the trial of each new pairing (default 14)."),
                        tr("days"))
    , m_dryRunOption(QStringLiteral("dry-run"), tr("Match and write the files, but change nothing in the program."))
    , m_proposalsOption(QStringLiteral("proposals"),
                        tr("Write one row per mentee: mentee, mentor, score and the reason."), tr("out.csv"))
    , m_scoresOption(QStringLiteral("export-scores"),
                     tr("Write the score of every allowed pair, and the constraints beside it, so that any solver "
                        "can check the optimum."),
                     tr("out.csv"))
    , m_allOption(QStringLiteral("all"), tr("With --export-scores: write more than 10,000,000 rows if there are."))
{
    requireDatabase(tr("The program file to match in."), tr("say which program to match in with --database FILE."));
    for (const QCommandLineOption& option :
         {m_cohortOption, m_presetOption, m_weightsOption, m_minScoreOption, m_fairnessOption, m_pinOption,
          m_forbidOption, m_trialDaysOption, m_dryRunOption, m_proposalsOption, m_scoresOption, m_allOption})
        addOption(option);
}

ExitCode MatchCommand::execute(const QCommandLineParser& parser, const QStringList& positional)
{
    if (!positional.isEmpty())
        return refuse(tr("unexpected argument '%1'.").arg(positional.constFirst()));
    if (!QFileInfo::exists(databasePath()))
        return refuse(tr("'%1' does not exist. Give the program file to match in.").arg(shown(databasePath())));
    std::optional<Request> request = readRequest(parser);
    if (!request)
        return ExitCode::Unusable;

    ProgramDatabase database;
    if (database.open(databasePath()) == ProgramDatabase::Outcome::Refused)
        return refuse(database.errorString());
    if (!resolveNames(&database, parser, &*request) || !resolvePairs(&database, parser, &*request))
        return ExitCode::Unusable;

    MatchProgress progress;
    MatchOutcome outcome;
    {
        const CancelOnInterrupt cancelOnInterrupt(&progress.cancelRequested);
        const TerminalProgress printer([&progress]() -> QString {
            if (progress.cancelRequested.load())
                return tr("Cancelling…");
            return tr("Matching: %1 %").arg(progress.percent.load());
        });
        outcome = MatchSession::run(database.connection(), request->selection, request->rules, &progress);
    }
    if (outcome.cancelled || progress.cancelRequested.load()) {
        printError(tr("cancelled; nothing was written."));
        return ExitCode::Cancelled;
    }
    if (!outcome.ok)
        return refuse(tr("%1 Nothing was written.").arg(outcome.error));
    printSummary(outcome);
    if (!writeFiles(parser, outcome))
        return ExitCode::Unusable;
    if (outcome.problem.mentees.empty()) {
        printLine(stdout, tr("No mentees to match: every enrolled seller of the selection has an open pairing."));
        return ExitCode::Done;
    }
    if (request->dryRun) {
        printLine(stdout, tr("Dry run: the program was not changed."));
    } else {
        const ExitCode committed = commit(&database, *request, outcome);
        if (committed != ExitCode::Done)
            return committed;
    }
    return outcome.result.matched < static_cast<int>(outcome.problem.mentees.size()) ? ExitCode::DoneWithWarnings
                                                                                     : ExitCode::Done;
}

std::optional<MatchCommand::Request> MatchCommand::readRequest(const QCommandLineParser& parser) const
{
    Request request;
    request.dryRun = parser.isSet(m_dryRunOption);
    if (parser.isSet(m_presetOption) && parser.isSet(m_weightsOption)) {
        refuse(tr("give either --preset or --weights, not both."));
        return std::nullopt;
    }
    if (parser.isSet(m_allOption) && !parser.isSet(m_scoresOption)) {
        refuse(tr("--all belongs to --export-scores; add --export-scores FILE or leave --all out."));
        return std::nullopt;
    }
    if (parser.isSet(m_weightsOption)) {
        const QString path = parser.value(m_weightsOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            refuse(tr("cannot read the weights file '%1': %2.").arg(shown(path), file.errorString()));
            return std::nullopt;
        }
        QString error;
        const std::optional<matching::MatchRules> rules = matching::MatchRulesFile::fromJson(file.readAll(), &error);
        if (!rules) {
            refuse(tr("the weights file '%1' is not usable: %2").arg(shown(path), error));
            return std::nullopt;
        }
        request.rules = *rules;
    }
    request.presetName = parser.value(m_presetOption);
    request.cohortName = parser.value(m_cohortOption);
    for (const auto& [option, minimum, target] : {std::make_tuple(&m_minScoreOption, 0, &request.rules.minimumScore),
                                                  std::make_tuple(&m_trialDaysOption, 1, &request.trialDays)}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const int value = parser.value(*option).toInt(&ok);
        if (!ok || value < minimum) {
            refuse(tr("--%1 needs a whole number of at least %2, not '%3'.")
                       .arg(option->names().constFirst())
                       .arg(minimum)
                       .arg(parser.value(*option)));
            return std::nullopt;
        }
        *target = value;
    }
    if (parser.isSet(m_fairnessOption))
        request.rules.fairness = true;

    OutputFileGuard guard;
    guard.protectProgram(databasePath());
    if (parser.isSet(m_weightsOption))
        guard.protectInput(parser.value(m_weightsOption));
    QStringList outputs;
    if (parser.isSet(m_proposalsOption))
        outputs << parser.value(m_proposalsOption);
    if (parser.isSet(m_scoresOption))
        outputs << parser.value(m_scoresOption) << MatchFiles::constraintsPath(parser.value(m_scoresOption));
    for (const QString& output : outputs) {
        QString error;
        if (!guard.allows(output, &error)) {
            refuse(error);
            return std::nullopt;
        }
        guard.protectInput(output);
    }
    return request;
}

bool MatchCommand::resolveNames(ProgramDatabase* database, const QCommandLineParser& parser, Request* request) const
{
    if (!request->cohortName.isEmpty()) {
        const MatchNames names(database->connection());
        const std::optional<qint64> cohort = names.cohort(request->cohortName);
        if (!cohort) {
            refuse(tr("there is no cohort '%1'. The cohorts are: %2.")
                       .arg(request->cohortName, names.cohortNames().join(QStringLiteral(", "))));
            return false;
        }
        request->selection.mentees = MatchSelection::Mentees::Cohort;
        request->selection.cohortId = *cohort;
    }
    if (!request->presetName.isEmpty()) {
        const MatchRunRepository runs(database->connection(), currentActor());
        const std::optional<matching::MatchRules> preset = runs.preset(request->presetName);
        if (!preset) {
            const QStringList names = runs.presetNames();
            refuse(names.isEmpty()
                       ? tr("there is no preset '%1'; the program has no presets yet.").arg(request->presetName)
                       : tr("there is no preset '%1'. The presets are: %2.")
                             .arg(request->presetName, names.join(QStringLiteral(", "))));
            return false;
        }
        const int minimumScore = request->rules.minimumScore;
        const bool fairness = request->rules.fairness;
        request->rules = *preset;
        if (parser.isSet(m_minScoreOption))
            request->rules.minimumScore = minimumScore;
        if (parser.isSet(m_fairnessOption))
            request->rules.fairness = fairness;
    }
    request->selection.referenceDate = QDate::currentDate();
    return true;
}

bool MatchCommand::resolvePairs(ProgramDatabase* database, const QCommandLineParser& parser, Request* request) const
{
    const MatchNames names(database->connection());
    for (const auto& [option, pairs] : {std::make_pair(&m_pinOption, &request->selection.pins),
                                        std::make_pair(&m_forbidOption, &request->selection.forbids)}) {
        for (const QString& value : parser.values(*option)) {
            const int equals = value.indexOf(u'=');
            const QString menteeId = value.left(equals).trimmed();
            const QString mentorId = equals < 0 ? QString() : value.mid(equals + 1).trimmed();
            if (menteeId.isEmpty() || mentorId.isEmpty()) {
                refuse(tr("--%1 needs a mentee's seller ID and a mentor's external ID joined by '=', not '%2'.")
                           .arg(option->names().constFirst(), value));
                return false;
            }
            const std::optional<qint64> seller = names.seller(menteeId);
            const std::optional<qint64> mentor = names.mentor(mentorId);
            if (!seller || !mentor) {
                refuse(!seller
                           ? tr("--%1: the program has no seller '%2'.").arg(option->names().constFirst(), menteeId)
                           : tr("--%1: the program has no mentor '%2'.").arg(option->names().constFirst(), mentorId));
                return false;
            }
            pairs->append({*seller, *mentor});
        }
    }
    return true;
}

bool MatchCommand::writeFiles(const QCommandLineParser& parser, const MatchOutcome& outcome) const
{
    QString error;
    if (parser.isSet(m_proposalsOption)) {
        if (!MatchFiles::writeProposals(outcome, parser.value(m_proposalsOption), &error)) {
            refuse(tr("%1 The program was not changed.").arg(error));
            return false;
        }
        printLine(stdout, tr("Proposals: %1").arg(shown(parser.value(m_proposalsOption))));
    }
    if (parser.isSet(m_scoresOption)) {
        MatchFiles::ScoreExport written;
        const qint64 limit = parser.isSet(m_allOption) ? -1 : MatchFiles::kDefaultRowLimit;
        if (!MatchFiles::writeScores(outcome, parser.value(m_scoresOption), limit, &written, &error)) {
            refuse(tr("%1 The program was not changed.").arg(error));
            return false;
        }
        printLine(stdout, tr("Scores: %Ln allowed pair(s) in %1, constraints in %2", nullptr, plural(written.rows))
                              .arg(shown(parser.value(m_scoresOption)), shown(written.constraintsPath)));
        for (const auto& [rule, count] : written.excludedByRule)
            printLine(stdout, tr("  left out by %1: %Ln pair(s)", nullptr, plural(count)).arg(rule));
    }
    return true;
}

ExitCode MatchCommand::commit(ProgramDatabase* database, const Request& request, const MatchOutcome& outcome) const
{
    const QString actor = currentActor();
    MatchRunRepository runs(database->connection(), actor);
    const qint64 runId = runs.save(MatchSession::record(outcome, request.selection));
    if (runId == 0)
        return refuse(tr("the run could not be stored: %1 Nothing was written.").arg(runs.errorText()));
    QVector<MatchCommit::Pair> pairs;
    for (std::size_t mentee = 0; mentee < outcome.result.mentorOfMentee.size(); ++mentee) {
        const int mentor = outcome.result.mentorOfMentee[mentee];
        if (mentor < 0)
            continue;
        pairs.append({outcome.problem.mentees[mentee].sellerId,
                      outcome.problem.mentors[static_cast<std::size_t>(mentor)].mentorId,
                      outcome.scorer->gain(static_cast<int>(mentee), mentor)});
    }
    const QDate trialStart = request.selection.referenceDate;
    const QDate trialEnd = trialStart.addDays(request.trialDays);
    MatchCommit committer(database->connection(), actor);
    const MatchCommit::Applied applied = committer.apply(runId, pairs, trialStart, trialEnd);
    if (!applied.ok) {
        runs.setStatus(runId, QStringLiteral("discarded"));
        return refuse(tr("the pairings could not be committed: %1 No pairing was written; run %2 is kept as "
                         "discarded.")
                          .arg(committer.errorText())
                          .arg(runId));
    }
    printLine(stdout, tr("Committed %Ln trial pairing(s) as run %1; the trials end on %2.", nullptr,
                         plural(applied.newPairings.size()))
                          .arg(runId)
                          .arg(trialEnd.toString(Qt::ISODate)));
    if (!applied.endedPairings.isEmpty())
        printLine(stdout,
                  tr("Ended %Ln earlier pairing(s) as re-matched.", nullptr, plural(applied.endedPairings.size())));
    return ExitCode::Done;
}

void MatchCommand::printSummary(const MatchOutcome& outcome) const
{
    const matching::SolverResult& result = outcome.result;
    const int mentees = static_cast<int>(outcome.problem.mentees.size());
    printLine(stdout, tr("Mentees: %1, mentors: %2, matched: %3 of %1, total score %4.")
                          .arg(mentees)
                          .arg(outcome.problem.mentors.size())
                          .arg(result.matched)
                          .arg(result.totalScore));
    printLine(stdout,
              tr("Objective %1, upper bound %2, gap %3: %4")
                  .arg(result.objective)
                  .arg(result.upperBound)
                  .arg(result.gap)
                  .arg(result.certified && result.gap == 0 ? tr("proven optimal.") : tr("NOT proven optimal.")));
    if (outcome.rules.fairness)
        printLine(stdout, tr("Fairness: the lowest matched score is %1.").arg(result.lowestMatchedScore));
    const double seconds =
        outcome.loadSeconds + result.scoringSeconds + result.solvingSeconds + result.certifyingSeconds;
    printLine(stdout, tr("Time: %1 s (load %2, scoring %Ln pair(s) %3, solving %4, certificate %5).", nullptr,
                         plural(result.pairsScored))
                          .arg(seconds, 0, 'f', 3)
                          .arg(outcome.loadSeconds, 0, 'f', 3)
                          .arg(result.scoringSeconds, 0, 'f', 3)
                          .arg(result.solvingSeconds, 0, 'f', 3)
                          .arg(result.certifyingSeconds, 0, 'f', 3));
}

} // namespace mentordesk
