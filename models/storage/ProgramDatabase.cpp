// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramDatabase.h"

#include "SqliteDialect.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <QRegularExpression>
#include <QUrl>
#include <sqlite3.h>

#include <atomic>

namespace mentordesk {

namespace {

constexpr int kBusyTimeoutMs = 5000;
/// Files up to this size get a whole PRAGMA quick_check on every open (see inspect()).
constexpr qint64 kWholeCheckBytes = 256LL * 1024 * 1024;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("mentordesk-%1").arg(++counter);
}

bool execAll(QSqlDatabase& db, const QStringList& statements, QString* error)
{
    QSqlQuery query(db);
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QVariant scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (query.exec(sql) && query.next())
        return query.value(0);
    return {};
}

/// The tables a migration step drops (to rebuild them, as SQLite changes a CHECK).
QStringList droppedTables(const QStringList& statements)
{
    static const QRegularExpression drop(QStringLiteral(R"(^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(\w+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList tables;
    for (const QString& statement : statements)
        if (const QRegularExpressionMatch match = drop.match(statement); match.hasMatch())
            tables << match.captured(1);
    return tables;
}

/// Whether every row that refers to one of `tables` (rebuilt under their names) still finds the
/// row it refers to; if not, `error` names the first that does not. Only the referring tables are
/// checked, not the whole program (its touchpoints, pairings and audit log).
bool foreignKeysIntact(QSqlDatabase& db, const QStringList& tables, QString* error)
{
    QSqlQuery referring(db);
    if (!referring.exec(QStringLiteral("SELECT DISTINCT m.name, f.\"table\" FROM sqlite_master m, "
                                       "pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"))) {
        *error = referring.lastError().text();
        return false;
    }
    QStringList children;
    while (referring.next())
        if (tables.contains(referring.value(1).toString(), Qt::CaseInsensitive))
            children << referring.value(0).toString();
    children.removeDuplicates();
    for (const QString& child : std::as_const(children)) {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check(\"%1\")").arg(child))) {
            *error = check.lastError().text();
            return false;
        }
        if (check.next()) {
            *error = ProgramDatabase::tr("a row of %1 refers to a row of %2 that does not exist")
                         .arg(check.value(0).toString(), check.value(2).toString());
            return false;
        }
    }
    return true;
}

/// md_fold(text): Unicode case folding, so that short searches (which cannot use the trigram
/// index) match "Ö" and "ö" alike; SQLite's own LIKE folds ASCII letters only.
void foldCase(sqlite3_context* context, int, sqlite3_value** arguments)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray folded = QString::fromUtf8(text, sqlite3_value_bytes(arguments[0])).toCaseFolded().toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

bool registerFunctions(QSqlDatabase& db, QString* error)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !handle.isValid()) {
        *error = QStringLiteral("the SQLite driver gave no connection handle");
        return false;
    }
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.data());
    if (sqlite3_create_function_v2(connection, "md_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, foldCase,
                                   nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(connection));
        return false;
    }
    return true;
}

bool configureConnection(QSqlDatabase& db, QString* error)
{
    if (!registerFunctions(db, error))
        return false;
    // foreign_keys is off by default in SQLite and is per connection, so every connection sets it.
    // A 64 MB page cache (SQLite's default is 2 MB): at marketplace scale the indexes the calendar
    // and the attention list seek in are hundreds of megabytes, and with 2 MB every refresh read
    // its pages from the operating system again (the attention list took 1.3 s instead of 0.3 s).
    // Pages are allocated as they are read, so a small program never uses it all.
    return execAll(db,
                   {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
                    QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA cache_size = -65536")},
                   error);
}

} // namespace

ProgramDatabase::ProgramDatabase()
    : m_connectionName(nextConnectionName())
    , m_dialect(std::make_unique<SqliteDialect>())
{
}

ProgramDatabase::~ProgramDatabase()
{
    close();
}

int ProgramDatabase::latestSchemaVersion()
{
    return SqliteDialect().latestSchemaVersion();
}

