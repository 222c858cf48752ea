// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>
#include <QVariantList>

namespace mentordesk {

/// Which touchpoints a calendar view shows: a range of start times (UTC, the end excluded) and,
/// optionally, one mentor, mentee or cohort and some kinds and statuses. It becomes SQL that the
/// indexes answer: the range through touchpoints(scheduled_utc, status), a mentor or mentee
/// through pairings(mentor_id | mentee_id, …) and touchpoints(pairing_id, scheduled_utc), a
/// cohort through its roundtables (touchpoints(cohort_id, scheduled_utc)) and its members'
/// pairings. Shared by the item model, and by the export and the attention list to come.
struct TouchpointFilter {
    QDateTime fromUtc;
    QDateTime toUtc;
    qint64 mentorId = 0;  ///< 0: any.
    qint64 menteeId = 0;  ///< 0: any.
    qint64 cohortId = 0;  ///< 0: any; else its roundtables and its members' touchpoints.
    QStringList kinds;    ///< Codes of FieldId::TouchpointKind; empty: any.
    QStringList statuses; ///< Codes of FieldId::TouchpointStatus; empty: any.

    /// " WHERE …" over the touchpoints aliased `t`, its values appended to `values` in order.
    QString whereClause(QVariantList* values) const;

    bool operator==(const TouchpointFilter& other) const;
    bool operator!=(const TouchpointFilter& other) const { return !(*this == other); }
};

} // namespace mentordesk
