// SPDX-License-Identifier: GPL-3.0-or-later
// The pairing lifecycle: ProgramEditor's confirmTrial/extendTrial/endPairing with their undo
// commands (PairingCommands), PairingRepository's guarded writes and trial deadlines, and the
// deadline roles of PairingTableModel under a QAbstractItemModelTester.
#include "domain/FieldCatalogue.h"
#include "editing/PairingCommands.h"
#include "editing/ProgramEditor.h"
#include "itemmodels/PairingTableModel.h"
#include "storage/PairingRepository.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

#include <memory>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

const QString kActor = QStringLiteral("coordinator@test");

/// A day relative to today as stored (ISO), so that "not in the past" holds whenever the suite runs.
QString day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

/// Pairings around today: 1 a trial ending in 3 days, 2 active, 3 ended, 4 a trial 2 days past
/// its end, 5 a trial without an end date, 6 a trial ending in 20 days.
QStringList fixtureStatements()
{
    return {
        QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, created_utc, updated_utc) VALUES "
                       "(1, 'S1', 'Alpha Crafts', 'T0', 'T0'), (2, 'S2', 'Beta Bits', 'T0', 'T0'), "
                       "(3, 'S3', 'Gamma Goods', 'T0', 'T0'), (4, 'S4', 'Delta Deals', 'T0', 'T0'), "
                       "(5, 'S5', 'Echo Emporium', 'T0', 'T0')"),
        QStringLiteral("INSERT INTO mentors(id, name, email, capacity, created_utc, updated_utc) VALUES "
                       "(1, 'Mira Mentor', 'mira@mentors.co', 3, 'T0', 'T0'), "
                       "(2, 'Otto Other', 'otto@mentors.co', 3, 'T0', 'T0')"),
        QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, trial_end_date, ended_on, "
                       "end_reason, score, created_utc, updated_utc) VALUES "
                       "(1, 1, 1, 'trial', '%1', '%2', NULL, NULL, 0.8, 'T0', 'T0'), "
                       "(2, 1, 2, 'active', '%3', '%4', NULL, NULL, NULL, 'T0', 'T0'), "
                       "(3, 2, 3, 'ended', '%5', '%6', '%7', 'completed', NULL, 'T0', 'T0'), "
                       "(4, 2, 4, 'trial', '%8', '%9', NULL, NULL, NULL, 'T0', 'T0'), "
                       "(5, 2, 3, 'trial', '%10', NULL, NULL, NULL, NULL, 'T0', 'T0'), "
                       "(6, 1, 5, 'trial', '%11', '%12', NULL, NULL, NULL, 'T0', 'T0')")
            .arg(day(-20), day(3), day(-60), day(-30), day(-100), day(-70), day(-50), day(-40), day(-2))
            .arg(day(-5), day(-1), day(20)),
    };
}

/// The lifecycle columns of a pairing as text, NULL spelled out.
QString lifecycle(const QSqlDatabase& db, qint64 id)
{
    return scalar(db,
                  QStringLiteral("SELECT status || '|' || IFNULL(trial_end_date, 'NULL') || '|' || "
                                 "IFNULL(ended_on, 'NULL') || '|' || IFNULL(end_reason, 'NULL') FROM pairings "
                                 "WHERE id = ?"),
                  {id})
        .toString();
}

/// Every pairing row and every audit row, for "nothing changed" checks.
QStringList snapshot(const QSqlDatabase& db)
{
    QStringList rows;
    for (const QString& table : {QStringLiteral("pairings"), QStringLiteral("audit_log")}) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            rows << table + QLatin1Char(':') + cells.join(QLatin1Char('|'));
        }
    }
    return rows;
}

/// "field|old|new" of the pairing audit rows after `afterId`, in order.
QStringList auditRows(const QSqlDatabase& db, qint64 afterId = 0)
{
    QStringList rows;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT actor, entity, entity_id, field, IFNULL(old_value, 'NULL'), "
                                 "IFNULL(new_value, 'NULL') FROM audit_log WHERE id > ? ORDER BY id"));
    query.addBindValue(afterId);
    query.exec();
    while (query.next()) {
        rows << QStringLiteral("%1|%2|%3|%4|%5|%6")
                    .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString(), query.value(5).toString());
    }
    return rows;
}

