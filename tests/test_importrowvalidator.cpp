// SPDX-License-Identifier: GPL-3.0-or-later
// ImportRowValidator: the domain rules per row for seller and metrics files (required values,
// e-mail, ranges, calendar dates, choices, returned orders), problems carrying line, column,
// value and reason, duplicates pointing at their first line, mapping rules, format detection from
// a sample, and the import field tables kept in step with WorkspaceSpecs. Every data row runs with
// C and with de_DE as the default QLocale.
#include "domain/WorkspaceSpecs.h"
#include "importing/CsvReader.h"
#include "importing/ImportRowValidator.h"

#include <QDate>
#include <QLocale>
#include <QtTest>

using namespace mentordesk;

namespace {

template <typename... Values> void addLocaleRows(const char* name, const Values&... values)
{
    for (const char* locale : {"C", "de_DE"})
        (QTest::addRow("%s: %s", locale, name) << ... << values);
}

/// A seller export as coordinators get it: header names, the field each maps to, a valid row.
struct Column {
    const char* name;
    const char* key;
    const char* valid;
};
const Column kSellerColumns[] = {
    {"Seller ID", "external_id", "S-1001"},
    {"Shop", "shop_name", "Handmade by Ana"},
    {"E-mail", "email", "ana@example.com"},
    {"Channel", "channel", "Marketplace app"},
    {"Status", "status", "Enrolled"},
    {"Tier", "tier", "HiPo"},
    {"Signed up", "signup_date", "2025-11-03"},
    {"Orders/week", "sales_velocity", "12,5"},
    {"Inventory complexity", "inventory_complexity", "3"},
    {"Hours/week", "weekly_hours", "6"},
    {"Style", "coaching_style", "data driven"},
    {"Communication", "communication", "async"},
    {"Consent", "consent_anonymised", "ja"},
    {"Listing quality", "listing_quality", "87"},
    {"Return rate", "return_rate", "4,5 %"},
    {"Orders", "orders", "120"},
    {"Returned", "returned_orders", "5"},
    {"Revenue", "revenue", "1.234,56 €"},
    {"As of", "snapshot_date", "31.03.2026"},
};
const Column kMetricColumns[] = {
    {"seller", "external_id", "S-1001"},
    {"date", "snapshot_date", "2026-03-31"},
    {"period", "period_days", "30"},
    {"orders", "orders", "120"},
    {"returned", "returned_orders", "5"},
    {"listing quality", "listing_quality", "87.5"},
    {"csat", "csat", "4.6"},
    {"price index", "price_competitiveness", "0.97"},
    {"turnover", "inventory_turnover", "5.2"},
    {"repeat rate", "repeat_purchase_rate", "35%"},
};

template <size_t N> QStringList headerOf(const Column (&columns)[N])
{
    QStringList names;
    for (const Column& column : columns)
        names << QString::fromUtf8(column.name);
    return names;
}

template <size_t N> QStringList validRowOf(const Column (&columns)[N])
{
    QStringList cells;
    for (const Column& column : columns)
        cells << QString::fromUtf8(column.valid);
    return cells;
}

template <size_t N> ImportRowValidator mappedValidator(ImportKind kind, const Column (&columns)[N])
{
    ImportRowValidator validator(kind, headerOf(columns));
    for (int i = 0; i < int(N); ++i) {
        if (!validator.mapColumn(QString::fromLatin1(columns[i].key), i))
            qFatal("cannot map %s", columns[i].key);
    }
    return validator;
}

/// The valid row with the cells named in `changes` ("column", "value", "column", "value", ...).
QStringList changedRow(QStringList cells, const QStringList& header, const QStringList& changes)
{
    for (int i = 0; i + 1 < changes.size(); i += 2) {
        const int column = int(header.indexOf(changes.at(i)));
        if (column < 0)
            qFatal("no column %s", qPrintable(changes.at(i)));
        cells[column] = changes.at(i + 1);
    }
    return cells;
}

QStringList problemColumns(const ImportRowValidator::Row& row)
{
    QStringList columns;
    for (const ImportProblem& problem : row.problems)
        columns << problem.columnName;
    return columns;
}

QString describe(const ImportRowValidator::Row& row)
{
    QStringList lines;
    for (const ImportProblem& problem : row.problems)
        lines << QStringLiteral("%1 | %2 | %3 | %4")
                     .arg(problem.line)
                     .arg(problem.columnName, problem.value, problem.reason);
    return lines.join(u'\n');
}

QVariant valueOf(const ImportRowValidator& validator, const ImportRowValidator::Row& row, const char* key)
{
    return row.values.at(ImportField::indexOf(validator.kind(), QString::fromLatin1(key)));
}

} // namespace

