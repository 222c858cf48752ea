// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTimer;
class QVBoxLayout;

namespace mentordesk {

class ImportWizard;

/// The wizard's first page: which file, what it holds, and optionally a saved profile that
/// settles the format and the mapping at once.
class FilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit FilePage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void browse();
    void fileChanged();
    void kindChanged();
    void reloadProfiles();
    /// Applies the chosen profile's format and mapping; true when its mapping fits the file.
    bool applyProfile(QString* error);

    ImportWizard* m_wizard;
    QLineEdit* m_path;
    QRadioButton* m_sellers;
    QRadioButton* m_metrics;
    QRadioButton* m_mentors;
    /// The kind buttons, each with its ImportKind as id.
    QButtonGroup* m_kinds;
    QComboBox* m_profile;
    QLabel* m_message;
    QVBoxLayout* m_previewLayout;
    QTimer* m_inspectDelay;
};

} // namespace mentordesk
