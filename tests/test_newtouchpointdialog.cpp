// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduling from the Calendar: the new-touchpoint dialog's choices (a cohort means a monthly
// roundtable on its day up to its end), its refusals in the dialog, a double-click on a free
// slot of the week asking for a touchpoint there, and the workspace creating and selecting it
// as one undo step.
#include "calendar/CalendarTime.h"
#include "calendar/CalendarWorkspace.h"
#include "calendar/NewTouchpointDialog.h"
#include "calendar/TouchpointRangeModel.h"
#include "calendar/WeekAgendaView.h"
#include "editing/ProgramEditor.h"
#include "storage/ProgramDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "SqlTestSupport.h"
#include "WidgetTestSupport.h"

using namespace mentordesk;

namespace {

QVector<ParticipantChoice> choices()
{
    ParticipantChoice pair;
    pair.pairingId = 7;
    pair.label = QStringLiteral("Ada – Alpha (S1)");
    ParticipantChoice cohort;
    cohort.cohortId = 3;
    cohort.label = QStringLiteral("Cohort Spring");
    cohort.until = QDate(2083, 6, 30);
    cohort.roundtableDay = 15;
    return {pair, cohort};
}

// A day in 2083 (the calendar of 2027): the dialog offers "log as done" only for the past, so the
// initial touchpoint must stay in the future whenever the suite runs.
NewTouchpointValues initialValues()
{
    NewTouchpointValues values;
    values.pairingId = 7;
    values.kind = QStringLiteral("async");
    values.date = QDate(2083, 3, 2);
    values.time = QTime(10, 0);
    values.durationMinutes = 45;
    values.zone = QTimeZone::utc();
    return values;
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class TestNewTouchpointDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void startsWithThePairAndItsKind()
    {
        NewTouchpointDialog dialog(choices(), initialValues());
        QCOMPARE(dialog.participantCombo()->currentText(), QStringLiteral("Ada – Alpha (S1)"));
        const NewTouchpointValues values = dialog.values();
        QCOMPARE(values.pairingId, qint64(7));
        QCOMPARE(values.kind, QStringLiteral("async"));
        QCOMPARE(values.repeat, TouchpointRepeat::None);
        QVERIFY(!values.until.isValid());
        auto* kind = child<QComboBox>(&dialog, "kindEdit");
        QCOMPARE(kind->findData(QStringLiteral("roundtable")), -1);
        // In the future: nothing to log yet.
        QVERIFY(!child<QCheckBox>(&dialog, "logDoneEdit")->isEnabled());
    }

    void aCohortMeetsMonthlyOnItsDayUntilItsEnd()
    {
        NewTouchpointDialog dialog(choices(), initialValues());
        dialog.participantCombo()->setCurrentIndex(2);
        const NewTouchpointValues values = dialog.values();
        QCOMPARE(values.cohortId, qint64(3));
        QCOMPARE(values.pairingId, qint64(0));
        QCOMPARE(values.kind, QStringLiteral("roundtable"));
        QCOMPARE(values.repeat, TouchpointRepeat::Monthly);
        QCOMPARE(values.date, QDate(2083, 3, 15));
        QCOMPARE(values.until, QDate(2083, 6, 30));
        dialog.show();
        screenshot(&dialog, QStringLiteral("calendar-new-roundtables.png"));
    }

    void aPastOneOffCanBeLogged()
    {
        NewTouchpointValues initial = initialValues();
        initial.date = QDate::currentDate().addDays(-2);
        NewTouchpointDialog dialog(choices(), initial);
        auto* logDone = child<QCheckBox>(&dialog, "logDoneEdit");
        QVERIFY(logDone->isEnabled());
        logDone->setChecked(true);
        QVERIFY(dialog.values().logDone);
        // A repetition is planned, never logged.
        auto* repeat = child<QComboBox>(&dialog, "repeatEdit");
        repeat->setCurrentIndex(repeat->findData(int(TouchpointRepeat::Weekly)));
        QVERIFY(!logDone->isEnabled());
        QVERIFY(!dialog.values().logDone);
    }

    void refusesWithASentence_data()
    {
        QTest::addColumn<bool>("nobody");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("nobody chosen") << true << QStringLiteral("Choose the pairing or the cohort");
        QTest::newRow("ends before it begins") << false << QStringLiteral("before the first touchpoint");
    }

    void refusesWithASentence()
    {
        QFETCH(bool, nobody);
        QFETCH(QString, sentence);
        NewTouchpointDialog dialog(choices(), initialValues());
        dialog.show();
        if (nobody) {
            dialog.participantCombo()->setCurrentIndex(0);
        } else {
            auto* repeat = child<QComboBox>(&dialog, "repeatEdit");
            repeat->setCurrentIndex(repeat->findData(int(TouchpointRepeat::Weekly)));
            child<QDateEdit>(&dialog, "untilEdit")->setDate(QDate(2083, 3, 1));
        }
        dialog.accept();
        QVERIFY(dialog.isVisible());
        auto* problem = child<QLabel>(&dialog, "newTouchpointProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(sentence), qPrintable(problem->text()));
    }

    void aDoubleClickOnAFreeSlotAsksForATouchpointThere()
    {
        CalendarWorkspace workspace;
        workspace.resize(1100, 640);
        workspace.setSelectedDay(QDate(2083, 3, 10));
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        WeekAgendaView* week = workspace.weekView();
        QSignalSpy asked(week, &CalendarPeriodView::newTouchpointRequested);
        // The middle of Wednesday's column, well inside the grid.
        const QPoint point(week->width() / 2, week->height() / 2);
        QTest::mouseDClick(week, Qt::LeftButton, Qt::NoModifier, point);
        QCOMPARE(asked.size(), 1);
        const QDate day = asked.first().at(0).toDate();
        const QTime time = asked.first().at(1).toTime();
        QCOMPARE(day.weekNumber(), QDate(2083, 3, 10).weekNumber());
        QVERIFY(time.isValid());
        QCOMPARE(time.minute() % 15, 0);
    }

    void theWorkspaceCreatesAndSelectsIt()
    {
        QTemporaryDir dir;
        ProgramDatabase program;
        QCOMPARE(program.open(dir.filePath(QStringLiteral("n.mentordesk"))), ProgramDatabase::Outcome::Created);
        const QSqlDatabase db = program.connection();
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, created_utc, updated_utc) "
                                          "VALUES (1, 'S1', 'Alpha', '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO mentors(id, name, time_zone, created_utc, updated_utc) "
                                          "VALUES (1, 'Ada', 'UTC', '', '')")));
        SQL_OK(
            execSql(db, QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, "
                                       "created_utc, updated_utc) VALUES (7, 1, 1, 'active', '2083-01-04', '', '')")));
        QVERIFY(CalendarTime::setProgramZone(db, QStringLiteral("UTC")).isEmpty());
        ProgramEditor editor(db, QStringLiteral("tester"));
        CalendarWorkspace workspace;
        workspace.setProgram(db, &editor);
        workspace.resize(1100, 640);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QSignalSpy messages(&workspace, &CalendarWorkspace::statusMessage);
        NewTouchpointValues values = initialValues();
        values.repeat = TouchpointRepeat::Weekly;
        values.until = QDate(2083, 3, 23);
        QVERIFY(workspace.createTouchpoint(values));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM touchpoints WHERE series_id IS NOT NULL")).toInt(), 4);
        QCOMPARE(workspace.selectedDay(), QDate(2083, 3, 2));
        QVERIFY(workspace.selectedTouchpoint() != 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT scheduled_utc FROM touchpoints WHERE id = ?"),
                        {workspace.selectedTouchpoint()})
                     .toString(),
                 QStringLiteral("2083-03-02T10:00:00Z"));
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("Undo")));
        editor.undoStack()->undo();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM touchpoints")).toInt(), 0);
        // Refused: the status bar says why, nothing is written.
        values.pairingId = 99;
        QVERIFY(!workspace.createTouchpoint(values));
        QVERIFY(!messages.last().first().toString().isEmpty());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM touchpoints")).toInt(), 0);
    }
};

QTEST_MAIN(TestNewTouchpointDialog)
#include "test_newtouchpointdialog.moc"
