// SPDX-License-Identifier: GPL-3.0-or-later
#include "CohortMembershipRepository.h"

#include "RecordRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mentordesk {

CohortMembershipRepository::CohortMembershipRepository(RecordRepository& records)
    : m_records(records)
{
}

QVector<CohortChoice> CohortMembershipRepository::cohorts() const
{
    QVector<CohortChoice> result;
    QSqlQuery query(m_records.database());
    if (query.exec(QStringLiteral("SELECT id, name FROM cohorts ORDER BY start_date DESC, name"))) {
        while (query.next())
            result << CohortChoice{query.value(0).toLongLong(), query.value(1).toString()};
    }
    return result;
}

CohortMembership CohortMembershipRepository::membership(qint64 sellerId) const
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT cohort_id, joined_on FROM cohort_members WHERE seller_id = ?"));
    query.addBindValue(sellerId);
    if (query.exec() && query.next())
        return {query.value(0).toLongLong(), query.value(1).toString()};
    return {};
}

QString CohortMembershipRepository::cohortName(qint64 cohortId) const
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT name FROM cohorts WHERE id = ?"));
    query.addBindValue(cohortId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool CohortMembershipRepository::setMembership(qint64 sellerId, const CohortMembership& membership)
{
    m_error.clear();
    QSqlDatabase db = m_records.database();
    const CohortMembership old = this->membership(sellerId);
    if (!db.transaction()) {
        m_error = RecordRepository::explainDatabaseError(db.lastError().databaseText());
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM cohort_members WHERE seller_id = ?"));
    query.addBindValue(sellerId);
    bool ok = query.exec();
    if (ok && membership.cohortId != 0) {
        query.prepare(QStringLiteral("INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES (?, ?, ?)"));
        query.addBindValue(sellerId);
        query.addBindValue(membership.cohortId);
        query.addBindValue(membership.joinedOn);
        ok = query.exec();
    }
    if (!ok) {
        m_error = RecordRepository::explainDatabaseError(query.lastError().databaseText());
        db.rollback();
        return false;
    }
    const auto nameOrNull = [this](qint64 id) { return id == 0 ? QVariant() : QVariant(cohortName(id)); };
    if (!m_records.appendAudit(QStringLiteral("seller"), sellerId, QStringLiteral("cohort"), nameOrNull(old.cohortId),
                               nameOrNull(membership.cohortId))) {
        m_error = m_records.errorString();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_error = RecordRepository::explainDatabaseError(db.lastError().databaseText());
        db.rollback();
        return false;
    }
    return true;
}

} // namespace mentordesk
