// SPDX-License-Identifier: GPL-3.0-or-later
// The Calendar workspace over a small program: navigation keys change the range shown, the month
// grid's "+N more", rescheduling by dragging a chip in the week agenda (and undoing it), the edit
// dialog, the detail panel's local times and zone fallback, and the page in the main window.

#include "calendar/CalendarDayIndex.h"
#include "calendar/CalendarTime.h"
#include "calendar/CalendarWorkspace.h"
#include "calendar/MonthGridView.h"
#include "calendar/TouchpointDetailPanel.h"
#include "calendar/TouchpointEditDialog.h"
#include "calendar/TouchpointRangeModel.h"
#include "calendar/WeekAgendaView.h"
#include "editing/ProgramEditor.h"
#include "mainwindow/MainWindow.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

#include <memory>

#include "ModalDialogs.h"
#include "SqlTestSupport.h"
#include "WidgetTestSupport.h"

using namespace mentordesk;

namespace {

const QDate kBusyDay(2027, 3, 10);    // ten touchpoints: more than a month cell holds
const QDate kMovableDay(2027, 3, 11); // one planned call at 10:00, an hour long
constexpr int kBusyCount = 10;

/// Two mentors, three mentees (one with a zone that is not an IANA name), the program on UTC.
QStringList fixture()
{
    QStringList sql{
        QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, time_zone, created_utc, updated_utc) VALUES "
                       "(1, 'S1', 'Alpha', 'America/New_York', '', ''), (2, 'S2', 'Beta', 'Nowhere/Else', '', ''), "
                       "(3, 'S3', 'Gamma', 'Europe/Paris', '', '')"),
        QStringLiteral("INSERT INTO mentors(id, name, time_zone, created_utc, updated_utc) VALUES "
                       "(1, 'Ada', 'Europe/Berlin', '', ''), (2, 'Ben', 'America/Los_Angeles', '', '')"),
        QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, created_utc, updated_utc) "
                       "VALUES (1, 1, 1, 'active', '2027-03-01', '', ''), (2, 1, 2, 'active', '2027-03-01', '', ''), "
                       "(3, 2, 3, 'active', '2027-03-01', '', '')"),
        QStringLiteral("INSERT INTO touchpoints(id, pairing_id, kind, status, scheduled_utc, duration_minutes, title) "
                       "VALUES (100, 1, 'live_call', 'planned', '2027-03-11T10:00:00Z', 60, 'Pricing review'), "
                       "(101, 2, 'async', 'done', '2027-03-12T15:00:00Z', 20, 'Listing photos')"),
    };
    QStringList busy;
    for (int i = 0; i < kBusyCount; ++i)
        busy << QStringLiteral("(%1, 'checklist_review', 'planned', '2027-03-10T%2:00:00Z')")
                    .arg(1 + i % 3)
                    .arg(8 + i, 2, 10, QLatin1Char('0'));
    sql << QStringLiteral("INSERT INTO touchpoints(pairing_id, kind, status, scheduled_utc) VALUES ") +
               busy.join(QLatin1Char(','));
    return sql;
}

} // namespace

class TestCalendarWorkspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the main window's settings and recent files
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // weeks from Monday
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("calendar.mentordesk"));
        QCOMPARE(m_program.open(m_path), ProgramDatabase::Outcome::Created);
        for (const QString& statement : fixture())
            SQL_OK(execSql(m_program.connection(), statement));
        QVERIFY(CalendarTime::setProgramZone(m_program.connection(), QStringLiteral("UTC")).isEmpty());
        m_editor = std::make_unique<ProgramEditor>(m_program.connection(), QStringLiteral("tester"));
    }

    void init()
    {
        m_workspace = std::make_unique<CalendarWorkspace>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_workspace->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_workspace->setProgram(m_program.connection(), m_editor.get());
        m_workspace->resize(1100, 640);
        m_workspace->setSelectedDay(kMovableDay);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    }

    void cleanup()
    {
        m_editor->undoStack()->clear();
        m_tester.reset();
        m_workspace.reset();
    }

    void navigationKeysChangeTheRange_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("key");
        QTest::addColumn<QDate>("selected");
        QTest::addColumn<QDate>("periodStart");
        QTest::addColumn<bool>("sameRange");
        using Mode = CalendarWorkspace::Mode;
        // 11 March 2027 is a Thursday; its week begins on Monday 8 March.
        QTest::newRow("week right") << int(Mode::Week) << int(Qt::Key_Right) << QDate(2027, 3, 12) << QDate(2027, 3, 8)
                                    << true;
        QTest::newRow("week left") << int(Mode::Week) << int(Qt::Key_Left) << QDate(2027, 3, 10) << QDate(2027, 3, 8)
                                   << true;
        QTest::newRow("week down") << int(Mode::Week) << int(Qt::Key_Down) << QDate(2027, 3, 18) << QDate(2027, 3, 15)
                                   << false;
        QTest::newRow("week page down") << int(Mode::Week) << int(Qt::Key_PageDown) << QDate(2027, 3, 18)
                                        << QDate(2027, 3, 15) << false;
        QTest::newRow("week page up") << int(Mode::Week) << int(Qt::Key_PageUp) << QDate(2027, 3, 4)
                                      << QDate(2027, 3, 1) << false;
        QTest::newRow("month up") << int(Mode::Month) << int(Qt::Key_Up) << QDate(2027, 3, 4) << QDate(2027, 3, 1)
                                  << true;
        // February 2027 begins on a Monday; April's grid begins on Monday 29 March.
        QTest::newRow("month page up") << int(Mode::Month) << int(Qt::Key_PageUp) << QDate(2027, 2, 11)
                                       << QDate(2027, 2, 1) << false;
        QTest::newRow("month page down") << int(Mode::Month) << int(Qt::Key_PageDown) << QDate(2027, 4, 11)
                                         << QDate(2027, 3, 29) << false;
        QTest::newRow("list page down") << int(Mode::List) << int(Qt::Key_PageDown) << QDate(2027, 4, 11)
                                        << QDate(2027, 4, 1) << false;
    }

    void navigationKeysChangeTheRange()
    {
        QFETCH(int, mode);
        QFETCH(int, key);
        QFETCH(QDate, selected);
        QFETCH(QDate, periodStart);
        QFETCH(bool, sameRange);
        m_workspace->setMode(CalendarWorkspace::Mode(mode));
        const QDateTime before = m_workspace->model()->filter().fromUtc;
        QTest::keyClick(m_workspace->currentView(), Qt::Key(key));
        QCOMPARE(m_workspace->selectedDay(), selected);
        QCOMPARE(m_workspace->periodStart(), periodStart);
        QCOMPARE(m_workspace->model()->filter().fromUtc, QDateTime(periodStart, QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(m_workspace->model()->filter().fromUtc == before, sameRange);
    }

    void todayKeyGoesToToday()
    {
        m_workspace->setMode(CalendarWorkspace::Mode::Month);
        QTest::keyClick(m_workspace->currentView(), Qt::Key_T);
        QCOMPARE(m_workspace->selectedDay(), QDate::currentDate());
        QVERIFY(m_workspace->model()->filter().fromUtc <=
                QDateTime(QDate::currentDate(), QTime(0, 0), QTimeZone::utc()));
        QVERIFY(m_workspace->model()->filter().toUtc > QDateTime(QDate::currentDate(), QTime(0, 0), QTimeZone::utc()));
        // The cells after today's are drawn on the base colour, not in today's marker colour.
        MonthGridView* grid = m_workspace->monthView();
        const QImage image = grid->grab().toImage();
        const QDate last = m_workspace->periodEnd().addDays(-1);
        QCOMPARE(image.pixelColor(grid->cellRect(last).bottomRight() - QPoint(6, 6)),
                 grid->palette().color(QPalette::Base));
    }

    void monthGridSaysHowManyMore()
    {
        m_workspace->setMode(CalendarWorkspace::Mode::Month);
        MonthGridView* grid = m_workspace->monthView();
        m_workspace->grab();
        const int lines = grid->linesPerCell();
        QVERIFY2(lines > 1 && lines < kBusyCount, qPrintable(QString::number(lines)));
        QCOMPARE(m_workspace->dayIndex()->count(kBusyDay), kBusyCount);
        // One line says how many more: the cell shows lines - 1 touchpoints.
        const int more = kBusyCount - (lines - 1);
        QCOMPARE(grid->moreText(kBusyDay), QStringLiteral("+%1 more").arg(more));
        QVERIFY(grid->moreText(kMovableDay).isEmpty());
        QVERIFY(!grid->itemCenter(100).isNull());
        // Painting again reads the counts kept, not the database.
        const int recounts = m_workspace->dayIndex()->recountCount();
        m_workspace->grab();
        m_workspace->grab();
        QCOMPARE(m_workspace->dayIndex()->recountCount(), recounts);
        screenshot(m_workspace.get(), QStringLiteral("calendar-month.png"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x40));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, Qt::white);
        m_workspace->setPalette(dark);
        m_workspace->setMode(CalendarWorkspace::Mode::Week);
        screenshot(m_workspace.get(), QStringLiteral("calendar-week-dark.png"));
    }

    void dragReschedulesAndUndoRestores()
    {
        m_workspace->setMode(CalendarWorkspace::Mode::Week);
        WeekAgendaView* week = m_workspace->weekView();
        m_workspace->grab();
        const QPoint grab = week->itemCenter(100);
        QVERIFY(!grab.isNull());
        const QPoint drop =
            grab + (week->pointAt(kMovableDay.addDays(1), QTime(14, 0)) - week->pointAt(kMovableDay, QTime(10, 0)));
        const int steps = m_editor->undoStack()->count();

        QTest::mousePress(week, Qt::LeftButton, {}, grab);
        QTest::mouseMove(week, grab + QPoint(0, 10));
        QTest::mouseMove(week, drop);
        QTest::mouseRelease(week, Qt::LeftButton, {}, drop);

        QCOMPARE(m_editor->undoStack()->count(), steps + 1);
        QCOMPARE(scalar(m_program.connection(), QStringLiteral("SELECT scheduled_utc FROM touchpoints WHERE id = 100"))
                     .toString(),
                 QStringLiteral("2027-03-12T14:00:00Z"));
        m_workspace->grab();
        QVERIFY(!week->itemCenter(100).isNull());
        QCOMPARE(m_workspace->selectedTouchpoint(), qint64(100));

        m_editor->undoStack()->undo();
        QCOMPARE(scalar(m_program.connection(), QStringLiteral("SELECT scheduled_utc FROM touchpoints WHERE id = 100"))
                     .toString(),
                 QStringLiteral("2027-03-11T10:00:00Z"));
    }

    void doneTouchpointRefusesTheDrag()
    {
        m_workspace->setMode(CalendarWorkspace::Mode::Month);
        MonthGridView* grid = m_workspace->monthView();
        m_workspace->grab();
        const QPoint grab = grid->itemCenter(101);
        QVERIFY(!grab.isNull());
        const QPoint drop =
            grab + (grid->cellRect(QDate(2027, 3, 19)).center() - grid->cellRect(QDate(2027, 3, 12)).center());
        QString message;
        connect(m_workspace.get(), &CalendarWorkspace::statusMessage, this,
                [&message](const QString& text) { message = text; });
        QTest::mousePress(grid, Qt::LeftButton, {}, grab);
        QTest::mouseMove(grid, grab + QPoint(10, 10));
        QTest::mouseMove(grid, drop);
        QTest::mouseRelease(grid, Qt::LeftButton, {}, drop);
        QVERIFY(!message.isEmpty());
        QCOMPARE(scalar(m_program.connection(), QStringLiteral("SELECT scheduled_utc FROM touchpoints WHERE id = 101"))
                     .toString(),
                 QStringLiteral("2027-03-12T15:00:00Z"));
    }

    void editDialogReturnsWhatWasEntered()
    {
        TouchpointEditValues values;
        m_workspace->selectTouchpoint(100, rowOf(100));
        QVERIFY(m_workspace->editValues(100, &values));
        QCOMPARE(values.date, kMovableDay);
        QCOMPARE(values.time, QTime(10, 0));
        QCOMPARE(values.durationMinutes, 60);
        TouchpointEditDialog dialog(values);
        QComboBox* kind = child<QComboBox>(&dialog, QStringLiteral("kindEdit"));
        QVERIFY(kind);
        QCOMPARE(kind->findData(QStringLiteral("roundtable")), -1); // a pair's touchpoint is never a roundtable
        child<QLineEdit>(&dialog, QStringLiteral("titleEdit"))->setText(QStringLiteral("Pricing and shipping"));
        child<QTimeEdit>(&dialog, QStringLiteral("timeEdit"))->setTime(QTime(16, 30));
        child<QSpinBox>(&dialog, QStringLiteral("durationEdit"))->setValue(-1);
        QComboBox* status = child<QComboBox>(&dialog, QStringLiteral("statusEdit"));
        status->setCurrentIndex(status->findData(QStringLiteral("cancelled")));
        const TouchpointEditValues entered = dialog.values();
        QCOMPARE(entered.title, QStringLiteral("Pricing and shipping"));
        QCOMPARE(entered.durationMinutes, -1);
        screenshot(&dialog, QStringLiteral("calendar-edit-dialog.png"));

        const int steps = m_editor->undoStack()->count();
        QVERIFY(m_workspace->applyEdit(100, entered));
        QCOMPARE(m_editor->undoStack()->count(), steps + 1); // the dialog is one undo step
        QCOMPARE(queryRows(m_program.connection(), QStringLiteral("SELECT scheduled_utc, status, title, "
                                                                  "coalesce(duration_minutes, 'none') FROM touchpoints "
                                                                  "WHERE id = 100")),
                 QStringList{QStringLiteral("2027-03-11T16:30:00Z|cancelled|Pricing and shipping|none")});
        m_editor->undoStack()->undo();
        QCOMPARE(queryRows(m_program.connection(), QStringLiteral("SELECT scheduled_utc, status, title, "
                                                                  "coalesce(duration_minutes, 'none') FROM touchpoints "
                                                                  "WHERE id = 100")),
                 QStringList{QStringLiteral("2027-03-11T10:00:00Z|planned|Pricing review|60")});
    }

    void enterOpensTheDialogOnTheSelectedDaysFirstTouchpoint()
    {
        m_workspace->setMode(CalendarWorkspace::Mode::Month);
        QTest::keyClick(m_workspace->currentView(), Qt::Key_Left); // 10 March: ten touchpoints from 08:00
        bool answered = false;
        QTime shownTime;
        whenShown<TouchpointEditDialog>(this, &answered, [&shownTime](TouchpointEditDialog* dialog) {
            shownTime = dialog->values().time;
            child<QLineEdit>(dialog, QStringLiteral("titleEdit"))->setText(QStringLiteral("First of the day"));
            dialog->accept();
        });
        QTest::keyClick(m_workspace->currentView(), Qt::Key_Return);
        QVERIFY(answered);
        QCOMPARE(shownTime, QTime(8, 0));
        QCOMPARE(scalar(m_program.connection(),
                        QStringLiteral("SELECT title FROM touchpoints WHERE scheduled_utc = '2027-03-10T08:00:00Z'"))
                     .toString(),
                 QStringLiteral("First of the day"));
        m_editor->undoStack()->undo();
        QCOMPARE(scalar(m_program.connection(),
                        QStringLiteral("SELECT title FROM touchpoints WHERE scheduled_utc = '2027-03-10T08:00:00Z'"))
                     .toString(),
                 QString());
    }

    void detailPanelShowsLocalTimesAndTheFallback_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("menteeTime");
        QTest::addColumn<bool>("fellBack");
        QTest::newRow("valid zones") << qint64(100) << QStringLiteral("America/New_York") << false;
        QTest::newRow("mentee zone not IANA") << qint64(101) << QStringLiteral("UTC") << true;
    }

    void detailPanelShowsLocalTimesAndTheFallback()
    {
        QFETCH(qint64, id);
        QFETCH(QString, menteeTime);
        QFETCH(bool, fellBack);
        m_workspace->selectTouchpoint(id, rowOf(id));
        TouchpointDetailPanel* panel = m_workspace->detailPanel();
        QCOMPARE(panel->touchpointId(), id);
        QVERIFY(child<QLabel>(panel, QStringLiteral("detailMentor"))->text().contains(QStringLiteral("Europe/Berlin")));
        QVERIFY(child<QLabel>(panel, QStringLiteral("detailMentee"))->text().contains(menteeTime));
        QCOMPARE(child<QLabel>(panel, QStringLiteral("detailZoneFallback"))->isVisible(), fellBack);
        screenshot(m_workspace.get(), QStringLiteral("calendar-detail-%1.png").arg(id));
    }

    void refusedEditLeavesNoUndoStep()
    {
        m_workspace->selectTouchpoint(101, rowOf(101));
        TouchpointEditValues values;
        QVERIFY(m_workspace->editValues(101, &values));
        const int steps = m_editor->undoStack()->count();
        values.durationMinutes = 24 * 60 + 1; // refused by the first command, before the move
        values.time = QTime(9, 0);
        QVERIFY(!m_workspace->applyEdit(101, values));
        QCOMPARE(m_editor->undoStack()->count(), steps);
        QCOMPARE(m_editor->undoStack()->canRedo(), false);
    }

    void mainWindowHasTheCalendarPage()
    {
        m_workspace.reset();
        MainWindow window;
        QVERIFY(window.openProgram(m_path));
        // The Calendar follows the table workspaces (the Resources page, and others, after it).
        QVERIFY(window.pageCount() > window.workspaceCount());
        QCOMPARE(window.attentionPage(), window.workspaceCount() + 1);
        window.showWorkspace(window.workspaceCount());
        QVERIFY(!window.currentWorkspace());
        QVERIFY(window.calendar()->isVisibleTo(&window));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("countLabel"))->text(), window.calendar()->countText());
        // Edit ▸ Delete deletes the selected touchpoint there, and undo brings it back.
        CalendarWorkspace* calendar = window.calendar();
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        calendar->setSelectedDay(kMovableDay);
        QCOMPARE(calendar->dayIndex()->count(kMovableDay), 1);
        calendar->selectTouchpoint(100, calendar->dayIndex()->items(kMovableDay, 1).value(0).row);
        QTest::keyClick(calendar->currentView(), Qt::Key_Delete);
        QCOMPARE(calendar->dayIndex()->count(kMovableDay), 0);
        window.editor()->undoStack()->undo();
        QCOMPARE(calendar->dayIndex()->count(kMovableDay), 1);
        window.showWorkspace(0);
        QVERIFY(window.currentWorkspace());
    }

private:
    int rowOf(qint64 id) const
    {
        TouchpointRangeModel* model = m_workspace->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->touchpointId(row) == id)
                return row;
        }
        return -1;
    }

    QTemporaryDir m_dir;
    QString m_path;
    ProgramDatabase m_program;
    std::unique_ptr<ProgramEditor> m_editor;
    std::unique_ptr<CalendarWorkspace> m_workspace;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestCalendarWorkspace)
#include "test_calendarworkspace.moc"
