// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QTime>
#include <QTimeZone>

namespace mentordesk {

class ProgramEditor;

/// How a new touchpoint repeats.
enum class TouchpointRepeat { None, Weekly, EveryTwoWeeks, Monthly };

/// A new touchpoint as the coordinator enters it: with whom, what, when (on the program's clock),
/// how it repeats and until when, and whether it is logged as done (a one-off in the past).
struct NewTouchpointValues {
    qint64 pairingId = 0;
    qint64 cohortId = 0;
    QString kind;
    QDate date;
    QTime time;
    int durationMinutes = -1;
    QString title;
    QString notes;
    TouchpointRepeat repeat = TouchpointRepeat::None;
    QDate until; ///< last date of a repeating touchpoint
    bool logDone = false;
    QTimeZone zone; ///< the program's clock, on which date and time are read
};

/// Creates what NewTouchpointValues describe as one undo step: a single touchpoint (marked done
/// too when logged), or a series whose rule is anchored in the mentor's zone (a cohort's in the
/// program's), so "every week at 10:00" stays at 10:00 where the mentor is.
class TouchpointPlan {
    Q_DECLARE_TR_FUNCTIONS(TouchpointPlan)
public:
    struct Created {
        qint64 touchpointId = 0; ///< the one-off, or the series' first occurrence
        qint64 seriesId = 0;
    };

    /// Nothing created (and `error` set with the editor's sentence) when refused.
    static Created create(ProgramEditor& editor, const NewTouchpointValues& values, QString* error);

    /// The RRULE value for `repeat` from the first local date `first` ("FREQ=WEEKLY;BYDAY=TU").
    static QString rule(TouchpointRepeat repeat, const QDate& first);
};

} // namespace mentordesk
