// SPDX-License-Identifier: GPL-3.0-or-later
// ProgramEditor with its undo commands, RecordRepository and RecordGraph: every change is
// validated, undoable, audited and (for deletes) restored exactly, dependents included.
#include "domain/WorkspaceSpecs.h"
#include "editing/ProgramEditor.h"
#include "storage/ProgramDatabase.h"
#include "storage/RecordGraph.h"
#include "storage/RecordRepository.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
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

const TableSpec& specNamed(const QString& name)
{
    if (name == QLatin1String("mentor"))
        return mentorTableSpec();
    if (name == QLatin1String("cohort"))
        return cohortTableSpec();
    return sellerTableSpec();
}

qint64 count(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    const QVariant value = scalar(db, sql, values);
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok ? n : -1;
}

/// A cell as text that tells NULL, integer, real and text apart.
QString cellText(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QStringLiteral("i:") + value.toString();
    case QMetaType::Double:
        return QStringLiteral("r:") + QString::number(value.toDouble(), 'g', 17);
    default:
        return QStringLiteral("t:'") + value.toString() + QLatin1Char('\'');
    }
}

using Dump = QMap<QString, QStringList>;

/// Every row of every table except the audit log and the full-text index's own tables, per table
/// in a stable order.
Dump dumpDatabase(const QSqlDatabase& db)
{
    Dump dump;
    QStringList tables;
    QSqlQuery list(db);
    list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                             "AND name NOT LIKE 'seller_search%' AND name <> 'audit_log' ORDER BY name"));
    while (list.next())
        tables << list.value(0).toString();
    for (const QString& table : std::as_const(tables)) {
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        QStringList lines;
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            QStringList cells;
            for (int i = 0; i < record.count(); ++i)
                cells << record.fieldName(i) + QLatin1Char('=') + cellText(record.value(i));
            lines << cells.join(QLatin1String(" | "));
        }
        // Every table has a primary key among its columns, so sorted lines identify the rows;
        // the hidden rowid of tables without an INTEGER PRIMARY KEY is not part of a record.
        lines.sort();
        dump.insert(table, lines);
    }
    return dump;
}