class TestImportRowValidator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sellerRows_data();
    void sellerRows();
    void metricRows_data();
    void metricRows();
    void validSellerRowValues();
    void validMetricRowValues();
    void problemCarriesLineColumnValueReason();
    void sellerDuplicates_data();
    void sellerDuplicates();
    void metricDuplicates();
    void recordsGiveTheirFileLines();
    void snapshotDateForSellerMetrics();
    void mapping();
    void unmappedRequiredField();
    void raggedRows();
    void detectFormats();
    void detectFormatsKeepsTheUsersChoice();
    void fieldsMirrorWorkspaceSpecs();
};

void TestImportRowValidator::init()
{
    const bool german = QByteArray(QTest::currentDataTag()).startsWith("de_DE");
    QLocale::setDefault(german ? QLocale(QLocale::German, QLocale::Germany) : QLocale::c());
}

void TestImportRowValidator::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestImportRowValidator::sellerRows_data()
{
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QStringList>("problemColumns");
    QTest::addColumn<bool>("ambiguous");

    const QStringList none;
    addLocaleRows("valid", QStringList{}, none, false);
    addLocaleRows("seller ID missing", QStringList{"Seller ID", ""}, QStringList{"Seller ID"}, false);
    addLocaleRows("seller ID blank", QStringList{"Seller ID", "   "}, QStringList{"Seller ID"}, false);
    addLocaleRows("e-mail without domain dot", QStringList{"E-mail", "ana@example"}, QStringList{"E-mail"}, false);
    addLocaleRows("e-mail with two dots", QStringList{"E-mail", "ana..b@example.com"}, QStringList{"E-mail"}, false);
    addLocaleRows("e-mail without @", QStringList{"E-mail", "ana.example.com"}, QStringList{"E-mail"}, false);
    addLocaleRows("e-mail with spaces around", QStringList{"E-mail", " ana@example.com "}, none, false);
    addLocaleRows("e-mail empty", QStringList{"E-mail", ""}, none, false);
    addLocaleRows("unknown channel", QStringList{"Channel", "Amazon"}, QStringList{"Channel"}, false);
    addLocaleRows("channel synonym", QStringList{"Channel", "Website"}, none, false);
    addLocaleRows("channel empty", QStringList{"Channel", ""}, none, false);
    addLocaleRows("unknown status", QStringList{"Status", "paused"}, QStringList{"Status"}, false);
    addLocaleRows("unknown tier", QStringList{"Tier", "Gold"}, QStringList{"Tier"}, false);
    addLocaleRows("listing quality 100", QStringList{"Listing quality", "100"}, none, false);
    addLocaleRows("listing quality 0", QStringList{"Listing quality", "0"}, none, false);
    addLocaleRows("listing quality 101", QStringList{"Listing quality", "101"}, QStringList{"Listing quality"}, false);
    addLocaleRows("listing quality negative", QStringList{"Listing quality", "-1"}, QStringList{"Listing quality"},
                  false);
    addLocaleRows("listing quality with percent", QStringList{"Listing quality", "85%"}, none, false);
    addLocaleRows("return rate share", QStringList{"Return rate", "0.12"}, none, false);
    addLocaleRows("return rate percentage", QStringList{"Return rate", "12"}, none, false);
    addLocaleRows("return rate 100 %", QStringList{"Return rate", "100%"}, none, false);
    addLocaleRows("return rate 150", QStringList{"Return rate", "150"}, QStringList{"Return rate"}, false);
    addLocaleRows("return rate negative", QStringList{"Return rate", "-1%"}, QStringList{"Return rate"}, false);
    addLocaleRows("orders negative", QStringList{"Orders", "-1", "Returned", "0"}, QStringList{"Orders"}, false);
    addLocaleRows("orders fraction", QStringList{"Orders", "2,5", "Returned", "0"}, QStringList{"Orders"}, false);
    addLocaleRows("orders German thousands", QStringList{"Orders", "1.200"}, QStringList{"Orders"}, true);
    addLocaleRows("returned above orders", QStringList{"Returned", "121"}, QStringList{"Returned"}, false);
    addLocaleRows("returned equals orders", QStringList{"Returned", "120"}, none, false);
    addLocaleRows("returned negative", QStringList{"Returned", "-2"}, QStringList{"Returned"}, false);
    addLocaleRows("inventory complexity 0", QStringList{"Inventory complexity", "0"},
                  QStringList{"Inventory complexity"}, false);
    addLocaleRows("inventory complexity 6", QStringList{"Inventory complexity", "6"},
                  QStringList{"Inventory complexity"}, false);
    addLocaleRows("inventory complexity 2.5", QStringList{"Inventory complexity", "2.5"},
                  QStringList{"Inventory complexity"}, false);
    addLocaleRows("inventory complexity 5", QStringList{"Inventory complexity", "5"}, none, false);
    addLocaleRows("weekly hours 80", QStringList{"Hours/week", "80"}, none, false);
    addLocaleRows("weekly hours 81", QStringList{"Hours/week", "81"}, QStringList{"Hours/week"}, false);
    addLocaleRows("weekly hours text", QStringList{"Hours/week", "some"}, QStringList{"Hours/week"}, false);
    addLocaleRows("orders per week negative", QStringList{"Orders/week", "-3"}, QStringList{"Orders/week"}, false);
    addLocaleRows("sign-up 30 February", QStringList{"Signed up", "2026-02-30"}, QStringList{"Signed up"}, false);
    addLocaleRows("sign-up dotted 31 February", QStringList{"Signed up", "31.02.2026"}, QStringList{"Signed up"},
                  false);
    addLocaleRows("sign-up ambiguous", QStringList{"Signed up", "03/04/2026"}, QStringList{"Signed up"}, true);
    addLocaleRows("sign-up day proved", QStringList{"Signed up", "13/04/2026"}, none, false);
    addLocaleRows("consent unknown", QStringList{"Consent", "maybe"}, QStringList{"Consent"}, false);
    addLocaleRows("revenue negative", QStringList{"Revenue", "-5"}, QStringList{"Revenue"}, false);
    addLocaleRows("revenue ambiguous", QStringList{"Revenue", "1,234"}, QStringList{"Revenue"}, true);
    addLocaleRows("snapshot date invalid", QStringList{"As of", "2026-04-31"}, QStringList{"As of"}, false);
    addLocaleRows("several problems", QStringList{"E-mail", "x", "Listing quality", "200", "Consent", "?"},
                  QStringList{"E-mail", "Consent", "Listing quality"}, false);
}

