// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace mentordesk {

/// The headless contract every command keeps (README, "Headless commands"): what its exit code
/// tells a script.
enum class ExitCode : int {
    Done = 0,             ///< done, nothing to report
    DoneWithWarnings = 1, ///< done, but rows were rejected or mentees unmatched; the summary says how many
    Unusable = 2,         ///< unusable input or options (or a failure); nothing was written
    Cancelled = 130,      ///< Ctrl+C or SIGTERM; nothing was written
};

/// One headless subcommand (`mentordesk import …`, `mentordesk calendar export …`): its name of
/// one or two words, its options, and its work. The base parses the command line, prints --help
/// and errors in one style ("mentordesk <name>: <sentence>"), checks --database, and turns the
/// outcome into the exit code; a subclass declares its options in its constructor and does its
/// work in execute(), thin over a core service in models/. After KeePassXC's src/cli/Command.
class Command {
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    /// The words that name the command, e.g. {"calendar", "export"}.
    const QStringList& words() const { return m_words; }
    QString name() const { return m_words.join(u' '); }
    /// One line for the list of commands in `mentordesk --help`.
    const QString& summary() const { return m_summary; }

    /// `arguments` are the positional words of the command line, the command's words first.
    /// Returns the process exit code.
    int run(const QStringList& arguments);

    /// Prints a line and flushes, so that lines from stdout and stderr keep their order.
    static void printLine(FILE* stream, const QString& text);
    /// A count for a %Ln form; counts beyond int are not expected, but must not wrap.
    static int plural(qint64 count);
    /// A path as the user's system writes it.
    static QString shown(const QString& path);
    static bool stderrIsTerminal();

protected:
    /// `description` opens the command's --help; the exit codes of the contract follow it.
    Command(const QStringList& words, const QString& summary, const QString& description);

    void addOption(const QCommandLineOption& option);
    void addPositionalArgument(const QString& name, const QString& description, const QString& syntax = QString());
    /// Declares --database (-d) and requires it: without it, run() prints `whenMissing` and returns
    /// ExitCode::Unusable. No command falls back to the program the window opened last.
    void requireDatabase(const QString& description, const QString& whenMissing);
    /// The absolute --database path, once run() checked it is there.
    const QString& databasePath() const { return m_databasePath; }

    /// The command's work, once the command line parsed and --database is there. `positional`
    /// holds the positional arguments after the command's words.
    virtual ExitCode execute(const QCommandLineParser& parser, const QStringList& positional) = 0;

    /// Prints "mentordesk <name>: <message>" to stderr.
    void printError(const QString& message) const;
    /// Prints the error and returns ExitCode::Unusable, for options refused before anything is written.
    ExitCode refuse(const QString& message) const;

private:
    struct Positional {
        QString name;
        QString description;
        QString syntax;
    };

    QStringList m_words;
    QString m_summary;
    QString m_description;
    QList<QCommandLineOption> m_options;
    QList<Positional> m_positionals;
    std::optional<QCommandLineOption> m_databaseOption;
    QString m_databaseMissing;
    QString m_databasePath;
};

} // namespace mentordesk
