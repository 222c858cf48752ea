// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewTouchpointDialog.h"

#include "calendar/CalendarEditor.h"
#include "TouchpointFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace mentordesk {

NewTouchpointDialog::NewTouchpointDialog(const QVector<ParticipantChoice>& choices, const NewTouchpointValues& initial,
                                         QWidget* parent)
    : QDialog(parent)
    , m_choices(choices)
    , m_zone(initial.zone.isValid() ? initial.zone : QTimeZone::systemTimeZone())
    , m_with(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_date(new QDateEdit(initial.date, this))
    , m_time(new QTimeEdit(initial.time, this))
    , m_duration(TouchpointFields::durationEdit(this, initial.durationMinutes))
    , m_title(new QLineEdit(initial.title, this))
    , m_notes(new QPlainTextEdit(initial.notes, this))
    , m_repeat(new QComboBox(this))
    , m_until(new QDateEdit(this))
    , m_logDone(new QCheckBox(tr("It took place: log it as &done"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("New Touchpoint"));
    setObjectName(QStringLiteral("newTouchpointDialog"));
    // Thousands of pairings: typing any part of a name or seller ID finds one.
    m_with->setObjectName(QStringLiteral("withEdit"));
    m_with->setEditable(true);
    m_with->setInsertPolicy(QComboBox::NoInsert);
    m_with->completer()->setFilterMode(Qt::MatchContains);
    m_with->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_with->addItem(tr("Choose a pairing or a cohort…"), -1);
    for (int i = 0; i < choices.size(); ++i)
        m_with->addItem(choices.at(i).label, i);
    const auto initialChoice = std::find_if(choices.begin(), choices.end(), [&](const ParticipantChoice& choice) {
        return (initial.pairingId != 0 && choice.pairingId == initial.pairingId) ||
               (initial.cohortId != 0 && choice.cohortId == initial.cohortId);
    });
    m_with->setCurrentIndex(initialChoice == choices.end() ? 0 : int(initialChoice - choices.begin()) + 1);
    m_kind->setObjectName(QStringLiteral("kindEdit"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_repeat->setObjectName(QStringLiteral("repeatEdit"));
    m_repeat->addItem(tr("Does not repeat"), int(TouchpointRepeat::None));
    m_repeat->addItem(tr("Every week"), int(TouchpointRepeat::Weekly));
    m_repeat->addItem(tr("Every two weeks"), int(TouchpointRepeat::EveryTwoWeeks));
    m_repeat->addItem(tr("Every month, on the same day"), int(TouchpointRepeat::Monthly));
    m_until->setObjectName(QStringLiteral("untilEdit"));
    m_until->setCalendarPopup(true);
    m_until->setDate(initial.date.addDays(CalendarEditor::kDefaultSeriesDays));
    m_logDone->setObjectName(QStringLiteral("logDoneEdit"));
    m_problem->setObjectName(QStringLiteral("newTouchpointProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&With:"), m_with);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("T&ime:"), m_time);
    form->addRow(tr("D&uration:"), m_duration);
    form->addRow(tr("&Repeats:"), m_repeat);
    form->addRow(tr("U&ntil:"), m_until);
    form->addRow(QString(), m_logDone);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Notes:"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewTouchpointDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_with, qOverload<int>(&QComboBox::currentIndexChanged), this, &NewTouchpointDialog::participantChanged);
    connect(m_repeat, qOverload<int>(&QComboBox::currentIndexChanged), this, &NewTouchpointDialog::updateRepeatState);
    connect(m_date, &QDateEdit::dateChanged, this, &NewTouchpointDialog::updateRepeatState);
    connect(m_time, &QTimeEdit::timeChanged, this, &NewTouchpointDialog::updateRepeatState);
    participantChanged();
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(initial.kind)));
}

const ParticipantChoice* NewTouchpointDialog::chosen() const
{
    const int index = m_with->currentData().toInt();
    return index >= 0 && index < m_choices.size() ? &m_choices.at(index) : nullptr;
}

void NewTouchpointDialog::participantChanged()
{
    const ParticipantChoice* choice = chosen();
    const bool cohort = choice && choice->cohortId != 0;
    TouchpointFields::fillKinds(m_kind, cohort, m_kind->currentData().toString());
    // A cohort meets monthly on its roundtable day for its whole span: the usual setting.
    if (cohort) {
        m_repeat->setCurrentIndex(m_repeat->findData(int(TouchpointRepeat::Monthly)));
        if (choice->roundtableDay > 0 && m_date->date().day() != choice->roundtableDay) {
            QDate day(m_date->date().year(), m_date->date().month(), choice->roundtableDay);
            m_date->setDate(day < m_date->date() ? day.addMonths(1) : day);
        }
        m_until->setDate(choice->until.isValid() ? choice->until : m_date->date().addYears(1));
        if (m_duration->value() < 0)
            m_duration->setValue(60);
    }
    updateRepeatState();
}

void NewTouchpointDialog::updateRepeatState()
{
    const bool repeats = m_repeat->currentData().toInt() != int(TouchpointRepeat::None);
    m_until->setEnabled(repeats);
    // Only a single touchpoint that has begun can be logged as done.
    const bool past = QDateTime(m_date->date(), m_time->time(), m_zone) <= QDateTime::currentDateTimeUtc();
    m_logDone->setEnabled(!repeats && past);
    if (!m_logDone->isEnabled())
        m_logDone->setChecked(false);
}

void NewTouchpointDialog::accept()
{
    QString problem;
    if (!chosen())
        problem = tr("Choose the pairing or the cohort the touchpoint is with.");
    else if (m_until->isEnabled() && m_until->date() < m_date->date())
        problem = tr("The repetition ends on %1, before the first touchpoint on %2; choose a later end.")
                      .arg(QLocale().toString(m_until->date(), QLocale::ShortFormat),
                           QLocale().toString(m_date->date(), QLocale::ShortFormat));
    if (problem.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_problem->setText(problem);
    m_problem->show();
}

NewTouchpointValues NewTouchpointDialog::values() const
{
    NewTouchpointValues values;
    if (const ParticipantChoice* choice = chosen()) {
        values.pairingId = choice->pairingId;
        values.cohortId = choice->cohortId;
    }
    values.kind = m_kind->currentData().toString();
    values.date = m_date->date();
    values.time = m_time->time();
    values.durationMinutes = m_duration->value();
    values.title = m_title->text().trimmed();
    values.notes = m_notes->toPlainText().trimmed();
    values.repeat = TouchpointRepeat(m_repeat->currentData().toInt());
    values.until = values.repeat == TouchpointRepeat::None ? QDate() : m_until->date();
    values.logDone = m_logDone->isEnabled() && m_logDone->isChecked();
    values.zone = m_zone;
    return values;
}

} // namespace mentordesk
