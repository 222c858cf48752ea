// SPDX-License-Identifier: GPL-3.0-or-later
// The mentor import (importjob/MentorImport) over a realistic German export: UTF-8 with a BOM,
// `;`-separated, German headers mapped from their names, a category with a comma, list cells
// separated by `|`, a row matched by e-mail, bad cells rejected with line, column, value and
// reason, a dry run, a re-import that changes nothing, empty cells that erase nothing, a cancel.
#include "importing/ImportProblemSink.h"
#include "importjob/ImportPreparation.h"
#include "importjob/MentorImport.h"
#include "importjob/MentorListCells.h"
#include "storage/ProgramDatabase.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

class CollectedProblems : public ImportProblemSink {
public:
    void rowRejected(qint64, const QStringList&, const QList<ImportProblem>& problems) override
    {
        m_problems << problems;
    }
    QList<ImportProblem> m_problems;
};

QString fixture()
{
    return QStringLiteral(MENTORDESK_TEST_DATA "/import/mentors-de.csv");
}

QStringList sortedColumn(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    QStringList result;
    if (query.exec())
        while (query.next())
            result << query.value(0).toString();
    result.sort();
    return result;
}

} // namespace

class TestMentorImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void mapsTheGermanHeaders();
    void importsTheExport();
    void emptyCellsEraseNothing();
    void rejectedCells_data();
    void rejectedCells();
    void dryRunCountsAndWritesNothing();
    void reimportChangesNothing();
    void cancelLeavesTheProgramAsItWas();
    void safetyCopyBeforeWriting();
    void skillCells_data();
    void skillCells();
    void languageAndChannelCells_data();
    void languageAndChannelCells();
    void workingHourCells_data();
    void workingHourCells();

private:
    ImportOptions options(bool dryRun = false, const QString& path = fixture()) const;
    MentorImportResult runImport(const ImportOptions& options, const std::atomic_bool* cancel = nullptr);
    qint64 mentorId(const QString& externalId) const;
    QSqlDatabase db() const { return m_program->connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
    CollectedProblems m_problems;
};

void TestMentorImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_program = std::make_unique<ProgramDatabase>();
    QCOMPARE(m_program->open(m_dir->filePath(QStringLiteral("program.mentordesk"))), ProgramDatabase::Outcome::Created);
    // Jonas was added by hand: a generated mentor ID, and the e-mail in another case than the file's.
    QCOMPARE(
        execSql(db(), QStringLiteral("INSERT INTO mentors(name, email, categories, country, weekly_hours, capacity, "
                                     "created_utc, updated_utc) VALUES ('Jonas Weber', 'jonas.weber@example.com', "
                                     "'Beauty', 'DE', 6, 3, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")),
        QString());
    m_problems.m_problems.clear();
}

ImportOptions TestMentorImport::options(bool dryRun, const QString& path) const
{
    ImportRequest request;
    request.kind = ImportKind::Mentors;
    request.filePath = path;
    request.dryRun = dryRun;
    const PreparedImport prepared = ImportPreparation::prepare(request);
    [&] { QVERIFY2(prepared.isReady(), qPrintable(prepared.error)); }();
    ImportOptions result = prepared.options;
    result.actor = QStringLiteral("test");
    result.safetyCopy = false;
    return result;
}

MentorImportResult TestMentorImport::runImport(const ImportOptions& options, const std::atomic_bool* cancel)
{
    return MentorImport(db()).run(options, cancel, &m_problems);
}

qint64 TestMentorImport::mentorId(const QString& externalId) const
{
    return scalar(db(), QStringLiteral("SELECT id FROM mentors WHERE external_id = ?"), {externalId}).toLongLong();
}

void TestMentorImport::mapsTheGermanHeaders()
{
    const ImportOptions mapped = options();
    QCOMPARE(mapped.dialect.delimiter, QChar(u';'));
    const QStringList keys = {QStringLiteral("external_id"),  QStringLiteral("name"),       QStringLiteral("email"),
                              QStringLiteral("categories"),   QStringLiteral("industries"), QStringLiteral("skills"),
                              QStringLiteral("languages"),    QStringLiteral("channels"),   QStringLiteral("capacity"),
                              QStringLiteral("weekly_hours"), QStringLiteral("country"),    QStringLiteral("time_zone"),
                              QStringLiteral("active")};
    for (int column = 0; column < keys.size(); ++column)
        QCOMPARE(mapped.mapping.fieldAt(column), keys.at(column));
}

