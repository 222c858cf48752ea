// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ProgramDatabase.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

/// Runs the real `mentordesk` executable: options, exit codes and messages as a user sees them.
class TestCommandLine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(MENTORDESK_EXECUTABLE), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAllStandardOutput()),
                QString::fromLocal8Bit(process.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void optionsAndErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutContains");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << "--database"
                              << "";
        QTest::newRow("help mentions generate") << QStringList{QStringLiteral("--help")} << 0 << "generate"
                                                << "";
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << "MentorDesk 0."
                                 << "";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2 << ""
                                        << "Unknown option 'frobnicate'";
        QTest::newRow("missing database file")
            << QStringList{QStringLiteral("--database"), QStringLiteral("/nonexistent/program.mentordesk")} << 2 << ""
            << "There is no program file at '/nonexistent/program.mentordesk'";
        QTest::newRow("database without value") << QStringList{QStringLiteral("--database")} << 2 << ""
                                                << "Missing value after '--database'";
        QTest::newRow("demo and database together")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--database"),
                           QStringLiteral(MENTORDESK_EXECUTABLE)}
            << 2 << ""
            << "cannot be used together";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << ""
                                         << "Unknown command 'frobnicate'";
        QTest::newRow("later command") << QStringList{QStringLiteral("report")} << 2 << ""
                                       << "not available";
        QTest::newRow("help lists import") << QStringList{QStringLiteral("--help")} << 0 << "import"
                                           << "";
        QTest::newRow("unknown two-word command")
            << QStringList{QStringLiteral("calendar"), QStringLiteral("frobnicate")} << 2 << ""
            << "Unknown command 'calendar'";
        QTest::newRow("calendar export without database")
            << QStringList{QStringLiteral("calendar"), QStringLiteral("export")} << 2 << ""
            << "say which program to export from with --database FILE";
        QTest::newRow("help lists calendar import") << QStringList{QStringLiteral("--help")} << 0 << "calendar import"
                                                    << "";
        QTest::newRow("import help") << QStringList{QStringLiteral("import"), QStringLiteral("--help")} << 0
                                     << "--on-duplicate"
                                     << "";
        QTest::newRow("import help states the exit codes")
            << QStringList{QStringLiteral("import"), QStringLiteral("--help")} << 0 << "130: cancelled"
            << "";
        QTest::newRow("import unknown option")
            << QStringList{QStringLiteral("import"), QStringLiteral("--frobnicate")} << 2 << ""
            << "mentordesk import: Unknown option 'frobnicate'";
        QTest::newRow("generate help") << QStringList{QStringLiteral("generate"), QStringLiteral("--help")} << 0
                                       << "--sellers"
                                       << "";
        QTest::newRow("generate without database") << QStringList{QStringLiteral("generate")} << 2 << ""
                                                   << "--database FILE";
        QTest::newRow("generate bad count")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--database"), QStringLiteral("x.mentordesk"),
                           QStringLiteral("--sellers"), QStringLiteral("many")}
            << 2 << ""
            << "--sellers needs a whole number";
    }

    void optionsAndErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutContains);
        QFETCH(QString, stderrContains);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.out.contains(stdoutContains), qPrintable(result.out));
        QVERIFY2(result.err.contains(stderrContains), qPrintable(result.err));
    }

    void generateWritesAProgram()
    {
        const QString path = m_dir.filePath(QStringLiteral("generated.mentordesk"));
        const Result result = run({QStringLiteral("generate"), QStringLiteral("--database"), path,
                                   QStringLiteral("--sellers"), QStringLiteral("2000"), QStringLiteral("--mentors"),
                                   QStringLiteral("40"), QStringLiteral("--touchpoints"), QStringLiteral("5000")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("2000 sellers")), qPrintable(result.out));
        ProgramDatabase database;
        QCOMPARE(database.open(path), ProgramDatabase::Outcome::Opened);
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sellers")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2000);
    }

    void generateRefusesAnExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        const Result result = run({QStringLiteral("generate"), QStringLiteral("--database"), path});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("already exists")), qPrintable(result.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("precious"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_commandline.moc"
