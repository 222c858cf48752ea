// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include <QDir>
#include <QFileInfo>

#include <climits>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace mentordesk {

Command::Command(const QStringList& words, const QString& summary, const QString& description)
    : m_words(words)
    , m_summary(summary)
    , m_description(description)
{
}

Command::~Command() = default;

void Command::addOption(const QCommandLineOption& option)
{
    m_options.append(option);
}

void Command::addPositionalArgument(const QString& name, const QString& description, const QString& syntax)
{
    m_positionals.append({name, description, syntax});
}

void Command::requireDatabase(const QString& description, const QString& whenMissing)
{
    m_databaseOption.emplace(QStringList{QStringLiteral("d"), QStringLiteral("database")}, description, tr("file"));
    m_databaseMissing = whenMissing;
}

int Command::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("%1\n\nExit code 0: done; 1: done with warnings (the summary says how many); 2: unusable input or "
           "options, nothing was written; 130: cancelled, nothing was written.")
            .arg(m_description));
    parser.addHelpOption();
    if (m_databaseOption)
        parser.addOption(*m_databaseOption);
    parser.addOptions(m_options);
    parser.addPositionalArgument(name(), tr("The command."));
    for (const Positional& positional : std::as_const(m_positionals))
        parser.addPositionalArgument(positional.name, positional.description, positional.syntax);

    // The parser takes its first argument for the program's name: the command's name is that.
    const QStringList own = arguments.mid(m_words.size());
    if (!parser.parse(QStringList{name()} + own))
        return int(refuse(tr("%1 Run 'mentordesk %2 --help'.").arg(parser.errorText(), name())));
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return int(ExitCode::Done);
    }
    m_databasePath.clear();
    if (m_databaseOption) {
        if (!parser.isSet(*m_databaseOption))
            return int(refuse(m_databaseMissing));
        m_databasePath = QFileInfo(parser.value(*m_databaseOption)).absoluteFilePath();
    }
    return int(execute(parser, parser.positionalArguments()));
}

void Command::printLine(FILE* stream, const QString& text)
{
    std::fprintf(stream, "%s\n", qPrintable(text));
    std::fflush(stream);
}

int Command::plural(qint64 count)
{
    return int(qMin<qint64>(count, INT_MAX));
}

QString Command::shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool Command::stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

void Command::printError(const QString& message) const
{
    printLine(stderr, tr("mentordesk %1: %2").arg(name(), message));
}

ExitCode Command::refuse(const QString& message) const
{
    printError(message);
    return ExitCode::Unusable;
}

} // namespace mentordesk
