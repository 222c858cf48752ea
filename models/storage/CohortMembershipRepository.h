// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

namespace mentordesk {

class RecordRepository;

struct CohortChoice {
    qint64 id = 0;
    QString name;
};

/// A mentee's cohort: at most one per seller (cohort_members is keyed by seller).
struct CohortMembership {
    qint64 cohortId = 0; ///< 0 when the seller is in no cohort.
    QString joinedOn;    ///< ISO date.
};

/// Moves sellers between cohorts, each move with its audit-log row in one transaction.
class CohortMembershipRepository {
    Q_DECLARE_TR_FUNCTIONS(CohortMembershipRepository)
public:
    explicit CohortMembershipRepository(RecordRepository& records);

    /// Every cohort, newest first.
    QVector<CohortChoice> cohorts() const;
    CohortMembership membership(qint64 sellerId) const;
    /// Puts the seller in `membership.cohortId` (or in none, with 0).
    bool setMembership(qint64 sellerId, const CohortMembership& membership);

    QString errorString() const { return m_error; }

private:
    QString cohortName(qint64 cohortId) const;
    bool fail(const QString& databaseMessage);

    RecordRepository& m_records;
    QString m_error;
};

} // namespace mentordesk
