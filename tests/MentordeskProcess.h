// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Running the real `mentordesk` executable (MENTORDESK_EXECUTABLE) from a test, with settings and
// data folders of the test's own, and looking at the program files it wrote without changing them.

#include <QAtomicInt>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

struct MentordeskRun {
    int exitCode = -1; ///< -1 when the process crashed or timed out
    QString out;
    QString err;
};

/// The environment of a mentordesk process whose settings live in `folder`/config and whose
/// app-data folder is `folder`/data, so that a test neither reads nor changes the user's.
inline QProcessEnvironment mentordeskEnvironment(const QString& folder)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
    return environment;
}

inline MentordeskRun runMentordesk(const QString& folder, const QStringList& arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(mentordeskEnvironment(folder));
    process.start(QStringLiteral(MENTORDESK_EXECUTABLE), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

/// A read-only connection to a program file, for checking what a process left in it: opened with
/// SQLITE_OPEN_READONLY, so that looking never migrates, repairs or otherwise changes the file.
class ReadOnlyProgram {
public:
    explicit ReadOnlyProgram(const QString& path)
        : m_name(QStringLiteral("readonly-%1").arg(s_counter.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~ReadOnlyProgram()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyProgram(const ReadOnlyProgram&) = delete;
    ReadOnlyProgram& operator=(const ReadOnlyProgram&) = delete;

    bool isOpen() const { return m_open; }

    /// The first column of the first row, or a "<query failed: …>" text no check accepts.
    QVariant scalar(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql) && query.next())
            return query.value(0);
        return QVariant(QStringLiteral("<query failed: %1>").arg(query.lastError().text()));
    }

    /// The first column of every row.
    QStringList column(const QString& sql) const
    {
        QStringList values;
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql))
            return {QStringLiteral("<query failed: %1>").arg(query.lastError().text())};
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

private:
    static inline QAtomicInt s_counter;
    QString m_name;
    bool m_open = false;
};
