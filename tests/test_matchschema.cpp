// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 5 (matching): a version-4 program upgrades with its data, a safety copy, mentor
// IDs and category rows filled; the new CHECKs and triggers hold on a fresh program.
#include "SqlTestSupport.h"

#include "storage/ProgramDatabase.h"

#include <QFileInfo>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

namespace {

const QString kCategoryRows = QStringLiteral("SELECT mentor_id, category FROM mentor_categories ORDER BY 1, 2");

} // namespace

class TestMatchSchema : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_fresh.open(m_dir.filePath(QStringLiteral("fresh.mentordesk"))), ProgramDatabase::Outcome::Created);
        QVERIFY(ProgramDatabase::latestSchemaVersion() >= 5);
        const QSqlDatabase db = m_fresh.connection();
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO sellers(id, external_id, created_utc, updated_utc) VALUES "
                                          "(1, 'S1', '', ''), (2, 'S2', '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO mentors(id, name, external_id, created_utc, updated_utc) "
                                          "VALUES (1, 'Ada', 'MX-1', '', '')")));
        SQL_OK(
            execSql(db, QStringLiteral("INSERT INTO match_runs(id, started_utc) VALUES (1, '2026-01-01T00:00:00Z')")));
    }

    void upgradesVersion4Program()
    {
        const QString path = m_dir.filePath(QStringLiteral("version4.mentordesk"));
        const QString sellersSql = QStringLiteral("SELECT id, external_id, category FROM sellers ORDER BY id");
        QStringList sellerRows;
        {
            ProgramDatabase program;
            QCOMPARE(program.open(path, 4), ProgramDatabase::Outcome::Created);
            const QSqlDatabase db = program.connection();
            // A category name with a comma in it, known from a seller, and one known from nowhere.
            SQL_OK(execSql(db, QStringLiteral("INSERT INTO sellers(id, external_id, category, status, created_utc, "
                                              "updated_utc) VALUES (1, 'S1', 'Clothing, shoes & jewellery', "
                                              "'enrolled', '', ''), (2, 'S2', 'Beauty', 'prospect', '', '')")));
            SQL_OK(execSql(db,
                           QStringLiteral("INSERT INTO mentors(id, name, categories, capacity, created_utc, "
                                          "updated_utc) VALUES "
                                          "(1, 'Ada', 'Beauty, Clothing, shoes & jewellery, Toys & games', 3, '', ''), "
                                          "(2, 'Ben', '', 2, '', ''), (12, 'Cy', 'Garden, tools', 4, '', '')")));
            SQL_OK(execSql(db, QStringLiteral("INSERT INTO mentor_skills(mentor_id, skill, level) VALUES "
                                              "(1, 'pricing', 4)")));
            SQL_OK(execSql(db, QStringLiteral("INSERT INTO pairings(mentor_id, mentee_id, started_on, created_utc, "
                                              "updated_utc) VALUES (1, 1, '2026-01-01', '', '')")));
            sellerRows = queryRows(db, sellersSql);
        }
        ProgramDatabase program;
        QCOMPARE(program.open(path), ProgramDatabase::Outcome::Migrated);
        QCOMPARE(program.schemaVersion(), ProgramDatabase::latestSchemaVersion());
        const QSqlDatabase db = program.connection();
        QCOMPARE(queryRows(db, sellersSql), sellerRows);
        QCOMPARE(queryRows(db, QStringLiteral("SELECT id, external_id, capacity, work_start_minute, work_end_minute "
                                              "FROM mentors ORDER BY id")),
                 (QStringList{QStringLiteral("1|M00001|3|540|1080"), QStringLiteral("2|M00002|2|540|1080"),
                              QStringLiteral("12|M00012|4|540|1080")}));
        QCOMPARE(
            queryRows(db, kCategoryRows),
            (QStringList{QStringLiteral("1|Beauty"), QStringLiteral("1|Clothing, shoes & jewellery"),
                         QStringLiteral("1|Toys & games"), QStringLiteral("12|Garden"), QStringLiteral("12|tools")}));
        QCOMPARE(queryRows(db, QStringLiteral("SELECT count(*) FROM mentor_skills")), QStringList{QStringLiteral("1")});
        QCOMPARE(queryRows(db, QStringLiteral("SELECT mentor_id, mentee_id, status FROM pairings")),
                 QStringList{QStringLiteral("1|1|trial")});
        QCOMPARE(queryRows(db, QStringLiteral("SELECT work_start_minute, work_end_minute FROM sellers WHERE id = 1")),
                 QStringList{QStringLiteral("540|1080")});
        QCOMPARE(queryRows(db, QStringLiteral("PRAGMA foreign_key_check")), QStringList());

        // The safety copy is the version-4 file as it was.
        QVERIFY(QFileInfo(program.snapshotPath()).isFile());
        ProgramDatabase copy;
        QCOMPARE(copy.open(program.snapshotPath(), 4), ProgramDatabase::Outcome::Opened);
        QCOMPARE(copy.schemaVersion(), 4);
        QVERIFY(!execSql(copy.connection(), QStringLiteral("SELECT external_id FROM mentors")).isEmpty());
    }

    void categoriesFollowTheText()
    {
        const QSqlDatabase db = m_fresh.connection();
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO mentors(id, name, categories, created_utc, updated_utc) VALUES "
                                          "(7, 'Gil', 'Beauty, Fashion', '', '')")));
        QCOMPARE(queryRows(db, QStringLiteral("SELECT category FROM mentor_categories WHERE mentor_id = 7 ORDER BY 1")),
                 (QStringList{QStringLiteral("Beauty"), QStringLiteral("Fashion")}));
        // A category with a comma the mentor already has stays whole while its name is in the text.
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO mentor_categories(mentor_id, category) VALUES "
                                          "(7, 'Clothing, shoes')")));
        SQL_OK(execSql(
            db, QStringLiteral("UPDATE mentors SET categories = 'Clothing, shoes, Toys, \"Odd\\' WHERE id = 7")));
        QCOMPARE(queryRows(db, QStringLiteral("SELECT category FROM mentor_categories WHERE mentor_id = 7 ORDER BY 1")),
                 (QStringList{QStringLiteral("\"Odd\\"), QStringLiteral("Clothing, shoes"), QStringLiteral("Toys")}));
        SQL_OK(execSql(db, QStringLiteral("UPDATE mentors SET categories = '' WHERE id = 7")));
        QCOMPARE(queryRows(db, QStringLiteral("SELECT count(*) FROM mentor_categories WHERE mentor_id = 7")),
                 QStringList{QStringLiteral("0")});
        SQL_OK(execSql(db, QStringLiteral("DELETE FROM mentors WHERE id = 7")));
    }

    void mentorIdIsGeneratedWhenLeftEmpty()
    {
        const QSqlDatabase db = m_fresh.connection();
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO mentors(id, name, created_utc, updated_utc) VALUES "
                                          "(42, 'Noa', '', '')")));
        QCOMPARE(queryRows(db, QStringLiteral("SELECT external_id FROM mentors WHERE id = 42")),
                 QStringList{QStringLiteral("M00042")});
        SQL_OK(execSql(db, QStringLiteral("DELETE FROM mentors WHERE id = 42")));
    }

    void checksRefuse_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("empty mentor ID") << QStringLiteral("UPDATE mentors SET external_id = '  ' WHERE id = 1");
        QTest::newRow("null mentor ID") << QStringLiteral("UPDATE mentors SET external_id = NULL WHERE id = 1");
        QTest::newRow("duplicate mentor ID")
            << QStringLiteral("INSERT INTO mentors(name, external_id, created_utc, updated_utc) "
                              "VALUES ('Twin', 'MX-1', '', '')");
        QTest::newRow("unknown channel") << QStringLiteral(
            "INSERT INTO mentor_channels(mentor_id, channel) VALUES (1, 'telegraph')");
        QTest::newRow("upper-case language")
            << QStringLiteral("INSERT INTO mentor_languages(mentor_id, language) VALUES (1, 'EN')");
        QTest::newRow("three-letter language")
            << QStringLiteral("INSERT INTO seller_languages(seller_id, language) VALUES (1, 'eng')");
        QTest::newRow("empty brand") << QStringLiteral("INSERT INTO seller_brands(seller_id, brand) VALUES (1, ' ')");
        QTest::newRow("day ends before it starts")
            << QStringLiteral("UPDATE sellers SET work_start_minute = 600, work_end_minute = 600 WHERE id = 1");
        QTest::newRow("day past midnight") << QStringLiteral("UPDATE mentors SET work_end_minute = 1441 WHERE id = 1");
        QTest::newRow("complexity 6") << QStringLiteral("UPDATE mentors SET max_inventory_complexity = 6 WHERE id = 1");
        QTest::newRow("negative growth") << QStringLiteral("UPDATE mentors SET best_growth = -1 WHERE id = 1");
        QTest::newRow("pair stored backwards")
            << QStringLiteral("INSERT INTO related_categories VALUES ('Toys', 'Beauty')");
        QTest::newRow("unknown constraint kind")
            << QStringLiteral("INSERT INTO match_run_constraints VALUES (1, 'maybe', 1, 1)");
        QTest::newRow("two proposals for one mentee")
            << QStringLiteral("INSERT INTO match_run_proposals(run_id, seller_id) VALUES (1, 2), (1, 2)");
        QTest::newRow("nameless preset") << QStringLiteral(
            "INSERT INTO match_weight_presets(name, rules, updated_utc) VALUES (' ', '{}', '')");
    }

    void checksRefuse()
    {
        QFETCH(QString, sql);
        QSqlDatabase db = m_fresh.connection();
        QVERIFY(db.transaction());
        const QString error = execSql(db, sql);
        QVERIFY(db.rollback());
        QVERIFY2(!error.isEmpty(), "the schema accepted it");
    }

    void checksAccept_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("channel") << QStringLiteral("INSERT INTO mentor_channels VALUES (1, 'own_storefront')");
        QTest::newRow("language") << QStringLiteral("INSERT INTO mentor_languages VALUES (1, 'de')");
        QTest::newRow("whole day") << QStringLiteral(
            "UPDATE sellers SET work_start_minute = 0, work_end_minute = 1440 WHERE id = 1");
        QTest::newRow("related pair") << QStringLiteral("INSERT INTO related_categories VALUES ('Beauty', 'Toys')");
        QTest::newRow("unmatched proposal")
            << QStringLiteral("INSERT INTO match_run_proposals(run_id, seller_id, mentor_id) VALUES (1, 1, NULL)");
        QTest::newRow("pin and forbid") << QStringLiteral(
            "INSERT INTO match_run_constraints VALUES (1, 'pin', 1, 1), (1, 'forbid', 2, 1)");
    }

    void checksAccept()
    {
        QFETCH(QString, sql);
        QSqlDatabase db = m_fresh.connection();
        QVERIFY(db.transaction());
        const QString error = execSql(db, sql);
        QVERIFY(db.rollback());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
    ProgramDatabase m_fresh;
};

QTEST_GUILESS_MAIN(TestMatchSchema)
#include "test_matchschema.moc"
