// SPDX-License-Identifier: GPL-3.0-or-later
// An import killed outright (SIGKILL: no handler runs, no rollback code) leaves a program that is
// intact and holds either none of the import or all of it. The real executable imports a seller
// file and is killed at points it reaches itself, whatever the speed of the machine: a quarter
// through reading the file, as the first pages of the import reach the write-ahead log, at a
// megabyte and a third of the program in it, and near the commit.
//
// Every kill is sent from the handler of the event that shows the point was reached (the child's
// read position in the file, the size of the -wal file), so it lands a few microseconds after
// it. Until the commit frame, the last one of the transaction, is in the log, SQLite ignores the
// import's frames; the early points leave the child the rest of the file to read, or tens of
// megabytes of log to write, before it can commit, so their kills always interrupt.
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

#include "MentordeskProcess.h"

namespace {

/// Enough rows that the import writes some seventy megabytes of write-ahead log, so that the
/// kill points below are far apart in the child's work.
constexpr int kSellerRows = 100000;
/// A safety net for a child that hangs, not a measure of how long an import takes.
constexpr int kHangTimeoutMs = 240000;

/// Where a kill lands: once the child has read `readShare` of the file (Linux), or once its
/// write-ahead log holds `walGrowth` bytes more than it did when the program had been created.
struct KillPoint {
    double readShare = 0;
    qint64 walGrowth = -1;
};

#ifdef Q_OS_LINUX
/// How far process `pid` has read the file `path`: the furthest offset of its descriptors on it,
/// from /proc; -1 when it has none open.
qint64 readPosition(qint64 pid, const QString& path)
{
    qint64 furthest = -1;
    const QString fds = QStringLiteral("/proc/%1/fd").arg(pid);
    const QStringList entries = QDir(fds).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    for (const QString& fd : entries) {
        if (QFileInfo(fds + QLatin1Char('/') + fd).symLinkTarget() != path)
            continue;
        QFile info(QStringLiteral("/proc/%1/fdinfo/%2").arg(pid).arg(fd));
        if (!info.open(QIODevice::ReadOnly))
            continue;
        const QByteArray first = info.readLine(); // "pos:\t<offset>"
        if (first.startsWith("pos:"))
            furthest = qMax(furthest, first.mid(4).trimmed().toLongLong());
    }
    return furthest;
}

/// Calls `onRead` whenever some process reads the file `path` (inotify's IN_ACCESS): the events
/// that tell when to look at the child's read position again.
class ReadWatch {
public:
    ReadWatch(const QString& path, std::function<void()> onRead)
        : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        if (m_fd < 0 || inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_ACCESS) < 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this, onRead = std::move(onRead)] {
            char events[4096];
            while (::read(m_fd, events, sizeof events) > 0) {
            }
            onRead();
        });
    }
    ~ReadWatch()
    {
        m_notifier.reset();
        if (m_fd >= 0)
            ::close(m_fd);
    }
    ReadWatch(const ReadWatch&) = delete;
    ReadWatch& operator=(const ReadWatch&) = delete;

    bool isWatching() const { return m_notifier != nullptr; }

private:
    int m_fd;
    std::unique_ptr<QSocketNotifier> m_notifier;
};
#endif

/// What runImport() saw.
struct Interruption {
    bool sent = false;           ///< the point was reached while the child ran, and `end` was called
    bool sawProgramLine = false; ///< the child named the program on stdout
    qint64 walAtEnd = -1;
    QString err;
};

} // namespace

class TestImportKill : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportLeavesAllOrNothing_data();
    void killedImportLeavesAllOrNothing();
#if defined(MENTORDESK_TERMINATE_SIGNAL) && defined(Q_OS_LINUX)
    void interruptedImportRollsBack();
#endif
    void cleanupTestCase();

