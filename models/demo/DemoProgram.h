// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace mentordesk {

/// The demo program offered on first start: the seller-mentorship program of a handmade & home
/// marketplace with a year of history, so that every workspace and dashboard has something true
/// to show. 640 sellers in ten categories, 60 mentors, five cohorts, their pairings, touchpoints,
/// checklists and feedback, and monthly metric snapshots for the last twelve months (from sign-up
/// on for sellers who joined the marketplace within the year). Mentees improve faster after their
/// first pairing than prospects of the same category do.
class DemoProgram {
public:
    /// Fills an empty, freshly migrated program database with the demo program. Deterministic:
    /// the same `today` always gives byte-identical content. Everything is written in one
    /// transaction; on failure nothing is kept and `*error` says why.
    static bool populate(QSqlDatabase db, const QDate& today, QString* error);
};

} // namespace mentordesk
