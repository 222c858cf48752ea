// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunPage.h"

#include "itemmodels/MatchProposalModel.h"
#include "MatchRunner.h"
#include "MatchWizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace mentordesk {

RunPage::RunPage(MatchWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_poll(new QTimer(this))
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel Run"), this))
{
    setTitle(tr("Matching"));
    setSubTitle(tr("Scoring every pair, finding the best matching and proving that none is better. "
                   "Nothing is written to the pairings until you commit."));

    m_state->setObjectName(QStringLiteral("runState"));
    m_state->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Progress of the run"));
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(progressRow);
    layout->addStretch(1);

    m_poll->setInterval(MatchRunner::kPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &RunPage::showProgress);
    connect(wizard->runner(), &MatchRunner::finished, this, [this] {
        if (m_running)
            runFinished();
    });
    connect(m_cancel, &QPushButton::clicked, this, &RunPage::cancel);
    connect(wizard, &MatchWizard::runCancelRequested, this, &RunPage::cancel);
}

void RunPage::initializePage()
{
    m_done = false;
    m_running = true;
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_state->setText(tr("Matching…"));
    // Pins and forbids of an earlier review were made against other rules or mentees.
    m_wizard->proposals()->clearChoices();
    m_wizard->startRun();
    m_poll->start();
    m_cancel->setFocus();
}

void RunPage::cleanupPage()
{
    if (m_running)
        m_wizard->runner()->cancelAndWait();
    m_running = false;
    m_poll->stop();
    m_wizard->setBusy(false);
}

QString RunPage::stateText() const
{
    return m_state->text();
}

void RunPage::cancel()
{
    if (!m_running)
        return;
    m_wizard->runner()->cancel();
    m_cancel->setEnabled(false);
    m_state->setText(tr("Cancelling…"));
}

void RunPage::showProgress()
{
    m_progress->setValue(m_wizard->runner()->percent());
}

void RunPage::runFinished()
{
    m_running = false;
    m_poll->stop();
    m_cancel->setEnabled(false);
    MatchRunner* runner = m_wizard->runner();
    const auto outcome = runner->outcome();
    m_done = m_wizard->acceptRunResult();
    if (outcome && outcome->cancelled) {
        m_state->setText(tr("The run was cancelled; nothing was stored. Go back to change the rules and run again."));
        return;
    }
    if (!m_done) {
        m_state->setText(tr("The matching could not be completed: %1").arg(runner->error()));
        return;
    }
    m_progress->setValue(100);
    m_state->setText(tr("Done."));
    Q_EMIT completeChanged();
    QTimer::singleShot(0, m_wizard, [wizard = m_wizard] {
        if (wizard->currentId() == MatchWizard::RunPageId)
            wizard->next();
    });
}

bool RunPage::isComplete() const
{
    return m_done;
}

} // namespace mentordesk
