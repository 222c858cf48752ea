// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtendTrialDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

ExtendTrialDialog::ExtendTrialDialog(const QString& counterpart, const QDate& currentEnd, QWidget* parent)
    : QDialog(parent)
    , m_date(new QDateEdit(this))
{
    setWindowTitle(tr("Extend Trial"));
    const QDate today = QDate::currentDate();
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(currentEnd.isValid()
                       ? tr("The trial with %1 ends on %2. Until when should it run?")
                             .arg(counterpart, QLocale().toString(currentEnd, QLocale::LongFormat))
                       : tr("The trial with %1 has no end date yet. Until when should it run?").arg(counterpart));

    // The extension counts from the later of the current end and today: extending a trial
    // that ended last month by two weeks from then would end it in the past.
    const QDate from = currentEnd.isValid() && currentEnd > today ? currentEnd : today;
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setMinimumDate(currentEnd.isValid() && currentEnd >= today ? currentEnd.addDays(1) : today);
    m_date->setDate(from.addDays(kDefaultExtensionDays));
    m_date->setAccessibleName(tr("New trial end"));

    auto* form = new QFormLayout;
    form->addRow(tr("New trial &end:"), m_date);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Extend Trial"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QDate ExtendTrialDialog::newEnd() const
{
    return m_date->date();
}

} // namespace mentordesk
