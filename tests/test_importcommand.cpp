// SPDX-License-Identifier: GPL-3.0-or-later
// `mentordesk import`, run as the real executable: a new program is created and filled, rejected
// rows give exit code 1 and an error report, a dry run and every refused option or mapping leave
// the program file exactly as it was, a mapping comes from a JSON file or a saved profile, and
// re-importing updates or skips the sellers already there.
#include "importing/MappingProfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "MentordeskProcess.h"

using namespace mentordesk;

namespace {

QString importFixture(const QString& name)
{
    return QStringLiteral(MENTORDESK_TEST_DATA "/import/") + name;
}

/// "3 sellers added" once the English plural forms are in the translation, "3 seller(s) added"
/// before; the tests check the count, not the wording of the plural.
bool reportsCount(const QString& text, int count, const QString& noun, const QString& what)
{
    const QRegularExpression pattern(QStringLiteral("\\b%1 %2(\\(s\\)|s)? %3").arg(count).arg(noun, what));
    return pattern.match(text).hasMatch();
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

class TestImportCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsIntoANewProgram();
    void rejectedRowsGiveExitCodeOneAndAReport();
    void exportDateDatesTheSnapshots();
    void dryRunWritesNothing();
    void dryRunIntoANewProgramLeavesNoFile();
    void mappingFromAJsonFile();
    void mappingFromASavedProfile();
    void refusedInputLeavesTheProgramAlone_data();
    void refusedInputLeavesTheProgramAlone();
    void refusedProgram();
    void databaseIsRequired();
    void reportOverAProtectedFileIsRefused_data();
    void reportOverAProtectedFileIsRefused();
    void reimport_data();
    void reimport();
    void importsMentors();
    void mentorDryRunWritesNothing();
    void refusedMentorImportLeavesTheProgramAlone_data();
    void refusedMentorImportLeavesTheProgramAlone();

private:
    MentordeskRun run(const QStringList& arguments) { return runMentordesk(m_dir->path(), arguments); }
    QString path(const QString& name) const { return m_dir->filePath(name); }
    /// A program holding the three sellers of sellers.csv.
    void prepareProgram(const QString& program);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestImportCommand::prepareProgram(const QString& program)
{
    const MentordeskRun result =
        run({QStringLiteral("import"), QStringLiteral("sellers"), importFixture(QStringLiteral("command-sellers.csv")),
             QStringLiteral("--database"), program});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
}

void TestImportCommand::importsIntoANewProgram()
{
    const QString program = path(QStringLiteral("new.mentordesk"));
    const MentordeskRun result =
        run({QStringLiteral("import"), QStringLiteral("sellers"), importFixture(QStringLiteral("command-sellers.csv")),
             QStringLiteral("--database"), program});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Column “seller_id” → Seller ID")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Columns left out: none.")), qPrintable(result.out));
    QVERIFY2(reportsCount(result.out, 3, QStringLiteral("seller"), QStringLiteral("added")), qPrintable(result.out));
    QVERIFY2(reportsCount(result.out, 0, QStringLiteral("row"), QStringLiteral("rejected")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("New categories: “Books”, “Toys”")), qPrintable(result.out));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));

    ReadOnlyProgram db(program);
    QVERIFY(db.isOpen());
    QCOMPARE(db.column(QStringLiteral("SELECT external_id FROM sellers ORDER BY external_id")),
             (QStringList{QStringLiteral("S-001"), QStringLiteral("S-002"), QStringLiteral("S-003")}));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM import_batches")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT sellers_added FROM import_batches")).toInt(), 3);
    QCOMPARE(db.scalar(QStringLiteral("SELECT kind FROM import_batches")).toString(), QStringLiteral("sellers"));
}