struct AuditRow {
    qint64 id = 0;
    QString at;
    QString actor;
    QString entity;
    qint64 entityId = 0;
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

QVector<AuditRow> auditRows(const QSqlDatabase& db)
{
    QVector<AuditRow> rows;
    QSqlQuery query(db);
    query.exec(QStringLiteral(
        "SELECT id, at_utc, actor, entity, entity_id, field, old_value, new_value FROM audit_log ORDER BY id"));
    while (query.next()) {
        rows << AuditRow{query.value(0).toLongLong(),
                         query.value(1).toString(),
                         query.value(2).toString(),
                         query.value(3).toString(),
                         query.value(4).toLongLong(),
                         query.value(5).toString(),
                         query.value(6),
                         query.value(7)};
    }
    return rows;
}

QString fixtureSql()
{
    return QStringLiteral(R"sql(
INSERT INTO sellers(id, external_id, shop_name, contact_name, email, category, country, status, enrolment_date,
                    created_utc, updated_utc) VALUES
 (1, 'EXT-1', 'Alpha Crafts', 'Ann Alpha', 'ann@alpha.co', 'Handmade', 'DE', 'enrolled', '2026-01-10', 'T0', 'T0'),
 (2, 'EXT-2', 'Beta Bits', 'Bob Beta', 'bob@beta.io', 'Electronics', 'FR', 'enrolled', '2026-01-12', 'T0', 'T0'),
 (3, 'EXT-3', 'Gamma Goods', 'Gus Gamma', 'Gus@Gamma.Shop', 'Food', 'DE', 'enrolled', '2026-01-20', 'T0', 'T0'),
 (4, 'EXT-4', 'Delta Deals', 'Dee Delta', 'dee@delta.co', 'Home', 'PL', 'prospect', NULL, 'T0', 'T0');
INSERT INTO mentors(id, seller_id, name, email, capacity, stipend_rate, created_utc, updated_utc) VALUES
 (1, NULL, 'Mira Mentor', 'mira@mentors.co', 3, 100.0, 'T0', 'T0'),
 (2, NULL, 'Otto Open', 'otto@mentors.co', 2, NULL, 'T0', 'T0'),
 (3, 1, 'Sam Shopkeeper', 'sam@alpha.co', 1, NULL, 'T0', 'T0'),
 (4, NULL, 'Ella Ended', 'ella@mentors.co', 4, 50.5, 'T0', 'T0');
INSERT INTO mentor_skills(mentor_id, skill, level) VALUES
 (1, 'pricing', 4), (4, 'pricing', 3), (4, 'customer_service', 5);
INSERT INTO mentor_disclosures(id, mentor_id, kind, seller_id, value, note, declared_on) VALUES
 (1, 2, 'seller', 1, '', 'former supplier', '2026-01-02'),
 (2, 4, 'category', NULL, 'Toys', '', '2026-01-02'),
 (3, 1, 'brand', NULL, 'Acme', '', '2026-01-03');
INSERT INTO cohorts(id, name, start_date, end_date, focus_category, roundtable_day, notes, created_utc, updated_utc)
 VALUES (1, 'Spring 2026', '2026-01-01', '2026-04-30', 'Handmade', 15, '', 'T0', 'T0'),
        (2, 'Summer 2026', '2026-06-01', NULL, '', NULL, '', 'T0', 'T0');
INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES
 (1, 1, '2026-01-10'), (2, 1, '2026-01-12'), (3, 2, '2026-06-01');
INSERT INTO match_runs(id, started_utc, finished_utc, cohort_id, status, created_by) VALUES
 (1, '2026-01-05T09:00:00Z', '2026-01-05T09:01:00Z', 1, 'accepted', 'coord');
INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, trial_end_date, ended_on, end_reason, score,
                     match_run_id, created_utc, updated_utc) VALUES
 (1, 1, 1, 'active', '2026-01-12', '2026-02-12', NULL, NULL, 0.87, 1, 'T0', 'T0'),
 (2, 1, 1, 'ended', '2025-10-01', '2025-11-01', '2025-12-01', 'mismatch', 0.55, NULL, 'T0', 'T0'),
 (3, 2, 3, 'trial', '2026-02-01', '2026-03-01', NULL, NULL, NULL, NULL, 'T0', 'T0'),
 (4, 4, 2, 'ended', '2025-09-01', '2025-10-01', '2025-11-15', 'completed', 0.91, NULL, 'T0', 'T0'),
 (5, 1, 2, 'active', '2026-01-15', '2026-02-15', NULL, NULL, 0.8, 1, 'T0', 'T0');
INSERT INTO touchpoints(id, pairing_id, cohort_id, kind, status, scheduled_utc, duration_minutes, notes) VALUES
 (1, 1, NULL, 'live_call', 'done', '2026-01-13T10:00:00Z', 45, 'kick-off'),
 (2, 1, NULL, 'async', 'planned', '2026-01-20T10:00:00Z', NULL, ''),
 (3, 2, NULL, 'live_call', 'done', '2025-10-05T10:00:00Z', 30, ''),
 (4, NULL, 1, 'roundtable', 'done', '2026-01-15T17:00:00Z', 60, 'January'),
 (5, 4, NULL, 'live_call', 'done', '2025-09-10T10:00:00Z', 30, '');
DELETE FROM checklist_templates;
INSERT INTO checklist_templates(id, name, created_utc) VALUES (1, 'Standard', 'T0');
INSERT INTO checklist_template_items(id, template_id, day_offset, position, title) VALUES
 (1, 1, 30, 0, 'Optimise listings'), (2, 1, 60, 0, 'Review pricing');
INSERT INTO checklist_items(id, pairing_id, template_item_id, day_offset, title, due_date, done_on) VALUES
 (1, 1, 1, 30, 'Optimise listings', '2026-02-11', '2026-02-05'),
 (2, 1, 2, 60, 'Review pricing', '2026-03-13', NULL),
 (3, 4, NULL, 30, 'Optimise listings', '2025-10-01', '2025-10-01');
INSERT INTO resources(id, title, kind, url, created_utc, updated_utc) VALUES
 (1, 'Listing playbook', 'link', 'https://example.org/playbook', 'T0', 'T0');
INSERT INTO resource_attachments(id, resource_id, touchpoint_id, checklist_template_item_id) VALUES
 (1, 1, 1, NULL), (2, 1, 5, NULL), (3, 1, NULL, 1);
INSERT INTO feedback(id, pairing_id, direction, rating, comment, given_on) VALUES
 (1, 1, 'mentee_to_mentor', 5, 'Great', '2026-02-01'),
 (2, 4, 'mentor_to_mentee', 4, '', '2025-11-15');
INSERT INTO seller_metric_snapshots(id, seller_id, snapshot_date, period_days, revenue, orders, returned_orders,
        listing_quality, csat, price_competitiveness, inventory_turnover, repeat_purchase_rate) VALUES
 (1, 1, '2025-12-31', 30, 1000.0, 40, 2, 61.5, 4.2, 1.05, 3.1, 0.2),
 (2, 1, '2026-02-28', 30, 1800.5, 60, 3, 70, NULL, NULL, NULL, NULL),
 (3, 2, '2026-02-28', 30, 500, 10, 0, 55, 4.8, 0.9, 2, 0.5);
)sql");
}

} // namespace

class TestProgramEditor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void setFieldUndoRedo_data();
    void setFieldUndoRedo();
    void setFieldWithSameValueIsNoStep_data();
    void setFieldWithSameValueIsNoStep();
    void setFieldRejectsInvalidValues_data();
    void setFieldRejectsInvalidValues();
    void uniqueViolationIsRefusedWithoutAudit_data();
    void uniqueViolationIsRefusedWithoutAudit();
    void addRecordUndoRedoKeepsId();
    void addRecordRejectsBadInput_data();
    void addRecordRejectsBadInput();
    void planDeleteListsConsequences_data();
    void planDeleteListsConsequences();
    void deleteUndoRedoRestoresExactly_data();
    void deleteUndoRedoRestoresExactly();
    void deletingMentorWithOpenPairingIsBlocked_data();
    void deletingMentorWithOpenPairingIsBlocked();
    void errorsDescribeTheLatestFailure();
    void findDuplicate_data();
    void findDuplicate();
    void undoOfVanishedRecordIsReported();
    void undoOfDeleteThatNoLongerFitsIsRefused();
    void undoingAddOfMentorWithOpenPairingIsBlocked();
    void auditLogIsAppendOnly();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    void verifyAuditRow(const AuditRow& row, const QString& entity, qint64 id, const QString& field,
                        const QVariant& oldValue, const QVariant& newValue, const QDateTime& notBefore);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_db;
    std::unique_ptr<ProgramEditor> m_editor;
};

void TestProgramEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<ProgramDatabase>();
    QCOMPARE(m_db->open(m_dir->filePath(QStringLiteral("editor.mentordesk"))), ProgramDatabase::Outcome::Created);
    const QStringList statements = fixtureSql().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& statement : statements) {
        if (!statement.trimmed().isEmpty())
            SQL_OK(execSql(db(), statement));
    }
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    m_editor = std::make_unique<ProgramEditor>(db(), kActor);
}

