// SPDX-License-Identifier: GPL-3.0-or-later
// The roundtable attendance dialog and its place in the Calendar: the Attendance button shows for
// a roundtable only, the dialog returns what was chosen, refuses a note without an attendance,
// and the workspace records it as one step that Undo takes back.
#include "calendar/CalendarTime.h"
#include "calendar/CalendarWorkspace.h"
#include "calendar/RoundtableAttendanceDialog.h"
#include "calendar/TouchpointDetailPanel.h"
#include "calendar/TouchpointRangeModel.h"
#include "editing/ProgramEditor.h"
#include "storage/ProgramDatabase.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

#include "SqlTestSupport.h"
#include "WidgetTestSupport.h"

using namespace mentordesk;

namespace {

QVector<AttendanceEntry> members()
{
    return {{1, QStringLiteral("S1"), QStringLiteral("Acorn"), QString(), QString()},
            {2, QStringLiteral("S2"), QStringLiteral("Birch"), QStringLiteral("absent"), QStringLiteral("ill")},
            {3, QStringLiteral("S3"), QStringLiteral("Cedar"), QString(), QString()}};
}

QComboBox* statusOf(RoundtableAttendanceDialog& dialog, int row)
{
    return qobject_cast<QComboBox*>(dialog.table()->cellWidget(row, 1));
}

} // namespace

class TestRoundtableAttendanceDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsWhatIsRecordedAndReturnsTheChoice()
    {
        RoundtableAttendanceDialog dialog(QStringLiteral("Pricing clinic"), members());
        QCOMPARE(dialog.table()->rowCount(), 3);
        QCOMPARE(dialog.table()->item(1, 0)->text(), QStringLiteral("Birch (S2)"));
        QCOMPARE(statusOf(dialog, 1)->currentData().toString(), QStringLiteral("absent"));
        QCOMPARE(dialog.table()->item(1, 2)->text(), QStringLiteral("ill"));
        dialog.markRemainingAttended();
        const QVector<AttendanceEntry> entries = dialog.entries();
        QCOMPARE(entries.at(0).status, QStringLiteral("attended"));
        QCOMPARE(entries.at(1).status, QStringLiteral("absent")); // recorded ones stay
        QCOMPARE(entries.at(2).status, QStringLiteral("attended"));
        dialog.show();
        screenshot(&dialog, QStringLiteral("calendar-attendance.png"));
    }

    void refusesANoteWithoutAnAttendance()
    {
        RoundtableAttendanceDialog dialog(QStringLiteral("Pricing clinic"), members());
        dialog.show();
        dialog.table()->item(0, 2)->setText(QStringLiteral("asked about ads"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto* problem = dialog.findChild<QLabel*>(QStringLiteral("attendanceProblem"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("Acorn (S1)")));
        statusOf(dialog, 0)->setCurrentIndex(statusOf(dialog, 0)->findData(QStringLiteral("attended")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.entries().at(0).note, QStringLiteral("asked about ads"));
    }

    void theWorkspaceRecordsItAsOneUndoStep()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        ProgramDatabase program;
        QCOMPARE(program.open(dir.filePath(QStringLiteral("a.mentordesk"))), ProgramDatabase::Outcome::Created);
        const QSqlDatabase db = program.connection();
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, created_utc, updated_utc) "
                                          "VALUES (1, 'S1', 'Acorn', '', ''), (2, 'S2', 'Birch', '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO cohorts(id, name, start_date, created_utc, updated_utc) "
                                          "VALUES (1, 'Spring', '2027-03-01', '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES "
                                          "(1, 1, '2027-03-01'), (2, 1, '2027-03-01')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO touchpoints(id, cohort_id, kind, status, scheduled_utc, title) "
                                          "VALUES (10, 1, 'roundtable', 'done', '2027-03-15T16:00:00Z', 'Clinic')")));
        QVERIFY(CalendarTime::setProgramZone(db, QStringLiteral("UTC")).isEmpty());
        ProgramEditor editor(db, QStringLiteral("tester"));
        CalendarWorkspace workspace;
        workspace.setProgram(db, &editor);
        workspace.setSelectedDay(QDate(2027, 3, 15));
        workspace.resize(1100, 640);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QCOMPARE(workspace.model()->rowCount(), 1);
        auto* button = workspace.detailPanel()->findChild<QPushButton*>(QStringLiteral("recordAttendance"));
        QVERIFY(button);
        workspace.selectTouchpoint(10, 0);
        QVERIFY(button->isVisible());

        RoundtableAttendance attendance(editor.records());
        const QVector<AttendanceEntry> before = attendance.load(10);
        QVector<AttendanceEntry> after = before;
        after[0].status = QStringLiteral("attended");
        QVERIFY(workspace.applyAttendance(10, before, after));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM roundtable_attendance")).toInt(), 1);
        QCOMPARE(editor.undoStack()->count(), 1);
        editor.undoStack()->undo();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM roundtable_attendance")).toInt(), 0);

        // A pair's touchpoint has no attendance to record.
        SQL_OK(execSql(db, QStringLiteral("UPDATE touchpoints SET kind = 'async', cohort_id = 1 WHERE id = 10")));
        workspace.model()->refresh();
        workspace.selectTouchpoint(10, 0);
        QVERIFY(!button->isVisible());
        QVERIFY(!workspace.applyAttendance(10, before, after));
    }
};

QTEST_MAIN(TestRoundtableAttendanceDialog)
#include "test_roundtableattendancedialog.moc"
