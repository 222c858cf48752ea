// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace mentordesk {

/// One open program file: the connection, its dialect, and the checks and migrations that run
/// before anything else may touch the file.
///
/// Opening never damages a file it refuses: it is first inspected through a read-only
/// connection, and only a file that is empty or a MentorDesk program of this or an older
/// schema is opened for writing. Older schemas are snapshotted next to the file
/// (`VACUUM INTO`) and then migrated one version at a time, each in its own transaction.
class ProgramDatabase {
    Q_DECLARE_TR_FUNCTIONS(ProgramDatabase)
public:
    /// Marks a SQLite file as a MentorDesk program ("MDK1") in the header's application_id.
    static constexpr int kApplicationId = 0x4D444B31;

    enum class Outcome { Opened, Created, Migrated, Refused };

    ProgramDatabase();
    ~ProgramDatabase();
    ProgramDatabase(const ProgramDatabase&) = delete;
    ProgramDatabase& operator=(const ProgramDatabase&) = delete;

    /// Opens (or creates) the program file. `targetVersion` is for tests that need an older
    /// schema; 0 means the latest one.
    Outcome open(const QString& filePath, int targetVersion = 0);
    void close();

    bool isOpen() const;
    QString filePath() const { return m_filePath; }
    /// Why the last open() refused the file, as a sentence for the user.
    QString errorString() const { return m_error; }
    /// Path of the pre-migration snapshot written by the last open(), if any.
    QString snapshotPath() const { return m_snapshotPath; }
    int schemaVersion() const;

    QSqlDatabase connection() const;
    const SqlDialect& dialect() const { return *m_dialect; }

    /// Opens another connection to the same file for a worker thread; the caller must
    /// call QSqlDatabase::removeDatabase(name) when done.
    static bool openConnection(const QString& filePath, const QString& connectionName, QString* error);

    /// The schema version this build writes.
    static int latestSchemaVersion();

private:
    Outcome refuse(const QString& message);
    bool inspect(const QString& filePath, int* version);
    bool migrate(int fromVersion, int toVersion);

    QString m_connectionName;
    QString m_filePath;
    QString m_error;
    QString m_snapshotPath;
    std::unique_ptr<SqlDialect> m_dialect;
};

} // namespace mentordesk
