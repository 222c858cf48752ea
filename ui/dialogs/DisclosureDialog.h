// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace mentordesk {

/// Asks for a conflict of interest a mentor declares: what kind (a seller, a brand, a
/// category), which one (a seller ID, a brand, a category), a note and the day it was declared
/// (today unless told otherwise; never in the future).
class DisclosureDialog : public QDialog {
    Q_OBJECT
public:
    DisclosureDialog(const QString& mentor, const QStringList& categories, QWidget* parent = nullptr);

    QString kind() const;
    QString value() const;
    QString note() const;
    QDate declaredOn() const;

    QComboBox* kindBox() const { return m_kind; }
    QComboBox* valueBox() const { return m_value; }
    QLineEdit* noteEdit() const { return m_note; }
    QDateEdit* dateEdit() const { return m_date; }

private:
    void updateValueHint();

    QStringList m_categories;
    QComboBox* m_kind;
    QComboBox* m_value;
    QLineEdit* m_note;
    QDateEdit* m_date;
};

} // namespace mentordesk
