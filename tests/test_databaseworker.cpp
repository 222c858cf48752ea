// SPDX-License-Identifier: GPL-3.0-or-later
// DatabaseWorker: a job per thread with a connection of its own (the import, the matching), and
// the kept connection the "Needs attention" model reads through — one connection from job to job
// (a TEMP table, which lives as long as its connection, shows it), another when the program
// changes, none once released or destroyed, and finished() once per job, never after wait().
#include "storage/DatabaseWorker.h"
#include "storage/ProgramDatabase.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace mentordesk;

namespace {

/// Whether the connection has the TEMP table `marker`; creates it when `create`.
bool hasMarker(const QSqlDatabase& db, bool create)
{
    QSqlQuery query(db);
    const bool found = query.exec(QStringLiteral("SELECT count(*) FROM temp.marker"));
    if (!found && create)
        QSqlQuery(db).exec(QStringLiteral("CREATE TEMP TABLE marker(x)"));
    return found;
}

/// The worker connections Qt knows of.
int workerConnections()
{
    int count = 0;
    for (const QString& name : QSqlDatabase::connectionNames())
        count += name.startsWith(QLatin1String("worker-")) ? 1 : 0;
    return count;
}

} // namespace

class TestDatabaseWorker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString& name : {QStringLiteral("a"), QStringLiteral("b")}) {
            ProgramDatabase program;
            QCOMPARE(program.open(path(name)), ProgramDatabase::Outcome::Created);
        }
    }

    void connectionPerJob_data() { jobsData(); }
    void connectionPerJob() { runJobs(DatabaseWorker::Connection::PerJob); }

    void keptConnection_data() { jobsData(); }
    void keptConnection() { runJobs(DatabaseWorker::Connection::Kept); }

    void releasedConnectionIsClosed()
    {
        DatabaseWorker worker(path(QStringLiteral("a")), nullptr, DatabaseWorker::Connection::Kept);
        QSignalSpy finished(&worker, &DatabaseWorker::finished);
        worker.start([](const QSqlDatabase& db, const QString&) { hasMarker(db, true); });
        QVERIFY(finished.wait());
        QCOMPARE(workerConnections(), 1);
        worker.releaseConnection();
        bool found = true;
        worker.start([&found](const QSqlDatabase& db, const QString&) { found = hasMarker(db, false); });
        QVERIFY(finished.wait());
        QVERIFY(!found);
    }

    void destroyedDuringAJob()
    {
        QSemaphore started, release;
        std::atomic<bool> ended{false};
        {
            DatabaseWorker worker(path(QStringLiteral("a")), nullptr, DatabaseWorker::Connection::Kept);
            QSignalSpy finished(&worker, &DatabaseWorker::finished);
            worker.start([&](const QSqlDatabase& db, const QString&) {
                started.release();
                release.acquire();
                hasMarker(db, true);
                ended = true;
            });
            started.acquire();
            QVERIFY(worker.isRunning());
            release.release();
            // The destructor waits for the job and closes the connection; finished() never comes.
        }
        QVERIFY(ended);
        QCOMPARE(workerConnections(), 0);
    }

    void waitSwallowsFinished()
    {
        DatabaseWorker worker(path(QStringLiteral("a")), nullptr, DatabaseWorker::Connection::Kept);
        QSignalSpy finished(&worker, &DatabaseWorker::finished);
        worker.start([](const QSqlDatabase&, const QString&) { QThread::msleep(20); });
        worker.wait();
        QVERIFY(!worker.isRunning());
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 0);
        // The next job's end is announced as usual.
        worker.start([](const QSqlDatabase&, const QString&) {});
        QVERIFY(finished.wait());
        QCOMPARE(finished.count(), 1);
    }

    void aFileThatCannotBeOpenedSaysWhy()
    {
        DatabaseWorker worker(QString(), nullptr, DatabaseWorker::Connection::Kept);
        QSignalSpy finished(&worker, &DatabaseWorker::finished);
        bool open = true;
        QString error;
        worker.start(m_dir.filePath(QStringLiteral("missing/nowhere.mentordesk")),
                     [&](const QSqlDatabase& db, const QString& openError) {
                         open = db.isOpen();
                         error = openError;
                     });
        QVERIFY(finished.wait());
        QVERIFY(!open);
        QVERIFY(!error.isEmpty());
    }

private:
    QString path(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".mentordesk")); }

    void jobsData()
    {
        QTest::addColumn<QStringList>("programs");
        QTest::addColumn<QList<bool>>("keptExpected");
        // Per job: whether the marker of the job before is still there with a kept connection.
        QTest::newRow("same program") << QStringList{QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("a")}
                                      << QList<bool>{false, true, true};
        QTest::newRow("program changes") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("b")}
                                         << QList<bool>{false, false, true};
    }

    void runJobs(DatabaseWorker::Connection connection)
    {
        QFETCH(QStringList, programs);
        QFETCH(QList<bool>, keptExpected);
        {
            DatabaseWorker worker(QString(), nullptr, connection);
            QSignalSpy finished(&worker, &DatabaseWorker::finished);
            for (int i = 0; i < programs.size(); ++i) {
                bool found = false;
                bool open = false;
                worker.start(path(programs.at(i)), [&](const QSqlDatabase& db, const QString&) {
                    open = db.isOpen();
                    found = hasMarker(db, true);
                });
                QVERIFY(worker.isRunning());
                QVERIFY(finished.wait());
                QCOMPARE(finished.count(), i + 1);
                QVERIFY(open);
                QCOMPARE(found, connection == DatabaseWorker::Connection::Kept && keptExpected.at(i));
                QCOMPARE(workerConnections(), connection == DatabaseWorker::Connection::Kept ? 1 : 0);
            }
        }
        QCOMPARE(workerConnections(), 0);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabaseWorker)
#include "test_databaseworker.moc"
