// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardFilterBar.h"

#include "calendar/CalendarFilterBarField.h"
#include "domain/WorkspaceSpecs.h"
#include "itemmodels/FacetModel.h"
#include "settings/SettingsKeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace mentordesk {

namespace {

/// The month ends offered as as-of dates: two years back from the default.
constexpr int kAsOfMonths = 24;
/// A date edit at this date means "no bound" (shown as its special value text).
const QDate kNoBound(2000, 1, 1);

int categoryFacet()
{
    const TableSpec& spec = sellerTableSpec();
    for (int i = 0; i < spec.facets.size(); ++i) {
        if (spec.facets.at(i).key == QLatin1String("category"))
            return i;
    }
    return 0;
}

} // namespace

DashboardFilterBar::DashboardFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_cohort(new CalendarFilterBarField(CalendarPersonKind::Cohort, tr("All cohorts"), tr("Cohort filter"), this))
    , m_category(new QComboBox(this))
    , m_categories(new FacetModel(sellerTableSpec(), categoryFacet(), this))
    , m_mentor(new CalendarFilterBarField(CalendarPersonKind::Mentor, tr("All mentors"), tr("Mentor filter"), this))
    , m_from(addDateEdit(QStringLiteral("enrolledFrom"), tr("Enrolled from")))
    , m_to(addDateEdit(QStringLiteral("enrolledTo"), tr("Enrolled until")))
    , m_asOf(new QComboBox(this))
    , m_comparison(new QCheckBox(tr("Show comparison group"), this))
{
    setObjectName(QStringLiteral("dashboardFilterBar"));
    m_cohort->setObjectName(QStringLiteral("cohortFilter"));
    m_mentor->setObjectName(QStringLiteral("mentorFilter"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setAccessibleName(tr("Category filter"));
    m_category->setModel(m_categories);
    m_asOf->setObjectName(QStringLiteral("asOfFilter"));
    m_asOf->setAccessibleName(tr("As of"));
    m_asOf->setToolTip(tr("The figures as they were at the end of this month"));
    m_comparison->setObjectName(QStringLiteral("comparisonCheck"));
    m_comparison->setChecked(true);
    m_comparison->setToolTip(tr("Draw the comparison group: similar sellers (same category, signed up "
                                "within a month) who were never mentored"));
    fillAsOf(QDate::currentDate());
    const int fieldWidth = fontMetrics().averageCharWidth() * 14;
    m_cohort->setMinimumWidth(fieldWidth);
    m_mentor->setMinimumWidth(fieldWidth);
    m_category->setMinimumContentsLength(10);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    // Two rows: who (cohort, category, mentor) and when (enrolment, as-of), so that the bar fits a
    // 1366-pixel-wide window beside the navigation.
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    auto addLabelled = [this, layout](int row, int column, const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        layout->addWidget(label, row, column);
        layout->addWidget(field, row, column + 1);
    };
    addLabelled(0, 0, tr("&Cohort:"), m_cohort);
    addLabelled(0, 2, tr("C&ategory:"), m_category);
    addLabelled(0, 4, tr("M&entor:"), m_mentor);
    addLabelled(1, 0, tr("Enrolled &from:"), m_from);
    addLabelled(1, 2, tr("&until:"), m_to);
    addLabelled(1, 4, tr("As &of:"), m_asOf);
    layout->addWidget(m_comparison, 1, 6);
    layout->setColumnStretch(1, 2);
    layout->setColumnStretch(3, 2);
    layout->setColumnStretch(5, 2);
    layout->setColumnStretch(7, 1);

    for (CalendarFilterBarField* field : {m_cohort, m_mentor})
        connect(field, &CalendarFilterBarField::chosenChanged, this, &DashboardFilterBar::changed);
    connect(m_category, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);
    connect(m_asOf, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardFilterBar::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardFilterBar::changed);
    connect(m_comparison, &QCheckBox::toggled, this, &DashboardFilterBar::changed);
}

DashboardFilterBar::~DashboardFilterBar() = default;

QDateEdit* DashboardFilterBar::addDateEdit(const QString& name, const QString& accessibleName)
{
    auto* edit = new QDateEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setMinimumDate(kNoBound);
    edit->setSpecialValueText(tr("Any date"));
    edit->setDate(kNoBound);
    return edit;
}

QDate DashboardFilterBar::defaultAsOf(const QDate& today)
{
    if (today.day() == today.daysInMonth())
        return today;
    return QDate(today.year(), today.month(), 1).addDays(-1);
}

void DashboardFilterBar::fillAsOf(const QDate& today)
{
    const QSignalBlocker blocker(m_asOf);
    m_asOf->clear();
    QDate monthEnd = defaultAsOf(today);
    for (int i = 0; i < kAsOfMonths; ++i) {
        m_asOf->addItem(QLocale().toString(monthEnd, QLocale::ShortFormat), monthEnd);
        monthEnd = QDate(monthEnd.year(), monthEnd.month(), 1).addDays(-1);
    }
}

void DashboardFilterBar::setProgram(QSqlDatabase db, const QString& programKey)
{
    m_programKey = programKey;
    m_restoring = true;
    m_cohort->setDatabase(db);
    m_mentor->setDatabase(db);
    m_categories->load(db);
    restore();
    m_restoring = false;
    Q_EMIT filtersChanged();
}

AnalyticsScope DashboardFilterBar::scope() const
{
    AnalyticsScope scope;
    scope.cohortId = m_cohort->chosenId();
    scope.mentorId = m_mentor->chosenId();
    scope.category = m_category->currentData(FacetModel::ValueRole).toString();
    scope.enrolledFrom = m_from->date() == kNoBound ? QDate() : m_from->date();
    scope.enrolledTo = m_to->date() == kNoBound ? QDate() : m_to->date();
    scope.asOf = m_asOf->currentData().toDate();
    return scope;
}

bool DashboardFilterBar::showComparison() const
{
    return m_comparison->isChecked();
}

void DashboardFilterBar::clear()
{
    m_restoring = true;
    m_cohort->choose(CalendarPerson());
    m_mentor->choose(CalendarPerson());
    m_category->setCurrentIndex(0);
    m_from->setDate(kNoBound);
    m_to->setDate(kNoBound);
    m_asOf->setCurrentIndex(0);
    m_comparison->setChecked(true);
    m_restoring = false;
    remember();
    Q_EMIT filtersChanged();
}

QString DashboardFilterBar::settingsKey(const QString& name) const
{
    return SettingsKeys::dashboardsKey(m_programKey, name);
}

void DashboardFilterBar::restore()
{
    const QSettings settings;
    const bool remembered = !m_programKey.isEmpty();
    auto value = [&](const char* name) {
        return remembered ? settings.value(settingsKey(QLatin1String(name))) : QVariant();
    };
    m_cohort->restore(value("cohort").toLongLong());
    m_mentor->restore(value("mentor").toLongLong());
    m_category->setCurrentIndex(m_categories->rowOf(value("category")));
    const QDate from = value("enrolledFrom").toDate();
    const QDate to = value("enrolledTo").toDate();
    m_from->setDate(from.isValid() ? from : kNoBound);
    m_to->setDate(to.isValid() ? to : kNoBound);
    const int asOf = m_asOf->findData(value("asOf").toDate());
    m_asOf->setCurrentIndex(std::max(0, asOf));
    m_comparison->setChecked(value("comparison").isValid() ? value("comparison").toBool() : true);
}

void DashboardFilterBar::remember() const
{
    if (m_programKey.isEmpty())
        return;
    QSettings settings;
    const AnalyticsScope chosen = scope();
    settings.setValue(settingsKey(QStringLiteral("cohort")), chosen.cohortId);
    settings.setValue(settingsKey(QStringLiteral("mentor")), chosen.mentorId);
    settings.setValue(settingsKey(QStringLiteral("category")), chosen.category);
    settings.setValue(settingsKey(QStringLiteral("enrolledFrom")), chosen.enrolledFrom);
    settings.setValue(settingsKey(QStringLiteral("enrolledTo")), chosen.enrolledTo);
    // The latest month end is stored as nothing: it moves on with the calendar.
    settings.setValue(settingsKey(QStringLiteral("asOf")), m_asOf->currentIndex() > 0 ? chosen.asOf : QDate());
    settings.setValue(settingsKey(QStringLiteral("comparison")), showComparison());
}

void DashboardFilterBar::changed()
{
    if (m_restoring)
        return;
    remember();
    Q_EMIT filtersChanged();
}

} // namespace mentordesk
