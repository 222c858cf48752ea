// SPDX-License-Identifier: GPL-3.0-or-later
#include "TouchpointEditDialog.h"

#include "CalendarStyle.h"
#include "TouchpointFields.h"

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

TouchpointEditDialog::TouchpointEditDialog(const TouchpointEditValues& values, QWidget* parent)
    : QDialog(parent)
    , m_initial(values)
    , m_date(new QDateEdit(values.date, this))
    , m_time(new QTimeEdit(values.time, this))
    , m_duration(TouchpointFields::durationEdit(this, values.durationMinutes))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(values.title, this))
    , m_notes(new QPlainTextEdit(values.notes, this))
    , m_status(new QComboBox(this))
{
    setWindowTitle(tr("Edit Touchpoint"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_kind->setObjectName(QStringLiteral("kindEdit"));
    TouchpointFields::fillKinds(m_kind, values.roundtable, values.kind);
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
