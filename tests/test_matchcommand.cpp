// SPDX-License-Identifier: GPL-3.0-or-later
// `mentordesk match` run as a user runs it, on the demo program: the certificate it prints, the
// files it writes (checked against GLPK's glpsol, an independent solver, on the exported scores
// and constraints), the pairings it commits, and every refusal leaving the program as it was.

#include "demo/DemoProgramFile.h"
#include "MentordeskProcess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QStringList readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return lines;
}

/// The figures the command prints: "matched: 12 of 15, total score 3456."
struct PrintedResult {
    int mentees = -1;
    int matched = -1;
    qint64 total = -1;
    bool proven = false;
};

PrintedResult printedResult(const QString& out)
{
    PrintedResult printed;
    const QRegularExpression summary(QStringLiteral("Mentees: (\\d+), mentors: \\d+, matched: (\\d+) of \\d+, "
                                                    "total score (\\d+)\\."));
    const QRegularExpressionMatch match = summary.match(out);
    if (match.hasMatch()) {
        printed.mentees = match.captured(1).toInt();
        printed.matched = match.captured(2).toInt();
        printed.total = match.captured(3).toLongLong();
    }
    printed.proven = out.contains(QStringLiteral("gap 0: proven optimal."));
    return printed;
}

} // namespace

class TestMatchCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void dryRunWritesProposalsAndChangesNothing();
    void exportedScoresGiveTheSameOptimumInGlpk_data();
    void exportedScoresGiveTheSameOptimumInGlpk();
    void commitsTrialPairingsAsOneAuditedRun();
    void pinsAndForbidsAreHonoured();
    void refusalsLeaveTheProgramAlone_data();
    void refusalsLeaveTheProgramAlone();

private:
    MentordeskRun run(const QStringList& arguments) { return runMentordesk(m_dir->path(), arguments); }
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QStringList matchIn(const QStringList& more) const
    {
        return QStringList{QStringLiteral("match"), QStringLiteral("--database"), m_program} + more;
    }
    /// The optimum of Σ (big + score) · x over the exported scores and constraints, solved by
    /// glpsol as a 0–1 program: (matched count, total score).
    std::pair<int, qint64> glpkOptimum(const QString& scores, const QString& constraints);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_program;
};

void TestMatchCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_program = path(QStringLiteral("demo.mentordesk"));
    QString error;
    QVERIFY2(mentordesk::DemoProgramFile::ensure(m_program, false, &error), qPrintable(error));
    // The first opening through ProgramDatabase switches a new file to write-ahead logging, which
    // rewrites two header bytes; from then on a run that writes nothing leaves every byte alone.
    const MentordeskRun settle = run(matchIn({QStringLiteral("--dry-run")}));
    QVERIFY2(settle.exitCode == 0 || settle.exitCode == 1, qPrintable(settle.out + settle.err));
}

void TestMatchCommand::dryRunWritesProposalsAndChangesNothing()
{
    const QByteArray before = fileHash(m_program);
    const QString proposals = path(QStringLiteral("proposals.csv"));
    const MentordeskRun result = run(matchIn({QStringLiteral("--dry-run"), QStringLiteral("--proposals"), proposals}));
    const PrintedResult printed = printedResult(result.out);
    QVERIFY2(printed.mentees > 0, qPrintable(result.out + result.err));
    QCOMPARE(result.exitCode, printed.matched < printed.mentees ? 1 : 0);
    QVERIFY2(printed.proven, qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Dry run: the program was not changed.")), qPrintable(result.out));
    QCOMPARE(fileHash(m_program), before);

    const QStringList lines = readLines(proposals);
    QCOMPARE(lines.value(0).trimmed(), QStringLiteral("mentee_external_id,mentor_external_id,score,reason"));
    QCOMPARE(lines.size() - 1, printed.mentees);
    int matchedRows = 0;
    qint64 total = 0;
    for (const QString& line : lines.mid(1)) {
        const QStringList cells = line.trimmed().split(u',');
        QVERIFY2(cells.size() >= 4, qPrintable(line));
        QVERIFY2(!cells.last().isEmpty(), qPrintable(line)); // every row says why
        if (!cells[1].isEmpty()) {
            ++matchedRows;
            total += cells[2].toLongLong();
        } else {
            QVERIFY2(cells[2].isEmpty(), qPrintable(line));
        }
    }
    QCOMPARE(matchedRows, printed.matched);
    QCOMPARE(total, printed.total);
}

void TestMatchCommand::exportedScoresGiveTheSameOptimumInGlpk_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("defaults") << QStringList{};
    QTest::newRow("minimum score") << QStringList{QStringLiteral("--min-score"), QStringLiteral("150")};
}

