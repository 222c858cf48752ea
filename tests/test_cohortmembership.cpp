// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/WorkspaceSpecs.h"
#include "editing/ProgramEditor.h"
#include "itemmodels/PagedTableModel.h"
#include "storage/CohortMembershipRepository.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

class TestCohortMembership : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramDatabase> m_db;
    std::unique_ptr<ProgramEditor> m_editor;

    void exec(const QString& sql)
    {
        QSqlQuery query(m_db->connection());
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }

    QStringList auditOf(qint64 sellerId)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT IFNULL(old_value, '-') || '>' || IFNULL(new_value, '-') FROM audit_log "
                                     "WHERE entity = 'seller' AND entity_id = ? AND field = 'cohort' ORDER BY id"));
        query.addBindValue(sellerId);
        QStringList rows;
        if (query.exec()) {
            while (query.next())
                rows << query.value(0).toString();
        }
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<ProgramDatabase>();
        QFile::remove(m_dir.filePath(QStringLiteral("p.mentordesk")));
        QCOMPARE(m_db->open(m_dir.filePath(QStringLiteral("p.mentordesk"))), ProgramDatabase::Outcome::Created);
        exec(QStringLiteral("INSERT INTO cohorts(id, name, start_date, created_utc, updated_utc) VALUES "
                            "(1, 'Spring', '2026-03-01', 'T', 'T'), (2, 'Autumn', '2026-09-01', 'T', 'T')"));
        exec(QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, created_utc, updated_utc) VALUES "
                            "(10, 'S10', 'Alder Crafts', 'T', 'T'), (11, 'S11', 'Birch Goods', 'T', 'T')"));
        exec(
            QStringLiteral("INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES (10, 1, '2026-03-02')"));
        m_editor = std::make_unique<ProgramEditor>(m_db->connection(), QStringLiteral("tester"));
    }

    void cleanup()
    {
        m_editor.reset();
        m_db.reset();
    }

    void cohortsAreListedNewestFirst()
    {
        CohortMembershipRepository memberships(m_editor->records());
        const QVector<CohortChoice> cohorts = memberships.cohorts();
        QCOMPARE(cohorts.size(), 2);
        QCOMPARE(cohorts.at(0).name, QStringLiteral("Autumn"));
        QCOMPARE(cohorts.at(1).name, QStringLiteral("Spring"));
    }

    void moveUndoRedoKeepsJoinDateAndAudits()
    {
        CohortMembershipRepository memberships(m_editor->records());
        QVERIFY(m_editor->assignCohort(10, 2));
        QCOMPARE(memberships.membership(10).cohortId, qint64(2));
        QCOMPARE(memberships.membership(10).joinedOn, QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(auditOf(10), QStringList{QStringLiteral("Spring>Autumn")});

        m_editor->undoStack()->undo();
        QCOMPARE(memberships.membership(10).cohortId, qint64(1));
        QCOMPARE(memberships.membership(10).joinedOn, QStringLiteral("2026-03-02"));
        QCOMPARE(auditOf(10), (QStringList{QStringLiteral("Spring>Autumn"), QStringLiteral("Autumn>Spring")}));

        m_editor->undoStack()->redo();
        QCOMPARE(memberships.membership(10).cohortId, qint64(2));
        QCOMPARE(auditOf(10).size(), 3);
    }

    void joinAndLeave()
    {
        CohortMembershipRepository memberships(m_editor->records());
        QVERIFY(m_editor->assignCohort(11, 1));
        QCOMPARE(memberships.membership(11).cohortId, qint64(1));
        QVERIFY(m_editor->assignCohort(11, 0));
        QCOMPARE(memberships.membership(11).cohortId, qint64(0));
        QCOMPARE(auditOf(11), (QStringList{QStringLiteral("->Spring"), QStringLiteral("Spring>-")}));
        QCOMPARE(m_editor->undoStack()->count(), 2);
    }

    void unchangedCohortIsNoStep()
    {
        QVERIFY(m_editor->assignCohort(10, 1));
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QVERIFY(auditOf(10).isEmpty());
    }

    void unknownCohortIsRefusedAndNothingChanges()
    {
        CohortMembershipRepository memberships(m_editor->records());
        QVERIFY(!m_editor->assignCohort(10, 99));
        QVERIFY(!m_editor->errorString().isEmpty());
        QCOMPARE(memberships.membership(10).cohortId, qint64(1));
        QVERIFY(auditOf(10).isEmpty());
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }

    void workspacesFollowTheMove()
    {
        PagedTableModel sellers(sellerTableSpec());
        PagedTableModel cohorts(cohortTableSpec());
        QAbstractItemModelTester sellerTester(&sellers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester cohortTester(&cohorts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sellers.setDatabase(m_db->connection(), &m_db->dialect(), m_editor.get());
        cohorts.setDatabase(m_db->connection(), &m_db->dialect(), m_editor.get());
        sellers.setFacetValue(QStringLiteral("cohort"), 1);
        QCOMPARE(sellers.rowCount(), 1);
        const int membersColumn = cohortTableSpec().fieldIndex(QStringLiteral("members"));
        const int springRow = cohorts.rowOfRecord(1);
        QCOMPARE(cohorts.index(springRow, membersColumn).data(Qt::EditRole).toInt(), 1);

        QVERIFY(m_editor->assignCohort(11, 1));
        QCOMPARE(sellers.rowCount(), 2);
        QCOMPARE(cohorts.index(springRow, membersColumn).data(Qt::EditRole).toInt(), 2);

        sellers.setFacetValue(QStringLiteral("cohort"), QVariant());
        const int cohortColumn = sellerTableSpec().fieldIndex(QStringLiteral("cohort"));
        QVERIFY(m_editor->assignCohort(11, 2));
        QCOMPARE(sellers.index(sellers.rowOfRecord(11), cohortColumn).data().toString(), QStringLiteral("Autumn"));
    }
};

QTEST_GUILESS_MAIN(TestCohortMembership)
#include "test_cohortmembership.moc"
