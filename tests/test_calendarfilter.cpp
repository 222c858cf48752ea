// SPDX-License-Identifier: GPL-3.0-or-later
// The Calendar's filter bar in the workspace: typing into the mentor field, picking a suggestion
// from the popup with the keyboard, the calendar then showing only that mentor's touchpoints;
// Esc and the Clear button showing all again; the selected touchpoint's mentor as a quick action;
// the filters remembered per program and restored only while the mentor exists; the keyboard
// (Ctrl+F's target, Down, tab order) and accessible names.

#include "calendar/CalendarFilterBar.h"
#include "calendar/CalendarFilterBarField.h"
#include "calendar/CalendarTime.h"
#include "calendar/CalendarWorkspace.h"
#include "calendar/TouchpointRangeModel.h"
#include "editing/ProgramEditor.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

#include "SqlTestSupport.h"
#include "WidgetTestSupport.h"

using namespace mentordesk;

namespace {

const QDate kDay(2027, 3, 11); // a Thursday; its week runs from Monday 8 March

/// Ada (mentor 1) has two mentees, Ben (2) one; Cy (3) none. Touchpoints all in the week of kDay.
QStringList fixture()
{
    return {
        QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, created_utc, updated_utc) VALUES "
                       "(1, 'S1', 'Alpha', '', ''), (2, 'S2', 'Beta', '', ''), (3, 'S3', 'Gamma', '', '')"),
        QStringLiteral("INSERT INTO mentors(id, name, created_utc, updated_utc) VALUES "
                       "(1, 'Ada', '', ''), (2, 'Ben', '', ''), (3, 'Cy', '', '')"),
        QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, ended_on, end_reason, "
                       "created_utc, updated_utc) VALUES (1, 1, 1, 'active', '2027-03-01', NULL, NULL, '', ''), "
                       "(2, 1, 2, 'ended', '2027-03-01', '2027-03-20', 'completed', '', ''), "
                       "(3, 2, 3, 'active', '2027-03-01', NULL, NULL, '', '')"),
        QStringLiteral(
            "INSERT INTO touchpoints(pairing_id, kind, status, scheduled_utc) VALUES "
            "(1, 'live_call', 'planned', '2027-03-08T10:00:00Z'), (2, 'async', 'done', '2027-03-09T10:00:00Z'), "
            "(3, 'live_call', 'planned', '2027-03-10T10:00:00Z'), (3, 'async', 'done', '2027-03-11T10:00:00Z'), "
            "(3, 'live_call', 'planned', '2027-03-12T10:00:00Z')"),
    };
}

} // namespace

class TestCalendarFilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the remembered filters go to the test settings
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("filter.mentordesk"));
        QCOMPARE(m_program.open(m_path), ProgramDatabase::Outcome::Created);
        for (const QString& statement : fixture())
            SQL_OK(execSql(m_program.connection(), statement));
        QVERIFY(CalendarTime::setProgramZone(m_program.connection(), QStringLiteral("UTC")).isEmpty());
        m_editor = std::make_unique<ProgramEditor>(m_program.connection(), QStringLiteral("tester"));
    }

    void init()
    {
        QSettings().remove(QStringLiteral("calendar/filters"));
        openWorkspace();
    }

    void cleanup()
    {
        m_tester.reset();
        m_workspace.reset();
        QSettings().remove(QStringLiteral("calendar/filters"));
    }

    void pickingAMentorShowsOnlyTheirTouchpoints()
    {
        QCOMPARE(m_workspace->model()->rowCount(), countOf(0));
        CalendarFilterBarField* field = m_workspace->filterBar()->mentorField();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("ad"));
        QAbstractItemView* popup = field->suggestionCompleter()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 1);
        QCOMPARE(popup->model()->index(0, 0).data().toString(), QStringLiteral("Ada (M00001)"));
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(field->chosenId(), qint64(1));
        QCOMPARE(m_workspace->model()->filter().mentorId, qint64(1));
        QCOMPARE(m_workspace->model()->rowCount(), countOf(1));
        for (int row = 0; row < m_workspace->model()->rowCount(); ++row)
            QCOMPARE(m_workspace->model()->index(row, TouchpointRangeModel::Mentor).data().toString(),
                     QStringLiteral("Ada"));
        QCOMPARE(m_workspace->filterText(), QStringLiteral("Ada (M00001)"));
        screenshot(m_workspace.get(), QStringLiteral("calendar-filter-mentor.png"));

        // Esc in the field removes the filter.
        QTRY_VERIFY(!popup->isVisible());
        QTest::keyClick(field, Qt::Key_Escape);
        QCOMPARE(field->chosenId(), qint64(0));
        QVERIFY(field->text().isEmpty());
        QCOMPARE(m_workspace->model()->filter().mentorId, qint64(0));
        QCOMPARE(m_workspace->model()->rowCount(), countOf(0));
    }

    void clearButtonShowsEverythingAgain()
    {
        CalendarFilterBar* bar = m_workspace->filterBar();
        QVERIFY(bar->menteeField()->restore(3));
        QCOMPARE(m_workspace->model()->filter().menteeId, qint64(3));
        QCOMPARE(m_workspace->model()->rowCount(), 3);
        auto* clear = child<QToolButton>(bar, QStringLiteral("clearCalendarFilters"));
        QVERIFY(clear);
        clear->click();
        QCOMPARE(m_workspace->model()->filter().menteeId, qint64(0));
        QCOMPARE(m_workspace->model()->rowCount(), countOf(0));
        QVERIFY(m_workspace->filterText().isEmpty());
    }

    void theSelectedTouchpointsMentorIsAQuickAction()
    {
        const int row = rowOfMentor(QStringLiteral("Ben"));
        QVERIFY(row >= 0);
        m_workspace->selectTouchpoint(m_workspace->model()->touchpointId(row), row);
        CalendarFilterBarField* field = m_workspace->filterBar()->mentorField();
        QList<QAction*> actions = field->actions();
        const auto offer = std::find_if(actions.begin(), actions.end(), [](QAction* action) {
            return action->isVisible() && action->text().contains(QStringLiteral("Ben"));
        });
        QVERIFY(offer != actions.end());
        (*offer)->trigger();
        QCOMPARE(m_workspace->model()->filter().mentorId, qint64(2));
        QCOMPARE(m_workspace->model()->rowCount(), countOf(2));
        QVERIFY(!(*offer)->isVisible()); // Ben is the filter now: nothing else to offer
    }

    void filtersAreRememberedPerProgram()
    {
        QVERIFY(m_workspace->filterBar()->mentorField()->restore(2));
        auto* status = child<QComboBox>(m_workspace->filterBar(), QStringLiteral("statusFilter"));
        QVERIFY(status);
        status->setCurrentIndex(status->findData(QStringLiteral("done")));
        openWorkspace();
        QCOMPARE(m_workspace->filterBar()->mentorField()->chosenId(), qint64(2));
        QCOMPARE(m_workspace->filterBar()->mentorField()->text(), QStringLiteral("Ben (M00002)"));
        QCOMPARE(m_workspace->model()->filter().mentorId, qint64(2));
        QCOMPARE(m_workspace->model()->filter().statuses, QStringList{QStringLiteral("done")});
        QCOMPARE(m_workspace->model()->rowCount(), 1);

        // Another program does not take them; a mentor no longer there is not restored.
        m_workspace->filterBar()->setProgram(m_program.connection(),
                                             m_dir.filePath(QStringLiteral("other.mentordesk")));
        QCOMPARE(m_workspace->model()->filter().mentorId, qint64(0));
        m_workspace->filterBar()->setProgram(m_program.connection(), m_path);
        QCOMPARE(m_workspace->model()->filter().mentorId, qint64(2));
        QVERIFY(m_workspace->filterBar()->mentorField()->restore(3));
        SQL_OK(execSql(m_program.connection(), QStringLiteral("UPDATE mentors SET id = 30 WHERE id = 3")));
        openWorkspace();
        QCOMPARE(m_workspace->filterBar()->mentorField()->chosenId(), qint64(0));
        QCOMPARE(m_workspace->model()->filter().mentorId, qint64(0));
        SQL_OK(execSql(m_program.connection(), QStringLiteral("UPDATE mentors SET id = 3 WHERE id = 30")));
    }

    void keyboardAndAccessibleNames()
    {
        CalendarFilterBar* bar = m_workspace->filterBar();
        m_workspace->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
        m_workspace->focusFilter();
        QCOMPARE(QApplication::focusWidget(), bar->mentorField());
        // Down opens the suggestions of an empty field: the first mentors by name.
        QTest::keyClick(bar->mentorField(), Qt::Key_Down);
        QAbstractItemView* popup = bar->mentorField()->suggestionCompleter()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 3);
        QTest::keyClick(popup, Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible());
        QWidget* expected[] = {bar->mentorField(),
                               bar->menteeField(),
                               bar->cohortField(),
                               child<QComboBox>(bar, QStringLiteral("kindFilter")),
                               child<QComboBox>(bar, QStringLiteral("statusFilter")),
                               child<QToolButton>(bar, QStringLiteral("clearCalendarFilters"))};
        for (QWidget* widget : expected) {
            QVERIFY(widget);
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            QCOMPARE(QApplication::focusWidget(), widget);
            QTest::keyClick(widget, Qt::Key_Tab);
        }
    }

private:
    void openWorkspace()
    {
        m_tester.reset();
        m_workspace = std::make_unique<CalendarWorkspace>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_workspace->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_workspace->setProgram(m_program.connection(), m_editor.get());
        m_workspace->setMode(CalendarWorkspace::Mode::List);
        m_workspace->setSelectedDay(kDay);
        m_workspace->resize(1100, 640);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    }

    /// The touchpoints of March 2027 (the list's range) of mentor `mentorId` (0: everybody's).
    int countOf(qint64 mentorId) const
    {
        return scalar(m_program.connection(),
                      QStringLiteral("SELECT count(*) FROM touchpoints t JOIN pairings p ON p.id = t.pairing_id "
                                     "WHERE t.scheduled_utc >= '2027-03-01' AND t.scheduled_utc < '2027-04-01' "
                                     "AND (? = 0 OR p.mentor_id = ?)"),
                      {mentorId, mentorId})
            .toInt();
    }

    int rowOfMentor(const QString& name) const
    {
        for (int row = 0; row < m_workspace->model()->rowCount(); ++row) {
            if (m_workspace->model()->index(row, TouchpointRangeModel::Mentor).data().toString() == name)
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

QTEST_MAIN(TestCalendarFilter)
#include "test_calendarfilter.moc"
