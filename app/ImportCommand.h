// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mentordesk {

/// `mentordesk import sellers|metrics FILE [--database F] [--profile NAME | --mapping FILE.json]
/// [--encoding E] [--delimiter D] [--on-duplicate skip|update] [--export-date YYYY-MM-DD]
/// [--dry-run] [--errors REPORT.csv]`: imports a CSV file without opening a window, reading it
/// exactly as the import wizard does (ImportSource, ColumnMapping, ImportEngine).
///
/// Exit codes: 0 when every row was imported; 1 when some rows were rejected (the rest is
/// imported); 2 when nothing was written (bad options, an unusable file or mapping, a refused
/// program, a failure, or Ctrl+C).
class ImportCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    /// `arguments` start with "import". Returns the process exit code.
    static int run(const QStringList& arguments);
};

} // namespace mentordesk
