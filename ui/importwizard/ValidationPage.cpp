// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationPage.h"

#include "ImportProblemCollector.h"
#include "ImportRunner.h"
#include "ImportWizard.h"
#include "itemmodels/ImportPreviewModel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace mentordesk {

ValidationPage::ValidationPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_runner(new ImportRunner(this))
    , m_poll(new QTimer(this))
    , m_progress(new QProgressBar(this))
    , m_state(new QLabel(this))
    , m_counts(new QWidget(this))
    , m_countsForm(new QFormLayout(m_counts))
    , m_ambiguous(new QLabel(this))
    , m_backToFormat(new QPushButton(tr("Change the &Format…"), this))
    , m_onlyProblems(new QCheckBox(tr("Show &only rows with problems"), this))
    , m_previewLayout(new QVBoxLayout)
{
    setTitle(tr("Validation"));
    setSubTitle(tr("The whole file is checked without changing the program. Cells with problems are red (amber "
                   "when a value can be read two ways); point at one to see why."));
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_progress->setObjectName(QStringLiteral("validationProgress"));
    m_progress->setRange(0, ImportRunner::kProgressSteps);
    m_state->setObjectName(QStringLiteral("validationState"));
    m_state->setWordWrap(true);
    m_state->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_countsForm->setContentsMargins(0, 0, 0, 0);
    m_countsForm->setVerticalSpacing(2);
    m_counts->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ambiguous->setObjectName(QStringLiteral("ambiguousNote"));
    m_ambiguous->setWordWrap(true);
    m_ambiguous->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_backToFormat->setObjectName(QStringLiteral("backToFormatButton"));
    m_onlyProblems->setObjectName(QStringLiteral("onlyProblemsCheck"));

    auto* ambiguousRow = new QHBoxLayout;
    ambiguousRow->addWidget(m_ambiguous, 1);
    ambiguousRow->addWidget(m_backToFormat, 0, Qt::AlignTop);
    auto* side = new QVBoxLayout;
    side->addWidget(m_state);
    side->addWidget(m_progress);
    side->addLayout(ambiguousRow);
    side->addWidget(m_onlyProblems);
    side->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_counts);
    top->addSpacing(24);
    top->addLayout(side, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_previewLayout, 1);

    m_poll->setInterval(ImportRunner::kPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &ValidationPage::showProgress);
    connect(m_runner, &ImportRunner::finished, this, &ValidationPage::dryRunFinished);
    connect(m_onlyProblems, &QCheckBox::toggled, m_wizard, &ImportWizard::setPreviewShowsOnlyProblems);
    connect(m_wizard, &ImportWizard::runCancelRequested, this, [this] {
        if (m_runner->isRunning()) {
            m_runner->cancel();
            m_state->setText(tr("Stopping the check…"));
        }
    });
    connect(m_backToFormat, &QPushButton::clicked, this, [this] {
        while (m_wizard->currentId() != ImportWizard::FormatPageId && m_wizard->currentId() != ImportWizard::FilePageId)
            m_wizard->back();
        // A profile may have skipped the format page; it is the next page from the file page then.
        if (m_wizard->currentId() == ImportWizard::FilePageId) {
            m_wizard->setSkipsToValidation(false);
            m_wizard->next();
        }
    });
}

ValidationPage::~ValidationPage()
{
    m_runner->cancelAndWait();
}

bool ValidationPage::isRunning() const
{
    return m_runner->isRunning();
}

void ValidationPage::initializePage()
{
    m_wizard->placePreview(m_previewLayout);
    startDryRun();
}

void ValidationPage::cleanupPage()
{
    m_poll->stop();
    m_runner->cancelAndWait();
    m_wizard->setBusy(false);
    m_wizard->previewModel()->clearProblems();
}

void ValidationPage::startDryRun()
{
    m_done = false;
    m_importable = false;
    m_wizard->previewModel()->clearProblems();
    {
        const QSignalBlocker blocker(m_onlyProblems);
        m_onlyProblems->setChecked(false);
    }
    m_onlyProblems->setEnabled(false);
    m_counts->hide();
    m_ambiguous->hide();
    m_backToFormat->hide();
    m_progress->setValue(0);
    m_progress->show();
    m_state->setText(tr("Checking the file…"));
    setCommitPage(false);

    ImportOptions options = m_wizard->importOptions();
    options.dryRun = true;
    options.safetyCopy = false;
    m_collector = std::make_unique<ImportProblemCollector>(ImportRunner::kCollectedRows);
    m_wizard->setBusy(true);
    m_runner->start(m_wizard->programPath(), options, m_collector.get());
    m_poll->start();
    Q_EMIT completeChanged();
}

void ValidationPage::showProgress()
{
    const ImportProgress& progress = m_runner->progress();
    const qint64 total = progress.totalBytes;
    if (total > 0)
        m_progress->setValue(int(double(progress.bytesRead) / double(total) * ImportRunner::kProgressSteps));
    if (!m_runner->cancelRequested())
        m_state->setText(tr("Checking the file… %n row(s) read", nullptr, int(progress.rowsRead)));
}

void ValidationPage::setCount(const QString& name, qint64 value, bool visible)
{
    auto* label = m_counts->findChild<QLabel*>(QStringLiteral("count_") + name);
    if (!label)
        return;
    label->setText(QLocale().toString(value));
    m_countsForm->setRowVisible(label, visible);
}

