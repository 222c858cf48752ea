// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace mentordesk {

/// A nested transaction: it joins the caller's open transaction (and stands or falls with it)
/// or, when none is open, is a transaction of its own. Rolls back unless released, so every early
/// return of a failing write leaves the program as it was. SqlTransaction cannot nest, which
/// writers that promise to join their caller's transaction need.
class SqlSavepoint {
public:
    SqlSavepoint(QSqlDatabase db, QString name)
        : m_db(std::move(db))
        , m_name(std::move(name))
    {
        QSqlQuery query(m_db);
        m_active = query.exec(QStringLiteral("SAVEPOINT %1").arg(m_name));
        if (!m_active)
            m_error = query.lastError().databaseText();
    }
    ~SqlSavepoint()
    {
        if (!m_active)
            return;
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK TO %1").arg(m_name));
        query.exec(QStringLiteral("RELEASE %1").arg(m_name));
    }
    SqlSavepoint(const SqlSavepoint&) = delete;
    SqlSavepoint& operator=(const SqlSavepoint&) = delete;

    bool isActive() const { return m_active; }
    /// Keeps the changes (commits them when the savepoint was the outermost transaction).
    bool release()
    {
        QSqlQuery query(m_db);
        if (m_active && query.exec(QStringLiteral("RELEASE %1").arg(m_name))) {
            m_active = false;
            return true;
        }
        m_error = query.lastError().databaseText();
        return false;
    }
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_error;
    bool m_active = false;
};

} // namespace mentordesk
