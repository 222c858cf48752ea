// SPDX-License-Identifier: GPL-3.0-or-later
// The matching wizard driven as a coordinator drives it, on the demo program: mentees and mentors,
// weights with the live count and presets, the run in its worker, the review (pin, forbid, swap,
// re-solve, compare), the commit as trial pairings and the window's Undo taking it back.
#include "demo/DemoProgram.h"
#include "editing/ProgramEditor.h"
#include "itemmodels/MatchProposalModel.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Translations.h"
#include "matching/CommitPage.h"
#include "matching/MatchRunner.h"
#include "matching/MatchWizard.h"
#include "matching/ReviewPage.h"
#include "matching/RulesPage.h"
#include "matching/RunComparisonDialog.h"
#include "matchjob/MatchRunRepository.h"
#include "ModalDialogs.h"
#include "settings/SettingsKeys.h"
#include "storage/ProgramDatabase.h"
#include "WidgetTestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mentordesk;

namespace {

constexpr int kRunTimeoutMs = 120000;
const QDate kToday(2026, 12, 7);

QAction* findAction(QMainWindow& window, const QString& text)
{
    for (QAction* menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction* action : menu->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')) == text)
                return action;
        }
    }
    return nullptr;
}

QAction* actionWithShortcut(QMainWindow& window, const QKeySequence& shortcut)
{
    for (QAction* menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction* action : menu->menu()->actions()) {
            if (action->shortcut() == shortcut)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestMatchWizard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_programPath;
    std::unique_ptr<MainWindow> m_window;

    QSqlDatabase db() const { return m_window->editor()->records().database(); }

    qint64 count(const QString& sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    /// A seller of the demo holding an open pairing, and that pairing.
    QPair<qint64, qint64> pairedSeller() const
    {
        QSqlQuery query(db());
        if (!query.exec(QStringLiteral("SELECT mentee_id, id FROM pairings WHERE status IN ('trial', 'active') "
                                       "ORDER BY id LIMIT 1")) ||
            !query.next())
            return {};
        return {query.value(0).toLongLong(), query.value(1).toLongLong()};
    }

    static void waitForSelectionCounts(MatchWizard& wizard)
    {
        QCOMPARE(wizard.currentId(), int(MatchWizard::SelectionPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kRunTimeoutMs);
    }

    static RulesPage* waitForLiveCount(MatchWizard& wizard)
    {
        auto* rules = qobject_cast<RulesPage*>(wizard.currentPage());
        if (!rules || !QTest::qWaitFor([rules] { return !rules->isPreviewing(); }, kRunTimeoutMs))
            return nullptr;
        return rules;
    }

    static ReviewPage* runUntilReview(MatchWizard& wizard)
    {
        wizard.next();
        if (wizard.currentId() != MatchWizard::RunPageId)
            return nullptr;
        if (!QTest::qWaitFor([&wizard] { return wizard.currentId() == MatchWizard::ReviewPageId; }, kRunTimeoutMs)) {
            qWarning("the run did not reach the review: %s",
                     qPrintable(child<QLabel>(&wizard, QStringLiteral("runState"))->text()));
            return nullptr;
        }
        return qobject_cast<ReviewPage*>(wizard.currentPage());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MentorDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_matchwizard"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslators(*QCoreApplication::instance());
        QVERIFY(m_dir.isValid());

        m_programPath = m_dir.filePath(QStringLiteral("demo.mentordesk"));
        {
            ProgramDatabase program;
            QCOMPARE(program.open(m_programPath), ProgramDatabase::Outcome::Created);
            QString error;
            QVERIFY2(DemoProgram::populate(program.connection(), kToday, &error), qPrintable(error));
        }
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openProgram(m_programPath));
    }

    void cleanupTestCase() { m_window.reset(); }

    void menuOpensTheWizard()
    {
        QAction* match = findAction(*m_window, QStringLiteral("Match Mentees…"));
        QVERIFY(match);
        QCOMPARE(match->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
        QVERIFY(match->isEnabled());
        bool answered = false;
        whenShown<MatchWizard>(m_window.get(), &answered, [](MatchWizard* wizard) {
            QCOMPARE(wizard->currentId(), int(MatchWizard::SelectionPageId));
            // The default: enrolled sellers without an open pairing, every mentor with free places.
            QVERIFY(child<QRadioButton>(wizard, QStringLiteral("unpairedMentees"))->isChecked());
            QVERIFY(child<QRadioButton>(wizard, QStringLiteral("allMentors"))->isChecked());
            wizard->reject();
        });
        match->trigger();
        QTRY_VERIFY(answered);
        // The wizard deletes itself on closing; the window may open another.
        QTRY_VERIFY(!m_window->findChild<MatchWizard*>());
    }

    void rematchRequestOpensTheWizardForThatMenteeAlone()
    {
        const qint64 sellerId = pairedSeller().first;
        QVERIFY(sellerId > 0);
        Q_EMIT m_window->rematchRequested(sellerId);
        auto* wizard = m_window->findChild<MatchWizard*>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QVERIFY(wizard->isRematch());
        QCOMPARE(wizard->selection().sellerIds, QVector<qint64>{sellerId});
        QVERIFY(wizard->selection().rematch);
        auto* offered = child<QRadioButton>(wizard, QStringLiteral("offeredSellers"));
        QVERIFY(offered->isChecked());
        QVERIFY2(offered->text().contains(QStringLiteral("re-matching")), qPrintable(offered->text()));
        // A second request while it is open brings the same wizard forward.
        Q_EMIT m_window->rematchRequested(sellerId);
        QCOMPARE(m_window->findChildren<MatchWizard*>().size(), 1);
        wizard->reject();
        QTRY_VERIFY(!m_window->findChild<MatchWizard*>());
    }

    void rulesCountLiveAndAreRemembered()
    {
        MatchWizard wizard(m_window->editor(), m_programPath, QStringLiteral("tester"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        waitForSelectionCounts(wizard);
        const QString counts = child<QLabel>(&wizard, QStringLiteral("selectionCounts"))->text();
        QVERIFY2(counts.contains(QStringLiteral("mentee")) && counts.contains(QStringLiteral("free place")),
                 qPrintable(counts));
        screenshot(&wizard, QStringLiteral("match-1-selection.png"));
        wizard.next();
        RulesPage* rules = waitForLiveCount(wizard);
        QVERIFY(rules);
        QCOMPARE(rules->rules(), matching::MatchRules::defaults());
        const QString before = rules->liveText();
        QVERIFY2(before.contains(QStringLiteral("have at least one allowed mentor")), qPrintable(before));
        screenshot(&wizard, QStringLiteral("match-2-rules.png"));

        // A must nobody can meet leaves no mentee an allowed mentor: the line says so.
        child<QSlider>(&wizard, QStringLiteral("weight_growth_target"))->setValue(7);
        QVERIFY(rules->isPreviewing());
        QVERIFY(rules->liveText().startsWith(QStringLiteral("Counting")));
        QSpinBox* minimum = child<QSpinBox>(&wizard, QStringLiteral("minimumScore"));
        minimum->setValue(minimum->maximum());
        QTRY_VERIFY_WITH_TIMEOUT(!rules->isPreviewing(), kRunTimeoutMs);
        QVERIFY2(rules->liveText().startsWith(QStringLiteral("0 of ")), qPrintable(rules->liveText()));
        minimum->setValue(0);
        QTRY_VERIFY_WITH_TIMEOUT(!rules->isPreviewing(), kRunTimeoutMs);
        QVERIFY2(!rules->liveText().startsWith(QStringLiteral("0 of ")), qPrintable(rules->liveText()));

        // Leaving the page remembers the rules for the next wizard.
        wizard.next();
        wizard.reject();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), kRunTimeoutMs);
        QVERIFY(QSettings().contains(SettingsKeys::matchWizardRules));
        MatchWizard next(m_window->editor(), m_programPath, QStringLiteral("tester"));
        QCOMPARE(next.rules().rule(matching::Factor::GrowthTarget).weight, 7);

        // Restore Defaults brings the documented weights back.
        next.show();
        waitForSelectionCounts(next);
        next.next();
        QCOMPARE(child<QSlider>(&next, QStringLiteral("weight_growth_target"))->value(), 7);
        child<QPushButton>(&next, QStringLiteral("restoreDefaults"))->click();
        QCOMPARE(qobject_cast<RulesPage*>(next.currentPage())->rules(), matching::MatchRules::defaults());
        next.next();
        next.reject();
        QTRY_VERIFY_WITH_TIMEOUT(!next.isVisible(), kRunTimeoutMs);
    }

    void presetsAreStoredInTheProgram()
    {
        MatchWizard wizard(m_window->editor(), m_programPath, QStringLiteral("tester"));
        wizard.show();
        waitForSelectionCounts(wizard);
        wizard.next();
        RulesPage* rules = waitForLiveCount(wizard);
        QVERIFY(rules);
        auto* category = child<QSlider>(&wizard, QStringLiteral("weight_category"));
        category->setValue(2);
        bool answered = false;
        whenShown<QInputDialog>(&wizard, &answered, [](QInputDialog* dialog) {
            dialog->setTextValue(QStringLiteral("Low category"));
            dialog->accept();
        });
        child<QPushButton>(&wizard, QStringLiteral("savePreset"))->click();
        QVERIFY(answered);
        auto* presets = child<QComboBox>(&wizard, QStringLiteral("presets"));
        QCOMPARE(presets->currentText(), QStringLiteral("Low category"));
        QVERIFY(
            MatchRunRepository(db(), QStringLiteral("tester")).presetNames().contains(QStringLiteral("Low category")));

        child<QPushButton>(&wizard, QStringLiteral("restoreDefaults"))->click();
        QCOMPARE(category->value(), matching::MatchRules::defaults().rule(matching::Factor::Category).weight);
        presets->setCurrentIndex(presets->findText(QStringLiteral("Low category")));
        Q_EMIT presets->activated(presets->currentIndex());
        QCOMPARE(category->value(), 2);

        whenShown<QMessageBox>(&wizard, &answered, [](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        child<QPushButton>(&wizard, QStringLiteral("deletePreset"))->click();
        QVERIFY(answered);
        QCOMPARE(presets->findText(QStringLiteral("Low category")), -1);
        wizard.reject();
    }

    void escapeCancelsARunningMatch()
    {
        const qint64 pairingsBefore = count(QStringLiteral("SELECT count(*) FROM pairings"));
        MatchWizard wizard(m_window->editor(), m_programPath, QStringLiteral("tester"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        waitForSelectionCounts(wizard);
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MatchWizard::RunPageId));
        QVERIFY(wizard.runner()->isRunning());
        screenshot(&wizard, QStringLiteral("match-3-run.png"));
        QTest::keyClick(&wizard, Qt::Key_Escape);
        // The window stays responsive while the worker stops; the wizard closes once it has.
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), kRunTimeoutMs);
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QVERIFY(!wizard.runner()->isRunning());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings")), pairingsBefore);
    }

    void reviewPinsForbidsResolvesAndCommitsUndoably()
    {
        const qint64 openBefore = count(QStringLiteral("SELECT count(*) FROM pairings WHERE status <> 'ended'"));
        MatchWizard wizard(m_window->editor(), m_programPath, QStringLiteral("tester"));
        QSignalSpy committed(&wizard, &MatchWizard::committed);
        QAbstractItemModelTester tester(wizard.proposals(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        wizard.show();
        // Keys reach shortcuts and focus moves only in the active window.
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        waitForSelectionCounts(wizard);
        wizard.next();
        QVERIFY(waitForLiveCount(wizard));
        ReviewPage* review = runUntilReview(wizard);
        QVERIFY(review);
        QVERIFY2(review->headline().startsWith(QStringLiteral("Matched ")), qPrintable(review->headline()));
        QVERIFY(review->headline().contains(QStringLiteral("gap")));
        QVERIFY(review->isComplete());
        const qint64 firstRun = wizard.currentRunId();
        QVERIFY(firstRun > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM match_runs WHERE id = %1").arg(firstRun)), 1);
        QVERIFY(!child<QPushButton>(&wizard, QStringLiteral("compareButton"))->isEnabled());

        // The first row is explained, and P pins it.
        QTableView* table = review->table();
        const int rows = table->model()->rowCount();
        QVERIFY(rows > 1);
        table->setFocus();
        table->selectRow(0);
        QVERIFY(!review->explanationText().isEmpty());
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(child<QWidget>(&wizard, QStringLiteral("explanation"))->hasFocus());
        screenshot(&wizard, QStringLiteral("match-4-review.png"));
        table->setFocus();
        const QModelIndex first = table->model()->index(0, MatchProposalModel::Marks);
        const bool firstMatched = first.data(MatchProposalModel::MatchedRole).toBool();
        QTest::keyClick(table, Qt::Key_P);
        QCOMPARE(wizard.proposals()->pins().size(), firstMatched ? 1 : 0);
        // F forbids the pair instead (and unpins it); F again allows it, P pins it again.
        QTest::keyClick(table, Qt::Key_F);
        QCOMPARE(wizard.proposals()->forbids().size(), firstMatched ? 1 : 0);
        QVERIFY(wizard.proposals()->pins().isEmpty());
        QTest::keyClick(table, Qt::Key_F);
        QVERIFY(wizard.proposals()->forbids().isEmpty());
        QTest::keyClick(table, Qt::Key_P);
        QCOMPARE(wizard.proposals()->pins().size(), firstMatched ? 1 : 0);

        // Swap the mentors of two matched mentees whose swapped pairs the rules allow.
        QSortFilterProxyModel* sorted = qobject_cast<QSortFilterProxyModel*>(table->model());
        QVERIFY(sorted);
        const MatchProposalModel* proposals = wizard.proposals();
        const MatchOutcome* outcome = proposals->outcome();
        int second = -1;
        int third = -1;
        for (int a = 1; a < proposals->rowCount() && third < 0; ++a) {
            for (int b = a + 1; b < proposals->rowCount() && third < 0; ++b) {
                const matching::MenteeExplanation* left = proposals->explanation(a);
                const matching::MenteeExplanation* right = proposals->explanation(b);
                if (left->mentor >= 0 && right->mentor >= 0 && left->mentor != right->mentor &&
                    outcome->scorer->gain(left->mentee, right->mentor) >= 0 &&
                    outcome->scorer->gain(right->mentee, left->mentor) >= 0) {
                    second = a;
                    third = b;
                }
            }
        }
        QVERIFY(second > 0 && third > 0);
        const auto sellerOf = [proposals](int row) {
            return proposals->index(row, 0).data(MatchProposalModel::SellerIdRole).toLongLong();
        };
        const auto mentorAt = [proposals](int row) {
            return proposals->index(row, 0).data(MatchProposalModel::MentorIdRole).toLongLong();
        };
        const qint64 secondSeller = sellerOf(second);
        const qint64 thirdSeller = sellerOf(third);
        const qint64 secondMentor = mentorAt(second);
        const qint64 thirdMentor = mentorAt(third);
        table->selectionModel()->clearSelection();
        for (int row : {second, third})
            table->selectionModel()->select(sorted->mapFromSource(proposals->index(row, 0)),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto* swap = child<QPushButton>(&wizard, QStringLiteral("swapButton"));
        QVERIFY(swap->isEnabled());
        swap->click();
        // Pins wait for a re-solve: the commit is not offered until then.
        QVERIFY(!review->isComplete());
        QVERIFY(!review->noticeText().isEmpty());

        child<QPushButton>(&wizard, QStringLiteral("resolveButton"))->click();
        QVERIFY(review->isResolving());
        QTRY_VERIFY_WITH_TIMEOUT(!review->isResolving(), kRunTimeoutMs);
        QVERIFY2(review->noticeText().isEmpty(), qPrintable(review->noticeText()));
        QVERIFY(review->isComplete());
        QCOMPARE(wizard.previousRunId(), firstRun);
        QVERIFY(wizard.currentRunId() > firstRun);
        const auto mentorOf = [proposals](qint64 sellerId) {
            for (int row = 0; row < proposals->rowCount(); ++row) {
                const QModelIndex index = proposals->index(row, 0);
                if (index.data(MatchProposalModel::SellerIdRole).toLongLong() == sellerId)
                    return index.data(MatchProposalModel::MentorIdRole).toLongLong();
            }
            return qint64(-1);
        };
        QCOMPARE(mentorOf(secondSeller), thirdMentor);
        QCOMPARE(mentorOf(thirdSeller), secondMentor);

        // Who moved since the first run.
        bool answered = false;
        whenShown<RunComparisonDialog>(&wizard, &answered, [](RunComparisonDialog* dialog) {
            QVERIFY(dialog->table()->rowCount() >= 2);
            dialog->reject();
        });
        auto* compare = child<QPushButton>(&wizard, QStringLiteral("compareButton"));
        QVERIFY(compare->isEnabled());
        compare->click();
        QVERIFY(answered);

        auto* onlyUnmatched = child<QCheckBox>(&wizard, QStringLiteral("onlyUnmatched"));
        onlyUnmatched->setChecked(true);
        const int matched = int(wizard.proposals()->proposedPairs().size());
        QCOMPARE(sorted->rowCount(), wizard.proposals()->rowCount() - matched);
        onlyUnmatched->setChecked(false);

        wizard.next();
        QCOMPARE(wizard.currentId(), int(MatchWizard::CommitPageId));
        auto* commit = qobject_cast<CommitPage*>(wizard.currentPage());
        QVERIFY(commit);
        QCOMPARE(commit->trialEnd()->date(), commit->trialStart().addDays(CommitPage::kDefaultTrialDays));
        commit->trialEnd()->setDate(commit->trialStart().addDays(21));
        screenshot(&wizard, QStringLiteral("match-5-commit.png"));
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(committed.count(), 1);

        const qint64 run = wizard.currentRunId();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings WHERE match_run_id = %1 AND status = 'trial' "
                                      "AND trial_end_date = '%2'")
                           .arg(run)
                           .arg(commit->trialStart().addDays(21).toString(Qt::ISODate))),
                 qint64(matched));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings WHERE status <> 'ended'")), openBefore + matched);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM match_runs WHERE id = %1 AND status = 'accepted'").arg(run)), 1);

        // One step of the window's undo takes the whole run back.
        QVERIFY(m_window->editor()->undoStack()->canUndo());
        QAction* undo = actionWithShortcut(*m_window, QKeySequence(QKeySequence::Undo));
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings WHERE match_run_id = %1").arg(run)), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings WHERE status <> 'ended'")), openBefore);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM match_runs WHERE id = %1 AND status = 'proposed'").arg(run)), 1);
    }

    void rematchEndsTheOldPairingInTheSameStep()
    {
        const auto [sellerId, pairingId] = pairedSeller();
        QVERIFY(sellerId > 0);
        MatchWizard wizard(m_window->editor(), m_programPath, QStringLiteral("tester"));
        wizard.setRematch(sellerId, QStringLiteral("Re-match one"));
        wizard.show();
        waitForSelectionCounts(wizard);
        QVERIFY(child<QRadioButton>(&wizard, QStringLiteral("offeredSellers"))->isChecked());
        QCOMPARE(child<QRadioButton>(&wizard, QStringLiteral("offeredSellers"))->text(),
                 QStringLiteral("Re-match one"));
        wizard.next();
        QVERIFY(waitForLiveCount(wizard));
        ReviewPage* review = runUntilReview(wizard);
        QVERIFY(review);
        QCOMPARE(wizard.proposals()->rowCount(), 1);
        if (wizard.proposals()->proposedPairs().isEmpty())
            QFAIL(qPrintable(QStringLiteral("the re-matched mentee got no mentor: %1").arg(review->headline())));
        wizard.next();
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings WHERE id = %1 AND status = 'ended' "
                                      "AND end_reason = 'rematched'")
                           .arg(pairingId)),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings WHERE mentee_id = %1 AND status <> 'ended'")
                           .arg(sellerId)),
                 1);
        m_window->editor()->undoStack()->undo();
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM pairings WHERE id = %1 AND status <> 'ended'").arg(pairingId)),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings WHERE mentee_id = %1 AND status <> 'ended'")
                           .arg(sellerId)),
                 1);
    }
};

QTEST_MAIN(TestMatchWizard)
#include "test_matchwizard.moc"