void TestMatchCommand::exportedScoresGiveTheSameOptimumInGlpk()
{
    QFETCH(QStringList, options);
    const QString scores = path(QStringLiteral("scores.csv"));
    const MentordeskRun result =
        run(matchIn(QStringList{QStringLiteral("--dry-run"), QStringLiteral("--export-scores"), scores} + options));
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.out + result.err));
    const PrintedResult printed = printedResult(result.out);
    QVERIFY2(printed.mentees > 0 && printed.proven, qPrintable(result.out));
    const QString constraints = path(QStringLiteral("scores.constraints.json"));
    QVERIFY(QFileInfo::exists(constraints));

    const auto [matched, total] = glpkOptimum(scores, constraints);
    QCOMPARE(matched, printed.matched);
    QCOMPARE(total, printed.total);
}

std::pair<int, qint64> TestMatchCommand::glpkOptimum(const QString& scores, const QString& constraints)
{
    const QString glpsol = QStandardPaths::findExecutable(QStringLiteral("glpsol"));
    if (glpsol.isEmpty()) {
        qWarning("glpsol is missing: `make deps` installs glpk-utils");
        return {-1, -1};
    }
    QFile constraintsFile(constraints);
    if (!constraintsFile.open(QIODevice::ReadOnly))
        return {-1, -1};
    const QJsonObject root = QJsonDocument::fromJson(constraintsFile.readAll()).object();

    struct Arc {
        QString mentee;
        QString mentor;
        qint64 score;
    };
    std::vector<Arc> arcs;
    for (const QString& line : readLines(scores).mid(1)) {
        const QStringList cells = line.trimmed().split(u',');
        arcs.push_back({cells[0], cells[1], cells[2].toLongLong()});
    }
    // One more matched mentee must outweigh any total: big exceeds every possible sum of scores.
    qint64 big = 1;
    for (const Arc& arc : arcs)
        big += arc.score;

    QHash<QString, QStringList> byMentee, byMentor;
    QHash<QPair<QString, QString>, QStringList> byMentorAndCohort;
    const QJsonObject cohortOfMentee =
        root.value(QStringLiteral("cohort_limit")).toObject().value(QStringLiteral("cohort_of_mentee")).toObject();
    QString objective;
    QTextStream lp(&objective);
    lp << "Maximize\n obj:\n";
    for (std::size_t a = 0; a < arcs.size(); ++a) {
        const QString variable = QStringLiteral("x%1").arg(a);
        lp << " + " << (big + arcs[a].score) << ' ' << variable << '\n';
        byMentee[arcs[a].mentee] << variable;
        byMentor[arcs[a].mentor] << variable;
        if (cohortOfMentee.contains(arcs[a].mentee))
            byMentorAndCohort[{arcs[a].mentor, cohortOfMentee.value(arcs[a].mentee).toString()}] << variable;
    }
    lp << "Subject To\n";
    int row = 0;
    auto constraint = [&lp, &row](const QStringList& variables, const QString& sense, qint64 bound) {
        lp << " c" << row++ << ":";
        for (const QString& variable : variables)
            lp << " + " << variable;
        lp << ' ' << sense << ' ' << bound << '\n';
    };
    for (const QStringList& variables : std::as_const(byMentee))
        constraint(variables, QStringLiteral("<="), 1);
    for (const QJsonValue& mentor : root.value(QStringLiteral("mentors")).toArray()) {
        const QString id = mentor.toObject().value(QStringLiteral("mentor_external_id")).toString();
        if (byMentor.contains(id))
            constraint(byMentor.value(id), QStringLiteral("<="),
                       mentor.toObject().value(QStringLiteral("places")).toInt());
    }
    const QJsonObject cohortLimit = root.value(QStringLiteral("cohort_limit")).toObject();
    const int perCohort = cohortLimit.value(QStringLiteral("max_mentees_per_cohort")).toInt();
    if (perCohort > 0) {
        QHash<QPair<QString, QString>, int> allowance;
        for (const QJsonValue& reduced : cohortLimit.value(QStringLiteral("reduced_allowances")).toArray()) {
            const QJsonObject entry = reduced.toObject();
            allowance[{entry.value(QStringLiteral("mentor_external_id")).toString(),
                       entry.value(QStringLiteral("cohort")).toString()}] =
                entry.value(QStringLiteral("allowance")).toInt();
        }
        for (auto it = byMentorAndCohort.cbegin(); it != byMentorAndCohort.cend(); ++it)
            constraint(it.value(), QStringLiteral("<="), allowance.value(it.key(), perCohort));
    }
    for (const QJsonValue& pin : root.value(QStringLiteral("pins")).toArray()) {
        const QJsonArray pair = pin.toArray();
        for (std::size_t a = 0; a < arcs.size(); ++a)
            if (arcs[a].mentee == pair[0].toString() && arcs[a].mentor == pair[1].toString())
                constraint({QStringLiteral("x%1").arg(a)}, QStringLiteral("="), 1);
    }
    lp << "Binary\n";
    for (std::size_t a = 0; a < arcs.size(); ++a)
        lp << " x" << a << '\n';
    lp << "End\n";
    lp.flush();

    const QString model = path(QStringLiteral("model.lp"));
    const QString solution = path(QStringLiteral("solution.txt"));
    QFile modelFile(model);
    if (!modelFile.open(QIODevice::WriteOnly))
        return {-1, -1};
    modelFile.write(objective.toUtf8());
    modelFile.close();
    QProcess solver;
    solver.start(glpsol, {QStringLiteral("--lp"), model, QStringLiteral("-o"), solution});
    if (!solver.waitForFinished(120000) || solver.exitCode() != 0)
        return {-1, -1};
    QFile solutionFile(solution);
    if (!solutionFile.open(QIODevice::ReadOnly))
        return {-1, -1};
    const QRegularExpressionMatch value = QRegularExpression(QStringLiteral("Objective:\\s+obj = (\\d+)"))
                                              .match(QString::fromUtf8(solutionFile.readAll()));
    if (!value.hasMatch())
        return {-1, -1};
    const qint64 optimum = value.captured(1).toLongLong();
    return {static_cast<int>(optimum / big), optimum % big};
}

