// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingPage.h"
#include "domain/FieldCatalogue.h"

#include "importing/ImportField.h"
#include "importjob/ImportProfiles.h"
#include "importjob/MentorImport.h"
#include "ImportWizard.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

constexpr int kFieldColumns = 3;
const QString kSnapshotDateKey = fieldKey(FieldId::SnapshotDate);

} // namespace

MappingPage::MappingPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_fieldsWidget(new QWidget(this))
    , m_fieldsGrid(new QGridLayout(m_fieldsWidget))
    , m_profile(new QComboBox(this))
    , m_saveProfile(new QPushButton(tr("&Save Profile…"), this))
    , m_deleteProfile(new QPushButton(tr("De&lete Profile"), this))
    , m_exportDateLabel(new QLabel(tr("E&xport date:"), this))
    , m_exportDate(new QDateEdit(this))
    , m_message(new QLabel(this))
    , m_status(new QLabel(this))
    , m_previewLayout(new QVBoxLayout)
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Choose the file's column for each field; fields marked * are required. Columns no field "
                   "uses are not imported."));

    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setMinimumContentsLength(16);
    m_saveProfile->setObjectName(QStringLiteral("saveProfileButton"));
    m_deleteProfile->setObjectName(QStringLiteral("deleteProfileButton"));
    m_exportDate->setObjectName(QStringLiteral("exportDateEdit"));
    m_exportDate->setCalendarPopup(true);
    m_exportDate->setToolTip(tr("The date of the snapshots of rows without a snapshot date column: the day the "
                                "file was exported."));
    m_exportDateLabel->setBuddy(m_exportDate);
    auto* profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);
    auto* top = new QHBoxLayout;
    top->addWidget(profileLabel);
    top->addWidget(m_profile);
    top->addWidget(m_saveProfile);
    top->addWidget(m_deleteProfile);
    top->addStretch(1);
    top->addWidget(m_exportDateLabel);
    top->addWidget(m_exportDate);

    m_fieldsGrid->setContentsMargins(0, 0, 0, 0);
    m_fieldsGrid->setHorizontalSpacing(8);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mappingScrollArea"));
    scroll->setWidget(m_fieldsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_message->setObjectName(QStringLiteral("mappingMessage"));
    m_message->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);

    auto* previewBox = new QWidget(this);
    previewBox->setLayout(m_previewLayout);
    m_previewLayout->setContentsMargins(0, 0, 0, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(previewBox);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_status);

    connect(m_profile, qOverload<int>(&QComboBox::currentIndexChanged), this, &MappingPage::applyProfile);
    connect(m_saveProfile, &QPushButton::clicked, this, &MappingPage::saveProfile);
    connect(m_deleteProfile, &QPushButton::clicked, this, &MappingPage::deleteProfile);
    connect(m_exportDate, &QDateEdit::dateChanged, this, [this](QDate date) { m_wizard->options().exportDate = date; });
}

QStringList MappingPage::headerNames() const
{
    const ImportSource& source = *m_wizard->source();
    return source.dialect.hasHeaderRow ? source.columnNames : QStringList(source.columnNames.size(), QString());
}

void MappingPage::initializePage()
{
    m_wizard->placePreview(m_previewLayout);
    m_message->clear();
    if (!m_wizard->hasMapping())
        m_wizard->setMapping(ColumnMapping::autoMap(m_wizard->kind(), headerNames()));
    if (m_builtKind != m_wizard->kind() || m_builtColumns != m_wizard->source()->columnNames || m_combos.isEmpty()) {
        buildFieldCombos();
        // Every field in view when the window is tall enough, the preview below with what is left.
        const int total = std::max(m_splitter->height(), 480);
        const int fields = std::min(m_fieldsWidget->sizeHint().height() + 4, total * 2 / 3);
        m_splitter->setSizes({fields, total - fields});
    }
    showMapping();

    // Seller files carry metrics too, and those are dated the same way.
    {
        const QSignalBlocker blocker(m_exportDate);
        m_exportDate->setDate(m_wizard->options().exportDate.isValid() ? m_wizard->options().exportDate
                                                                       : m_wizard->source()->fileDate);
    }
    m_wizard->options().exportDate = m_exportDate->date();
    // Mentor files hold no metrics, so nothing of theirs is dated by the export.
    const bool datesSnapshots = m_wizard->kind() != ImportKind::Mentors;
    m_exportDateLabel->setVisible(datesSnapshots);
    m_exportDate->setVisible(datesSnapshots);
    reloadProfiles(m_wizard->options().profileName);
    updateStatus();
}

