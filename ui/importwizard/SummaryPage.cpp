// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPage.h"

#include "files/OutputFileGuard.h"
#include "importing/ImportField.h"
#include "ImportWizard.h"
#include "settings/SettingsKeys.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

QString fieldTitle(ImportKind kind, const QString& key)
{
    const int index = ImportField::indexOf(kind, key);
    return index < 0 ? key : ImportField::fields(kind).at(index).translatedTitle();
}

} // namespace

SummaryPage::SummaryPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_saveReport(new QPushButton(tr("Save &Error Report…"), this))
    , m_showSellers(new QPushButton(tr("&Show Imported Sellers"), this))
    , m_previewLayout(new QVBoxLayout)
{
    setTitle(tr("Summary"));
    setFinalPage(true);
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_details->setObjectName(QStringLiteral("summaryText"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveReport->setObjectName(QStringLiteral("saveReportButton"));
    m_showSellers->setObjectName(QStringLiteral("showSellersButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveReport);
    buttons->addWidget(m_showSellers);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addLayout(m_previewLayout, 1);

    connect(m_saveReport, &QPushButton::clicked, this, &SummaryPage::chooseReportFile);
    connect(m_showSellers, &QPushButton::clicked, this, [this] {
        Q_EMIT m_wizard->showImportedSellersRequested();
        m_wizard->accept();
    });
}

void SummaryPage::initializePage()
{
    m_wizard->placePreview(m_previewLayout);
    const ImportResult& result = m_wizard->importResult();
    const QLocale locale;
    const bool imported = result.status == ImportResult::Status::Imported;
    switch (result.status) {
    case ImportResult::Status::Imported:
        m_headline->setText(tr("The file was imported in %1 s.").arg(locale.toString(result.seconds, 'f', 1)));
        break;
    case ImportResult::Status::Cancelled:
        m_headline->setText(tr("The import was cancelled. The program is unchanged."));
        break;
    case ImportResult::Status::DryRun:
    case ImportResult::Status::Failed:
    case ImportResult::Status::Unusable:
        m_headline->setText(tr("The import failed and the program is unchanged: %1").arg(result.error));
        break;
    }

    const QStringList lines = imported ? importedLines() : QStringList();
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_details->setVisible(!lines.isEmpty());

    const bool hasReport = imported && result.rowsRejected > 0 && QFileInfo::exists(m_wizard->errorReportPath());
    m_saveReport->setVisible(imported && result.rowsRejected > 0);
    m_saveReport->setEnabled(hasReport);
    if (imported && result.rowsRejected > 0 && !hasReport)
        m_saveReport->setToolTip(tr("The error report could not be written to the temporary folder."));
    m_showSellers->setVisible(imported && m_wizard->kind() == ImportKind::SellerProfiles);
}

QStringList SummaryPage::importedLines() const
{
    const ImportResult& result = m_wizard->importResult();
    const QLocale locale;
    const ImportKind kind = m_wizard->kind();
    QStringList lines;
    lines << tr("%n row(s) read.", nullptr, int(result.rowsRead));
    if (kind == ImportKind::SellerProfiles) {
        lines << tr("%n seller(s) added.", nullptr, int(result.sellersAdded));
        lines << tr("%n seller(s) updated.", nullptr, int(result.sellersUpdated));
        lines << tr("%n seller(s) unchanged.", nullptr, int(result.sellersUnchanged));
        if (result.rowsSkipped > 0)
            lines << tr("%n existing seller(s) skipped.", nullptr, int(result.rowsSkipped));
    }
    if (kind == ImportKind::Mentors) {
        const MentorImportResult& mentors = m_wizard->mentorImportResult();
        const int added = mentors.added;
        const int updated = mentors.updated;
        const int unchanged = mentors.unchanged;
        lines << tr("%n mentor(s) added.", nullptr, added);
        lines << tr("%n mentor(s) updated.", nullptr, updated);
        lines << tr("%n mentor(s) unchanged.", nullptr, unchanged);
    }
    if (kind == ImportKind::MetricSnapshots || result.snapshotsAdded + result.snapshotsUpdated > 0) {
        lines << tr("%n snapshot(s) added.", nullptr, int(result.snapshotsAdded));
        lines << tr("%n snapshot(s) updated.", nullptr, int(result.snapshotsUpdated));
    }
    lines << tr("%n row(s) rejected.", nullptr, int(result.rowsRejected));
    for (auto it = result.newValues.cbegin(); it != result.newValues.cend(); ++it)
        lines << tr("New values of %1: %2.").arg(fieldTitle(kind, it.key()), locale.createSeparatedList(it.value()));
    if (!result.safetyCopyPath.isEmpty())
        lines << tr("A safety copy of the program as it was before is at “%1”.")
                     .arg(QDir::toNativeSeparators(result.safetyCopyPath));
    // A mentor import is a batch of the import history as a seller import is.
    lines << tr("Import History in the File menu can undo this import as a whole.");
    return lines;
}

bool SummaryPage::saveErrorReport(const QString& filePath, QString* error) const
{
    const QString source = m_wizard->errorReportPath();
    if (QFileInfo(filePath).absoluteFilePath() == QFileInfo(source).absoluteFilePath())
        return true;
    // The save dialog lets the user pick any file; never the program or the file imported from.
    OutputFileGuard guard;
    guard.protectProgram(m_wizard->programPath());
    guard.protectInput(m_wizard->filePath());
    if (!guard.allows(filePath, error))
        return false;
    // Through QSaveFile, so a failed save leaves a file of that name as it was.
    QFile report(source);
    QSaveFile copy(filePath);
    if (!report.open(QIODevice::ReadOnly) || !copy.open(QIODevice::WriteOnly) ||
        copy.write(report.readAll()) != report.size() || !copy.commit()) {
        *error = tr("The error report could not be saved as “%1”. Check that the folder is writable and the disk "
                    "is not full.")
                     .arg(QDir::toNativeSeparators(filePath));
        return false;
    }
    return true;
}

void SummaryPage::chooseReportFile()
{
    const QString folder =
        QSettings()
            .value(SettingsKeys::importWizardLastReportDirectory, QFileInfo(m_wizard->filePath()).absolutePath())
            .toString();
    const QString suggested =
        QDir(folder).filePath(tr("%1-rejected-rows.csv").arg(QFileInfo(m_wizard->filePath()).completeBaseName()));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Error Report"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(SettingsKeys::importWizardLastReportDirectory, QFileInfo(path).absolutePath());
    QString error;
    if (!saveErrorReport(path, &error))
        QMessageBox::warning(this, tr("Report not saved"), error);
}

} // namespace mentordesk
