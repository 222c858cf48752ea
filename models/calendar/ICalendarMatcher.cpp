// SPDX-License-Identifier: GPL-3.0-or-later
#include "ICalendarMatcher.h"

#include "CalendarTime.h"

#include <QSqlQuery>

namespace mentordesk {

namespace {

QVariant firstValue(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

QString idList(const QList<qint64>& ids)
{
    QStringList texts;
    for (qint64 id : ids)
        texts << QString::number(id);
    return texts.join(QLatin1Char(','));
}

} // namespace

ICalendarMatcher::ICalendarMatcher(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 ICalendarMatcher::touchpointWithUid(const QString& uid) const
{
    return firstValue(m_db, QStringLiteral("SELECT id FROM touchpoints WHERE uid = ?"), {uid}).toLongLong();
}

qint64 ICalendarMatcher::seriesWithUid(const QString& uid) const
{
    return firstValue(m_db, QStringLiteral("SELECT id FROM touchpoint_series WHERE uid = ?"), {uid}).toLongLong();
}

bool ICalendarMatcher::uidTaken(const QString& uid) const
{
    return touchpointWithUid(uid) != 0 || seriesWithUid(uid) != 0;
}

qint64 ICalendarMatcher::touchpointAt(qint64 pairingId, const QDateTime& startUtc) const
{
    return firstValue(m_db,
                      QStringLiteral("SELECT id FROM touchpoints WHERE pairing_id = ? AND scheduled_utc = ? "
                                     "ORDER BY id LIMIT 1"),
                      {pairingId, CalendarTime::utcText(startUtc)})
        .toLongLong();
}

qint64 ICalendarMatcher::onlyTouchpointBetween(qint64 pairingId, const QDateTime& fromUtc, const QDateTime& toUtc) const
{
    return firstValue(m_db,
                      QStringLiteral("SELECT CASE WHEN count(*) = 1 THEN max(id) ELSE 0 END FROM touchpoints "
                                     "WHERE pairing_id = ? AND scheduled_utc >= ? AND scheduled_utc < ?"),
                      {pairingId, CalendarTime::utcText(fromUtc), CalendarTime::utcText(toUtc)})
        .toLongLong();
}

QList<qint64> ICalendarMatcher::idsWithEmail(const QString& table, const QString& email)
{
    QHash<QString, QList<qint64>>& cache = table == QLatin1String("mentors") ? m_mentors : m_mentees;
    const auto known = cache.constFind(email);
    if (known != cache.constEnd())
        return *known;
    QList<qint64> ids;
    QSqlQuery query(m_db);
    // Addresses are stored as people typed them; no index holds them folded, and an import looks
    // each address up once.
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE lower(trim(email)) = ?").arg(table));
    query.addBindValue(email);
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    cache.insert(email, ids);
    return ids;
}

qint64 ICalendarMatcher::pairingFor(const QStringList& emails, const QDate& date, QString* reason)
{
    QList<qint64> mentors;
    QList<qint64> mentees;
    for (const QString& email : emails) {
        mentors << idsWithEmail(QStringLiteral("mentors"), email);
        mentees << idsWithEmail(QStringLiteral("sellers"), email);
    }
    const QString addresses = emails.isEmpty() ? tr("(none)") : emails.join(QStringLiteral(", "));
    if (mentors.isEmpty()) {
        *reason = tr("No mentor has any of its attendees' e-mail addresses (%1); add the mentor's address in the "
                     "Mentors workspace, or the event was not a mentoring session.")
                      .arg(addresses);
        return 0;
    }
    if (mentees.isEmpty()) {
        *reason = tr("No mentee has any of its attendees' e-mail addresses (%1); add the mentee's address in the "
                     "Sellers workspace.")
                      .arg(addresses);
        return 0;
    }
    const QString day = date.toString(Qt::ISODate);
    const qint64 pairing =
        firstValue(m_db,
                   QStringLiteral("SELECT id FROM pairings WHERE mentor_id IN (%1) AND mentee_id IN (%2) "
                                  "ORDER BY (started_on <= ? AND (ended_on IS NULL OR ended_on >= ?)) DESC, "
                                  "(status <> 'ended') DESC, started_on DESC, id DESC LIMIT 1")
                       .arg(idList(mentors), idList(mentees)),
                   {day, day})
            .toLongLong();
    if (pairing == 0)
        *reason = tr("Its mentor and mentee (%1) have never been paired.").arg(addresses);
    return pairing;
}

QDate ICalendarMatcher::pairingEnd(qint64 pairingId) const
{
    return QDate::fromString(
        firstValue(m_db, QStringLiteral("SELECT ended_on FROM pairings WHERE id = ?"), {pairingId}).toString(),
        Qt::ISODate);
}

} // namespace mentordesk
