// SPDX-License-Identifier: GPL-3.0-or-later
#include "EndPairingDialog.h"

#include "domain/FieldCatalogue.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

EndPairingDialog::EndPairingDialog(const QString& counterpart, const QDate& startedOn, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_date(new QDateEdit(this))
{
    setWindowTitle(tr("End Pairing"));
    auto* intro =
        new QLabel(tr("End the pairing with %1? It stays in the history with its reason.").arg(counterpart), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    const FieldSpec& reasons = catalogueField(FieldId::PairingEndReason);
    for (const Choice& choice : reasons.choices)
        m_reason->addItem(QCoreApplication::translate("Choices", choice.label), choice.code);
    // No reason is preselected: a default would be recorded whenever nobody looked.
    m_reason->setPlaceholderText(tr("Choose a reason"));
    m_reason->setCurrentIndex(-1);
    m_reason->setAccessibleName(reasons.translatedTitle());

    const QDate today = QDate::currentDate();
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setMaximumDate(today);
    if (startedOn.isValid())
        m_date->setMinimumDate(std::min(startedOn, today));
    m_date->setDate(today);
    m_date->setAccessibleName(tr("Ended on"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Ended &on:"), m_date);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_endButton = buttons->button(QDialogButtonBox::Ok);
    m_endButton->setText(tr("End Pairing"));
    m_endButton->setEnabled(false);
    connect(m_reason, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_endButton->setEnabled(index >= 0); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString EndPairingDialog::reason() const
{
    return m_reason->currentData().toString();
}

QDate EndPairingDialog::endedOn() const
{
    return m_date->date();
}

} // namespace mentordesk
