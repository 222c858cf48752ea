// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarExportCommand.h"

#include "calendar/ICalendarExport.h"
#include "files/OutputFileGuard.h"
#include "storage/ProgramDatabase.h"

#include <QFileInfo>

namespace mentordesk {

CalendarExportCommand::CalendarExportCommand()
    : Command({QStringLiteral("calendar"), QStringLiteral("export")},
              tr("write touchpoints as an iCalendar (.ics) file"),
              tr("Writes the touchpoints of the whole program, or of one mentor, cohort or mentee, over a range of "
                 "days as an iCalendar file that calendar applications open: one event per touchpoint and per "
                 "recurring series, each with the UID it keeps across exports."))
    , m_mentorOption(QStringLiteral("mentor"), tr("The touchpoints of this mentor (their mentor ID)."),
                     tr("external_id"))
    , m_cohortOption(QStringLiteral("cohort"), tr("The touchpoints and roundtables of this cohort."), tr("name"))
    , m_menteeOption(QStringLiteral("mentee"), tr("The touchpoints of this mentee (their seller ID)."),
                     tr("external_id"))
    , m_fromOption(QStringLiteral("from"), tr("The first day (YYYY-MM-DD); default: no limit."), tr("date"))
    , m_toOption(QStringLiteral("to"), tr("The last day (YYYY-MM-DD), included; default: no limit."), tr("date"))
    , m_zoneOption(QStringLiteral("time-zone"),
                   tr("The zone the days are read in and single touchpoints written in (an IANA name such as "
                      "Europe/Berlin); default: the program's."),
                   tr("zone"))
    , m_outOption(QStringLiteral("out"), tr("The .ics file to write."), tr("file.ics"))
{
    requireDatabase(tr("The program file to export from."),
                    tr("say which program to export from with --database FILE."));
    for (const QCommandLineOption& option :
         {m_mentorOption, m_cohortOption, m_menteeOption, m_fromOption, m_toOption, m_zoneOption, m_outOption})
        addOption(option);
}

bool CalendarExportCommand::readDate(const QCommandLineParser& parser, const QCommandLineOption& option,
                                     QDate* date) const
{
    if (!parser.isSet(option))
        return true;
    *date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (date->isValid())
        return true;
    refuse(
        tr("--%1 '%2' is not a date; write it as YYYY-MM-DD.").arg(option.names().constFirst(), parser.value(option)));
    return false;
}

bool CalendarExportCommand::readRequest(const QCommandLineParser& parser, ICalendarExportRequest* request) const
{
    const int scopes =
        int(parser.isSet(m_mentorOption)) + int(parser.isSet(m_cohortOption)) + int(parser.isSet(m_menteeOption));
    if (scopes > 1) {
        refuse(tr("give one of --mentor, --cohort and --mentee, or none for the whole program."));
        return false;
    }
    if (parser.isSet(m_mentorOption)) {
        request->scope = ICalendarScope::Mentor;
        request->name = parser.value(m_mentorOption);
    } else if (parser.isSet(m_cohortOption)) {
        request->scope = ICalendarScope::Cohort;
        request->name = parser.value(m_cohortOption);
    } else if (parser.isSet(m_menteeOption)) {
        request->scope = ICalendarScope::Mentee;
        request->name = parser.value(m_menteeOption);
    }
    if (!readDate(parser, m_fromOption, &request->from) || !readDate(parser, m_toOption, &request->to))
        return false;
    if (parser.isSet(m_zoneOption)) {
        request->zone = QTimeZone(parser.value(m_zoneOption).trimmed().toUtf8());
        if (!request->zone.isValid()) {
            refuse(tr("--time-zone '%1' is not a time zone; give an IANA name such as Europe/Berlin.")
                       .arg(parser.value(m_zoneOption)));
            return false;
        }
    }
    return true;
}

ExitCode CalendarExportCommand::execute(const QCommandLineParser& parser, const QStringList& positional)
{
    if (!positional.isEmpty())
        return refuse(tr("unexpected argument '%1'.").arg(positional.constFirst()));
    if (!parser.isSet(m_outOption))
        return refuse(tr("say where to write the calendar with --out FILE.ics."));
    if (!QFileInfo::exists(databasePath()))
        return refuse(tr("'%1' does not exist. Give the program file to export from.").arg(shown(databasePath())));
    ICalendarExportRequest request;
    if (!readRequest(parser, &request))
        return ExitCode::Unusable;
    ProgramDatabase database;
    if (database.open(databasePath()) == ProgramDatabase::Outcome::Refused)
        return refuse(database.errorString());
    const QString out = parser.value(m_outOption);
    OutputFileGuard guard;
    guard.protectProgram(databasePath());
    QString refused;
    if (!guard.allows(out, &refused))
        return refuse(refused);
    ICalendarExport exporter(database.connection());
    if (!exporter.write(request, out))
        return refuse(tr("%1 Nothing was written.").arg(exporter.errorString()));
    const int events = exporter.eventCount();
    const int touchpoints = exporter.touchpointCount();
    printLine(
        stdout,
        tr("Wrote %n event(s) holding %1 touchpoint(s) to %2.", nullptr, events).arg(touchpoints).arg(shown(out)));
    return ExitCode::Done;
}

} // namespace mentordesk
