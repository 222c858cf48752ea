// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchFactor.h"
#include "matching/MatchProblem.h"
#include "matching/MatchRules.h"

#include <QWizardPage>

#include <array>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;

namespace mentordesk {

class MatchWizard;
class DatabaseWorker;

/// The weights and rules of the run: one slider and "must" per factor, presets stored in the
/// program, the bonuses, the minimum score, fairness and the rotation limits, with a live count of
/// the mentees that have at least one allowed mentor (scored in a worker thread).
class RulesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RulesPage(MatchWizard* wizard);
    ~RulesPage() override;

    void initializePage() override;
    bool validatePage() override;

    /// The rules as the controls show them.
    matching::MatchRules rules() const;
    void showRules(const matching::MatchRules& rules);
    /// The live line's text ("12 of 14 mentees have at least one allowed mentor · 9 free places").
    QString liveText() const;
    /// Whether the live line is being recomputed.
    bool isPreviewing() const;

private:
    struct FactorRow {
        QSlider* weight = nullptr;
        QLabel* value = nullptr;
        QCheckBox* must = nullptr;
    };
    QWidget* createFactorGrid();
    QWidget* createPresetRow();
    QWidget* createOptions();
    void rulesEdited();
    void schedulePreview();
    void preview();
    void previewFinished();
    void reloadPresets(const QString& current);
    void loadPreset(int index);
    void savePresetAs();
    void deletePreset();

    MatchWizard* m_wizard;
    DatabaseWorker* m_worker;
    QTimer* m_previewDelay;
    std::array<FactorRow, matching::kFactorCount> m_factors;
    QComboBox* m_presets;
    QPushButton* m_savePreset;
    QPushButton* m_deletePreset;
    QSpinBox* m_highPotentialBonus;
    QSpinBox* m_stabilityBonus;
    QSpinBox* m_minimumScore;
    QCheckBox* m_fairness;
    QCheckBox* m_limitPerCohort;
    QSpinBox* m_maxPerCohort;
    QCheckBox* m_limitShare;
    QSpinBox* m_maxShare;
    QLabel* m_live;
    bool m_showing = false;
    bool m_previewPending = false;
    std::shared_ptr<const matching::MatchProblem> m_problem;
    struct Preview;
    std::shared_ptr<Preview> m_preview;
};

} // namespace mentordesk
