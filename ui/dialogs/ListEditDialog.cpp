// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListEditDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mentordesk {

ListEditDialog::ListEditDialog(const QString& title, const QString& hint, const QStringList& values, QWidget* parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
{
    setWindowTitle(tr("Edit %1").arg(title));
    auto* intro = new QLabel(hint, this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_edit->setText(values.join(QStringLiteral(" | ")));
    m_edit->setAccessibleName(title);
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 50);
    m_edit->setClearButtonEnabled(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Values:"), m_edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QStringList ListEditDialog::values() const
{
    QStringList result;
    for (const QString& value : m_edit->text().split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        if (!value.trimmed().isEmpty())
            result << value.trimmed();
    }
    return result;
}

} // namespace mentordesk
