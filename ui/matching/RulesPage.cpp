// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesPage.h"

#include "editing/ProgramEditor.h"
#include "matching/AllowedMentorCount.h"
#include "matchjob/MatchProblemLoader.h"
#include "matchjob/MatchRunRepository.h"
#include "MatchWizard.h"
#include "storage/DatabaseWorker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace mentordesk {

using matching::MatchRules;

namespace {

/// Sliders dragged in quick succession are scored once they rest.
constexpr int kPreviewDelayMs = 300;
constexpr int kMaximumWeight = 10;
constexpr int kMaximumBonus = 1000;
constexpr int kMaximumMenteesPerCohort = 50;

} // namespace

struct RulesPage::Preview {
    std::atomic<bool> cancelled{false};
    std::shared_ptr<const matching::MatchProblem> problem;
    QString error;
    std::optional<matching::AllowedMentorCount> count;
};

RulesPage::RulesPage(MatchWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_worker(new DatabaseWorker(wizard->programPath(), this))
    , m_previewDelay(new QTimer(this))
    , m_live(new QLabel(this))
{
    setTitle(tr("Weights and Rules"));
    setSubTitle(tr("How much each factor counts (0–10), which ones are a must, and the limits of the run."));

    m_live->setObjectName(QStringLiteral("liveCount"));
    m_live->setAccessibleName(tr("Mentees with an allowed mentor"));
    m_live->setWordWrap(true);

    auto* columns = new QHBoxLayout;
    columns->addWidget(createFactorGrid(), 3);
    auto* right = new QVBoxLayout;
    right->addWidget(createPresetRow());
    right->addWidget(createOptions());
    right->addStretch(1);
    columns->addLayout(right, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_live);

    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(kPreviewDelayMs);
    connect(m_previewDelay, &QTimer::timeout, this, &RulesPage::preview);
    connect(m_worker, &DatabaseWorker::finished, this, &RulesPage::previewFinished);
}

RulesPage::~RulesPage()
{
    if (m_preview)
        m_preview->cancelled = true;
}

QWidget* RulesPage::createFactorGrid()
{
    auto* box = new QGroupBox(tr("Factors"), this);
    auto* grid = new QGridLayout(box);
    grid->setVerticalSpacing(2);
    grid->addWidget(new QLabel(tr("Factor"), box), 0, 0);
    grid->addWidget(new QLabel(tr("Weight"), box), 0, 1, 1, 2);
    grid->addWidget(new QLabel(tr("Must"), box), 0, 3);
    int row = 1;
    for (matching::Factor factor : matching::allFactors()) {
        FactorRow& controls = m_factors[std::size_t(factor)];
        const QString label = matching::factorLabel(factor);
        const QString key = matching::factorKey(factor);
        auto* name = new QLabel(label, box);
        controls.weight = new QSlider(Qt::Horizontal, box);
        controls.weight->setRange(0, kMaximumWeight);
        controls.weight->setPageStep(1);
        controls.weight->setTickPosition(QSlider::TicksBelow);
        controls.weight->setObjectName(QStringLiteral("weight_%1").arg(key));
        controls.weight->setAccessibleName(tr("Weight of %1").arg(label));
        name->setBuddy(controls.weight);
        controls.value = new QLabel(box);
        controls.value->setMinimumWidth(controls.value->fontMetrics().horizontalAdvance(QStringLiteral("10")) + 4);
        controls.value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        controls.must = new QCheckBox(box);
        controls.must->setObjectName(QStringLiteral("must_%1").arg(key));
        controls.must->setAccessibleName(tr("%1 is a must").arg(label));
        controls.must->setToolTip(tr("A pair without any agreement on this factor is not allowed."));
        grid->addWidget(name, row, 0);
        grid->addWidget(controls.weight, row, 1);
        grid->addWidget(controls.value, row, 2);
        grid->addWidget(controls.must, row, 3, Qt::AlignHCenter);
        QLabel* value = controls.value;
        connect(controls.weight, &QSlider::valueChanged, this, [this, value](int weight) {
            value->setNum(weight);
            rulesEdited();
        });
        connect(controls.must, &QCheckBox::toggled, this, &RulesPage::rulesEdited);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    // Spare height goes below the rows, not between the header and the first factor.
    grid->setRowStretch(row, 1);
    return box;
}

QWidget* RulesPage::createPresetRow()
{
    auto* box = new QGroupBox(tr("Presets"), this);
    m_presets = new QComboBox(box);
    m_presets->setObjectName(QStringLiteral("presets"));
    m_presets->setAccessibleName(tr("Preset"));
    m_savePreset = new QPushButton(tr("&Save As…"), box);
    m_savePreset->setObjectName(QStringLiteral("savePreset"));
    m_deletePreset = new QPushButton(tr("&Delete"), box);
    m_deletePreset->setObjectName(QStringLiteral("deletePreset"));
    m_deletePreset->setAccessibleName(tr("Delete preset"));
    auto* restore = new QPushButton(tr("&Restore Defaults"), box);
    restore->setObjectName(QStringLiteral("restoreDefaults"));
    auto* layout = new QGridLayout(box);
    layout->addWidget(m_presets, 0, 0, 1, 3);
    layout->addWidget(m_savePreset, 1, 0);
    layout->addWidget(m_deletePreset, 1, 1);
    layout->addWidget(restore, 1, 2);
    connect(m_presets, qOverload<int>(&QComboBox::activated), this, &RulesPage::loadPreset);
    // Row 0 is the "Choose a preset…" prompt, which cannot be deleted.
    connect(m_presets, qOverload<int>(&QComboBox::currentIndexChanged), m_deletePreset,
            [this](int index) { m_deletePreset->setEnabled(index > 0); });
    connect(m_savePreset, &QPushButton::clicked, this, &RulesPage::savePresetAs);
    connect(m_deletePreset, &QPushButton::clicked, this, &RulesPage::deletePreset);
    connect(restore, &QPushButton::clicked, this, [this] { showRules(MatchRules::defaults()); });
    return box;
}

QWidget* RulesPage::createOptions()
{
    auto* box = new QGroupBox(tr("Rules"), this);
    const auto spinBox = [box](const QString& name, int minimum, int maximum, const QString& accessibleName) {
        auto* spin = new QSpinBox(box);
        spin->setObjectName(name);
        spin->setRange(minimum, maximum);
        spin->setAccessibleName(accessibleName);
        return spin;
    };
    m_highPotentialBonus = spinBox(QStringLiteral("highPotentialBonus"), 0, kMaximumBonus, tr("High-potential bonus"));
    m_stabilityBonus = spinBox(QStringLiteral("stabilityBonus"), 0, kMaximumBonus, tr("Stability bonus"));
    m_stabilityBonus->setToolTip(tr("When re-matching: points for staying with the current mentor."));
    m_minimumScore = spinBox(QStringLiteral("minimumScore"), 0, kMaximumBonus * 2, tr("Minimum score"));
    m_minimumScore->setSpecialValueText(tr("None"));
    m_fairness = new QCheckBox(tr("&Fairness: raise the lowest score first"), box);
    m_fairness->setObjectName(QStringLiteral("fairness"));
    m_limitPerCohort = new QCheckBox(tr("At most, per mentor and cohort:"), box);
    m_limitPerCohort->setObjectName(QStringLiteral("limitPerCohort"));
    m_maxPerCohort = spinBox(QStringLiteral("maxPerCohort"), 1, kMaximumMenteesPerCohort, tr("Mentees per cohort"));
    m_limitShare = new QCheckBox(tr("At most, of all open pairings, per mentor:"), box);
    m_limitShare->setObjectName(QStringLiteral("limitShare"));
    m_maxShare = spinBox(QStringLiteral("maxShare"), 1, 100, tr("Share of open pairings"));
    m_maxShare->setSuffix(tr(" %", "percent suffix"));

    auto* form = new QFormLayout(box);
    form->addRow(tr("&High-potential bonus:"), m_highPotentialBonus);
    form->addRow(tr("S&tability bonus:"), m_stabilityBonus);
    form->addRow(tr("&Minimum score:"), m_minimumScore);
    form->addRow(m_fairness);
    form->addRow(m_limitPerCohort, m_maxPerCohort);
    form->addRow(m_limitShare, m_maxShare);

    for (QSpinBox* spin : {m_highPotentialBonus, m_stabilityBonus, m_minimumScore, m_maxPerCohort, m_maxShare})
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, &RulesPage::rulesEdited);
    for (QCheckBox* check : {m_fairness, m_limitPerCohort, m_limitShare})
        connect(check, &QCheckBox::toggled, this, &RulesPage::rulesEdited);
    return box;
}

void RulesPage::initializePage()
{
    // The selection may have changed since the last visit: load its problem afresh.
    if (m_preview)
        m_preview->cancelled = true;
    m_problem.reset();
    reloadPresets(QString());
    showRules(m_wizard->rules());
    schedulePreview();
}

bool RulesPage::validatePage()
{
    m_wizard->rules() = rules();
    m_wizard->saveRules();
    return true;
}

MatchRules RulesPage::rules() const
{
    MatchRules rules;
    for (matching::Factor factor : matching::allFactors()) {
        const FactorRow& controls = m_factors[std::size_t(factor)];
        rules.rule(factor) = {controls.weight->value(), controls.must->isChecked()};
    }
    rules.highPotentialBonus = m_highPotentialBonus->value();
    rules.stabilityBonus = m_stabilityBonus->value();
    rules.minimumScore = m_minimumScore->value();
    rules.fairness = m_fairness->isChecked();
    rules.maxMenteesPerCohort = m_limitPerCohort->isChecked() ? m_maxPerCohort->value() : 0;
    rules.maxSharePercent = m_limitShare->isChecked() ? m_maxShare->value() : 0;
    return rules;
}

void RulesPage::showRules(const MatchRules& rules)
{
    m_showing = true;
    for (matching::Factor factor : matching::allFactors()) {
        const FactorRow& controls = m_factors[std::size_t(factor)];
        controls.weight->setValue(rules.rule(factor).weight);
        controls.value->setNum(rules.rule(factor).weight);
        controls.must->setChecked(rules.rule(factor).must);
    }
    m_highPotentialBonus->setValue(rules.highPotentialBonus);
    m_stabilityBonus->setValue(rules.stabilityBonus);
    m_minimumScore->setValue(rules.minimumScore);
    m_fairness->setChecked(rules.fairness);
    m_limitPerCohort->setChecked(rules.maxMenteesPerCohort > 0);
    m_maxPerCohort->setValue(rules.maxMenteesPerCohort > 0 ? rules.maxMenteesPerCohort : 3);
    m_limitShare->setChecked(rules.maxSharePercent > 0);
    m_maxShare->setValue(rules.maxSharePercent > 0 ? rules.maxSharePercent : 10);
    m_showing = false;
    rulesEdited();
}

void RulesPage::rulesEdited()
{
    if (m_showing)
        return;
    m_maxPerCohort->setEnabled(m_limitPerCohort->isChecked());
    m_maxShare->setEnabled(m_limitShare->isChecked());
    schedulePreview();
}

void RulesPage::schedulePreview()
{
    m_live->setText(tr("Counting the mentees with an allowed mentor…"));
    if (m_preview)
        m_preview->cancelled = true;
    m_previewDelay->start();
}

bool RulesPage::isPreviewing() const
{
    return m_previewDelay->isActive() || m_worker->isRunning() || m_previewPending;
}

QString RulesPage::liveText() const
{
    return m_live->text();
}

void RulesPage::preview()
{
    if (m_worker->isRunning()) {
        m_previewPending = true;
        return;
    }
    m_previewPending = false;
    auto preview = std::make_shared<Preview>();
    preview->problem = m_problem;
    m_preview = preview;
    const MatchSelection selection = m_wizard->selection();
    const MatchRules rules = this->rules();
    m_worker->start([preview, selection, rules](QSqlDatabase db, const QString& openError) {
        if (!preview->problem) {
            if (!db.isValid()) {
                preview->error = openError;
                return;
            }
            std::optional<matching::MatchProblem> loaded = MatchProblemLoader(db).load(selection, &preview->error);
            if (!loaded)
                return;
            preview->problem = std::make_shared<const matching::MatchProblem>(std::move(*loaded));
        }
        preview->count = matching::AllowedMentorCount::of(*preview->problem, rules, preview->cancelled);
    });
}

void RulesPage::previewFinished()
{
    const std::shared_ptr<Preview> finished = m_preview;
    // The loaded problem is kept for the next preview even when this one was overtaken.
    if (finished->problem)
        m_problem = finished->problem;
    if (m_previewPending) {
        preview();
        return;
    }
    if (finished->cancelled || (finished->problem && !finished->count))
        return;
    if (!finished->problem) {
        m_live->setText(tr("The mentees and mentors could not be loaded: %1").arg(finished->error));
        return;
    }
    const int mentees = finished->count->mentees;
    const int freePlaces = finished->count->freePlaces;
    const QString allowed = tr("%1 of %n mentee(s) have at least one allowed mentor", nullptr, mentees)
                                .arg(finished->count->menteesWithAllowedMentor);
    const QString places = tr("%n free place(s)", nullptr, freePlaces);
    m_live->setText(tr("%1 · %2").arg(allowed, places));
}

void RulesPage::reloadPresets(const QString& current)
{
    const QSignalBlocker block(m_presets);
    m_presets->clear();
    m_presets->addItem(tr("Choose a preset…"));
    const MatchRunRepository runs(m_wizard->editor()->records().database(), m_wizard->actor());
    m_presets->addItems(runs.presetNames());
    const int row = current.isEmpty() ? 0 : m_presets->findText(current);
    m_presets->setCurrentIndex(std::max(0, row));
    m_deletePreset->setEnabled(m_presets->currentIndex() > 0);
}

void RulesPage::loadPreset(int index)
{
    if (index <= 0)
        return;
    const MatchRunRepository runs(m_wizard->editor()->records().database(), m_wizard->actor());
    const std::optional<MatchRules> rules = runs.preset(m_presets->itemText(index));
    if (!rules) {
        QMessageBox::warning(this, tr("Preset"), tr("The preset could not be read: %1").arg(runs.errorText()));
        return;
    }
    showRules(*rules);
}

void RulesPage::savePresetAs()
{
    const QString current = m_presets->currentIndex() > 0 ? m_presets->currentText() : QString();
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save Preset"), tr("Name of the preset:"), QLineEdit::Normal, current, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    MatchRunRepository runs(m_wizard->editor()->records().database(), m_wizard->actor());
    if (!runs.savePreset(name, rules())) {
        QMessageBox::warning(this, tr("Save Preset"), tr("The preset could not be saved: %1").arg(runs.errorText()));
        return;
    }
    reloadPresets(name);
}

void RulesPage::deletePreset()
{
    const int index = m_presets->currentIndex();
    if (index <= 0)
        return;
    const QString name = m_presets->itemText(index);
    if (QMessageBox::question(this, tr("Delete Preset"), tr("Delete the preset “%1”?").arg(name)) != QMessageBox::Yes)
        return;
    MatchRunRepository runs(m_wizard->editor()->records().database(), m_wizard->actor());
    if (!runs.deletePreset(name)) {
        QMessageBox::warning(this, tr("Delete Preset"),
                             tr("The preset could not be deleted: %1").arg(runs.errorText()));
        return;
    }
    reloadPresets(QString());
}

} // namespace mentordesk
