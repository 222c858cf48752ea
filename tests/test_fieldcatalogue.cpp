// SPDX-License-Identifier: GPL-3.0-or-later
// The field catalogue against the schema a fresh program file is migrated to: every stored entry
// names a column of its table with the catalogue's type, NOT NULL and default, its choices and
// range are exactly what the CHECKs allow, and no column of a catalogued table is left out.
#include "SqlTestSupport.h"

#include "domain/FieldCatalogue.h"
#include "domain/MetricSnapshot.h"
#include "importing/ImportField.h"
#include "itemmodels/MetricComparisonModel.h"
#include "storage/ProgramDatabase.h"

#include <QSet>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cmath>

using namespace mentordesk;

Q_DECLARE_METATYPE(mentordesk::FieldId)
Q_DECLARE_METATYPE(mentordesk::EntityKind)

namespace {

struct Column {
    QString type;
    bool notNull = false;
    QString defaultValue; ///< As PRAGMA table_info gives it: SQL text, e.g. 'prospect' or 30.
    bool exists = false;
};

Column columnOf(const QSqlDatabase& db, const QString& table, const QString& name)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (query.next()) {
        if (query.value(1).toString() != name)
            continue;
        return {query.value(2).toString(), query.value(3).toBool(), query.value(4).toString(), true};
    }
    return {};
}

QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (query.next())
        names << query.value(1).toString();
    return names;
}

QString sqlType(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Boolean:
        return QStringLiteral("INTEGER");
    case FieldType::Real:
        return QStringLiteral("REAL");
    case FieldType::Text:
    case FieldType::Email:
    case FieldType::Date:
    case FieldType::Choice:
        break;
    }
    return QStringLiteral("TEXT");
}

/// The catalogue's default as PRAGMA table_info writes it.
QString defaultText(const QVariant& value)
{
    if (!value.isValid())
        return {};
    if (value.typeId() == QMetaType::QString)
        return QStringLiteral("'%1'").arg(value.toString());
    return value.toString();
}

/// Columns that are the schema's bookkeeping rather than fields anyone edits, imports or reads.
const QSet<QString>& bookkeepingColumns()
{
    static const QSet<QString> columns{QStringLiteral("id"),          QStringLiteral("created_utc"),
                                       QStringLiteral("updated_utc"), QStringLiteral("import_batch_id"),
                                       QStringLiteral("seller_id"),   QStringLiteral("latest_orders"),
                                       QStringLiteral("mentor_id"),   QStringLiteral("mentee_id"),
                                       QStringLiteral("started_on"),  QStringLiteral("trial_end_date"),
                                       QStringLiteral("ended_on"),    QStringLiteral("score"),
                                       QStringLiteral("match_run_id")};
    return columns;
}

/// Answers only the context the catalogue marks outcome titles for, so a lookup in another
/// context (tr() of a namespaced class) shows up as an untranslated title.
class OutcomeContextTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        return qstrcmp(context, "MetricComparisonModel") == 0 ? QStringLiteral("«%1»").arg(QLatin1String(sourceText))
                                                              : QString();
    }
    bool isEmpty() const override { return false; }
};

bool isWritten(const FieldSpec& field)
{
    return field.editable || field.import != ImportUse::None;
}

} // namespace

