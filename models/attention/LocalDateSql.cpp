// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalDateSql.h"

#include "calendar/CalendarTime.h"

#include <QStringList>

namespace mentordesk {

namespace {

QString offsetModifier(int seconds)
{
    return seconds < 0 ? QStringLiteral("'-%1 seconds'").arg(-seconds) : QStringLiteral("'+%1 seconds'").arg(seconds);
}

} // namespace

QString LocalDateSql::expression(const QString& column, const QTimeZone& zone, const QDateTime& fromUtc,
                                 const QDateTime& toUtc)
{
    const int firstOffset = zone.offsetFromUtc(fromUtc);
    const QTimeZone::OffsetDataList transitions = zone.transitions(fromUtc, toUtc);
    if (transitions.isEmpty())
        return QStringLiteral("date(%1, %2)").arg(column, offsetModifier(firstOffset));
    // Latest transition first: most rows a view or the attention list reads are recent, and CASE
    // stops at the first branch that matches.
    QStringList branches;
    for (auto it = transitions.crbegin(); it != transitions.crend(); ++it)
        branches << QStringLiteral("WHEN %1 >= '%2' THEN %3")
                        .arg(column, CalendarTime::utcText(it->atUtc), offsetModifier(it->offsetFromUtc));
    return QStringLiteral("date(%1, CASE %2 ELSE %3 END)")
        .arg(column, branches.join(QLatin1Char(' ')), offsetModifier(firstOffset));
}

QString LocalDateSql::dayStartUtc(const QDate& day, const QTimeZone& zone)
{
    return CalendarTime::utcText(QDateTime(day, QTime(0, 0), zone));
}

QString LocalDateSql::dateText(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

} // namespace mentordesk
