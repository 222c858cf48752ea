// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRegistry.h"

#include "AttentionCommand.h"
#include "CalendarExportCommand.h"
#include "CalendarImportCommand.h"
#include "GenerateCommand.h"
#include "ImportCommand.h"
#include "MatchCommand.h"
#include "MetricsCommand.h"

namespace mentordesk {

const std::vector<std::unique_ptr<Command>>& CommandRegistry::commands()
{
    static const std::vector<std::unique_ptr<Command>> all = [] {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(std::make_unique<GenerateCommand>());
        list.push_back(std::make_unique<ImportCommand>());
        list.push_back(std::make_unique<MatchCommand>());
        list.push_back(std::make_unique<CalendarExportCommand>());
        list.push_back(std::make_unique<CalendarImportCommand>());
        list.push_back(std::make_unique<AttentionCommand>());
        list.push_back(std::make_unique<MetricsCommand>());
        return list;
    }();
    return all;
}

Command* CommandRegistry::find(const QStringList& positional)
{
    Command* found = nullptr;
    for (const std::unique_ptr<Command>& command : commands()) {
        const QStringList& words = command->words();
        if (words.size() > positional.size() || positional.mid(0, words.size()) != words)
            continue;
        if (!found || words.size() > found->words().size())
            found = command.get();
    }
    return found;
}

} // namespace mentordesk