void TestProgramEditor::cleanup()
{
    m_editor.reset();
    m_db.reset();
    m_dir.reset();
}

void TestProgramEditor::verifyAuditRow(const AuditRow& row, const QString& entity, qint64 id, const QString& field,
                                       const QVariant& oldValue, const QVariant& newValue, const QDateTime& notBefore)
{
    QCOMPARE(row.actor, kActor);
    QCOMPARE(row.entity, entity);
    QCOMPARE(row.entityId, id);
    QCOMPARE(row.field, field);
    QCOMPARE(row.oldValue.isNull(), oldValue.isNull());
    QCOMPARE(row.oldValue.toString(), oldValue.toString());
    QCOMPARE(row.newValue.isNull(), newValue.isNull());
    QCOMPARE(row.newValue.toString(), newValue.toString());
    const QDateTime at = QDateTime::fromString(row.at, Qt::ISODate);
    QVERIFY2(at.isValid(), qPrintable(row.at));
    QCOMPARE(at.timeSpec(), Qt::UTC);
    QVERIFY2(at >= notBefore.addSecs(-1) && at <= QDateTime::currentDateTimeUtc().addSecs(1), qPrintable(row.at));
}

// ---------------------------------------------------------------------------------------------

void TestProgramEditor::setFieldUndoRedo_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QVariant>("stored"); // expected database value after the edit

    const auto s = [](const char* text) { return QVariant(QString::fromUtf8(text)); };
    QTest::newRow("shop name") << "seller" << qint64(2) << "shop_name" << s("Beta Bits GmbH") << s("Beta Bits GmbH");
    QTest::newRow("email trimmed") << "seller" << qint64(2) << "email" << s("  BOB@beta.io ") << s("BOB@beta.io");
    QTest::newRow("status") << "seller" << qint64(2) << "status" << s("graduated") << s("graduated");
    QTest::newRow("date") << "seller" << qint64(2) << "enrolment_date" << s("2026-02-01") << s("2026-02-01");
    QTest::newRow("date cleared") << "seller" << qint64(2) << "enrolment_date" << s("") << QVariant();
    QTest::newRow("integer from null") << "seller" << qint64(2) << "inventory_complexity" << s("4")
                                       << QVariant(qint64(4));
    QTest::newRow("boolean") << "seller" << qint64(2) << "consent_anonymised" << QVariant(true) << QVariant(1);
    QTest::newRow("real") << "seller" << qint64(2) << "sales_velocity" << s("12.5") << QVariant(12.5);
    QTest::newRow("mentor capacity") << "mentor" << qint64(1) << "capacity" << s("5") << QVariant(qint64(5));
    QTest::newRow("mentor stipend cleared") << "mentor" << qint64(1) << "stipend_rate" << s("") << QVariant();
    QTest::newRow("cohort notes") << "cohort" << qint64(2) << "notes" << s("Summer intake") << s("Summer intake");
    // Clearing optional text fields: the columns are NOT NULL DEFAULT '', so '' must be stored.
    QTest::newRow("email cleared") << "seller" << qint64(2) << "email" << s("") << s("");
    QTest::newRow("contact cleared") << "seller" << qint64(2) << "contact_name" << s("  ") << s("");
}

void TestProgramEditor::setFieldUndoRedo()
{
    QFETCH(QString, entity);
    QFETCH(qint64, id);
    QFETCH(QString, key);
    QFETCH(QVariant, input);
    QFETCH(QVariant, stored);

    const TableSpec& spec = specNamed(entity);
    const QString select = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(key, spec.table);
    const QVariant before = scalar(db(), select, {id});
    const Dump otherTablesBefore = dumpDatabase(db());
    QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
    QSignalSpy errors(m_editor.get(), &ProgramEditor::errorOccurred);
    const QDateTime start = QDateTime::currentDateTimeUtc();

    QVERIFY2(m_editor->setField(spec, id, key, input), qPrintable(m_editor->errorString()));
    QVariant now = scalar(db(), select, {id});
    QCOMPARE(now.isNull(), stored.isNull());
    QCOMPARE(now.toString(), stored.toString());
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY(m_editor->undoStack()->canUndo());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<ChangeEvent>().entities, EntityKinds(spec.entity));
    QCOMPARE(changed.at(0).at(0).value<ChangeEvent>().ids, QVector<qint64>{id});
    QVector<AuditRow> audit = auditRows(db());
    QCOMPARE(audit.size(), 1);
    verifyAuditRow(audit.at(0), entityText(spec.entity), id, key, before, stored, start);
    QVERIFY(scalar(db(), QStringLiteral("SELECT updated_utc FROM %1 WHERE id = ?").arg(spec.table), {id}).toString() !=
            QLatin1String("T0"));

    m_editor->undoStack()->undo();
    now = scalar(db(), select, {id});
    QCOMPARE(now.isNull(), before.isNull());
    QCOMPARE(now.toString(), before.toString());
    QCOMPARE(changed.count(), 2);
    audit = auditRows(db());
    QCOMPARE(audit.size(), 2);
    verifyAuditRow(audit.at(1), entityText(spec.entity), id, key, stored, before, start);

    m_editor->undoStack()->redo();
    now = scalar(db(), select, {id});
    QCOMPARE(now.isNull(), stored.isNull());
    QCOMPARE(now.toString(), stored.toString());
    QCOMPARE(changed.count(), 3);
    audit = auditRows(db());
    QCOMPARE(audit.size(), 3);
    verifyAuditRow(audit.at(2), entityText(spec.entity), id, key, before, stored, start);
    QCOMPARE(errors.count(), 0);

    // Nothing but the edited cell (and its record's updated_utc) changed anywhere.
    m_editor->undoStack()->undo();
    Dump after = dumpDatabase(db());
    Dump expected = otherTablesBefore;
    QStringList& rowsAfter = after[spec.table];
    QStringList& rowsExpected = expected[spec.table];
    const QRegularExpression updated(QStringLiteral("updated_utc=t:'[^']*'"));
    for (QString& row : rowsAfter)
        row.replace(updated, QStringLiteral("updated_utc=*"));
    for (QString& row : rowsExpected)
        row.replace(updated, QStringLiteral("updated_utc=*"));
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        QCOMPARE(after.value(it.key()), it.value());
}