class TestFieldCatalogue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_program.open(m_dir.filePath(QStringLiteral("fresh.mentordesk"))), ProgramDatabase::Outcome::Created);
        const QSqlDatabase db = m_program.connection();
        // One row per table for the CHECK probes, which run in a transaction that is rolled back.
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO sellers(id, external_id, created_utc, updated_utc) "
                                          "VALUES (1, 'S1', '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO seller_metric_snapshots(id, seller_id, snapshot_date) "
                                          "VALUES (1, 1, '2026-01-01')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO mentors(id, name, created_utc, updated_utc) "
                                          "VALUES (1, 'M', '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO cohorts(id, name, start_date, created_utc, updated_utc) "
                                          "VALUES (1, 'C', '2026-01-01', '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, started_on, created_utc, "
                                          "updated_utc) VALUES (1, 1, 1, '2026-01-01', '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO touchpoints(id, pairing_id, kind, scheduled_utc) "
                                          "VALUES (1, 1, 'async', '2026-01-02T10:00:00Z')")));
    }

    void catalogueIsIndexedById()
    {
        const QVector<FieldSpec>& catalogue = fieldCatalogue();
        QCOMPARE(catalogue.size(), int(FieldId::Count));
        QSet<QString> seen;
        for (int i = 0; i < catalogue.size(); ++i) {
            const FieldSpec& field = catalogue.at(i);
            QCOMPARE(int(field.id), i);
            QVERIFY2(field.title && !field.key.isEmpty(), qPrintable(QString::number(i)));
            const QString name = tableName(field.table) + u'.' + field.key;
            QVERIFY2(!seen.contains(name), qPrintable(name + QStringLiteral(" is catalogued twice")));
            seen.insert(name);
        }
    }

    void storedField_data()
    {
        QTest::addColumn<FieldId>("id");
        for (const FieldSpec& field : fieldCatalogue())
            if (field.isStored())
                QTest::newRow(qPrintable(tableName(field.table) + u'.' + field.key)) << field.id;
    }

    void storedField()
    {
        QFETCH(FieldId, id);
        const FieldSpec& field = catalogueField(id);
        const Column column = columnOf(m_program.connection(), tableName(field.table), field.key);
        QVERIFY2(column.exists, "no such column in the migrated schema");
        QCOMPARE(column.type, sqlType(field.type));
        QCOMPARE(column.notNull, field.isNotNull());
        QCOMPARE(column.defaultValue, defaultText(field.schemaDefault));
    }

    void choicesAreTheChecks_data()
    {
        rowsOf([](const FieldSpec& field) { return !field.choices.isEmpty(); });
    }

    void choicesAreTheChecks()
    {
        QFETCH(FieldId, id);
        const FieldSpec& field = catalogueField(id);
        for (const Choice& choice : field.choices)
            QVERIFY2(accepts(field, choice.code), qPrintable(choice.code));
        QVERIFY2(!accepts(field, QStringLiteral("not_a_choice")), "the schema allows a value the catalogue has not");
    }

    void rangeIsTheCheck_data()
    {
        rowsOf([](const FieldSpec& field) { return field.hasRange && isWritten(field); });
    }

    void rangeIsTheCheck()
    {
        QFETCH(FieldId, id);
        const FieldSpec& field = catalogueField(id);
        const double step = field.type == FieldType::Integer ? 1 : 0.001;
        if (field.minimumExclusive) {
            QVERIFY(accepts(field, field.minimum + step));
            QVERIFY2(!accepts(field, field.minimum), "the schema allows the excluded minimum");
        } else {
            QVERIFY(accepts(field, field.minimum));
            QVERIFY2(!accepts(field, field.minimum - step), "the schema allows less than the minimum");
        }
        if (std::isinf(field.maximum))
            return;
        QVERIFY(accepts(field, field.maximum));
        QCOMPARE(!accepts(field, field.maximum + step), field.maximumInSchema);
        QVERIFY(field.plausibleMinimum >= field.minimum && field.plausibleMaximum <= field.maximum);
    }

    void everyColumnIsCatalogued_data()
    {
        QTest::addColumn<EntityKind>("table");
        QTest::newRow("sellers") << EntityKind::Seller;
        QTest::newRow("snapshots") << EntityKind::MetricSnapshot;
        QTest::newRow("mentors") << EntityKind::Mentor;
        QTest::newRow("cohorts") << EntityKind::Cohort;
    }

    void everyColumnIsCatalogued()
    {
        QFETCH(EntityKind, table);
        for (const QString& column : columnsOf(m_program.connection(), tableName(table))) {
            if (bookkeepingColumns().contains(column))
                continue;
            const FieldSpec* field = findCatalogueField(table, column);
            QVERIFY2(field && field->isStored(), qPrintable(column + QStringLiteral(" has no catalogue entry")));
        }
    }

    void importFieldsFollowTheCatalogue()
    {
        for (ImportKind kind : {ImportKind::SellerProfiles, ImportKind::MetricSnapshots}) {
            for (const ImportField& imported : ImportField::fields(kind)) {
                const FieldSpec& field = catalogueField(imported.id);
                QCOMPARE(imported.key, field.key);
                QVERIFY(field.isStored());
                QCOMPARE(imported.isMetric, field.snapshotMetric);
                QCOMPARE(imported.hasRange, field.hasRange);
                QCOMPARE(imported.choices.size(), field.choices.size());
            }
        }
        QVERIFY(ImportField::indexOf(ImportKind::MetricSnapshots, FieldId::SellerShopName) < 0);
        QVERIFY(ImportField::indexOf(ImportKind::SellerProfiles, FieldId::SellerCohort) < 0);
        QVERIFY(ImportField::fields(ImportKind::MetricSnapshots).at(0).required);
    }

    void outcomesHaveAValue()
    {
        MetricSnapshot snapshot;
        for (const FieldSpec* metric : outcomeMetrics())
            snapshot.setValue(metric->id, 1.0);
        snapshot.setValue(FieldId::SnapshotOrders, 4.0);
        snapshot.setValue(FieldId::SnapshotReturnedOrders, 1.0);
        for (const FieldSpec* metric : outcomeMetrics())
            QVERIFY2(outcomeValue(*metric, snapshot).has_value(), metric->outcomeTitle);
        QCOMPARE(*snapshot.returnRate(), 0.25);
        QCOMPARE(*snapshot.averageOrderValue(), 0.25);
    }

    void outcomeTitlesAreTranslatedInTheirContext()
    {
        OutcomeContextTranslator translator;
        QCoreApplication::installTranslator(&translator);
        MetricComparisonModel model;
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, MetricComparisonModel::Metric).data().toString(),
                     QStringLiteral("«%1»").arg(QLatin1String(outcomeMetrics().at(row)->outcomeTitle)));
        QCoreApplication::removeTranslator(&translator);
    }

