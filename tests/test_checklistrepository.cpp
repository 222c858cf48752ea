// SPDX-License-Identifier: GPL-3.0-or-later
// ChecklistRepository: a pairing's checklist and feedback as the views read them, lateness, and a
// mentor's average received rating and count (from mentees only, over all their pairings) on
// hand-built data, the same figures the Mentors workspace's computed columns give.
#include "ChecklistFixture.h"

#include "checklists/ChecklistRepository.h"
#include "domain/FieldCatalogue.h"
#include "storage/ProgramDatabase.h"
#include "storage/RecordRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

class TestChecklistRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_program.open(m_dir.filePath(QStringLiteral("ratings.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        SQL_OK(checklistfixture::build(db()));
        // Ada (1): 4 from S3 (fixture), 5 and 2 from S1, and a 1 she gave S1 that does not count.
        // Bo (2): 3 from S2. Nobody rated mentor 3.
        SQL_OK(execSql(db(), QStringLiteral("INSERT INTO mentors(id, name, created_utc, updated_utc) VALUES "
                                            "(3, 'Cy', '', '')")));
        SQL_OK(execSql(db(), QStringLiteral("INSERT INTO feedback(pairing_id, direction, rating, given_on) VALUES "
                                            "(1, 'mentee_to_mentor', 5, '2026-03-10'), "
                                            "(1, 'mentee_to_mentor', 2, '2026-04-10'), "
                                            "(1, 'mentor_to_mentee', 1, '2026-04-10'), "
                                            "(2, 'mentee_to_mentor', 3, '2026-02-01')")));
    }

    void mentorRatings_data()
    {
        QTest::addColumn<qint64>("mentorId");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("average");
        QTest::addColumn<QString>("column");
        QTest::newRow("Ada") << qint64(1) << 3 << 11.0 / 3 << QStringLiteral("3.7");
        QTest::newRow("Bo") << qint64(2) << 1 << 3.0 << QStringLiteral("3");
        QTest::newRow("unrated") << qint64(3) << 0 << 0.0 << QStringLiteral("NULL");
    }

    void mentorRatings()
    {
        QFETCH(qint64, mentorId);
        QFETCH(int, count);
        QFETCH(double, average);
        QFETCH(QString, column);
        RecordRepository records(db(), QStringLiteral("Alex"));
        const MentorRating rating = ChecklistRepository(records).mentorRating(mentorId);
        QCOMPARE(rating.count, count);
        QCOMPARE(rating.average, average);
        // The Mentors workspace's columns, from the field catalogue.
        const QString select = QStringLiteral("SELECT IFNULL(%1, 'NULL'), %2 FROM mentors t WHERE t.id = %3")
                                   .arg(catalogueField(FieldId::MentorAverageRating).selectExpression,
                                        catalogueField(FieldId::MentorRatingCount).selectExpression)
                                   .arg(mentorId);
        QCOMPARE(queryRows(db(), select), QStringList{QStringLiteral("%1|%2").arg(column).arg(count)});
    }

    void readsItemsAndLateness()
    {
        RecordRepository records(db(), QStringLiteral("Alex"));
        ChecklistRepository repository(records);
        const QVector<ChecklistItem> items = repository.items(1);
        QCOMPARE(items.size(), 9);
        QCOMPARE(items.first().dueDate, QDate(2026, 3, 31));
        QCOMPARE(items.last().dayOffset, 90);
        QVERIFY(!items.first().isLate(QDate(2026, 3, 31))); // due today is not late yet
        QVERIFY(items.first().isLate(QDate(2026, 4, 1)));
        ChecklistItem done = items.first();
        done.doneOn = QDate(2026, 3, 30);
        QVERIFY(!done.isLate(QDate(2026, 6, 1)));
        QVERIFY(repository.items(2).isEmpty());
        QCOMPARE(repository.feedback(3).size(), 2);
        QCOMPARE(repository.feedback(3).first().direction, FeedbackDirection::MentorToMentee); // newest first
        QCOMPARE(repository.mentorOf(2), qint64(2));
    }

private:
    QSqlDatabase db() const { return m_program.connection(); }

    QTemporaryDir m_dir;
    ProgramDatabase m_program;
};

QTEST_GUILESS_MAIN(TestChecklistRepository)
#include "test_checklistrepository.moc"
