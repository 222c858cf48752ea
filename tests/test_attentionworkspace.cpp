// SPDX-License-Identifier: GPL-3.0-or-later
// The "Needs attention" workspace over a small program dated from today: its model under
// QAbstractItemModelTester, most urgent first; lines that go when their action is done (through
// the change feed) and come back on undo; the actions it hands to other workspaces; the mailto:
// reminder; and the main window opening on it with the status-bar badge and the start banner.
#include "attention/AttentionKinds.h"
#include "attention/AttentionListModel.h"
#include "attention/AttentionWorkspace.h"
#include "calendar/CalendarTime.h"
#include "calendar/TouchpointEditDialog.h"
#include "editing/ProgramEditor.h"
#include "mainwindow/MainWindow.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFrame>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUrlQuery>

#include <memory>

#include "ModalDialogs.h"
#include "SqlTestSupport.h"
#include "WidgetTestSupport.h"

using namespace mentordesk;

namespace {

const QTimeZone kZone("America/New_York");

QDate today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(kZone).date();
}

QString day(int offset)
{
    return today().addDays(offset).toString(Qt::ISODate);
}

/// Noon, `offset` days from today in New York, as stored.
QString noon(int offset)
{
    return CalendarTime::utcText(QDateTime(today().addDays(offset), QTime(12, 0), kZone));
}

// One line of each kind but trial_ending and checklist_late; expected order by urgency: at_risk
// (rated 1 two days ago), trial_decision_overdue (ended yesterday), overdue (no touchpoint in 30
// days), feedback_missing (due today), checklist_due (in 2 days).
QStringList fixture()
{
    return {
        QStringLiteral("INSERT INTO mentors(id, external_id, name, email, created_utc, updated_utc) VALUES "
                       "(1, 'M-ADA', 'Ada', 'ada@example.org', '', '')"),
        QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, created_utc, updated_utc) VALUES "
                       "(1, 'S1', 'One', '', ''), (2, 'S2', 'Two', '', ''), (3, 'S3', 'Three', '', ''), "
                       "(4, 'S4', 'Four', '', ''), (5, 'S5', 'Five', '', '')"),
        QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, trial_end_date, "
                       "created_utc, updated_utc) VALUES (1, 1, 1, 'active', '%1', NULL, '', ''), "
                       "(2, 1, 2, 'trial', '%2', '%3', '', ''), (3, 1, 3, 'active', '%2', NULL, '', ''), "
                       "(4, 1, 4, 'active', '%4', '%5', '', ''), (5, 1, 5, 'active', '%2', NULL, '', '')")
            .arg(day(-30), day(-20), day(-1), day(-60), day(-7)),
        QStringLiteral("INSERT INTO touchpoints(pairing_id, kind, status, scheduled_utc) VALUES "
                       "(2, 'live_call', 'done', '%1'), (3, 'live_call', 'done', '%1'), "
                       "(4, 'live_call', 'done', '%1'), (5, 'live_call', 'done', '%1')")
            .arg(noon(-1)),
        QStringLiteral("INSERT INTO checklist_items(id, pairing_id, day_offset, title, due_date) VALUES "
                       "(31, 3, 30, 'Listing review', '%1')")
            .arg(day(2)),
        QStringLiteral("INSERT INTO feedback(pairing_id, direction, rating, given_on) VALUES "
                       "(5, 'mentee_to_mentor', 1, '%1')")
            .arg(day(-2)),
    };
}

} // namespace

