// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace mentordesk {

/// Asks for the values of one list (categories, channels, languages, brands) as one line,
/// separated by "|" (a category name may itself contain commas).
class ListEditDialog : public QDialog {
    Q_OBJECT
public:
    /// `title` names the list ("Languages"), `hint` says what its values look like.
    ListEditDialog(const QString& title, const QString& hint, const QStringList& values, QWidget* parent = nullptr);

    QStringList values() const;
    QLineEdit* lineEdit() const { return m_edit; }

private:
    QLineEdit* m_edit;
};

} // namespace mentordesk
