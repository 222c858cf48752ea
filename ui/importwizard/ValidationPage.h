// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

class QCheckBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace mentordesk {

class ImportProblemCollector;
class ImportRunner;
class ImportWizard;
struct ImportResult;

/// Runs the whole file through the import without writing anything (a dry run) and shows what the
/// import would do: how many sellers (or mentors) are new, updated or unchanged, which rows are
/// rejected and why.
class ValidationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ValidationPage(ImportWizard* wizard);
    ~ValidationPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isRunning() const;

private:
    void startDryRun();
    void dryRunFinished();
    void showProgress();
    /// What the dry run counted, for the kind of file imported.
    void showCounts(const ImportResult& result);
    void setCount(const QString& name, qint64 value, bool visible = true);

    ImportWizard* m_wizard;
    ImportRunner* m_runner;
    std::unique_ptr<ImportProblemCollector> m_collector;
    QTimer* m_poll;
    QProgressBar* m_progress;
    QLabel* m_state;
    QWidget* m_counts;
    QFormLayout* m_countsForm;
    QLabel* m_ambiguous;
    QPushButton* m_backToFormat;
    QCheckBox* m_onlyProblems;
    QVBoxLayout* m_previewLayout;
    bool m_done = false;
    bool m_importable = false;
};

} // namespace mentordesk