private:
    QStringList importArguments(const QString& program) const
    {
        return {QStringLiteral("import"), QStringLiteral("sellers"), m_csv, QStringLiteral("--database"), program};
    }
    Interruption runImport(QProcess* process, const QString& program, const KillPoint& point,
                           const std::function<void(QProcess*)>& end) const;

    QTemporaryDir m_dir;
    QString m_csv;
    qint64 m_csvBytes = 0;
    qint64 m_fullProgramBytes = 0;
    int m_interrupted = 0;
    int m_completed = 0;
};

void TestImportKill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_csv = QFileInfo(m_dir.filePath(QStringLiteral("big.csv"))).absoluteFilePath();
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
    m_csv = QFileInfo(m_csv).canonicalFilePath();
    m_csvBytes = QFileInfo(m_csv).size();

    // The undisturbed import, whose program size places the later kill points.
    const QString program = m_dir.filePath(QStringLiteral("full.mentordesk"));
    const MentordeskRun result = runMentordesk(m_dir.path(), importArguments(program), kHangTimeoutMs);
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    m_fullProgramBytes = QFileInfo(program).size();
    ReadOnlyProgram db(program);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sellers")).toInt(), kSellerRows);
    qInfo("undisturbed import: program %lld bytes", m_fullProgramBytes);
}

