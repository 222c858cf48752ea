// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace mentordesk {

/// The headless commands, found by name: `mentordesk --help` lists them, and the command line's
/// first one or two positional words pick one. A new command is one line in commands().
class CommandRegistry {
public:
    /// Every command, in the order `mentordesk --help` lists them. Built on first use, after the
    /// translators are installed, since the commands' texts are translated when they are built.
    static const std::vector<std::unique_ptr<Command>>& commands();
    /// The command named by the first words of `positional` (two-word names win over one-word
    /// ones), or nullptr.
    static Command* find(const QStringList& positional);
};

} // namespace mentordesk
