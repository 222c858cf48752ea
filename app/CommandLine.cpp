// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "CommandRegistry.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

namespace mentordesk {

namespace {

void printError(const QString& message)
{
    std::fprintf(stderr, "mentordesk: %s\n", qPrintable(message));
}

/// The program's description in --help, with the list of the headless commands.
QString commandsDescription()
{
    QStringList lines{CommandLine::tr("MentorDesk — the desk for marketplace seller-mentorship programs."), QString(),
                      CommandLine::tr("Commands (run without a window; see 'mentordesk COMMAND --help'):")};
    for (const std::unique_ptr<Command>& command : CommandRegistry::commands())
        lines << QStringLiteral("  %1  %2").arg(command->name(), -10).arg(command->summary());
    return lines.join(u'\n');
}

} // namespace

CommandLineRequest CommandLine::parse(const QStringList& arguments)
{
    CommandLineRequest request;
    QCommandLineParser parser;
    parser.setApplicationDescription(commandsDescription());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringList{QStringLiteral("d"), QStringLiteral("database")},
                                            tr("Open the program file <file>."), tr("file"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Open a fresh copy of the demo program (created from a fixed seed)."));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        tr("Save the window as an image <file> once shown, then quit."), tr("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        tr("Show workspace <n> first (0 sellers, 1 mentors, 2 cohorts, 3 calendar, 4 needs attention, 5 resources)."),
        tr("n"));
    workspaceOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // Qt's own window options (-platform offscreen, -style fusion, …) are for QApplication, which
    // reads them later; they are accepted here so that they are not refused as unknown.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const char* name : {"platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
                             "qwindowicon", "qwindowtitle", "style", "stylesheet", "session", "display", "geometry"}) {
        QCommandLineOption qtOption(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        qtOption.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtOption);
    }
    for (const char* name : {"reverse", "widgetcount", "nograb", "dograb", "sync"}) {
        QCommandLineOption qtFlag(QString::fromLatin1(name));
        qtFlag.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtFlag);
    }
    parser.addOption(databaseOption);
    parser.addOption(demoOption);
    parser.addOption(screenshotOption);
    parser.addOption(workspaceOption);
    parser.addPositionalArgument(QStringLiteral("command"), tr("Optional command, see the list above."),
                                 QStringLiteral("[command]"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    if (!parser.parse(arguments)) {
        printError(tr("%1 Run 'mentordesk --help' for the options.").arg(parser.errorText()));
        request.kind = CommandLineRequest::Kind::Exit;
        request.exitCode = int(ExitCode::Unusable);
        return request;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        request.kind = CommandLineRequest::Kind::Exit;
        return request;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        request.kind = CommandLineRequest::Kind::Exit;
        return request;
    }

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (Command* command = CommandRegistry::find(positional)) {
            request.kind = CommandLineRequest::Kind::RunCommand;
            request.command = command;
            request.arguments = positional;
            return request;
        }
        const QString command = positional.constFirst();
        if (command == QLatin1String("report"))
            printError(tr("'%1' is not available in this version of MentorDesk yet.").arg(command));
        else
            printError(tr("Unknown command '%1'. Run 'mentordesk --help' for the commands.").arg(command));
        request.kind = CommandLineRequest::Kind::Exit;
        request.exitCode = int(ExitCode::Unusable);
        return request;
    }

    request.demo = parser.isSet(demoOption);
    request.screenshot = parser.value(screenshotOption);
    request.workspace = parser.isSet(workspaceOption) ? parser.value(workspaceOption).toInt() : -1;
    if (parser.isSet(databaseOption)) {
        if (request.demo) {
            printError(tr("--demo and --database cannot be used together: the demo has its own file."));
            request.kind = CommandLineRequest::Kind::Exit;
            request.exitCode = int(ExitCode::Unusable);
            return request;
        }
        const QFileInfo file(parser.value(databaseOption));
        if (!file.exists()) {
            printError(tr("There is no program file at '%1'. Check the path, or start MentorDesk without --database "
                          "and choose File > New Program.")
                           .arg(file.absoluteFilePath()));
            request.kind = CommandLineRequest::Kind::Exit;
            request.exitCode = int(ExitCode::Unusable);
            return request;
        }
        request.database = file.absoluteFilePath();
    }
    return request;
}

} // namespace mentordesk
