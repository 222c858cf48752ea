// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/ImportProblemSink.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mentordesk {

class ImportErrorReport;
struct ImportOptions;
struct ImportResult;
struct MentorImportResult;
struct PreparedImport;

/// Passes rejected rows on to the error report, if any, and prints the first few to stderr so that
/// a mistake shows at once without opening the report.
class ImportProblemPrinter : public ImportProblemSink {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    explicit ImportProblemPrinter(ImportErrorReport* report);

    void rowRejected(qint64 line, const QStringList& cells, const QList<ImportProblem>& problems) override;
    /// "… and 12 more problems", when there were more than were printed.
    void printHowManyMore(const QString& reportPath) const;

private:
    static QString describe(qint64 line, const ImportProblem& problem);

    ImportErrorReport* m_report;
    int m_printed = 0;
    qint64 m_notPrinted = 0;
};

/// What `mentordesk import` prints to stdout about its work.
class ImportCommandOutput {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    /// How the file is read and which columns go where, as far as the preparation got.
    static void printPreparation(const PreparedImport& prepared, bool exportDateGiven);
    /// The counts of an import or a dry run.
    static void printSummary(const ImportOptions& options, const ImportResult& result);
    /// The counts of a mentor import or dry run.
    static void printMentorSummary(const ImportOptions& options, const MentorImportResult& result);

private:
    static QString newValuesLine(const ImportOptions& options, const QString& fieldKey, const QStringList& values);
};

} // namespace mentordesk
