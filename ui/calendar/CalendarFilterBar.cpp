// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarFilterBar.h"

#include "calendar/TouchpointFilter.h"
#include "CalendarFilterBarField.h"
#include "CalendarStyle.h"
#include "settings/SettingsKeys.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QToolButton>

#include <algorithm>
#include <utility>

namespace mentordesk {

namespace {

constexpr int kFieldCharacters = 12;

} // namespace

CalendarFilterBar::CalendarFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_mentor(
          new CalendarFilterBarField(CalendarPersonKind::Mentor, tr("Mentor: name or ID"), tr("Mentor filter"), this))
    , m_mentee(new CalendarFilterBarField(CalendarPersonKind::Mentee, tr("Mentee: name or seller ID"),
                                          tr("Mentee filter"), this))
    , m_cohort(new CalendarFilterBarField(CalendarPersonKind::Cohort, tr("Cohort"), tr("Cohort filter"), this))
{
    setObjectName(QStringLiteral("calendarFilterBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* show = new QLabel(tr("Show:"), this);
    show->setBuddy(m_mentor);
    layout->addWidget(show);
    m_mentor->setObjectName(QStringLiteral("mentorFilter"));
    m_mentee->setObjectName(QStringLiteral("menteeFilter"));
    m_cohort->setObjectName(QStringLiteral("cohortFilter"));
    const int fieldWidth = fontMetrics().averageCharWidth() * kFieldCharacters;
    for (CalendarFilterBarField* field : {m_mentor, m_mentee, m_cohort}) {
        field->setMinimumWidth(fieldWidth);
        layout->addWidget(field, 2);
        connect(field, &CalendarFilterBarField::chosenChanged, this, [this] {
            remember();
            Q_EMIT filterChanged();
        });
    }
    m_kind = addCombo(QStringLiteral("kindFilter"), tr("Any kind"), tr("Kind filter"));
    for (const QString& code : CalendarStyle::kindCodes())
        m_kind->addItem(CalendarStyle::kindLabel(code), code);
    m_status = addCombo(QStringLiteral("statusFilter"), tr("Any status"), tr("Status filter"));
    for (const QString& code : CalendarStyle::statusCodes())
        m_status->addItem(CalendarStyle::statusLabel(code), code);
    for (QComboBox* combo : {m_kind, m_status}) {
        layout->addWidget(combo, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            remember();
            Q_EMIT filterChanged();
        });
    }
    auto* clearButton = new QToolButton(this);
    clearButton->setObjectName(QStringLiteral("clearCalendarFilters"));
    clearButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    clearButton->setText(tr("Clear"));
    clearButton->setToolTip(tr("Show every touchpoint of the period"));
    clearButton->setAccessibleName(tr("Clear all calendar filters"));
    connect(clearButton, &QToolButton::clicked, this, &CalendarFilterBar::clear);
    layout->addWidget(clearButton);
    setTabOrder(m_mentor, m_mentee);
    setTabOrder(m_mentee, m_cohort);
    setTabOrder(m_cohort, m_kind);
    setTabOrder(m_kind, m_status);
    setTabOrder(m_status, clearButton);
}

QComboBox* CalendarFilterBar::addCombo(const QString& name, const QString& anyText, const QString& accessibleName)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    combo->addItem(anyText, QVariant());
    return combo;
}

void CalendarFilterBar::setProgram(QSqlDatabase db, const QString& programPath)
{
    // Keyed by a digest of the file's path: a path is not a valid settings key on every platform.
    m_programKey =
        programPath.isEmpty()
            ? QString()
            : QString::fromLatin1(
                  QCryptographicHash::hash(QFileInfo(programPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
                      .toHex());
    m_restoring = true;
    for (CalendarFilterBarField* field : {m_mentor, m_mentee, m_cohort})
        field->setDatabase(db);
    restore();
    m_restoring = false;
    Q_EMIT filterChanged();
}

QString CalendarFilterBar::settingsKey(const QString& name) const
{
    return SettingsKeys::calendarFilterKey(m_programKey, name);
}

void CalendarFilterBar::restore()
{
    const QSettings settings;
    const bool remembered = !m_programKey.isEmpty();
    m_mentor->restore(remembered ? settings.value(settingsKey(QStringLiteral("mentor"))).toLongLong() : 0);
    m_mentee->restore(remembered ? settings.value(settingsKey(QStringLiteral("mentee"))).toLongLong() : 0);
    m_cohort->restore(remembered ? settings.value(settingsKey(QStringLiteral("cohort"))).toLongLong() : 0);
    const std::pair<QComboBox*, QString> combos[] = {{m_kind, QStringLiteral("kind")},
                                                     {m_status, QStringLiteral("status")}};
    for (const auto& [combo, name] : combos) {
        const QVariant code = remembered ? settings.value(settingsKey(name)) : QVariant();
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(std::max(0, code.isValid() ? combo->findData(code.toString()) : 0));
    }
}

void CalendarFilterBar::remember() const
{
    if (m_restoring || m_programKey.isEmpty())
        return;
    QSettings settings;
    settings.setValue(settingsKey(QStringLiteral("mentor")), m_mentor->chosenId());
    settings.setValue(settingsKey(QStringLiteral("mentee")), m_mentee->chosenId());
    settings.setValue(settingsKey(QStringLiteral("cohort")), m_cohort->chosenId());
    settings.setValue(settingsKey(QStringLiteral("kind")), m_kind->currentData());
    settings.setValue(settingsKey(QStringLiteral("status")), m_status->currentData());
}

void CalendarFilterBar::offerPeople(qint64 mentorId, const QString& mentorName, qint64 menteeId,
                                    const QString& menteeName)
{
    m_mentor->offer({mentorId, mentorName, QString()});
    m_mentee->offer({menteeId, menteeName, QString()});
}

void CalendarFilterBar::focusFirstField()
{
    m_mentor->setFocus(Qt::ShortcutFocusReason);
    m_mentor->selectAll();
}

QString CalendarFilterBar::description() const
{
    QStringList chosen;
    for (const CalendarFilterBarField* field : {m_mentor, m_mentee, m_cohort}) {
        if (field->chosenId() != 0)
            chosen << field->chosenLabel();
    }
    for (const QComboBox* combo : {m_kind, m_status}) {
        if (combo->currentIndex() > 0)
            chosen << combo->currentText();
    }
    return chosen.join(QStringLiteral(" · "));
}

void CalendarFilterBar::apply(TouchpointFilter* filter) const
{
    filter->mentorId = m_mentor->chosenId();
    filter->menteeId = m_mentee->chosenId();
    filter->cohortId = m_cohort->chosenId();
    filter->kinds = m_kind->currentIndex() > 0 ? QStringList{m_kind->currentData().toString()} : QStringList();
    filter->statuses = m_status->currentIndex() > 0 ? QStringList{m_status->currentData().toString()} : QStringList();
}

void CalendarFilterBar::clear()
{
    m_restoring = true; // one write and one signal for the whole bar
    for (CalendarFilterBarField* field : {m_mentor, m_mentee, m_cohort}) {
        const QSignalBlocker blocker(field);
        field->choose(CalendarPerson());
    }
    for (QComboBox* combo : {m_kind, m_status}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    m_restoring = false;
    remember();
    Q_EMIT filterChanged();
}

} // namespace mentordesk
