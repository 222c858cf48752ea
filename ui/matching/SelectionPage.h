// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matchjob/MatchSelection.h"

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;
class QTimer;

namespace mentordesk {

class MatchWizard;
class DatabaseWorker;

/// Who takes part: the mentees (enrolled without an open pairing, a cohort's, or the sellers the
/// window offered) and the mentors (every active one with free places, or those offered), with
/// their counts computed in a worker thread.
class SelectionPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SelectionPage(MatchWizard* wizard);
    ~SelectionPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    MatchSelection chosenSelection() const;
    void selectionChanged();
    void recount();
    void countFinished();

    MatchWizard* m_wizard;
    DatabaseWorker* m_worker;
    QTimer* m_recountDelay;
    QRadioButton* m_unpaired;
    QRadioButton* m_cohort;
    QComboBox* m_cohorts;
    QRadioButton* m_offeredSellers;
    QRadioButton* m_allMentors;
    QRadioButton* m_offeredMentors;
    QLabel* m_counts;
    bool m_recountPending = false;
    bool m_countKnown = false;
    int m_menteeCount = 0;
    int m_freePlaces = 0;
    struct CountResult;
    std::shared_ptr<CountResult> m_result;
};

} // namespace mentordesk
