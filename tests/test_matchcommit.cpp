// SPDX-License-Identifier: GPL-3.0-or-later
// MatchCommit: a run's pairs become trial pairings in one transaction with audit rows, a
// re-matched mentee's old pairing ends as "rematched", changed capacity or a new conflict refuses
// the whole commit, revert takes it back (or refuses once a pairing has moved on), and
// ProgramEditor::commitMatchRun makes it one undoable step announced on the change feed.
#include "MatchFixture.h"

#include "editing/ProgramEditor.h"
#include "matchjob/MatchCommit.h"
#include "matchjob/MatchRunRepository.h"
#include "storage/ProgramDatabase.h"

#include <QSignalSpy>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

Q_DECLARE_METATYPE(QVector<mentordesk::MatchCommit::Pair>)

namespace {

const QDate kTrialStart(2026, 3, 2);
const QDate kTrialEnd(2026, 4, 1);

QStringList rows(const QSqlDatabase& db, const QString& sql)
{
    QStringList result;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {query.lastError().text()};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
        result << values.join(QLatin1Char('|'));
    }
    return result;
}

const QString kPairingsSql =
    QStringLiteral("SELECT mentee_id, mentor_id, status, started_on, IFNULL(trial_end_date, ''), IFNULL(ended_on, ''), "
                   "IFNULL(end_reason, ''), IFNULL(score, ''), IFNULL(match_run_id, '') FROM pairings ORDER BY id");

} // namespace

