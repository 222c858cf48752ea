// SPDX-License-Identifier: GPL-3.0-or-later
#include "TouchpointEditDialog.h"

#include "CalendarStyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace mentordesk {

namespace {

constexpr int kMaximumMinutes = 24 * 60;

} // namespace

TouchpointEditDialog::TouchpointEditDialog(const TouchpointEditValues& values, QWidget* parent)
    : QDialog(parent)
    , m_initial(values)
    , m_date(new QDateEdit(values.date, this))
    , m_time(new QTimeEdit(values.time, this))
    , m_duration(new QSpinBox(this))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(values.title, this))
    , m_notes(new QPlainTextEdit(values.notes, this))
    , m_status(new QComboBox(this))
{
    setWindowTitle(tr("Edit Touchpoint"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_duration->setObjectName(QStringLiteral("durationEdit"));
    // -1 stands for "not given" (the schema's NULL), shown as words rather than a number.
    m_duration->setRange(-1, kMaximumMinutes);
    m_duration->setSpecialValueText(tr("Not given"));
    m_duration->setSuffix(tr(" min"));
    m_duration->setSingleStep(15);
    m_duration->setValue(values.durationMinutes);
    m_kind->setObjectName(QStringLiteral("kindEdit"));
    for (const QString& code : CalendarStyle::kindCodes()) {
        if ((code == QLatin1String("roundtable")) == values.roundtable)
            m_kind->addItem(CalendarStyle::kindLabel(code), code);
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(values.kind)));
    m_kind->setEnabled(m_kind->count() > 1);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_status->setObjectName(QStringLiteral("statusEdit"));
    for (const QString& code : CalendarStyle::statusCodes())
        m_status->addItem(CalendarStyle::statusLabel(code), code);
    m_status->setCurrentIndex(std::max(0, m_status->findData(values.status)));

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("T&ime:"), m_time);
    form->addRow(tr("D&uration:"), m_duration);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Status:"), m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

TouchpointEditValues TouchpointEditDialog::values() const
{
    TouchpointEditValues values = m_initial;
    values.date = m_date->date();
    values.time = m_time->time();
    values.durationMinutes = m_duration->value();
    values.kind = m_kind->currentData().toString();
    values.title = m_title->text().trimmed();
    values.notes = m_notes->toPlainText().trimmed();
    values.status = m_status->currentData().toString();
    return values;
}

} // namespace mentordesk