void ProgramDatabase::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool ProgramDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase ProgramDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int ProgramDatabase::schemaVersion() const
{
    QSqlDatabase db = connection();
    return scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

ProgramDatabase::Outcome ProgramDatabase::refuse(const QString& message)
{
    close();
    m_error = message;
    return Outcome::Refused;
}

bool ProgramDatabase::inspect(const QString& filePath, int* version)
{
    *version = 0;
    const QFileInfo info(filePath);
    if (!info.exists() || info.size() == 0)
        return true;

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("MentorDesk cannot read “%1”: %2. Check that the file is readable and try again.")
                      .arg(filePath, file.errorString());
        return false;
    }
    static const QByteArray sqliteMagic("SQLite format 3\0", 16);
    if (file.read(16) != sqliteMagic) {
        m_error = tr("“%1” is not a MentorDesk program: it is not a database file. Choose a program file "
                     "(*.mentordesk); this file was left unchanged.")
                      .arg(filePath);
        return false;
    }
    file.close();

    // A read-only connection to a WAL-mode file still creates -wal and -shm files next to it and
    // cannot remove them on close. Unless a writer or a crash left a journal behind, the main file
    // holds everything, so it is read as immutable and a refused file gets no companions.
    QString databaseName = filePath;
    QString options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (!QFileInfo::exists(filePath + QStringLiteral("-wal")) &&
        !QFileInfo::exists(filePath + QStringLiteral("-journal"))) {
        databaseName =
            QUrl::fromLocalFile(filePath).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro&immutable=1");
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    }

    const QString inspector = m_connectionName + QStringLiteral("-inspect");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), inspector);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(options);
        if (!db.open()) {
            m_error = tr("MentorDesk cannot open “%1”: %2.").arg(filePath, db.lastError().text());
        } else {
            // PRAGMA quick_check reads every page: a second per few hundred megabytes. A file
            // that is about to be upgraded, or a small one, is checked whole; a large one at the
            // current version (a marketplace program of gigabytes) is not on every open, as SQLite
            // reports a damaged page when a statement reads it and the refusal says so then.
            const int userVersion = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
            const bool wholeCheck =
                QFileInfo(filePath).size() <= kWholeCheckBytes || userVersion < latestSchemaVersion();
            QSqlQuery check(db);
            QStringList problems;
            if (check.exec(wholeCheck ? QStringLiteral("PRAGMA quick_check")
                                      : QStringLiteral("SELECT 'ok' FROM sqlite_master LIMIT 1"))) {
                while (check.next())
                    problems << check.value(0).toString();
                if (!wholeCheck && problems.isEmpty())
                    problems << QStringLiteral("the file has no schema");
            } else {
                problems << check.lastError().text();
            }
            if (problems != QStringList{QStringLiteral("ok")}) {
                m_error = tr("“%1” is damaged and cannot be opened (%2). Restore it from a backup or a snapshot "
                             "next to it; the file was left unchanged.")
                              .arg(filePath, problems.mid(0, 3).join(QStringLiteral("; ")));
            } else {
                const int applicationId = scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
                const int objects = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
                if (applicationId != kApplicationId && (objects > 0 || userVersion != 0)) {
                    m_error = tr("“%1” is a database of another application, not a MentorDesk program. Choose a "
                                 "program file (*.mentordesk); this file was left unchanged.")
                                  .arg(filePath);
                } else if (userVersion > latestSchemaVersion()) {
                    m_error = tr("“%1” was saved by a newer version of MentorDesk (program format %2; this version "
                                 "reads up to %3). Install the latest MentorDesk to open it; the file was left "
                                 "unchanged.")
                                  .arg(filePath, QString::number(userVersion), QString::number(latestSchemaVersion()));
                } else {
                    *version = userVersion;
                    ok = true;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(inspector);
    return ok;
}

ProgramDatabase::Outcome ProgramDatabase::open(const QString& filePath, int targetVersion)
{
    close();
    m_error.clear();
    m_snapshotPath.clear();
    m_filePath = QFileInfo(filePath).absoluteFilePath();
    if (targetVersion <= 0)
        targetVersion = latestSchemaVersion();

    int version = 0;
    if (!inspect(m_filePath, &version))
        return refuse(m_error);

    const QDir directory = QFileInfo(m_filePath).absoluteDir();
    if (!directory.exists() && !QDir().mkpath(directory.absolutePath()))
        return refuse(tr("MentorDesk cannot create the folder “%1”. Choose another location for the program.")
                          .arg(directory.absolutePath()));

    // refuse() removes the connection, so no handle to it may be alive when it is called.
    QString error;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open())
            failure = tr("MentorDesk cannot open “%1”: %2.").arg(m_filePath, db.lastError().text());
    }
    if (!failure.isEmpty())
        return refuse(failure);

    // The safety copy comes before anything (even the journal mode) changes the file.
    if (version > 0 && version < targetVersion) {
        m_snapshotPath = QStringLiteral("%1/%2.v%3-%4.backup.mentordesk")
                             .arg(directory.absolutePath(), QFileInfo(m_filePath).completeBaseName())
                             .arg(version)
                             .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QFile::remove(m_snapshotPath);
        {
            QSqlQuery snapshot(connection());
            if (!snapshot.exec(m_dialect->snapshotStatement(m_snapshotPath)))
                failure = tr("MentorDesk could not save a safety copy of “%1” before upgrading it (%2). Free "
                             "some disk space and try again; the program was left unchanged.")
                              .arg(m_filePath, snapshot.lastError().text());
        }
        if (!failure.isEmpty())
            return refuse(failure);
    }
    {
        QSqlDatabase db = connection();
        if (!configureConnection(db, &error))
            failure = tr("MentorDesk cannot prepare “%1”: %2.").arg(m_filePath, error);
    }
    if (!failure.isEmpty())
        return refuse(failure);
    if (version >= targetVersion)
        return Outcome::Opened;
    if (!migrate(version, targetVersion))
        return refuse(m_error);
    return version == 0 ? Outcome::Created : Outcome::Migrated;
}

