// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

/// Where the demo program lives and how it comes to be.
class DemoProgramFile {
    Q_DECLARE_TR_FUNCTIONS(DemoProgramFile)
public:
    /// The demo program's file in the platform's app-data folder.
    static QString defaultPath();
    /// The default program file for a new user (next to the demo).
    static QString defaultProgramFolder();

    /// Makes sure `filePath` holds the demo program: creates it when missing, leaves an
    /// existing file alone (refusing it if it is not a MentorDesk program). With `recreate`,
    /// an existing demo program is replaced by a fresh one (never a file that is not a demo).
    static bool ensure(const QString& filePath, bool recreate, QString* error);
};

} // namespace mentordesk
