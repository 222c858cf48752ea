// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitPage.h"

#include "editing/ProgramEditor.h"
#include "itemmodels/MatchProposalModel.h"
#include "matchjob/MatchCommit.h"
#include "MatchWizard.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QVBoxLayout>

namespace mentordesk {

CommitPage::CommitPage(MatchWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_trialEnd(new QDateEdit(this))
    , m_summary(new QLabel(this))
{
    setTitle(tr("Commit"));
    setSubTitle(tr("The proposals become trial pairings. Edit ▸ Undo takes the whole run back."));
    setCommitPage(false);

    m_trialEnd->setObjectName(QStringLiteral("trialEnd"));
    m_trialEnd->setCalendarPopup(true);
    m_trialEnd->setAccessibleName(tr("Trial end date"));
    m_trialEnd->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_summary->setObjectName(QStringLiteral("commitSummary"));
    m_summary->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Trials end on:"), m_trialEnd);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addStretch(1);

    connect(m_trialEnd, &QDateEdit::dateChanged, this, &CommitPage::updateSummary);
}

void CommitPage::initializePage()
{
    m_trialStart =
        m_wizard->selection().referenceDate.isValid() ? m_wizard->selection().referenceDate : QDate::currentDate();
    m_trialEnd->setMinimumDate(m_trialStart.addDays(1));
    m_trialEnd->setDate(m_trialStart.addDays(kDefaultTrialDays));
    updateSummary();
}

QString CommitPage::summaryText() const
{
    return m_summary->text();
}

void CommitPage::updateSummary()
{
    const MatchProposalModel* proposals = m_wizard->proposals();
    const QLocale locale;
    const int pairs = int(proposals->proposedPairs().size());
    const int unmatched = proposals->rowCount() - pairs;
    const int trialDays = int(m_trialStart.daysTo(m_trialEnd->date()));
    QStringList lines{proposals->headline()};
    lines << tr("%n trial pairing(s) start on %1 and end on %2.", nullptr, pairs)
                 .arg(locale.toString(m_trialStart, QLocale::LongFormat),
                      locale.toString(m_trialEnd->date(), QLocale::LongFormat));
    lines << tr("Each trial lasts %n day(s).", nullptr, trialDays);
    if (m_wizard->selection().rematch)
        lines << tr("A re-matched mentee's current pairing ends as “re-matched” on the same day.");
    if (unmatched > 0)
        lines << tr("%n mentee(s) stay unmatched.", nullptr, unmatched);
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

bool CommitPage::validatePage()
{
    QVector<MatchCommit::Pair> pairs;
    for (const MatchProposalModel::ProposedPair& proposed : m_wizard->proposals()->proposedPairs())
        pairs.append({proposed.sellerId, proposed.mentorId, proposed.score});
    ProgramEditor* editor = m_wizard->editor();
    if (!editor->commitMatchRun(m_wizard->currentRunId(), pairs, m_trialStart, m_trialEnd->date())) {
        QMessageBox::warning(
            this, tr("Commit"),
            tr("The pairings could not be committed; nothing was written. %1").arg(editor->errorString()));
        return false;
    }
    Q_EMIT m_wizard->committed(m_wizard->currentRunId());
    return true;
}

} // namespace mentordesk
