// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilePage.h"

#include "importjob/ImportProfiles.h"
#include "ImportWizard.h"
#include "settings/SettingsKeys.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace mentordesk {

FilePage::FilePage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_sellers(new QRadioButton(tr("&Sellers — profiles, optionally with their current metrics"), this))
    , m_metrics(new QRadioButton(tr("&Metric snapshots — one seller and date per row"), this))
    , m_mentors(new QRadioButton(tr("M&entors — profiles with their skills, languages and other lists"), this))
    , m_kinds(new QButtonGroup(this))
    , m_profile(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_previewLayout(new QVBoxLayout)
    , m_inspectDelay(new QTimer(this))
{
    setTitle(tr("File to import"));
    setSubTitle(tr("Choose a CSV or text file exported from a marketplace back office or a spreadsheet."));

    m_path->setObjectName(QStringLiteral("filePathEdit"));
    m_path->setPlaceholderText(tr("Path of a .csv or .txt file"));
    m_path->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_sellers->setObjectName(QStringLiteral("kindSellers"));
    m_metrics->setObjectName(QStringLiteral("kindMetrics"));
    m_mentors->setObjectName(QStringLiteral("kindMentors"));
    m_mentors->setToolTip(tr("A row names its mentor by mentor ID, else by e-mail; list cells separate their items "
                             "with “|”."));
    m_kinds->addButton(m_sellers, int(ImportKind::SellerProfiles));
    m_kinds->addButton(m_metrics, int(ImportKind::MetricSnapshots));
    m_kinds->addButton(m_mentors, int(ImportKind::Mentors));
    auto* kindColumn = new QVBoxLayout;
    kindColumn->addWidget(m_sellers);
    kindColumn->addWidget(m_metrics);
    kindColumn->addWidget(m_mentors);

    m_profile->setObjectName(QStringLiteral("fileProfileCombo"));
    m_profile->setToolTip(tr("A saved profile sets the format and the columns at once; with one that fits the "
                             "file, Next goes straight to the validation."));

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("Contents:"), kindColumn);
    auto* profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);
    form->addRow(profileLabel, m_profile);

    m_message->setObjectName(QStringLiteral("fileMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(m_previewLayout, 1);

    m_inspectDelay->setSingleShot(true);
    m_inspectDelay->setInterval(250);
    connect(m_inspectDelay, &QTimer::timeout, this, &FilePage::fileChanged);
    connect(m_path, &QLineEdit::textChanged, m_inspectDelay, qOverload<>(&QTimer::start));
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(browse, &QPushButton::clicked, this, &FilePage::browse);
    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            kindChanged();
    });
}

void FilePage::initializePage()
{
    m_wizard->placePreview(m_previewLayout);
    {
        const QSignalBlocker blocker(m_kinds);
        m_kinds->button(int(m_wizard->kind()))->setChecked(true);
    }
    reloadProfiles();
    if (m_path->text() != m_wizard->filePath())
        m_path->setText(m_wizard->filePath());
    m_inspectDelay->stop();
    fileChanged();
    m_path->setFocus();
}

void FilePage::browse()
{
    QString folder = QFileInfo(m_path->text()).absolutePath();
    if (m_path->text().isEmpty() || !QFileInfo(folder).isDir())
        folder = QSettings().value(SettingsKeys::importWizardLastDirectory, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a File to Import"), folder, tr("CSV and text files (*.csv *.txt *.tsv *.tab);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(SettingsKeys::importWizardLastDirectory, QFileInfo(path).absolutePath());
    m_path->setText(QDir::toNativeSeparators(path));
    m_inspectDelay->stop();
    fileChanged();
}

void FilePage::fileChanged()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    m_wizard->setFilePath(path);
    m_message->clear();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (!info.isFile()) {
        m_message->setText(tr("There is no file “%1”.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    if (!m_wizard->inspect(&error)) {
        m_message->setText(error);
        return;
    }
    const ImportSource& source = *m_wizard->source();
    const QString records = source.previewIsWholeFile
                                ? tr("%n data row(s)", nullptr, int(source.previewRows.size()))
                                : tr("more than %n data row(s)", nullptr, int(source.previewRows.size()));
    const QString columns = tr("%n column(s)", nullptr, int(source.columnNames.size()));
    m_message->setText(tr("%1 · %2 · %3 · last changed on %4")
                           .arg(QLocale().formattedDataSize(source.fileSize), columns, records,
                                QLocale().toString(source.fileDate, QLocale::ShortFormat)));
}

void FilePage::kindChanged()
{
    m_wizard->setKind(ImportKind(m_kinds->checkedId()));
    reloadProfiles();
}

void FilePage::reloadProfiles()
{
    const QString current = m_profile->currentData().toString();
    m_profile->clear();
    m_profile->addItem(tr("(none — detect the format and the columns)"), QString());
    for (const QString& name : ImportProfiles::names(m_wizard->kind()))
        m_profile->addItem(name, name);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(current)));
}

bool FilePage::isComplete() const
{
    return QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).isFile();
}

bool FilePage::validatePage()
{
    m_inspectDelay->stop();
    if (m_wizard->filePath() != QDir::fromNativeSeparators(m_path->text().trimmed()) || !m_wizard->source())
        fileChanged();
    if (!m_wizard->source())
        return false;
    QSettings().setValue(SettingsKeys::importWizardLastDirectory, QFileInfo(m_wizard->filePath()).absolutePath());
    m_wizard->setSkipsToValidation(false);
    m_wizard->options().profileName.clear();
    if (m_profile->currentData().toString().isEmpty())
        return true;
    QString error;
    if (applyProfile(&error)) {
        m_wizard->setSkipsToValidation(true);
    } else if (!error.isEmpty()) {
        m_message->setText(tr("The profile does not fit this file, so its columns are mapped by name: %1").arg(error));
    }
    return m_wizard->source().has_value();
}

bool FilePage::applyProfile(QString* error)
{
    const QString name = m_profile->currentData().toString();
    const std::optional<MappingProfile> profile = ImportProfiles::load(m_wizard->kind(), name, error);
    if (!profile)
        return false;
    ImportSource::Overrides& overrides = m_wizard->overrides();
    overrides.encoding = TextEncoding::fromName(profile->encoding);
    overrides.delimiter = profile->delimiter;
    overrides.hasHeaderRow = profile->hasHeader;
    m_wizard->options().numberStyle = profile->numberStyle;
    m_wizard->options().dateOrder = profile->dateOrder;
    m_wizard->options().profileName = name;
    if (!m_wizard->inspect(error))
        return false;
    const ImportSource& source = *m_wizard->source();
    const QStringList headerNames =
        source.dialect.hasHeaderRow ? source.columnNames : QStringList(source.columnNames.size(), QString());
    ColumnMapping mapping(m_wizard->kind(), headerNames);
    if (!profile->resolve(headerNames, &mapping, error))
        return false;
    m_wizard->setMapping(mapping);
    return true;
}

int FilePage::nextId() const
{
    return m_wizard->skipsToValidation() ? ImportWizard::ValidationPageId : ImportWizard::FormatPageId;
}

} // namespace mentordesk
