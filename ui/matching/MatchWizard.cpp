// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchWizard.h"

#include "CommitPage.h"
#include "itemmodels/MatchProposalModel.h"
#include "matching/MatchRulesFile.h"
#include "MatchRunner.h"
#include "ReviewPage.h"
#include "RulesPage.h"
#include "RunPage.h"
#include "SelectionPage.h"
#include "settings/SettingsKeys.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QTimer>

namespace mentordesk {

MatchWizard::MatchWizard(ProgramEditor* editor, const QString& programPath, const QString& actor, QWidget* parent)
    : QWizard(parent)
    , m_editor(editor)
    , m_programPath(programPath)
    , m_actor(actor)
    , m_proposals(new MatchProposalModel(this))
    , m_runner(new MatchRunner(programPath, actor, this))
{
    setObjectName(QStringLiteral("MatchWizard"));
    setWindowTitle(tr("Match Mentees"));
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Commit"));
    m_selection.referenceDate = QDate::currentDate();

    setPage(SelectionPageId, new SelectionPage(this));
    setPage(RulesPageId, new RulesPage(this));
    setPage(RunPageId, new RunPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setPage(CommitPageId, new CommitPage(this));
    setStartId(SelectionPageId);
    connect(this, &QWizard::currentIdChanged, this, &MatchWizard::pageChanged);

    restoreSettings();
}

MatchWizard::~MatchWizard() = default;

void MatchWizard::restoreSettings()
{
    const QSettings settings;
    const QByteArray rules = settings.value(SettingsKeys::matchWizardRules).toByteArray();
    std::optional<matching::MatchRules> remembered;
    if (!rules.isEmpty())
        remembered = matching::MatchRulesFile::fromJson(rules, nullptr);
    m_rules = remembered ? *remembered : matching::MatchRules::defaults();
    // Fits a 1366×768 screen with the task bar; bigger screens get what the user left.
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QSize size = settings.value(SettingsKeys::matchWizardSize).toSize();
    if (!size.isValid())
        size = QSize(1100, 700);
    resize(size.boundedTo(available.size() - QSize(24, 48)));
}

void MatchWizard::saveRules() const
{
    QSettings().setValue(SettingsKeys::matchWizardRules, matching::MatchRulesFile::toJson(m_rules));
}

void MatchWizard::setSellers(const QVector<qint64>& sellerIds, const QString& description)
{
    m_offeredSellers = sellerIds;
    m_offeredSellersDescription = description;
    m_rematch = false;
}

void MatchWizard::setMentors(const QVector<qint64>& mentorIds, const QString& description)
{
    m_offeredMentors = mentorIds;
    m_offeredMentorsDescription = description;
}

void MatchWizard::setRematch(qint64 sellerId, const QString& description)
{
    setSellers({sellerId}, description);
    m_rematch = true;
    m_selection.mentees = MatchSelection::Mentees::Sellers;
    m_selection.sellerIds = {sellerId};
    m_selection.rematch = true;
}

void MatchWizard::startRun()
{
    MatchSelection selection = m_selection;
    selection.pins = m_proposals->pins();
    selection.forbids = m_proposals->forbids();
    setBusy(true);
    m_runner->start(selection, m_rules);
}

bool MatchWizard::acceptRunResult()
{
    setBusy(false);
    const auto outcome = m_runner->outcome();
    if (!outcome || !outcome->ok || m_runner->runId() == 0)
        return false;
    if (m_currentRunId != 0)
        m_previousRunId = m_currentRunId;
    m_currentRunId = m_runner->runId();
    m_proposals->setOutcome(outcome);
    return true;
}

void MatchWizard::pageChanged(int id)
{
    // Back from the review skips the finished run page: going back means changing the rules.
    if (id == RunPageId && m_lastPageId == ReviewPageId && !m_busy)
        QTimer::singleShot(0, this, [this] {
            if (currentId() == RunPageId)
                back();
        });
    m_lastPageId = id;
}

void MatchWizard::setBusy(bool busy)
{
    m_busy = busy;
    if (!busy && m_closeWhenIdle) {
        m_closeWhenIdle = false;
        QWizard::reject();
    }
}

void MatchWizard::reject()
{
    if (!m_busy) {
        QWizard::reject();
        return;
    }
    // Closing must not tear a run down midway: the page showing it cancels it, and the wizard
    // closes once the worker has stopped.
    m_closeWhenIdle = true;
    m_runner->cancel();
    Q_EMIT runCancelRequested();
}

void MatchWizard::done(int result)
{
    QSettings().setValue(SettingsKeys::matchWizardSize, size());
    QWizard::done(result);
}

} // namespace mentordesk
