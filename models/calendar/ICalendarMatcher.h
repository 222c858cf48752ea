// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace mentordesk {

/// The look-ups an import matches events with: touchpoints and series by UID, mentors and mentees
/// by e-mail address (case-insensitive, each address looked up once per import), a pairing of
/// the two, and a pairing's touchpoint at a given start.
class ICalendarMatcher {
    Q_DECLARE_TR_FUNCTIONS(ICalendarMatcher)
public:
    explicit ICalendarMatcher(QSqlDatabase db);

    qint64 touchpointWithUid(const QString& uid) const;
    qint64 seriesWithUid(const QString& uid) const;
    /// A touchpoint or a series has this UID already.
    bool uidTaken(const QString& uid) const;
    qint64 touchpointAt(qint64 pairingId, const QDateTime& startUtc) const;
    /// The pairing's one touchpoint starting in [fromUtc, toUtc) (an all-day event's local day);
    /// 0 when it has none there, or more than one, which the event cannot tell apart.
    qint64 onlyTouchpointBetween(qint64 pairingId, const QDateTime& fromUtc, const QDateTime& toUtc) const;

    /// The pairing of the mentor and the mentee among `emails` for an event on `date`: the one
    /// whose span holds the date, else their open one, else their latest. 0 with `reason` (a
    /// sentence) when no mentor or no mentee has one of the addresses, or the two were never paired.
    qint64 pairingFor(const QStringList& emails, const QDate& date, QString* reason);

    /// The day an ended pairing ended; invalid while it is open.
    QDate pairingEnd(qint64 pairingId) const;

private:
    QList<qint64> idsWithEmail(const QString& table, const QString& email);

    QSqlDatabase m_db;
    QHash<QString, QList<qint64>> m_mentors;
    QHash<QString, QList<qint64>> m_mentees;
};

} // namespace mentordesk
