// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace mentordesk {

class ImportWizard;

/// What happens to the sellers of the file that are already in the program and would change:
/// update them, leave them, or choose row by row. Shown only when the dry run found such sellers.
class DuplicatesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit DuplicatesPage(ImportWizard* wizard);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    void policyChanged();
    void setAllChecked(bool checked);

    ImportWizard* m_wizard;
    QLabel* m_intro;
    QRadioButton* m_update;
    QRadioButton* m_skip;
    QRadioButton* m_ask;
    QListWidget* m_list;
    QPushButton* m_checkAll;
    QPushButton* m_checkNone;
    QLabel* m_note;
    QVBoxLayout* m_previewLayout;
};

} // namespace mentordesk
