// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStatement.h"

namespace mentordesk::demo {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::prepare(sqlite3* db, const char* sql)
{
    return sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) == SQLITE_OK;
}

bool SqliteStatement::run()
{
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return result == SQLITE_DONE;
}

} // namespace mentordesk::demo
