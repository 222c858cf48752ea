// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ICalendarEvent.h"

#include <QCoreApplication>

namespace mentordesk {

/// Reads the VEVENTs of an iCalendar file with libical as Outlook, Google Calendar, Apple Calendar
/// and Thunderbird write them: CRLF or LF lines, folded lines, TZIDs that are IANA names, Windows
/// zone names ("W. Europe Standard Time", mapped by QTimeZone) or names of the file's own
/// VTIMEZONE, times in UTC ('Z'), floating times (read in `floatingZone`, the program's zone) and
/// all-day dates.
class ICalendarReader {
    Q_DECLARE_TR_FUNCTIONS(ICalendarReader)
public:
    explicit ICalendarReader(const QTimeZone& floatingZone);

    /// The events of `text`; false with errorString() when it is not an iCalendar file at all.
    bool read(const QByteArray& text);
    const QVector<ICalendarEvent>& events() const { return m_events; }
    QString errorString() const { return m_error; }

    /// The Qt zone a TZID names: an IANA name (also at the end of a path such as Thunderbird's old
    /// "/mozilla.org/20050126_1/Europe/Berlin"), or a Windows zone name; invalid otherwise.
    static QTimeZone zoneNamed(const QString& tzid);

private:
    QTimeZone m_floatingZone;
    QVector<ICalendarEvent> m_events;
    QString m_error;
};

} // namespace mentordesk
