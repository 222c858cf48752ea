// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mentordesk {

class Command;

/// What the user asked for on the command line.
struct CommandLineRequest {
    enum class Kind { OpenWindow, RunCommand, Exit };
    Kind kind = Kind::OpenWindow;
    int exitCode = 0;
    QString database; ///< --database FILE, absolute, or empty.
    bool demo = false;
    QString screenshot;         ///< --screenshot FILE: save the window as an image and quit (for the docs).
    int workspace = -1;         ///< --workspace N: which workspace to show first (0 sellers, 1 mentors, 2 cohorts).
    Command* command = nullptr; ///< The headless command to run (RunCommand), from CommandRegistry.
    QStringList arguments;      ///< The command's positional words, its name first (RunCommand).
};

/// The GUI's command line: `mentordesk [--database FILE] [--demo]`, plus the headless commands of
/// CommandRegistry (`generate`, `import`; `match` and `report` arrive in later versions).
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static CommandLineRequest parse(const QStringList& arguments);
};

} // namespace mentordesk
