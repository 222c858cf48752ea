// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "importing/ColumnMapping.h"
#include "importing/CsvDialectDetector.h"
#include "importing/ImportErrorReport.h"
#include "importing/ImportField.h"
#include "importing/ImportProblemSink.h"
#include "importing/ImportSource.h"
#include "importing/MappingProfile.h"
#include "importjob/ImportEngine.h"
#include "importjob/ImportOptions.h"
#include "storage/ProgramDatabase.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <atomic>
#include <chrono>
#include <climits>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <signal.h>
#include <unistd.h>
#endif

namespace mentordesk {

namespace {

/// Problems printed to the terminal before the rest is only counted: enough to see what is wrong,
/// few enough not to bury the summary.
constexpr int kProblemsShown = 20;
constexpr int kShownValueLength = 60;

void printLine(FILE* stream, const QString& text)
{
    std::fprintf(stream, "%s\n", qPrintable(text));
    std::fflush(stream);
}

void printError(const QString& message)
{
    printLine(stderr, ImportCommand::tr("mentordesk import: %1").arg(message));
}

/// A count for a %Ln form; counts beyond int are not expected from a file, but must not wrap.
int plural(qint64 count)
{
    return int(qMin<qint64>(count, INT_MAX));
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Ctrl+C must not kill the import halfway through: the handler only asks the engine to stop, and
// the engine rolls back. A pointer to a lock-free atomic is all a signal handler may touch.
std::atomic<std::atomic<bool>*> s_cancelFlag{nullptr};

extern "C" void requestCancel(int)
{
    if (std::atomic<bool>* flag = s_cancelFlag.load())
        flag->store(true);
}

/// Routes SIGINT (and SIGTERM) to an ImportProgress while it lives. The handler is one-shot, so a
/// second Ctrl+C ends the process the usual way, which SQLite survives too: an interrupted
/// transaction is rolled back when the program is next opened.
class CancelOnInterrupt {
public:
    explicit CancelOnInterrupt(ImportProgress* progress)
    {
        static_assert(std::atomic<std::atomic<bool>*>::is_always_lock_free);
        static_assert(std::atomic<bool>::is_always_lock_free);
        s_cancelFlag.store(&progress->cancelRequested);
#ifdef Q_OS_WIN
        m_previousInterrupt = std::signal(SIGINT, requestCancel);
        m_previousTerminate = std::signal(SIGTERM, requestCancel);
#else
        struct sigaction action = {};
        action.sa_handler = requestCancel;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        sigaction(SIGINT, &action, &m_previousInterrupt);
        sigaction(SIGTERM, &action, &m_previousTerminate);
#endif
    }
    ~CancelOnInterrupt()
    {
#ifdef Q_OS_WIN
        std::signal(SIGINT, m_previousInterrupt);
        std::signal(SIGTERM, m_previousTerminate);
#else
        sigaction(SIGINT, &m_previousInterrupt, nullptr);
        sigaction(SIGTERM, &m_previousTerminate, nullptr);
#endif
        s_cancelFlag.store(nullptr);
    }
    CancelOnInterrupt(const CancelOnInterrupt&) = delete;
    CancelOnInterrupt& operator=(const CancelOnInterrupt&) = delete;

private:
#ifdef Q_OS_WIN
    void (*m_previousInterrupt)(int) = nullptr;
    void (*m_previousTerminate)(int) = nullptr;
#else
    struct sigaction m_previousInterrupt = {};
    struct sigaction m_previousTerminate = {};
#endif
};

/// Prints a progress line a second to a terminal from a thread of its own, since the engine blocks
/// the main thread. Only reads the progress atomics. Nothing is printed into a pipe or a log file,
/// where a line a second would only be noise.
class ProgressPrinter {
public:
    explicit ProgressPrinter(const ImportProgress* progress)
        : m_progress(progress)
    {
        if (stderrIsTerminal())
            m_thread = std::thread([this] { loop(); });
    }
    ~ProgressPrinter()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stopped = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }
    ProgressPrinter(const ProgressPrinter&) = delete;
    ProgressPrinter& operator=(const ProgressPrinter&) = delete;

private:
    void loop()
    {
        bool committingShown = false;
        bool cancelShown = false;
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stopped; })) {
            if (m_progress->cancelRequested.load()) {
                if (!cancelShown)
                    printLine(stderr, ImportCommand::tr("Cancelling: the program is left as it was…"));
                cancelShown = true;
                continue;
            }
            if (m_progress->committing.load()) {
                if (!committingShown)
                    printLine(stderr, ImportCommand::tr("Writing the rows and rebuilding the indexes…"));
                committingShown = true;
                continue;
            }
            const qint64 total = m_progress->totalBytes.load();
            const qint64 percent = total > 0 ? qMin<qint64>(100, m_progress->bytesRead.load() * 100 / total) : 0;
            printLine(
                stderr,
                ImportCommand::tr("%1 % read, %Ln row(s)", nullptr, plural(m_progress->rowsRead.load())).arg(percent));
        }
    }

    const ImportProgress* m_progress;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopped = false;
    std::thread m_thread;
};

