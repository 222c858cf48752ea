// SPDX-License-Identifier: GPL-3.0-or-later
// The matching engine at two sizes, one line per figure ("name value unit"):
//  (a) a program file with 1,000 waiting mentees and 100 mentors: the whole pipeline of the wizard
//      and the command, from the file to the proposals (load, score, solve, certify, explain);
//  (b) 100,000 mentees × 10,000 mentors with capacity 10 in memory: the production scorer on all
//      10⁹ pairs, the candidate graph, the solve and the certificate on 2 cores, with LEMON's
//      NetworkSimplex and CostScaling alone on the same candidate graph as the anchors.
// docs/benchmarks.md has the command and the recorded figures.

#include "demo/SyntheticMatchProgram.h"
#include "matching/MatchScorer.h"
#include "matching/MatchSolver.h"
#include "matchjob/MatchFiles.h"
#include "matchjob/MatchSession.h"
#include "storage/ProgramDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <ctime>

using namespace mentordesk;

namespace {

void print(const char* name, double value, const char* unit)
{
    std::printf("%s %.6g %s\n", name, value, unit);
    std::fflush(stdout);
}

/// The process's peak resident memory so far (VmHWM), in MB; 0 where /proc is not there.
double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

/// The one-minute load average (/proc/loadavg): the machine is shared, so every run prints it at
/// its start and end beside the times it qualifies; -1 where /proc is not there.
double loadAverage()
{
    QFile load(QStringLiteral("/proc/loadavg"));
    if (!load.open(QIODevice::ReadOnly))
        return -1;
    return load.readAll().split(' ').value(0).toDouble();
}

/// CPU seconds of the whole process (every thread) so far: on a shared machine the wall time of a
/// phase depends on the load, its CPU time much less.
double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

/// (a): the pipeline from opening the program file to the proposals file, the best of five runs.
bool benchProgramFile(int mentees, int mentors)
{
    QTemporaryDir folder;
    const QString program = folder.filePath(QStringLiteral("match-bench.mentordesk"));
    QString error;
    if (!bench::writeSyntheticProgram(program, bench::syntheticMatchProblem(mentees, mentors, 3), &error)) {
        std::fprintf(stderr, "matching_bench: cannot write the program: %s\n", qPrintable(error));
        return false;
    }
    double best = 1e9;
    double openMs = 0;
    double writeMs = 0;
    MatchOutcome outcome;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        ProgramDatabase database;
        const bool opened = database.open(program) != ProgramDatabase::Outcome::Refused;
        const double open = timer.nsecsElapsed() / 1e6;
        if (!opened) {
            std::fprintf(stderr, "matching_bench: %s\n", qPrintable(database.errorString()));
            return false;
        }
        MatchSelection selection;
        selection.referenceDate = QDate(2026, 12, 7);
        outcome = MatchSession::run(database.connection(), selection, matching::MatchRules::defaults());
        const double solved = timer.nsecsElapsed() / 1e6;
        if (!outcome.ok || !MatchFiles::writeProposals(outcome, folder.filePath(QStringLiteral("p.csv")), &error)) {
            std::fprintf(stderr, "matching_bench: %s\n", qPrintable(outcome.ok ? error : outcome.error));
            return false;
        }
        const double total = timer.nsecsElapsed() / 1e6;
        if (total < best) {
            best = total;
            openMs = open;
            writeMs = total - solved;
        }
    }
    print("match_file_mentees", double(outcome.problem.mentees.size()), "mentees");
    print("match_file_mentors", double(outcome.problem.mentors.size()), "mentors");
    print("match_file_matched", outcome.result.matched, "mentees");
    print("match_file_gap", double(outcome.result.gap), "points");
    print("match_file_open", openMs, "ms");
    print("match_file_load", outcome.loadSeconds * 1e3, "ms");
    print("match_file_score_solve_certify",
          (outcome.result.scoringSeconds + outcome.result.solvingSeconds + outcome.result.certifyingSeconds) * 1e3,
          "ms");
    print("match_file_explain", outcome.explainSeconds * 1e3, "ms");
    print("match_file_write_proposals", writeMs, "ms");
    print("match_file_pipeline", best, "ms");
    print("match_file_pipeline_target", 100, "ms");
    return true;
}

