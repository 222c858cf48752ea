// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <sqlite3.h>

namespace mentordesk::demo {

/// A prepared statement on SQLite's C API, for the generator's bulk inserts: a fraction of the
/// cost of QSqlQuery::bindValue per row. Text parameters are bound without a copy, so they must
/// point at buffers that outlive each run().
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool prepare(sqlite3* db, const char* sql);
    // The binders run for every column of millions of rows, so they stay inline.
    void text(int index, const char* value, int length = -1)
    {
        sqlite3_bind_text(m_statement, index, value, length, SQLITE_STATIC);
    }
    void integer(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void real(int index, double value) { sqlite3_bind_double(m_statement, index, value); }
    void null(int index) { sqlite3_bind_null(m_statement, index); }
    /// Steps once and resets for the next row; true if the row was written.
    bool run();

private:
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace mentordesk::demo
