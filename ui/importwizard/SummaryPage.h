// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace mentordesk {

class ImportWizard;

/// What the import did: counts, new vocabulary values, the safety copy, the error report.
class SummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SummaryPage(ImportWizard* wizard);

    void initializePage() override;
    int nextId() const override { return -1; }

    /// Copies the import's error report to `filePath`; false with a sentence when it cannot.
    bool saveErrorReport(const QString& filePath, QString* error) const;

private:
    void chooseReportFile();
    /// The lines of the details of an import that committed.
    QStringList importedLines() const;

    ImportWizard* m_wizard;
    QLabel* m_headline;
    QLabel* m_details;
    QPushButton* m_saveReport;
    QPushButton* m_showSellers;
    QVBoxLayout* m_previewLayout;
};

} // namespace mentordesk
