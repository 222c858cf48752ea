// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRunPage.h"

#include "importing/ImportErrorReport.h"
#include "ImportProblemCollector.h"
#include "ImportRunner.h"
#include "ImportWizard.h"
#include "itemmodels/ImportPreviewModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace mentordesk {

ImportRunPage::ImportRunPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_runner(new ImportRunner(this))
    , m_poll(new QTimer(this))
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel Import"), this))
    , m_previewLayout(new QVBoxLayout)
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The program gets the whole import or nothing of it: cancelling leaves it as it was."));

    m_state->setObjectName(QStringLiteral("importState"));
    m_state->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, ImportRunner::kProgressSteps);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(progressRow);
    layout->addLayout(m_previewLayout, 1);

    m_poll->setInterval(ImportRunner::kPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &ImportRunPage::showProgress);
    connect(m_runner, &ImportRunner::finished, this, &ImportRunPage::importFinished);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_wizard, &ImportWizard::runCancelRequested, this, &ImportRunPage::cancel);
}

ImportRunPage::~ImportRunPage()
{
    m_runner->cancelAndWait();
}

bool ImportRunPage::isRunning() const
{
    return m_runner->isRunning();
}

void ImportRunPage::initializePage()
{
    m_wizard->placePreview(m_previewLayout);
    m_wizard->previewModel()->clearProblems();
    m_done = false;
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_state->setText(tr("Importing…"));

    // Every rejected row goes to the report as it is found, so that the report is complete however
    // many there are; the preview keeps the first few thousand.
    m_report = std::make_unique<ImportErrorReport>();
    const QString reportPath = m_wizard->errorReportPath();
    if (reportPath.isEmpty() || !m_report->open(reportPath))
        m_report.reset();
    m_collector = std::make_unique<ImportProblemCollector>(ImportRunner::kCollectedRows, m_report.get());

    ImportOptions options = m_wizard->importOptions();
    options.dryRun = false;
    options.safetyCopy = true;
    m_wizard->setBusy(true);
    m_runner->start(m_wizard->programPath(), options, m_collector.get());
    m_poll->start();
    m_cancel->setFocus();
}

void ImportRunPage::cancel()
{
    if (!m_runner->isRunning())
        return;
    if (m_runner->progress().committing) {
        m_state->setText(tr("The rows are being written to the program; the import can no longer be cancelled."));
        return;
    }
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_state->setText(tr("Cancelling…"));
}

void ImportRunPage::showProgress()
{
    const ImportProgress& progress = m_runner->progress();
    const qint64 total = progress.totalBytes;
    if (total > 0)
        m_progress->setValue(int(double(progress.bytesRead) / double(total) * ImportRunner::kProgressSteps));
    if (m_runner->cancelRequested())
        return;
    if (progress.committing) {
        m_progress->setRange(0, 0);
        m_cancel->setEnabled(false);
        m_state->setText(tr("Writing to the program and updating its indexes…"));
    } else {
        m_state->setText(tr("Importing… %n row(s) read", nullptr, int(progress.rowsRead)));
    }
}

void ImportRunPage::importFinished()
{
    m_poll->stop();
    m_progress->setRange(0, ImportRunner::kProgressSteps);
    m_progress->setValue(ImportRunner::kProgressSteps);
    m_cancel->setEnabled(false);
    const ImportResult& result = m_runner->result();
    if (m_report) {
        if (result.status == ImportResult::Status::Imported && m_report->problemCount() > 0) {
            if (!m_report->finish())
                m_report.reset();
        } else {
            m_report->discard();
            m_report.reset();
        }
    }
    m_wizard->previewModel()->addRejectedRows(m_collector->rows());
    m_wizard->setImportResult(result, m_runner->mentorResult());
    m_done = true;
    m_wizard->setBusy(false);
    Q_EMIT completeChanged();
    // The summary says what happened, whatever it was.
    QTimer::singleShot(0, m_wizard, [wizard = m_wizard] {
        if (wizard->currentId() == ImportWizard::ImportPageId)
            wizard->next();
    });
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

} // namespace mentordesk
