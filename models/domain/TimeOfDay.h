// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringView>

namespace mentordesk {

/// A time of day stored as minutes after midnight, 0–1440 (1440 being the end of the day, so that
/// working hours may run until midnight): working hours of sellers and mentors. Shown and read as
/// the user's language writes times ("09:00", "9:00 AM"); the import reads files with it too.
class TimeOfDay {
    Q_DECLARE_TR_FUNCTIONS(TimeOfDay)

public:
    static constexpr int kMinutesPerDay = 24 * 60;

    /// The outcome of reading a time: `minutes` when `problem` is empty, otherwise a sentence
    /// saying why the text is not read (never a guess).
    struct Reading {
        int minutes = -1;
        QString problem;
        bool ok() const { return problem.isEmpty(); }
    };

    /// The time as `locale` writes it; 1440 as the end of the day ("24:00", "12:00 AM").
    static QString format(int minutes, const QLocale& locale = QLocale());

    /// Reads "09:00", "9:00", "9.30", "17:30", "9am", "9:30 pm", "9 Uhr", "9h30", "24:00" and a
    /// plain number of minutes after midnight ("540") where it cannot be an hour: 1–24 could be
    /// either, and a number with a leading zero ("0930") or beyond 1440 ("1730") is a clock time
    /// without its colon, so these are refused with the form to write instead.
    static Reading parse(QStringView text, const QLocale& locale = QLocale());

    /// Midnight read (0) for a field whose range holds the end of the day but not its start (the
    /// end of working hours) is the end of the day, 1440: a 12-hour clock writes both as 12:00 AM.
    static int midnightInRange(int minutes, double minimum, double maximum)
    {
        return minutes == 0 && minimum > 0 && maximum >= kMinutesPerDay ? kMinutesPerDay : minutes;
    }
};

} // namespace mentordesk
