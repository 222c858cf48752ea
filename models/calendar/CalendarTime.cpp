// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarTime.h"

#include "domain/UtcText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mentordesk {

QString CalendarTime::programZoneKey()
{
    return QStringLiteral("time_zone");
}

QString CalendarTime::utcText(const QDateTime& time)
{
    return mentordesk::utcText(time);
}

QDateTime CalendarTime::fromUtcText(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return {};
    return time.toUTC();
}

ResolvedZone CalendarTime::resolve(const QString& ianaName, const QTimeZone& fallback)
{
    const QByteArray id = ianaName.trimmed().toUtf8();
    // isTimeZoneIdAvailable keeps offsets such as "UTC+02:00" out: only names of the zone database.
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id))
        return {QTimeZone(id), false};
    return {fallback, true};
}

QString CalendarTime::storedProgramZone(const QSqlDatabase& db)
{
    // A view closing its program passes a closed connection: no zone stored, and no query warning.
    if (!db.isOpen())
        return {};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM program_info WHERE key = ?"));
    query.addBindValue(programZoneKey());
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QTimeZone CalendarTime::programZone(const QSqlDatabase& db)
{
    const QString stored = storedProgramZone(db);
    if (stored.trimmed().isEmpty())
        return QTimeZone::systemTimeZone();
    return resolve(stored, QTimeZone::systemTimeZone()).zone;
}

QString CalendarTime::setProgramZone(const QSqlDatabase& db, const QString& ianaName)
{
    const QString name = ianaName.trimmed();
    if (!name.isEmpty() && resolve(name, QTimeZone()).fellBack)
        return tr("“%1” is not a time zone name MentorDesk knows; use a name such as Europe/Berlin or "
                  "America/New_York.")
            .arg(name);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO program_info(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(programZoneKey());
    query.addBindValue(name);
    if (!query.exec())
        return tr("The program's time zone could not be saved: %1.").arg(query.lastError().databaseText());
    return {};
}

} // namespace mentordesk
