// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalyticsScope.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDateEdit;
QT_END_NAMESPACE

namespace mentordesk {

class CalendarFilterBarField;
class FacetModel;

/// The dashboards' filters: cohort, category, mentor, enrolment period, as-of month end and
/// whether the comparison group is drawn. Cohort and mentor are search fields (the Calendar's:
/// bounded queries, fine at thousands of mentors); the category lists the sellers' categories
/// (the Sellers workspace's facet). Remembered per program; the as-of month is remembered only
/// when it is not the latest, so that next month opens on next month's figures.
class DashboardFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit DashboardFilterBar(QWidget* parent = nullptr);
    ~DashboardFilterBar() override;

    /// The last day of the last month that has ended on or before `today` (`today` itself when it
    /// is a month's last day): the default as-of date, the newest the maintained figures cover.
    static QDate defaultAsOf(const QDate& today);

    /// Lists the program's cohorts, mentors and categories and restores the filters last used
    /// on it (`programKey`: a digest naming it in the settings; empty: nothing remembered).
    void setProgram(QSqlDatabase db, const QString& programKey);
    AnalyticsScope scope() const;
    bool showComparison() const;
    /// Shows everything again: no cohort, category, mentor or period, the latest month end.
    void clear();

    CalendarFilterBarField* cohortField() const { return m_cohort; }
    CalendarFilterBarField* mentorField() const { return m_mentor; }
    QComboBox* categoryCombo() const { return m_category; }
    QDateEdit* enrolledFromEdit() const { return m_from; }
    QDateEdit* enrolledToEdit() const { return m_to; }
    QComboBox* asOfCombo() const { return m_asOf; }
    QCheckBox* comparisonCheck() const { return m_comparison; }

Q_SIGNALS:
    void filtersChanged();

private:
    void fillAsOf(const QDate& today);
    QString settingsKey(const QString& name) const;
    void restore();
    void remember() const;
    void changed();
    QDateEdit* addDateEdit(const QString& name, const QString& accessibleName);

    CalendarFilterBarField* m_cohort;
    QComboBox* m_category;
    FacetModel* m_categories;
    CalendarFilterBarField* m_mentor;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_asOf;
    QCheckBox* m_comparison;
    QString m_programKey;
    bool m_restoring = false;
};

} // namespace mentordesk