void TestProgramEditor::setFieldWithSameValueIsNoStep_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("input");

    QTest::newRow("same text after trimming")
        << "seller" << qint64(2) << "shop_name" << QVariant(QStringLiteral(" Beta Bits "));
    QTest::newRow("same choice") << "seller" << qint64(2) << "status" << QVariant(QStringLiteral("enrolled"));
    QTest::newRow("same integer") << "mentor" << qint64(1) << "capacity" << QVariant(QStringLiteral("3"));
    QTest::newRow("same real") << "mentor" << qint64(1) << "stipend_rate" << QVariant(QStringLiteral("100"));
    QTest::newRow("same boolean") << "seller" << qint64(2) << "consent_anonymised" << QVariant(false);
    QTest::newRow("empty date stays empty") << "seller" << qint64(4) << "enrolment_date" << QVariant(QString());
    QTest::newRow("empty real stays empty") << "mentor" << qint64(2) << "stipend_rate" << QVariant(QString());
}

void TestProgramEditor::setFieldWithSameValueIsNoStep()
{
    QFETCH(QString, entity);
    QFETCH(qint64, id);
    QFETCH(QString, key);
    QFETCH(QVariant, input);

    const Dump before = dumpDatabase(db());
    QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
    QVERIFY2(m_editor->setField(specNamed(entity), id, key, input), qPrintable(m_editor->errorString()));
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(dumpDatabase(db()), before);
}

void TestProgramEditor::setFieldRejectsInvalidValues_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("invalid email") << "seller" << qint64(1) << "email" << QVariant(QStringLiteral("ann(at)alpha"))
                                   << "e-mail";
    QTest::newRow("unknown status") << "seller" << qint64(1) << "status" << QVariant(QStringLiteral("vip")) << "vip";
    QTest::newRow("fractional capacity") << "mentor" << qint64(1) << "capacity" << QVariant(QStringLiteral("2.5"))
                                         << "whole number";
    QTest::newRow("capacity above range")
        << "mentor" << qint64(1) << "capacity" << QVariant(QStringLiteral("51")) << "between";
    QTest::newRow("impossible date") << "cohort" << qint64(1) << "start_date" << QVariant(QStringLiteral("2026-02-30"))
                                     << "calendar date";
    QTest::newRow("required cleared") << "seller" << qint64(1) << "external_id" << QVariant(QString()) << "Seller ID";
    QTest::newRow("computed column") << "seller" << qint64(1) << "cohort" << QVariant(QStringLiteral("Summer 2026"))
                                     << "cannot be edited";
    QTest::newRow("read-only metric") << "seller" << qint64(1) << "latest_revenue" << QVariant(5.0)
                                      << "cannot be edited";
    QTest::newRow("unknown field") << "seller" << qint64(1) << "id" << QVariant(9) << "cannot be edited";
    // The schema (not the spec) rejects this one: a cohort may not end before it starts.
    QTest::newRow("end before start") << "cohort" << qint64(1) << "end_date" << QVariant(QStringLiteral("2025-12-31"))
                                      << "outside what this field allows";
}

void TestProgramEditor::setFieldRejectsInvalidValues()
{
    QFETCH(QString, entity);
    QFETCH(qint64, id);
    QFETCH(QString, key);
    QFETCH(QVariant, input);
    QFETCH(QString, messageContains);

    const Dump before = dumpDatabase(db());
    QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
    QVERIFY(!m_editor->setField(specNamed(entity), id, key, input));
    QVERIFY2(m_editor->errorString().contains(messageContains), qPrintable(m_editor->errorString()));
    QCOMPARE(dumpDatabase(db()), before);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestProgramEditor::uniqueViolationIsRefusedWithoutAudit_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("seller id taken") << "seller" << qint64(2) << "external_id"
                                     << "EXT-1";
    QTest::newRow("cohort name taken") << "cohort" << qint64(2) << "name"
                                       << "Spring 2026";
}

void TestProgramEditor::uniqueViolationIsRefusedWithoutAudit()
{
    QFETCH(QString, entity);
    QFETCH(qint64, id);
    QFETCH(QString, key);
    QFETCH(QString, value);

    // A first, successful edit so that the undo stack and the audit log are not empty.
    QVERIFY(m_editor->setField(sellerTableSpec(), 4, QStringLiteral("shop_name"), QStringLiteral("Delta Deals Ltd")));
    const Dump before = dumpDatabase(db());
    const qint64 auditBefore = count(db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    QCOMPARE(auditBefore, 1);

    QVERIFY(!m_editor->setField(specNamed(entity), id, key, value));
    const QString message = m_editor->errorString();
    QVERIFY2(message.contains(QLatin1String("unique")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("constraint failed")), qPrintable(message)); // a sentence, not SQL
    QVERIFY(message.endsWith(QLatin1Char('.')));
    QCOMPARE(dumpDatabase(db()), before);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    // The connection is usable afterwards: no transaction was left open.
    QVERIFY(m_editor->setField(sellerTableSpec(), 4, QStringLiteral("shop_name"), QStringLiteral("Delta")));
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore + 1);
}

