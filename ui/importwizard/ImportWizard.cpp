// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWizard.h"

#include "DuplicatesPage.h"
#include "FilePage.h"
#include "FormatPage.h"
#include "importing/MappingProfile.h"
#include "ImportRunPage.h"
#include "itemmodels/ImportPreviewModel.h"
#include "MappingPage.h"
#include "settings/SettingsKeys.h"
#include "SummaryPage.h"
#include "ValidationPage.h"

#include <QBoxLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

namespace mentordesk {

ImportWizard::ImportWizard(const QString& programPath, const QString& actor, QWidget* parent)
    : QWizard(parent)
    , m_programPath(programPath)
    , m_actor(actor)
    , m_previewModel(new ImportPreviewModel(this))
    , m_previewFilter(new QSortFilterProxyModel(this))
    , m_previewView(new QTableView(this))
{
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    m_previewFilter->setSourceModel(m_previewModel);
    m_previewFilter->setFilterRole(ImportPreviewModel::RowHasProblemsRole);
    m_previewFilter->setFilterKeyColumn(0);
    m_previewView->setObjectName(QStringLiteral("previewTable"));
    m_previewView->setModel(m_previewFilter);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_previewView->setWordWrap(false);
    m_previewView->setAlternatingRowColors(false);
    m_previewView->horizontalHeader()->setDefaultSectionSize(130);
    m_previewView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_previewView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 8);
    m_previewView->setMinimumHeight(120);
    m_previewView->hide();

    setPage(FilePageId, new FilePage(this));
    setPage(FormatPageId, new FormatPage(this));
    setPage(MappingPageId, new MappingPage(this));
    setPage(ValidationPageId, new ValidationPage(this));
    setPage(DuplicatesPageId, new DuplicatesPage(this));
    setPage(ImportPageId, new ImportRunPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    setStartId(FilePageId);

    restoreSettings();
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::restoreSettings()
{
    const QSettings settings;
    const QString lastKind = settings.value(SettingsKeys::importWizardLastKind).toString();
    m_options.kind = ImportKind::SellerProfiles;
    for (const ImportKind kind : {ImportKind::MetricSnapshots, ImportKind::Mentors})
        if (lastKind == MappingProfile::kindName(kind))
            m_options.kind = kind;
    // Fits a 1366×768 screen with the task bar; bigger screens get what the user left.
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QSize size = settings.value(SettingsKeys::importWizardSize).toSize();
    if (!size.isValid())
        size = QSize(1080, 700);
    resize(size.boundedTo(available.size() - QSize(24, 48)));
}

void ImportWizard::setKind(ImportKind kind)
{
    if (kind == m_options.kind)
        return;
    m_options.kind = kind;
    m_hasMapping = false;
    m_previewModel->clearMapping();
}

void ImportWizard::setFilePath(const QString& filePath)
{
    if (filePath == m_options.filePath)
        return;
    m_options.filePath = filePath;
    // The export date defaults to each file's own date.
    m_options.exportDate = QDate();
    m_overrides = ImportSource::Overrides();
    m_source.reset();
    m_hasMapping = false;
    m_skipToValidation = false;
    m_previewModel->setPreview({}, {}, {});
}

bool ImportWizard::inspect(QString* error)
{
    std::optional<ImportSource> source = ImportSource::inspect(m_options.filePath, m_overrides, error);
    if (!source) {
        m_source.reset();
        m_previewModel->setPreview({}, {}, {});
        return false;
    }
    const bool columnsChanged = !m_source || m_source->columnNames != source->columnNames;
    m_source = std::move(source);
    m_previewModel->setPreview(m_source->columnNames, m_source->previewRows, m_source->previewLines);
    m_previewModel->setImportedRows(m_options.firstRow, m_options.lastRow);
    if (columnsChanged)
        m_hasMapping = false;
    else if (m_hasMapping)
        m_previewModel->setMapping(m_options.mapping);
    if (!m_options.exportDate.isValid())
        m_options.exportDate = m_source->fileDate;
    return true;
}

void ImportWizard::setMapping(const ColumnMapping& mapping)
{
    m_options.mapping = mapping;
    m_hasMapping = true;
    m_previewModel->setMapping(mapping);
}

ImportOptions ImportWizard::importOptions() const
{
    ImportOptions options = m_options;
    if (m_source) {
        options.encoding = m_source->encoding;
        options.dialect = m_source->dialect;
    }
    options.actor = m_actor;
    return options;
}

void ImportWizard::placePreview(QBoxLayout* layout, int stretch)
{
    if (m_previewLayout == layout)
        return;
    if (m_previewLayout)
        m_previewLayout->removeWidget(m_previewView);
    setPreviewShowsOnlyProblems(false);
    layout->addWidget(m_previewView, stretch);
    m_previewLayout = layout;
    m_previewView->show();
}

void ImportWizard::setPreviewShowsOnlyProblems(bool onlyProblems)
{
    m_previewFilter->setFilterFixedString(onlyProblems ? QStringLiteral("true") : QString());
}

QString ImportWizard::errorReportPath() const
{
    if (!m_reportDir) {
        auto* self = const_cast<ImportWizard*>(this);
        self->m_reportDir = std::make_unique<QTemporaryDir>();
    }
    return m_reportDir->isValid() ? m_reportDir->filePath(QStringLiteral("import-errors.csv")) : QString();
}

void ImportWizard::setImportResult(const ImportResult& result, const MentorImportResult& mentorResult)
{
    m_result = result;
    m_mentorResult = mentorResult;
    if (result.status != ImportResult::Status::Imported)
        return;
    QSettings().setValue(SettingsKeys::importWizardLastKind, MappingProfile::kindName(m_options.kind));
    if (m_options.kind == ImportKind::Mentors)
        Q_EMIT mentorsImported();
    else
        Q_EMIT imported(result.batchId);
}

bool ImportWizard::needsDuplicatesPage() const
{
    return m_options.kind == ImportKind::SellerProfiles && m_dryRun.duplicateCount > 0;
}

void ImportWizard::setBusy(bool busy)
{
    m_busy = busy;
    if (!busy && m_closeWhenIdle) {
        m_closeWhenIdle = false;
        QWizard::reject();
    }
}

void ImportWizard::reject()
{
    if (!m_busy) {
        QWizard::reject();
        return;
    }
    // Closing must not tear a run down midway: the page running it cancels it, and the wizard
    // closes (after a dry run) or shows that nothing was imported (after the import) once the
    // worker has rolled back.
    m_closeWhenIdle = currentId() != ImportPageId;
    Q_EMIT runCancelRequested();
}

void ImportWizard::done(int result)
{
    QSettings().setValue(SettingsKeys::importWizardSize, size());
    QWizard::done(result);
}

} // namespace mentordesk