void TestImportRowValidator::sellerRows()
{
    QFETCH(QStringList, changes);
    QFETCH(QStringList, problemColumns);
    QFETCH(bool, ambiguous);

    ImportRowValidator validator = mappedValidator(ImportKind::SellerProfiles, kSellerColumns);
    const QStringList header = headerOf(kSellerColumns);
    ImportRowValidator::Row row;
    const bool valid = validator.validate(2, changedRow(validRowOf(kSellerColumns), header, changes), &row);
    QCOMPARE(::problemColumns(row), problemColumns);
    QCOMPARE(valid, problemColumns.isEmpty());
    bool anyAmbiguous = false;
    for (const ImportProblem& problem : row.problems) {
        anyAmbiguous = anyAmbiguous || problem.ambiguous;
        QVERIFY(!problem.reason.isEmpty());
        QCOMPARE(problem.line, qint64(2));
    }
    QCOMPARE(anyAmbiguous, ambiguous);
}

void TestImportRowValidator::metricRows_data()
{
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QStringList>("problemColumns");

    const QStringList none;
    addLocaleRows("valid", QStringList{}, none);
    addLocaleRows("seller missing", QStringList{"seller", ""}, QStringList{"seller"});
    addLocaleRows("date missing", QStringList{"date", ""}, QStringList{"date"});
    addLocaleRows("date not in the calendar", QStringList{"date", "2026-02-29"}, QStringList{"date"});
    addLocaleRows("date in US order", QStringList{"date", "3/31/2026"}, none);
    addLocaleRows("period 0", QStringList{"period", "0"}, QStringList{"period"});
    addLocaleRows("period empty", QStringList{"period", ""}, none);
    addLocaleRows("orders negative", QStringList{"orders", "-1", "returned", "0"}, QStringList{"orders"});
    addLocaleRows("returned above orders", QStringList{"returned", "200"}, QStringList{"returned"});
    addLocaleRows("returned without orders", QStringList{"orders", "", "returned", "7"}, none);
    addLocaleRows("listing quality above 100", QStringList{"listing quality", "100.5"}, QStringList{"listing quality"});
    addLocaleRows("csat 0", QStringList{"csat", "0"}, QStringList{"csat"});
    addLocaleRows("csat 5.5", QStringList{"csat", "5.5"}, QStringList{"csat"});
    addLocaleRows("csat 1", QStringList{"csat", "1"}, none);
    addLocaleRows("csat 5", QStringList{"csat", "5"}, none);
    addLocaleRows("price index 0", QStringList{"price index", "0"}, QStringList{"price index"});
    addLocaleRows("price index above 1", QStringList{"price index", "1.3"}, none);
    addLocaleRows("turnover negative", QStringList{"turnover", "-0.1"}, QStringList{"turnover"});
    addLocaleRows("repeat rate 101 %", QStringList{"repeat rate", "101%"}, QStringList{"repeat rate"});
    addLocaleRows("repeat rate share", QStringList{"repeat rate", "0.35"}, none);
    addLocaleRows("repeat rate percentage", QStringList{"repeat rate", "35"}, none);
    addLocaleRows("only the keys",
                  QStringList{"period", "", "orders", "", "returned", "", "listing quality", "", "csat", "",
                              "price index", "", "turnover", "", "repeat rate", ""},
                  none);
}