/// The audit rows a step from `from` to `to` (lifecycle texts as lifecycle() gives them) writes.
QStringList expectedAudit(qint64 id, const QString& from, const QString& to)
{
    const QStringList keys{QStringLiteral("status"), QStringLiteral("trial_end_date"), QStringLiteral("ended_on"),
                           QStringLiteral("end_reason")};
    const QStringList before = from.split(QLatin1Char('|'));
    const QStringList after = to.split(QLatin1Char('|'));
    QStringList rows;
    for (int i = 0; i < keys.size(); ++i) {
        if (before.at(i) != after.at(i))
            rows << QStringLiteral("%1|pairing|%2|%3|%4|%5")
                        .arg(kActor)
                        .arg(id)
                        .arg(keys.at(i), before.at(i), after.at(i));
    }
    return rows;
}

QStringList changedKeys(const QString& from, const QString& to)
{
    QStringList keys;
    const QStringList names{QStringLiteral("status"), QStringLiteral("trial_end_date"), QStringLiteral("ended_on"),
                            QStringLiteral("end_reason")};
    const QStringList before = from.split(QLatin1Char('|'));
    const QStringList after = to.split(QLatin1Char('|'));
    for (int i = 0; i < names.size(); ++i) {
        if (before.at(i) != after.at(i))
            keys << names.at(i);
    }
    return keys;
}

/// Runs one step named in a data row: "confirm", "extend" (to today + dayOffset) or "end"
/// (for `reason`, on today + dayOffset); a null offset passes an invalid date.
bool runStep(ProgramEditor& editor, const QString& step, qint64 id, const QVariant& dayOffset, const QString& reason)
{
    const QDate date = dayOffset.isNull() ? QDate() : QDate::currentDate().addDays(dayOffset.toInt());
    if (step == QLatin1String("confirm"))
        return editor.confirmTrial(id);
    if (step == QLatin1String("extend"))
        return editor.extendTrial(id, date);
    return editor.endPairing(id, reason, date);
}

} // namespace

class TestPairingCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void stepUndoRedo_data();
    void stepUndoRedo();
    void refusals_data();
    void refusals();
    void undoAfterAnotherDecisionIsRefused();
    void undoOfEndAfterRematchIsRefused();
    void redoAfterAnotherDecisionIsRefused();
    void repositoryWritesOnlyOverTheExpectedState();
    void trialDeadlines_data();
    void trialDeadlines();
    void modelDeadlineRoles_data();
    void modelDeadlineRoles();
    void modelFindsPairings();
    void rematchIsSuggestedUnlessTheMentorshipIsOver_data();
    void rematchIsSuggestedUnlessTheMentorshipIsOver();

private:
    QSqlDatabase db() const { return m_db->connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_db;
    std::unique_ptr<ProgramEditor> m_editor;
};

void TestPairingCommands::initTestCase()
{
    // Dates in refusals are in the default locale's short format; the checks read English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPairingCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<ProgramDatabase>();
    QCOMPARE(m_db->open(m_dir->filePath(QStringLiteral("pairings.mentordesk"))), ProgramDatabase::Outcome::Created);
    for (const QString& statement : fixtureStatements())
        SQL_OK(execSql(db(), statement));
    m_editor = std::make_unique<ProgramEditor>(db(), kActor);
}

void TestPairingCommands::cleanup()
{
    m_editor.reset();
    m_db.reset();
    m_dir.reset();
}

void TestPairingCommands::stepUndoRedo_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QVariant>("dayOffset");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("after"); // lifecycle() once the step is done

    QTest::newRow("confirm a trial") << "confirm" << qint64(1) << QVariant() << QString()
                                     << QStringLiteral("active|%1|NULL|NULL").arg(day(3));
    QTest::newRow("confirm an overdue trial")
        << "confirm" << qint64(4) << QVariant() << QString() << QStringLiteral("active|%1|NULL|NULL").arg(day(-2));
    QTest::newRow("extend a trial") << "extend" << qint64(1) << QVariant(17) << QString()
                                    << QStringLiteral("trial|%1|NULL|NULL").arg(day(17));
    QTest::newRow("extend an overdue trial to today")
        << "extend" << qint64(4) << QVariant(0) << QString() << QStringLiteral("trial|%1|NULL|NULL").arg(day(0));
    QTest::newRow("give a trial its first end")
        << "extend" << qint64(5) << QVariant(14) << QString() << QStringLiteral("trial|%1|NULL|NULL").arg(day(14));
    QTest::newRow("end a trial") << "end" << qint64(1) << QVariant(0) << QStringLiteral("mismatch")
                                 << QStringLiteral("ended|%1|%2|mismatch").arg(day(3), day(0));
    QTest::newRow("end an active pairing") << "end" << qint64(2) << QVariant(-1) << QStringLiteral("completed")
                                           << QStringLiteral("ended|%1|%2|completed").arg(day(-30), day(-1));
    QTest::newRow("end on the day it started") << "end" << qint64(4) << QVariant(-40) << QStringLiteral("other")
                                               << QStringLiteral("ended|%1|%2|other").arg(day(-2), day(-40));
}

