// SPDX-License-Identifier: GPL-3.0-or-later
// analytics_bench: the outcome analytics (AnalyticsEngine, issue 11) on a generated program, against
// a plain SQL formulation of a few of its figures in the same run.
//
// Figures, each the median of --repeat runs, as of the last month end with snapshots, for the
// unfiltered scope ("all") and for the largest cohort ("cohort"):
//   analytics_read_tables_<scope>       BaseTableSource alone: sellers, pairings, every snapshot
//   analytics_point_estimates_<scope>   AnalyticsEngine::compute, Phase::PointEstimates
//   analytics_with_intervals_<scope>    AnalyticsEngine::compute, Phase::WithIntervals
// and the anchor naive_point_estimates: return_rate_latest and listing_quality_improvement of the
// mentored group (enrolled, paired sellers) as one SQL statement each with correlated subqueries
// on seller_metric_snapshots — what a per-group report query would do. Compare ratios, not
// milliseconds, on a shared machine.
//
//     analytics_bench [--database FILE] [--repeat R] [--no-intervals]
//
// The file comes from `mentordesk generate` (docs/benchmarks.md has the commands and results).

#include "analytics/AnalysisGroups.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/BaseTableSource.h"
#include "storage/ProgramDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace mentordesk;

namespace {

void printFigure(const QString& name, double value, const char* unit)
{
    std::printf("%s %.1f %s\n", qPrintable(name), value, unit);
    std::fflush(stdout);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

/// Milliseconds of `step`, the median of `repeat` runs.
double measure(int repeat, const std::function<void()>& step)
{
    std::vector<double> times;
    for (int run = 0; run < repeat; ++run) {
        QElapsedTimer timer;
        timer.start();
        step();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

QVariant scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        std::fprintf(stderr, "analytics_bench: %s\n", qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

/// The anchor: two mentored-group figures as a report query would compute them, each seller's
/// latest (and baseline) snapshot found by a correlated subquery.
double naivePointEstimates(QSqlDatabase db, const QDate& asOf)
{
    const QString mentored = QStringLiteral("FROM sellers s WHERE s.enrolment_date IS NOT NULL AND s.enrolment_date "
                                            "<= '%1' AND EXISTS (SELECT 1 FROM pairings p WHERE p.mentee_id = s.id)")
                                 .arg(asOf.toString(Qt::ISODate));
    const QString latest = QStringLiteral("(SELECT max(snapshot_date) FROM seller_metric_snapshots m WHERE "
                                          "m.seller_id = s.id AND m.snapshot_date <= '%1')")
                               .arg(asOf.toString(Qt::ISODate));
    const QString baseline = QStringLiteral("(SELECT max(snapshot_date) FROM seller_metric_snapshots m WHERE "
                                            "m.seller_id = s.id AND m.snapshot_date <= s.enrolment_date)");
    const auto at = [](const QString& column, const QString& date) {
        return QStringLiteral("(SELECT %1 FROM seller_metric_snapshots m WHERE m.seller_id = s.id AND "
                              "m.snapshot_date = %2)")
            .arg(column, date);
    };
    const double returnRate = scalar(db, QStringLiteral("SELECT sum(%1) * 1.0 / sum(%2) %3")
                                             .arg(at(QStringLiteral("returned_orders"), latest),
                                                  at(QStringLiteral("orders"), latest), mentored))
                                  .toDouble();
    const double quality = scalar(db, QStringLiteral("SELECT avg(%1 - %2) %3")
                                          .arg(at(QStringLiteral("listing_quality"), latest),
                                               at(QStringLiteral("listing_quality"), baseline), mentored))
                               .toDouble();
    return returnRate + quality; // used, so neither statement is skipped
}

void measureScope(QSqlDatabase db, const QString& label, const AnalyticsScope& scope, int repeat, bool intervals)
{
    AnalyticsEngine engine(db);
    printFigure(QStringLiteral("analytics_read_tables_%1").arg(label),
                measure(repeat,
                        [&] {
                            BaseTableSource source(db);
                            auto program = source.readSellers();
                            if (!program)
                                return;
                            QSet<qint64> wanted;
                            const AnalysisGroups groups = AnalysisGroups::build(*program, scope);
                            for (const QVector<AnalysisMember>* members : {&groups.mentored, &groups.comparison})
                                for (const AnalysisMember& member : *members)
                                    wanted.insert(program->sellers.at(member.seller).id);
                            source.readSnapshots(*program, wanted, scope.asOf, nullptr);
                        }),
                "ms");
    printFigure(QStringLiteral("analytics_point_estimates_%1").arg(label),
                measure(repeat,
                        [&] {
                            if (!engine.compute(scope, AnalyticsEngine::Phase::PointEstimates))
                                std::fprintf(stderr, "analytics_bench: %s\n", qPrintable(engine.errorString()));
                        }),
                "ms");
    if (intervals)
        printFigure(QStringLiteral("analytics_with_intervals_%1").arg(label),
                    measure(repeat,
                            [&] {
                                if (!engine.compute(scope, AnalyticsEngine::Phase::WithIntervals))
                                    std::fprintf(stderr, "analytics_bench: %s\n", qPrintable(engine.errorString()));
                            }),
                    "ms");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("database"), QStringLiteral("The generated program file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per figure (median)."), QStringLiteral("R"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("no-intervals"), QStringLiteral("Skip the WithIntervals figures.")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("database"));
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        std::fprintf(stderr, "analytics_bench: give --database FILE, a program from `mentordesk generate` "
                             "(docs/benchmarks.md)\n");
        return 2;
    }
    ProgramDatabase database;
    if (database.open(path) == ProgramDatabase::Outcome::Refused) {
        std::fprintf(stderr, "analytics_bench: %s\n", qPrintable(database.errorString()));
        return 2;
    }
    QSqlDatabase db = database.connection();
    // The last month end on or before the newest snapshot: the maintained aggregates' as-of dates.
    const QDate newest = QDate::fromString(
        scalar(db, QStringLiteral("SELECT max(snapshot_date) FROM seller_metric_snapshots")).toString(), Qt::ISODate);
    if (!newest.isValid()) {
        std::fprintf(stderr, "analytics_bench: the program has no metric snapshots\n");
        return 2;
    }
    const QDate asOf =
        newest.day() == newest.daysInMonth() ? newest : QDate(newest.year(), newest.month(), 1).addDays(-1);
    printFigure(QStringLiteral("sellers"), scalar(db, QStringLiteral("SELECT count(*) FROM sellers")).toDouble(),
                "rows");
    printFigure(QStringLiteral("snapshots"),
                scalar(db, QStringLiteral("SELECT count(*) FROM seller_metric_snapshots")).toDouble(), "rows");
    std::fprintf(stderr, "as of %s\n", qPrintable(asOf.toString(Qt::ISODate)));

    const bool intervals = !parser.isSet(QStringLiteral("no-intervals"));
    AnalyticsScope all;
    all.asOf = asOf;
    measureScope(db, QStringLiteral("all"), all, repeat, intervals);
    AnalyticsScope cohort = all;
    cohort.cohortId = scalar(db, QStringLiteral("SELECT cohort_id FROM cohort_members GROUP BY cohort_id "
                                                "ORDER BY count(*) DESC, cohort_id LIMIT 1"))
                          .toLongLong();
    if (cohort.cohortId > 0)
        measureScope(db, QStringLiteral("cohort"), cohort, repeat, intervals);
    printFigure(QStringLiteral("naive_point_estimates"), measure(repeat, [&] { naivePointEstimates(db, asOf); }), "ms");
    return 0;
}
