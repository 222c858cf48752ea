// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QPushButton;

namespace mentordesk {

/// Asks why a pairing ends (the catalogue's end reasons, translated; no reason is preselected,
/// the coordinator picks one) and on which day (today by default, not before it started).
class EndPairingDialog : public QDialog {
    Q_OBJECT
public:
    EndPairingDialog(const QString& counterpart, const QDate& startedOn, QWidget* parent = nullptr);

    /// The chosen reason's code (FieldId::PairingEndReason), or an empty string.
    QString reason() const;
    QDate endedOn() const;

    QComboBox* reasonBox() const { return m_reason; }
    QDateEdit* dateEdit() const { return m_date; }

private:
    QComboBox* m_reason;
    QDateEdit* m_date;
    QPushButton* m_endButton = nullptr;
};

} // namespace mentordesk
