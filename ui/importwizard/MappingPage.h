// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/ColumnMapping.h"

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QVBoxLayout;

namespace mentordesk {

class ImportWizard;

/// Which column of the file fills which field: one combo box per field, mapped by the column
/// names to begin with, and named profiles to save a mapping for the next file of the same kind.
class MappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit MappingPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    /// The combo box of field `key` (for tests).
    QComboBox* fieldCombo(const QString& key) const { return m_combos.value(key); }

private:
    void buildFieldCombos();
    /// The column names as ColumnMapping takes them: empty for a file without header row.
    QStringList headerNames() const;
    void showMapping();
    void fieldComboChanged(const QString& key);
    void updateStatus();
    void reloadProfiles(const QString& current);
    void applyProfile();
    void saveProfile();
    void deleteProfile();

    ImportWizard* m_wizard;
    QSplitter* m_splitter;
    QWidget* m_fieldsWidget;
    QGridLayout* m_fieldsGrid;
    QHash<QString, QComboBox*> m_combos;
    QComboBox* m_profile;
    QPushButton* m_saveProfile;
    QPushButton* m_deleteProfile;
    QLabel* m_exportDateLabel;
    QDateEdit* m_exportDate;
    QLabel* m_message;
    QLabel* m_status;
    QVBoxLayout* m_previewLayout;
    ImportKind m_builtKind = ImportKind::SellerProfiles;
    QStringList m_builtColumns;
};

} // namespace mentordesk
