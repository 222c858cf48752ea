// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelectionPage.h"

#include "editing/ProgramEditor.h"
#include "matchjob/MatchProblemLoader.h"
#include "MatchWizard.h"
#include "storage/CohortMembershipRepository.h"
#include "storage/DatabaseWorker.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace mentordesk {

namespace {

/// Clicks in quick succession (arrowing through the cohorts) are counted once.
constexpr int kRecountDelayMs = 150;

} // namespace

struct SelectionPage::CountResult {
    std::optional<MatchProblemLoader::Counts> counts;
    QString error;
};

SelectionPage::SelectionPage(MatchWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_worker(new DatabaseWorker(wizard->programPath(), this))
    , m_recountDelay(new QTimer(this))
    , m_unpaired(new QRadioButton(tr("&Enrolled sellers without an open pairing"), this))
    , m_cohort(new QRadioButton(tr("Enrolled members of a &cohort without an open pairing:"), this))
    , m_cohorts(new QComboBox(this))
    , m_offeredSellers(new QRadioButton(this))
    , m_allMentors(new QRadioButton(tr("Every &active mentor with free places"), this))
    , m_offeredMentors(new QRadioButton(this))
    , m_counts(new QLabel(this))
{
    setTitle(tr("Mentees and Mentors"));
    setSubTitle(tr("Choose who takes part in this run."));

    m_unpaired->setObjectName(QStringLiteral("unpairedMentees"));
    m_cohort->setObjectName(QStringLiteral("cohortMentees"));
    m_cohorts->setObjectName(QStringLiteral("cohortChoice"));
    m_cohorts->setAccessibleName(tr("Cohort"));
    m_offeredSellers->setObjectName(QStringLiteral("offeredSellers"));
    m_allMentors->setObjectName(QStringLiteral("allMentors"));
    m_offeredMentors->setObjectName(QStringLiteral("offeredMentors"));
    m_counts->setObjectName(QStringLiteral("selectionCounts"));
    m_counts->setWordWrap(true);
    m_counts->setAccessibleName(tr("Counts"));

    auto* mentees = new QGroupBox(tr("Mentees"), this);
    auto* menteeLayout = new QVBoxLayout(mentees);
    menteeLayout->addWidget(m_unpaired);
    auto* cohortRow = new QHBoxLayout;
    cohortRow->addWidget(m_cohort);
    cohortRow->addWidget(m_cohorts, 1);
    menteeLayout->addLayout(cohortRow);
    menteeLayout->addWidget(m_offeredSellers);

    auto* mentors = new QGroupBox(tr("Mentors"), this);
    auto* mentorLayout = new QVBoxLayout(mentors);
    mentorLayout->addWidget(m_allMentors);
    mentorLayout->addWidget(m_offeredMentors);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mentees);
    layout->addWidget(mentors);
    layout->addWidget(m_counts);
    layout->addStretch(1);

    m_recountDelay->setSingleShot(true);
    m_recountDelay->setInterval(kRecountDelayMs);
    connect(m_recountDelay, &QTimer::timeout, this, &SelectionPage::recount);
    connect(m_worker, &DatabaseWorker::finished, this, &SelectionPage::countFinished);
    for (QRadioButton* button : {m_unpaired, m_cohort, m_offeredSellers, m_allMentors, m_offeredMentors})
        connect(button, &QRadioButton::toggled, this, &SelectionPage::selectionChanged);
    connect(m_cohorts, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (!m_cohort->isChecked())
            m_cohort->setChecked(true);
        selectionChanged();
    });
}

SelectionPage::~SelectionPage() = default;