void TestImportRowValidator::metricRows()
{
    QFETCH(QStringList, changes);
    QFETCH(QStringList, problemColumns);

    ImportRowValidator validator = mappedValidator(ImportKind::MetricSnapshots, kMetricColumns);
    ImportRowValidator::Row row;
    const bool valid =
        validator.validate(7, changedRow(validRowOf(kMetricColumns), headerOf(kMetricColumns), changes), &row);
    QVERIFY2(::problemColumns(row) == problemColumns, qPrintable(describe(row)));
    QCOMPARE(valid, problemColumns.isEmpty());
}

void TestImportRowValidator::validSellerRowValues()
{
    ImportRowValidator validator = mappedValidator(ImportKind::SellerProfiles, kSellerColumns);
    ImportRowValidator::Row row;
    QVERIFY(validator.validate(2, validRowOf(kSellerColumns), &row));
    QCOMPARE(row.values.size(), ImportField::fields(ImportKind::SellerProfiles).size());
    QCOMPARE(valueOf(validator, row, "external_id"), QVariant(QStringLiteral("S-1001")));
    QCOMPARE(valueOf(validator, row, "channel"), QVariant(QStringLiteral("marketplace_app")));
    QCOMPARE(valueOf(validator, row, "status"), QVariant(QStringLiteral("enrolled")));
    QCOMPARE(valueOf(validator, row, "tier"), QVariant(QStringLiteral("high_potential")));
    QCOMPARE(valueOf(validator, row, "coaching_style"), QVariant(QStringLiteral("data_driven")));
    QCOMPARE(valueOf(validator, row, "signup_date"), QVariant(QDate(2025, 11, 3)));
    QCOMPARE(valueOf(validator, row, "sales_velocity"), QVariant(12.5));
    QCOMPARE(valueOf(validator, row, "inventory_complexity"), QVariant(qint64(3)));
    QCOMPARE(valueOf(validator, row, "consent_anonymised"), QVariant(true));
    QCOMPARE(valueOf(validator, row, "return_rate"), QVariant(0.045));
    QCOMPARE(valueOf(validator, row, "revenue"), QVariant(1234.56));
    QCOMPARE(valueOf(validator, row, "snapshot_date"), QVariant(QDate(2026, 3, 31)));
    QVERIFY(valueOf(validator, row, "phone").isNull()); // not mapped
    QVERIFY(row.hasMetrics);
}

void TestImportRowValidator::validMetricRowValues()
{
    ImportRowValidator validator = mappedValidator(ImportKind::MetricSnapshots, kMetricColumns);
    ImportRowValidator::Row row;
    QVERIFY(validator.validate(2, validRowOf(kMetricColumns), &row));
    QCOMPARE(valueOf(validator, row, "snapshot_date"), QVariant(QDate(2026, 3, 31)));
    QCOMPARE(valueOf(validator, row, "period_days"), QVariant(qint64(30)));
    QCOMPARE(valueOf(validator, row, "listing_quality"), QVariant(87.5));
    QCOMPARE(valueOf(validator, row, "repeat_purchase_rate"), QVariant(0.35));
    QVERIFY(row.hasMetrics);
}

