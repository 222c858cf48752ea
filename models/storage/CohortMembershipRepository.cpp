// SPDX-License-Identifier: GPL-3.0-or-later
#include "CohortMembershipRepository.h"
#include "domain/FieldCatalogue.h"

#include "RecordRepository.h"
#include "SqlTransaction.h"

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

bool CohortMembershipRepository::fail(const QString& databaseMessage)
{
    m_error = RecordRepository::explainDatabaseError(databaseMessage);
    return false;
}

bool CohortMembershipRepository::setMembership(qint64 sellerId, const CohortMembership& membership)
{
    m_error.clear();
    QSqlDatabase db = m_records.database();
    const CohortMembership old = this->membership(sellerId);
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return fail(transaction.errorText());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM cohort_members WHERE seller_id = ?"));
    query.addBindValue(sellerId);
    if (!query.exec())
        return fail(query.lastError().databaseText());
    if (membership.cohortId != 0) {
        query.prepare(QStringLiteral("INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES (?, ?, ?)"));
        query.addBindValue(sellerId);
        query.addBindValue(membership.cohortId);
        query.addBindValue(membership.joinedOn);
        if (!query.exec())
            return fail(query.lastError().databaseText());
    }
    const auto nameOrNull = [this](qint64 id) { return id == 0 ? QVariant() : QVariant(cohortName(id)); };
    if (!m_records.appendAudit(EntityKind::Seller, sellerId, fieldKey(FieldId::SellerCohort), nameOrNull(old.cohortId),
                               nameOrNull(membership.cohortId))) {
        m_error = m_records.errorString();
        return false;
    }
    return transaction.commit() || fail(transaction.errorText());
}

} // namespace mentordesk
