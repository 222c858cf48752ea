// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace mentordesk {

/// A transaction that rolls back unless it was committed, so every early return of a failing
/// write leaves the program as it was.
class SqlTransaction {
public:
    explicit SqlTransaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_active(m_db.transaction())
    {
    }
    ~SqlTransaction()
    {
        if (m_active)
            m_db.rollback();
    }
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    bool isActive() const { return m_active; }
    /// Commits; on failure the transaction is rolled back (by the destructor) and false returned.
    bool commit()
    {
        if (m_active && m_db.commit()) {
            m_active = false;
            m_committed = true;
        }
        return m_committed;
    }
    /// The driver's message for a failed begin or commit.
    QString errorText() const { return m_db.lastError().databaseText(); }

private:
    QSqlDatabase m_db;
    bool m_active;
    bool m_committed = false;
};

} // namespace mentordesk
