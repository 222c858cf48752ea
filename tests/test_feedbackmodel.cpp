// SPDX-License-Identifier: GPL-3.0-or-later
// FeedbackModel: a pairing's feedback in both directions under QAbstractItemModelTester, the
// averages per direction and of the mentor, and following the change feed when feedback is
// recorded and the recording undone.
#include "ChecklistFixture.h"

#include "checklists/ChecklistEditor.h"
#include "editing/ProgramEditor.h"
#include "itemmodels/FeedbackModel.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

class TestFeedbackModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_program = std::make_unique<ProgramDatabase>();
        QCOMPARE(m_program->open(m_dir->filePath(QStringLiteral("feedback.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        SQL_OK(checklistfixture::build(m_program->connection()));
        m_editor = std::make_unique<ProgramEditor>(m_program->connection(), QStringLiteral("Alex"));
        m_model = std::make_unique<FeedbackModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setEditor(m_editor.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_editor.reset();
        m_program.reset();
        m_dir.reset();
    }

    void showsBothDirections()
    {
        m_model->setPairing(3);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->index(0, FeedbackModel::Direction).data().toString(),
                 FeedbackModel::directionText(FeedbackDirection::MentorToMentee));
        QCOMPARE(m_model->index(0, FeedbackModel::Rating).data().toString(), QStringLiteral("2/5"));
        QCOMPARE(m_model->index(0, FeedbackModel::Comment).data().toString(), QStringLiteral("Rarely prepared"));
        QCOMPARE(m_model->index(1, FeedbackModel::Rating).data(FeedbackModel::RatingRole).toInt(), 4);
        QCOMPARE(m_model->average(FeedbackDirection::MenteeToMentor).average, 4.0);
        QCOMPARE(m_model->average(FeedbackDirection::MentorToMentee).count, 1);
        QCOMPARE(m_model->mentorAverage().count, 1);
        m_model->setPairing(2);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(FeedbackModel::ratingText(m_model->mentorAverage()), FeedbackModel::tr("no ratings yet"));
    }

    void followsRecordingAndUndo()
    {
        m_model->setPairing(1);
        QCOMPARE(m_model->rowCount(), 0);
        ChecklistEditor editor(*m_editor);
        QVERIFY(editor.recordFeedback(
            {0, 1, FeedbackDirection::MenteeToMentor, 5, QStringLiteral("Clear advice"), QDate(2026, 3, 20)},
            QDate(2026, 3, 20)));
        QCOMPARE(m_model->rowCount(), 1);
        // Ada's ratings from mentees: 4 (pairing 3) and 5 (pairing 1).
        QCOMPARE(m_model->mentorAverage().count, 2);
        QCOMPARE(m_model->mentorAverage().average, 4.5);
        QVERIFY(FeedbackModel::ratingText(m_model->mentorAverage()).contains(QLocale().toString(4.5, 'f', 1)));
        m_editor->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->mentorAverage().count, 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
    std::unique_ptr<ProgramEditor> m_editor;
    std::unique_ptr<FeedbackModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestFeedbackModel)
#include "test_feedbackmodel.moc"