/// (b): the production scorer over every pair, the candidate graph, the solve and the
/// certificate, then the anchors on the same candidate graph.
bool benchMarketplace(int mentees, int mentors, int capacity, bool repair)
{
    QElapsedTimer timer;
    timer.start();
    const matching::MatchProblem problem = bench::syntheticMatchProblem(mentees, mentors, capacity);
    print("match_large_generate", timer.nsecsElapsed() / 1e9, "s");

    timer.restart();
    const matching::MatchScorer scorer(problem, matching::MatchRules::defaults());
    const double setup = timer.nsecsElapsed() / 1e9;
    matching::SolverInput input;
    input.gains = &scorer;
    for (const auto& mentor : problem.mentors)
        input.capacity.push_back(mentor.freeCapacity);
    input.candidatesPerMentee = 16;
    input.threads = std::max(2, QThread::idealThreadCount());
    if (!repair)
        input.repairPhaseLimit = 0;
    const double cpuAtStart = processCpuSeconds();
    const matching::SolverResult result = matching::MatchSolver::solve(input);
    const double endToEnd = timer.nsecsElapsed() / 1e9;
    const double endToEndCpu = processCpuSeconds() - cpuAtStart;
    if (!result.ok) {
        std::fprintf(stderr, "matching_bench: %s\n", qPrintable(result.error));
        return false;
    }
    const double solveSeconds = result.solvingSeconds + result.certifyingSeconds;
    print("match_large_mentees", mentees, "mentees");
    print("match_large_mentors", mentors, "mentors");
    print("match_large_threads", input.threads, "threads");
    print("match_large_scorer_setup", setup, "s");
    print("match_large_pairs_scored", double(result.pairsScored), "pairs");
    print("match_large_scoring", result.scoringSeconds, "s");
    print("match_large_pairs_per_second", double(result.pairsScored) / result.scoringSeconds, "pairs/s");
    print("match_large_solving", result.solvingSeconds, "s");
    print("match_large_repairing", result.repairSeconds, "s");
    print("match_large_repaired_rounds", result.repairedRounds, "rounds");
    print("match_large_repair_fallbacks", result.repairFallbacks, "rounds");
    print("match_large_repair_phases", result.repairPhases, "phases");
    print("match_large_certifying", result.certifyingSeconds, "s");
    print("match_large_end_to_end", endToEnd, "s");
    print("match_large_end_to_end_target", 30, "s");
    print("match_large_solve_cpu", endToEndCpu, "s");
    print("match_large_peak_memory", peakMemoryMb(), "MB");
    print("match_large_matched", result.matched, "mentees");
    print("match_large_candidate_arcs", double(result.candidateArcs), "arcs");
    print("match_large_certification_rounds", result.certificationRounds, "rounds");
    print("match_large_arcs_added_by_certificate", double(result.arcsAddedByCertificate), "arcs");
    print("match_large_gap", double(result.gap), "points");
    print("match_large_certified", result.certified ? 1 : 0, "bool");

    // The anchors' graph is the scoring phase once more, timed alone: wall and CPU seconds.
    QElapsedTimer scoringTimer;
    scoringTimer.start();
    const double cpuBefore = processCpuSeconds();
    const matching::CandidateGraph graph = matching::MatchSolver::buildCandidateGraph(input);
    print("match_large_rescoring_wall", scoringTimer.nsecsElapsed() / 1e9, "s");
    print("match_large_rescoring_cpu", processCpuSeconds() - cpuBefore, "s");
    const matching::AnchorRun simplex = matching::MatchSolver::anchorNetworkSimplex(graph);
    const matching::AnchorRun scaling = matching::MatchSolver::anchorCostScaling(graph);
    print("anchor_network_simplex", simplex.seconds, "s");
    print("anchor_cost_scaling", scaling.seconds, "s");
    print("anchor_objectives_agree", simplex.objective == scaling.objective ? 1 : 0, "bool");
    print("match_large_solve_and_certify_vs_network_simplex", solveSeconds / simplex.seconds, "ratio");
    print("match_large_solve_and_certify_vs_cost_scaling", solveSeconds / scaling.seconds, "ratio");
    return simplex.ok && scaling.ok;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks the matching engine."));
    parser.addHelpOption();
    const QCommandLineOption menteesOption(QStringLiteral("mentees"), QStringLiteral("Mentees of (b)."),
                                           QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption mentorsOption(QStringLiteral("mentors"), QStringLiteral("Mentors of (b)."),
                                           QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption capacityOption(QStringLiteral("capacity"), QStringLiteral("Places per mentor in (b)."),
                                            QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption fileOnlyOption(QStringLiteral("file-only"), QStringLiteral("Run (a) only."));
    const QCommandLineOption noRepairOption(
        QStringLiteral("no-repair"),
        QStringLiteral("Solve every certificate round of (b) from scratch (as before the repair)."));
    parser.addOptions({menteesOption, mentorsOption, capacityOption, fileOnlyOption, noRepairOption});
    parser.process(app);

    print("load_average_start", loadAverage(), "processes");
    if (!benchProgramFile(1000, 100))
        return 1;
    if (parser.isSet(fileOnlyOption))
        return 0;
    const bool ok = benchMarketplace(parser.value(menteesOption).toInt(), parser.value(mentorsOption).toInt(),
                                     parser.value(capacityOption).toInt(), !parser.isSet(noRepairOption));
    print("load_average_end", loadAverage(), "processes");
    return ok ? 0 : 1;
}