void TestImportRowValidator::problemCarriesLineColumnValueReason()
{
    ImportRowValidator validator = mappedValidator(ImportKind::SellerProfiles, kSellerColumns);
    ImportRowValidator::Row row;
    const QStringList cells =
        changedRow(validRowOf(kSellerColumns), headerOf(kSellerColumns), {"Listing quality", " 101 "});
    QVERIFY(!validator.validate(42, cells, &row));
    QCOMPARE(row.problems.size(), 1);
    const ImportProblem& problem = row.problems.front();
    QCOMPARE(problem.line, qint64(42));
    QCOMPARE(problem.column, 13);
    QCOMPARE(problem.columnName, QStringLiteral("Listing quality"));
    QCOMPARE(problem.value, QStringLiteral(" 101 ")); // as the file has it
    QVERIFY2(problem.reason.contains(QLatin1String("100")), qPrintable(problem.reason));
    QVERIFY(!problem.ambiguous);
    QVERIFY(valueOf(validator, row, "listing_quality").isNull());
}

void TestImportRowValidator::sellerDuplicates_data()
{
    QTest::addColumn<QStringList>("sellerIds");
    QTest::addColumn<QStringList>("duplicates"); // "line:first line"

    addLocaleRows("no duplicates", QStringList{"S1", "S2", "S3"}, QStringList{});
    addLocaleRows("second occurrence", QStringList{"S1", "S2", "S1"}, QStringList{"4:2"});
    addLocaleRows("third occurrence points at the first", QStringList{"S1", "S1", "S1"}, QStringList{"3:2", "4:2"});
    addLocaleRows("spaces do not hide a duplicate", QStringList{"S1", " S1 "}, QStringList{"3:2"});
    addLocaleRows("case makes another ID", QStringList{"s1", "S1"}, QStringList{});
    addLocaleRows("two pairs", QStringList{"A", "B", "B", "A"}, QStringList{"4:3", "5:2"});
    addLocaleRows("empty IDs are not duplicates", QStringList{"", ""}, QStringList{});
}

void TestImportRowValidator::sellerDuplicates()
{
    QFETCH(QStringList, sellerIds);
    QFETCH(QStringList, duplicates);

    ImportRowValidator validator = mappedValidator(ImportKind::SellerProfiles, kSellerColumns);
    QStringList found;
    qint64 line = 2;
    for (const QString& id : sellerIds) {
        ImportRowValidator::Row row;
        validator.validate(line, changedRow(validRowOf(kSellerColumns), headerOf(kSellerColumns), {"Seller ID", id}),
                           &row);
        for (const ImportProblem& problem : row.problems) {
            if (!id.trimmed().isEmpty()) {
                QCOMPARE(problem.columnName, QStringLiteral("Seller ID"));
                QCOMPARE(problem.value, id);
                const QString first = problem.reason.section(QLatin1String("line "), 1).section(u' ', 0, 0);
                found << QStringLiteral("%1:%2").arg(line).arg(first);
            }
        }
        ++line;
    }
    QCOMPARE(found, duplicates);

    validator.reset();
    ImportRowValidator::Row row;
    QVERIFY(validator.validate(2, validRowOf(kSellerColumns), &row));
}

void TestImportRowValidator::metricDuplicates()
{
    ImportRowValidator validator = mappedValidator(ImportKind::MetricSnapshots, kMetricColumns);
    const QStringList header = headerOf(kMetricColumns);
    const QList<QStringList> rows = {
        {"seller", "S1", "date", "2026-03-31"}, {"seller", "S1", "date", "2026-04-30"}, // another date
        {"seller", "S2", "date", "2026-03-31"},                                         // another seller
        {"seller", "S1", "date", "31.03.2026"}, // the first row's date, written otherwise
        {"seller", "S2", "date", "2026-02-30"}, // invalid date: no key, no duplicate
        {"seller", "S2", "date", "3/31/2026"},
    };
    QStringList found;
    for (int i = 0; i < rows.size(); ++i) {
        ImportRowValidator::Row row;
        validator.validate(i + 2, changedRow(validRowOf(kMetricColumns), header, rows.at(i)), &row);
        for (const ImportProblem& problem : row.problems) {
            if (problem.columnName == QLatin1String("seller")) {
                QVERIFY2(problem.reason.contains(QLatin1String("2026-03-31")), qPrintable(problem.reason));
                found << QStringLiteral("%1:%2").arg(i + 2).arg(
                    problem.reason.section(QLatin1String("line "), 1).section(u' ', 0, 0));
            }
        }
    }
    QCOMPARE(found, QStringList({"5:2", "7:4"}));
}

