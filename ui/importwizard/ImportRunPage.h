// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace mentordesk {

class ImportErrorReport;
class ImportProblemCollector;
class ImportRunner;
class ImportWizard;

/// Runs the import in a worker thread with a progress bar and a Cancel button, and moves on to
/// the summary when it has ended, whatever the outcome.
class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard* wizard);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;

private:
    void cancel();
    void showProgress();
    void importFinished();

    ImportWizard* m_wizard;
    ImportRunner* m_runner;
    std::unique_ptr<ImportErrorReport> m_report;
    std::unique_ptr<ImportProblemCollector> m_collector;
    QTimer* m_poll;
    QLabel* m_state;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QVBoxLayout* m_previewLayout;
    bool m_done = false;
};

} // namespace mentordesk
