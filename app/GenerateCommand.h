// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mentordesk {

/// `mentordesk generate --database FILE [--sellers N] [--mentors M] [--touchpoints T]`:
/// builds a marketplace-scale program file (for benchmarks) without opening a window.
class GenerateCommand {
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)
public:
    /// `arguments` start with "generate". Returns the process exit code.
    static int run(const QStringList& arguments);
};

} // namespace mentordesk