void TestMatchCommand::commitsTrialPairingsAsOneAuditedRun()
{
    qint64 pairingsBefore = 0;
    qint64 acceptedBefore = 0;
    qint64 runsBefore = 0;
    qint64 auditBefore = 0;
    {
        ReadOnlyProgram db(m_program);
        pairingsBefore = db.scalar(QStringLiteral("SELECT count(*) FROM pairings")).toLongLong();
        acceptedBefore =
            db.scalar(QStringLiteral("SELECT count(*) FROM match_runs WHERE status = 'accepted'")).toLongLong();
        runsBefore = db.scalar(QStringLiteral("SELECT max(id) FROM match_runs")).toLongLong();
        auditBefore = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    }
    const MentordeskRun result = run(matchIn({QStringLiteral("--trial-days"), QStringLiteral("21")}));
    const PrintedResult printed = printedResult(result.out);
    QVERIFY2(printed.matched > 0, qPrintable(result.out + result.err));
    QCOMPARE(result.exitCode, printed.matched < printed.mentees ? 1 : 0);

    ReadOnlyProgram db(m_program);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pairings")).toLongLong(), pairingsBefore + printed.matched);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM match_runs WHERE status = 'accepted'")).toLongLong(),
             acceptedBefore + 1);
    const QString runPairings = QStringLiteral("FROM pairings WHERE match_run_id = (SELECT id FROM match_runs "
                                               "WHERE status = 'accepted' AND id > %1)")
                                    .arg(runsBefore);
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT count(*) ") + runPairings + QStringLiteral(" AND status = 'trial'")).toInt(),
        printed.matched);
    QCOMPARE(db.scalar(QStringLiteral("SELECT sum(score) ") + runPairings).toLongLong(), printed.total);
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT DISTINCT julianday(trial_end_date) - julianday(started_on) ") + runPairings)
            .toInt(),
        21);
    QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() >= auditBefore + printed.matched);

    // The mentees just paired are no longer waiting: a second run takes only the ones left.
    const MentordeskRun second = run(matchIn({QStringLiteral("--dry-run")}));
    const PrintedResult again = printedResult(second.out);
    QVERIFY2(again.mentees == printed.mentees - printed.matched || second.out.contains(QStringLiteral("No mentees")),
             qPrintable(second.out + second.err));
}