void SelectionPage::initializePage()
{
    const QSignalBlocker blockCohorts(m_cohorts);
    m_cohorts->clear();
    const QVector<CohortChoice> cohorts = CohortMembershipRepository(m_wizard->editor()->records()).cohorts();
    for (const CohortChoice& cohort : cohorts)
        m_cohorts->addItem(cohort.name, cohort.id);
    m_cohort->setEnabled(!cohorts.isEmpty());
    m_cohorts->setEnabled(!cohorts.isEmpty());

    const QString sellers = m_wizard->offeredSellersDescription();
    m_offeredSellers->setVisible(!m_wizard->offeredSellers().isEmpty());
    m_offeredSellers->setText(sellers);
    m_offeredMentors->setVisible(!m_wizard->offeredMentors().isEmpty());
    m_offeredMentors->setText(m_wizard->offeredMentorsDescription());

    const MatchSelection& selection = m_wizard->selection();
    const int cohortRow = m_cohorts->findData(selection.cohortId);
    if (cohortRow >= 0)
        m_cohorts->setCurrentIndex(cohortRow);
    switch (selection.mentees) {
    case MatchSelection::Mentees::Sellers:
        m_offeredSellers->setChecked(true);
        break;
    case MatchSelection::Mentees::Cohort:
        m_cohort->setChecked(cohortRow >= 0);
        break;
    case MatchSelection::Mentees::Unpaired:
        break;
    }
    if (!m_offeredSellers->isChecked() && !m_cohort->isChecked())
        m_unpaired->setChecked(true);
    (selection.mentorIds.isEmpty() ? m_allMentors : m_offeredMentors)->setChecked(true);
    selectionChanged();
}

MatchSelection SelectionPage::chosenSelection() const
{
    MatchSelection selection = m_wizard->selection();
    selection.sellerIds.clear();
    selection.cohortId = 0;
    selection.rematch = false;
    if (m_offeredSellers->isChecked()) {
        selection.mentees = MatchSelection::Mentees::Sellers;
        selection.sellerIds = m_wizard->offeredSellers();
        selection.rematch = m_wizard->isRematch();
    } else if (m_cohort->isChecked()) {
        selection.mentees = MatchSelection::Mentees::Cohort;
        selection.cohortId = m_cohorts->currentData().toLongLong();
    } else {
        selection.mentees = MatchSelection::Mentees::Unpaired;
    }
    selection.mentorIds = m_offeredMentors->isChecked() ? m_wizard->offeredMentors() : QVector<qint64>();
    return selection;
}

void SelectionPage::selectionChanged()
{
    m_countKnown = false;
    m_counts->setText(tr("Counting…"));
    Q_EMIT completeChanged();
    m_recountDelay->start();
}

void SelectionPage::recount()
{
    if (m_worker->isRunning()) {
        m_recountPending = true;
        return;
    }
    m_recountPending = false;
    auto result = std::make_shared<CountResult>();
    m_result = result;
    const MatchSelection selection = chosenSelection();
    m_worker->start([result, selection](QSqlDatabase db, const QString& openError) {
        if (!db.isValid()) {
            result->error = openError;
            return;
        }
        result->counts = MatchProblemLoader(db).count(selection, &result->error);
    });
}

void SelectionPage::countFinished()
{
    if (m_recountPending) {
        recount();
        return;
    }
    if (!m_result->counts) {
        m_counts->setText(tr("The mentees and mentors could not be counted: %1").arg(m_result->error));
        return;
    }
    const MatchProblemLoader::Counts& counts = *m_result->counts;
    m_menteeCount = counts.mentees;
    m_freePlaces = counts.freePlaces;
    m_countKnown = true;
    const QString mentees = tr("%n mentee(s)", nullptr, counts.mentees);
    const QString mentors = tr("%n mentor(s)", nullptr, counts.mentors);
    const QString places = tr("%n free place(s)", nullptr, counts.freePlaces);
    QString text = tr("%1 · %2 with %3").arg(mentees, mentors, places);
    if (counts.mentees == 0)
        text = tr("%1 — there is nobody to match; choose other mentees.").arg(text);
    else if (counts.freePlaces == 0)
        text = tr("%1 — no mentor has a free place; choose other mentors.").arg(text);
    m_counts->setText(text);
    Q_EMIT completeChanged();
}

bool SelectionPage::isComplete() const
{
    // A re-matched mentee may stay with the current mentor, whose place they hold already.
    return m_countKnown && m_menteeCount > 0 &&
           (m_freePlaces > 0 || (m_offeredSellers->isChecked() && m_wizard->isRematch()));
}

bool SelectionPage::validatePage()
{
    m_wizard->selection() = chosenSelection();
    return true;
}

} // namespace mentordesk
