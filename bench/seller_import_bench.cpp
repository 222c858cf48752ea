// SPDX-License-Identifier: GPL-3.0-or-later
// Seller CSV import against its anchor, `sqlite3 new.db ".import --csv FILE sellers"`.
//
// Generates a seller export (13 columns, quoted fields with embedded commas; 1,000,000 rows by
// default), then in the same run:
//  - the anchor: the sqlite3 shell imports it into a new database, untyped and unvalidated;
//  - the import engine: a fresh program, full validation, upsert, a snapshot per row, the batch
//    record, the safety copy, the search and sort indexes;
//  - the engine again on the same program and file (every row unchanged).
// Each contestant runs in a child process (this program re-executed, or sqlite3), so that each
// peak memory figure is its own. Prints one "name value unit" line per figure.
//
//   seller_import_bench [--rows N] [--work DIR] [--keep]

#include "importing/ColumnMapping.h"
#include "importing/ImportSource.h"
#include "importjob/ImportEngine.h"
#include "storage/ProgramDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <vector>

using namespace mentordesk;

namespace {

void printFigure(const QString& name, double value, const QString& unit, int decimals = 2)
{
    std::printf("%s %s %s\n", qPrintable(name), qPrintable(QString::number(value, 'f', decimals)), qPrintable(unit));
    std::fflush(stdout);
}

double peakMegabytes(const rusage& usage)
{
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

/// A back-office export as Excel would save it: quoted names with commas, mixed channels, dates,
/// money with two decimals.
bool generateCsv(const QString& path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    static const char* const categories[] = {
        "Home & Garden", "Fashion, Apparel", "Electronics", "Toys & Games", "Beauty", "Sports, Outdoor", "Books",
        "Pets",          "Food & Drink",     "Crafts"};
    static const char* const channels[] = {"Marketplace app", "Own storefront", "Wholesale", "Social"};
    static const char* const statuses[] = {"Prospect", "Enrolled", "Graduated", "Withdrawn"};
    static const char* const countries[] = {"DE", "FR", "NL", "PL", "ES", "IT", "GB", "US"};
    QRandomGenerator random(7);
    QByteArray buffer;
    buffer.reserve(1 << 20);
    buffer += "Seller ID,Shop name,Contact,E-mail,Phone,Category,Channel,Country,Status,Signup date,Revenue,"
              "Orders,Listing quality\n";
    for (qint64 i = 0; i < rows; ++i) {
        char line[512];
        const int length = std::snprintf(
            line, sizeof line,
            "S%07lld,\"Shop %lld, Ltd.\",\"Person %lld\",person%lld@example.com,+49 30 %07lld,\"%s\",%s,%s,%s,"
            "2024-%02d-%02d,%.2f,%lld,%lld\n",
            static_cast<long long>(i), static_cast<long long>(i), static_cast<long long>(i % 9973),
            static_cast<long long>(i), static_cast<long long>(i), categories[i % 10], channels[i % 4], countries[i % 8],
            statuses[i % 4], int(1 + i % 12), int(1 + i % 28), random.bounded(1000000) / 100.0,
            static_cast<long long>(i % 500), static_cast<long long>(i % 101));
        buffer.append(line, length);
        if (buffer.size() > (1 << 20) - 512) {
            if (file.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return file.write(buffer) == buffer.size() && file.flush();
}

/// The child side: one engine import of `csv` into `program`. Prints its figures.
int runEngine(const QString& csv, const QString& program, const QString& prefix)
{
    ProgramDatabase database;
    if (database.open(program) == ProgramDatabase::Outcome::Refused) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 2;
    }
    QString error;
    const std::optional<ImportSource> source = ImportSource::inspect(csv, {}, &error);
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    ImportOptions options;
    options.kind = ImportKind::SellerProfiles;
    options.filePath = csv;
    options.encoding = source->encoding;
    options.dialect = source->dialect;
    options.mapping = ColumnMapping::autoMap(options.kind, source->columnNames);
    options.exportDate = source->fileDate;
    options.actor = QStringLiteral("bench");
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = ImportEngine(database.connection()).run(options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (result.status != ImportResult::Status::Imported) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error));
        return 2;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    printFigure(prefix + QStringLiteral(".time"), seconds, QStringLiteral("s"), 3);
    printFigure(prefix + QStringLiteral(".rows_per_second"), double(result.rowsRead) / seconds,
                QStringLiteral("rows/s"), 0);
    printFigure(prefix + QStringLiteral(".phase.safety_copy"), result.safetyCopySeconds, QStringLiteral("s"), 3);
    printFigure(prefix + QStringLiteral(".phase.rows"), result.rowsSeconds, QStringLiteral("s"), 3);
    printFigure(prefix + QStringLiteral(".phase.indexes_and_batch"), result.finishSeconds, QStringLiteral("s"), 3);
    printFigure(prefix + QStringLiteral(".phase.commit"), result.commitSeconds, QStringLiteral("s"), 3);
    printFigure(prefix + QStringLiteral(".peak_memory"), peakMegabytes(usage), QStringLiteral("MB"), 1);
    printFigure(prefix + QStringLiteral(".sellers_added"), double(result.sellersAdded), QStringLiteral("rows"), 0);
    printFigure(prefix + QStringLiteral(".sellers_unchanged"), double(result.sellersUnchanged), QStringLiteral("rows"),
                0);
    printFigure(prefix + QStringLiteral(".snapshots_added"), double(result.snapshotsAdded), QStringLiteral("rows"), 0);
    printFigure(prefix + QStringLiteral(".rows_rejected"), double(result.rowsRejected), QStringLiteral("rows"), 0);
    return 0;
}

struct ChildRun {
    bool ok = false;
    double seconds = 0;
    double peakMegabytes = 0;
};

/// Runs a child to completion, its output going straight to ours, and takes its own resource
/// usage from wait4() (getrusage(RUSAGE_CHILDREN) would sum all children so far).
ChildRun runChild(const QString& program, const QStringList& arguments)
{
    ChildRun run;
    std::fflush(stdout);
    std::vector<QByteArray> storage{program.toLocal8Bit()};
    for (const QString& argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv.front(), nullptr, nullptr, argv.data(), environ) != 0)
        return run;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    run.peakMegabytes = peakMegabytes(usage);
    return run;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("rows"), QStringLiteral("Rows of the generated file."), QStringLiteral("N"),
         QStringLiteral("1000000")},
        {QStringLiteral("work"), QStringLiteral("Directory for the file and databases."), QStringLiteral("DIR")},
        {QStringLiteral("keep"), QStringLiteral("Keep the generated files.")},
        {QStringLiteral("engine"), QStringLiteral("(internal) Import CSV into PROGRAM."), QStringLiteral("CSV")},
        {QStringLiteral("program"), QStringLiteral("(internal)"), QStringLiteral("PROGRAM")},
        {QStringLiteral("prefix"), QStringLiteral("(internal)"), QStringLiteral("NAME")},
    });
    parser.addHelpOption();
    parser.process(app);

    if (parser.isSet(QStringLiteral("engine")))
        return runEngine(parser.value(QStringLiteral("engine")), parser.value(QStringLiteral("program")),
                         parser.value(QStringLiteral("prefix")));

    QTemporaryDir temporary;
    temporary.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    const QString work = parser.isSet(QStringLiteral("work")) ? parser.value(QStringLiteral("work")) : temporary.path();
    QDir().mkpath(work);
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const QString csv = QDir(work).filePath(QStringLiteral("sellers.csv"));
    const QString anchorDb = QDir(work).filePath(QStringLiteral("anchor.db"));
    const QString program = QDir(work).filePath(QStringLiteral("imported.mentordesk"));
    for (const QString& path : {anchorDb, program, program + QStringLiteral("-wal"), program + QStringLiteral("-shm")})
        QFile::remove(path);

    QElapsedTimer timer;
    timer.start();
    if (!generateCsv(csv, rows)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
        return 2;
    }
    printFigure(QStringLiteral("file.rows"), double(rows), QStringLiteral("rows"), 0);
    printFigure(QStringLiteral("file.size"), double(QFileInfo(csv).size()) / (1024.0 * 1024.0), QStringLiteral("MB"),
                1);
    printFigure(QStringLiteral("file.generate"), double(timer.elapsed()) / 1000.0, QStringLiteral("s"), 1);

    const ChildRun anchor =
        runChild(QStringLiteral("sqlite3"), {anchorDb, QStringLiteral(".import --csv %1 sellers").arg(csv)});
    if (!anchor.ok) {
        std::fprintf(stderr, "sqlite3 .import failed (is the sqlite3 shell installed?)\n");
        return 2;
    }
    printFigure(QStringLiteral("anchor.sqlite3_import.time"), anchor.seconds, QStringLiteral("s"), 3);
    printFigure(QStringLiteral("anchor.sqlite3_import.rows_per_second"), double(rows) / anchor.seconds,
                QStringLiteral("rows/s"), 0);
    printFigure(QStringLiteral("anchor.sqlite3_import.peak_memory"), anchor.peakMegabytes, QStringLiteral("MB"), 1);

    const QString self = QCoreApplication::applicationFilePath();
    const ChildRun first = runChild(self, {QStringLiteral("--engine"), csv, QStringLiteral("--program"), program,
                                           QStringLiteral("--prefix"), QStringLiteral("engine.first_import")});
    if (!first.ok)
        return 2;
    const ChildRun again = runChild(self, {QStringLiteral("--engine"), csv, QStringLiteral("--program"), program,
                                           QStringLiteral("--prefix"), QStringLiteral("engine.reimport")});
    if (!again.ok)
        return 2;

    // The child's own clock excludes process start and opening the program; the ratio uses the
    // wall time of both children, start to exit, like the anchor's.
    printFigure(QStringLiteral("engine.first_import.wall_time"), first.seconds, QStringLiteral("s"), 3);
    printFigure(QStringLiteral("engine.reimport.wall_time"), again.seconds, QStringLiteral("s"), 3);
    printFigure(QStringLiteral("ratio.first_import_to_anchor"), first.seconds / anchor.seconds, QStringLiteral("x"));
    printFigure(QStringLiteral("ratio.reimport_to_anchor"), again.seconds / anchor.seconds, QStringLiteral("x"));
    printFigure(QStringLiteral("ratio.reimport_to_first_import"), again.seconds / first.seconds, QStringLiteral("x"));
    std::printf("target.ratio_1_5 %s\n", first.seconds / anchor.seconds <= 1.5 ? "met" : "missed");
    std::printf("target.peak_memory_200MB %s\n",
                first.peakMegabytes <= 200 && again.peakMegabytes <= 200 ? "met" : "missed");
    std::printf("target.reimport_not_slower %s\n", again.seconds <= first.seconds ? "met" : "missed");
    printFigure(QStringLiteral("engine.first_import.child_peak_memory"), first.peakMegabytes, QStringLiteral("MB"), 1);
    printFigure(QStringLiteral("engine.reimport.child_peak_memory"), again.peakMegabytes, QStringLiteral("MB"), 1);
    return 0;
}
