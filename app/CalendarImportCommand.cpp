// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarImportCommand.h"

#include "calendar/ICalendarImport.h"
#include "editing/ProgramEditor.h"
#include "settings/CurrentActor.h"
#include "storage/ProgramDatabase.h"

#include <QFileInfo>

namespace mentordesk {

CalendarImportCommand::CalendarImportCommand()
    : Command({QStringLiteral("calendar"), QStringLiteral("import")},
              tr("read touchpoints from an iCalendar (.ics) file"),
              tr("Reads an iCalendar file (from Outlook, Google Calendar, Apple Calendar, Thunderbird or "
                 "MentorDesk) and matches each event to a touchpoint by its UID, else to a pairing by the mentor's "
                 "and mentee's e-mail addresses and its start; updates the touchpoints it matches and adds the "
                 "others, in one step. Events it cannot place are listed with the reason."))
    , m_dryRunOption(QStringLiteral("dry-run"), tr("Say what the import would do, but change nothing."))
{
    addPositionalArgument(QStringLiteral("file.ics"), tr("The calendar file to import."));
    requireDatabase(tr("The program file to import into."),
                    tr("say which program to import into with --database FILE."));
    addOption(m_dryRunOption);
}

void CalendarImportCommand::printPlan(const ICalendarImportPlan& plan)
{
    for (const ICalendarImportLine& line : plan.changes)
        printLine(stdout, tr("%1: %2").arg(line.event, line.detail));
    for (const ICalendarImportLine& line : plan.unplaced)
        printLine(stderr, tr("Not imported: %1: %2").arg(line.event, line.detail));
    const int unplaced = plan.unplaced.size();
    printLine(stdout, tr("%1 added, %2 updated, %3 unchanged, %n not placed.", nullptr, unplaced)
                          .arg(plan.added)
                          .arg(plan.updated)
                          .arg(plan.unchanged));
}

ExitCode CalendarImportCommand::execute(const QCommandLineParser& parser, const QStringList& positional)
{
    if (positional.isEmpty())
        return refuse(tr("say which calendar file to import, for example: mentordesk calendar import FILE.ics "
                         "--database PROGRAM."));
    if (positional.size() > 1)
        return refuse(tr("unexpected argument '%1'.").arg(positional.at(1)));
    if (!QFileInfo::exists(databasePath()))
        return refuse(tr("'%1' does not exist. Give the program file to import into.").arg(shown(databasePath())));
    ProgramDatabase database;
    if (database.open(databasePath()) == ProgramDatabase::Outcome::Refused)
        return refuse(database.errorString());
    ProgramEditor editor(database.connection(), currentActor());
    ICalendarImport importer(editor);
    if (!importer.read(positional.constFirst()))
        return refuse(tr("%1 Nothing was imported.").arg(importer.errorString()));
    printPlan(importer.plan());
    if (parser.isSet(m_dryRunOption)) {
        printLine(stdout, tr("Dry run: the program was not changed."));
    } else if (!importer.apply()) {
        return refuse(importer.errorString());
    }
    return importer.plan().unplaced.isEmpty() ? ExitCode::Done : ExitCode::DoneWithWarnings;
}

} // namespace mentordesk
