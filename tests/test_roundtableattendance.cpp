// SPDX-License-Identifier: GPL-3.0-or-later
// Roundtable attendance (RoundtableAttendance, AttendanceCommand): the cohort's members listed by
// name with what is recorded, one undoable and audited step for the whole list, refused when the
// stored list changed meanwhile, and members who left the cohort keep their record.
#include "calendar/RoundtableAttendance.h"
#include "changes/ChangeFeed.h"
#include "editing/ProgramEditor.h"
#include "storage/ProgramDatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

QStringList stored(const QSqlDatabase& db)
{
    return queryRows(db, QStringLiteral("SELECT seller_id, status, note FROM roundtable_attendance "
                                        "WHERE touchpoint_id = 10 ORDER BY seller_id"));
}

QStringList shown(const QVector<AttendanceEntry>& entries)
{
    QStringList rows;
    for (const AttendanceEntry& entry : entries)
        rows << QStringLiteral("%1 %2 [%3] %4").arg(entry.externalId, entry.name, entry.status, entry.note);
    return rows;
}

} // namespace

class TestRoundtableAttendance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_program = std::make_unique<ProgramDatabase>();
        QFile::remove(m_dir.filePath(QStringLiteral("attendance.mentordesk")));
        QCOMPARE(m_program->open(m_dir.filePath(QStringLiteral("attendance.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        const QSqlDatabase db = m_program->connection();
        // Three members of cohort 1 (one without a shop name), one seller of another cohort.
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, contact_name, created_utc, "
                                          "updated_utc) VALUES (1, 'S1', 'Zinnia', '', '', ''), "
                                          "(2, 'S2', '', 'bea Contact', '', ''), (3, 'S3', 'Acorn', '', '', ''), "
                                          "(4, 'S4', 'Other', '', '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO cohorts(id, name, start_date, created_utc, updated_utc) "
                                          "VALUES (1, 'Spring', '2026-03-01', '', ''), (2, 'Autumn', '2026-09-01', "
                                          "'', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES "
                                          "(1, 1, '2026-03-01'), (2, 1, '2026-03-01'), (3, 1, '2026-03-01'), "
                                          "(4, 2, '2026-09-01')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO touchpoints(id, cohort_id, kind, status, scheduled_utc) VALUES "
                                          "(10, 1, 'roundtable', 'done', '2026-04-15T16:00:00Z')")));
        m_editor = std::make_unique<ProgramEditor>(db, QStringLiteral("tester"));
    }

    void listsTheMembersByNameWithNothingRecorded()
    {
        RoundtableAttendance attendance(m_editor->records());
        const QVector<AttendanceEntry> entries = attendance.load(10);
        QVERIFY2(attendance.errorString().isEmpty(), qPrintable(attendance.errorString()));
        QCOMPARE(shown(entries), (QStringList{QStringLiteral("S3 Acorn [] "), QStringLiteral("S2 bea Contact [] "),
                                              QStringLiteral("S1 Zinnia [] ")}));
    }

    void refusesATouchpointThatIsNotARoundtable()
    {
        const QSqlDatabase db = m_program->connection();
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO touchpoints(id, cohort_id, kind, status, scheduled_utc) VALUES "
                                          "(11, 1, 'async', 'planned', '2026-04-16T16:00:00Z')")));
        RoundtableAttendance attendance(m_editor->records());
        QVERIFY(attendance.load(11).isEmpty());
        QVERIFY(attendance.errorString().contains(QStringLiteral("not a cohort roundtable")));
        QVERIFY(attendance.load(99).isEmpty());
        QVERIFY(!attendance.errorString().isEmpty());
    }

    void recordsAsOneAuditedStepThatUndoes()
    {
        const QSqlDatabase db = m_program->connection();
        RoundtableAttendance attendance(m_editor->records());
        const QVector<AttendanceEntry> before = attendance.load(10);
        QVector<AttendanceEntry> after = before;
        after[0].status = QStringLiteral("attended");
        after[0].note = QStringLiteral("brought two pricing questions");
        after[2].status = QStringLiteral("excused");
        QSignalSpy changes(m_editor->changes(), &ChangeFeed::changed);
        const int auditBefore = scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();

        QCOMPARE(RoundtableAttendance::record(*m_editor, 10, before, after), QString());
        QCOMPARE(stored(db), (QStringList{QStringLiteral("1|excused|"),
                                          QStringLiteral("3|attended|brought two pricing questions")}));
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(changes.count(), 1);
        // One audit row per member whose entry changed (not for the one left as it was).
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), auditBefore + 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT new_value FROM audit_log WHERE field = 'attendance S3'")).toString(),
                 QStringLiteral("attended: brought two pricing questions"));
        QCOMPARE(shown(attendance.load(10)).first(),
                 QStringLiteral("S3 Acorn [attended] brought two pricing questions"));

        m_editor->undoStack()->undo();
        QVERIFY(stored(db).isEmpty());
        m_editor->undoStack()->redo();
        QCOMPARE(stored(db).size(), 2);

        // Clearing an entry removes its row.
        QVector<AttendanceEntry> cleared = attendance.load(10);
        QVector<AttendanceEntry> edited = cleared;
        edited[0].status.clear();
        edited[0].note.clear();
        QCOMPARE(RoundtableAttendance::record(*m_editor, 10, cleared, edited), QString());
        QCOMPARE(stored(db), QStringList{QStringLiteral("1|excused|")});
    }

    void refusesWhenTheStoredListChangedMeanwhile()
    {
        const QSqlDatabase db = m_program->connection();
        RoundtableAttendance attendance(m_editor->records());
        const QVector<AttendanceEntry> before = attendance.load(10);
        QVector<AttendanceEntry> after = before;
        after[1].status = QStringLiteral("absent");
        // Someone else records the same member in the meantime.
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO roundtable_attendance(touchpoint_id, seller_id, status) "
                                          "VALUES (10, 2, 'attended')")));
        const QString refusal = RoundtableAttendance::record(*m_editor, 10, before, after);
        QVERIFY(refusal.contains(QStringLiteral("changed meanwhile")));
        QCOMPARE(stored(db), QStringList{QStringLiteral("2|attended|")});
        QCOMPARE(m_editor->undoStack()->count(), 0);

        // An undo over a change made meanwhile is dropped with the sentence, not written.
        const QVector<AttendanceEntry> now = attendance.load(10);
        QVector<AttendanceEntry> next = now;
        next[0].status = QStringLiteral("attended");
        QCOMPARE(RoundtableAttendance::record(*m_editor, 10, now, next), QString());
        SQL_OK(execSql(db, QStringLiteral("UPDATE roundtable_attendance SET note = 'late' WHERE seller_id = 3")));
        QSignalSpy errors(m_editor.get(), &ProgramEditor::errorOccurred);
        m_editor->undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT note FROM roundtable_attendance WHERE seller_id = 3")).toString(),
                 QStringLiteral("late"));
    }

    void aMemberWhoLeftKeepsTheirRecord()
    {
        const QSqlDatabase db = m_program->connection();
        RoundtableAttendance attendance(m_editor->records());
        const QVector<AttendanceEntry> before = attendance.load(10);
        QVector<AttendanceEntry> after = before;
        after[2].status = QStringLiteral("attended"); // S1 Zinnia
        QCOMPARE(RoundtableAttendance::record(*m_editor, 10, before, after), QString());
        SQL_OK(execSql(db, QStringLiteral("UPDATE cohort_members SET cohort_id = 2 WHERE seller_id = 1")));
        QCOMPARE(shown(attendance.load(10)),
                 (QStringList{QStringLiteral("S3 Acorn [] "), QStringLiteral("S2 bea Contact [] "),
                              QStringLiteral("S1 Zinnia [attended] ")}));
        SQL_OK(execSql(db, QStringLiteral("UPDATE cohort_members SET cohort_id = 2 WHERE seller_id = 3")));
        QCOMPARE(attendance.load(10).size(), 2);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
    std::unique_ptr<ProgramEditor> m_editor;
};

QTEST_GUILESS_MAIN(TestRoundtableAttendance)
#include "test_roundtableattendance.moc"
