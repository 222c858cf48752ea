// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingRepository.h"

#include "domain/FieldCatalogue.h"
#include "RecordRepository.h"
#include "SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mentordesk {

namespace {

const QString kOpenStatuses = QStringLiteral("('trial','active')");

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant textValue(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QDate storedDate(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

bool PairingState::isOpen() const
{
    return exists() && status != QLatin1String("ended");
}

bool PairingState::sameLifecycle(const PairingState& other) const
{
    return id == other.id && status == other.status && trialEndDate == other.trialEndDate && endedOn == other.endedOn &&
           endReason == other.endReason;
}

PairingRepository::PairingRepository(RecordRepository& records)
    : m_records(records)
{
}

QString PairingRepository::trialEndDateKey()
{
    return QStringLiteral("trial_end_date");
}

QString PairingRepository::endedOnKey()
{
    return QStringLiteral("ended_on");
}

bool PairingRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

PairingState PairingRepository::state(qint64 pairingId) const
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT id, mentor_id, mentee_id, status, started_on, trial_end_date, ended_on, "
                                 "end_reason FROM pairings WHERE id = ?"));
    query.addBindValue(pairingId);
    PairingState state;
    if (!query.exec() || !query.next())
        return state;
    state.id = query.value(0).toLongLong();
    state.mentorId = query.value(1).toLongLong();
    state.menteeId = query.value(2).toLongLong();
    state.status = query.value(3).toString();
    state.startedOn = storedDate(query.value(4));
    state.trialEndDate = storedDate(query.value(5));
    state.endedOn = storedDate(query.value(6));
    state.endReason = query.value(7).toString();
    return state;
}

bool PairingRepository::hasOpenPairing(qint64 menteeId, qint64 exceptPairingId) const
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT 1 FROM pairings WHERE mentee_id = ? AND status IN %1 AND id <> ? LIMIT 1")
                      .arg(kOpenStatuses));
    query.addBindValue(menteeId);
    query.addBindValue(exceptPairingId);
    return query.exec() && query.next();
}

bool PairingRepository::transition(const PairingState& from, const PairingState& to)
{
    m_error.clear();
    SqlTransaction transaction(m_records.database());
    if (!transaction.isActive())
        return fail(RecordRepository::explainDatabaseError(transaction.errorText()));
    // Read again inside the transaction: what the user decided on must still be what is stored.
    const PairingState current = state(from.id);
    if (!current.exists())
        return fail(tr("The pairing no longer exists; it may have been deleted."));
    if (!current.sameLifecycle(from))
        return fail(tr("The pairing was changed meanwhile (in another window or at another desk); look at it "
                       "again and decide anew."));
    if (!updateRow(from, to) || !auditChanges(from, to))
        return false;
    return transaction.commit() || fail(RecordRepository::explainDatabaseError(transaction.errorText()));
}

bool PairingRepository::updateRow(const PairingState& from, const PairingState& to)
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("UPDATE pairings SET %1 = ?, %2 = ?, %3 = ?, %4 = ?, updated_utc = ? WHERE id = ?")
                      .arg(fieldKey(FieldId::PairingStatus), trialEndDateKey(), endedOnKey(),
                           fieldKey(FieldId::PairingEndReason)));
    query.addBindValue(to.status);
    query.addBindValue(dateValue(to.trialEndDate));
    query.addBindValue(dateValue(to.endedOn));
    query.addBindValue(textValue(to.endReason));
    query.addBindValue(RecordRepository::nowUtc());
    query.addBindValue(from.id);
    if (query.exec())
        return true;
    const QString message = query.lastError().databaseText();
    // Reopening (the undo of an end) meets the one-open-pairing-per-mentee index when the mentee
    // was paired again meanwhile.
    if (to.isOpen() && message.contains(QLatin1String("UNIQUE constraint failed")))
        return fail(tr("The mentee has another open pairing now; end that one before reopening this one."));
    return fail(RecordRepository::explainDatabaseError(message));
}

bool PairingRepository::auditChanges(const PairingState& from, const PairingState& to)
{
    struct Column {
        QString key;
        QVariant before;
        QVariant after;
    };
    const Column columns[] = {
        {fieldKey(FieldId::PairingStatus), from.status, to.status},
        {trialEndDateKey(), dateValue(from.trialEndDate), dateValue(to.trialEndDate)},
        {endedOnKey(), dateValue(from.endedOn), dateValue(to.endedOn)},
        {fieldKey(FieldId::PairingEndReason), textValue(from.endReason), textValue(to.endReason)},
    };
    for (const Column& column : columns) {
        if (column.before == column.after)
            continue;
        if (!m_records.appendAudit(EntityKind::Pairing, from.id, column.key, column.before, column.after))
            return fail(m_records.errorString());
    }
    return true;
}

TrialDeadlines PairingRepository::trialDeadlines(const QDate& today, int days) const
{
    TrialDeadlines deadlines;
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT count(CASE WHEN trial_end_date >= ? THEN 1 END), "
                                 "count(CASE WHEN trial_end_date < ? THEN 1 END) FROM pairings "
                                 "WHERE status = 'trial' AND trial_end_date <= ?"));
    const QString todayText = today.toString(Qt::ISODate);
    query.addBindValue(todayText);
    query.addBindValue(todayText);
    query.addBindValue(today.addDays(days).toString(Qt::ISODate));
    if (query.exec() && query.next()) {
        deadlines.endingSoon = query.value(0).toInt();
        deadlines.overdue = query.value(1).toInt();
    }
    return deadlines;
}

} // namespace mentordesk
