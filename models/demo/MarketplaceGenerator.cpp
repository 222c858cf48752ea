// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarketplaceGenerator.h"

#include "MarketplaceLoader.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <vector>

namespace mentordesk::demo {

MarketplaceLoader::MarketplaceLoader(sqlite3* db, const GeneratorOptions& options,
                                     const std::function<bool(qint64, qint64)>& progress)
    : m_db(db)
    , m_options(options)
    , m_progress(progress)
{
    m_clock.start();
}

bool MarketplaceLoader::fail()
{
    if (!m_cancelled && m_error.isEmpty())
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool MarketplaceLoader::exec(const char* sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK || fail();
}

bool MarketplaceLoader::prepare(SqliteStatement* statement, const char* sql)
{
    return statement->prepare(m_db, sql) || fail();
}

bool MarketplaceLoader::report(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (m_cancelled || (!force && now - m_lastReport < 100))
        return !m_cancelled;
    m_lastReport = now;
    if (m_progress && !m_progress(std::min(m_done, m_total), m_total))
        m_cancelled = true;
    return !m_cancelled;
}

bool MarketplaceLoader::advance(qint64 rows)
{
    m_done += rows;
    if (++m_sinceCheck < 1024)
        return true;
    m_sinceCheck = 0;
    return report(false) || fail();
}

bool MarketplaceLoader::run()
{
    // Indexes are dropped for the load and rebuilt at the end from their own definitions: sorting
    // once is far faster than inserting millions of random keys into B-trees bigger than the cache.
    // The search index is rebuilt in one go as well; filled row by row through its trigger, the
    // trigram index costs five times as much.
    struct Dropped {
        std::string kind, name, table, definition;
    };
    std::vector<Dropped> dropped;
    sqlite3_stmt* list = nullptr;
    if (sqlite3_prepare_v2(m_db,
                           "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE (type = 'index' AND sql IS NOT "
                           "NULL) OR (type = 'trigger' AND name = 'sellers_search_insert')",
                           -1, &list, nullptr) != SQLITE_OK)
        return fail();
    auto column = [&list](int index) {
        return std::string(reinterpret_cast<const char*>(sqlite3_column_text(list, index)));
    };
    while (sqlite3_step(list) == SQLITE_ROW)
        dropped.push_back({column(0), column(1), column(2), column(3)});
    if (sqlite3_finalize(list) != SQLITE_OK)
        return fail();
    for (const Dropped& object : dropped) {
        if (!exec(("DROP " + object.kind + " \"" + object.name + "\"").c_str()))
            return false;
    }

    plan();
    for (const Dropped& object : dropped)
        m_total += rowsIn(object.table);
    if (!writeCohorts() || !writeSellers() || !writeMentors() || !writePairings())
        return false;
    for (const Dropped& object : dropped) {
        if (object.kind == "trigger" && !exec("INSERT INTO seller_search(seller_search) VALUES ('rebuild')"))
            return false;
        if (!exec(object.definition.c_str()) || !advance(rowsIn(object.table)))
            return fail();
    }
    return true;
}

qint64 MarketplaceLoader::rowsIn(const std::string& table) const
{
    if (table == "sellers")
        return qint64(m_sellers);
    if (table == "touchpoints")
        return m_options.touchpoints;
    if (table == "seller_metric_snapshots")
        return qint64(m_sellers) * std::max(0, m_options.snapshotMonths);
    if (table == "pairings" || table == "cohort_members")
        return m_pairings;
    return qint64(m_mentors.size());
}

} // namespace mentordesk::demo

namespace mentordesk {

namespace {

int sqliteProgress(void* loader)
{
    return static_cast<demo::MarketplaceLoader*>(loader)->report(false) ? 0 : 1;
}

} // namespace

bool MarketplaceGenerator::populate(QSqlDatabase db, const GeneratorOptions& options,
                                    const std::function<bool(qint64, qint64)>& progress, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    sqlite3* raw = sqliteHandle(db);
    if (!raw)
        return fail(QCoreApplication::translate(
            "MarketplaceGenerator", "A marketplace can only be generated into an open SQLite program file."));
    if (options.sellers < 1 || options.mentors < 1 || options.touchpoints < 0 || options.snapshotMonths < 0)
        return fail(QCoreApplication::translate(
            "MarketplaceGenerator", "A marketplace needs at least one seller and one mentor, and no negative "
                                    "counts."));

    auto scalar = [raw](const char* sql, qint64* value) {
        sqlite3_stmt* statement = nullptr;
        const bool ok =
            sqlite3_prepare_v2(raw, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW;
        if (ok)
            *value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return ok;
    };
    qint64 records = 0;
    qint64 cacheSize = 0;
    qint64 ignoreChecks = 0;
    if (!scalar("SELECT (SELECT count(*) FROM sellers) + (SELECT count(*) FROM mentors) + "
                "(SELECT count(*) FROM cohorts) + (SELECT count(*) FROM pairings)",
                &records) ||
        !scalar("PRAGMA cache_size", &cacheSize) || !scalar("PRAGMA ignore_check_constraints", &ignoreChecks))
        return fail(QCoreApplication::translate("MarketplaceGenerator", "The program file cannot be read: %1.")
                        .arg(QString::fromUtf8(sqlite3_errmsg(raw))));
    if (records > 0)
        return fail(QCoreApplication::translate("MarketplaceGenerator",
                                                "The program already has records; generate into a new program file."));

    // A big page cache keeps the seller rows and the search index in memory during the load. The
    // CHECK constraints with IN lists make SQLite build a temporary table for every row (20 µs a
    // seller, most of it in malloc); the generated values meet every CHECK by construction, which
    // PRAGMA integrity_check verifies in the tests.
    sqlite3_exec(raw, "PRAGMA cache_size = -200000", nullptr, nullptr, nullptr);
    sqlite3_exec(raw, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr);
    bool ok = sqlite3_exec(raw, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    QString reason = ok ? QString() : QString::fromUtf8(sqlite3_errmsg(raw));
    bool cancelled = false;
    if (ok) {
        demo::MarketplaceLoader loader(raw, options, progress);
        sqlite3_progress_handler(raw, 100000, sqliteProgress, &loader); // keeps cancel responsive in CREATE INDEX
        ok = loader.run();
        sqlite3_progress_handler(raw, 0, nullptr, nullptr);
        cancelled = loader.cancelled();
        reason = loader.error();
        if (ok && sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
            ok = false;
            reason = QString::fromUtf8(sqlite3_errmsg(raw));
        }
        if (!ok)
            sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
        else
            loader.finish();
    }
    const QByteArray restore = "PRAGMA cache_size = " + QByteArray::number(cacheSize) +
                               "; PRAGMA ignore_check_constraints = " + QByteArray::number(ignoreChecks);
    sqlite3_exec(raw, restore.constData(), nullptr, nullptr, nullptr);
    if (ok)
        return true;
    if (cancelled)
        return fail(QCoreApplication::translate("MarketplaceGenerator", "The generation was cancelled."));
    return fail(
        QCoreApplication::translate("MarketplaceGenerator", "Generating the marketplace failed: %1.").arg(reason));
}

} // namespace mentordesk
