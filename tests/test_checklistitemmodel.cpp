// SPDX-License-Identifier: GPL-3.0-or-later
// ChecklistItemModel: a pairing's checklist as a tree of 30/60/90-day groups under
// QAbstractItemModelTester, late items flagged, and ticking through the check state written as
// an undoable step that the model follows (through the change feed) when it is undone.
#include "ChecklistFixture.h"

#include "editing/ProgramEditor.h"
#include "itemmodels/ChecklistItemModel.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

class TestChecklistItemModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_program = std::make_unique<ProgramDatabase>();
        QCOMPARE(m_program->open(m_dir->filePath(QStringLiteral("model.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        SQL_OK(checklistfixture::build(m_program->connection()));
        m_editor = std::make_unique<ProgramEditor>(m_program->connection(), QStringLiteral("Alex"));
        m_model = std::make_unique<ChecklistItemModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setToday(QDate(2026, 5, 10));
        m_model->setEditor(m_editor.get());
        m_model->setPairing(1);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_editor.reset();
        m_program.reset();
        m_dir.reset();
    }

    void groupsByDayOffset()
    {
        QCOMPARE(m_model->rowCount(), 3);
        for (int group = 0; group < 3; ++group) {
            const QModelIndex groupIndex = m_model->index(group, 0);
            QCOMPARE(m_model->rowCount(groupIndex), 3);
            QCOMPARE(groupIndex.data(ChecklistItemModel::DayOffsetRole).toInt(), 30 * (group + 1));
            QCOMPARE(m_model->index(0, 0, groupIndex).data(ChecklistItemModel::DayOffsetRole).toInt(),
                     30 * (group + 1));
        }
        QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("30 days — 0 of 3 done"));
        const QModelIndex first = m_model->index(0, ChecklistItemModel::Title, m_model->index(0, 0));
        QVERIFY(first.data().toString().startsWith(QLatin1String("Welcome session")));
        QCOMPARE(first.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(first.flags().testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!m_model->index(0, 0).flags().testFlag(Qt::ItemIsUserCheckable));

        m_model->setPairing(2); // no checklist
        QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
        m_model->setPairing(0);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void flagsLateItems_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("late");
        QTest::newRow("before the first due day") << QDate(2026, 3, 31) << 0;
        QTest::newRow("after the 30-day items") << QDate(2026, 4, 1) << 3;
        QTest::newRow("after all") << QDate(2026, 6, 1) << 9;
    }

    void flagsLateItems()
    {
        QFETCH(QDate, today);
        QFETCH(int, late);
        m_model->setToday(today);
        QCOMPARE(m_model->lateCount(), late);
        const QModelIndex first = m_model->index(0, ChecklistItemModel::Title, m_model->index(0, 0));
        QCOMPARE(first.data(ChecklistItemModel::LateRole).toBool(), late > 0);
        QCOMPARE(first.data(Qt::ToolTipRole).isValid(), late > 0);
    }

    void ticksThroughCheckStateAndFollowsUndo()
    {
        const QModelIndex first = m_model->index(0, ChecklistItemModel::Title, m_model->index(0, 0));
        const qint64 itemId = first.data(ChecklistItemModel::ItemIdRole).toLongLong();
        QVERIFY(first.data(ChecklistItemModel::LateRole).toBool());
        QVERIFY(m_model->setData(first, Qt::Checked, Qt::CheckStateRole));
        QModelIndex ticked = m_model->indexOfItem(itemId);
        QCOMPARE(ticked.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(!ticked.data(ChecklistItemModel::LateRole).toBool());
        QCOMPARE(m_model->itemAt(ticked)->doneOn, QDate(2026, 5, 10));
        QCOMPARE(m_model->indexOfItem(itemId, ChecklistItemModel::DoneOn).data().toString(),
                 QLocale().toString(QDate(2026, 5, 10), QLocale::ShortFormat));
        QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("30 days — 1 of 3 done"));

        m_editor->undoStack()->undo();
        ticked = m_model->indexOfItem(itemId);
        QCOMPARE(ticked.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(ticked.data(ChecklistItemModel::LateRole).toBool());

        QVERIFY(m_model->toggle(ticked));
        QVERIFY(m_model->toggle(m_model->indexOfItem(itemId)));
        QVERIFY(!m_model->itemAt(m_model->indexOfItem(itemId))->isDone());
        QCOMPARE(m_editor->undoStack()->count(), 2);
        QVERIFY(!m_model->toggle(m_model->index(0, 0))); // a group is not an item
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
    std::unique_ptr<ProgramEditor> m_editor;
    std::unique_ptr<ChecklistItemModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestChecklistItemModel)
#include "test_checklistitemmodel.moc"
