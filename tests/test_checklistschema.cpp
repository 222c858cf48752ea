// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 7 (the checklists): a fresh program ships the default template; a version-6
// program upgrades with a safety copy, keeps templates of its own (the oldest becomes the
// default) and gives every open pairing without a checklist the default template's items once.
#include "SqlTestSupport.h"

#include "storage/ProgramDatabase.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

namespace {

QString execAll(const QSqlDatabase& db, const QString& statements)
{
    for (const QString& statement : statements.split(QLatin1Char(';'))) {
        if (statement.trimmed().isEmpty())
            continue;
        const QString error = execSql(db, statement);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

/// Three sellers and a mentor: pairing 1 open (trial), 2 ended, 3 active and already with a
/// checklist item of its own, 4 open with a start date nobody can read.
const QString kPairings = QStringLiteral(
    "INSERT INTO sellers(id, external_id, created_utc, updated_utc) VALUES (1, 'S1', '', ''), (2, 'S2', '', ''),"
    " (3, 'S3', '', ''), (4, 'S4', '', '');"
    "INSERT INTO mentors(id, name, created_utc, updated_utc) VALUES (1, 'Ada', '', '');"
    "INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, ended_on, end_reason, created_utc, "
    "updated_utc) VALUES (1, 1, 1, 'trial', '2026-03-01', NULL, NULL, '', ''),"
    " (2, 1, 2, 'ended', '2025-10-01', '2025-12-01', 'completed', '', ''),"
    " (3, 1, 3, 'active', '2026-01-10', NULL, NULL, '', ''),"
    " (4, 1, 4, 'active', 'soon', NULL, NULL, '', '');"
    "INSERT INTO checklist_items(pairing_id, day_offset, title, due_date) VALUES (3, 30, 'Own item', '2026-02-09')");

const QString kItemsOf =
    QStringLiteral("SELECT day_offset, due_date, done_on IS NULL, template_item_id IS NOT NULL FROM checklist_items "
                   "WHERE pairing_id = %1 ORDER BY id");

} // namespace

class TestChecklistSchema : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void freshProgramHasTheDefaultTemplate()
    {
        ProgramDatabase program;
        QCOMPARE(program.open(m_dir.filePath(QStringLiteral("fresh.mentordesk"))), ProgramDatabase::Outcome::Created);
        QVERIFY(ProgramDatabase::latestSchemaVersion() >= 7);
        const QSqlDatabase db = program.connection();
        QCOMPARE(queryRows(db, QStringLiteral("SELECT name, is_default FROM checklist_templates")),
                 QStringList{QStringLiteral("Standard 30/60/90-day plan|1")});
        QCOMPARE(queryRows(db, QStringLiteral("SELECT day_offset, count(*) FROM checklist_template_items "
                                              "GROUP BY day_offset ORDER BY day_offset")),
                 (QStringList{QStringLiteral("30|3"), QStringLiteral("60|3"), QStringLiteral("90|3")}));
        // The guidance's items: a welcome session first, listing and pricing reviews, a first-sale plan.
        const QStringList titles =
            queryRows(db, QStringLiteral("SELECT title FROM checklist_template_items ORDER BY day_offset, position"));
        QVERIFY(titles.first().startsWith(QLatin1String("Welcome session")));
        for (const char* word : {"Listing review", "Pricing review", "First-sale plan"})
            QVERIFY2(titles.join(QLatin1Char('\n')).contains(QLatin1String(word)), word);
        // A second default is refused.
        QVERIFY(!execSql(db, QStringLiteral("INSERT INTO checklist_templates(name, created_utc, is_default) "
                                            "VALUES ('Other', '', 1)"))
                     .isEmpty());
    }

    void upgradesVersion6Program()
    {
        const QString path = m_dir.filePath(QStringLiteral("version6.mentordesk"));
        {
            ProgramDatabase program;
            QCOMPARE(program.open(path, 6), ProgramDatabase::Outcome::Created);
            SQL_OK(execAll(program.connection(), kPairings));
        }
        ProgramDatabase program;
        QCOMPARE(program.open(path), ProgramDatabase::Outcome::Migrated);
        QCOMPARE(program.schemaVersion(), ProgramDatabase::latestSchemaVersion());
        const QSqlDatabase db = program.connection();
        // The open pairing without a checklist gets nine items due 30, 60 and 90 days after its start.
        const QStringList first = queryRows(db, kItemsOf.arg(1));
        QCOMPARE(first.size(), 9);
        QCOMPARE(first.first(), QStringLiteral("30|2026-03-31|1|1"));
        QCOMPARE(first.at(3), QStringLiteral("60|2026-04-30|1|1"));
        QCOMPARE(first.last(), QStringLiteral("90|2026-05-30|1|1"));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT title FROM checklist_items WHERE pairing_id = 1 ORDER BY id")),
            scalar(db, QStringLiteral("SELECT title FROM checklist_template_items ORDER BY day_offset, position")));
        // Ended pairings, pairings with a checklist of their own and unreadable starts are left alone.
        QCOMPARE(queryRows(db, kItemsOf.arg(2)), QStringList());
        QCOMPARE(queryRows(db, kItemsOf.arg(3)), QStringList{QStringLiteral("30|2026-02-09|1|0")});
        QCOMPARE(queryRows(db, kItemsOf.arg(4)), QStringList());
        QCOMPARE(queryRows(db, QStringLiteral("PRAGMA foreign_key_check")), QStringList());

        // The safety copy is the version-6 file as it was.
        QVERIFY(program.snapshotPath().contains(QLatin1String(".v6-")));
        ProgramDatabase copy;
        QCOMPARE(copy.open(program.snapshotPath(), 6), ProgramDatabase::Outcome::Opened);
        QCOMPARE(scalar(copy.connection(), QStringLiteral("SELECT count(*) FROM checklist_items")).toInt(), 1);
        QCOMPARE(scalar(copy.connection(), QStringLiteral("SELECT count(*) FROM checklist_templates")).toInt(), 0);
    }

    void upgradeKeepsTemplatesOfItsOwn()
    {
        const QString path = m_dir.filePath(QStringLiteral("own-templates.mentordesk"));
        {
            ProgramDatabase program;
            QCOMPARE(program.open(path, 6), ProgramDatabase::Outcome::Created);
            SQL_OK(
                execAll(program.connection(),
                        kPairings + QStringLiteral(";INSERT INTO checklist_templates(id, name, created_utc) VALUES "
                                                   "(4, 'Ours', ''), (7, 'Later', '');"
                                                   "INSERT INTO checklist_template_items(id, template_id, day_offset, "
                                                   "position, title) VALUES (1, 4, 60, 1, 'Our only item'), "
                                                   "(2, 7, 30, 1, 'Not the default')")));
        }
        ProgramDatabase program;
        QCOMPARE(program.open(path), ProgramDatabase::Outcome::Migrated);
        const QSqlDatabase db = program.connection();
        QCOMPARE(queryRows(db, QStringLiteral("SELECT id, name, is_default FROM checklist_templates ORDER BY id")),
                 (QStringList{QStringLiteral("4|Ours|1"), QStringLiteral("7|Later|0")}));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM checklist_template_items")).toInt(), 2);
        QCOMPARE(queryRows(db, QStringLiteral("SELECT template_item_id, title, due_date FROM checklist_items "
                                              "WHERE pairing_id = 1")),
                 QStringList{QStringLiteral("1|Our only item|2026-04-30")});
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestChecklistSchema)
#include "test_checklistschema.moc"
