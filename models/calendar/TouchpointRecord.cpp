// SPDX-License-Identifier: GPL-3.0-or-later
#include "TouchpointRecord.h"

namespace mentordesk {

bool TouchpointRecord::operator==(const TouchpointRecord& other) const
{
    return id == other.id && pairingId == other.pairingId && cohortId == other.cohortId && kind == other.kind &&
           status == other.status && scheduledUtc == other.scheduledUtc && durationMinutes == other.durationMinutes &&
           title == other.title && notes == other.notes && uid == other.uid && seriesId == other.seriesId &&
           recurrenceUtc == other.recurrenceUtc && doneUtc == other.doneUtc && sequence == other.sequence;
}

bool TouchpointSeriesRecord::operator==(const TouchpointSeriesRecord& other) const
{
    return id == other.id && uid == other.uid && pairingId == other.pairingId && cohortId == other.cohortId &&
           kind == other.kind && title == other.title && notes == other.notes && rrule == other.rrule &&
           timeZone == other.timeZone && firstDate == other.firstDate && firstTime == other.firstTime &&
           untilDate == other.untilDate && durationMinutes == other.durationMinutes;
}

} // namespace mentordesk
