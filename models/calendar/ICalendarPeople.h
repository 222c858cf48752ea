// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace mentordesk {

struct TouchpointRecord;

/// Who a touchpoint is with, as a calendar event names them: the mentor and the mentee of its
/// pairing (names and e-mail addresses, which may be empty) or the cohort of a roundtable.
struct TouchpointPeople {
    QString mentorName;
    QString mentorEmail;
    QString menteeName;
    QString menteeEmail;
    QString cohortName;
};

/// The people of pairings and cohorts, read once each, and the event SUMMARY the export writes
/// for a touchpoint ("Mentoring call: Ada – Alpha Shop"). The import compares a SUMMARY with the
/// same text to tell a title someone typed in their calendar from the one MentorDesk wrote.
class ICalendarPeople {
    Q_DECLARE_TR_FUNCTIONS(ICalendarPeople)
public:
    explicit ICalendarPeople(QSqlDatabase db);

    TouchpointPeople ofPairing(qint64 pairingId);
    TouchpointPeople ofCohort(qint64 cohortId);
    TouchpointPeople of(qint64 pairingId, qint64 cohortId);

    /// "Mentoring call: Ada – Alpha Shop" (the touchpoint's title instead of "Mentoring call"
    /// when it has one), or "Cohort roundtable: Spring" for a cohort.
    QString summary(const QString& title, qint64 pairingId, qint64 cohortId);

private:
    QSqlDatabase m_db;
    QHash<qint64, TouchpointPeople> m_pairings;
    QHash<qint64, TouchpointPeople> m_cohorts;
};

} // namespace mentordesk
