// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackDialog.h"

#include "itemmodels/FeedbackModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mentordesk {

FeedbackDialog::FeedbackDialog(const QString& pairingName, const FeedbackEntry& entry, QWidget* parent)
    : QDialog(parent)
    , m_entry(entry)
    , m_direction(new QComboBox(this))
    , m_rating(new QSpinBox(this))
    , m_comment(new QPlainTextEdit(this))
    , m_date(new QDateEdit(this))
{
    setWindowTitle(entry.id == 0 ? tr("Record Feedback") : tr("Edit Feedback"));
    auto* intro = new QLabel(tr("Feedback in the pairing %1.").arg(pairingName), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    for (FeedbackDirection direction : {FeedbackDirection::MenteeToMentor, FeedbackDirection::MentorToMentee})
        m_direction->addItem(FeedbackModel::directionText(direction), int(direction));
    m_direction->setCurrentIndex(m_direction->findData(int(entry.direction)));
    m_direction->setObjectName(QStringLiteral("feedbackDirection"));
    m_rating->setRange(1, 5);
    m_rating->setValue(entry.rating >= 1 ? entry.rating : 3);
    m_rating->setSuffix(tr(" of 5"));
    m_rating->setObjectName(QStringLiteral("feedbackRating"));
    m_comment->setPlainText(entry.comment);
    m_comment->setTabChangesFocus(true);
    m_comment->setObjectName(QStringLiteral("feedbackComment"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDate(entry.givenOn.isValid() ? entry.givenOn : QDate::currentDate());
    m_date->setObjectName(QStringLiteral("feedbackDate"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Rating:"), m_rating);
    form->addRow(tr("&Comment:"), m_comment);
    form->addRow(tr("&Given on:"), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(entry.id == 0 ? tr("Record") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

FeedbackEntry FeedbackDialog::entry() const
{
    FeedbackEntry entered = m_entry;
    entered.direction = FeedbackDirection(m_direction->currentData().toInt());
    entered.rating = m_rating->value();
    entered.comment = m_comment->toPlainText().trimmed();
    entered.givenOn = m_date->date();
    return entered;
}

} // namespace mentordesk