void TestProgramEditor::addRecordUndoRedoKeepsId()
{
    const TableSpec& spec = sellerTableSpec();
    QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const QVariantMap values{{QStringLiteral("external_id"), QStringLiteral("EXT-NEW")},
                             {QStringLiteral("shop_name"), QStringLiteral("Epsilon Emporium")},
                             {QStringLiteral("email"), QStringLiteral(" eps@emporium.shop ")},
                             {QStringLiteral("status"), QStringLiteral("enrolled")},
                             {QStringLiteral("channel"), QStringLiteral("social")},
                             {QStringLiteral("tier"), QStringLiteral("high_potential")},
                             {QStringLiteral("enrolment_date"), QStringLiteral("2026-03-01")},
                             {QStringLiteral("inventory_complexity"), QStringLiteral("2")}};
    const qint64 id = m_editor->addRecord(spec, values);
    QVERIFY2(id > 0, qPrintable(m_editor->errorString()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT email FROM sellers WHERE id = ?"), {id}).toString(),
             QStringLiteral("eps@emporium.shop"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT inventory_complexity FROM sellers WHERE id = ?"), {id}).toLongLong(),
             qint64(2));
    const QStringList row =
        dumpDatabase(db()).value(QStringLiteral("sellers")).filter(QStringLiteral("external_id=t:'EXT-NEW'"));
    QCOMPARE(row.size(), 1);
    QVector<AuditRow> audit = auditRows(db());
    QCOMPARE(audit.size(), 1);
    verifyAuditRow(audit.at(0), QStringLiteral("seller"), id, QStringLiteral("record"), QVariant(),
                   QStringLiteral("Epsilon Emporium"), start);

    m_editor->undoStack()->undo();
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM sellers WHERE id = ?"), {id}), 0);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM seller_search WHERE seller_search MATCH '\"Epsilon\"'")),
             0);
    QCOMPARE(changed.count(), 2);
    audit = auditRows(db());
    QCOMPARE(audit.size(), 2);
    verifyAuditRow(audit.at(1), QStringLiteral("seller"), id, QStringLiteral("record"),
                   QStringLiteral("Epsilon Emporium"), QVariant(), start);

    m_editor->undoStack()->redo();
    QCOMPARE(dumpDatabase(db()).value(QStringLiteral("sellers")).filter(QStringLiteral("external_id=t:'EXT-NEW'")),
             row);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT rowid FROM seller_search WHERE seller_search MATCH '\"Emporium\"'"))
                 .toLongLong(),
             id);
    QCOMPARE(changed.count(), 3);
    audit = auditRows(db());
    QCOMPARE(audit.size(), 3);
    verifyAuditRow(audit.at(2), QStringLiteral("seller"), id, QStringLiteral("record"), QVariant(),
                   QStringLiteral("Epsilon Emporium"), start);
}

void TestProgramEditor::addRecordRejectsBadInput_data()
{
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QString>("messageContains");

    // Every row but one is a complete new seller with exactly one problem.
    const QVariantMap complete{{QStringLiteral("external_id"), QStringLiteral("EXT-9")},
                               {QStringLiteral("shop_name"), QStringLiteral("Nine")},
                               {QStringLiteral("channel"), QStringLiteral("social")},
                               {QStringLiteral("status"), QStringLiteral("prospect")},
                               {QStringLiteral("tier"), QStringLiteral("standard")}};
    const auto with = [&complete](const char* key, const QVariant& value) {
        QVariantMap values = complete;
        values.insert(QLatin1String(key), value);
        return values;
    };
    QTest::newRow("invalid email") << with("email", QStringLiteral("a@b")) << "e-mail";
    QTest::newRow("duplicate seller id") << with("external_id", QStringLiteral("EXT-2")) << "unique";
    QTest::newRow("unknown status") << with("status", QStringLiteral("vip")) << "vip";
    QTest::newRow("unknown field") << with("favourite_colour", QStringLiteral("red")) << "favourite_colour";
    QTest::newRow("computed field") << with("cohort", QStringLiteral("Spring 2026")) << "cohort";
    // A required field that is not given at all is as empty as one given empty.
    QVariantMap withoutId = complete;
    withoutId.remove(QStringLiteral("external_id"));
    QTest::newRow("seller id missing") << withoutId << "Seller ID";
    QTest::newRow("seller id blank") << with("external_id", QStringLiteral("  ")) << "Seller ID";
}

