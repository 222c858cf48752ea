// SPDX-License-Identifier: GPL-3.0-or-later
// MatchRunRepository: a run stored and read back whole (selection, rules, statistics, proposals,
// pins and forbids), the list newest first, status changes, the comparison of two runs, presets,
// the audit rows, and writes joining the caller's transaction.
#include "MatchFixture.h"

#include "matchjob/MatchRunRepository.h"
#include "storage/ProgramDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

namespace {

MatchRunRecord sampleRun(const QDateTime& started)
{
    MatchRunRecord run;
    run.startedUtc = started;
    run.finishedUtc = started.addSecs(3);
    run.cohortId = 1;
    run.createdBy = QStringLiteral("Alex");
    run.selection.mentees = MatchSelection::Mentees::Cohort;
    run.selection.cohortId = 1;
    run.selection.mentorIds = {1, 4};
    run.selection.rematch = true;
    run.selection.referenceDate = QDate(2026, 3, 1);
    run.selection.pins = {{1, 4}};
    run.selection.forbids = {{2, 1}, {5, 4}};
    run.rules = matching::MatchRules::defaults();
    run.rules.minimumScore = 17;
    run.rules.fairness = true;
    run.statistics = QByteArrayLiteral("{\"matched\":2}");
    run.proposals = {{1, QStringLiteral("S-003"), 4, QStringLiteral("M-D"), 61, QStringLiteral("Same category.")},
                     {2, QStringLiteral("S-001"), 1, QStringLiteral("M-B"), 70, QStringLiteral("Shared language.")},
                     {5, QStringLiteral("S-005"), 0, QString(), 0, QStringLiteral("No mentor speaks Hindi.")}};
    return run;
}

qint64 auditRows(const QSqlDatabase& db, const QString& entity)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = ?"), {entity}).toLongLong();
}

} // namespace

class TestMatchRunRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_program = std::make_unique<ProgramDatabase>();
        QCOMPARE(m_program->open(m_dir->filePath(QStringLiteral("runs.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        SQL_OK(matchfixture::build(m_program->connection()));
    }

    void cleanup()
    {
        m_program.reset();
        m_dir.reset();
    }

    void roundTrip()
    {
        MatchRunRepository runs(m_program->connection(), QStringLiteral("Priya"));
        const MatchRunRecord stored = sampleRun(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        const qint64 id = runs.save(stored);
        QVERIFY2(id > 0, qPrintable(runs.errorText()));
        const std::optional<MatchRunRecord> loaded = runs.load(id);
        QVERIFY2(loaded, qPrintable(runs.errorText()));
        QCOMPARE(loaded->id, id);
        QCOMPARE(loaded->status, QStringLiteral("proposed"));
        QCOMPARE(loaded->startedUtc, stored.startedUtc);
        QCOMPARE(loaded->finishedUtc, stored.finishedUtc);
        QCOMPARE(loaded->cohortId, qint64(1));
        QCOMPARE(loaded->createdBy, QStringLiteral("Alex"));
        QCOMPARE(loaded->selection.mentees, MatchSelection::Mentees::Cohort);
        QCOMPARE(loaded->selection.cohortId, qint64(1));
        QCOMPARE(loaded->selection.mentorIds, (QVector<qint64>{1, 4}));
        QVERIFY(loaded->selection.rematch);
        QCOMPARE(loaded->selection.referenceDate, QDate(2026, 3, 1));
        QCOMPARE(loaded->selection.pins, stored.selection.pins);
        QCOMPARE(loaded->selection.forbids, stored.selection.forbids);
        QVERIFY(loaded->rules == stored.rules);
        QCOMPARE(loaded->statistics, stored.statistics);
        QCOMPARE(loaded->proposals.size(), 3);
        // Sorted by the mentee's seller ID, external IDs read from the records.
        QCOMPARE(loaded->proposals.at(0).menteeExternalId, QStringLiteral("S-001"));
        QCOMPARE(loaded->proposals.at(0).mentorExternalId, QStringLiteral("M-B"));
        QCOMPARE(loaded->proposals.at(0).score, 70);
        QCOMPARE(loaded->proposals.at(0).reason, QStringLiteral("Shared language."));
        QCOMPARE(loaded->proposals.at(2).mentorId, qint64(0));
        QVERIFY(loaded->proposals.at(2).mentorExternalId.isEmpty());
        QCOMPARE(auditRows(m_program->connection(), QStringLiteral("match_run")), qint64(1));
        QVERIFY(!runs.load(id + 100));
        QVERIFY(!runs.errorText().isEmpty());
    }

    void selectionJsonRoundTrips()
    {
        MatchSelection selection;
        selection.mentees = MatchSelection::Mentees::Sellers;
        selection.sellerIds = {5, 3, 9000000000LL};
        const MatchSelection back = MatchRunRepository::selectionFromJson(MatchRunRepository::selectionJson(selection));
        QCOMPARE(back.mentees, MatchSelection::Mentees::Sellers);
        QCOMPARE(back.sellerIds, selection.sellerIds);
        QVERIFY(!back.rematch);
        QVERIFY(back.mentorIds.isEmpty());
    }

    void listsNewestFirstAndChangesStatus()
    {
        MatchRunRepository runs(m_program->connection(), QStringLiteral("Priya"));
        const QDateTime morning(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        const qint64 first = runs.save(sampleRun(morning));
        const qint64 second = runs.save(sampleRun(morning.addSecs(3600)));
        QVERIFY(first > 0 && second > 0);
        const QVector<MatchRunRecord> listed = runs.list();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).id, second);
        QVERIFY(listed.at(0).proposals.isEmpty());
        QCOMPARE(runs.list(1).size(), 1);

        QVERIFY2(runs.setStatus(first, QStringLiteral("discarded")), qPrintable(runs.errorText()));
        QCOMPARE(runs.load(first)->status, QStringLiteral("discarded"));
        QCOMPARE(scalar(m_program->connection(),
                        QStringLiteral("SELECT old_value || '>' || new_value FROM audit_log WHERE entity = 'match_run' "
                                       "AND field = 'status'"))
                     .toString(),
                 QStringLiteral("proposed>discarded"));
        QVERIFY(!runs.setStatus(first, QStringLiteral("maybe")));
        QVERIFY(!runs.setStatus(999, QStringLiteral("accepted")));
        QVERIFY(runs.errorText().contains(QStringLiteral("999")));
    }

    void comparesTwoRuns()
    {
        MatchRunRepository runs(m_program->connection(), QStringLiteral("Priya"));
        const QDateTime morning(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        MatchRunRecord firstRun = sampleRun(morning);
        MatchRunRecord secondRun = sampleRun(morning.addSecs(60));
        secondRun.proposals[0].mentorId = 1; // S-003: M-D → M-B
        secondRun.proposals[0].mentorExternalId = QStringLiteral("M-B");
        secondRun.proposals[0].score = 66;
        secondRun.proposals[1].score = 72; // S-001: same mentor, higher score
        secondRun.proposals.removeLast();  // S-005 only in the first run
        secondRun.proposals.append({3, QStringLiteral("S-002"), 2, QStringLiteral("M-A"), 40, QString()});
        const qint64 first = runs.save(firstRun);
        const qint64 second = runs.save(secondRun);
        QVERIFY2(first > 0 && second > 0, qPrintable(runs.errorText()));
        const QVector<MatchRunDifference> differences = runs.compare(first, second);
        QCOMPARE(differences.size(), 4);
        QCOMPARE(differences.at(0).menteeExternalId, QStringLiteral("S-001"));
        QCOMPARE(differences.at(0).fromMentorExternalId, QStringLiteral("M-B"));
        QCOMPARE(differences.at(0).toMentorExternalId, QStringLiteral("M-B"));
        QCOMPARE(differences.at(0).scoreChange, 2);
        QCOMPARE(differences.at(1).menteeExternalId, QStringLiteral("S-002"));
        QVERIFY(differences.at(1).fromMentorExternalId.isEmpty());
        QCOMPARE(differences.at(1).scoreChange, 40);
        QCOMPARE(differences.at(2).menteeExternalId, QStringLiteral("S-003"));
        QCOMPARE(differences.at(2).fromMentorExternalId, QStringLiteral("M-D"));
        QCOMPARE(differences.at(2).toMentorExternalId, QStringLiteral("M-B"));
        QCOMPARE(differences.at(2).scoreChange, 5);
        QCOMPARE(differences.at(3).menteeExternalId, QStringLiteral("S-005"));
        QVERIFY(differences.at(3).toMentorExternalId.isEmpty());
        QVERIFY(runs.compare(first, first).isEmpty());
    }

    void presets()
    {
        MatchRunRepository runs(m_program->connection(), QStringLiteral("Priya"));
        matching::MatchRules strict = matching::MatchRules::defaults();
        strict.minimumScore = 40;
        strict.rule(matching::Factor::Language).weight = 9;
        QVERIFY2(runs.savePreset(QStringLiteral("strict"), strict), qPrintable(runs.errorText()));
        QVERIFY(runs.savePreset(QStringLiteral("Balanced"), matching::MatchRules::defaults()));
        QCOMPARE(runs.presetNames(), (QStringList{QStringLiteral("Balanced"), QStringLiteral("strict")}));
        QVERIFY(runs.preset(QStringLiteral("strict")) == strict);
        strict.fairness = true;
        QVERIFY(runs.savePreset(QStringLiteral("strict"), strict)); // replaces
        QVERIFY(runs.preset(QStringLiteral("strict"))->fairness);
        QCOMPARE(runs.presetNames().size(), 2);
        QVERIFY(runs.deletePreset(QStringLiteral("Balanced")));
        QCOMPARE(runs.presetNames(), QStringList{QStringLiteral("strict")});
        QVERIFY(!runs.preset(QStringLiteral("Balanced")));
        QVERIFY(!runs.deletePreset(QStringLiteral("Balanced")));
        QVERIFY(!runs.savePreset(QStringLiteral("  "), strict));
        QCOMPARE(auditRows(m_program->connection(), QStringLiteral("match_preset")), qint64(4));

        // A preset whose JSON is broken is reported, not read as defaults.
        SQL_OK(
            execSql(m_program->connection(),
                    QStringLiteral("UPDATE match_weight_presets SET rules = '{\"weights\": 3' WHERE name = 'strict'")));
        QVERIFY(!runs.preset(QStringLiteral("strict")));
        QVERIFY(runs.errorText().contains(QStringLiteral("strict")));
    }

    void joinsTheCallersTransaction()
    {
        QSqlDatabase db = m_program->connection();
        MatchRunRepository runs(db, QStringLiteral("Priya"));
        QVERIFY(db.transaction());
        const qint64 id = runs.save(sampleRun(QDateTime::currentDateTimeUtc()));
        QVERIFY(id > 0);
        QVERIFY(runs.savePreset(QStringLiteral("inside"), matching::MatchRules::defaults()));
        QVERIFY(db.rollback());
        QVERIFY(!runs.load(id));
        QVERIFY(runs.presetNames().isEmpty());
        QCOMPARE(auditRows(db, QStringLiteral("match_run")), qint64(0));
    }

    void failedSaveLeavesNothing()
    {
        MatchRunRepository runs(m_program->connection(), QStringLiteral("Priya"));
        MatchRunRecord run = sampleRun(QDateTime::currentDateTimeUtc());
        run.proposals.append({77, QStringLiteral("S-077"), 0, QString(), 0, QString()}); // no such seller
        QCOMPARE(runs.save(run), qint64(0));
        QVERIFY(runs.errorText().contains(QStringLiteral("S-077")));
        QVERIFY(runs.list().isEmpty());
        QCOMPARE(auditRows(m_program->connection(), QStringLiteral("match_run")), qint64(0));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
};

QTEST_GUILESS_MAIN(TestMatchRunRepository)
#include "test_matchrunrepository.moc"