class TestAttentionWorkspace : public QObject {
    Q_OBJECT

public Q_SLOTS:
    /// The mail client, as far as this test is concerned.
    void openUrl(const QUrl& url) { m_openedUrls << url; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the main window's settings and recent files
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("attention.mentordesk"));
        QCOMPARE(m_program.open(m_path), ProgramDatabase::Outcome::Created);
        for (const QString& statement : fixture())
            SQL_OK(execSql(m_program.connection(), statement));
        QVERIFY(CalendarTime::setProgramZone(m_program.connection(), QStringLiteral("America/New_York")).isEmpty());
        m_editor = std::make_unique<ProgramEditor>(m_program.connection(), QStringLiteral("tester"));
    }

    void init()
    {
        m_workspace = std::make_unique<AttentionWorkspace>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_workspace->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_workspace->setProgram(m_program.connection(), m_editor.get());
        // A program file is read in the background.
        QVERIFY(m_workspace->model()->isUpdating());
        m_workspace->resize(900, 500);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
        QTRY_VERIFY(!m_workspace->model()->isUpdating());
    }

    void cleanup()
    {
        m_tester.reset();
        m_workspace.reset();
    }

    void linesMostUrgentFirst()
    {
        AttentionListModel* model = m_workspace->model();
        QCOMPARE(model->asOf(), today());
        const QList<AttentionKind> expected{AttentionKind::AtRisk, AttentionKind::TrialDecisionOverdue,
                                            AttentionKind::Overdue, AttentionKind::FeedbackMissing,
                                            AttentionKind::ChecklistDue};
        QCOMPARE(model->rowCount(), int(expected.size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(AttentionKind(model->index(row, 0).data(AttentionListModel::KindRole).toInt()), expected.at(row));
            QVERIFY(model->index(row, AttentionListModel::Kind).data(Qt::DecorationRole).value<QColor>().isValid());
        }
        QCOMPARE(model->index(2, AttentionListModel::Mentee).data().toString(), QStringLiteral("One (S1)"));
        QCOMPARE(model->index(0, AttentionListModel::Action).data().toString(),
                 AttentionKinds::actionLabel(AttentionAction::ConsiderRematch));
        QCOMPARE(m_workspace->badgeText(), QStringLiteral("5 need(s) attention"));
    }

    void confirmingTheTrialTakesItsLineAwayUntilUndone()
    {
        AttentionListModel* model = m_workspace->model();
        QSignalSpy counts(m_workspace.get(), &AttentionWorkspace::countsChanged);
        m_workspace->confirmTrial(rowOf(AttentionKind::TrialDecisionOverdue));
        // The model reads the list again once the step's events are all in.
        QTRY_COMPARE(model->rowCount(), 4);
        QCOMPARE(rowOf(AttentionKind::TrialDecisionOverdue), -1);
        QVERIFY(!counts.isEmpty());
        m_editor->undoStack()->undo();
        QTRY_COMPARE(model->rowCount(), 5);
        QVERIFY(rowOf(AttentionKind::TrialDecisionOverdue) >= 0);
    }

    void loggingATouchpointClearsOverdue()
    {
        const int row = rowOf(AttentionKind::Overdue);
        QVERIFY(row >= 0);
        m_workspace->view()->setCurrentIndex(m_workspace->model()->index(row, 0));
        QCOMPARE(m_workspace->resolveButton()->text(),
                 AttentionKinds::actionLabel(AttentionAction::ScheduleTouchpoint));
        bool answered = false;
        whenShown<TouchpointEditDialog>(this, &answered, [](TouchpointEditDialog* dialog) {
            child<QDateEdit>(dialog, QStringLiteral("dateEdit"))->setDate(today().addDays(-1));
            auto* status = child<QComboBox>(dialog, QStringLiteral("statusEdit"));
            status->setCurrentIndex(status->findData(QStringLiteral("done")));
            dialog->accept();
        });
        const int steps = m_editor->undoStack()->index();
        QSignalSpy reads(m_workspace->model(), &AttentionListModel::countsChanged);
        QTest::mouseClick(m_workspace->resolveButton(), Qt::LeftButton);
        QVERIFY(answered);
        QTRY_COMPARE(rowOf(AttentionKind::Overdue), -1);
        QCOMPARE(reads.count(), 1);                          // the new touchpoint and its status: two events, one read
        QCOMPARE(m_editor->undoStack()->index(), steps + 1); // one undo step for the dialog
        m_editor->undoStack()->undo();
        QTRY_VERIFY(rowOf(AttentionKind::Overdue) >= 0);
    }

    void showsThePreviousListWhileUpdating()
    {
        AttentionListModel* model = m_workspace->model();
        QSignalSpy badge(m_workspace.get(), &AttentionWorkspace::countsChanged);
        QVERIFY(!m_workspace->updatingLabel()->isVisible());
        model->refresh();
        QVERIFY(m_workspace->updatingLabel()->isVisible());
        QCOMPARE(m_workspace->updatingLabel()->text(), QStringLiteral("Updating…"));
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(m_workspace->badgeText(), QStringLiteral("5 need(s) attention"));
        QVERIFY(badge.wait());
        QVERIFY(!m_workspace->updatingLabel()->isVisible());
        QCOMPARE(model->rowCount(), 5);
    }

    void announcesTheFirstResultWhenItArrives()
    {
        m_workspace->setProgram(QSqlDatabase(), nullptr);
        QCOMPARE(m_workspace->model()->rowCount(), 0);
        m_workspace->setProgram(m_program.connection(), m_editor.get());
        QVERIFY(m_workspace->model()->isUpdating());
        m_workspace->announce(); // does not wait for the read
        QVERIFY(m_workspace->model()->isUpdating());
        QVERIFY(!m_workspace->banner()->isVisible());
        QTRY_VERIFY(!m_workspace->model()->isUpdating());
        // Where the desktop has a tray the counts go there instead (offscreen has none).
        if (!QSystemTrayIcon::isSystemTrayAvailable()) {
            QVERIFY(m_workspace->banner()->isVisible());
            QVERIFY2(m_workspace->bannerLabel()->text().contains(QStringLiteral("At risk: 1")),
                     qPrintable(m_workspace->bannerLabel()->text()));
        }
    }

    void actionsHandedOn_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("signal");
        QTest::addColumn<QVariantList>("arguments");
        QTest::newRow("checklist") << int(AttentionKind::ChecklistDue)
                                   << QString::fromLatin1(SIGNAL(checklistRequested(qint64, qint64)))
                                   << QVariantList{qint64(3), qint64(31)};
        QTest::newRow("feedback") << int(AttentionKind::FeedbackMissing)
                                  << QString::fromLatin1(SIGNAL(feedbackRequested(qint64))) << QVariantList{qint64(4)};
        QTest::newRow("re-match") << int(AttentionKind::AtRisk) << QString::fromLatin1(SIGNAL(rematchRequested(qint64)))
                                  << QVariantList{qint64(5)};
    }

    void actionsHandedOn()
    {
        QFETCH(int, kind);
        QFETCH(QString, signal);
        QFETCH(QVariantList, arguments);
        QSignalSpy spy(m_workspace.get(), signal.toLatin1().constData());
        const int row = rowOf(AttentionKind(kind));
        QVERIFY(row >= 0);
        // Enter on the line does what its button does.
        m_workspace->view()->setCurrentIndex(m_workspace->model()->index(row, 0));
        QTest::keyClick(m_workspace->view(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first(), arguments);
    }

    void reminderOpensInTheMailClient()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), this, "openUrl");
        m_openedUrls.clear();
        const int row = rowOf(AttentionKind::AtRisk);
        m_workspace->view()->setCurrentIndex(m_workspace->model()->index(row, 0));
        QTest::mouseClick(m_workspace->emailButton(), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        QCOMPARE(m_openedUrls.size(), 1);
        const QUrl url = m_openedUrls.first();
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("ada@example.org"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 QStringLiteral("At risk: your mentorship with Five"));
        QVERIFY(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)
                    .contains(m_workspace->model()->item(row).detail));
    }

    void mainWindowOpensOnIt()
    {
        cleanup();
        MainWindow window;
        QVERIFY(window.openProgram(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.attention()->isVisible());
        QVERIFY(!window.currentWorkspace());
        auto* badge = child<QToolButton>(&window, QStringLiteral("attentionBadge"));
        // The first result arrives from the background read; the banner and the badge use it.
        QTRY_VERIFY(badge->isVisible());
        QCOMPARE(badge->text(), QStringLiteral("5 need(s) attention"));
        if (!QSystemTrayIcon::isSystemTrayAvailable()) {
            QTRY_VERIFY(window.attention()->banner()->isVisible());
            QVERIFY2(window.attention()->bannerLabel()->text().contains(QStringLiteral("At risk: 1")),
                     qPrintable(window.attention()->bannerLabel()->text()));
        }
        // View ▸ Needs Attention, Ctrl+5, comes back to it from another workspace.
        window.showWorkspace(0);
        QVERIFY(!window.attention()->isVisible());
        QAction* viewAction = nullptr;
        for (QAction* action : window.menuBar()->findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("Needs Attention"))
                viewAction = action;
        }
        QVERIFY(viewAction);
        QCOMPARE(viewAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_5));
        viewAction->trigger();
        QVERIFY(window.attention()->isVisible());
        // An edit through the window's editor reaches the badge through the change feed.
        QVERIFY(window.editor()->confirmTrial(2));
        QTRY_COMPARE(badge->text(), QStringLiteral("4 need(s) attention"));
    }

private:
    int rowOf(AttentionKind kind) const
    {
        AttentionListModel* model = m_workspace->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->item(row).kind == kind)
                return row;
        }
        return -1;
    }

    QTemporaryDir m_dir;
    QString m_path;
    ProgramDatabase m_program;
    std::unique_ptr<ProgramEditor> m_editor;
    std::unique_ptr<AttentionWorkspace> m_workspace;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<QUrl> m_openedUrls;
};

QTEST_MAIN(TestAttentionWorkspace)
#include "test_attentionworkspace.moc"
