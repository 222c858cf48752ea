// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarFilterBar.h"

#include "calendar/TouchpointFilter.h"
#include "CalendarStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace mentordesk {

CalendarFilterBar::CalendarFilterBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarFilterBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Show:"), this));
    m_mentor = addCombo(QStringLiteral("mentorFilter"), tr("Any mentor"));
    m_mentee = addCombo(QStringLiteral("menteeFilter"), tr("Any mentee"));
    m_cohort = addCombo(QStringLiteral("cohortFilter"), tr("Any cohort"));
    m_kind = addCombo(QStringLiteral("kindFilter"), tr("Any kind"));
    for (const QString& code : CalendarStyle::kindCodes())
        m_kind->addItem(CalendarStyle::kindLabel(code), code);
    m_status = addCombo(QStringLiteral("statusFilter"), tr("Any status"));
    for (const QString& code : CalendarStyle::statusCodes())
        m_status->addItem(CalendarStyle::statusLabel(code), code);
    for (QComboBox* combo : {m_mentor, m_mentee, m_cohort, m_kind, m_status}) {
        layout->addWidget(combo, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &CalendarFilterBar::filterChanged);
    }
    auto* clearButton = new QToolButton(this);
    clearButton->setObjectName(QStringLiteral("clearCalendarFilters"));
    clearButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    clearButton->setText(tr("Clear"));
    clearButton->setToolTip(tr("Show every touchpoint of the period"));
    connect(clearButton, &QToolButton::clicked, this, &CalendarFilterBar::clear);
    layout->addWidget(clearButton);
}

QComboBox* CalendarFilterBar::addCombo(const QString& name, const QString& anyText)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    combo->addItem(anyText, QVariant());
    return combo;
}

void CalendarFilterBar::setCohorts(const QVector<CohortChoice>& cohorts)
{
    const QSignalBlocker blocker(m_cohort);
    const QVariant current = m_cohort->currentData();
    while (m_cohort->count() > 1)
        m_cohort->removeItem(1);
    for (const CohortChoice& cohort : cohorts)
        m_cohort->addItem(cohort.name, cohort.id);
    m_cohort->setCurrentIndex(std::max(0, m_cohort->findData(current)));
}

void CalendarFilterBar::offer(QComboBox* combo, qint64 id, const QString& name)
{
    // The chosen person stays while another touchpoint's person is offered beside it.
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    for (int i = combo->count() - 1; i >= 1; --i) {
        if (combo->itemData(i) != current)
            combo->removeItem(i);
    }
    if (id != 0 && combo->findData(id) < 0)
        combo->addItem(tr("Only %1").arg(name), id);
}

void CalendarFilterBar::offerPeople(qint64 mentorId, const QString& mentorName, qint64 menteeId,
                                    const QString& menteeName)
{
    offer(m_mentor, mentorId, mentorName);
    offer(m_mentee, menteeId, menteeName);
}

QString CalendarFilterBar::description() const
{
    QStringList chosen;
    for (const QComboBox* combo : {m_mentor, m_mentee, m_cohort, m_kind, m_status}) {
        if (combo->currentIndex() > 0)
            chosen << combo->currentText();
    }
    return chosen.join(QStringLiteral(" · "));
}

void CalendarFilterBar::apply(TouchpointFilter* filter) const
{
    filter->mentorId = m_mentor->currentData().toLongLong();
    filter->menteeId = m_mentee->currentData().toLongLong();
    filter->cohortId = m_cohort->currentData().toLongLong();
    filter->kinds = m_kind->currentIndex() > 0 ? QStringList{m_kind->currentData().toString()} : QStringList();
    filter->statuses = m_status->currentIndex() > 0 ? QStringList{m_status->currentData().toString()} : QStringList();
}

void CalendarFilterBar::clear()
{
    for (QComboBox* combo : {m_mentor, m_mentee, m_cohort, m_kind, m_status}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    Q_EMIT filterChanged();
}

} // namespace mentordesk