void TestImportCommand::rejectedRowsGiveExitCodeOneAndAReport()
{
    const QString program = path(QStringLiteral("program.mentordesk"));
    const QString report = path(QStringLiteral("errors.csv"));
    const MentordeskRun result = run({QStringLiteral("import"), QStringLiteral("sellers"),
                                      importFixture(QStringLiteral("command-sellers-bad-rows.csv")),
                                      QStringLiteral("--database"), program, QStringLiteral("--errors"), report});
    QVERIFY2(result.exitCode == 1, qPrintable(result.out + result.err));
    QVERIFY2(reportsCount(result.out, 2, QStringLiteral("seller"), QStringLiteral("added")), qPrintable(result.out));
    QVERIFY2(reportsCount(result.out, 2, QStringLiteral("row"), QStringLiteral("rejected")), qPrintable(result.out));
    QVERIFY2(result.err.contains(QStringLiteral("line 3, column “email”: value “not-an-email”: ")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("line 5, column “orders”: value “-3”: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("were rejected; see “%1”").arg(QDir::toNativeSeparators(report))),
             qPrintable(result.err));

    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // header, two problems, and the empty rest after the last CRLF
    QCOMPARE(lines.at(0), QByteArray("\xEF\xBB\xBFLine,Column,Value,Reason\r"));
    QVERIFY2(lines.at(1).startsWith("3,email,not-an-email,"), lines.at(1).constData());
    // The value starts with "-", which a spreadsheet would compute: the report keeps it text.
    QVERIFY2(lines.at(2).startsWith("5,orders,'-3,"), lines.at(2).constData());

    ReadOnlyProgram db(program);
    QCOMPARE(db.column(QStringLiteral("SELECT external_id FROM sellers ORDER BY external_id")),
             (QStringList{QStringLiteral("S-101"), QStringLiteral("S-103")}));
}

void TestImportCommand::exportDateDatesTheSnapshots()
{
    const QString program = path(QStringLiteral("program.mentordesk"));
    const MentordeskRun result =
        run({QStringLiteral("import"), QStringLiteral("sellers"), importFixture(QStringLiteral("command-sellers.csv")),
             QStringLiteral("--database"), program, QStringLiteral("--export-date"), QStringLiteral("2024-03-31")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Metric snapshots are dated 2024-03-31")), qPrintable(result.out));
    ReadOnlyProgram db(program);
    QCOMPARE(db.column(QStringLiteral("SELECT DISTINCT snapshot_date FROM seller_metric_snapshots")),
             QStringList{QStringLiteral("2024-03-31")});
}

void TestImportCommand::dryRunWritesNothing()
{
    const QString program = path(QStringLiteral("program.mentordesk"));
    prepareProgram(program);
    const QByteArray before = fileHash(program);
    const QString report = path(QStringLiteral("errors.csv"));

    const MentordeskRun result =
        run({QStringLiteral("import"), QStringLiteral("sellers"),
             importFixture(QStringLiteral("command-sellers-bad-rows.csv")), QStringLiteral("--database"), program,
             QStringLiteral("--dry-run"), QStringLiteral("--errors"), report});
    QVERIFY2(result.exitCode == 1, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Dry run: nothing was written.")), qPrintable(result.out));
    QVERIFY2(reportsCount(result.out, 2, QStringLiteral("seller"), QStringLiteral("added")), qPrintable(result.out));
    // The report of a dry run is what the user fixes the file with before importing for real.
    QVERIFY(QFileInfo::exists(report));

    ReadOnlyProgram db(program);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sellers")).toInt(), 3);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM import_batches")).toInt(), 1);
    QCOMPARE(fileHash(program), before);
}

void TestImportCommand::dryRunIntoANewProgramLeavesNoFile()
{
    const QString program = path(QStringLiteral("never.mentordesk"));
    const MentordeskRun result =
        run({QStringLiteral("import"), QStringLiteral("sellers"), importFixture(QStringLiteral("command-sellers.csv")),
             QStringLiteral("--database"), program, QStringLiteral("--dry-run")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(reportsCount(result.out, 3, QStringLiteral("seller"), QStringLiteral("added")), qPrintable(result.out));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("never.mentordesk*")}, QDir::Files), QStringList());
}

void TestImportCommand::mappingFromAJsonFile()
{
    const QString program = path(QStringLiteral("program.mentordesk"));
    const MentordeskRun result =
        run({QStringLiteral("import"), QStringLiteral("sellers"),
             importFixture(QStringLiteral("command-sellers-own-headers.csv")), QStringLiteral("--database"), program,
             QStringLiteral("--mapping"), importFixture(QStringLiteral("command-own-headers-mapping.json"))});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Column “Ref” → Seller ID")), qPrintable(result.out));
    ReadOnlyProgram db(program);
    QCOMPARE(db.column(QStringLiteral("SELECT shop_name FROM sellers ORDER BY external_id")),
             (QStringList{QStringLiteral("Erster Laden"), QStringLiteral("Zweiter Laden")}));
    QCOMPARE(db.scalar(QStringLiteral("SELECT profile FROM import_batches")).toString(), QStringLiteral("Own headers"));
}

void TestImportCommand::mappingFromASavedProfile()
{
    // Where the import wizard saves its profiles: the same settings file, group
    // importProfiles/<kind>/<name>, the profile's JSON as the value.
    QFile mappingFile(importFixture(QStringLiteral("command-own-headers-mapping.json")));
    QVERIFY(mappingFile.open(QIODevice::ReadOnly));
    {
        QSettings settings(path(QStringLiteral("config/MentorDesk/MentorDesk.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("importProfiles/sellers/Weekly export"), mappingFile.readAll());
    }
    const QString program = path(QStringLiteral("program.mentordesk"));
    const QStringList arguments{QStringLiteral("import"),
                                QStringLiteral("sellers"),
                                importFixture(QStringLiteral("command-sellers-own-headers.csv")),
                                QStringLiteral("--database"),
                                program,
                                QStringLiteral("--profile")};
    MentordeskRun result = run(arguments + QStringList{QStringLiteral("Monthly export")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("Saved profiles: Weekly export.")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(program));

    result = run(arguments + QStringList{QStringLiteral("Weekly export")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    ReadOnlyProgram db(program);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sellers")).toInt(), 2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT profile FROM import_batches")).toString(),
             QStringLiteral("Weekly export"));
}

void TestImportCommand::refusedInputLeavesTheProgramAlone_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "import"; DB stands for the program
    QTest::addColumn<QString>("stderrContains");

    const QString db = QStringLiteral("DB");
    const QString sellers = importFixture(QStringLiteral("command-sellers.csv"));
    const QString ownHeaders = importFixture(QStringLiteral("command-sellers-own-headers.csv"));
    const QString d = QStringLiteral("--database");
    QTest::newRow("unknown column in the mapping")
        << QStringList{QStringLiteral("sellers"),
                       ownHeaders,
                       d,
                       db,
                       QStringLiteral("--mapping"),
                       importFixture(QStringLiteral("command-unknown-column-mapping.json"))}
        << QStringLiteral("“No Such Column”");
    QTest::newRow("mapping file that is not JSON")
        << QStringList{QStringLiteral("sellers"), sellers, d, db, QStringLiteral("--mapping"), sellers}
        << QStringLiteral("cannot be used");
    QTest::newRow("mapping file for another kind")
        << QStringList{QStringLiteral("metrics"),
                       ownHeaders,
                       d,
                       db,
                       QStringLiteral("--mapping"),
                       importFixture(QStringLiteral("command-own-headers-mapping.json"))}
        << QStringLiteral("is for seller files, not metrics files");
    QTest::newRow("required field unmapped")
        << QStringList{QStringLiteral("sellers"), ownHeaders, d, db} << QStringLiteral("fills Seller ID");
    QTest::newRow("unknown profile")
        << QStringList{QStringLiteral("sellers"), sellers, d, db, QStringLiteral("--profile"), QStringLiteral("nope")}
        << QStringLiteral("no saved import profile “nope”");
    QTest::newRow("profile and mapping") << QStringList{QStringLiteral("sellers"),
                                                        sellers,
                                                        d,
                                                        db,
                                                        QStringLiteral("--profile"),
                                                        QStringLiteral("x"),
                                                        QStringLiteral("--mapping"),
                                                        QStringLiteral("y.json")}
                                         << QStringLiteral("cannot be used together");
    QTest::newRow("unknown encoding")
        << QStringList{QStringLiteral("sellers"), sellers, d, db, QStringLiteral("--encoding"),
                       QStringLiteral("klingon")}
        << QStringLiteral("cannot read the encoding 'klingon'");
    QTest::newRow("bad delimiter")
        << QStringList{QStringLiteral("sellers"), sellers, d, db, QStringLiteral("--delimiter"), QStringLiteral("x")}
        << QStringLiteral("--delimiter takes");
    QTest::newRow("bad duplicate policy")
        << QStringList{QStringLiteral("sellers"), sellers, d, db, QStringLiteral("--on-duplicate"),
                       QStringLiteral("merge")}
        << QStringLiteral("--on-duplicate takes skip or update");
    QTest::newRow("bad export date")
        << QStringList{QStringLiteral("sellers"),   sellers, d, db, QStringLiteral("--export-date"),
                       QStringLiteral("31.12.2024")}
        << QStringLiteral("--export-date needs a date");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("cohorts"), sellers, d, db}
                                  << QStringLiteral("say sellers, metrics or mentors");
    QTest::newRow("no file") << QStringList{QStringLiteral("sellers"), d, db} << QStringLiteral("from which file");
    QTest::newRow("missing file") << QStringList{QStringLiteral("sellers"), importFixture(QStringLiteral("nope.csv")),
                                                 d, db}
                                  << QStringLiteral("cannot read");
    QTest::newRow("empty file") << QStringList{QStringLiteral("sellers"),
                                               QStringLiteral(MENTORDESK_TEST_DATA "/csv/empty.csv"), d, db}
                                << QStringLiteral("is empty");
    QTest::newRow("unwritable report") << QStringList{QStringLiteral("sellers"),
                                                      sellers,
                                                      d,
                                                      db,
                                                      QStringLiteral("--errors"),
                                                      QStringLiteral("/nonexistent/folder/errors.csv")}
                                       << QStringLiteral("cannot write the error report");
}

void TestImportCommand::refusedInputLeavesTheProgramAlone()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrContains);

    // An existing program must stay byte for byte; a program that does not exist yet must not be
    // created.
    const QString program = path(QStringLiteral("program.mentordesk"));
    prepareProgram(program);
    const QByteArray before = fileHash(program);
    const QString newProgram = path(QStringLiteral("new.mentordesk"));
    for (const QString& target : {program, newProgram}) {
        QStringList withProgram = arguments;
        withProgram.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), target);
        const MentordeskRun result = run(QStringList{QStringLiteral("import")} + withProgram);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(stderrContains), qPrintable(result.err));
    }
    QCOMPARE(fileHash(program), before);
    QVERIFY(!QFileInfo::exists(newProgram));
}