void TestMatchCommand::pinsAndForbidsAreHonoured()
{
    const QString proposals = path(QStringLiteral("proposals.csv"));
    MentordeskRun result = run(matchIn({QStringLiteral("--dry-run"), QStringLiteral("--proposals"), proposals}));
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.out + result.err));
    QStringList matchedRow;
    for (const QString& line : readLines(proposals).mid(1)) {
        const QStringList cells = line.trimmed().split(u',');
        if (!cells[1].isEmpty()) {
            matchedRow = cells;
            break;
        }
    }
    QVERIFY(!matchedRow.isEmpty());
    const QString pair = matchedRow[0] + u'=' + matchedRow[1];

    result = run(matchIn(
        {QStringLiteral("--dry-run"), QStringLiteral("--forbid"), pair, QStringLiteral("--proposals"), proposals}));
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.out + result.err));
    for (const QString& line : readLines(proposals).mid(1))
        QVERIFY2(!line.startsWith(matchedRow[0] + u',' + matchedRow[1] + u','), qPrintable(line));

    result = run(matchIn(
        {QStringLiteral("--dry-run"), QStringLiteral("--pin"), pair, QStringLiteral("--proposals"), proposals}));
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.out + result.err));
    QVERIFY(readLines(proposals)
                .filter(QRegularExpression(QStringLiteral("^%1,%2,").arg(QRegularExpression::escape(matchedRow[0]),
                                                                         QRegularExpression::escape(matchedRow[1]))))
                .size() == 1);
}

void TestMatchCommand::refusalsLeaveTheProgramAlone_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("weights");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown cohort") << QStringList{QStringLiteral("--cohort"), QStringLiteral("No such cohort")}
                                    << QString() << QStringLiteral("there is no cohort 'No such cohort'");
    QTest::newRow("unknown preset") << QStringList{QStringLiteral("--preset"), QStringLiteral("Nope")} << QString()
                                    << QStringLiteral("there is no preset 'Nope'");
    QTest::newRow("weights not JSON") << QStringList{} << QStringLiteral("{ not json")
                                      << QStringLiteral("is not usable");
    QTest::newRow("weight out of range") << QStringList{}
                                         << QStringLiteral(R"({"factors": {"category": {"weight": 11}}})")
                                         << QStringLiteral("is not usable");
    QTest::newRow("preset and weights") << QStringList{QStringLiteral("--preset"), QStringLiteral("x")}
                                        << QStringLiteral("{}") << QStringLiteral("not both");
    QTest::newRow("all without export") << QStringList{QStringLiteral("--all")} << QString()
                                        << QStringLiteral("--all belongs to --export-scores");
    QTest::newRow("negative minimum") << QStringList{QStringLiteral("--min-score"), QStringLiteral("-3")} << QString()
                                      << QStringLiteral("--min-score needs a whole number");
    QTest::newRow("pin of an unknown seller") << QStringList{QStringLiteral("--pin"), QStringLiteral("NOPE=M00001")}
                                              << QString() << QStringLiteral("no seller 'NOPE'");
    QTest::newRow("pin without a mentor")
        << QStringList{QStringLiteral("--pin"), QStringLiteral("S1")} << QString() << QStringLiteral("joined by '='");
    QTest::newRow("proposals over the program")
        << QStringList{QStringLiteral("--proposals"), QStringLiteral("@program")} << QString()
        << QStringLiteral("demo.mentordesk");
}

void TestMatchCommand::refusalsLeaveTheProgramAlone()
{
    QFETCH(QStringList, options);
    QFETCH(QString, weights);
    QFETCH(QString, message);
    options.replaceInStrings(QStringLiteral("@program"), m_program);
    if (!weights.isNull()) {
        QFile file(path(QStringLiteral("weights.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(weights.toUtf8());
        file.close();
        options << QStringLiteral("--weights") << file.fileName();
    }
    const QByteArray before = fileHash(m_program);
    const MentordeskRun result = run(matchIn(options));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(fileHash(m_program), before);
}

QTEST_GUILESS_MAIN(TestMatchCommand)
#include "test_matchcommand.moc"
