// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace mentordesk {

class ImportWizard;

/// How the file is written: encoding, delimiter, header row, number style, date order and the
/// rows to import. The preview follows every change.
class FormatPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FormatPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    /// Reads the file again with the chosen encoding, delimiter and header setting.
    void reinspect();
    void showSource();
    void rowsChanged();

    ImportWizard* m_wizard;
    QComboBox* m_encoding;
    QLabel* m_encodingOrigin;
    QComboBox* m_delimiter;
    QCheckBox* m_header;
    QComboBox* m_numberStyle;
    QComboBox* m_dateOrder;
    QSpinBox* m_firstRow;
    QSpinBox* m_lastRow;
    QLabel* m_message;
    QVBoxLayout* m_previewLayout;
};

} // namespace mentordesk