void TestProgramEditor::addRecordRejectsBadInput()
{
    QFETCH(QVariantMap, values);
    QFETCH(QString, messageContains);

    const Dump before = dumpDatabase(db());
    QCOMPARE(m_editor->addRecord(sellerTableSpec(), values), qint64(0));
    QVERIFY2(m_editor->errorString().contains(messageContains), qPrintable(m_editor->errorString()));
    QCOMPARE(dumpDatabase(db()), before);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void TestProgramEditor::planDeleteListsConsequences_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("consequences");

    QTest::newRow("seller with everything") << "seller" << qint64(1) << "Alpha Crafts"
                                            << QStringList{QStringLiteral("1 cohort membership(s)"),
                                                           QStringLiteral("2 metric snapshot(s)"),
                                                           QStringLiteral("1 conflict-of-interest disclosure(s)"),
                                                           QStringLiteral("2 pairing(s)"),
                                                           QStringLiteral("3 touchpoint(s)"),
                                                           QStringLiteral("1 feedback rating(s)"),
                                                           QStringLiteral("2 checklist item(s)")};
    QTest::newRow("seller without dependents") << "seller" << qint64(4) << "Delta Deals" << QStringList();
    QTest::newRow("mentor with ended pairing")
        << "mentor" << qint64(4) << "Ella Ended"
        << QStringList{QStringLiteral("2 skill(s)"),           QStringLiteral("1 conflict-of-interest disclosure(s)"),
                       QStringLiteral("1 pairing(s)"),         QStringLiteral("1 touchpoint(s)"),
                       QStringLiteral("1 feedback rating(s)"), QStringLiteral("1 checklist item(s)")};
    QTest::newRow("cohort") << "cohort" << qint64(1) << "Spring 2026"
                            << QStringList{QStringLiteral("2 cohort membership(s)"),
                                           QStringLiteral("1 roundtable touchpoint(s)")};
}

void TestProgramEditor::planDeleteListsConsequences()
{
    QFETCH(QString, entity);
    QFETCH(qint64, id);
    QFETCH(QString, name);
    QFETCH(QStringList, consequences);

    const Dump before = dumpDatabase(db());
    const DeletePlan plan = m_editor->planDelete(specNamed(entity), id);
    QVERIFY2(!plan.isBlocked(), qPrintable(plan.blockedReason));
    QCOMPARE(plan.name, name);
    QCOMPARE(plan.consequences, consequences);
    QCOMPARE(dumpDatabase(db()), before); // planning changes nothing
}

void TestProgramEditor::deleteUndoRedoRestoresExactly_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QVariantMap>("removedRows"); // table -> rows the delete takes away
    QTest::addColumn<QVariantMap>("changedRows"); // table -> rows whose reference is set to NULL

    QTest::newRow("seller") << "seller" << qint64(1) << "Alpha Crafts"
                            << QVariantMap{{QStringLiteral("sellers"), 1},
                                           {QStringLiteral("cohort_members"), 1},
                                           {QStringLiteral("seller_metric_snapshots"), 2},
                                           {QStringLiteral("mentor_disclosures"), 1},
                                           {QStringLiteral("pairings"), 2},
                                           {QStringLiteral("touchpoints"), 3},
                                           {QStringLiteral("pairing_activity"), 2},
                                           {QStringLiteral("resource_attachments"), 1},
                                           {QStringLiteral("feedback"), 1},
                                           {QStringLiteral("checklist_items"), 2}}
                            << QVariantMap{{QStringLiteral("mentors"), 1}};
    QTest::newRow("mentor") << "mentor" << qint64(4) << "Ella Ended"
                            << QVariantMap{{QStringLiteral("mentors"), 1},
                                           {QStringLiteral("mentor_skills"), 2},
                                           {QStringLiteral("mentor_disclosures"), 1},
                                           {QStringLiteral("pairings"), 1},
                                           {QStringLiteral("touchpoints"), 1},
                                           {QStringLiteral("pairing_activity"), 1},
                                           {QStringLiteral("resource_attachments"), 1},
                                           {QStringLiteral("feedback"), 1},
                                           {QStringLiteral("checklist_items"), 1}}
                            << QVariantMap();
    QTest::newRow("cohort") << "cohort" << qint64(1) << "Spring 2026"
                            << QVariantMap{{QStringLiteral("cohorts"), 1},
                                           {QStringLiteral("cohort_members"), 2},
                                           {QStringLiteral("touchpoints"), 1}}
                            << QVariantMap{{QStringLiteral("match_runs"), 1}};
    QTest::newRow("plain seller") << "seller" << qint64(4) << "Delta Deals"
                                  << QVariantMap{{QStringLiteral("sellers"), 1}} << QVariantMap();
}

