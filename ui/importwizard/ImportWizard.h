// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/ImportSource.h"
#include "importjob/ImportEngine.h"
#include "importjob/ImportOptions.h"
#include "importjob/MentorImport.h"

#include <QWizard>

#include <memory>
#include <optional>

class QBoxLayout;
class QSortFilterProxyModel;
class QTableView;
class QTemporaryDir;

namespace mentordesk {

class ImportPreviewModel;

/// Imports a seller, metric-snapshot or mentor file into the open program: file and kind, format,
/// column mapping, a dry-run validation, what to do with existing sellers, the import itself
/// and its summary. One preview table travels from page to page, showing the file as the
/// current settings read it, the mapping in its header and the validation's problems in its cells.
///
/// The wizard never touches the program's own connection: the dry run and the import run in a
/// worker thread with a connection of their own (ImportRunner).
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        FilePageId,
        FormatPageId,
        MappingPageId,
        ValidationPageId,
        DuplicatesPageId,
        ImportPageId,
        SummaryPageId,
    };

    /// Imports into the program file `programPath` as `actor`.
    ImportWizard(const QString& programPath, const QString& actor, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// Preselects the kind; otherwise the last kind imported.
    void setKind(ImportKind kind);
    ImportKind kind() const { return m_options.kind; }
    /// Preselects the file (a drop, a test); the file page shows it.
    void setFilePath(const QString& filePath);
    QString filePath() const { return m_options.filePath; }

    QString programPath() const { return m_programPath; }
    QString actor() const { return m_actor; }

    /// Reads the start of the file again with the current overrides and shows it in the preview.
    /// Forgets the mapping when the columns changed. False with a sentence when the file cannot be
    /// read.
    bool inspect(QString* error);
    const std::optional<ImportSource>& source() const { return m_source; }
    ImportSource::Overrides& overrides() { return m_overrides; }
    /// What the pages chose so far; encoding and dialect follow the inspected source.
    ImportOptions& options() { return m_options; }
    /// Whether options().mapping belongs to the inspected columns (false: map them afresh).
    bool hasMapping() const { return m_hasMapping; }
    void setMapping(const ColumnMapping& mapping);
    /// The options of the import as the pages chose them, the encoding and dialect of the source.
    ImportOptions importOptions() const;

    /// The saved profile the file page applied and whose mapping fit the file, letting the
    /// wizard go straight to validation.
    bool skipsToValidation() const { return m_skipToValidation; }
    void setSkipsToValidation(bool skip) { m_skipToValidation = skip; }

    ImportPreviewModel* previewModel() const { return m_previewModel; }
    QTableView* previewView() const { return m_previewView; }
    /// Puts the shared preview table into `layout` (of the page being shown).
    void placePreview(QBoxLayout* layout, int stretch = 1);
    /// Shows only the preview rows with problems, or every row.
    void setPreviewShowsOnlyProblems(bool onlyProblems);

    /// Where the import streams its error report; empty until an import started.
    QString errorReportPath() const;

    void setDryRunResult(const ImportResult& result) { m_dryRun = result; }
    const ImportResult& dryRunResult() const { return m_dryRun; }
    /// `mentorResult` holds a mentor import's counts (the kind is ImportKind::Mentors).
    void setImportResult(const ImportResult& result, const MentorImportResult& mentorResult = {});
    const ImportResult& importResult() const { return m_result; }
    const MentorImportResult& mentorImportResult() const { return m_mentorResult; }
    bool needsDuplicatesPage() const;

    /// Whether a dry run or the import is running; closing the wizard then cancels it first.
    void setBusy(bool busy);

    void done(int result) override;
    void reject() override;

Q_SIGNALS:
    /// An import of sellers or metrics committed: the program has new data (the window refreshes
    /// its views).
    void imported(qint64 batchId);
    /// A mentor import committed: the window publishes mentorImportResult().changeEvent().
    void mentorsImported();
    /// The user asked to see the imported sellers.
    void showImportedSellersRequested();
    /// The user closed the wizard while a run goes: the page running it cancels it.
    void runCancelRequested();

private:
    void restoreSettings();

    QString m_programPath;
    QString m_actor;
    ImportSource::Overrides m_overrides;
    std::optional<ImportSource> m_source;
    ImportOptions m_options;
    bool m_hasMapping = false;
    bool m_skipToValidation = false;
    ImportResult m_dryRun;
    ImportResult m_result;
    MentorImportResult m_mentorResult;
    ImportPreviewModel* m_previewModel;
    QSortFilterProxyModel* m_previewFilter;
    QTableView* m_previewView;
    QBoxLayout* m_previewLayout = nullptr;
    std::unique_ptr<QTemporaryDir> m_reportDir;
    bool m_busy = false;
    bool m_closeWhenIdle = false;
};

} // namespace mentordesk