void TestPairingCommands::stepUndoRedo()
{
    QFETCH(QString, step);
    QFETCH(qint64, id);
    QFETCH(QVariant, dayOffset);
    QFETCH(QString, reason);
    QFETCH(QString, after);

    const QString before = lifecycle(db(), id);
    const QStringList othersBefore =
        snapshot(db()).filter(QRegularExpression(QStringLiteral("^pairings:(?!%1\\|)").arg(id)));
    QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
    QSignalSpy errors(m_editor.get(), &ProgramEditor::errorOccurred);

    QVERIFY2(runStep(*m_editor, step, id, dayOffset, reason), qPrintable(m_editor->errorString()));
    QCOMPARE(lifecycle(db(), id), after);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY(!m_editor->undoStack()->text(0).isEmpty());
    QCOMPARE(auditRows(db()), expectedAudit(id, before, after));
    QCOMPARE(changed.count(), 1);
    const auto event = changed.at(0).at(0).value<ChangeEvent>();
    QCOMPARE(event.type, ChangeEvent::Type::FieldsEdited);
    QCOMPARE(event.entities, EntityKinds(EntityKind::Pairing));
    QCOMPARE(event.ids, QVector<qint64>{id});
    QCOMPARE(event.fields, changedKeys(before, after));
    QVERIFY(scalar(db(), QStringLiteral("SELECT updated_utc FROM pairings WHERE id = ?"), {id}).toString() !=
            QLatin1String("T0"));

    m_editor->undoStack()->undo();
    QCOMPARE(lifecycle(db(), id), before);
    QCOMPARE(auditRows(db()), expectedAudit(id, before, after) + expectedAudit(id, after, before));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).value<ChangeEvent>().ids, QVector<qint64>{id});
    QCOMPARE(changed.at(1).at(0).value<ChangeEvent>().fields, changedKeys(after, before));

    m_editor->undoStack()->redo();
    QCOMPARE(lifecycle(db(), id), after);
    QCOMPARE(auditRows(db()),
             expectedAudit(id, before, after) + expectedAudit(id, after, before) + expectedAudit(id, before, after));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(errors.count(), 0);

    // The other pairings were not touched at all.
    const QStringList othersAfter =
        snapshot(db()).filter(QRegularExpression(QStringLiteral("^pairings:(?!%1\\|)").arg(id)));
    QCOMPARE(othersAfter, othersBefore);
}

void TestPairingCommands::refusals_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QVariant>("dayOffset");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("sentence"); // part of errorString()

    const QString gone = QStringLiteral("no longer exists");
    const QString shortStart = QLocale().toString(QDate::currentDate().addDays(-20), QLocale::ShortFormat);
    const QString shortEnd = QLocale().toString(QDate::currentDate().addDays(3), QLocale::ShortFormat);
    QTest::newRow("confirm active") << "confirm" << qint64(2) << QVariant() << QString() << "already active";
    QTest::newRow("confirm ended") << "confirm" << qint64(3) << QVariant() << QString() << "has ended";
    QTest::newRow("confirm missing") << "confirm" << qint64(99) << QVariant() << QString() << gone;
    QTest::newRow("extend active") << "extend" << qint64(2) << QVariant(30) << QString()
                                   << "only a trial can be extended";
    QTest::newRow("extend ended") << "extend" << qint64(3) << QVariant(30) << QString() << "has ended";
    QTest::newRow("extend missing") << "extend" << qint64(99) << QVariant(30) << QString() << gone;
    QTest::newRow("extend into the past") << "extend" << qint64(4) << QVariant(-1) << QString() << "in the past";
    QTest::newRow("extend to the same day") << "extend" << qint64(1) << QVariant(3) << QString() << shortEnd;
    QTest::newRow("extend to an earlier day") << "extend" << qint64(1) << QVariant(1) << QString() << "must end after";
    QTest::newRow("extend without a date") << "extend" << qint64(1) << QVariant() << QString() << "Enter the date";
    QTest::newRow("end ended") << "end" << qint64(3) << QVariant(0) << "mismatch"
                               << "already ended";
    QTest::newRow("end missing") << "end" << qint64(99) << QVariant(0) << "mismatch" << gone;
    QTest::newRow("end without reason") << "end" << qint64(1) << QVariant(0) << QString() << "Choose why";
    QTest::newRow("end for an unknown reason") << "end" << qint64(1) << QVariant(0) << "bored"
                                               << "“bored”";
    QTest::newRow("end before the start") << "end" << qint64(1) << QVariant(-21) << "mismatch" << shortStart;
    QTest::newRow("end in the future") << "end" << qint64(1) << QVariant(1) << "mismatch"
                                       << "in the future";
    QTest::newRow("end without a date") << "end" << qint64(1) << QVariant() << "mismatch"
                                        << "Enter the day";
}

