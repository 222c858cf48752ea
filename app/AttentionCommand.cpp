// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttentionCommand.h"

#include "attention/AttentionList.h"
#include "attention/AttentionListText.h"
#include "calendar/CalendarTime.h"
#include "storage/ProgramDatabase.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>

namespace mentordesk {

AttentionCommand::AttentionCommand()
    : Command({QStringLiteral("attention")}, tr("print what needs attention on a day"),
              tr("Prints the \"Needs attention\" list: overdue pairings, trials ending or undecided, checklist items "
                 "due or late, missing feedback and pairs at risk, most urgent first. Dates are local dates in the "
                 "program's time zone unless --time-zone names another. Nothing is written."))
    , m_asOfOption(QStringLiteral("as-of"), tr("The day to look at (default: today in the time zone)."),
                   tr("YYYY-MM-DD"))
    , m_zoneOption(QStringLiteral("time-zone"),
                   tr("The IANA time zone dates are taken in, e.g. Europe/Berlin (default: the program's)."),
                   tr("zone"))
    , m_formatOption(QStringLiteral("format"), tr("text (aligned columns, the default) or csv."), tr("format"),
                     QStringLiteral("text"))
{
    requireDatabase(tr("The program file to read."), tr("say which program to read with --database FILE."));
    for (const QCommandLineOption& option : {m_asOfOption, m_zoneOption, m_formatOption})
        addOption(option);
}

ExitCode AttentionCommand::execute(const QCommandLineParser& parser, const QStringList& positional)
{
    if (!positional.isEmpty())
        return refuse(tr("unexpected argument '%1'.").arg(positional.constFirst()));
    const QString format = parser.value(m_formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return refuse(tr("'%1' is not a format; use --format text or --format csv.").arg(format));
    QDate asOf;
    if (parser.isSet(m_asOfOption)) {
        asOf = QDate::fromString(parser.value(m_asOfOption), Qt::ISODate);
        if (!asOf.isValid())
            return refuse(
                tr("'%1' is not a date; write it as YYYY-MM-DD, e.g. 2027-03-01.").arg(parser.value(m_asOfOption)));
    }
    const QString zoneName = parser.value(m_zoneOption);
    if (parser.isSet(m_zoneOption) && CalendarTime::resolve(zoneName, QTimeZone()).fellBack)
        return refuse(
            tr("'%1' is not a time zone name MentorDesk knows; use a name such as Europe/Berlin.").arg(zoneName));
    if (!QFileInfo::exists(databasePath()))
        return refuse(tr("'%1' does not exist. Give the program file to read.").arg(shown(databasePath())));

    ProgramDatabase database;
    if (database.open(databasePath()) == ProgramDatabase::Outcome::Refused)
        return refuse(database.errorString());
    const QTimeZone zone = parser.isSet(m_zoneOption) ? QTimeZone(zoneName.trimmed().toUtf8())
                                                      : CalendarTime::programZone(database.connection());
    if (!asOf.isValid())
        asOf = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();

    AttentionList list(database.connection(), zone);
    const auto items = list.compute(asOf);
    if (!items)
        return refuse(tr("the attention list could not be read: %1").arg(list.errorString()));
    const QStringList lines =
        format == QLatin1String("csv") ? AttentionListText::csvLines(*items) : AttentionListText::textLines(*items);
    for (const QString& line : lines)
        printLine(stdout, line);
    return items->isEmpty() ? ExitCode::Done : ExitCode::DoneWithWarnings;
}

} // namespace mentordesk
