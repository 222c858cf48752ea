// SPDX-License-Identifier: GPL-3.0-or-later
#include "TouchpointDetailPanel.h"

#include "calendar/TouchpointRangeModel.h"
#include "CalendarStyle.h"
#include "resources/AttachedResourcesLine.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

QLabel* wrappingLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString timeText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return QCoreApplication::translate("TouchpointDetailPanel", "%1 (%2)", "local time and zone")
        .arg(QLocale().toString(time, QLocale::ShortFormat), QString::fromUtf8(time.timeZone().id()));
}

} // namespace

TouchpointDetailPanel::TouchpointDetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(wrappingLabel(this, QStringLiteral("detailTitle")))
    , m_what(wrappingLabel(this, QStringLiteral("detailWhat")))
    , m_when(wrappingLabel(this, QStringLiteral("detailWhen")))
    , m_mentor(wrappingLabel(this, QStringLiteral("detailMentor")))
    , m_mentee(wrappingLabel(this, QStringLiteral("detailMentee")))
    , m_cohort(wrappingLabel(this, QStringLiteral("detailCohort")))
    , m_notes(wrappingLabel(this, QStringLiteral("detailNotes")))
    , m_fallback(wrappingLabel(this, QStringLiteral("detailZoneFallback")))
    , m_actions(new QWidget(this))
    , m_resources(new AttachedResourcesLine(this))
{
    setObjectName(QStringLiteral("touchpointDetail"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_fallback->setText(tr("⚠ A stored time zone is not a valid IANA name; that person's time is shown on the "
                           "program's clock."));
    m_fallback->setForegroundRole(QPalette::Link);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("When:"), m_when);
    form->addRow(tr("Mentor:"), m_mentor);
    form->addRow(tr("Mentee:"), m_mentee);
    form->addRow(tr("Cohort:"), m_cohort);
    form->addRow(tr("Notes:"), m_notes);

    auto* actions = new QGridLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    QPushButton* edit = addButton(tr("&Edit…"), QStringLiteral("editTouchpoint"));
    connect(edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_id); });
    actions->addWidget(edit, 0, 0);
    QPushButton* remove = addButton(tr("De&lete"), QStringLiteral("deleteTouchpoint"));
    connect(remove, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(m_id); });
    actions->addWidget(remove, 0, 1);
    const QStringList statuses = CalendarStyle::statusCodes();
    for (int i = 0; i < statuses.size(); ++i) {
        const QString status = statuses.at(i);
        QPushButton* button =
            addButton(tr("Mark %1").arg(CalendarStyle::statusLabel(status)), QStringLiteral("mark_%1").arg(status));
        connect(button, &QPushButton::clicked, this, [this, status] { Q_EMIT statusRequested(m_id, status); });
        actions->addWidget(button, 1 + i / 2, i % 2);
    }
    m_attendance = addButton(tr("&Attendance…"), QStringLiteral("recordAttendance"));
    m_attendance->setToolTip(tr("Record who of the cohort came"));
    connect(m_attendance, &QPushButton::clicked, this, [this] { Q_EMIT attendanceRequested(m_id); });
    actions->addWidget(m_attendance, 1 + int(statuses.size() + 1) / 2, 0, 1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_what);
    layout->addLayout(form);
    layout->addWidget(m_fallback);
    layout->addWidget(m_resources);
    layout->addWidget(m_actions);
    layout->addStretch(1);
    showRow(nullptr, -1);
}

void TouchpointDetailPanel::setEditor(ProgramEditor* editor)
{
    m_resources->setEditor(editor);
}

QPushButton* TouchpointDetailPanel::addButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text, m_actions);
    button->setObjectName(objectName);
    return button;
}

void TouchpointDetailPanel::showRow(const QAbstractItemModel* model, int row)
{
    const bool shown = model && row >= 0 && row < model->rowCount();
    auto value = [model, row](int column, int role) { return model->data(model->index(row, column), role); };
    m_id = shown ? value(0, TouchpointRangeModel::TouchpointIdRole).toLongLong() : 0;
    m_actions->setVisible(shown);
    m_resources->setVisible(shown);
    m_resources->setTouchpointId(m_id);
    for (QLabel* label : {m_what, m_when, m_mentor, m_mentee, m_cohort, m_notes})
        label->clear();
    m_fallback->setVisible(shown && value(0, TouchpointRangeModel::ZoneFellBackRole).toBool());
    if (!shown) {
        m_title->setText(tr("No touchpoint selected"));
        return;
    }
    const QString title = value(TouchpointRangeModel::Title, Qt::DisplayRole).toString();
    const QString kind = value(TouchpointRangeModel::Kind, Qt::DisplayRole).toString();
    m_title->setText(title.isEmpty() ? kind : title);
    m_attendance->setVisible(value(0, TouchpointRangeModel::KindCodeRole).toString() == QLatin1String("roundtable"));
    const QString minutes = value(TouchpointRangeModel::Duration, Qt::DisplayRole).toString();
    m_what->setText(
        minutes.isEmpty()
            ? tr("%1 · %2", "kind · status").arg(kind, value(TouchpointRangeModel::Status, Qt::DisplayRole).toString())
            : tr("%1 · %2 · %3 min", "kind · status · duration")
                  .arg(kind, value(TouchpointRangeModel::Status, Qt::DisplayRole).toString(), minutes));
    m_when->setText(timeText(value(0, TouchpointRangeModel::StartLocalRole).toDateTime()));
    const QString mentorName = value(TouchpointRangeModel::Mentor, Qt::DisplayRole).toString();
    const QString menteeName = value(TouchpointRangeModel::Mentee, Qt::DisplayRole).toString();
    const QDateTime mentorTime = value(0, TouchpointRangeModel::MentorLocalStartRole).toDateTime();
    const QDateTime menteeTime = value(0, TouchpointRangeModel::MenteeLocalStartRole).toDateTime();
    m_mentor->setText(mentorTime.isValid() ? tr("%1\n%2", "name, local time").arg(mentorName, timeText(mentorTime))
                                           : mentorName);
    m_mentee->setText(menteeTime.isValid() ? tr("%1\n%2", "name, local time").arg(menteeName, timeText(menteeTime))
                                           : menteeName);
    m_cohort->setText(value(TouchpointRangeModel::Cohort, Qt::DisplayRole).toString());
    m_notes->setText(value(TouchpointRangeModel::Notes, Qt::DisplayRole).toString());
}

} // namespace mentordesk
