// SPDX-License-Identifier: GPL-3.0-or-later
// AttentionListModel reading in the background: a program file is read by a worker with its own
// connection while the previous list stays shown; requests arriving during a read lead to exactly
// one more read whose list reflects them, the outdated result being dropped; closing the program
// or destroying the model during a read is safe; an in-memory database is read at once; a read
// that fails says why. Under QAbstractItemModelTester throughout.
#include "attention/AttentionList.h"
#include "attention/AttentionListModel.h"
#include "calendar/CalendarTime.h"
#include "changes/ChangeEvent.h"
#include "changes/ChangeFeed.h"
#include "storage/DatabaseWorker.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

const QDate kAsOf(2027, 2, 15);

/// Pairing `id` (mentee `id`), active since long before kAsOf with no touchpoint: overdue.
QString overduePairing(int id)
{
    return QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, created_utc, "
                          "updated_utc) VALUES (%1, 1, %1, 'active', '2027-01-01', '', '')")
        .arg(id);
}

} // namespace

class TestAttentionListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("model-%1.mentordesk").arg(++m_programCount));
        m_program = std::make_unique<ProgramDatabase>();
        QCOMPARE(m_program->open(m_path), ProgramDatabase::Outcome::Created);
        SQL_OK(execSql(db(), QStringLiteral("INSERT INTO mentors(id, external_id, name, created_utc, updated_utc) "
                                            "VALUES (1, 'M1', 'Ada', '', '')")));
        SQL_OK(execSql(db(), QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, created_utc, "
                                            "updated_utc) VALUES (1, 'S1', 'One', '', ''), (2, 'S2', 'Two', '', '')")));
        SQL_OK(execSql(db(), overduePairing(1)));
        QVERIFY(CalendarTime::setProgramZone(db(), QStringLiteral("UTC")).isEmpty());
        m_model = std::make_unique<AttentionListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setAsOf(kAsOf);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_program.reset();
    }

    void readsAProgramFileInTheBackground()
    {
        QSignalSpy counts(m_model.get(), &AttentionListModel::countsChanged);
        QSignalSpy updating(m_model.get(), &AttentionListModel::updatingChanged);
        m_model->setDatabase(db(), &m_feed);
        QVERIFY(m_model->isUpdating());
        QCOMPARE(m_model->rowCount(), 0);
        QTRY_VERIFY(!m_model->isUpdating());
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->item(0).pairingId, qint64(1));
        QCOMPARE(m_model->asOf(), kAsOf);
        QVERIFY(m_model->errorString().isEmpty());
        QCOMPARE(updating.count(), 2);
        QCOMPARE(updating.at(0).at(0).toBool(), true);
        QCOMPARE(updating.at(1).at(0).toBool(), false);
        // The emptied list of setDatabase(), then the read's.
        QCOMPARE(counts.count(), 2);
    }

    void requestsDuringAReadLeadToExactlyOneMore()
    {
        openAndWait();
        QSignalSpy reads(worker(), &DatabaseWorker::finished);
        QSignalSpy counts(m_model.get(), &AttentionListModel::countsChanged);
        m_model->refresh();
        QVERIFY(m_model->isUpdating());
        SQL_OK(execSql(db(), overduePairing(2)));
        m_model->refresh();
        m_model->refresh();
        // The previous list stays until the new one is in.
        QCOMPARE(m_model->rowCount(), 1);
        QTRY_VERIFY(!m_model->isUpdating());
        QCOMPARE(reads.count(), 2);  // the outdated read and one more
        QCOMPARE(counts.count(), 1); // the outdated result was never shown
        QCOMPARE(m_model->rowCount(), 2);
    }

    void changesDuringAReadReachTheList()
    {
        openAndWait();
        QSignalSpy reads(worker(), &DatabaseWorker::finished);
        m_model->refresh();
        QVERIFY(m_model->isUpdating());
        SQL_OK(execSql(db(), overduePairing(2)));
        for (int step = 0; step < 3; ++step)
            m_feed.publish(ChangeEvent::recordAdded(EntityKind::Pairing, 2));
        QTRY_VERIFY(!m_model->isUpdating());
        QCOMPARE(m_model->rowCount(), 2);
        // The three events make one request, whether it came before the read ended or after.
        QCOMPARE(reads.count(), 2);
    }

    void closingDuringAReadDropsItsResult()
    {
        m_model->setDatabase(db(), &m_feed);
        QVERIFY(m_model->isUpdating());
        QSignalSpy reads(worker(), &DatabaseWorker::finished);
        m_model->setDatabase(QSqlDatabase(), nullptr);
        QVERIFY(!m_model->isUpdating());
        QSignalSpy counts(m_model.get(), &AttentionListModel::countsChanged);
        QVERIFY(reads.wait());
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(counts.count(), 0);
        QVERIFY(!m_model->isUpdating());
    }

    void destroyedDuringARead()
    {
        m_model->setDatabase(db(), &m_feed);
        QVERIFY(m_model->isUpdating());
        m_tester.reset();
        m_model.reset();
        QCoreApplication::processEvents();
        // The worker was waited for: its connection is gone, only the program's is left.
        QCOMPARE(QSqlDatabase::connectionNames(), QStringList{db().connectionName()});
    }

    void anInMemoryDatabaseIsReadAtOnce()
    {
        // Only its own connection can read an in-memory database; this one reads the program's
        // tables through ATTACH (SQLite finds unqualified tables in attached databases).
        const QString name = QStringLiteral("memory");
        {
            QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            memory.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(memory.open());
            SQL_OK(execSql(memory, QStringLiteral("ATTACH DATABASE ? AS program"), {m_path}));
            QSignalSpy counts(m_model.get(), &AttentionListModel::countsChanged);
            m_model->setDatabase(memory, nullptr);
            QVERIFY(!m_model->isUpdating());
            QCOMPARE(m_model->rowCount(), 1);
            QCOMPARE(counts.count(), 2);
            // Chosen while a file is being read: read at once when that outdated read ends.
            m_model->setDatabase(db(), &m_feed);
            QVERIFY(m_model->isUpdating());
            m_model->setDatabase(memory, nullptr);
            QVERIFY(m_model->isUpdating());
            QTRY_VERIFY(!m_model->isUpdating());
            QCOMPARE(m_model->rowCount(), 1);
            m_model->setDatabase(QSqlDatabase(), nullptr);
        }
        QSqlDatabase::removeDatabase(name);
    }

    // The people of a long list are read a block at a time as the view asks for them; every
    // line, asked in any order, names the same people the complete (headless) read names.
    void peopleAreReadAsTheLinesAreShown()
    {
        constexpr int kPairings = 150; // more than two blocks of lines
        for (int id = 3; id <= kPairings; ++id) {
            SQL_OK(execSql(db(),
                           QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, created_utc, "
                                          "updated_utc) VALUES (?, ?, ?, '', '')"),
                           {id, QStringLiteral("S%1").arg(id), QStringLiteral("Shop %1").arg(id)}));
            SQL_OK(execSql(db(), overduePairing(id)));
        }
        SQL_OK(execSql(db(), overduePairing(2)));
        SQL_OK(execSql(db(), QStringLiteral("UPDATE mentors SET email = 'ada@example.org'")));
        m_model->setDatabase(db(), &m_feed);
        QTRY_VERIFY(!m_model->isUpdating());
        QCOMPARE(m_model->rowCount(), kPairings);

        AttentionList complete(db(), QTimeZone::utc());
        const std::optional<QVector<AttentionItem>> expected = complete.compute(kAsOf);
        QVERIFY2(expected.has_value(), qPrintable(complete.errorString()));
        QCOMPARE(expected->size(), kPairings);
        for (int row : {kPairings - 1, 70, 0, 64, 63, 128, 5}) {
            const QString mentee = m_model->index(row, AttentionListModel::Mentee).data().toString();
            QCOMPARE(mentee,
                     QStringLiteral("%1 (%2)").arg(expected->at(row).menteeName, expected->at(row).menteeExternalId));
            QCOMPARE(m_model->item(row).mentorEmail, QStringLiteral("ada@example.org"));
        }
        const QVector<AttentionItem>& all = m_model->items();
        for (int row = 0; row < kPairings; ++row) {
            QCOMPARE(all.at(row).pairingId, expected->at(row).pairingId);
            QCOMPARE(all.at(row).menteeName, expected->at(row).menteeName);
            QCOMPARE(all.at(row).mentorName, QStringLiteral("Ada"));
        }
    }

    void aFailedReadSaysWhy()
    {
        // A database file without the program's tables: the worker's read fails.
        const QString path = m_dir.filePath(QStringLiteral("not-a-program.sqlite"));
        const QString name = QStringLiteral("foreign");
        {
            QSqlDatabase foreign = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            foreign.setDatabaseName(path);
            QVERIFY(foreign.open());
            SQL_OK(execSql(foreign, QStringLiteral("CREATE TABLE other(x)")));
            m_model->setDatabase(foreign, nullptr);
            QVERIFY(m_model->isUpdating());
            QTRY_VERIFY(!m_model->isUpdating());
            QCOMPARE(m_model->rowCount(), 0);
            QVERIFY(!m_model->errorString().isEmpty());
            m_model->setDatabase(QSqlDatabase(), nullptr);
        }
        QSqlDatabase::removeDatabase(name);
    }

private:
    QSqlDatabase db() const { return m_program->connection(); }
    DatabaseWorker* worker() const { return m_model->findChild<DatabaseWorker*>(); }

    void openAndWait()
    {
        m_model->setDatabase(db(), &m_feed);
        QTRY_VERIFY(!m_model->isUpdating());
        QCOMPARE(m_model->rowCount(), 1);
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_programCount = 0;
    ChangeFeed m_feed;
    std::unique_ptr<ProgramDatabase> m_program;
    std::unique_ptr<AttentionListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestAttentionListModel)
#include "test_attentionlistmodel.moc"
