// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWizardPage>

class QDateEdit;
class QLabel;

namespace mentordesk {

class MatchWizard;

/// Commits the proposals as trial pairings with a trial end date, as one undoable step of the
/// program's editor (the window's Undo takes the whole run back).
class CommitPage : public QWizardPage {
    Q_OBJECT
public:
    static constexpr int kDefaultTrialDays = 14;

    explicit CommitPage(MatchWizard* wizard);

    void initializePage() override;
    bool validatePage() override;

    QDate trialStart() const { return m_trialStart; }
    QDateEdit* trialEnd() const { return m_trialEnd; }
    QString summaryText() const;

private:
    void updateSummary();

    MatchWizard* m_wizard;
    QDate m_trialStart;
    QDateEdit* m_trialEnd;
    QLabel* m_summary;
};

} // namespace mentordesk