void TestImportCommand::refusedProgram()
{
    const QString notAProgram = QStringLiteral(MENTORDESK_TEST_DATA "/not-a-database.mentordesk");
    const QByteArray before = fileHash(notAProgram);
    const MentordeskRun result =
        run({QStringLiteral("import"), QStringLiteral("sellers"), importFixture(QStringLiteral("command-sellers.csv")),
             QStringLiteral("--database"), notAProgram});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("not a MentorDesk program")), qPrintable(result.err));
    QCOMPARE(fileHash(notAProgram), before);
}

void TestImportCommand::databaseIsRequired()
{
    // Even with a program the window opened last, a command never picks one by itself.
    const QString program = path(QStringLiteral("program.mentordesk"));
    prepareProgram(program);
    const QByteArray before = fileHash(program);
    {
        QSettings settings(path(QStringLiteral("config/MentorDesk/MentorDesk.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("lastProgram"), program);
    }
    const MentordeskRun result = run({QStringLiteral("import"), QStringLiteral("sellers"),
                                      importFixture(QStringLiteral("command-sellers-renamed-shops.csv"))});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("--database FILE")), qPrintable(result.err));
    QCOMPARE(fileHash(program), before);
}

void TestImportCommand::reportOverAProtectedFileIsRefused_data()
{
    QTest::addColumn<QString>("report"); // a file name in the test's folder
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("the program") << QStringLiteral("program.mentordesk")
                                 << QStringLiteral("is the program file itself");
    QTest::newRow("its -wal") << QStringLiteral("program.mentordesk-wal") << QStringLiteral("working file");
    QTest::newRow("its safety copy") << QStringLiteral("program.before-import.mentordesk")
                                     << QStringLiteral("is a safety copy");
    QTest::newRow("the input") << QStringLiteral("sellers.csv") << QStringLiteral("is a file this command reads");
}

void TestImportCommand::reportOverAProtectedFileIsRefused()
{
    QFETCH(QString, report);
    QFETCH(QString, stderrContains);

    const QString program = path(QStringLiteral("program.mentordesk"));
    prepareProgram(program);
    const QString input = path(QStringLiteral("sellers.csv"));
    QVERIFY(QFile::copy(importFixture(QStringLiteral("command-sellers-bad-rows.csv")), input));
    const QByteArray programBefore = fileHash(program);
    const QByteArray inputBefore = fileHash(input);
    const QStringList before = QDir(m_dir->path()).entryList(QDir::Files);

    const MentordeskRun result = run({QStringLiteral("import"), QStringLiteral("sellers"), input,
                                      QStringLiteral("--database"), program, QStringLiteral("--errors"), path(report)});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(stderrContains), qPrintable(result.err));
    QCOMPARE(fileHash(program), programBefore);
    QCOMPARE(fileHash(input), inputBefore);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), before);
}

