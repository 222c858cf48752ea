// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchjob/MatchCommit.h"

#include "checklists/ChecklistInstantiation.h"
#include "storage/AuditLog.h"
#include "storage/SqlTransaction.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace mentordesk {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

/// Runs a prepared statement with its values; the caller reads lastError() on failure.
bool execWith(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

MatchCommit::MatchCommit(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

bool MatchCommit::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool MatchCommit::audit(qint64 pairingId, const QString& field, const QVariant& oldValue, const QVariant& newValue)
{
    AuditLog log(m_db, m_actor);
    return log.append(EntityKind::Pairing, pairingId, field, oldValue, newValue) || fail(log.errorText());
}

/// "S00042 with M00007", the way the audit log names a pairing.
QString MatchCommit::pairingName(qint64 pairingId)
{
    QSqlQuery query(m_db);
    if (execWith(query,
                 QStringLiteral("SELECT s.external_id, m.external_id FROM pairings p JOIN sellers s ON s.id = "
                                "p.mentee_id JOIN mentors m ON m.id = p.mentor_id WHERE p.id = ?"),
                 {pairingId}) &&
        query.next())
        return tr("%1 with %2").arg(query.value(0).toString(), query.value(1).toString());
    return QString::number(pairingId);
}

bool MatchCommit::checkRun(qint64 runId, const QString& expectedStatus)
{
    QSqlQuery query(m_db);
    if (!execWith(query, QStringLiteral("SELECT status FROM match_runs WHERE id = ?"), {runId}))
        return fail(query.lastError().databaseText());
    if (!query.next())
        return fail(tr("There is no match run %1 in this program; it may have been deleted.").arg(runId));
    if (query.value(0).toString() != expectedStatus)
        return fail(expectedStatus == QLatin1String("accepted")
                        ? tr("Match run %1 is no longer committed, so there is nothing to take back.").arg(runId)
                        : tr("Match run %1 has been committed already.").arg(runId));
    return true;
}

/// A conflict of interest the mentor declared for this seller, the seller's brand or category.
bool MatchCommit::checkDisclosures(const Pair& pair)
{
    QSqlQuery query(m_db);
    const QString sql = QStringLiteral(
        "SELECT m.name, m.external_id, s.external_id, d.kind, d.value FROM mentor_disclosures d "
        "JOIN mentors m ON m.id = d.mentor_id JOIN sellers s ON s.id = ? WHERE d.mentor_id = ? AND "
        "((d.kind = 'seller' AND d.seller_id = s.id) "
        " OR (d.kind = 'category' AND lower(trim(d.value)) = lower(trim(s.category)) AND trim(s.category) <> '') "
        " OR (d.kind = 'brand' AND EXISTS (SELECT 1 FROM seller_brands b WHERE b.seller_id = s.id "
        "     AND lower(trim(b.brand)) = lower(trim(d.value))))) LIMIT 1");
    if (!execWith(query, sql, {pair.sellerId, pair.mentorId}))
        return fail(query.lastError().databaseText());
    if (!query.next())
        return true;
    const QString mentor = tr("%1 (%2)").arg(query.value(0).toString(), query.value(1).toString());
    const QString seller = query.value(2).toString();
    const QString kind = query.value(3).toString();
    if (kind == QLatin1String("seller"))
        return fail(tr("%1 has declared a conflict of interest with %2 since the run. Run the matching again; no "
                       "pairing was written.")
                        .arg(mentor, seller));
    return fail(tr("%1 has declared a conflict of interest with %2 (%3) since the run. Run the matching again; no "
                   "pairing was written.")
                    .arg(mentor, query.value(4).toString(), seller));
}

/// After the writes, inside the transaction: every mentor given mentees is active and within capacity.
bool MatchCommit::checkCapacity(const QVector<Pair>& pairs)
{
    QSet<qint64> mentors;
    for (const Pair& pair : pairs)
        mentors.insert(pair.mentorId);
    QSqlQuery query(m_db);
    for (qint64 mentorId : std::as_const(mentors)) {
        if (!execWith(query,
                      QStringLiteral("SELECT name, external_id, capacity, active, (SELECT count(*) FROM pairings p "
                                     "WHERE p.mentor_id = m.id AND p.status <> 'ended') FROM mentors m WHERE id = ?"),
                      {mentorId}))
            return fail(query.lastError().databaseText());
        if (!query.next())
            return fail(tr("A mentor of this run has been deleted since. Run the matching again; no pairing was "
                           "written."));
        const QString mentor = tr("%1 (%2)").arg(query.value(0).toString(), query.value(1).toString());
        if (query.value(3).toInt() == 0)
            return fail(tr("%1 is no longer active. Run the matching again; no pairing was written.").arg(mentor));
        const int capacity = query.value(2).toInt();
        const int open = query.value(4).toInt();
        if (open > capacity)
            return fail(tr("%1 would mentor %2 sellers but has room for %3; the capacity or the pairings changed "
                           "since the run. Run the matching again; no pairing was written.")
                            .arg(mentor)
                            .arg(open)
                            .arg(capacity));
    }
    return true;
}

bool MatchCommit::applyPair(qint64 runId, const Pair& pair, const QDate& trialStart, const QDate& trialEnd,
                            Applied* applied)
{
    QSqlQuery query(m_db);
    if (!execWith(
            query,
            QStringLiteral("SELECT id, mentor_id, status FROM pairings WHERE mentee_id = ? AND status <> 'ended'"),
            {pair.sellerId}))
        return fail(query.lastError().databaseText());
    if (query.next()) {
        const qint64 openId = query.value(0).toLongLong();
        const QString status = query.value(2).toString();
        if (query.value(1).toLongLong() == pair.mentorId) {
            applied->newPairings << 0; // re-matched to the mentor they have: the pairing goes on
            return true;
        }
        const QString ended = trialStart.toString(Qt::ISODate);
        if (!execWith(query,
                      QStringLiteral("UPDATE pairings SET status = 'ended', ended_on = ?, end_reason = 'rematched', "
                                     "updated_utc = ? WHERE id = ?"),
                      {ended, nowUtc(), openId}))
            return fail(query.lastError().databaseText());
        if (!audit(openId, QStringLiteral("status"), status, QStringLiteral("ended")) ||
            !audit(openId, QStringLiteral("end_reason"), QVariant(), QStringLiteral("rematched")))
            return false;
        applied->endedPairings << openId;
        applied->endedStatuses << status;
    }
    const QString now = nowUtc();
    if (!execWith(
            query,
            QStringLiteral("INSERT INTO pairings(mentor_id, mentee_id, status, started_on, trial_end_date, score, "
                           "match_run_id, created_utc, updated_utc) VALUES (?, ?, 'trial', ?, ?, ?, ?, ?, ?)"),
            {pair.mentorId, pair.sellerId, trialStart.toString(Qt::ISODate), trialEnd.toString(Qt::ISODate), pair.score,
             runId, now, now}))
        return fail(query.lastError().databaseText());
    const qint64 pairingId = query.lastInsertId().toLongLong();
    applied->newPairings << pairingId;
    if (!audit(pairingId, QStringLiteral("record"), QVariant(), pairingName(pairingId)))
        return false;
    // The pairing starts with its 30/60/90-day checklist; taking the run back deletes both.
    QString error;
    return ChecklistInstantiation::instantiateDefault(m_db, pairingId, &error) >= 0 ||
           fail(tr("The checklist of the pairing %1 could not be written: %2").arg(pairingName(pairingId), error));
}

bool MatchCommit::setRunStatus(qint64 runId, const QString& oldStatus, const QString& newStatus)
{
    QSqlQuery query(m_db);
    if (!execWith(query, QStringLiteral("UPDATE match_runs SET status = ? WHERE id = ?"), {newStatus, runId}))
        return fail(query.lastError().databaseText());
    AuditLog log(m_db, m_actor);
    return log.append(EntityKind::MatchRun, runId, QStringLiteral("status"), oldStatus, newStatus) ||
           fail(log.errorText());
}

MatchCommit::Applied MatchCommit::apply(qint64 runId, const QVector<Pair>& pairs, const QDate& trialStart,
                                        const QDate& trialEnd)
{
    m_error.clear();
    Applied applied;
    SqlTransaction transaction(m_db);
    if (!transaction.isActive()) {
        fail(tr("The pairings could not be written: %1").arg(transaction.errorText()));
        return applied;
    }
    if (!checkRun(runId, QStringLiteral("proposed")))
        return applied;
    for (const Pair& pair : pairs) {
        if (!checkDisclosures(pair) || !applyPair(runId, pair, trialStart, trialEnd, &applied))
            return {};
    }
    if (!checkCapacity(pairs) || !setRunStatus(runId, QStringLiteral("proposed"), QStringLiteral("accepted")))
        return {};
    if (!transaction.commit()) {
        fail(tr("The pairings could not be written: %1").arg(transaction.errorText()));
        return {};
    }
    applied.ok = true;
    return applied;
}

bool MatchCommit::removeNewPairing(qint64 pairingId)
{
    QSqlQuery query(m_db);
    const QString sql = QStringLiteral(
        "SELECT p.status, (SELECT count(*) FROM touchpoints t WHERE t.pairing_id = p.id AND t.status <> 'planned') "
        "+ (SELECT count(*) FROM feedback f WHERE f.pairing_id = p.id) + (SELECT count(*) FROM checklist_items c "
        "WHERE c.pairing_id = p.id AND c.done_on IS NOT NULL) FROM pairings p WHERE p.id = ?");
    if (!execWith(query, sql, {pairingId}))
        return fail(query.lastError().databaseText());
    if (!query.next())
        return fail(tr("A pairing of this run has been deleted since, so the run cannot be taken back."));
    const QString name = pairingName(pairingId);
    if (query.value(0).toString() != QLatin1String("trial") || query.value(1).toInt() > 0)
        return fail(tr("The pairing %1 has moved on since it was committed (its status changed or a touchpoint, "
                       "feedback or checklist item was recorded), so the run cannot be taken back.")
                        .arg(name));
    if (!execWith(query, QStringLiteral("DELETE FROM pairings WHERE id = ?"), {pairingId}))
        return fail(query.lastError().databaseText());
    return audit(pairingId, QStringLiteral("record"), name, QVariant());
}

bool MatchCommit::reopenPairing(qint64 pairingId, const QString& status)
{
    QSqlQuery query(m_db);
    if (!execWith(query, QStringLiteral("SELECT status, end_reason FROM pairings WHERE id = ?"), {pairingId}))
        return fail(query.lastError().databaseText());
    if (!query.next() || query.value(1).toString() != QLatin1String("rematched"))
        return fail(tr("The pairing %1 ended by this run has changed since, so the run cannot be taken back.")
                        .arg(pairingName(pairingId)));
    if (!execWith(query,
                  QStringLiteral("UPDATE pairings SET status = ?, ended_on = NULL, end_reason = NULL, updated_utc = ? "
                                 "WHERE id = ?"),
                  {status, nowUtc(), pairingId}))
        return fail(
            tr("The pairing %1 cannot be reopened: %2").arg(pairingName(pairingId), query.lastError().databaseText()));
    return audit(pairingId, QStringLiteral("status"), QStringLiteral("ended"), status) &&
           audit(pairingId, QStringLiteral("end_reason"), QStringLiteral("rematched"), QVariant());
}

bool MatchCommit::revert(qint64 runId, const Applied& applied)
{
    m_error.clear();
    SqlTransaction transaction(m_db);
    if (!transaction.isActive())
        return fail(tr("The run could not be taken back: %1").arg(transaction.errorText()));
    if (!checkRun(runId, QStringLiteral("accepted")))
        return false;
    for (qint64 pairingId : applied.newPairings) {
        if (pairingId != 0 && !removeNewPairing(pairingId))
            return false;
    }
    for (int i = 0; i < applied.endedPairings.size(); ++i) {
        const QString status = applied.endedStatuses.value(i, QStringLiteral("active"));
        if (!reopenPairing(applied.endedPairings.at(i), status))
            return false;
    }
    if (!setRunStatus(runId, QStringLiteral("accepted"), QStringLiteral("proposed")))
        return false;
    return transaction.commit() || fail(tr("The run could not be taken back: %1").arg(transaction.errorText()));
}

} // namespace mentordesk
