// SPDX-License-Identifier: GPL-3.0-or-later
// An import killed outright (SIGKILL: no handler runs, no rollback code) leaves a program that is
// intact and holds either none of the import or all of it. The real executable imports a seller
// file big enough to take a few seconds in a Debug build and is killed at several points: while
// it reads the file, as the first pages reach the write-ahead log, midway through writing, and
// near the commit.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "MentordeskProcess.h"

namespace {

/// Enough rows for about four seconds of importing in a Debug build on the CI machine, so that
/// every kill point below lands while the import is under way.
constexpr int kSellerRows = 150000;

} // namespace

class TestImportKill : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportLeavesAllOrNothing_data();
    void killedImportLeavesAllOrNothing();
#ifdef MENTORDESK_TERMINATE_SIGNAL
    void interruptedImportRollsBack();
#endif
    void cleanupTestCase();

private:
    QStringList importArguments(const QString& program) const
    {
        return {QStringLiteral("import"), QStringLiteral("sellers"), m_csv, QStringLiteral("--database"), program};
    }

    QTemporaryDir m_dir;
    QString m_csv;
    qint64 m_fullRunMs = 0;
    qint64 m_fullProgramBytes = 0;
    int m_interrupted = 0;
    int m_completed = 0;
};

void TestImportKill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_csv = m_dir.filePath(QStringLiteral("big.csv"));
    QFile file(m_csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("seller_id,shop_name,email,category,country,orders,revenue,listing_quality\n");
    QByteArray line;
    for (int i = 0; i < kSellerRows; ++i) {
        const QByteArray n = QByteArray::number(i);
        line = "S-" + n + ",Shop number " + n + ",seller" + n + "@example.com,Category " + QByteArray::number(i % 12) +
               ",DE," + QByteArray::number(i % 50) + ',' + QByteArray::number(i % 1000) + ".5," +
               QByteArray::number(i % 100) + '\n';
        file.write(line);
    }
    file.close();

    // The undisturbed import, which the kill points are measured against.
    const QString program = m_dir.filePath(QStringLiteral("full.mentordesk"));
    QElapsedTimer timer;
    timer.start();
    const MentordeskRun result = runMentordesk(m_dir.path(), importArguments(program), 300000);
    m_fullRunMs = timer.elapsed();
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    m_fullProgramBytes = QFileInfo(program).size();
    ReadOnlyProgram db(program);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sellers")).toInt(), kSellerRows);
    qInfo("undisturbed import: %lld ms, program %lld bytes", m_fullRunMs, m_fullProgramBytes);
}

void TestImportKill::killedImportLeavesAllOrNothing_data()
{
    QTest::addColumn<double>("shareOfDuration");
    QTest::addColumn<double>("shareOfProgram"); // of the full program's size, in the write-ahead log
    QTest::addColumn<qint64>("walBytes");

    QTest::newRow("while reading the file") << 0.25 << 0.0 << qint64(0);
    QTest::newRow("first megabyte in the log") << 0.0 << 0.0 << qint64(1024 * 1024);
    QTest::newRow("a third written") << 0.0 << 1.0 / 3 << qint64(0);
    QTest::newRow("nearly all written") << 0.0 << 0.9 << qint64(0);
}

void TestImportKill::killedImportLeavesAllOrNothing()
{
    QFETCH(double, shareOfDuration);
    QFETCH(double, shareOfProgram);
    QFETCH(qint64, walBytes);
    if (shareOfProgram > 0)
        walBytes = qint64(shareOfProgram * double(m_fullProgramBytes));

    const QString program = m_dir.filePath(QStringLiteral("%1.mentordesk").arg(QTest::currentDataTag()));
    const QString wal = program + QStringLiteral("-wal");
    QProcess process;
    process.setProcessEnvironment(mentordeskEnvironment(m_dir.path()));
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(MENTORDESK_EXECUTABLE), importArguments(program));
    QVERIFY(process.waitForStarted());

    const qint64 killAfterMs = qint64(shareOfDuration * double(m_fullRunMs));
    while (process.state() == QProcess::Running && timer.elapsed() < 10 * m_fullRunMs + 60000) {
        const bool due = walBytes > 0 ? QFileInfo(wal).size() >= walBytes : timer.elapsed() >= killAfterMs;
        if (due)
            break;
        QThread::msleep(5);
        process.waitForFinished(0);
    }
    const bool killed = process.state() == QProcess::Running;
    const qint64 walAtKill = QFileInfo(wal).size();
    if (killed) {
        process.kill();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }
    qInfo("%s after %lld ms, write-ahead log %lld bytes", killed ? "killed" : "finished by itself", timer.elapsed(),
          walAtKill);

    QVERIFY2(QFileInfo::exists(program), "the kill came before the program was created; kill later");
    ReadOnlyProgram db(program);
    QVERIFY(db.isOpen());
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(db.column(QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    const int batches = db.scalar(QStringLiteral("SELECT count(*) FROM import_batches")).toInt();
    const int sellers = db.scalar(QStringLiteral("SELECT count(*) FROM sellers")).toInt();
    const int snapshots = db.scalar(QStringLiteral("SELECT count(*) FROM seller_metric_snapshots")).toInt();
    if (batches == 0) {
        ++m_interrupted;
        QCOMPARE(sellers, 0);
        QCOMPARE(snapshots, 0);
    } else {
        // The kill came after the commit: the whole import is there, its batch complete.
        ++m_completed;
        QCOMPARE(batches, 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT sellers_added FROM import_batches")).toInt(), sellers);
        QCOMPARE(sellers, kSellerRows);
        QCOMPARE(snapshots, kSellerRows);
        QVERIFY(!db.scalar(QStringLiteral("SELECT finished_utc FROM import_batches")).isNull());
    }
}

#ifdef MENTORDESK_TERMINATE_SIGNAL
void TestImportKill::interruptedImportRollsBack()
{
    // Ctrl+C and SIGTERM ask the engine to stop; it rolls back and the command says so.
    const QString program = m_dir.filePath(QStringLiteral("interrupted.mentordesk"));
    QProcess process;
    process.setProcessEnvironment(mentordeskEnvironment(m_dir.path()));
    process.start(QStringLiteral(MENTORDESK_EXECUTABLE), importArguments(program));
    QVERIFY(process.waitForStarted());
    QThread::msleep(quint64(m_fullRunMs / 4));
    QCOMPARE(process.state(), QProcess::Running);
    process.terminate();
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY2(err.contains(QStringLiteral("cancelled; nothing was written")), qPrintable(err));
    // The program was new, so a cancelled import leaves no file behind at all.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("interrupted.mentordesk*")}, QDir::Files), QStringList());
}
#endif

void TestImportKill::cleanupTestCase()
{
    qInfo("%d kills interrupted the import, %d came after its commit", m_interrupted, m_completed);
    // Kills that all came after the commit would test nothing: the file is then too small for
    // this machine and build.
    QVERIFY2(m_interrupted > 0, "no kill interrupted the import; make the file bigger");
}

QTEST_GUILESS_MAIN(TestImportKill)
#include "test_importkill.moc"