void ValidationPage::showCounts(const ImportResult& result)
{
    // The rows of the counts are made once, in this order.
    if (m_countsForm->rowCount() == 0) {
        const QList<std::pair<QString, QString>> rows{
            {QStringLiteral("rows"), tr("Rows read:")},
            {QStringLiteral("new"), tr("New sellers:")},
            {QStringLiteral("updated"), tr("Sellers updated:")},
            {QStringLiteral("unchanged"), tr("Sellers unchanged:")},
            {QStringLiteral("mentorsNew"), tr("New mentors:")},
            {QStringLiteral("mentorsUpdated"), tr("Mentors updated:")},
            {QStringLiteral("mentorsUnchanged"), tr("Mentors unchanged:")},
            {QStringLiteral("snapshotsNew"), tr("New snapshots:")},
            {QStringLiteral("snapshotsUpdated"), tr("Snapshots updated:")},
            {QStringLiteral("snapshotsUnchanged"), tr("Snapshots unchanged:")},
            {QStringLiteral("rejected"), tr("Rows rejected:")},
        };
        for (const auto& [name, title] : rows) {
            auto* value = new QLabel(m_counts);
            value->setObjectName(QStringLiteral("count_") + name);
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QLocale().toString(99999999)));
            m_countsForm->addRow(title, value);
        }
    }
    const bool sellers = m_wizard->kind() == ImportKind::SellerProfiles;
    const bool mentors = m_wizard->kind() == ImportKind::Mentors;
    const MentorImportResult& mentorResult = m_runner->mentorResult();
    const bool snapshots = result.snapshotsAdded + result.snapshotsUpdated + result.snapshotsUnchanged > 0;
    const bool metrics = m_wizard->kind() == ImportKind::MetricSnapshots || snapshots;
    setCount(QStringLiteral("rows"), result.rowsRead);
    setCount(QStringLiteral("new"), result.sellersAdded, sellers);
    setCount(QStringLiteral("updated"), result.sellersUpdated, sellers);
    setCount(QStringLiteral("unchanged"), result.sellersUnchanged, sellers);
    setCount(QStringLiteral("mentorsNew"), mentorResult.added, mentors);
    setCount(QStringLiteral("mentorsUpdated"), mentorResult.updated, mentors);
    setCount(QStringLiteral("mentorsUnchanged"), mentorResult.unchanged, mentors);
    setCount(QStringLiteral("snapshotsNew"), result.snapshotsAdded, metrics);
    setCount(QStringLiteral("snapshotsUpdated"), result.snapshotsUpdated, metrics);
    setCount(QStringLiteral("snapshotsUnchanged"), result.snapshotsUnchanged, metrics);
    setCount(QStringLiteral("rejected"), result.rowsRejected);
    if (auto* rejected = m_counts->findChild<QLabel*>(QStringLiteral("count_rejected")))
        rejected->setStyleSheet(result.rowsRejected > 0 ? QStringLiteral("color: #b00020; font-weight: bold")
                                                        : QString());
    m_counts->show();
}

void ValidationPage::dryRunFinished()
{
    m_poll->stop();
    m_progress->hide();
    m_done = true;
    m_wizard->setBusy(false);
    const ImportResult result = m_runner->result();
    m_wizard->setDryRunResult(result);
    if (result.status == ImportResult::Status::Cancelled) {
        m_state->setText(tr("The check was cancelled."));
        Q_EMIT completeChanged();
        return;
    }
    if (!result.succeeded()) {
        m_state->setText(tr("The file cannot be imported: %1").arg(result.error));
        Q_EMIT completeChanged();
        return;
    }

    showCounts(result);

    ImportPreviewModel* preview = m_wizard->previewModel();
    preview->addRejectedRows(m_collector->rows());
    m_onlyProblems->setEnabled(result.rowsRejected > 0);

    const qint64 importable = result.rowsRead - result.rowsRejected;
    m_importable = importable > 0;
    QStringList state;
    if (!m_importable)
        state << tr("No row of the file can be imported. Check the columns and the format.");
    else if (result.rowsRejected == 0)
        state << tr("Every row can be imported.");
    else
        state << tr("%n row(s) will be left out; after the import, the summary can save them with their problems "
                    "as a report.",
                    nullptr, int(result.rowsRejected));
    const qint64 collected = m_collector->rows().size();
    if (result.rowsRejected > collected || preview->droppedRejectedRows() > 0)
        state << tr("The preview shows the first %n rejected row(s).", nullptr,
                    int(std::min<qint64>(collected, ImportPreviewModel::kMaximumRejectedRows)));
    m_state->setText(state.join(QLatin1Char(' ')));

    if (m_collector->hasAmbiguousValues()) {
        m_ambiguous->setText(tr("Some numbers or dates can be read two ways (amber cells, such as 1,234 or "
                                "03/04/2026). Choose how the file writes numbers and dates on the format page "
                                "to settle them."));
        m_ambiguous->show();
        m_backToFormat->show();
    }
    setCommitPage(!m_wizard->needsDuplicatesPage());
    Q_EMIT completeChanged();
}

bool ValidationPage::isComplete() const
{
    return m_done && m_importable && !m_runner->isRunning();
}

int ValidationPage::nextId() const
{
    return m_wizard->needsDuplicatesPage() ? ImportWizard::DuplicatesPageId : ImportWizard::ImportPageId;
}

} // namespace mentordesk
