// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCommandLineOption>

namespace mentordesk {

struct ICalendarImportPlan;

/// `mentordesk calendar import FILE.ics --database F [--dry-run]`: reads an iCalendar file from
/// any calendar application and, through ICalendarImport as File ▸ Import Calendar… does, updates
/// the touchpoints it matches and adds the others to their pairings, all in one audited step;
/// prints what it changes and each event it cannot place, with the reason.
///
/// Exit codes: 0 every event placed; 1 done, but some events could not be placed; 2 nothing
/// written (no such file, not a calendar, the program refused the step).
class CalendarImportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(CalendarImportCommand)
public:
    CalendarImportCommand();

protected:
    ExitCode execute(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    static void printPlan(const ICalendarImportPlan& plan);

    QCommandLineOption m_dryRunOption;
};

} // namespace mentordesk