void TestProgramEditor::deleteUndoRedoRestoresExactly()
{
    QFETCH(QString, entity);
    QFETCH(qint64, id);
    QFETCH(QString, name);
    QFETCH(QVariantMap, removedRows);
    QFETCH(QVariantMap, changedRows);

    const TableSpec& spec = specNamed(entity);
    QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const Dump before = dumpDatabase(db());

    QVERIFY2(m_editor->deleteRecord(spec, id), qPrintable(m_editor->errorString()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY(m_editor->undoStack()->text(0).contains(name));
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(spec.table), {id}), 0);

    // Exactly the dependents went (FK cascade), references were cleared, nothing else moved.
    const Dump deleted = dumpDatabase(db());
    QCOMPARE(deleted.keys(), before.keys());
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        const QSet<QString> rowsBefore(it.value().cbegin(), it.value().cend());
        const QStringList& afterList = deleted.value(it.key());
        const QSet<QString> rowsAfter(afterList.cbegin(), afterList.cend());
        const int removed = int((rowsBefore - rowsAfter).size());
        const int added = int((rowsAfter - rowsBefore).size());
        const int expectedChanged = changedRows.value(it.key()).toInt();
        QVERIFY2(removed == removedRows.value(it.key()).toInt() + expectedChanged,
                 qPrintable(QStringLiteral("%1: %2 rows gone").arg(it.key()).arg(removed)));
        QVERIFY2(added == expectedChanged, qPrintable(QStringLiteral("%1: %2 rows changed").arg(it.key()).arg(added)));
    }
    if (entity == QLatin1String("seller") && id == 1) {
        QVERIFY(scalar(db(), QStringLiteral("SELECT seller_id FROM mentors WHERE id = 3")).isNull());
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM seller_search WHERE seller_search MATCH "
                                            "'\"Alpha Crafts\"'")),
                 0);
    }
    if (entity == QLatin1String("cohort"))
        QVERIFY(scalar(db(), QStringLiteral("SELECT cohort_id FROM match_runs WHERE id = 1")).isNull());
    QVector<AuditRow> audit = auditRows(db());
    QCOMPARE(audit.size(), 1);
    verifyAuditRow(audit.at(0), entityText(spec.entity), id, QStringLiteral("record"), name, QVariant(), start);

    // Undo puts back every row exactly: same ids, same values, same types.
    m_editor->undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    const Dump restored = dumpDatabase(db());
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        QCOMPARE(restored.value(it.key()), it.value());
    QCOMPARE(restored, before);
    SQL_OK(execSql(db(), QStringLiteral("INSERT INTO seller_search(seller_search) VALUES ('integrity-check')")));
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    if (entity == QLatin1String("seller")) {
        const QString shop = name.section(QLatin1Char(' '), 0, 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT rowid FROM seller_search WHERE seller_search MATCH ?"),
                        {QStringLiteral("\"%1\"").arg(shop)})
                     .toLongLong(),
                 id);
    }
    audit = auditRows(db());
    QCOMPARE(audit.size(), 2);
    verifyAuditRow(audit.at(1), entityText(spec.entity), id, QStringLiteral("record"), QVariant(), name, start);

    // Redo deletes the same rows again.
    m_editor->undoStack()->redo();
    QCOMPARE(changed.count(), 3);
    QCOMPARE(dumpDatabase(db()), deleted);
    audit = auditRows(db());
    QCOMPARE(audit.size(), 3);
    verifyAuditRow(audit.at(2), entityText(spec.entity), id, QStringLiteral("record"), name, QVariant(), start);

    // And a second undo restores them once more.
    m_editor->undoStack()->undo();
    QCOMPARE(dumpDatabase(db()), before);
}

void TestProgramEditor::deletingMentorWithOpenPairingIsBlocked_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("name");

    QTest::newRow("active pairings") << qint64(1) << "Mira Mentor";
    QTest::newRow("trial pairing") << qint64(2) << "Otto Open";
}

// A refusal must say why this operation failed, not repeat an earlier failure.
void TestProgramEditor::errorsDescribeTheLatestFailure()
{
    QVERIFY(!m_editor->setField(sellerTableSpec(), 2, QStringLiteral("external_id"), QStringLiteral("EXT-1")));
    QVERIFY2(m_editor->errorString().contains(QStringLiteral("unique")), qPrintable(m_editor->errorString()));

    SQL_OK(execSql(db(), QStringLiteral("CREATE TRIGGER refuse_delete BEFORE DELETE ON sellers "
                                        "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")));
    QVERIFY(!m_editor->deleteRecord(sellerTableSpec(), 4));
    QVERIFY2(m_editor->errorString().contains(QStringLiteral("simulated failure")),
             qPrintable(m_editor->errorString()));
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM sellers WHERE id = 4")), 1);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    SQL_OK(execSql(db(), QStringLiteral("DROP TRIGGER refuse_delete")));

    QVERIFY(m_editor->setField(sellerTableSpec(), 2, QStringLiteral("shop_name"), QStringLiteral("Beta Bytes")));
    QVERIFY(!m_editor->setField(sellerTableSpec(), 2, QStringLiteral("email"), QStringLiteral("not an address")));
    QVERIFY2(m_editor->errorString().contains(QStringLiteral("e-mail")), qPrintable(m_editor->errorString()));
}

void TestProgramEditor::deletingMentorWithOpenPairingIsBlocked()
{
    QFETCH(qint64, id);
    QFETCH(QString, name);

    const Dump before = dumpDatabase(db());
    QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
    const DeletePlan plan = m_editor->planDelete(mentorTableSpec(), id);
    QVERIFY(plan.isBlocked());
    QVERIFY2(plan.blockedReason.contains(name), qPrintable(plan.blockedReason));
    QVERIFY(plan.consequences.isEmpty());

    QVERIFY(!m_editor->deleteRecord(mentorTableSpec(), id));
    QCOMPARE(m_editor->errorString(), plan.blockedReason);
    QCOMPARE(dumpDatabase(db()), before);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);

    // Once the open pairings have ended, the mentor may go.
    SQL_OK(execSql(db(),
                   QStringLiteral("UPDATE pairings SET status = 'ended', ended_on = '2026-03-01', end_reason = "
                                  "'mentor_unavailable' WHERE mentor_id = ? AND status <> 'ended'"),
                   {id}));
    QVERIFY(!m_editor->planDelete(mentorTableSpec(), id).isBlocked());
    QVERIFY2(m_editor->deleteRecord(mentorTableSpec(), id), qPrintable(m_editor->errorString()));
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM mentors WHERE id = ?"), {id}), 0);
}

void TestProgramEditor::findDuplicate_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("value");
    QTest::addColumn<qint64>("exceptId");
    QTest::addColumn<qint64>("found");

    QTest::newRow("same case") << "seller"
                               << "ann@alpha.co" << qint64(0) << qint64(1);
    QTest::newRow("upper case query") << "seller"
                                      << "ANN@ALPHA.CO" << qint64(0) << qint64(1);
    QTest::newRow("mixed case stored") << "seller"
                                       << "gus@gamma.shop" << qint64(0) << qint64(3);
    QTest::newRow("record itself excluded") << "seller"
                                            << "Ann@Alpha.Co" << qint64(1) << qint64(0);
    QTest::newRow("other record found") << "seller"
                                        << "Ann@Alpha.Co" << qint64(2) << qint64(1);
    QTest::newRow("no match") << "seller"
                              << "nobody@alpha.co" << qint64(0) << qint64(0);
    QTest::newRow("empty never matches") << "seller"
                                         << "" << qint64(0) << qint64(0);
    QTest::newRow("mentor") << "mentor"
                            << "MIRA@Mentors.co" << qint64(0) << qint64(1);
}