void TestImportRowValidator::recordsGiveTheirFileLines()
{
    // A quoted line end moves every later record one line down; problems must name the line a text
    // editor shows.
    const QString csv = QStringLiteral("id;shop;quality\n"
                                       "S1;\"Two\nlines\";80\n"
                                       "S2;Plain;180\n"
                                       "S1;Again;70\n");
    CsvReader reader(csv, u';');
    CsvRecord record;
    QVERIFY(reader.readRecord(&record));
    ImportRowValidator validator(ImportKind::SellerProfiles, record.fields());
    QVERIFY(validator.mapColumn(u"external_id", 0));
    QVERIFY(validator.mapColumn(u"shop_name", 1));
    QVERIFY(validator.mapColumn(u"listing_quality", 2));
    validator.setDefaultSnapshotDate(QDate(2026, 3, 31));

    QStringList problems;
    ImportRowValidator::Row row;
    while (reader.readRecord(&record)) {
        validator.validate(record, &row);
        for (const ImportProblem& problem : row.problems)
            problems << QStringLiteral("%1 %2 %3").arg(problem.line).arg(problem.columnName, problem.value);
    }
    QCOMPARE(problems, QStringList({"4 quality 180", "5 id S1"}));
    QVERIFY(row.problems.front().reason.contains(QLatin1String("line 2")));
}

void TestImportRowValidator::snapshotDateForSellerMetrics()
{
    const QStringList header = {"id", "quality", "as of"};
    ImportRowValidator validator(ImportKind::SellerProfiles, header);
    QVERIFY(validator.mapColumn(u"external_id", 0));
    QVERIFY(validator.mapColumn(u"listing_quality", 1));
    ImportRowValidator::Row row;

    // Metrics need a date: none mapped, none given.
    QVERIFY(!validator.validate(2, {"S1", "80", ""}, &row));
    QCOMPARE(row.problems.size(), 1);
    QCOMPARE(row.problems.front().column, -1);
    // A row without metrics needs none.
    QVERIFY(validator.validate(3, {"S2", "", ""}, &row));
    QVERIFY(!row.hasMetrics);
    QVERIFY(valueOf(validator, row, "snapshot_date").isNull());

    // The export date the user gives dates the snapshot.
    validator.setDefaultSnapshotDate(QDate(2026, 3, 31));
    QVERIFY(validator.validate(4, {"S3", "80", ""}, &row));
    QCOMPARE(valueOf(validator, row, "snapshot_date"), QVariant(QDate(2026, 3, 31)));

    // A mapped date column wins over it, and an empty cell there falls back to it.
    QVERIFY(validator.mapColumn(u"snapshot_date", 2));
    QVERIFY(validator.validate(5, {"S4", "80", "2026-02-28"}, &row));
    QCOMPARE(valueOf(validator, row, "snapshot_date"), QVariant(QDate(2026, 2, 28)));
    QVERIFY(validator.validate(6, {"S5", "80", ""}, &row));
    QCOMPARE(valueOf(validator, row, "snapshot_date"), QVariant(QDate(2026, 3, 31)));

    // Without the export date, the empty cell is the problem, and it is named.
    validator.setDefaultSnapshotDate(QDate());
    QVERIFY(!validator.validate(7, {"S6", "80", ""}, &row));
    QCOMPARE(problemColumns(row), QStringList{"as of"});
}

void TestImportRowValidator::mapping()
{
    ImportRowValidator validator(ImportKind::SellerProfiles, {"a", "b", "c"});
    QVERIFY(validator.mapColumn(u"external_id", 0));
    QVERIFY(!validator.mapColumn(u"email", 0)); // one column cannot fill two fields
    QCOMPARE(validator.mappedColumn(u"email"), -1);
    QVERIFY(validator.mapColumn(u"external_id", 0)); // mapping again to the same field is fine
    QVERIFY(!validator.mapColumn(u"no_such_field", 1));
    QVERIFY(!validator.mapColumn(u"email", 3));
    QVERIFY(!validator.mapColumn(u"email", -2));
    QVERIFY(validator.mapColumn(u"email", 1));
    QVERIFY(validator.mapColumn(u"email", -1));
    QVERIFY(validator.mapColumn(u"shop_name", 1)); // free again
    QCOMPARE(validator.mappedColumn(u"shop_name"), 1);
    QCOMPARE(validator.mappedColumn(u"external_id"), 0);

    QCOMPARE(ImportRowValidator::defaultColumnNames(2), QStringList({"Column 1", "Column 2"}));
}

