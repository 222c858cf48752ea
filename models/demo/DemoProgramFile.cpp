// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoProgramFile.h"

#include "DemoProgram.h"
#include "storage/ProgramDatabase.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>

namespace mentordesk {

QString DemoProgramFile::defaultProgramFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DemoProgramFile::defaultPath()
{
    return QDir(defaultProgramFolder()).filePath(QStringLiteral("Demo program.mentordesk"));
}

bool DemoProgramFile::ensure(const QString& filePath, bool recreate, QString* error)
{
    if (QFileInfo::exists(filePath)) {
        ProgramDatabase existing;
        if (existing.open(filePath) == ProgramDatabase::Outcome::Refused) {
            *error = existing.errorString();
            return false;
        }
        bool isDemo = false;
        {
            QSqlQuery query(existing.connection());
            isDemo = query.exec(QStringLiteral("SELECT value FROM program_info WHERE key = 'demo'")) && query.next() &&
                     query.value(0).toString() == QLatin1String("1");
        }
        existing.close();
        if (!recreate)
            return true;
        if (!isDemo) {
            *error = tr("“%1” is a real program, not the demo; MentorDesk will not replace it. Choose another file "
                        "for the demo.")
                         .arg(filePath);
            return false;
        }
        // Build the fresh demo next to the old one and swap, so a failure keeps the old demo.
    }

    const QString building = filePath + QStringLiteral(".new");
    for (const QString& leftover : {building, building + QStringLiteral("-wal"), building + QStringLiteral("-shm")})
        QFile::remove(leftover);
    {
        ProgramDatabase database;
        if (database.open(building) == ProgramDatabase::Outcome::Refused) {
            *error = database.errorString();
            return false;
        }
        if (!DemoProgram::populate(database.connection(), QDate::currentDate(), error)) {
            database.close();
            QFile::remove(building);
            return false;
        }
        // Fold the write-ahead log into the file so that it can be renamed on its own.
        QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        database.close();
    }
    for (const QString& old : {filePath, filePath + QStringLiteral("-wal"), filePath + QStringLiteral("-shm")})
        QFile::remove(old);
    if (!QFile::rename(building, filePath)) {
        *error = tr("The demo program could not be saved as “%1”. Check that the folder is writable.").arg(filePath);
        return false;
    }
    return true;
}

} // namespace mentordesk