private:
    template <typename Predicate> void rowsOf(Predicate wanted)
    {
        QTest::addColumn<FieldId>("id");
        for (const FieldSpec& field : fieldCatalogue())
            if (field.isStored() && wanted(field))
                QTest::newRow(qPrintable(tableName(field.table) + u'.' + field.key)) << field.id;
    }

    /// Whether the schema's CHECKs let the probe row of the field's table take `value`.
    bool accepts(const FieldSpec& field, const QVariant& value)
    {
        QSqlDatabase db = m_program.connection();
        db.transaction();
        // A pairing's end reason and end date come with its status, which a CHECK ties together.
        QString companions;
        if (field.id == FieldId::PairingEndReason)
            companions = QStringLiteral(", status = 'ended', ended_on = '2026-02-01'");
        else if (field.id == FieldId::PairingStatus)
            companions = QStringLiteral(", ended_on = CASE WHEN ? = 'ended' THEN '2026-02-01' END, "
                                        "end_reason = CASE WHEN ? = 'ended' THEN 'other' END");
        // A working day ends after it starts (schema version 5): each end is probed against the
        // other's widest value.
        else if (field.id == FieldId::SellerWorkStart || field.id == FieldId::MentorWorkStart)
            companions = QStringLiteral(", work_end_minute = 1440");
        else if (field.id == FieldId::SellerWorkEnd || field.id == FieldId::MentorWorkEnd)
            companions = QStringLiteral(", work_start_minute = 0");
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("UPDATE %1 SET %2 = ?%3 WHERE id = 1").arg(tableName(field.table), field.key, companions));
        for (int i = 0, count = int(companions.count(u'?')) + 1; i < count; ++i)
            query.addBindValue(value);
        const bool accepted = query.exec() && query.numRowsAffected() == 1;
        db.rollback();
        return accepted;
    }

    QTemporaryDir m_dir;
    ProgramDatabase m_program;
};

QTEST_GUILESS_MAIN(TestFieldCatalogue)
#include "test_fieldcatalogue.moc"
