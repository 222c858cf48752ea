// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <optional>

namespace mentordesk {

class ImportErrorReport;
class ImportProblemSink;
class ProgramDatabase;
struct ImportOptions;
struct ImportRequest;
struct ImportResult;

/// `mentordesk import sellers|metrics|mentors FILE --database F [--profile NAME | --mapping FILE.json]
/// [--encoding E] [--delimiter D] [--on-duplicate skip|update] [--export-date YYYY-MM-DD]
/// [--dry-run] [--errors REPORT.csv]`: imports a CSV file without opening a window, prepared by
/// ImportPreparation and run by ImportEngine, as the wizard does.
///
/// Exit codes: 0 when every row was imported; 1 when some rows were rejected (the rest is
/// imported); 2 when nothing was written (bad options, an unusable file or mapping, a refused
/// program or report path, a failure); 130 on Ctrl+C or SIGTERM (nothing written).
class ImportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    ImportCommand();

protected:
    ExitCode execute(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    /// The request the options describe; nothing, with the error printed, when they are unusable.
    std::optional<ImportRequest> readRequest(const QCommandLineParser& parser, const QStringList& positional) const;
    bool readOverrides(const QCommandLineParser& parser, ImportRequest* request) const;
    /// The --errors path once the output guard allowed it; nothing, with the error printed, when refused.
    std::optional<QString> reportPath(const QCommandLineParser& parser, const ImportRequest& request) const;
    ExitCode importInto(ImportOptions options, const QString& reportPath) const;
    bool openProgram(ProgramDatabase* database, bool dryRun) const;
    /// A mentor file (ImportKind::Mentors) goes through MentorImport rather than the seller engine.
    ExitCode importMentorsInto(ImportOptions options, const QString& reportPath) const;
    /// Puts the error report in place and says how many rows were rejected: the exit code of an
    /// import that wrote what it could.
    ExitCode finishReport(std::optional<ImportErrorReport>& report, const QString& reportPath,
                          qint64 rowsRejected) const;
    static ImportResult runEngine(ProgramDatabase* database, const ImportOptions& options, ImportProblemSink* problems);

    QCommandLineOption m_profileOption;
    QCommandLineOption m_mappingOption;
    QCommandLineOption m_encodingOption;
    QCommandLineOption m_delimiterOption;
    QCommandLineOption m_duplicateOption;
    QCommandLineOption m_exportDateOption;
    QCommandLineOption m_dryRunOption;
    QCommandLineOption m_errorsOption;
};

} // namespace mentordesk