bool ProgramDatabase::migrate(int fromVersion, int toVersion)
{
    QSqlDatabase db = connection();
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        QString error;
        QStringList statements = m_dialect->migrationStatements(version);
        if (version == 1) {
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            statements << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)
                       << QStringLiteral("INSERT INTO program_info(key, value) VALUES ('created_utc', '%1')").arg(now);
        }
        statements << QStringLiteral("PRAGMA user_version = %1").arg(version);
        const QStringList rebuilt = droppedTables(statements);
        const bool rebuildsTables = !rebuilt.isEmpty();
        // Dropping a table others refer to deletes its rows first while foreign keys are on, and
        // the copy renamed in its place does not make up for that; foreign keys cannot be switched
        // inside a transaction, so such a step runs with them off and must leave none broken.
        if (rebuildsTables && !execAll(db, {QStringLiteral("PRAGMA foreign_keys = OFF")}, &error))
            return (m_error = error, false);
        const bool done = db.transaction() && execAll(db, statements, &error) &&
                          (!rebuildsTables || foreignKeysIntact(db, rebuilt, &error)) && db.commit();
        if (!done) {
            if (error.isEmpty())
                error = db.lastError().text();
            db.rollback();
        }
        QString restoreError;
        if (rebuildsTables && !execAll(db, {QStringLiteral("PRAGMA foreign_keys = ON")}, &restoreError))
            return (m_error = restoreError, false);
        if (!done) {
            // Each step is its own transaction: the failed one left nothing, earlier ones stay.
            m_error = m_snapshotPath.isEmpty()
                          ? tr("MentorDesk could not create the program “%1” (program format %2: %3). Check that the "
                               "disk has space and the folder is writable, then try again.")
                                .arg(m_filePath, QString::number(version), error)
                          : tr("MentorDesk could not upgrade “%1” to program format %2 (%3); the file is at "
                               "program format %4, and a safety copy of the original is at “%5”.")
                                .arg(m_filePath, QString::number(version), error, QString::number(version - 1),
                                     m_snapshotPath);
            return false;
        }
    }
    return true;
}

bool ProgramDatabase::openConnection(const QString& filePath, const QString& connectionName, QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return configureConnection(db, error);
}

} // namespace mentordesk
