// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;

namespace mentordesk {

class CalendarFilterBarField;
struct TouchpointFilter;

/// The calendar's filters: mentor, mentee, cohort, kind and status. A program has thousands of
/// mentors and up to a million sellers, too many for a list: the mentor, mentee and cohort are
/// search fields whose suggestions are a bounded query (CalendarFilterBarField), and the selected
/// touchpoint's mentor and mentee are offered in their fields. The filters are remembered per
/// program and chosen again when it is reopened, if the person or cohort still exists.
class CalendarFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit CalendarFilterBar(QWidget* parent = nullptr);

    /// Searches the program of `db` and restores the filters last used on it (`programPath`
    /// names it in the settings; empty: nothing remembered). A closed `db` clears the filters.
    void setProgram(QSqlDatabase db, const QString& programPath);
    /// Offers the selected touchpoint's people as filter choices (0: nobody to offer).
    void offerPeople(qint64 mentorId, const QString& mentorName, qint64 menteeId, const QString& menteeName);
    /// Sets the filter's people, cohort, kinds and statuses (the range is the workspace's).
    void apply(TouchpointFilter* filter) const;
    void clear();
    /// Puts the keyboard in the mentor field (Ctrl+F while the Calendar is shown).
    void focusFirstField();
    /// The chosen filters in words ("Ada · Live call"), empty when everything is shown.
    QString description() const;

    CalendarFilterBarField* mentorField() const { return m_mentor; }
    CalendarFilterBarField* menteeField() const { return m_mentee; }
    CalendarFilterBarField* cohortField() const { return m_cohort; }

Q_SIGNALS:
    void filterChanged();

private:
    QComboBox* addCombo(const QString& name, const QString& anyText, const QString& accessibleName);
    QString settingsKey(const QString& name) const;
    void restore();
    void remember() const;

    CalendarFilterBarField* m_mentor;
    CalendarFilterBarField* m_mentee;
    CalendarFilterBarField* m_cohort;
    QComboBox* m_kind;
    QComboBox* m_status;
    QString m_programKey;
    bool m_restoring = false;
};

} // namespace mentordesk
