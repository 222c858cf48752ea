// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CancelOnInterrupt.h"
#include "files/OutputFileGuard.h"
#include "ImportCommandOutput.h"
#include "importing/CsvDialectDetector.h"
#include "importing/ImportErrorReport.h"
#include "importjob/ImportEngine.h"
#include "importjob/ImportPreparation.h"
#include "importjob/MentorImport.h"
#include "settings/CurrentActor.h"
#include "storage/ProgramDatabase.h"
#include "TerminalProgress.h"

#include <QFile>
#include <QFileInfo>

namespace mentordesk {

namespace {

std::optional<QChar> parseDelimiter(const QString& text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\\t") || text == QLatin1String("\t"))
        return QChar(u'\t');
    if (text.size() == 1 && CsvDialectDetector::candidateDelimiters().contains(text.at(0)))
        return text.at(0);
    return std::nullopt;
}

/// Removes a program file this command created, with SQLite's companions, when it ends up holding
/// nothing the user asked for (a failed import or a dry run).
void removeProgramFile(const QString& path)
{
    for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QFile::remove(file);
}

} // namespace

ImportCommand::ImportCommand()
    : Command({QStringLiteral("import")}, tr("import sellers, metric snapshots or mentors from a CSV file"),
              tr("Imports sellers, metric snapshots or mentors from a CSV file into a program, as the import "
                 "wizard does, without opening a window."))
    , m_profileOption(QStringLiteral("profile"), tr("Use the column mapping saved in the import wizard as <name>."),
                      tr("name"))
    , m_mappingOption(QStringLiteral("mapping"),
                      tr("Use the column mapping of <file> (JSON, see docs/import-mapping.md)."), tr("file"))
    , m_encodingOption(QStringLiteral("encoding"),
                       tr("The file's encoding, e.g. UTF-8 or windows-1252 (default: detected)."), tr("name"))
    , m_delimiterOption(QStringLiteral("delimiter"), tr("What separates the values: , ; | or tab (default: detected)."),
                        tr("d"))
    , m_duplicateOption(QStringLiteral("on-duplicate"),
                        tr("What to do with sellers already in the program: update (default) or skip."), tr("policy"))
    , m_exportDateOption(QStringLiteral("export-date"),
                         tr("The date of the metric snapshots of rows without one (default: the file's date)."),
                         tr("YYYY-MM-DD"))
    , m_dryRunOption(QStringLiteral("dry-run"), tr("Check and count everything, then write nothing."))
    , m_errorsOption(QStringLiteral("errors"), tr("Write every rejected row, with the reason, to <file> (CSV)."),
                     tr("file"))
{
    requireDatabase(tr("The program file to import into; created when it does not exist."),
                    tr("say which program to import into with --database FILE (it is created when it does not "
                       "exist)."));
    for (const QCommandLineOption& option : {m_profileOption, m_mappingOption, m_encodingOption, m_delimiterOption,
                                             m_duplicateOption, m_exportDateOption, m_dryRunOption, m_errorsOption})
        addOption(option);
    addPositionalArgument(QStringLiteral("kind"), tr("What the file holds: sellers, metrics or mentors."));
    addPositionalArgument(QStringLiteral("file"), tr("The CSV file to import."));
}

ExitCode ImportCommand::execute(const QCommandLineParser& parser, const QStringList& positional)
{
    const std::optional<ImportRequest> request = readRequest(parser, positional);
    if (!request)
        return ExitCode::Unusable;
    const PreparedImport prepared = ImportPreparation::prepare(*request);
    ImportCommandOutput::printPreparation(prepared, parser.isSet(m_exportDateOption));
    if (!prepared.error.isEmpty())
        return refuse(prepared.error);
    if (!prepared.missingFields.isEmpty())
        return refuse(tr("no column of “%1” fills %2, which an import needs. Name the columns with --mapping "
                         "FILE.json (see docs/import-mapping.md) or --profile NAME.")
                          .arg(shown(request->filePath), prepared.missingFields.join(QStringLiteral(", "))));
    if (request->kind == ImportKind::Mentors && !MentorImport::mappingProblem(prepared.options.mapping).isEmpty())
        return refuse(tr("%1 Name the columns with --mapping FILE.json (see docs/import-mapping.md).")
                          .arg(MentorImport::mappingProblem(prepared.options.mapping)));
    const std::optional<QString> report = reportPath(parser, *request);
    if (!report)
        return ExitCode::Unusable;
    if (request->kind == ImportKind::Mentors)
        return importMentorsInto(prepared.options, *report);
    return importInto(prepared.options, *report);
}

std::optional<ImportRequest> ImportCommand::readRequest(const QCommandLineParser& parser,
                                                        const QStringList& positional) const
{
    if (positional.size() < 2) {
        printError(tr("say what to import and from which file: mentordesk import sellers|metrics|mentors FILE."));
        return std::nullopt;
    }
    if (positional.size() > 2) {
        printError(tr("unexpected argument '%1'.").arg(positional.at(2)));
        return std::nullopt;
    }
    ImportRequest request;
    if (positional.at(0) == MappingProfile::kindName(ImportKind::SellerProfiles)) {
        request.kind = ImportKind::SellerProfiles;
    } else if (positional.at(0) == MappingProfile::kindName(ImportKind::MetricSnapshots)) {
        request.kind = ImportKind::MetricSnapshots;
    } else if (positional.at(0) == MappingProfile::kindName(ImportKind::Mentors)) {
        request.kind = ImportKind::Mentors;
        if (parser.isSet(m_duplicateOption) || parser.isSet(m_exportDateOption)) {
            printError(tr("--on-duplicate and --export-date are for seller and metrics files; a mentor file "
                          "always updates the mentors it names."));
            return std::nullopt;
        }
    } else {
        printError(tr("'%1' is not something to import; say sellers, metrics or mentors.").arg(positional.at(0)));
        return std::nullopt;
    }
    request.filePath = QFileInfo(positional.at(1)).absoluteFilePath();
    if (parser.isSet(m_profileOption) && parser.isSet(m_mappingOption)) {
        printError(tr("--profile and --mapping cannot be used together: each gives the whole mapping."));
        return std::nullopt;
    }
    request.profileName = parser.value(m_profileOption);
    if (parser.isSet(m_mappingOption))
        request.mappingFilePath = QFileInfo(parser.value(m_mappingOption)).absoluteFilePath();
    if (!readOverrides(parser, &request))
        return std::nullopt;
    request.dryRun = parser.isSet(m_dryRunOption);
    return request;
}

bool ImportCommand::readOverrides(const QCommandLineParser& parser, ImportRequest* request) const
{
    if (parser.isSet(m_encodingOption)) {
        request->overrides.encoding = TextEncoding::fromName(parser.value(m_encodingOption));
        if (!request->overrides.encoding.isValid()) {
            printError(
                tr("MentorDesk cannot read the encoding '%1'. Encodings it knows include %2.")
                    .arg(parser.value(m_encodingOption), TextEncoding::commonNames().join(QStringLiteral(", "))));
            return false;
        }
    }
    if (parser.isSet(m_delimiterOption)) {
        request->overrides.delimiter = parseDelimiter(parser.value(m_delimiterOption));
        if (!request->overrides.delimiter) {
            printError(tr("--delimiter takes , ; | or tab, not '%1'.").arg(parser.value(m_delimiterOption)));
            return false;
        }
    }
    if (parser.isSet(m_duplicateOption)) {
        const QString policy = parser.value(m_duplicateOption);
        if (policy != QLatin1String("skip") && policy != QLatin1String("update")) {
            printError(tr("--on-duplicate takes skip or update, not '%1'.").arg(policy));
            return false;
        }
        request->onDuplicate = policy == QLatin1String("skip") ? DuplicatePolicy::Skip : DuplicatePolicy::Update;
    }
    if (parser.isSet(m_exportDateOption)) {
        request->exportDate = QDate::fromString(parser.value(m_exportDateOption), Qt::ISODate);
        if (!request->exportDate.isValid()) {
            printError(tr("--export-date needs a date as YYYY-MM-DD, not '%1'.").arg(parser.value(m_exportDateOption)));
            return false;
        }
    }
    return true;
}

std::optional<QString> ImportCommand::reportPath(const QCommandLineParser& parser, const ImportRequest& request) const
{
    if (!parser.isSet(m_errorsOption))
        return QString();
    const QString path = QFileInfo(parser.value(m_errorsOption)).absoluteFilePath();
    OutputFileGuard guard;
    guard.protectProgram(databasePath());
    guard.protectInput(request.filePath);
    if (!request.mappingFilePath.isEmpty())
        guard.protectInput(request.mappingFilePath);
    QString error;
    if (!guard.allows(path, &error)) {
        printError(error);
        return std::nullopt;
    }
    return path;
}

ExitCode ImportCommand::importInto(ImportOptions options, const QString& reportPath) const
{
    std::optional<ImportErrorReport> report;
    if (!reportPath.isEmpty()) {
        report.emplace();
        if (!report->open(reportPath))
            return refuse(report->errorString());
    }
    const bool databaseIsNew = !QFileInfo::exists(databasePath());
    ProgramDatabase database;
    if (!openProgram(&database, options.dryRun))
        return ExitCode::Unusable;
    // A safety copy of an empty new program would only be clutter.
    options.safetyCopy = !databaseIsNew;
    options.actor = currentActor();

    ImportProblemPrinter problems(report ? &*report : nullptr);
    const ImportResult result = runEngine(&database, options, &problems);
    problems.printHowManyMore(reportPath);
    if (!result.succeeded()) {
        if (report)
            report->discard();
        database.close();
        if (databaseIsNew)
            removeProgramFile(databasePath());
        if (result.status != ImportResult::Status::Cancelled)
            return refuse(tr("%1 Nothing was written.").arg(result.error));
        printError(tr("cancelled; nothing was written."));
        return ExitCode::Cancelled;
    }

    ImportCommandOutput::printSummary(options, result);
    if (options.dryRun && databaseIsNew) {
        database.close();
        removeProgramFile(databasePath());
    }
    return finishReport(report, reportPath, result.rowsRejected);
}

ExitCode ImportCommand::importMentorsInto(ImportOptions options, const QString& reportPath) const
{
    std::optional<ImportErrorReport> report;
    if (!reportPath.isEmpty()) {
        report.emplace();
        if (!report->open(reportPath))
            return refuse(report->errorString());
    }
    const bool databaseIsNew = !QFileInfo::exists(databasePath());
    ProgramDatabase database;
    if (!openProgram(&database, options.dryRun))
        return ExitCode::Unusable;
    options.safetyCopy = !databaseIsNew;
    options.actor = currentActor();

    ImportProblemPrinter problems(report ? &*report : nullptr);
    std::atomic<bool> cancelRequested(false);
    const CancelOnInterrupt cancelOnInterrupt(&cancelRequested);
    const MentorImportResult result = MentorImport(database.connection()).run(options, &cancelRequested, &problems);
    problems.printHowManyMore(reportPath);
    const bool removeFile = databaseIsNew && (!result.succeeded() || options.dryRun);
    if (!result.succeeded() && report)
        report->discard();
    if (removeFile) {
        database.close();
        removeProgramFile(databasePath());
    }
    if (result.status == MentorImportResult::Status::Cancelled) {
        printError(tr("cancelled; nothing was written."));
        return ExitCode::Cancelled;
    }
    if (!result.succeeded())
        return refuse(tr("%1 Nothing was written.").arg(result.error));

    ImportCommandOutput::printMentorSummary(options, result);
    return finishReport(report, reportPath, result.rejected);
}

ExitCode ImportCommand::finishReport(std::optional<ImportErrorReport>& report, const QString& reportPath,
                                     qint64 rowsRejected) const
{
    ExitCode exitCode = ExitCode::Done;
    if (report && !report->finish()) {
        printError(report->errorString());
        exitCode = ExitCode::DoneWithWarnings;
    }
    if (rowsRejected > 0) {
        const int rejected = plural(rowsRejected);
        printLine(stderr, report ? tr("%Ln row(s) were rejected; see “%1”.", nullptr, rejected).arg(shown(reportPath))
                                 : tr("%Ln row(s) were rejected; run again with --errors REPORT.csv to get them in "
                                      "a file.",
                                      nullptr, rejected));
        exitCode = ExitCode::DoneWithWarnings;
    }
    return exitCode;
}

bool ImportCommand::openProgram(ProgramDatabase* database, bool dryRun) const
{
    const ProgramDatabase::Outcome outcome = database->open(databasePath());
    if (outcome == ProgramDatabase::Outcome::Refused) {
        printError(database->errorString());
        return false;
    }
    if (outcome == ProgramDatabase::Outcome::Created && !dryRun)
        printLine(stdout, tr("Created the new program “%1”.").arg(shown(databasePath())));
    else
        printLine(stdout, tr("Importing into “%1”.").arg(shown(databasePath())));
    if (outcome == ProgramDatabase::Outcome::Migrated)
        printLine(
            stdout,
            tr("The program was upgraded; its previous version is at “%1”.").arg(shown(database->snapshotPath())));
    return true;
}

ImportResult ImportCommand::runEngine(ProgramDatabase* database, const ImportOptions& options,
                                      ImportProblemSink* problems)
{
    ImportProgress progress;
    const CancelOnInterrupt cancelOnInterrupt(&progress.cancelRequested);
    // The progress thread alone reads and writes these two, through the lambda's own copies.
    const TerminalProgress printer([&progress, cancelShown = false, committingShown = false]() mutable -> QString {
        if (progress.cancelRequested.load()) {
            const bool first = !std::exchange(cancelShown, true);
            return first ? tr("Cancelling: the program is left as it was…") : QString();
        }
        if (progress.committing.load()) {
            const bool first = !std::exchange(committingShown, true);
            return first ? tr("Writing the rows and rebuilding the indexes…") : QString();
        }
        const qint64 total = progress.totalBytes.load();
        const qint64 percent = total > 0 ? qMin<qint64>(100, progress.bytesRead.load() * 100 / total) : 0;
        return tr("%1 % read, %Ln row(s)", nullptr, plural(progress.rowsRead.load())).arg(percent);
    });
    return ImportEngine(database->connection()).run(options, &progress, problems);
}

} // namespace mentordesk