void TestPairingCommands::refusals()
{
    QFETCH(QString, step);
    QFETCH(qint64, id);
    QFETCH(QVariant, dayOffset);
    QFETCH(QString, reason);
    QFETCH(QString, sentence);

    const QStringList before = snapshot(db());
    QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
    QVERIFY(!runStep(*m_editor, step, id, dayOffset, reason));
    QVERIFY2(m_editor->errorString().contains(sentence), qPrintable(m_editor->errorString()));
    QVERIFY2(m_editor->errorString().endsWith(QLatin1Char('.')), qPrintable(m_editor->errorString()));
    QCOMPARE(snapshot(db()), before);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestPairingCommands::undoAfterAnotherDecisionIsRefused()
{
    QVERIFY(m_editor->confirmTrial(1));
    // Another desk ends the pairing meanwhile; undoing the confirmation must not revive the trial.
    SQL_OK(execSql(db(),
                   QStringLiteral("UPDATE pairings SET status = 'ended', ended_on = ?, end_reason = 'other' "
                                  "WHERE id = 1"),
                   {day(0)}));
    const QStringList before = snapshot(db());
    QSignalSpy errors(m_editor.get(), &ProgramEditor::errorOccurred);
    QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
    m_editor->undoStack()->undo();
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("changed meanwhile")),
             qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(snapshot(db()), before);
    QCOMPARE(changed.count(), 0);
    // The command is dropped: a later undo cannot try it again.
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void TestPairingCommands::undoOfEndAfterRematchIsRefused()
{
    QVERIFY(m_editor->endPairing(1, QStringLiteral("mismatch"), QDate::currentDate()));
    // The mentee got a new mentor (the re-match); reopening the old pairing would give two.
    SQL_OK(execSql(db(),
                   QStringLiteral("INSERT INTO pairings(mentor_id, mentee_id, status, started_on, created_utc, "
                                  "updated_utc) VALUES (2, 1, 'trial', ?, 'T0', 'T0')"),
                   {day(0)}));
    const QStringList before = snapshot(db());
    QSignalSpy errors(m_editor.get(), &ProgramEditor::errorOccurred);
    m_editor->undoStack()->undo();
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("another open pairing")),
             qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(snapshot(db()), before);
    QCOMPARE(lifecycle(db(), 1), QStringLiteral("ended|%1|%2|mismatch").arg(day(3), day(0)));
}

void TestPairingCommands::redoAfterAnotherDecisionIsRefused()
{
    QVERIFY(m_editor->extendTrial(1, QDate::currentDate().addDays(10)));
    m_editor->undoStack()->undo();
    QCOMPARE(lifecycle(db(), 1), QStringLiteral("trial|%1|NULL|NULL").arg(day(3)));
    SQL_OK(execSql(db(), QStringLiteral("UPDATE pairings SET status = 'active' WHERE id = 1")));
    const QStringList before = snapshot(db());
    QSignalSpy errors(m_editor.get(), &ProgramEditor::errorOccurred);
    m_editor->undoStack()->redo();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(snapshot(db()), before);
}

