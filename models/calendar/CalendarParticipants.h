// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

namespace mentordesk {

/// Whom a new touchpoint can be with: an open pairing (trial or active) or a cohort (for its
/// roundtables), labelled as the calendar's "With" choice shows them.
struct ParticipantChoice {
    qint64 pairingId = 0;  ///< set for a pairing
    qint64 cohortId = 0;   ///< set for a cohort
    QString label;         ///< "Mentor – Mentee (S123)" or the cohort's name
    QDate from;            ///< the pairing's start, the cohort's start
    QDate until;           ///< the cohort's end; invalid when open
    int roundtableDay = 0; ///< the cohort's day of the month for roundtables, 0 when not set
};

/// Reads the choices for the new-touchpoint dialog.
class CalendarParticipants {
    Q_DECLARE_TR_FUNCTIONS(CalendarParticipants)
public:
    /// Open pairings by mentor and mentee name, then cohorts by name. Empty, with `error` set,
    /// when the program cannot be read.
    static QVector<ParticipantChoice> load(QSqlDatabase db, QString* error);
};

} // namespace mentordesk
