// SPDX-License-Identifier: GPL-3.0-or-later
// OutputFileGuard: an output path that is the program, one of its companions or safety copies, or
// an input is refused, however it is spelled or linked; any other path is allowed.
#include "files/OutputFileGuard.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

using namespace mentordesk;

class TestOutputFileGuard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void outputPath_data();
    void outputPath();

private:
    void writeFile(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOutputFileGuard::writeFile(const QString& name)
{
    QFile file(m_dir->filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("precious");
}

void TestOutputFileGuard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
    writeFile(QStringLiteral("program.mentordesk"));
    writeFile(QStringLiteral("program.mentordesk-wal"));
    writeFile(QStringLiteral("program.v3-20240101-120000.backup.mentordesk"));
    writeFile(QStringLiteral("input.csv"));
}

void TestOutputFileGuard::outputPath_data()
{
    QTest::addColumn<QString>("output"); // relative to the folder of the program
    QTest::addColumn<QString>("link");   // "", "symbolic" or "hard": output is made a link to linkTarget first
    QTest::addColumn<QString>("linkTarget");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("messageContains");

    const QString program = QStringLiteral("program.mentordesk");
    const QString backup = QStringLiteral("program.v3-20240101-120000.backup.mentordesk");
    const QString none;
    QTest::newRow("program") << program << none << none << false << QStringLiteral("is the program file itself");
    QTest::newRow("program through ..") << QStringLiteral("sub/../program.mentordesk") << none << none << false
                                        << QStringLiteral("is the program file itself");
    QTest::newRow("-wal") << QStringLiteral("program.mentordesk-wal") << none << none << false
                          << QStringLiteral("working file SQLite keeps");
    QTest::newRow("-shm, not there yet") << QStringLiteral("program.mentordesk-shm") << none << none << false
                                         << QStringLiteral("working file");
    QTest::newRow("upgrade safety copy") << backup << none << none << false << QStringLiteral("is a safety copy");
    QTest::newRow("upgrade safety copy, not there yet")
        << QStringLiteral("program.v4-20250101-000000.backup.mentordesk") << none << none << false
        << QStringLiteral("is a safety copy");
    QTest::newRow("import safety copy") << QStringLiteral("program.before-import.mentordesk") << none << none << false
                                        << QStringLiteral("is a safety copy");
    QTest::newRow("import safety copy being written") << QStringLiteral("program.before-import.mentordesk.partial")
                                                      << none << none << false << QStringLiteral("is a safety copy");
    QTest::newRow("input") << QStringLiteral("input.csv") << none << none << false
                           << QStringLiteral("is a file this command reads");
    QTest::newRow("symbolic link to the program") << QStringLiteral("sub/report.csv") << QStringLiteral("symbolic")
                                                  << program << false << QStringLiteral("is the program file itself");
#ifndef Q_OS_WIN
    QTest::newRow("hard link to the program") << QStringLiteral("sub/report.csv") << QStringLiteral("hard") << program
                                              << false << QStringLiteral("is the program file itself");
    QTest::newRow("hard link to a safety copy") << QStringLiteral("sub/old.csv") << QStringLiteral("hard") << backup
                                                << false << QStringLiteral("is a safety copy");
#endif
    QTest::newRow("fresh path") << QStringLiteral("errors.csv") << none << none << true << none;
    QTest::newRow("fresh path in another folder")
        << QStringLiteral("sub/program.mentordesk") << none << none << true << none;
    QTest::newRow("another program's safety copy")
        << QStringLiteral("other.before-import.mentordesk") << none << none << true << none;
    QTest::newRow("existing unrelated file") << QStringLiteral("input.csv.bak") << none << none << true << none;
}

void TestOutputFileGuard::outputPath()
{
    QFETCH(QString, output);
    QFETCH(QString, link);
    QFETCH(QString, linkTarget);
    QFETCH(bool, allowed);
    QFETCH(QString, messageContains);

    const QString outputPath = m_dir->filePath(output);
    if (link == QLatin1String("symbolic")) {
        QVERIFY(QFile::link(m_dir->filePath(linkTarget), outputPath));
    } else if (link == QLatin1String("hard")) {
#ifndef Q_OS_WIN
        QCOMPARE(::link(QFile::encodeName(m_dir->filePath(linkTarget)).constData(),
                        QFile::encodeName(outputPath).constData()),
                 0);
#endif
    } else if (output == QLatin1String("input.csv.bak")) {
        writeFile(output);
    }

    OutputFileGuard guard;
    guard.protectProgram(m_dir->filePath(QStringLiteral("program.mentordesk")));
    guard.protectInput(m_dir->filePath(QStringLiteral("input.csv")));
    QString error;
    QCOMPARE(guard.allows(outputPath, &error), allowed);
    if (!allowed) {
        QVERIFY2(error.contains(messageContains), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(outputPath)), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestOutputFileGuard)
#include "test_outputfileguard.moc"