Interruption TestImportKill::runImport(QProcess* process, const QString& program, const KillPoint& point,
                                       const std::function<void(QProcess*)>& end) const
{
    Interruption seen;
    const QString wal = program + QStringLiteral("-wal");
    const QByteArray programName = QFileInfo(program).fileName().toUtf8();
    qint64 walBaseline = -1;
    QFileSystemWatcher walWatcher;

    auto check = [&] {
        if (seen.sent || process->state() != QProcess::Running)
            return;
        bool due = false;
#ifdef Q_OS_LINUX
        if (point.readShare > 0)
            due = readPosition(process->processId(), m_csv) >= qint64(point.readShare * double(m_csvBytes));
#endif
        if (point.walGrowth >= 0 && walBaseline >= 0)
            due = QFileInfo(wal).size() >= walBaseline + point.walGrowth;
        if (!due)
            return;
        seen.sent = true;
        seen.walAtEnd = QFileInfo(wal).size();
        end(process);
    };
    // The child names the program once it has created it (schema and all): the log's size then
    // is where the import's own pages start.
    QObject::connect(process, &QProcess::readyReadStandardOutput, process, [&] {
        while (process->canReadLine()) {
            if (walBaseline >= 0 || !process->readLine().contains(programName))
                continue;
            seen.sawProgramLine = true;
            walBaseline = QFileInfo(wal).size();
            walWatcher.addPath(wal);
            check();
        }
    });
    QObject::connect(&walWatcher, &QFileSystemWatcher::fileChanged, process, check);
#ifdef Q_OS_LINUX
    const ReadWatch readWatch(m_csv, check);
    if (point.readShare > 0 && !readWatch.isWatching())
        qWarning("inotify is not available: the read position cannot be followed");
#endif

    QEventLoop loop;
    QObject::connect(process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer hang;
    hang.setSingleShot(true);
    QObject::connect(&hang, &QTimer::timeout, &loop, &QEventLoop::quit);
    process->setProcessEnvironment(mentordeskEnvironment(m_dir.path()));
    process->start(QStringLiteral(MENTORDESK_EXECUTABLE), importArguments(program));
    if (!process->waitForStarted())
        return seen;
    hang.start(kHangTimeoutMs);
    loop.exec();
    if (process->state() != QProcess::NotRunning) {
        qWarning("the import hung; killed");
        process->kill();
        process->waitForFinished();
        seen.sent = false;
    }
    seen.err = QString::fromUtf8(process->readAllStandardError());
    return seen;
}

void TestImportKill::killedImportLeavesAllOrNothing_data()
{
    QTest::addColumn<double>("readShare");
    QTest::addColumn<qint64>("walGrowth");
    QTest::addColumn<double>("shareOfProgram"); // of the full program's size, grown in the log
    QTest::addColumn<bool>("mustInterrupt");

#ifdef Q_OS_LINUX
    QTest::newRow("a quarter of the file read") << 0.25 << qint64(-1) << 0.0 << true;
#endif
    QTest::newRow("first pages in the log") << 0.0 << qint64(1) << 0.0 << true;
    QTest::newRow("first megabyte in the log") << 0.0 << qint64(1024 * 1024) << 0.0 << true;
    QTest::newRow("a third written") << 0.0 << qint64(-1) << 1.0 / 3 << false;
    QTest::newRow("nearly all written") << 0.0 << qint64(-1) << 0.9 << false;
}

void TestImportKill::killedImportLeavesAllOrNothing()
{
    QFETCH(double, readShare);
    QFETCH(qint64, walGrowth);
    QFETCH(double, shareOfProgram);
    QFETCH(bool, mustInterrupt);
    if (shareOfProgram > 0)
        walGrowth = qint64(shareOfProgram * double(m_fullProgramBytes));

    const QString program = m_dir.filePath(QStringLiteral("%1.mentordesk").arg(QTest::currentDataTag()));
    QProcess process;
    const Interruption seen =
        runImport(&process, program, KillPoint{readShare, walGrowth}, [](QProcess* child) { child->kill(); });
    QVERIFY2(seen.sawProgramLine, qPrintable(seen.err));
    if (seen.sent)
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    else
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(seen.err));
    qInfo("%s, write-ahead log %lld bytes at the kill", seen.sent ? "killed" : "finished by itself", seen.walAtEnd);

    QVERIFY2(QFileInfo::exists(program), "the program file is missing");
    ReadOnlyProgram db(program);
    QVERIFY(db.isOpen());
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(db.column(QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    const int batches = db.scalar(QStringLiteral("SELECT count(*) FROM import_batches")).toInt();
    const int sellers = db.scalar(QStringLiteral("SELECT count(*) FROM sellers")).toInt();
    const int snapshots = db.scalar(QStringLiteral("SELECT count(*) FROM seller_metric_snapshots")).toInt();
    if (batches == 0) {
        ++m_interrupted;
        QVERIFY(seen.sent);
        QCOMPARE(sellers, 0);
        QCOMPARE(snapshots, 0);
    } else {
        // The kill came after the commit: the whole import is there, its batch complete.
        ++m_completed;
        QVERIFY2(!mustInterrupt, "the kill came after the commit although the point is long before it");
        QCOMPARE(batches, 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT sellers_added FROM import_batches")).toInt(), sellers);
        QCOMPARE(sellers, kSellerRows);
        QCOMPARE(snapshots, kSellerRows);
        QVERIFY(!db.scalar(QStringLiteral("SELECT finished_utc FROM import_batches")).isNull());
    }
}

#if defined(MENTORDESK_TERMINATE_SIGNAL) && defined(Q_OS_LINUX)
void TestImportKill::interruptedImportRollsBack()
{
    // Ctrl+C and SIGTERM ask the engine to stop; it rolls back and the command says so. The signal
    // comes once the child has read a quarter of the file: its rows are then being written (the
    // reader is at most a few batches ahead of the writer), the handler is in place, and three
    // quarters of the rows are left, after each batch of which the engine looks for a cancel. Not
    // the log's size: the rows stay in the import's page cache, and the log grows only as the
    // indexes are rebuilt and the commit is written, when a cancel no longer stops the import.
    const QString program = m_dir.filePath(QStringLiteral("interrupted.mentordesk"));
    QProcess process;
    const Interruption seen =
        runImport(&process, program, KillPoint{0.25, -1}, [](QProcess* child) { child->terminate(); });
    QVERIFY2(seen.sent, "the import ended before a quarter of the file was read");
    const QString err = seen.err;
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
    // Kills that all came after the commit would test nothing.
    QVERIFY2(m_interrupted > 0, "no kill interrupted the import");
}

QTEST_GUILESS_MAIN(TestImportKill)
#include "test_importkill.moc"
