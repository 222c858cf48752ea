// SPDX-License-Identifier: GPL-3.0-or-later
// ChecklistInstantiation: a pairing that starts gets the default template's items due 30, 60 and
// 90 days after its start; a match commit gives each new pairing its checklist in the same
// transaction and undo step, and taking the run back removes them with the pairings.
#include "MatchFixture.h"

#include "checklists/ChecklistInstantiation.h"
#include "editing/ProgramEditor.h"
#include "matchjob/MatchRunRepository.h"
#include "storage/ProgramDatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

namespace {

const QDate kTrialStart(2026, 3, 2);
const QDate kTrialEnd(2026, 4, 1);

const QString kChecklistsSql =
    QStringLiteral("SELECT pairing_id, day_offset, count(*), min(due_date), max(done_on IS NULL) FROM checklist_items "
                   "GROUP BY pairing_id, day_offset ORDER BY pairing_id, day_offset");

} // namespace

class TestChecklistInstantiation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_program = std::make_unique<ProgramDatabase>();
        QCOMPARE(m_program->open(m_dir->filePath(QStringLiteral("instantiate.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        SQL_OK(matchfixture::build(db()));
    }

    void cleanup()
    {
        m_program.reset();
        m_dir.reset();
    }

    void newPairingGetsTheDefaultTemplate_data()
    {
        QTest::addColumn<QString>("startedOn");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("mid-month") << QStringLiteral("2026-01-15")
                                   << QStringList{QStringLiteral("1|30|3|2026-02-14|1"),
                                                  QStringLiteral("1|60|3|2026-03-16|1"),
                                                  QStringLiteral("1|90|3|2026-04-15|1")};
        QTest::newRow("across a leap day")
            << QStringLiteral("2028-02-01")
            << QStringList{QStringLiteral("1|30|3|2028-03-02|1"), QStringLiteral("1|60|3|2028-04-01|1"),
                           QStringLiteral("1|90|3|2028-05-01|1")};
    }

    void newPairingGetsTheDefaultTemplate()
    {
        QFETCH(QString, startedOn);
        QFETCH(QStringList, expected);
        SQL_OK(execSql(db(), QStringLiteral("UPDATE pairings SET started_on = ? WHERE id = 1"), {startedOn}));
        QString error;
        QCOMPARE(ChecklistInstantiation::instantiateDefault(db(), 1, &error), 9);
        QVERIFY(error.isEmpty());
        QCOMPARE(queryRows(db(), kChecklistsSql), expected);
        // Titles and links come from the template items, in their order.
        QCOMPARE(queryRows(db(), QStringLiteral("SELECT c.title = i.title FROM checklist_items c JOIN "
                                                "checklist_template_items i ON i.id = c.template_item_id "
                                                "GROUP BY c.title = i.title")),
                 QStringList{QStringLiteral("1")});
    }

    void withoutDefaultTemplateNothingIsWritten()
    {
        SQL_OK(execSql(db(), QStringLiteral("UPDATE checklist_templates SET is_default = 0")));
        QString error;
        QCOMPARE(ChecklistInstantiation::instantiateDefault(db(), 1, &error), 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_items")).toInt(), 0);
    }

    void matchCommitInstantiatesAndUndoRemoves()
    {
        MatchRunRecord run;
        run.startedUtc = QDateTime::currentDateTimeUtc();
        run.rules = matching::MatchRules::defaults();
        MatchRunRepository runs(db(), QStringLiteral("Alex"));
        const qint64 runId = runs.save(run);
        QVERIFY2(runId > 0, qPrintable(runs.errorText()));
        ProgramEditor editor(db(), QStringLiteral("Alex"));
        QVERIFY2(editor.commitMatchRun(runId, {{1, 4, 61}, {2, 1, 70}}, kTrialStart, kTrialEnd),
                 qPrintable(editor.errorString()));
        const QStringList newPairings =
            queryRows(db(), QStringLiteral("SELECT id FROM pairings WHERE match_run_id IS NOT NULL ORDER BY id"));
        QCOMPARE(newPairings.size(), 2);
        for (const QString& pairing : newPairings) {
            QCOMPARE(queryRows(db(), QStringLiteral("SELECT day_offset, count(*), min(due_date) FROM checklist_items "
                                                    "WHERE pairing_id = %1 GROUP BY day_offset")
                                         .arg(pairing)),
                     (QStringList{QStringLiteral("30|3|2026-04-01"), QStringLiteral("60|3|2026-05-01"),
                                  QStringLiteral("90|3|2026-05-31")}));
        }
        QCOMPARE(editor.undoStack()->count(), 1); // one step: the pairings with their checklists

        editor.undoStack()->undo();
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_items")).toInt(), 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM pairings WHERE match_run_id IS NOT NULL")).toInt(),
                 0);
        editor.undoStack()->redo();
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_items")).toInt(), 18);

        // A ticked item is work done in the pairing: the run can no longer be taken back.
        SQL_OK(execSql(db(), QStringLiteral("UPDATE checklist_items SET done_on = '2026-03-05' WHERE id = "
                                            "(SELECT min(id) FROM checklist_items)")));
        QSignalSpy errors(&editor, &ProgramEditor::errorOccurred);
        editor.undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_items")).toInt(), 18);
    }

    void failedCommitWritesNoChecklist()
    {
        MatchRunRecord run;
        run.startedUtc = QDateTime::currentDateTimeUtc();
        run.rules = matching::MatchRules::defaults();
        MatchRunRepository runs(db(), QStringLiteral("Alex"));
        const qint64 runId = runs.save(run);
        ProgramEditor editor(db(), QStringLiteral("Alex"));
        // Mentor 2 (M-A) is full: the whole commit is refused after the first pair was written.
        QVERIFY(!editor.commitMatchRun(runId, {{1, 4, 61}, {2, 2, 70}}, kTrialStart, kTrialEnd));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM checklist_items")).toInt(), 0);
    }

private:
    QSqlDatabase db() const { return m_program->connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
};

QTEST_GUILESS_MAIN(TestChecklistInstantiation)
#include "test_checklistinstantiation.moc"