void TestMentorImport::importsTheExport()
{
    const MentorImportResult result = runImport(options());
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QCOMPARE(result.added, 2);
    QCOMPARE(result.updated, 1);
    QCOMPARE(result.unchanged, 0);
    QCOMPARE(result.rejected, 2);

    const qint64 anna = mentorId(QStringLiteral("MEN-100"));
    QVERIFY(anna > 0);
    // The category with a comma stays whole in the rows; the text joins the list with ", ".
    QCOMPARE(sortedColumn(db(), QStringLiteral("SELECT category FROM mentor_categories WHERE mentor_id = ?"), {anna}),
             QStringList({QStringLiteral("Haus, Garten"), QStringLiteral("Mode")}));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT categories FROM mentors WHERE id = ?"), {anna}).toString(),
             QStringLiteral("Haus, Garten, Mode"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT industries FROM mentors WHERE id = ?"), {anna}).toString(),
             QStringLiteral("Einzelhandel, Handwerk"));
    QCOMPARE(sortedColumn(db(), QStringLiteral("SELECT skill || ':' || level FROM mentor_skills WHERE mentor_id = ?"),
                          {anna}),
             QStringList({QStringLiteral("listing_optimisation:5"), QStringLiteral("pricing:4")}));
    QCOMPARE(sortedColumn(db(), QStringLiteral("SELECT language FROM mentor_languages WHERE mentor_id = ?"), {anna}),
             QStringList({QStringLiteral("de"), QStringLiteral("en")}));
    QCOMPARE(sortedColumn(db(), QStringLiteral("SELECT channel FROM mentor_channels WHERE mentor_id = ?"), {anna}),
             QStringList({QStringLiteral("own_storefront"), QStringLiteral("social")}));
    // "7,5" is read with the comma decimals the file's numbers prove.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT weekly_hours FROM mentors WHERE id = ?"), {anna}).toDouble(), 7.5);

    const qint64 emil = mentorId(QStringLiteral("MEN-104"));
    QVERIFY(emil > 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT active FROM mentors WHERE id = ?"), {emil}).toInt(), 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT capacity FROM mentors WHERE id = ?"), {emil}).toInt(), 3);
    QCOMPARE(mentorId(QStringLiteral("MEN-102")), 0);
    QCOMPARE(mentorId(QStringLiteral("MEN-103")), 0);
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'import_batch' AND field = 'import'"))
                 .toInt(),
             1);
    QCOMPARE(result.changeEvent().type, ChangeEvent::Type::Imported);
    QVERIFY(result.changeEvent().affects(EntityKind::Mentor));
}

void TestMentorImport::emptyCellsEraseNothing()
{
    QVERIFY(runImport(options()).succeeded());
    // Jonas was matched by e-mail (another case): his ID, categories, hours and country are kept.
    // The e-mail keeps its stored spelling.
    const qint64 jonas =
        scalar(db(), QStringLiteral("SELECT id FROM mentors WHERE email = 'jonas.weber@example.com'")).toLongLong();
    QVERIFY(jonas > 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM mentors WHERE lower(email) = 'jonas.weber@example.com'"))
                 .toInt(),
             1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT external_id FROM mentors WHERE id = ?"), {jonas}).toString(),
             QStringLiteral("M%1").arg(jonas, 5, 10, QLatin1Char('0')));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT capacity FROM mentors WHERE id = ?"), {jonas}).toInt(), 5);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT categories FROM mentors WHERE id = ?"), {jonas}).toString(),
             QStringLiteral("Beauty"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT weekly_hours FROM mentors WHERE id = ?"), {jonas}).toDouble(), 6.0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT country FROM mentors WHERE id = ?"), {jonas}).toString(),
             QStringLiteral("DE"));
    QCOMPARE(sortedColumn(db(), QStringLiteral("SELECT skill || ':' || level FROM mentor_skills WHERE mentor_id = ?"),
                          {jonas}),
             QStringList({QStringLiteral("customer_service:2")}));
}

