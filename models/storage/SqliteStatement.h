// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <sqlite3.h>

class QSqlDatabase;

namespace mentordesk {

/// The SQLite connection under a Qt connection, or nullptr when it is not an open SQLite one.
sqlite3* sqliteHandle(const QSqlDatabase& db);

/// Runs `sql` (one or more statements without results); false with SQLite's message in `error`.
bool sqliteExecute(sqlite3* db, const char* sql, QString* error);

/// A prepared statement on SQLite's C API, for bulk work (the generator, imports): a fraction of
/// the cost of QSqlQuery::bindValue per row. Text parameters are bound without a copy, so they must
/// point at buffers that outlive each run() or step().
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool prepare(sqlite3* db, const char* sql);
    bool isPrepared() const { return m_statement != nullptr; }
    sqlite3_stmt* handle() const { return m_statement; }

    // The binders and getters run for every column of millions of rows, so they stay inline.
    void text(int index, const char* value, int length = -1)
    {
        sqlite3_bind_text(m_statement, index, value, length, SQLITE_STATIC);
    }
    /// Binds UTF-16 text without a copy; SQLite converts it to the database's UTF-8. A null
    /// string is bound as empty text, not as NULL.
    void text(int index, QStringView value)
    {
        static const char16_t empty[] = u"";
        sqlite3_bind_text16(m_statement, index, value.isNull() ? empty : value.utf16(), int(value.size() * 2),
                            SQLITE_STATIC);
    }
    void integer(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void real(int index, double value) { sqlite3_bind_double(m_statement, index, value); }
    void null(int index) { sqlite3_bind_null(m_statement, index); }

    /// Steps once and resets for the next row; true if the statement completed.
    bool run();
    /// Steps once; true while it yields a row (read it with the column getters), false when done
    /// or failed (see failed()). Call reset() before binding the next parameters.
    bool step()
    {
        m_lastResult = sqlite3_step(m_statement);
        return m_lastResult == SQLITE_ROW;
    }
    bool failed() const
    {
        return m_lastResult != SQLITE_OK && m_lastResult != SQLITE_ROW && m_lastResult != SQLITE_DONE;
    }
    void reset() { sqlite3_reset(m_statement); }

    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 columnInteger(int column) const { return sqlite3_column_int64(m_statement, column); }
    double columnReal(int column) const { return sqlite3_column_double(m_statement, column); }
    QString columnText(int column) const
    {
        const auto* data = static_cast<const char16_t*>(sqlite3_column_text16(m_statement, column));
        return data ? QString::fromUtf16(data, sqlite3_column_bytes16(m_statement, column) / 2) : QString();
    }

private:
    sqlite3_stmt* m_statement = nullptr;
    int m_lastResult = SQLITE_OK;
};

} // namespace mentordesk
