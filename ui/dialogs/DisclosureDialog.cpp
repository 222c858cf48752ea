// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisclosureDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace mentordesk {

DisclosureDialog::DisclosureDialog(const QString& mentor, const QStringList& categories, QWidget* parent)
    : QDialog(parent)
    , m_categories(categories)
    , m_kind(new QComboBox(this))
    , m_value(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_date(new QDateEdit(this))
{
    setWindowTitle(tr("Add Disclosure"));
    auto* intro = new QLabel(
        tr("Which conflict of interest does %1 declare? Matching keeps them apart from what they name.").arg(mentor),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_kind->addItem(tr("A seller"), QStringLiteral("seller"));
    m_kind->addItem(tr("A brand"), QStringLiteral("brand"));
    m_kind->addItem(tr("A category"), QStringLiteral("category"));
    m_kind->setAccessibleName(tr("Kind of conflict"));
    // Editable: a seller ID or a brand is typed; categories are offered from the program's own.
    m_value->setEditable(true);
    m_value->setInsertPolicy(QComboBox::NoInsert);
    m_value->setMinimumContentsLength(24);
    m_value->setAccessibleName(tr("What the conflict names"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("For example: former employer"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDate(QDate::currentDate());
    m_date->setAccessibleName(tr("Declared on"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Conflict &with:"), m_value);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(tr("&Declared on:"), m_date);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DisclosureDialog::updateValueHint);
    updateValueHint();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void DisclosureDialog::updateValueHint()
{
    const QString text = m_value->currentText();
    m_value->clear();
    if (kind() == QLatin1String("category"))
        m_value->addItems(m_categories);
    m_value->setEditText(text);
    const QString kindCode = kind();
    m_value->lineEdit()->setPlaceholderText(kindCode == QLatin1String("seller")  ? tr("Seller ID, for example S00012")
                                            : kindCode == QLatin1String("brand") ? tr("Brand name")
                                                                                 : tr("Category"));
}

QString DisclosureDialog::kind() const
{
    return m_kind->currentData().toString();
}

QString DisclosureDialog::value() const
{
    return m_value->currentText().trimmed();
}

QString DisclosureDialog::note() const
{
    return m_note->text().trimmed();
}

QDate DisclosureDialog::declaredOn() const
{
    return m_date->date();
}

} // namespace mentordesk
