// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace mentordesk {

CalendarExportDialog::CalendarExportDialog(QSqlDatabase db, const QTimeZone& programZone, QWidget* parent)
    : QDialog(parent)
    , m_exporter(std::move(db))
    , m_scope(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_suggestions(new QStringListModel(this))
    , m_limitRange(new QCheckBox(tr("&Only these days:"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_zone(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Export Calendar"));
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(tr("The whole program"), int(ICalendarScope::Program));
    m_scope->addItem(tr("One mentor"), int(ICalendarScope::Mentor));
    m_scope->addItem(tr("One mentee"), int(ICalendarScope::Mentee));
    m_scope->addItem(tr("One cohort"), int(ICalendarScope::Cohort));
    m_name->setObjectName(QStringLiteral("name"));
    auto* completer = new QCompleter(m_suggestions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_name->setCompleter(completer);
    m_limitRange->setObjectName(QStringLiteral("limitRange"));
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(m_from->date().addMonths(3).addDays(-1));
    m_zone->setObjectName(QStringLiteral("zone"));
    m_zone->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(QString::fromUtf8(programZone.id()));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);

    layOut();
    scopeChanged();
}

void CalendarExportDialog::layOut()
{
    auto* range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    auto* form = new QFormLayout;
    form->addRow(tr("&Touchpoints of:"), m_scope);
    form->addRow(tr("&Name or ID:"), m_name);
    form->addRow(m_limitRange, range);
    form->addRow(tr("Time &zone:"), m_zone);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CalendarExportDialog::scopeChanged);
    connect(m_name, &QLineEdit::textEdited, this, &CalendarExportDialog::suggest);
    connect(m_limitRange, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_limitRange, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
}

ICalendarExportRequest CalendarExportDialog::request() const
{
    ICalendarExportRequest request;
    request.scope = ICalendarScope(m_scope->currentData().toInt());
    request.name = request.scope == ICalendarScope::Program ? QString() : m_name->text().trimmed();
    if (m_limitRange->isChecked()) {
        request.from = m_from->date();
        request.to = m_to->date();
    }
    request.zone = QTimeZone(m_zone->currentText().trimmed().toUtf8());
    return request;
}

void CalendarExportDialog::accept()
{
    const ICalendarExportRequest wanted = request();
    QString problem;
    if (!wanted.zone.isValid())
        problem = tr("“%1” is not a time zone; choose one from the list.").arg(m_zone->currentText());
    else if (wanted.scope != ICalendarScope::Program && wanted.name.isEmpty())
        problem = tr("Enter whose touchpoints to export, or choose the whole program.");
    else if (wanted.from.isValid() && wanted.to.isValid() && wanted.from > wanted.to)
        // Said here in the user's date format; the exporter's own sentence (for the command line,
        // whose --from and --to are ISO dates) says them as they were typed.
        problem = tr("The range starts on %1, after its end on %2; give a start on or before the end.")
                      .arg(QLocale().toString(wanted.from, QLocale::ShortFormat),
                           QLocale().toString(wanted.to, QLocale::ShortFormat));
    else
        problem = m_exporter.refusal(wanted);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

void CalendarExportDialog::scopeChanged()
{
    const bool named = ICalendarScope(m_scope->currentData().toInt()) != ICalendarScope::Program;
    m_name->setEnabled(named);
    m_name->clear();
    m_suggestions->setStringList({});
    m_name->setPlaceholderText(named ? tr("Start typing to see the names") : QString());
    m_problem->setVisible(false);
}

void CalendarExportDialog::suggest(const QString& prefix)
{
    m_suggestions->setStringList(
        m_exporter.suggestions(ICalendarScope(m_scope->currentData().toInt()), prefix, kSuggestionLimit));
}

} // namespace mentordesk