void TestPairingCommands::repositoryWritesOnlyOverTheExpectedState()
{
    PairingRepository pairings(m_editor->records());
    const PairingState trial = pairings.state(1);
    QVERIFY(trial.exists() && trial.isOpen());
    QCOMPARE(trial.menteeId, qint64(1));
    QCOMPARE(trial.mentorId, qint64(1));
    QCOMPARE(trial.trialEndDate, QDate::currentDate().addDays(3));
    PairingState active = trial;
    active.status = QStringLiteral("active");

    // The decision was made on a trial that has since been given more time elsewhere.
    SQL_OK(execSql(db(), QStringLiteral("UPDATE pairings SET trial_end_date = ? WHERE id = 1"), {day(9)}));
    const QStringList before = snapshot(db());
    QVERIFY(!pairings.transition(trial, active));
    QVERIFY2(pairings.errorString().contains(QStringLiteral("changed meanwhile")), qPrintable(pairings.errorString()));
    QCOMPARE(snapshot(db()), before);

    PairingState missing = trial;
    missing.id = 99;
    QVERIFY(!pairings.state(99).exists());
    QVERIFY(!pairings.transition(missing, active));
    QVERIFY2(pairings.errorString().contains(QStringLiteral("no longer exists")), qPrintable(pairings.errorString()));
    QCOMPARE(snapshot(db()), before);

    // Over the state it expects, the write goes through with one audit row.
    const PairingState current = pairings.state(1);
    PairingState confirmed = current;
    confirmed.status = QStringLiteral("active");
    QVERIFY2(pairings.transition(current, confirmed), qPrintable(pairings.errorString()));
    QCOMPARE(auditRows(db()), QStringList{QStringLiteral("%1|pairing|1|status|trial|active").arg(kActor)});
    QVERIFY(pairings.hasOpenPairing(1));
    QVERIFY(!pairings.hasOpenPairing(1, 1));
    QVERIFY(!pairings.hasOpenPairing(3, 5) && pairings.hasOpenPairing(3));
}

void TestPairingCommands::trialDeadlines_data()
{
    QTest::addColumn<int>("todayOffset");
    QTest::addColumn<int>("endingSoon");
    QTest::addColumn<int>("overdue");

    // Trials end at +3 (1), -2 (4), +20 (6) and never (5); active and ended pairings never count.
    QTest::newRow("today") << 0 << 1 << 1;
    QTest::newRow("ten days ago") << -10 << 0 << 0;
    QTest::newRow("five days ago") << -5 << 1 << 0;
    QTest::newRow("in four days") << 4 << 0 << 2;
    QTest::newRow("in thirteen days") << 13 << 1 << 2;
    QTest::newRow("a day before the window reaches trial 6") << 12 << 0 << 2;
    QTest::newRow("in a month") << 30 << 0 << 3;
}

void TestPairingCommands::trialDeadlines()
{
    QFETCH(int, todayOffset);
    QFETCH(int, endingSoon);
    QFETCH(int, overdue);
    const TrialDeadlines deadlines = PairingRepository(m_editor->records())
                                         .trialDeadlines(QDate::currentDate().addDays(todayOffset), kTrialDecisionDays);
    QCOMPARE(deadlines.endingSoon, endingSoon);
    QCOMPARE(deadlines.overdue, overdue);
}

void TestPairingCommands::modelDeadlineRoles_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QVariant>("daysLeft"); // trial end relative to the model's today; null: none
    QTest::addColumn<bool>("due");
    QTest::addColumn<QString>("text"); // source text of the tooltip; empty: none
    QTest::addColumn<int>("count");    // the %n of that text

    QTest::newRow("trial in 20 days") << "trial" << QVariant(20) << false << "Trial ends in %n day(s)" << 20;
    QTest::newRow("trial in 8 days") << "trial" << QVariant(8) << false << "Trial ends in %n day(s)" << 8;
    QTest::newRow("trial in 7 days") << "trial" << QVariant(7) << true << "Trial ends in %n day(s)" << 7;
    QTest::newRow("trial in 1 day") << "trial" << QVariant(1) << true << "Trial ends in %n day(s)" << 1;
    QTest::newRow("trial ends today") << "trial" << QVariant(0) << true << "Trial ends today — decide" << 0;
    QTest::newRow("trial ended yesterday")
        << "trial" << QVariant(-1) << true << "Trial ended %n day(s) ago — decide" << 1;
    QTest::newRow("trial ended 3 days ago")
        << "trial" << QVariant(-3) << true << "Trial ended %n day(s) ago — decide" << 3;
    QTest::newRow("trial without end") << "trial" << QVariant() << false << QString() << 0;
    QTest::newRow("active past its trial end") << "active" << QVariant(-3) << false << QString() << 0;
    QTest::newRow("ended") << "ended" << QVariant(2) << false << QString() << 0;
}

