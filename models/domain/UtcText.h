// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace mentordesk {

/// A moment as the program stores it (touchpoints' scheduled_utc, done_utc, series anchors): UTC
/// to the second, "yyyy-MM-ddTHH:mm:ssZ", so that text order is time order; empty for an invalid
/// time. One definition for the calendar and the demo writer, which cannot depend on it.
inline QString utcText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

} // namespace mentordesk
