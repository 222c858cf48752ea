// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommandOutput.h"

#include "domain/FieldCatalogue.h"

#include "Command.h"
#include "importing/ImportErrorReport.h"
#include "importjob/ImportEngine.h"
#include "importjob/ImportPreparation.h"
#include "importjob/MentorImport.h"

namespace mentordesk {

namespace {

/// Problems printed to the terminal before the rest is only counted: enough to see what is wrong,
/// few enough not to bury the summary.
constexpr int kProblemsShown = 20;
constexpr int kShownValueLength = 60;

void printOut(const QString& line)
{
    Command::printLine(stdout, line);
}

void printCount(const QString& line)
{
    printOut(QStringLiteral("  ") + line);
}

int plural(qint64 count)
{
    return Command::plural(count);
}

QString shown(const QString& path)
{
    return Command::shown(path);
}

} // namespace

ImportProblemPrinter::ImportProblemPrinter(ImportErrorReport* report)
    : m_report(report)
{
}

void ImportProblemPrinter::rowRejected(qint64 line, const QStringList& cells, const QList<ImportProblem>& problems)
{
    if (m_report)
        m_report->rowRejected(line, cells, problems);
    for (const ImportProblem& problem : problems) {
        if (m_printed < kProblemsShown) {
            Command::printLine(stderr, describe(problem.line > 0 ? problem.line : line, problem));
            ++m_printed;
        } else {
            ++m_notPrinted;
        }
    }
}

void ImportProblemPrinter::printHowManyMore(const QString& reportPath) const
{
    if (m_notPrinted == 0)
        return;
    Command::printLine(stderr,
                       reportPath.isEmpty()
                           ? tr("… and %Ln more problem(s) (run again with --errors REPORT.csv to get them all).",
                                nullptr, plural(m_notPrinted))
                           : tr("… and %Ln more problem(s) (see --errors “%1”).", nullptr, plural(m_notPrinted))
                                 .arg(shown(reportPath)));
}

QString ImportProblemPrinter::describe(qint64 line, const ImportProblem& problem)
{
    QString value = problem.value;
    value.replace(u'\r', u' ').replace(u'\n', u' ');
    if (value.size() > kShownValueLength)
        value = value.left(kShownValueLength - 1) + QChar(0x2026);
    if (problem.columnName.isEmpty())
        return tr("line %1: %2").arg(line).arg(problem.reason);
    if (value.isEmpty())
        return tr("line %1, column “%2”: %3").arg(line).arg(problem.columnName, problem.reason);
    return tr("line %1, column “%2”: value “%3”: %4").arg(line).arg(problem.columnName, value, problem.reason);
}

void ImportCommandOutput::printPreparation(const PreparedImport& prepared, bool exportDateGiven)
{
    if (!prepared.source)
        return;
    const ImportOptions& options = prepared.options;
    const QChar delimiter = prepared.source->dialect.delimiter;
    const QString delimiterName = delimiter == u'\t' ? tr("tabs") : QStringLiteral("“%1”").arg(delimiter);
    printOut((prepared.source->dialect.hasHeaderRow ? tr("Reading “%1”: %2, values separated by %3, with a header row.")
                                                    : tr("Reading “%1”: %2, values separated by %3, without a header "
                                                         "row."))
                 .arg(shown(options.filePath), prepared.source->encoding.name(), delimiterName));
    if (!prepared.mappingResolved)
        return;
    printOut(tr("Columns used:"));
    for (const QString& line : options.mapping.describe())
        printCount(line);
    QStringList leftOut;
    for (int column : options.mapping.unmappedColumns())
        leftOut << options.mapping.columnLabel(column);
    printOut(leftOut.isEmpty() ? tr("Columns left out: none.")
                               : tr("Columns left out: %1.").arg(leftOut.join(QStringLiteral(", "))));
    // Say which date the snapshots get, since the file's date is only a guess at when the numbers
    // were taken.
    if (prepared.snapshotsTakeExportDate) {
        const QString date = options.exportDate.toString(Qt::ISODate);
        printOut(
            exportDateGiven
                ? tr("Metric snapshots are dated %1 (--export-date).").arg(date)
                : tr("Metric snapshots are dated %1, the file's date; give another with --export-date.").arg(date));
    }
}

QString ImportCommandOutput::newValuesLine(const ImportOptions& options, const QString& fieldKey,
                                           const QStringList& values)
{
    // Quoted, because values such as "Fashion, Apparel" hold the separator themselves.
    QStringList quoted;
    for (const QString& value : values)
        quoted << QStringLiteral("“%1”").arg(value);
    const QString list = quoted.join(QStringLiteral(", "));
    if (fieldKey == mentordesk::fieldKey(FieldId::SellerCategory))
        return tr("New categories: %1").arg(list);
    if (fieldKey == mentordesk::fieldKey(FieldId::SellerCountry))
        return tr("New countries: %1").arg(list);
    if (fieldKey == mentordesk::fieldKey(FieldId::SellerTimeZone))
        return tr("New time zones: %1").arg(list);
    const int index = ImportField::indexOf(options.kind, fieldKey);
    const QString title = index >= 0 ? ImportField::fields(options.kind).at(index).translatedTitle() : fieldKey;
    return tr("New values of “%1”: %2").arg(title, list);
}

void ImportCommandOutput::printSummary(const ImportOptions& options, const ImportResult& result)
{
    if (result.status == ImportResult::Status::DryRun)
        printOut(tr("Dry run: nothing was written. Had it been an import:"));
    printOut(tr("Read %Ln row(s) from “%1”.", nullptr, plural(result.rowsRead)).arg(shown(options.filePath)));
    if (options.kind == ImportKind::SellerProfiles) {
        printCount(tr("%Ln seller(s) added", nullptr, plural(result.sellersAdded)));
        printCount(tr("%Ln seller(s) updated", nullptr, plural(result.sellersUpdated)));
        printCount(tr("%Ln seller(s) unchanged", nullptr, plural(result.sellersUnchanged)));
        printCount(tr("%Ln row(s) skipped: the seller is already in the program (--on-duplicate update "
                      "replaces their values)",
                      nullptr, plural(result.rowsSkipped)));
    }
    printCount(tr("%Ln row(s) rejected", nullptr, plural(result.rowsRejected)));
    const qint64 snapshots = result.snapshotsAdded + result.snapshotsUpdated + result.snapshotsUnchanged;
    if (options.kind == ImportKind::MetricSnapshots || snapshots > 0) {
        printCount(tr("%Ln metric snapshot(s) added", nullptr, plural(result.snapshotsAdded)));
        printCount(tr("%Ln metric snapshot(s) updated", nullptr, plural(result.snapshotsUpdated)));
        printCount(tr("%Ln metric snapshot(s) unchanged", nullptr, plural(result.snapshotsUnchanged)));
    }
    for (auto it = result.newValues.cbegin(); it != result.newValues.cend(); ++it) {
        if (!it.value().isEmpty())
            printOut(newValuesLine(options, it.key(), it.value()));
    }
    if (result.status == ImportResult::Status::Imported && result.batchId > 0)
        printOut(tr("Import batch %1.").arg(result.batchId));
    if (!result.safetyCopyPath.isEmpty())
        printOut(tr("Safety copy of the program before the import: “%1”.").arg(shown(result.safetyCopyPath)));
    printOut(tr("Took %1 s.").arg(result.seconds, 0, 'f', 1));
    if (result.status == ImportResult::Status::DryRun)
        printOut(tr("Dry run: nothing was written."));
}

void ImportCommandOutput::printMentorSummary(const ImportOptions& options, const MentorImportResult& result)
{
    if (result.dryRun)
        printOut(tr("Dry run: nothing was written. Had it been an import:"));
    printOut(tr("Read “%1”.").arg(shown(options.filePath)));
    printCount(tr("%Ln mentor(s) added", nullptr, plural(result.added)));
    printCount(tr("%Ln mentor(s) updated", nullptr, plural(result.updated)));
    printCount(tr("%Ln mentor(s) unchanged", nullptr, plural(result.unchanged)));
    printCount(tr("%Ln row(s) rejected", nullptr, plural(result.rejected)));
    if (!result.safetyCopyPath.isEmpty())
        printOut(tr("Safety copy of the program before the import: “%1”.").arg(shown(result.safetyCopyPath)));
    if (result.dryRun)
        printOut(tr("Dry run: nothing was written."));
}

} // namespace mentordesk
