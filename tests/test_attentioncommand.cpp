// SPDX-License-Identifier: GPL-3.0-or-later
// `mentordesk attention` run as a user runs it: the CSV (exact columns, quoting), the aligned text
// with its count line, the program's zone against --time-zone, the exit codes (0 empty, 1 items,
// 2 refused) and the sentences of the refusals. Expected lines are written out by hand.
#include "MentordeskProcess.h"
#include "storage/ProgramDatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

// New York (the program's zone). On D = 2027-02-15: pairing 1 never had a touchpoint done
// (overdue since its first week ended); pairing 2's trial ended on D−1 undecided and its checklist
// item was due on D−1; pairing 3's last touchpoint is D−7 in New York but D−6 in UTC.
QStringList fixture()
{
    return {
        QStringLiteral("INSERT OR REPLACE INTO program_info(key, value) VALUES ('time_zone', 'America/New_York')"),
        QStringLiteral("INSERT INTO mentors(id, external_id, name, created_utc, updated_utc) VALUES "
                       "(1, 'M-ADA', 'Ada', '', '')"),
        QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, created_utc, updated_utc) VALUES "
                       "(1, 'S1', 'Shop, One', '', ''), (2, 'S2', 'Two', '', ''), (3, 'S3', 'Three', '', '')"),
        QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, trial_end_date, "
                       "created_utc, updated_utc) VALUES (1, 1, 1, 'active', '2027-01-01', NULL, '', ''), "
                       "(2, 1, 2, 'trial', '2027-01-15', '2027-02-14', '', ''), "
                       "(3, 1, 3, 'active', '2027-01-01', NULL, '', '')"),
        QStringLiteral("INSERT INTO touchpoints(pairing_id, kind, status, scheduled_utc) VALUES "
                       "(2, 'live_call', 'done', '2027-02-14T15:00:00Z'), "
                       "(3, 'live_call', 'done', '2027-02-09T03:00:00Z')"),
        QStringLiteral("INSERT INTO checklist_items(pairing_id, day_offset, title, due_date) VALUES "
                       "(2, 30, 'Review \"pricing\", fees', '2027-02-14')"),
    };
}

QStringList lines(const QString& text)
{
    QStringList result = text.split(QLatin1Char('\n'));
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

} // namespace

class TestAttentionCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("attention.mentordesk"));
        ProgramDatabase program;
        QCOMPARE(program.open(m_path), ProgramDatabase::Outcome::Created);
        for (const QString& statement : fixture())
            SQL_OK(execSql(program.connection(), statement));
    }

    void csvInTheProgramsZone()
    {
        const MentordeskRun run = runMentordesk(
            m_dir.path(), {QStringLiteral("attention"), QStringLiteral("--database"), m_path, QStringLiteral("--as-of"),
                           QStringLiteral("2027-02-15"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, QString());
        const QStringList expected{
            QStringLiteral("kind,pairing_id,mentor_external_id,mentee_external_id,due,detail"),
            QStringLiteral("trial_decision_overdue,2,M-ADA,S2,2027-02-14,The trial ended on 2027-02-14 and is still "
                           "undecided."),
            QStringLiteral("overdue,1,M-ADA,S1,2027-01-07,No touchpoint done since the pairing began on 2027-01-01."),
            QStringLiteral("overdue,3,M-ADA,S3,2027-02-14,No touchpoint done since 2027-02-08."),
            QStringLiteral("checklist_late,2,M-ADA,S2,2027-02-14,\"Checklist item “Review \"\"pricing\"\", fees” (day "
                           "30) was due on 2027-02-14.\""),
        };
        QCOMPARE(lines(run.out), expected);
    }

    void textInAnotherZone()
    {
        const MentordeskRun run = runMentordesk(
            m_dir.path(), {QStringLiteral("attention"), QStringLiteral("--database"), m_path, QStringLiteral("--as-of"),
                           QStringLiteral("2027-02-15"), QStringLiteral("--time-zone"), QStringLiteral("UTC")});
        QCOMPARE(run.exitCode, 1);
        const QStringList out = lines(run.out);
        // A header, pairing 2's trial, pairing 1 (pairing 3 is not overdue in UTC), the checklist, the count.
        QCOMPARE(out.size(), 5);
        QVERIFY2(out.at(0).startsWith(QStringLiteral("Kind")), qPrintable(out.at(0)));
        QVERIFY2(out.at(2).contains(QStringLiteral("Shop, One (S1)")), qPrintable(out.at(2)));
        QCOMPARE(out.at(4), QStringLiteral("3 items need attention."));
        // Aligned: the due date starts in the same column on every line.
        const int dueColumn = out.at(0).indexOf(QStringLiteral("Due"));
        QVERIFY(dueColumn > 0);
        QCOMPARE(out.at(1).indexOf(QStringLiteral("2027-02-14")), dueColumn);
        QCOMPARE(out.at(2).indexOf(QStringLiteral("2027-01-07")), dueColumn);
        QCOMPARE(out.at(3).indexOf(QStringLiteral("2027-02-14")), dueColumn);
    }

    void emptyListExitsZero()
    {
        const MentordeskRun run =
            runMentordesk(m_dir.path(), {QStringLiteral("attention"), QStringLiteral("--database"), m_path,
                                         QStringLiteral("--as-of"), QStringLiteral("2026-12-01")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lines(run.out), QStringList{QStringLiteral("Nothing needs attention.")});
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--as-of"), QStringLiteral("2027-02-30")}
                                  << QStringLiteral("mentordesk attention: '2027-02-30' is not a date; write it as "
                                                    "YYYY-MM-DD, e.g. 2027-03-01.");
        QTest::newRow("bad zone") << QStringList{QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")}
                                  << QStringLiteral("mentordesk attention: 'Mars/Olympus' is not a time zone name "
                                                    "MentorDesk knows; use a name such as Europe/Berlin.");
        QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("json")}
                                    << QStringLiteral("mentordesk attention: 'json' is not a format; use --format text "
                                                      "or --format csv.");
    }

    void refusals()
    {
        QFETCH(QStringList, options);
        const MentordeskRun run = runMentordesk(
            m_dir.path(), QStringList{QStringLiteral("attention"), QStringLiteral("--database"), m_path} + options);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QTEST(run.err.trimmed(), "sentence");
    }

    void missingProgramIsRefused()
    {
        const MentordeskRun run =
            runMentordesk(m_dir.path(), {QStringLiteral("attention"), QStringLiteral("--database"),
                                         m_dir.filePath(QStringLiteral("none.mentordesk"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("mentordesk attention: ")), qPrintable(run.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestAttentionCommand)
#include "test_attentioncommand.moc"