void TestImportCommand::reimport_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QStringList>("shopNames");

    QTest::newRow("skip") << QStringLiteral("skip")
                          << QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")};
    QTest::newRow("update") << QStringLiteral("update")
                            << QStringList{QStringLiteral("Alpha Renamed"), QStringLiteral("Beta Renamed"),
                                           QStringLiteral("Gamma")};
}

void TestImportCommand::reimport()
{
    QFETCH(QString, policy);
    QFETCH(QStringList, shopNames);

    const QString program = path(QStringLiteral("program.mentordesk"));
    prepareProgram(program);
    const MentordeskRun result = run({QStringLiteral("import"), QStringLiteral("sellers"),
                                      importFixture(QStringLiteral("command-sellers-renamed-shops.csv")),
                                      QStringLiteral("--database"), program, QStringLiteral("--on-duplicate"), policy});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(reportsCount(result.out, 0, QStringLiteral("seller"), QStringLiteral("added")), qPrintable(result.out));
    if (policy == QLatin1String("update"))
        QVERIFY2(reportsCount(result.out, 2, QStringLiteral("seller"), QStringLiteral("updated")),
                 qPrintable(result.out));
    else
        QVERIFY2(reportsCount(result.out, 0, QStringLiteral("seller"), QStringLiteral("updated")),
                 qPrintable(result.out));

    ReadOnlyProgram db(program);
    QCOMPARE(db.column(QStringLiteral("SELECT shop_name FROM sellers ORDER BY external_id")), shopNames);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM import_batches")).toInt(), 2);
}

