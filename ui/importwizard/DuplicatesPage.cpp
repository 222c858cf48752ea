// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicatesPage.h"

#include "ImportWizard.h"
#include "settings/SettingsKeys.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

constexpr int kLineRole = Qt::UserRole + 1;

} // namespace

DuplicatesPage::DuplicatesPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_update(new QRadioButton(tr("&Update them with the file's values (empty cells keep the stored value)"), this))
    , m_skip(new QRadioButton(
          tr("&Skip them: the stored sellers keep their values (the metrics of the rows are still recorded)"), this))
    , m_ask(new QRadioButton(tr("&Choose row by row:"), this))
    , m_list(new QListWidget(this))
    , m_checkAll(new QPushButton(tr("Check &All"), this))
    , m_checkNone(new QPushButton(tr("Check &None"), this))
    , m_note(new QLabel(this))
    , m_previewLayout(new QVBoxLayout)
{
    setTitle(tr("Sellers already in the program"));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setCommitPage(true);

    m_intro->setObjectName(QStringLiteral("duplicatesIntro"));
    m_intro->setWordWrap(true);
    m_update->setObjectName(QStringLiteral("policyUpdate"));
    m_skip->setObjectName(QStringLiteral("policySkip"));
    m_ask->setObjectName(QStringLiteral("policyAsk"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_update);
    group->addButton(m_skip);
    group->addButton(m_ask);
    m_list->setObjectName(QStringLiteral("duplicatesList"));
    m_list->setUniformItemSizes(true);
    m_note->setObjectName(QStringLiteral("duplicatesNote"));
    m_note->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_checkAll);
    buttons->addWidget(m_checkNone);
    buttons->addStretch(1);
    auto* choices = new QWidget(this);
    auto* choicesLayout = new QVBoxLayout(choices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    choicesLayout->addWidget(m_intro);
    choicesLayout->addWidget(m_update);
    choicesLayout->addWidget(m_skip);
    choicesLayout->addWidget(m_ask);
    choicesLayout->addWidget(m_list, 1);
    choicesLayout->addLayout(buttons);
    choicesLayout->addWidget(m_note);

    auto* previewBox = new QWidget(this);
    previewBox->setLayout(m_previewLayout);
    m_previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(choices);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(group, &QButtonGroup::buttonToggled, this, &DuplicatesPage::policyChanged);
    connect(m_list, &QListWidget::itemChanged, this, &QWizardPage::completeChanged);
    connect(m_checkAll, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_checkNone, &QPushButton::clicked, this, [this] { setAllChecked(false); });
}

void DuplicatesPage::initializePage()
{
    m_wizard->placePreview(m_previewLayout);
    const ImportResult& dryRun = m_wizard->dryRunResult();
    m_intro->setText(tr("%n seller(s) of the file are already in the program, and the file would change them.", nullptr,
                        int(dryRun.duplicateCount)));
    m_list->clear();
    for (const ImportDuplicate& duplicate : dryRun.duplicates) {
        const QString text = tr("line %1 · %2 · %3")
                                 .arg(QLocale().toString(duplicate.line), duplicate.externalId,
                                      duplicate.changes.join(QStringLiteral("; ")));
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(kLineRole, duplicate.line);
        item->setToolTip(duplicate.shopName.isEmpty()
                             ? duplicate.changes.join(QLatin1Char('\n'))
                             : duplicate.shopName + QLatin1Char('\n') + duplicate.changes.join(QLatin1Char('\n')));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    if (dryRun.duplicateCount > dryRun.duplicates.size())
        m_note->setText(tr("Only the first %n are listed; with “Choose row by row”, the others are skipped.", nullptr,
                           int(dryRun.duplicates.size())));
    else
        m_note->clear();
    const QString policy = QSettings().value(SettingsKeys::importWizardDuplicatePolicy).toString();
    (policy == QLatin1String("skip") ? m_skip : policy == QLatin1String("ask") ? m_ask : m_update)->setChecked(true);
    policyChanged();
}

void DuplicatesPage::policyChanged()
{
    const bool ask = m_ask->isChecked();
    m_list->setEnabled(ask);
    m_checkAll->setEnabled(ask);
    m_checkNone->setEnabled(ask);
    Q_EMIT completeChanged();
}

void DuplicatesPage::setAllChecked(bool checked)
{
    for (int row = 0; row < m_list->count(); ++row)
        m_list->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

bool DuplicatesPage::isComplete() const
{
    return m_update->isChecked() || m_skip->isChecked() || m_ask->isChecked();
}

bool DuplicatesPage::validatePage()
{
    ImportOptions& options = m_wizard->options();
    options.linesToUpdate.clear();
    QString policy;
    if (m_skip->isChecked()) {
        options.onDuplicate = DuplicatePolicy::Skip;
        policy = QStringLiteral("skip");
    } else if (m_ask->isChecked()) {
        options.onDuplicate = DuplicatePolicy::Ask;
        policy = QStringLiteral("ask");
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->checkState() == Qt::Checked)
                options.linesToUpdate.insert(m_list->item(row)->data(kLineRole).toLongLong());
        }
    } else {
        options.onDuplicate = DuplicatePolicy::Update;
        policy = QStringLiteral("update");
    }
    QSettings().setValue(SettingsKeys::importWizardDuplicatePolicy, policy);
    return true;
}

} // namespace mentordesk
