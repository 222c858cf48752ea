// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace mentordesk {

class MatchWizard;

/// Runs the matching in a worker thread with a progress bar and a Cancel button (the wizard's
/// Cancel and Escape cancel it too), and moves on to the review when it has succeeded.
class RunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RunPage(MatchWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_running; }
    QString stateText() const;

private:
    void cancel();
    void showProgress();
    void runFinished();

    MatchWizard* m_wizard;
    QTimer* m_poll;
    QLabel* m_state;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    bool m_running = false;
    bool m_done = false;
};

} // namespace mentordesk
