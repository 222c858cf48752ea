// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCommandLineOption>

namespace mentordesk {

struct ICalendarExportRequest;

/// `mentordesk calendar export --database F [--mentor EXTERNAL_ID | --cohort NAME | --mentee
/// EXTERNAL_ID] [--from DATE] [--to DATE] [--time-zone Z] --out FILE.ics`: writes the touchpoints
/// of the whole program, or of one mentor, cohort or mentee, as an iCalendar file through
/// ICalendarExport, as File ▸ Export Calendar… does.
///
/// Exit codes: 0 written; 2 nothing written (an unknown mentor, cohort or mentee, a --from after
/// --to, a date or zone that cannot be read, a file that cannot be written).
class CalendarExportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(CalendarExportCommand)
public:
    CalendarExportCommand();

protected:
    ExitCode execute(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    bool readRequest(const QCommandLineParser& parser, ICalendarExportRequest* request) const;
    bool readDate(const QCommandLineParser& parser, const QCommandLineOption& option, QDate* date) const;

    QCommandLineOption m_mentorOption;
    QCommandLineOption m_cohortOption;
    QCommandLineOption m_menteeOption;
    QCommandLineOption m_fromOption;
    QCommandLineOption m_toOption;
    QCommandLineOption m_zoneOption;
    QCommandLineOption m_outOption;
};

} // namespace mentordesk
