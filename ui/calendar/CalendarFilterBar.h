// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CohortMembershipRepository.h"

#include <QWidget>

class QComboBox;

namespace mentordesk {

struct TouchpointFilter;

/// The calendar's filters: mentor, mentee, cohort, kind and status. A program has thousands of
/// mentors and up to a million mentees, too many for a list; the mentor and mentee filters offer
/// the selected touchpoint's mentor and mentee ("only Ada's touchpoints"), the cohorts are listed.
class CalendarFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit CalendarFilterBar(QWidget* parent = nullptr);

    void setCohorts(const QVector<CohortChoice>& cohorts);
    /// Offers the selected touchpoint's people as filter choices (0: nobody to offer).
    void offerPeople(qint64 mentorId, const QString& mentorName, qint64 menteeId, const QString& menteeName);
    /// Sets the filter's people, cohort, kinds and statuses (the range is the workspace's).
    void apply(TouchpointFilter* filter) const;
    void clear();
    /// The chosen filters in words ("Ada · Live call"), empty when everything is shown.
    QString description() const;

Q_SIGNALS:
    void filterChanged();

private:
    QComboBox* addCombo(const QString& name, const QString& anyText);
    static void offer(QComboBox* combo, qint64 id, const QString& name);

    QComboBox* m_mentor;
    QComboBox* m_mentee;
    QComboBox* m_cohort;
    QComboBox* m_kind;
    QComboBox* m_status;
};

} // namespace mentordesk