void TestImportCommand::importsMentors()
{
    const QString program = path(QStringLiteral("mentors.mentordesk"));
    const QString report = path(QStringLiteral("mentor-errors.csv"));
    const QStringList arguments = {QStringLiteral("import"),
                                   QStringLiteral("mentors"),
                                   importFixture(QStringLiteral("mentors-de.csv")),
                                   QStringLiteral("--database"),
                                   program,
                                   QStringLiteral("--errors"),
                                   report};
    const MentordeskRun first = run(arguments);
    // Two rows have bad cells (a capacity in words, an unknown skill): exit code 1, the rest imported.
    QVERIFY2(first.exitCode == 1, qPrintable(first.out + first.err));
    QVERIFY2(reportsCount(first.out, 3, QStringLiteral("mentor"), QStringLiteral("added")), qPrintable(first.out));
    QVERIFY2(reportsCount(first.out, 2, QStringLiteral("row"), QStringLiteral("rejected")), qPrintable(first.out));
    QVERIFY(QFileInfo::exists(report));
    {
        ReadOnlyProgram db(program);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM mentors")).toInt(), 3);
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT count(*) FROM mentor_categories WHERE category = 'Haus, Garten'")).toInt(),
            1);
    }

    const MentordeskRun again = run(arguments);
    QVERIFY2(again.exitCode == 1, qPrintable(again.out + again.err));
    QVERIFY2(reportsCount(again.out, 3, QStringLiteral("mentor"), QStringLiteral("unchanged")), qPrintable(again.out));
    QVERIFY2(again.out.contains(QStringLiteral("before-import")), qPrintable(again.out));
}

void TestImportCommand::mentorDryRunWritesNothing()
{
    const QString program = path(QStringLiteral("program.mentordesk"));
    prepareProgram(program);
    const QByteArray before = fileHash(program);
    const MentordeskRun result =
        run({QStringLiteral("import"), QStringLiteral("mentors"), importFixture(QStringLiteral("mentors-de.csv")),
             QStringLiteral("--database"), program, QStringLiteral("--dry-run")});
    QVERIFY2(result.exitCode == 1, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Dry run: nothing was written.")), qPrintable(result.out));
    QVERIFY2(reportsCount(result.out, 3, QStringLiteral("mentor"), QStringLiteral("added")), qPrintable(result.out));
    QCOMPARE(fileHash(program), before);
}

void TestImportCommand::refusedMentorImportLeavesTheProgramAlone_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no mentor ID or e-mail column")
        << QStringList({importFixture(QStringLiteral("mentors-no-key.csv"))});
    QTest::newRow("seller-only option") << QStringList(
        {importFixture(QStringLiteral("mentors-de.csv")), QStringLiteral("--on-duplicate"), QStringLiteral("skip")});
    QTest::newRow("seller mapping") << QStringList({importFixture(QStringLiteral("mentors-de.csv")),
                                                    QStringLiteral("--mapping"),
                                                    importFixture(QStringLiteral("command-own-headers-mapping.json"))});
}

void TestImportCommand::refusedMentorImportLeavesTheProgramAlone()
{
    QFETCH(QStringList, arguments);
    const QString program = path(QStringLiteral("program.mentordesk"));
    prepareProgram(program);
    const QByteArray before = fileHash(program);
    const MentordeskRun result = run(QStringList({QStringLiteral("import"), QStringLiteral("mentors")}) + arguments +
                                     QStringList({QStringLiteral("--database"), program}));
    QVERIFY2(result.exitCode == 2, qPrintable(result.out + result.err));
    QVERIFY(!result.err.isEmpty());
    QCOMPARE(fileHash(program), before);
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "test_importcommand.moc"