void TestPairingCommands::modelDeadlineRoles()
{
    QFETCH(QString, status);
    QFETCH(QVariant, daysLeft);
    QFETCH(bool, due);
    QFETCH(QString, text);
    QFETCH(int, count);

    const QDate today(2026, 3, 10);
    PairingSummary trial;
    trial.id = 42;
    trial.counterpart = QStringLiteral("Mira Mentor");
    trial.status = status;
    trial.startedOn = today.addDays(-30);
    if (!daysLeft.isNull())
        trial.trialEndDate = today.addDays(daysLeft.toInt());
    PairingSummary other;
    other.id = 7;
    other.status = QStringLiteral("ended");

    PairingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(today);
    model.setPairings({other, trial}, QStringLiteral("Mentor"));

    const QModelIndex statusCell = model.index(1, PairingTableModel::Status);
    const QModelIndex endCell = model.index(1, PairingTableModel::TrialEnds);
    const bool counted = status == QLatin1String("trial") && !daysLeft.isNull();
    QCOMPARE(statusCell.data(PairingTableModel::TrialDaysLeftRole), counted ? daysLeft : QVariant());
    QCOMPARE(statusCell.data(PairingTableModel::TrialDecisionDueRole).toBool(), due);
    QCOMPARE(statusCell.data(PairingTableModel::PairingIdRole).toLongLong(), qint64(42));
    QCOMPARE(statusCell.data(PairingTableModel::StatusCodeRole).toString(), status);
    const QString expected =
        text.isEmpty() ? QString() : PairingTableModel::tr(text.toUtf8().constData(), nullptr, count);
    QCOMPARE(model.trialDeadlineText(1), expected);
    QCOMPARE(statusCell.data(Qt::ToolTipRole).toString(), expected);
    QCOMPARE(endCell.data(Qt::ToolTipRole).toString(), expected);
    QCOMPARE(endCell.data(Qt::AccessibleDescriptionRole).toString(), expected);
    // Only the status and trial-end cells of a due trial are tinted; a past end in red, a near one in amber.
    QCOMPARE(statusCell.data(Qt::BackgroundRole).isValid(), due);
    QCOMPARE(endCell.data(Qt::BackgroundRole).isValid(), due);
    QVERIFY(!model.index(1, PairingTableModel::Counterpart).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(1, PairingTableModel::Counterpart).data(Qt::ToolTipRole).isValid());
    if (due) {
        const QColor tint = statusCell.data(Qt::BackgroundRole).value<QColor>();
        const bool red = tint.red() > tint.green() + 30;
        QCOMPARE(red, daysLeft.toInt() < 0);
        QVERIFY(statusCell.data(Qt::ForegroundRole).value<QColor>().isValid());
    }
    // The display stays the status and the date; the deadline is an addition, not a replacement.
    QCOMPARE(statusCell.data().toString(), catalogueField(FieldId::PairingStatus).choiceLabel(status));
    QCOMPARE(model.index(0, PairingTableModel::Status).data(PairingTableModel::TrialDecisionDueRole).toBool(), false);

    // A later day moves the deadline and tells the views.
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    model.setToday(today.addDays(1));
    QCOMPARE(dataChanged.count(), 1);
    if (counted)
        QCOMPARE(statusCell.data(PairingTableModel::TrialDaysLeftRole).toInt(), daysLeft.toInt() - 1);
}

void TestPairingCommands::modelFindsPairings()
{
    PairingSummary first;
    first.id = 11;
    first.status = QStringLiteral("trial");
    PairingSummary second;
    second.id = 12;
    second.status = QStringLiteral("active");
    PairingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPairings({first, second}, QStringLiteral("Mentee"));
    QCOMPARE(model.rowOfPairing(12), 1);
    QCOMPARE(model.rowOfPairing(11), 0);
    QCOMPARE(model.rowOfPairing(13), -1);
    QCOMPARE(model.pairing(1).id, qint64(12));
    QCOMPARE(model.pairing(5).id, qint64(0));
    QVERIFY(model.roleNames().contains(PairingTableModel::TrialDaysLeftRole));
}

void TestPairingCommands::rematchIsSuggestedUnlessTheMentorshipIsOver_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("suggested");
    const QStringList over{QStringLiteral("completed"), QStringLiteral("mentee_withdrew")};
    // Every end reason of the catalogue has a row, so a new one is decided on, not forgotten.
    for (const Choice& choice : catalogueField(FieldId::PairingEndReason).choices)
        QTest::newRow(qPrintable(choice.code)) << choice.code << !over.contains(choice.code);
}

void TestPairingCommands::rematchIsSuggestedUnlessTheMentorshipIsOver()
{
    QFETCH(QString, reason);
    QFETCH(bool, suggested);
    QCOMPARE(EndPairingCommand::suggestsRematch(reason), suggested);
}

QTEST_GUILESS_MAIN(TestPairingCommands)
#include "test_pairingcommands.moc"