void MappingPage::buildFieldCombos()
{
    qDeleteAll(m_combos);
    m_combos.clear();
    while (QLayoutItem* item = m_fieldsGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const ImportSource& source = *m_wizard->source();
    const QVector<ImportField>& fields = ImportField::fields(m_wizard->kind());
    const int rows = int((fields.size() + kFieldColumns - 1) / kFieldColumns);
    for (int i = 0; i < fields.size(); ++i) {
        const ImportField& field = fields.at(i);
        auto* label = new QLabel(field.required ? tr("%1 *").arg(field.translatedTitle()) : field.translatedTitle(),
                                 m_fieldsWidget);
        if (field.required) {
            QFont font = label->font();
            font.setBold(true);
            label->setFont(font);
            label->setToolTip(tr("Required"));
        }
        auto* combo = new QComboBox(m_fieldsWidget);
        combo->setObjectName(QStringLiteral("mapping_") + field.key);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        combo->addItem(tr("(not imported)"), -1);
        for (int column = 0; column < source.columnNames.size(); ++column) {
            combo->addItem(source.columnNames.at(column), column);
            const QString sample = source.previewRows.value(0).value(column);
            if (!sample.isEmpty())
                combo->setItemData(combo->count() - 1, tr("For example “%1”").arg(sample), Qt::ToolTipRole);
        }
        label->setBuddy(combo);
        const QString key = field.key;
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, key] { fieldComboChanged(key); });
        const int row = i % rows;
        const int column = (i / rows) * 2;
        m_fieldsGrid->addWidget(label, row, column, Qt::AlignRight);
        m_fieldsGrid->addWidget(combo, row, column + 1);
        m_fieldsGrid->setColumnStretch(column + 1, 1);
        m_combos.insert(key, combo);
    }
    m_fieldsGrid->setRowStretch(rows, 1);
    // Tab moves down a column of fields, then to the next column, as the grid reads.
    QWidget* previous = m_deleteProfile;
    for (int i = 0; i < fields.size(); ++i) {
        QComboBox* combo = m_combos.value(fields.at(i).key);
        setTabOrder(previous, combo);
        previous = combo;
    }
    m_builtKind = m_wizard->kind();
    m_builtColumns = source.columnNames;
}

void MappingPage::showMapping()
{
    const ColumnMapping& mapping = m_wizard->options().mapping;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setCurrentIndex(std::max(0, it.value()->findData(mapping.column(it.key()))));
    }
}

void MappingPage::fieldComboChanged(const QString& key)
{
    QComboBox* combo = m_combos.value(key);
    ColumnMapping mapping = m_wizard->options().mapping;
    const int column = combo->currentData().toInt();
    QString reason;
    if (column < 0) {
        mapping.unmap(key);
        m_message->clear();
    } else if (!mapping.map(key, column, &reason)) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(mapping.column(key))));
        m_message->setText(reason);
        return;
    } else {
        m_message->clear();
    }
    m_wizard->setMapping(mapping);
    updateStatus();
}

void MappingPage::updateStatus()
{
    const ColumnMapping& mapping = m_wizard->options().mapping;
    const bool metrics = m_wizard->kind() == ImportKind::MetricSnapshots;
    const bool hasDateColumn = mapping.column(kSnapshotDateKey) >= 0;
    m_exportDate->setEnabled(!hasDateColumn);
    QStringList missing;
    for (const QString& key : mapping.unmappedRequired()) {
        // Without a date column, a metrics file's snapshots take the export date.
        if (metrics && key == kSnapshotDateKey)
            continue;
        const int index = ImportField::indexOf(m_wizard->kind(), key);
        missing << ImportField::fields(m_wizard->kind()).at(index).translatedTitle();
    }
    QStringList lines;
    if (!missing.isEmpty())
        lines << tr("Still to map: %1.").arg(QLocale().createSeparatedList(missing));
    const QString mentorProblem =
        m_wizard->kind() == ImportKind::Mentors ? MentorImport::mappingProblem(mapping) : QString();
    if (!mentorProblem.isEmpty())
        lines << mentorProblem;
    const QList<int> unmapped = mapping.unmappedColumns();
    if (!unmapped.isEmpty()) {
        QStringList names;
        for (int column : unmapped)
            names << m_wizard->source()->columnNames.value(column);
        lines << tr("%n column(s) not imported: %1.", nullptr, int(unmapped.size()))
                     .arg(QLocale().createSeparatedList(names));
    }
    if (metrics && !hasDateColumn)
        lines << tr("No column holds the snapshot date: every row is a snapshot of the export date.");
    bool mapsMetrics = false;
    for (const ImportField& field : ImportField::fields(m_wizard->kind()))
        mapsMetrics = mapsMetrics || (field.isMetric && mapping.column(field.key) >= 0);
    if (!metrics && mapsMetrics && !hasDateColumn)
        lines << tr("The metrics of each row are recorded as a snapshot of the export date.");
    m_status->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

bool MappingPage::isComplete() const
{
    const bool metrics = m_wizard->kind() == ImportKind::MetricSnapshots;
    QStringList missing = m_wizard->options().mapping.unmappedRequired();
    if (metrics)
        missing.removeAll(kSnapshotDateKey);
    // A mentor file has no required field, but each row must name its mentor somehow.
    const bool namesMentors =
        m_wizard->kind() != ImportKind::Mentors || MentorImport::mappingProblem(m_wizard->options().mapping).isEmpty();
    return m_wizard->hasMapping() && missing.isEmpty() && namesMentors;
}

void MappingPage::reloadProfiles(const QString& current)
{
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("(none)"), QString());
    for (const QString& name : ImportProfiles::names(m_wizard->kind()))
        m_profile->addItem(name, name);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(current)));
    m_deleteProfile->setEnabled(m_profile->currentIndex() > 0);
}