void TestImportRowValidator::unmappedRequiredField()
{
    ImportRowValidator sellers(ImportKind::SellerProfiles, {"shop"});
    QCOMPARE(sellers.unmappedRequiredFields(), QStringList{"external_id"});
    QVERIFY(sellers.mapColumn(u"shop_name", 0));
    ImportRowValidator::Row row;
    QVERIFY(!sellers.validate(2, {"Ana's"}, &row));
    QCOMPARE(row.problems.size(), 1);
    QCOMPARE(row.problems.front().column, -1);
    QVERIFY(row.problems.front().reason.contains(QLatin1String("Seller ID")));

    ImportRowValidator metrics(ImportKind::MetricSnapshots, {"seller"});
    QCOMPARE(metrics.unmappedRequiredFields(), QStringList({"external_id", "snapshot_date"}));
    metrics.setDefaultSnapshotDate(QDate(2026, 3, 31));
    QCOMPARE(metrics.unmappedRequiredFields(), QStringList{"external_id"});
    QVERIFY(metrics.mapColumn(u"external_id", 0));
    QVERIFY(metrics.unmappedRequiredFields().isEmpty());
    QVERIFY(metrics.validate(2, {"S1"}, &row));
    QCOMPARE(valueOf(metrics, row, "snapshot_date"), QVariant(QDate(2026, 3, 31)));
}

void TestImportRowValidator::raggedRows()
{
    ImportRowValidator validator(ImportKind::SellerProfiles, {"id", "shop", "e-mail"});
    QVERIFY(validator.mapColumn(u"external_id", 0));
    QVERIFY(validator.mapColumn(u"email", 2));
    ImportRowValidator::Row row;
    QVERIFY(!validator.validate(2, {"S1", "Shop"}, &row));
    QCOMPARE(problemColumns(row), QStringList{QString()});
    QCOMPARE(row.problems.front().column, -1);
    QVERIFY(!validator.validate(3, {"S2", "Shop", "a@example.com", "extra"}, &row));
    QCOMPARE(row.problems.size(), 1);
    QVERIFY(validator.validate(4, {"S3", "Shop", "a@example.com"}, &row));
}

void TestImportRowValidator::detectFormats()
{
    ImportRowValidator validator(ImportKind::MetricSnapshots, {"id", "date", "orders", "quality", "repeat"});
    QVERIFY(validator.mapColumn(u"external_id", 0));
    QVERIFY(validator.mapColumn(u"snapshot_date", 1));
    QVERIFY(validator.mapColumn(u"orders", 2));
    QVERIFY(validator.mapColumn(u"listing_quality", 3));
    QVERIFY(validator.mapColumn(u"repeat_purchase_rate", 4));
    const QList<QStringList> sample = {
        {"S1", "03/04/2026", "1.200", "80", "0,5"},
        {"S2", "13/04/2026", "1.300", "82,5", "12"},
    };
    validator.detectFormats(sample);
    QCOMPARE(validator.converter().numberStyle(), NumberStyle::CommaDecimal);
    QCOMPARE(validator.converter().dateOrder(), DateOrder::DayMonth);
    QCOMPARE(validator.rateScale(u"repeat_purchase_rate"), RateScale::Percent);

    ImportRowValidator::Row row;
    QVERIFY2(validator.validate(2, sample.front(), &row), qPrintable(describe(row)));
    QCOMPARE(valueOf(validator, row, "snapshot_date"), QVariant(QDate(2026, 4, 3)));
    QCOMPARE(valueOf(validator, row, "orders"), QVariant(qint64(1200)));
    QCOMPARE(valueOf(validator, row, "repeat_purchase_rate"), QVariant(0.005));
}