class TestMatchCommit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_program = std::make_unique<ProgramDatabase>();
        QCOMPARE(m_program->open(m_dir->filePath(QStringLiteral("commit.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        SQL_OK(matchfixture::build(db()));
        MatchRunRecord run;
        run.startedUtc = QDateTime::currentDateTimeUtc();
        run.rules = matching::MatchRules::defaults();
        MatchRunRepository runs(db(), QStringLiteral("Alex"));
        m_runId = runs.save(run);
        QVERIFY2(m_runId > 0, qPrintable(runs.errorText()));
    }

    void cleanup()
    {
        m_program.reset();
        m_dir.reset();
    }

    void appliesAndReverts()
    {
        const QStringList before = rows(db(), kPairingsSql);
        const qint64 auditBefore = auditCount();
        MatchCommit commit(db(), QStringLiteral("Alex"));
        // S-003 → M-D, S-001 → M-B, and S-002 re-matched from M-A to M-D.
        const MatchCommit::Applied applied =
            commit.apply(m_runId, {{1, 4, 61}, {2, 1, 70}, {3, 4, 55}}, kTrialStart, kTrialEnd);
        QVERIFY2(applied.ok, qPrintable(commit.errorText()));
        QCOMPARE(applied.newPairings.size(), 3);
        QCOMPARE(applied.endedPairings, QVector<qint64>{1});
        QCOMPARE(applied.endedStatuses, QVector<QString>{QStringLiteral("trial")});
        const QString run = QString::number(m_runId);
        QCOMPARE(rows(db(), kPairingsSql),
                 (QStringList{QStringLiteral("3|2|ended|2026-01-15||2026-03-02|rematched||"),
                              QStringLiteral("2|1|ended|2025-06-01||2025-09-01|completed||"),
                              QStringLiteral("1|4|trial|2026-03-02|2026-04-01|||61|") + run,
                              QStringLiteral("2|1|trial|2026-03-02|2026-04-01|||70|") + run,
                              QStringLiteral("3|4|trial|2026-03-02|2026-04-01|||55|") + run}));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT status FROM match_runs WHERE id = ?"), {m_runId}).toString(),
                 QStringLiteral("accepted"));
        // Three new pairings, the ended one's status and reason, the run's status.
        QCOMPARE(auditCount() - auditBefore, qint64(6));
        QCOMPARE(scalar(db(),
                        QStringLiteral("SELECT new_value FROM audit_log WHERE entity = 'pairing' AND "
                                       "entity_id = ? AND field = 'record'"),
                        {applied.newPairings.at(0)})
                     .toString(),
                 QStringLiteral("S-003 with M-D"));
        QVERIFY(!commit.apply(m_runId, {{5, 4, 1}}, kTrialStart, kTrialEnd).ok); // committed already

        QVERIFY2(commit.revert(m_runId, applied), qPrintable(commit.errorText()));
        QCOMPARE(rows(db(), kPairingsSql), before);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT status FROM match_runs WHERE id = ?"), {m_runId}).toString(),
                 QStringLiteral("proposed"));
        QCOMPARE(auditCount() - auditBefore, qint64(12));
    }

    void keepsThePairingOfTheSameMentor()
    {
        MatchCommit commit(db(), QStringLiteral("Alex"));
        const MatchCommit::Applied applied = commit.apply(m_runId, {{3, 2, 50}}, kTrialStart, kTrialEnd);
        QVERIFY2(applied.ok, qPrintable(commit.errorText()));
        QCOMPARE(applied.newPairings, QVector<qint64>{0});
        QVERIFY(applied.endedPairings.isEmpty());
        QCOMPARE(rows(db(), QStringLiteral("SELECT status FROM pairings WHERE id = 1")),
                 QStringList{QStringLiteral("trial")});
        QVERIFY(commit.revert(m_runId, applied));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QVector<MatchCommit::Pair>>("pairs");
        QTest::addColumn<QString>("named");
        using Pairs = QVector<MatchCommit::Pair>;
        QTest::newRow("more than the capacity")
            << QString() << Pairs{{1, 4, 1}, {2, 4, 1}, {5, 4, 1}} << QStringLiteral("Dee (M-D)");
        QTest::newRow("capacity lowered since") << QStringLiteral("UPDATE mentors SET capacity = 0 WHERE id = 1")
                                                << Pairs{{2, 1, 1}} << QStringLiteral("Bea (M-B)");
        QTest::newRow("full mentor") << QString() << Pairs{{5, 2, 1}} << QStringLiteral("Abe (M-A)");
        QTest::newRow("mentor gone inactive") << QStringLiteral("UPDATE mentors SET active = 0 WHERE id = 4")
                                              << Pairs{{1, 4, 1}} << QStringLiteral("Dee (M-D)");
        QTest::newRow("brand disclosed since")
            << QStringLiteral("INSERT INTO mentor_disclosures(mentor_id, kind, value, declared_on) "
                              "VALUES (4, 'brand', 'acme ', '2026-03-01')")
            << Pairs{{2, 1, 1}, {1, 4, 1}} << QStringLiteral("acme");
        QTest::newRow("category disclosed since")
            << QStringLiteral("INSERT INTO mentor_disclosures(mentor_id, kind, value, declared_on) "
                              "VALUES (4, 'category', 'Home', '2026-03-01')")
            << Pairs{{5, 4, 1}} << QStringLiteral("M-D");
        QTest::newRow("seller disclosed since")
            << QStringLiteral("INSERT INTO mentor_disclosures(mentor_id, kind, seller_id, value, declared_on) "
                              "VALUES (4, 'seller', 2, 'S-001', '2026-03-01')")
            << Pairs{{2, 4, 1}} << QStringLiteral("S-001");
    }

    void refuses()
    {
        QFETCH(QString, change);
        QFETCH(QVector<MatchCommit::Pair>, pairs);
        QFETCH(QString, named);
        if (!change.isEmpty())
            SQL_OK(execSql(db(), change));
        const QStringList before = rows(db(), kPairingsSql);
        const qint64 auditBefore = auditCount();
        MatchCommit commit(db(), QStringLiteral("Alex"));
        const MatchCommit::Applied applied = commit.apply(m_runId, pairs, kTrialStart, kTrialEnd);
        QVERIFY(!applied.ok);
        QVERIFY(applied.newPairings.isEmpty());
        QVERIFY2(commit.errorText().contains(named), qPrintable(commit.errorText()));
        QCOMPARE(rows(db(), kPairingsSql), before);
        QCOMPARE(auditCount(), auditBefore);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT status FROM match_runs WHERE id = ?"), {m_runId}).toString(),
                 QStringLiteral("proposed"));
    }

    void revertRefusesOnceAPairingMovedOn()
    {
        MatchCommit commit(db(), QStringLiteral("Alex"));
        const MatchCommit::Applied applied = commit.apply(m_runId, {{1, 4, 61}, {2, 1, 20}}, kTrialStart, kTrialEnd);
        QVERIFY2(applied.ok, qPrintable(commit.errorText()));
        SQL_OK(execSql(db(),
                       QStringLiteral("INSERT INTO touchpoints(pairing_id, kind, status, scheduled_utc) "
                                      "VALUES (?, 'live_call', 'done', '2026-03-05T10:00:00Z')"),
                       {applied.newPairings.at(1)}));
        const QStringList after = rows(db(), kPairingsSql);
        QVERIFY(!commit.revert(m_runId, applied));
        QVERIFY2(commit.errorText().contains(QStringLiteral("S-001 with M-B")), qPrintable(commit.errorText()));
        QCOMPARE(rows(db(), kPairingsSql), after);
    }

    void undoRedoThroughTheEditor()
    {
        ProgramEditor editor(db(), QStringLiteral("Alex"));
        QSignalSpy events(editor.changes(), &ChangeFeed::changed);
        QSignalSpy errors(&editor, &ProgramEditor::errorOccurred);
        const QStringList before = rows(db(), kPairingsSql);
        QVERIFY2(editor.commitMatchRun(m_runId, {{1, 4, 61}, {2, 1, 20}}, kTrialStart, kTrialEnd),
                 qPrintable(editor.errorString()));
        QCOMPARE(editor.undoStack()->count(), 1);
        QCOMPARE(events.size(), 1);
        ChangeEvent event = events.takeFirst().at(0).value<ChangeEvent>();
        QCOMPARE(event.type, ChangeEvent::Type::RecordsAdded);
        QVERIFY(event.affects(EntityKind::Pairing));
        const QStringList committed = rows(db(), kPairingsSql);
        QCOMPARE(committed.size(), before.size() + 2);

        editor.undoStack()->undo();
        QCOMPARE(rows(db(), kPairingsSql), before);
        QCOMPARE(events.size(), 1);
        event = events.takeFirst().at(0).value<ChangeEvent>();
        QCOMPARE(event.type, ChangeEvent::Type::RecordsRemoved);
        QVERIFY(event.affects(EntityKind::Pairing));

        editor.undoStack()->redo();
        QCOMPARE(rows(db(), kPairingsSql).size(), committed.size());
        QCOMPARE(events.size(), 1);
        QVERIFY(errors.isEmpty());

        // A refused commit leaves the undo history alone.
        QVERIFY(!editor.commitMatchRun(m_runId, {{5, 4, 1}}, kTrialStart, kTrialEnd));
        QCOMPARE(editor.undoStack()->count(), 1);

        // Once a pairing has moved on, undo is reported and the step is dropped.
        SQL_OK(execSql(db(), QStringLiteral("UPDATE pairings SET status = 'active' WHERE mentee_id = 1 AND status = "
                                            "'trial'")));
        editor.undoStack()->undo();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().at(0).toString().contains(QStringLiteral("S-003 with M-D")));
        QCOMPARE(editor.undoStack()->count(), 0);
    }

private:
    QSqlDatabase db() const { return m_program->connection(); }
    qint64 auditCount() const { return scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
    qint64 m_runId = 0;
};

QTEST_MAIN(TestMatchCommit)
#include "test_matchcommit.moc"