void TestMentorImport::rejectedCells_data()
{
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reasonMentions");
    QTest::newRow("capacity in words") << qint64(4) << QStringLiteral("Kapazität") << QStringLiteral("viele")
                                       << QString();
    QTest::newRow("unknown skill") << qint64(5) << QStringLiteral("Fähigkeiten")
                                   << QStringLiteral("pricing:4|juggling:3") << QStringLiteral("juggling");
}

void TestMentorImport::rejectedCells()
{
    QFETCH(qint64, line);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, reasonMentions);
    QVERIFY(runImport(options()).succeeded());
    const auto found = std::find_if(m_problems.m_problems.cbegin(), m_problems.m_problems.cend(),
                                    [line](const ImportProblem& problem) { return problem.line == line; });
    QVERIFY(found != m_problems.m_problems.cend());
    QCOMPARE(found->columnName, column);
    QCOMPARE(found->value, value);
    QVERIFY(!found->reason.isEmpty());
    QVERIFY2(found->reason.contains(reasonMentions), qPrintable(found->reason));
}

void TestMentorImport::dryRunCountsAndWritesNothing()
{
    const int mentorsBefore = scalar(db(), QStringLiteral("SELECT count(*) FROM mentors")).toInt();
    const int auditBefore = scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    const MentorImportResult result = runImport(options(true));
    QVERIFY(result.succeeded());
    QVERIFY(result.dryRun);
    QCOMPARE(result.added, 2);
    QCOMPARE(result.updated, 1);
    QCOMPARE(result.rejected, 2);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM mentors")).toInt(), mentorsBefore);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), auditBefore);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT capacity FROM mentors")).toInt(), 3);
}

void TestMentorImport::reimportChangesNothing()
{
    QVERIFY(runImport(options()).succeeded());
    const MentorImportResult again = runImport(options());
    QVERIFY(again.succeeded());
    QCOMPARE(again.added, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 3);
    QCOMPARE(again.rejected, 2);
}

void TestMentorImport::cancelLeavesTheProgramAsItWas()
{
    const std::atomic_bool cancel(true);
    const MentorImportResult result = runImport(options(), &cancel);
    QCOMPARE(result.status, MentorImportResult::Status::Cancelled);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM mentors")).toInt(), 1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
    // The connection is usable again: no transaction was left open.
    QVERIFY(runImport(options()).succeeded());
}

void TestMentorImport::safetyCopyBeforeWriting()
{
    ImportOptions withCopy = options();
    withCopy.safetyCopy = true;
    const MentorImportResult result = runImport(withCopy);
    QVERIFY(result.succeeded());
    QVERIFY(QFileInfo::exists(result.safetyCopyPath));
    ProgramDatabase copy;
    QCOMPARE(copy.open(result.safetyCopyPath), ProgramDatabase::Outcome::Opened);
    QCOMPARE(scalar(copy.connection(), QStringLiteral("SELECT count(*) FROM mentors")).toInt(), 1);
}

void TestMentorImport::skillCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("read");
    QTest::newRow("codes with levels") << QStringLiteral("pricing:4|listing_optimisation:5") << true
                                       << QStringLiteral("listing_optimisation:5,pricing:4");
    QTest::newRow("names, level left out") << QStringLiteral(" Customer service | Data-driven decisions:1 ") << true
                                           << QStringLiteral("customer_service:3,data_driven_decisions:1");
    QTest::newRow("level out of range") << QStringLiteral("pricing:6") << false << QString();
    QTest::newRow("level not a number") << QStringLiteral("pricing:hoch") << false << QString();
    QTest::newRow("unknown skill") << QStringLiteral("juggling") << false << QString();
}