/// Passes rejected rows on to the error report, if any, and prints the first few to stderr so that
/// a mistake shows at once without opening the report.
class ProblemPrinter : public ImportProblemSink {
public:
    explicit ProblemPrinter(ImportErrorReport* report)
        : m_report(report)
    {
    }

    void rowRejected(qint64 line, const QStringList& cells, const QList<ImportProblem>& problems) override
    {
        if (m_report)
            m_report->rowRejected(line, cells, problems);
        for (const ImportProblem& problem : problems) {
            if (m_printed < kProblemsShown) {
                printLine(stderr, describe(problem.line > 0 ? problem.line : line, problem));
                ++m_printed;
            } else {
                ++m_notPrinted;
            }
        }
    }

    qint64 notPrinted() const { return m_notPrinted; }

private:
    static QString describe(qint64 line, const ImportProblem& problem)
    {
        QString value = problem.value;
        value.replace(u'\r', u' ').replace(u'\n', u' ');
        if (value.size() > kShownValueLength)
            value = value.left(kShownValueLength - 1) + QChar(0x2026);
        if (problem.columnName.isEmpty())
            return ImportCommand::tr("line %1: %2").arg(line).arg(problem.reason);
        if (value.isEmpty())
            return ImportCommand::tr("line %1, column “%2”: %3").arg(line).arg(problem.columnName, problem.reason);
        return ImportCommand::tr("line %1, column “%2”: value “%3”: %4")
            .arg(line)
            .arg(problem.columnName, value, problem.reason);
    }

    ImportErrorReport* m_report;
    int m_printed = 0;
    qint64 m_notPrinted = 0;
};

std::optional<QChar> parseDelimiter(const QString& text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\\t") || text == QLatin1String("\t"))
        return QChar(u'\t');
    if (text.size() == 1 && CsvDialectDetector::candidateDelimiters().contains(text.at(0)))
        return text.at(0);
    return std::nullopt;
}

QString delimiterName(QChar delimiter)
{
    return delimiter == u'\t' ? ImportCommand::tr("tabs") : QStringLiteral("“%1”").arg(delimiter);
}

/// "seller files" or "metrics files", for messages.
QString filesOfKind(ImportKind kind)
{
    return kind == ImportKind::SellerProfiles ? ImportCommand::tr("seller files") : ImportCommand::tr("metrics files");
}

/// The program the GUI would open: the last one, when it still exists.
QString defaultDatabase()
{
    const QString last = QSettings().value(QStringLiteral("lastProgram")).toString();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : QString();
}