void MappingPage::applyProfile()
{
    const QString name = m_profile->currentData().toString();
    m_deleteProfile->setEnabled(!name.isEmpty());
    m_wizard->options().profileName = name;
    if (name.isEmpty())
        return;
    QString error;
    const std::optional<MappingProfile> profile = ImportProfiles::load(m_wizard->kind(), name, &error);
    ColumnMapping mapping(m_wizard->kind(), headerNames());
    if (!profile || !profile->resolve(headerNames(), &mapping, &error)) {
        m_message->setText(tr("The profile “%1” does not fit this file: %2").arg(name, error));
        return;
    }
    // The encoding and delimiter of a profile apply when it is chosen on the first page; here the
    // file has been read already, so only what does not change the columns is taken.
    if (profile->numberStyle != NumberStyle::Auto)
        m_wizard->options().numberStyle = profile->numberStyle;
    if (profile->dateOrder != DateOrder::Auto)
        m_wizard->options().dateOrder = profile->dateOrder;
    m_wizard->setMapping(mapping);
    showMapping();
    m_message->setText(tr("The columns of profile “%1” are mapped.").arg(name));
    updateStatus();
}

void MappingPage::saveProfile()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Profile"),
                                               tr("Name of the profile (the next file of this kind can use it):"),
                                               QLineEdit::Normal, m_wizard->options().profileName, &ok)
                             .trimmed();
    if (!ok)
        return;
    QString error;
    if (!ImportProfiles::isValidName(name, &error)) {
        QMessageBox::warning(this, tr("Profile not saved"), error);
        return;
    }
    if (ImportProfiles::exists(m_wizard->kind(), name) &&
        QMessageBox::question(this, tr("Replace Profile"),
                              tr("A profile “%1” exists already. Replace it with these settings?").arg(name)) !=
            QMessageBox::Yes)
        return;
    const ImportSource& source = *m_wizard->source();
    MappingProfile profile = MappingProfile::fromMapping(m_wizard->options().mapping);
    profile.name = name;
    profile.delimiter = source.dialect.delimiter;
    profile.encoding = source.encoding.name();
    profile.hasHeader = source.dialect.hasHeaderRow;
    profile.numberStyle = m_wizard->options().numberStyle;
    profile.dateOrder = m_wizard->options().dateOrder;
    if (!ImportProfiles::save(profile, &error)) {
        QMessageBox::warning(this, tr("Profile not saved"), error);
        return;
    }
    m_wizard->options().profileName = name;
    reloadProfiles(name);
    m_message->setText(tr("Saved the profile “%1”.").arg(name));
}

void MappingPage::deleteProfile()
{
    const QString name = m_profile->currentData().toString();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete Profile"), tr("Delete the profile “%1”?").arg(name)) != QMessageBox::Yes)
        return;
    ImportProfiles::remove(m_wizard->kind(), name);
    if (m_wizard->options().profileName == name)
        m_wizard->options().profileName.clear();
    reloadProfiles(QString());
    m_message->setText(tr("Deleted the profile “%1”.").arg(name));
}

} // namespace mentordesk
