// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EntityKind.h"
#include "domain/MetricSnapshot.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

namespace mentordesk {

struct PairingSummary {
    qint64 id = 0;
    QString counterpart; ///< The mentor's name (for a seller) or the mentee's shop (for a mentor).
    QString status;
    QDate startedOn;
    QDate trialEndDate;
    QDate endedOn;
    QString endReason;
    std::optional<double> score;
    int touchpointsDone = 0;
};

struct AuditEntry {
    QDateTime at;
    QString actor;
    QString field;
    QString oldValue;
    QString newValue;
    bool oldIsNull = true;
    bool newIsNull = true;
};

/// Read-only queries behind the detail panel of a workspace.
class DetailRepository {
public:
    explicit DetailRepository(QSqlDatabase db);

    SellerMetrics sellerMetrics(qint64 sellerId) const;
    QVector<PairingSummary> pairingsOfSeller(qint64 sellerId) const;
    QVector<PairingSummary> pairingsOfMentor(qint64 mentorId) const;
    /// Shops of a cohort's members, ordered by name (at most `limit`).
    QStringList cohortMembers(qint64 cohortId, int limit) const;
    int cohortMemberCount(qint64 cohortId) const;
    QVector<AuditEntry> auditHistory(EntityKind entity, qint64 id, int limit = 500) const;

private:
    QVector<PairingSummary> pairings(const QString& sql, qint64 id) const;
    QSqlDatabase m_db;
};

} // namespace mentordesk
