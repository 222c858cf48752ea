// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchjob/MatchSession.h"

#include "matchjob/MatchProblemLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>

namespace mentordesk {

namespace {

using matching::MatchProblem;
using matching::MatchRules;
using matching::MatchScorer;
using matching::SolverInput;

/// Below this many pairs the solver works on every allowed pair at once; above it, on each
/// mentee's best arcs, and the certificate proves that nothing left out would do better.
constexpr qint64 kDensePairLimit = 250'000;
/// Arcs per mentee in the sparse graph: enough that the certificate rarely has to add any.
constexpr int kCandidatesPerMentee = 16;

/// The problem and its scorer in one allocation, so the scorer's reference to the problem stays
/// valid however the outcome that shares them is moved or copied.
struct ScoredProblem {
    ScoredProblem(MatchProblem scoredProblem, const MatchRules& rules)
        : problem(std::move(scoredProblem))
        , scorer(problem, rules)
    {
    }
    MatchProblem problem;
    MatchScorer scorer;
};

/// Places per mentor for this run: the free capacity, cut by the share limit. The share is taken
/// of the open pairings the program would have if every mentee of the run were matched, so the
/// limit never depends on the result it constrains.
std::vector<int> placesPerMentor(const MatchProblem& problem, const MatchRules& rules)
{
    std::vector<int> places;
    places.reserve(problem.mentors.size());
    const qint64 openAfterRun = problem.programOpenPairings + static_cast<qint64>(problem.mentees.size());
    const qint64 shareCap = rules.maxSharePercent > 0 ? openAfterRun * rules.maxSharePercent / 100 : -1;
    for (const auto& mentor : problem.mentors) {
        int free = std::max(0, mentor.freeCapacity);
        if (shareCap >= 0)
            free = static_cast<int>(std::min<qint64>(free, std::max<qint64>(0, shareCap - mentor.openPairings)));
        places.push_back(free);
    }
    return places;
}

/// The per-cohort rotation limit: cohorts numbered densely, and what each mentor still may take
/// of a cohort after the mentees of it they already hold.
void applyCohortLimit(const std::shared_ptr<const ScoredProblem>& scored, const MatchRules& rules, SolverInput* input)
{
    const MatchProblem& problem = scored->problem;
    if (rules.maxMenteesPerCohort <= 0)
        return;
    QHash<qint64, int> groupOfCohort;
    std::vector<qint64> cohortOfGroup;
    input->menteeGroup.reserve(problem.mentees.size());
    for (const auto& mentee : problem.mentees) {
        if (mentee.cohortId == 0) {
            input->menteeGroup.push_back(-1);
            continue;
        }
        auto found = groupOfCohort.find(mentee.cohortId);
        if (found == groupOfCohort.end()) {
            found = groupOfCohort.insert(mentee.cohortId, static_cast<int>(cohortOfGroup.size()));
            cohortOfGroup.push_back(mentee.cohortId);
        }
        input->menteeGroup.push_back(found.value());
    }
    input->groupLimit = rules.maxMenteesPerCohort;
    const int limit = rules.maxMenteesPerCohort;
    input->groupAllowance = [scored, cohortOfGroup, limit](int mentor, int group) {
        const int held = scored->problem.mentors[static_cast<std::size_t>(mentor)].openPairingsByCohort.value(
            cohortOfGroup[static_cast<std::size_t>(group)]);
        return std::max(0, limit - held);
    };
}

} // namespace

MatchOutcome MatchSession::run(QSqlDatabase db, const MatchSelection& selection, const MatchRules& rules,
                               MatchProgress* progress)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    QString error;
    std::optional<MatchProblem> problem = MatchProblemLoader(db).load(selection, &error);
    if (!problem) {
        MatchOutcome failed;
        failed.rules = rules;
        failed.error = error;
        failed.startedUtc = started;
        failed.finishedUtc = QDateTime::currentDateTimeUtc();
        return failed;
    }
    const double loadSeconds = timer.nsecsElapsed() / 1e9;
    MatchOutcome outcome = solve(std::move(*problem), rules, progress);
    outcome.loadSeconds = loadSeconds;
    outcome.startedUtc = started;
    return outcome;
}