/// A profile the import wizard saved: QSettings "importProfiles/<kind>/<name>" holds the JSON of
/// MappingProfile::toJsonBytes().
std::optional<MappingProfile> savedProfile(ImportKind kind, const QString& name, QString* error)
{
    QSettings settings;
    const QString group = QStringLiteral("importProfiles/%1").arg(MappingProfile::kindName(kind));
    const QVariant stored = settings.value(group + u'/' + name);
    if (!stored.isValid()) {
        settings.beginGroup(group);
        const QStringList names = settings.childKeys();
        *error = names.isEmpty()
                     ? ImportCommand::tr("there is no saved import profile “%1” for %2, and none at all yet. "
                                         "Save one in the import wizard, or give the mapping with --mapping FILE.json.")
                           .arg(name, filesOfKind(kind))
                     : ImportCommand::tr("there is no saved import profile “%1” for %2. Saved profiles: %3.")
                           .arg(name, filesOfKind(kind), names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QString reason;
    std::optional<MappingProfile> profile = MappingProfile::fromJsonBytes(stored.toByteArray(), &reason);
    if (!profile)
        *error = ImportCommand::tr("the saved import profile “%1” cannot be read: %2").arg(name, reason);
    return profile;
}

std::optional<MappingProfile> profileFromFile(const QString& path, ImportKind kind, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ImportCommand::tr("cannot read the mapping file “%1”: %2.").arg(shown(path), file.errorString());
        return std::nullopt;
    }
    QString reason;
    std::optional<MappingProfile> profile = MappingProfile::fromJsonBytes(file.readAll(), &reason);
    if (!profile) {
        *error =
            ImportCommand::tr("the mapping file “%1” cannot be used: %2 See docs/import-mapping.md for the format.")
                .arg(shown(path), reason);
        return std::nullopt;
    }
    if (profile->kind != kind) {
        *error = ImportCommand::tr("the mapping file “%1” is for %2, not %3.")
                     .arg(shown(path), filesOfKind(profile->kind), filesOfKind(kind));
        return std::nullopt;
    }
    return profile;
}

QString newValuesLine(ImportKind kind, const QString& fieldKey, const QStringList& values)
{
    // Quoted, because values such as "Fashion, Apparel" hold the separator themselves.
    QStringList quoted;
    for (const QString& value : values)
        quoted << QStringLiteral("“%1”").arg(value);
    const QString list = quoted.join(QStringLiteral(", "));
    if (fieldKey == QLatin1String("category"))
        return ImportCommand::tr("New categories: %1").arg(list);
    if (fieldKey == QLatin1String("country"))
        return ImportCommand::tr("New countries: %1").arg(list);
    if (fieldKey == QLatin1String("time_zone"))
        return ImportCommand::tr("New time zones: %1").arg(list);
    const int index = ImportField::indexOf(kind, fieldKey);
    const QString title = index >= 0 ? ImportField::fields(kind).at(index).translatedTitle() : fieldKey;
    return ImportCommand::tr("New values of “%1”: %2").arg(title, list);
}

void printCount(const QString& line)
{
    printLine(stdout, QStringLiteral("  ") + line);
}

void printSummary(const ImportOptions& options, const ImportResult& result)
{
    if (result.status == ImportResult::Status::DryRun)
        printLine(stdout, ImportCommand::tr("Dry run: nothing was written. Had it been an import:"));
    printLine(
        stdout,
        ImportCommand::tr("Read %Ln row(s) from “%1”.", nullptr, plural(result.rowsRead)).arg(shown(options.filePath)));
    if (options.kind == ImportKind::SellerProfiles) {
        printCount(ImportCommand::tr("%Ln seller(s) added", nullptr, plural(result.sellersAdded)));
        printCount(ImportCommand::tr("%Ln seller(s) updated", nullptr, plural(result.sellersUpdated)));
        printCount(ImportCommand::tr("%Ln seller(s) unchanged", nullptr, plural(result.sellersUnchanged)));
        printCount(ImportCommand::tr("%Ln row(s) skipped: the seller is already in the program (--on-duplicate update "
                                     "replaces their values)",
                                     nullptr, plural(result.rowsSkipped)));
    }
    printCount(ImportCommand::tr("%Ln row(s) rejected", nullptr, plural(result.rowsRejected)));
    const qint64 snapshots = result.snapshotsAdded + result.snapshotsUpdated + result.snapshotsUnchanged;
    if (options.kind == ImportKind::MetricSnapshots || snapshots > 0) {
        printCount(ImportCommand::tr("%Ln metric snapshot(s) added", nullptr, plural(result.snapshotsAdded)));
        printCount(ImportCommand::tr("%Ln metric snapshot(s) updated", nullptr, plural(result.snapshotsUpdated)));
        printCount(ImportCommand::tr("%Ln metric snapshot(s) unchanged", nullptr, plural(result.snapshotsUnchanged)));
    }
    for (auto it = result.newValues.cbegin(); it != result.newValues.cend(); ++it) {
        if (!it.value().isEmpty())
            printLine(stdout, newValuesLine(options.kind, it.key(), it.value()));
    }
    if (result.status == ImportResult::Status::Imported && result.batchId > 0)
        printLine(stdout, ImportCommand::tr("Import batch %1.").arg(result.batchId));
    if (!result.safetyCopyPath.isEmpty())
        printLine(
            stdout,
            ImportCommand::tr("Safety copy of the program before the import: “%1”.").arg(shown(result.safetyCopyPath)));
    printLine(stdout, ImportCommand::tr("Took %1 s.").arg(result.seconds, 0, 'f', 1));
    if (result.status == ImportResult::Status::DryRun)
        printLine(stdout, ImportCommand::tr("Dry run: nothing was written."));
}

/// Removes a program file this command created, with SQLite's companions, when it ends up holding
/// nothing the user asked for (a failed import or a dry run).
void removeProgramFile(const QString& path)
{
    for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QFile::remove(file);
}

} // namespace

int ImportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports sellers or metric snapshots from a CSV file into a program, as the import wizard does, "
           "without opening a window. Exit code 0: everything was imported; 1: some rows were rejected, the "
           "rest was imported; 2: nothing was written."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(
        QStringList{QStringLiteral("d"), QStringLiteral("database")},
        tr("The program file to import into; created when it does not exist (default: the last program opened)."),
        tr("file"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), tr("Use the column mapping saved in the import wizard as <name>."), tr("name"));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"),
                                           tr("Use the column mapping of <file> (JSON, see docs/import-mapping.md)."),
                                           tr("file"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
                                            tr("The file's encoding, e.g. UTF-8 or windows-1252 (default: detected)."),
                                            tr("name"));
    const QCommandLineOption delimiterOption(
        QStringLiteral("delimiter"), tr("What separates the values: , ; | or tab (default: detected)."), tr("d"));
    const QCommandLineOption duplicateOption(
        QStringLiteral("on-duplicate"), tr("What to do with sellers already in the program: update (default) or skip."),
        tr("policy"));
    const QCommandLineOption exportDateOption(
        QStringLiteral("export-date"),
        tr("The date of the metric snapshots of rows without one (default: the file's date)."), tr("YYYY-MM-DD"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("Check and count everything, then write nothing."));
    const QCommandLineOption errorsOption(
        QStringLiteral("errors"), tr("Write every rejected row, with the reason, to <file> (CSV)."), tr("file"));
    parser.addOptions({databaseOption, profileOption, mappingOption, encodingOption, delimiterOption, duplicateOption,
                       exportDateOption, dryRunOption, errorsOption});
    parser.addPositionalArgument(QStringLiteral("kind"), tr("What the file holds: sellers or metrics."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to import."));

    if (!parser.parse(arguments)) {
        printError(tr("%1 Run 'mentordesk import --help'.").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }

    // The options, all checked before anything is read or opened. The parser took "import" for the
    // program's name, so the kind comes first.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        printError(tr("say what to import and from which file: mentordesk import sellers|metrics FILE."));
        return 2;
    }
    if (positional.size() > 2) {
        printError(tr("unexpected argument '%1'.").arg(positional.at(2)));
        return 2;
    }
    ImportOptions options;
    if (positional.at(0) == MappingProfile::kindName(ImportKind::SellerProfiles)) {
        options.kind = ImportKind::SellerProfiles;
    } else if (positional.at(0) == MappingProfile::kindName(ImportKind::MetricSnapshots)) {
        options.kind = ImportKind::MetricSnapshots;
    } else {
        printError(tr("'%1' is not something to import; say sellers or metrics.").arg(positional.at(0)));
        return 2;
    }
    options.filePath = QFileInfo(positional.at(1)).absoluteFilePath();
    if (parser.isSet(profileOption) && parser.isSet(mappingOption)) {
        printError(tr("--profile and --mapping cannot be used together: each gives the whole mapping."));
        return 2;
    }
    ImportSource::Overrides overrides;
    if (parser.isSet(encodingOption)) {
        overrides.encoding = TextEncoding::fromName(parser.value(encodingOption));
        if (!overrides.encoding.isValid()) {
            printError(tr("MentorDesk cannot read the encoding '%1'. Encodings it knows include %2.")
                           .arg(parser.value(encodingOption), TextEncoding::commonNames().join(QStringLiteral(", "))));
            return 2;
        }
    }
    if (parser.isSet(delimiterOption)) {
        overrides.delimiter = parseDelimiter(parser.value(delimiterOption));
        if (!overrides.delimiter) {
            printError(tr("--delimiter takes , ; | or tab, not '%1'.").arg(parser.value(delimiterOption)));
            return 2;
        }
    }
    if (parser.isSet(duplicateOption)) {
        const QString policy = parser.value(duplicateOption);
        if (policy == QLatin1String("skip")) {
            options.onDuplicate = DuplicatePolicy::Skip;
        } else if (policy == QLatin1String("update")) {
            options.onDuplicate = DuplicatePolicy::Update;
        } else {
            printError(tr("--on-duplicate takes skip or update, not '%1'.").arg(policy));
            return 2;
        }
    }
    if (parser.isSet(exportDateOption)) {
        options.exportDate = QDate::fromString(parser.value(exportDateOption), Qt::ISODate);
        if (!options.exportDate.isValid()) {
            printError(tr("--export-date needs a date as YYYY-MM-DD, not '%1'.").arg(parser.value(exportDateOption)));
            return 2;
        }
    }
    options.dryRun = parser.isSet(dryRunOption);
    const QString databasePath =
        parser.isSet(databaseOption) ? QFileInfo(parser.value(databaseOption)).absoluteFilePath() : defaultDatabase();
    if (databasePath.isEmpty()) {
        printError(tr("say which program to import into with --database FILE."));
        return 2;
    }

    // The mapping profile first: its encoding, delimiter and header setting shape how the file is
    // read, unless the command line says otherwise.
    std::optional<MappingProfile> profile;
    QString error;
    if (parser.isSet(profileOption)) {
        options.profileName = parser.value(profileOption);
        profile = savedProfile(options.kind, options.profileName, &error);
    } else if (parser.isSet(mappingOption)) {
        profile = profileFromFile(QFileInfo(parser.value(mappingOption)).absoluteFilePath(), options.kind, &error);
    }
    if (!error.isEmpty()) {
        printError(error);
        return 2;
    }
    if (profile) {
        if (options.profileName.isEmpty())
            options.profileName = profile->name;
        if (!overrides.encoding.isValid() && !profile->encoding.isEmpty()) {
            overrides.encoding = TextEncoding::fromName(profile->encoding);
            if (!overrides.encoding.isValid()) {
                printError(
                    tr("the mapping names the encoding '%1', which MentorDesk cannot read.").arg(profile->encoding));
                return 2;
            }
        }
        if (!overrides.delimiter)
            overrides.delimiter = profile->delimiter;
        overrides.hasHeaderRow = profile->hasHeader;
        options.numberStyle = profile->numberStyle;
        options.dateOrder = profile->dateOrder;
    }

    const std::optional<ImportSource> source = ImportSource::inspect(options.filePath, overrides, &error);
    if (!source) {
        printError(error);
        return 2;
    }
    options.encoding = source->encoding;
    options.dialect = source->dialect;
    if (!options.exportDate.isValid())
        options.exportDate = source->fileDate;
    printLine(stdout,
              (source->dialect.hasHeaderRow ? tr("Reading “%1”: %2, values separated by %3, with a header row.")
                                            : tr("Reading “%1”: %2, values separated by %3, without a header row."))
                  .arg(shown(options.filePath), source->encoding.name(), delimiterName(source->dialect.delimiter)));

    const int columnCount = int(source->columnNames.size());
    if (profile) {
        const QStringList headerNames =
            source->dialect.hasHeaderRow ? source->columnNames : QStringList(columnCount, QString());
        options.mapping = ColumnMapping(options.kind, headerNames);
        if (!profile->resolve(headerNames, &options.mapping, &error)) {
            printError(tr("the mapping does not fit “%1”:\n%2").arg(shown(options.filePath), error));
            return 2;
        }
    } else {
        options.mapping = source->dialect.hasHeaderRow ? ColumnMapping::autoMap(options.kind, source->columnNames)
                                                       : ColumnMapping::withoutHeader(options.kind, columnCount);
    }
    printLine(stdout, tr("Columns used:"));
    for (const QString& line : options.mapping.describe())
        printLine(stdout, QStringLiteral("  ") + line);
    QStringList leftOut;
    for (int column : options.mapping.unmappedColumns())
        leftOut << options.mapping.columnLabel(column);
    printLine(stdout, leftOut.isEmpty() ? tr("Columns left out: none.")
                                        : tr("Columns left out: %1.").arg(leftOut.join(QStringLiteral(", "))));

    // Snapshots without a date column are dated by the export date; say which, since the file's
    // date is only a guess at when the numbers were taken.
    bool hasMetrics = options.kind == ImportKind::MetricSnapshots;
    for (auto it = options.mapping.columns().cbegin(); it != options.mapping.columns().cend(); ++it)
        hasMetrics =
            hasMetrics || ImportField::fields(options.kind).at(ImportField::indexOf(options.kind, it.key())).isMetric;
    if (hasMetrics && options.mapping.column(u"snapshot_date") < 0) {
        const QString date = options.exportDate.toString(Qt::ISODate);
        printLine(
            stdout,
            parser.isSet(exportDateOption)
                ? tr("Metric snapshots are dated %1 (--export-date).").arg(date)
                : tr("Metric snapshots are dated %1, the file's date; give another with --export-date.").arg(date));
    }

    // A metrics file without a date column takes the export date, which always has a value here.
    QStringList missing;
    for (const QString& key : options.mapping.unmappedRequired()) {
        if (key == QLatin1String("snapshot_date") && options.exportDate.isValid())
            continue;
        missing << ImportField::fields(options.kind).at(ImportField::indexOf(options.kind, key)).translatedTitle();
    }
    if (!missing.isEmpty()) {
        printError(tr("no column of “%1” fills %2, which an import needs. Name the columns with --mapping FILE.json "
                      "(see docs/import-mapping.md) or --profile NAME.")
                       .arg(shown(options.filePath), missing.join(QStringLiteral(", "))));
        return 2;
    }

    std::optional<ImportErrorReport> report;
    const QString reportPath =
        parser.isSet(errorsOption) ? QFileInfo(parser.value(errorsOption)).absoluteFilePath() : QString();
    if (!reportPath.isEmpty()) {
        report.emplace();
        if (!report->open(reportPath)) {
            printError(report->errorString());
            return 2;
        }
    }

    const bool databaseIsNew = !QFileInfo::exists(databasePath);
    ProgramDatabase database;
    const ProgramDatabase::Outcome outcome = database.open(databasePath);
    if (outcome == ProgramDatabase::Outcome::Refused) {
        printError(database.errorString());
        return 2;
    }
    if (outcome == ProgramDatabase::Outcome::Created && !options.dryRun)
        printLine(stdout, tr("Created the new program “%1”.").arg(shown(databasePath)));
    else
        printLine(stdout, tr("Importing into “%1”.").arg(shown(databasePath)));
    if (outcome == ProgramDatabase::Outcome::Migrated)
        printLine(stdout,
                  tr("The program was upgraded; its previous version is at “%1”.").arg(shown(database.snapshotPath())));
    // A safety copy of an empty new program would only be clutter.
    options.safetyCopy = !databaseIsNew;
    options.actor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));

    ImportProgress progress;
    ProblemPrinter problems(report ? &*report : nullptr);
    ImportResult result;
    {
        const CancelOnInterrupt cancelOnInterrupt(&progress);
        const ProgressPrinter progressPrinter(&progress);
        result = ImportEngine(database.connection()).run(options, &progress, &problems);
    }
    if (problems.notPrinted() > 0) {
        printLine(stderr,
                  reportPath.isEmpty()
                      ? tr("… and %Ln more problem(s) (run again with --errors REPORT.csv to get them all).", nullptr,
                           plural(problems.notPrinted()))
                      : tr("… and %Ln more problem(s) (see --errors “%1”).", nullptr, plural(problems.notPrinted()))
                            .arg(shown(reportPath)));
    }

    if (!result.succeeded()) {
        if (report)
            report->discard();
        database.close();
        if (databaseIsNew)
            removeProgramFile(databasePath);
        if (result.status == ImportResult::Status::Cancelled)
            printError(tr("cancelled; nothing was written."));
        else
            printError(tr("%1 Nothing was written.").arg(result.error));
        return 2;
    }

    printSummary(options, result);
    if (options.dryRun && databaseIsNew) {
        database.close();
        removeProgramFile(databasePath);
    }
    int exitCode = 0;
    if (report && !report->finish()) {
        printError(report->errorString());
        exitCode = 1;
    }
    if (result.rowsRejected > 0) {
        const int rejected = plural(result.rowsRejected);
        printLine(stderr, report ? tr("%Ln row(s) were rejected; see “%1”.", nullptr, rejected).arg(shown(reportPath))
                                 : tr("%Ln row(s) were rejected; run again with --errors REPORT.csv to get them in "
                                      "a file.",
                                      nullptr, rejected));
        exitCode = 1;
    }
    return exitCode;
}

} // namespace mentordesk