void TestProgramEditor::findDuplicate()
{
    QFETCH(QString, entity);
    QFETCH(QString, value);
    QFETCH(qint64, exceptId);
    QFETCH(qint64, found);

    // A seller with an empty e-mail must not count as a duplicate of another empty one.
    SQL_OK(execSql(db(), QStringLiteral("UPDATE sellers SET email = '' WHERE id = 4")));
    QCOMPARE(m_editor->records().findDuplicate(specNamed(entity), QStringLiteral("email"), value, exceptId), found);
}

void TestProgramEditor::undoOfVanishedRecordIsReported()
{
    QVERIFY(m_editor->setField(sellerTableSpec(), 4, QStringLiteral("shop_name"), QStringLiteral("Delta Deals Ltd")));
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log")), 1);
    // Another window deletes the record behind this editor's back.
    SQL_OK(execSql(db(), QStringLiteral("DELETE FROM sellers WHERE id = 4")));

    QSignalSpy errors(m_editor.get(), &ProgramEditor::errorOccurred);
    m_editor->undoStack()->undo();
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("no longer exists")),
             qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log")), 1);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM sellers WHERE id = 4")), 0);
    // The connection is left without an open transaction.
    QVERIFY(m_editor->setField(sellerTableSpec(), 3, QStringLiteral("shop_name"), QStringLiteral("Gamma")));
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log")), 2);
}

void TestProgramEditor::undoOfDeleteThatNoLongerFitsIsRefused()
{
    QVERIFY(m_editor->deleteRecord(sellerTableSpec(), 4));
    // Meanwhile an import creates a seller with the same marketplace ID.
    SQL_OK(execSql(db(), QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, created_utc, updated_utc) "
                                        "VALUES (40, 'EXT-4', 'Imported Delta', 'T0', 'T0')")));
    const Dump before = dumpDatabase(db());
    const qint64 auditBefore = count(db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    QSignalSpy errors(m_editor.get(), &ProgramEditor::errorOccurred);

    m_editor->undoStack()->undo();
    QCOMPARE(errors.count(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("unique")), qPrintable(message));
    QCOMPARE(dumpDatabase(db()), before); // all or nothing
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    QVERIFY(m_editor->setField(sellerTableSpec(), 40, QStringLiteral("shop_name"), QStringLiteral("Delta 2")));
}

void TestProgramEditor::undoingAddOfMentorWithOpenPairingIsBlocked()
{
    const qint64 id =
        m_editor->addRecord(mentorTableSpec(), {{QStringLiteral("name"), QStringLiteral("Nina New")},
                                                {QStringLiteral("capacity"), QStringLiteral("2")},
                                                {QStringLiteral("recognition_tier"), QStringLiteral("none")}});
    QVERIFY2(id > 0, qPrintable(m_editor->errorString()));
    // The matching wizard pairs the new mentor with a seller (outside the undo history).
    SQL_OK(execSql(db(),
                   QStringLiteral("INSERT INTO pairings(mentor_id, mentee_id, status, started_on, created_utc, "
                                  "updated_utc) VALUES (?, 4, 'trial', '2026-03-01', 'T0', 'T0')"),
                   {id}));
    const Dump before = dumpDatabase(db());
    QSignalSpy errors(m_editor.get(), &ProgramEditor::errorOccurred);

    // Undoing the add is a delete: the rule that protects open pairings applies to it too.
    m_editor->undoStack()->undo();
    QCOMPARE(
        count(db(), QStringLiteral("SELECT count(*) FROM pairings WHERE mentor_id = ? AND status = 'trial'"), {id}), 1);
    QCOMPARE(dumpDatabase(db()), before);
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("Nina New")),
             qPrintable(errors.at(0).at(0).toString()));
}

void TestProgramEditor::auditLogIsAppendOnly()
{
    QVERIFY(m_editor->setField(sellerTableSpec(), 2, QStringLiteral("status"), QStringLiteral("withdrawn")));
    QVERIFY(m_editor->deleteRecord(sellerTableSpec(), 4));
    const QVector<AuditRow> before = auditRows(db());
    QCOMPARE(before.size(), 2);

    QString error = execSql(db(), QStringLiteral("UPDATE audit_log SET actor = 'someone else'"));
    QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
    error = execSql(db(), QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {before.first().id});
    QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
    error = execSql(db(), QStringLiteral("DELETE FROM audit_log"));
    QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));

    const QVector<AuditRow> after = auditRows(db());
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).actor, before.at(i).actor);
        QCOMPARE(after.at(i).field, before.at(i).field);
        QCOMPARE(after.at(i).newValue, before.at(i).newValue);
    }
    // Undoing appends rows; it never rewrites the ones already there.
    m_editor->undoStack()->undo();
    m_editor->undoStack()->undo();
    const QVector<AuditRow> undone = auditRows(db());
    QCOMPARE(undone.size(), before.size() + 2);
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(undone.at(i).id, before.at(i).id);
        QCOMPARE(undone.at(i).at, before.at(i).at);
        QCOMPARE(undone.at(i).oldValue, before.at(i).oldValue);
        QCOMPARE(undone.at(i).newValue, before.at(i).newValue);
    }
}

QTEST_GUILESS_MAIN(TestProgramEditor)
#include "test_programeditor.moc"