MatchOutcome MatchSession::solve(MatchProblem problem, const MatchRules& rules, MatchProgress* progress)
{
    MatchOutcome outcome;
    outcome.startedUtc = QDateTime::currentDateTimeUtc();
    outcome.rules = rules;
    auto scored = std::make_shared<ScoredProblem>(std::move(problem), rules);
    outcome.problem = scored->problem;
    outcome.scorer = std::shared_ptr<const MatchScorer>(scored, &scored->scorer);

    const MatchProblem& solved = scored->problem;
    SolverInput& input = outcome.solverInput;
    input.gains = outcome.scorer.get();
    input.capacity = placesPerMentor(solved, rules);
    applyCohortLimit(scored, rules, &input);
    input.pins = solved.pins;
    input.fairness = rules.fairness;
    const qint64 pairs = static_cast<qint64>(solved.mentees.size()) * static_cast<qint64>(solved.mentors.size());
    input.candidatesPerMentee = pairs <= kDensePairLimit ? 0 : kCandidatesPerMentee;
    input.threads = std::max(1, QThread::idealThreadCount());
    if (progress) {
        input.isCancelled = [progress] { return progress->cancelRequested.load(); };
        input.progress = [progress](int percent) { progress->percent.store(percent); };
    }

    outcome.result = matching::MatchSolver::solve(input);
    outcome.finishedUtc = QDateTime::currentDateTimeUtc();
    if (outcome.result.cancelled) {
        outcome.cancelled = true;
        return outcome;
    }
    if (!outcome.result.ok) {
        outcome.error = outcome.result.error;
        return outcome;
    }
    QElapsedTimer explaining;
    explaining.start();
    outcome.explanations = matching::MatchExplainer::explain(*outcome.scorer, input, outcome.result);
    outcome.explainSeconds = explaining.nsecsElapsed() / 1e9;
    if (progress)
        progress->percent.store(100);
    outcome.ok = true;
    return outcome;
}

QByteArray MatchSession::statisticsJson(const MatchOutcome& outcome)
{
    const matching::SolverResult& result = outcome.result;
    const QJsonObject statistics{
        {QStringLiteral("mentees"), static_cast<qint64>(outcome.problem.mentees.size())},
        {QStringLiteral("mentors"), static_cast<qint64>(outcome.problem.mentors.size())},
        {QStringLiteral("matched"), result.matched},
        {QStringLiteral("total_score"), result.totalScore},
        {QStringLiteral("lowest_matched_score"), result.lowestMatchedScore},
        {QStringLiteral("fairness_threshold"), result.fairnessThreshold},
        {QStringLiteral("objective"), result.objective},
        {QStringLiteral("upper_bound"), result.upperBound},
        {QStringLiteral("gap"), result.gap},
        {QStringLiteral("certified"), result.certified},
        {QStringLiteral("pairs_scored"), result.pairsScored},
        {QStringLiteral("allowed_pairs"), result.allowedPairs},
        {QStringLiteral("candidate_arcs"), result.candidateArcs},
        {QStringLiteral("certification_rounds"), result.certificationRounds},
        {QStringLiteral("arcs_added_by_certificate"), result.arcsAddedByCertificate},
        {QStringLiteral("repaired_rounds"), result.repairedRounds},
        {QStringLiteral("repair_fallbacks"), result.repairFallbacks},
        {QStringLiteral("repair_phases"), result.repairPhases},
        {QStringLiteral("repair_seconds"), result.repairSeconds},
        {QStringLiteral("load_seconds"), outcome.loadSeconds},
        {QStringLiteral("scoring_seconds"), result.scoringSeconds},
        {QStringLiteral("solving_seconds"), result.solvingSeconds},
        {QStringLiteral("certifying_seconds"), result.certifyingSeconds},
        {QStringLiteral("explaining_seconds"), outcome.explainSeconds},
    };
    return QJsonDocument(statistics).toJson(QJsonDocument::Compact);
}

MatchRunRecord MatchSession::record(const MatchOutcome& outcome, const MatchSelection& selection)
{
    MatchRunRecord run;
    run.selection = selection;
    run.cohortId = selection.mentees == MatchSelection::Mentees::Cohort ? selection.cohortId : 0;
    run.rules = outcome.rules;
    run.startedUtc = outcome.startedUtc;
    run.finishedUtc = outcome.finishedUtc;
    run.statistics = statisticsJson(outcome);
    run.proposals.reserve(static_cast<int>(outcome.explanations.size()));
    for (const matching::MenteeExplanation& explanation : outcome.explanations) {
        const auto& mentee = outcome.problem.mentees[static_cast<std::size_t>(explanation.mentee)];
        MatchProposal proposal;
        proposal.sellerId = mentee.sellerId;
        proposal.menteeExternalId = mentee.externalId;
        if (explanation.mentor >= 0) {
            const auto& mentor = outcome.problem.mentors[static_cast<std::size_t>(explanation.mentor)];
            proposal.mentorId = mentor.mentorId;
            proposal.mentorExternalId = mentor.externalId;
            proposal.score = explanation.score.total;
        }
        proposal.reason = matching::MatchExplainer::sentence(*outcome.scorer, explanation);
        run.proposals.append(proposal);
    }
    return run;
}

} // namespace mentordesk