void TestImportRowValidator::detectFormatsKeepsTheUsersChoice()
{
    ImportRowValidator validator(ImportKind::MetricSnapshots, {"id", "date", "orders", "repeat"});
    QVERIFY(validator.mapColumn(u"external_id", 0));
    QVERIFY(validator.mapColumn(u"snapshot_date", 1));
    QVERIFY(validator.mapColumn(u"orders", 2));
    QVERIFY(validator.mapColumn(u"repeat_purchase_rate", 3));
    validator.converter().setNumberStyle(NumberStyle::DotDecimal);
    validator.converter().setDateOrder(DateOrder::MonthDay);
    validator.setRateScale(u"repeat_purchase_rate", RateScale::Fraction);
    validator.detectFormats({{"S1", "13/04/2026", "3,5", "12"}});
    QCOMPARE(validator.converter().numberStyle(), NumberStyle::DotDecimal);
    QCOMPARE(validator.converter().dateOrder(), DateOrder::MonthDay);
    QCOMPARE(validator.rateScale(u"repeat_purchase_rate"), RateScale::Fraction);

    // Nothing in the sample proves anything: Auto stays Auto, and ambiguous values stay reported.
    ImportRowValidator undecided(ImportKind::MetricSnapshots, {"id", "date", "orders"});
    QVERIFY(undecided.mapColumn(u"external_id", 0));
    QVERIFY(undecided.mapColumn(u"snapshot_date", 1));
    QVERIFY(undecided.mapColumn(u"orders", 2));
    undecided.detectFormats({{"S1", "03/04/2026", "1,234"}});
    QCOMPARE(undecided.converter().numberStyle(), NumberStyle::Auto);
    QCOMPARE(undecided.converter().dateOrder(), DateOrder::Auto);
    ImportRowValidator::Row row;
    QVERIFY(!undecided.validate(2, {"S1", "03/04/2026", "1,234"}, &row));
    QCOMPARE(row.problems.size(), 2);
    QVERIFY(row.problems.at(0).ambiguous && row.problems.at(1).ambiguous);
}

void TestImportRowValidator::fieldsMirrorWorkspaceSpecs()
{
    // The import library cannot link the domain specs, so its tables copy them; this keeps the
    // copy honest: every seller field the workspace edits and the catalogue marks as imported exists
    // here with the same type, title, choice codes and range (the working hours are edited, not
    // imported: matching reads them, exports do not carry them).
    const QVector<ImportField>& importFields = ImportField::fields(ImportKind::SellerProfiles);
    int compared = 0;
    for (const FieldSpec& spec : sellerTableSpec().fields) {
        if (!spec.editable || spec.import == ImportUse::None)
            continue;
        const int index = ImportField::indexOf(ImportKind::SellerProfiles, spec.key);
        QVERIFY2(index >= 0, qPrintable(spec.key));
        const ImportField& field = importFields.at(index);
        QCOMPARE(QByteArray(field.title), QByteArray(spec.title));
        QCOMPARE(field.hasRange, spec.hasRange);
        if (spec.hasRange) {
            QCOMPARE(field.minimum, spec.minimum);
            QCOMPARE(field.maximum, spec.maximum);
        }
        QStringList specCodes;
        for (const Choice& choice : spec.choices)
            specCodes << choice.code;
        QStringList importCodes;
        for (const ImportField::Choice& choice : field.choices) {
            importCodes << choice.code;
            QCOMPARE(QByteArray(choice.label), QByteArray(spec.choices.at(importCodes.size() - 1).label));
        }
        QCOMPARE(importCodes, specCodes);
        const bool sameType = (spec.type == FieldType::Text && field.type == ImportValueType::Text) ||
                              (spec.type == FieldType::CodeList && field.type == ImportValueType::Text) ||
                              (spec.type == FieldType::Email && field.type == ImportValueType::Email) ||
                              (spec.type == FieldType::Integer && field.type == ImportValueType::Integer) ||
                              (spec.type == FieldType::Real && field.type == ImportValueType::Real) ||
                              (spec.type == FieldType::Date && field.type == ImportValueType::Date) ||
                              (spec.type == FieldType::Choice && field.type == ImportValueType::Choice) ||
                              (spec.type == FieldType::Boolean && field.type == ImportValueType::Boolean) ||
                              (spec.type == FieldType::TimeOfDay && field.type == ImportValueType::TimeOfDay);
        QVERIFY2(sameType, qPrintable(spec.key));
        ++compared;
    }
    QCOMPARE(compared, 22);
    // Read-only workspace columns that an import fills: the same range as the workspace shows.
    const FieldSpec& quality =
        sellerTableSpec().fields.at(sellerTableSpec().fieldIndex(QStringLiteral("latest_listing_quality")));
    const ImportField& importQuality =
        importFields.at(ImportField::indexOf(ImportKind::SellerProfiles, u"listing_quality"));
    QCOMPARE(importQuality.minimum, quality.minimum);
    QCOMPARE(importQuality.maximum, quality.maximum);
}

QTEST_GUILESS_MAIN(TestImportRowValidator)
#include "test_importrowvalidator.moc"