void TestMentorImport::skillCells()
{
    QFETCH(QString, cell);
    QFETCH(bool, ok);
    QFETCH(QString, read);
    QMap<QString, int> skills;
    QString problem;
    QCOMPARE(MentorListCells::readSkills(cell, &skills, &problem), ok);
    QCOMPARE(problem.isEmpty(), ok);
    if (!ok)
        return;
    QStringList pairs;
    for (auto it = skills.cbegin(); it != skills.cend(); ++it)
        pairs << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
    QCOMPARE(pairs.join(QLatin1Char(',')), read);
}

void TestMentorImport::languageAndChannelCells_data()
{
    QTest::addColumn<bool>("channels");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("read");
    QTest::newRow("languages") << false << QStringLiteral("DE| en |de") << true
                               << QStringList({QStringLiteral("de"), QStringLiteral("en")});
    QTest::newRow("language name") << false << QStringLiteral("Deutsch") << false << QStringList();
    QTest::newRow("channels") << true << QStringLiteral("own storefront|Social") << true
                              << QStringList({QStringLiteral("own_storefront"), QStringLiteral("social")});
    QTest::newRow("unknown channel") << true << QStringLiteral("fax") << false << QStringList();
}

void TestMentorImport::languageAndChannelCells()
{
    QFETCH(bool, channels);
    QFETCH(QString, cell);
    QFETCH(bool, ok);
    QFETCH(QStringList, read);
    QStringList items;
    QString problem;
    const bool result = channels ? MentorListCells::readChannels(cell, &items, &problem)
                                 : MentorListCells::readLanguages(cell, &items, &problem);
    QCOMPARE(result, ok);
    QCOMPARE(problem.isEmpty(), ok);
    if (ok)
        QCOMPARE(items, read);
}

void TestMentorImport::workingHourCells_data()
{
    QTest::addColumn<QString>("mentor");
    QTest::addColumn<int>("starts"); // -1: the row is refused
    QTest::addColumn<int>("ends");
    QTest::addColumn<QString>("reasonMentions");
    QTest::newRow("clock times") << "H-1" << 540 << 1050 << QString();
    QTest::newRow("am and pm") << "H-2" << 540 << 1020 << QString();
    QTest::newRow("minutes as documented before") << "H-3" << 540 << 1080 << QString();
    QTest::newRow("seconds and end of day") << "H-4" << 480 << 1440 << QString();
    QTest::newRow("an hour or minutes") << "H-5" << -1 << -1 << "09:00";
    QTest::newRow("leading zero") << "H-6" << -1 << -1 << "09:30";
    QTest::newRow("clock without colon") << "H-7" << -1 << -1 << "17:30";
    QTest::newRow("words") << "H-8" << -1 << -1 << "morgens";
    QTest::newRow("start at the end of the day") << "H-9" << -1 << -1 << "00:00 and 23:59";
    QTest::newRow("ends at midnight") << "H-10" << 1080 << 1440 << QString();
}

void TestMentorImport::workingHourCells()
{
    QFETCH(QString, mentor);
    QFETCH(int, starts);
    QFETCH(int, ends);
    QFETCH(QString, reasonMentions);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const MentorImportResult result =
        runImport(options(false, QStringLiteral(MENTORDESK_TEST_DATA "/import/mentors-hours.csv")));
    QLocale::setDefault(QLocale::c());
    QVERIFY(result.succeeded());
    if (starts >= 0) {
        QVERIFY(mentorId(mentor) != 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT work_start_minute FROM mentors WHERE external_id = ?"), {mentor})
                     .toInt(),
                 starts);
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT work_end_minute FROM mentors WHERE external_id = ?"), {mentor}).toInt(),
            ends);
        return;
    }
    QCOMPARE(mentorId(mentor), 0);
    const qint64 line = mentor.mid(2).toLongLong() + 1;
    const auto found = std::find_if(m_problems.m_problems.cbegin(), m_problems.m_problems.cend(),
                                    [line](const ImportProblem& problem) { return problem.line == line; });
    QVERIFY(found != m_problems.m_problems.cend());
    QVERIFY2(found->reason.contains(reasonMentions), qPrintable(found->reason));
}

QTEST_GUILESS_MAIN(TestMentorImport)
#include "test_mentorimport.moc"
