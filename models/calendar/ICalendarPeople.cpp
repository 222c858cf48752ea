// SPDX-License-Identifier: GPL-3.0-or-later
#include "ICalendarPeople.h"

#include <QSqlQuery>

namespace mentordesk {

ICalendarPeople::ICalendarPeople(QSqlDatabase db)
    : m_db(std::move(db))
{
}

TouchpointPeople ICalendarPeople::ofPairing(qint64 pairingId)
{
    const auto known = m_pairings.constFind(pairingId);
    if (known != m_pairings.constEnd())
        return *known;
    TouchpointPeople people;
    QSqlQuery query(m_db);
    // A mentee is named as the calendar's views name them: the shop, else the seller ID.
    query.prepare(QStringLiteral("SELECT m.name, m.email, IFNULL(NULLIF(s.shop_name, ''), s.external_id), s.email "
                                 "FROM pairings p JOIN mentors m ON m.id = p.mentor_id "
                                 "JOIN sellers s ON s.id = p.mentee_id WHERE p.id = ?"));
    query.addBindValue(pairingId);
    if (query.exec() && query.next())
        people = {query.value(0).toString(),
                  query.value(1).toString().trimmed(),
                  query.value(2).toString(),
                  query.value(3).toString().trimmed(),
                  {}};
    m_pairings.insert(pairingId, people);
    return people;
}

TouchpointPeople ICalendarPeople::ofCohort(qint64 cohortId)
{
    const auto known = m_cohorts.constFind(cohortId);
    if (known != m_cohorts.constEnd())
        return *known;
    TouchpointPeople people;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name FROM cohorts WHERE id = ?"));
    query.addBindValue(cohortId);
    if (query.exec() && query.next())
        people.cohortName = query.value(0).toString();
    m_cohorts.insert(cohortId, people);
    return people;
}

TouchpointPeople ICalendarPeople::of(qint64 pairingId, qint64 cohortId)
{
    return pairingId != 0 ? ofPairing(pairingId) : ofCohort(cohortId);
}

QString ICalendarPeople::summary(const QString& title, qint64 pairingId, qint64 cohortId)
{
    const TouchpointPeople people = of(pairingId, cohortId);
    if (pairingId == 0) {
        const QString what = title.trimmed().isEmpty() ? tr("Cohort roundtable") : title.trimmed();
        return tr("%1: %2", "calendar event: what, cohort").arg(what, people.cohortName);
    }
    const QString what = title.trimmed().isEmpty() ? tr("Mentoring call") : title.trimmed();
    return tr("%1: %2 – %3", "calendar event: what, mentor, mentee").arg(what, people.mentorName, people.menteeName);
}

} // namespace mentordesk
