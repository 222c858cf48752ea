// SPDX-License-Identifier: GPL-3.0-or-later
// The detail panel's data: DetailRepository (baseline and latest metrics, pairings, cohort
// members, audit history) and the small models over it (MetricComparisonModel,
// PairingTableModel, AuditTableModel, FacetModel), each under a QAbstractItemModelTester.
#include "domain/WorkspaceSpecs.h"
#include "editing/ProgramEditor.h"
#include "itemmodels/AuditTableModel.h"
#include "itemmodels/FacetModel.h"
#include "itemmodels/MetricComparisonModel.h"
#include "itemmodels/PagedTableModel.h"
#include "itemmodels/PairingTableModel.h"
#include "storage/DetailRepository.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

#include <cmath>
#include <memory>
#include <optional>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

const QString kActor = QStringLiteral("coordinator@test");
const QString kDash = QStringLiteral("—");

QString fixtureSql()
{
    return QStringLiteral(R"sql(
INSERT INTO sellers(id, external_id, shop_name, email, category, country, status, enrolment_date, created_utc,
                    updated_utc) VALUES
 (1, 'EXT-1', 'Alpha Crafts', 'ann@alpha.co', 'Handmade', 'DE', 'enrolled', '2026-01-10', 'T0', 'T0'),
 (2, 'EXT-2', 'beta Bits', 'bob@beta.io', 'Electronics', 'FR', 'enrolled', '2026-01-10', 'T0', 'T0'),
 (3, 'EXT-3', 'Gamma Goods', 'gus@gamma.shop', 'Food', 'DE', 'graduated', '2025-06-01', 'T0', 'T0'),
 (4, 'EXT-4', 'Delta Deals', 'dee@delta.co', 'Toys', '', 'prospect', NULL, 'T0', 'T0'),
 (5, 'EXT-5', 'Echo Emporium', 'eve@echo.co', 'Handmade', 'PL', 'enrolled', '2026-01-01', 'T0', 'T0'),
 (6, 'EXT-6', 'Foxtrot Finds', 'fox@trot.co', '', 'DE', 'withdrawn', '2026-01-31', 'T0', 'T0');
INSERT INTO mentors(id, name, email, capacity, recognition_tier, created_utc, updated_utc) VALUES
 (1, 'Mira Mentor', 'mira@mentors.co', 3, 'gold', 'T0', 'T0'),
 (2, 'Otto Other', 'otto@mentors.co', 2, 'none', 'T0', 'T0');
INSERT INTO cohorts(id, name, start_date, created_utc, updated_utc) VALUES
 (1, 'Spring 2026', '2026-03-01', 'T0', 'T0'),
 (2, 'Winter 2025', '2025-11-01', 'T0', 'T0'),
 (3, 'Summer 2026', '2026-06-01', 'T0', 'T0');
INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES
 (1, 1, '2026-03-01'), (2, 1, '2026-03-01'), (5, 1, '2026-03-01'), (3, 2, '2025-11-01');
INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, trial_end_date, ended_on, end_reason, score,
                     created_utc, updated_utc) VALUES
 (1, 1, 1, 'active', '2026-01-12', '2026-02-12', NULL, NULL, 0.87, 'T0', 'T0'),
 (2, 2, 1, 'ended', '2025-10-01', '2025-11-01', '2025-12-01', 'rematched', NULL, 'T0', 'T0'),
 (3, 1, 1, 'ended', '2025-06-01', NULL, '2025-09-01', 'completed', 0.5, 'T0', 'T0'),
 (4, 1, 2, 'trial', '2026-02-01', '2026-03-01', NULL, NULL, 0.734, 'T0', 'T0');
INSERT INTO touchpoints(pairing_id, kind, status, scheduled_utc) VALUES
 (1, 'live_call', 'done', '2026-01-13T10:00:00Z'), (1, 'async', 'done', '2026-01-20T10:00:00Z'),
 (1, 'live_call', 'missed', '2026-01-27T10:00:00Z'), (1, 'live_call', 'planned', '2026-02-03T10:00:00Z'),
 (2, 'live_call', 'done', '2025-10-05T10:00:00Z'), (4, 'async', 'cancelled', '2026-02-02T10:00:00Z');
INSERT INTO seller_metric_snapshots(seller_id, snapshot_date, period_days, revenue, orders, returned_orders,
        listing_quality, csat, price_competitiveness, inventory_turnover, repeat_purchase_rate) VALUES
 (1, '2026-03-01', 28, 9000, 300, 6, 72, 4.5, 0.95, 5.5, 0.30),
 (1, '2025-12-01', 30, 100, 1, 0, 20, 3.0, 2.0, 1.0, 0.0),
 (1, '2026-01-10', 30, 5000, 200, 10, 60, NULL, 1.10, 4.0, 0.25),
 (2, '2026-02-01', 30, 800, 40, NULL, 50, 4.0, 1.0, 2.0, 0.1),
 (2, '2025-11-01', 30, 300, 10, 1, 40, 3.5, 1.2, 1.5, 0.05),
 (2, '2025-12-01', 30, 450, 15, 3, 45, 3.9, 1.1, 1.7, 0.08),
 (3, '2025-07-01', 30, 100, 10, 1, 30, 4.0, 1.0, 1.0, 0.1),
 (3, '2025-08-01', 30, 200, 20, 1, 35, 4.1, 1.0, 1.0, 0.1),
 (4, '2025-12-01', 30, 0, 0, 0, 10, NULL, NULL, NULL, NULL),
 (6, '2026-01-31', 30, 700, 35, 7, 55, 4.2, 1.0, 3.0, 0.2);
)sql");
}

std::optional<double> optionalNumber(const QVariant& value)
{
    return value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

bool sameNumber(const QVariant& actual, const std::optional<double>& expected)
{
    if (!expected)
        return !actual.isValid();
    return actual.isValid() && std::fabs(actual.toDouble() - *expected) < 1e-9;
}

} // namespace

class TestDetailModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void sellerMetricsBaselineAndLatest_data();
    void sellerMetricsBaselineAndLatest();
    void snapshotFieldsAreRead();
    void snapshotFormulas_data();
    void snapshotFormulas();
    void metricComparison_data();
    void metricComparison();
    void metricComparisonWithoutBaseline_data();
    void metricComparisonWithoutBaseline();
    void pairingsOfSeller();
    void pairingsOfMentor();
    void cohortMembersAreOrderedByShop();
    void auditTable();
    void auditTableOfRecordLifecycle();
    void facetModel_data();
    void facetModel();
    void facetModelReloads();

private:
    QSqlDatabase db() const { return m_db->connection(); }

    QLocale m_originalLocale;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_db;
};

void TestDetailModels::initTestCase()
{
    m_originalLocale = QLocale();
    QLocale::setDefault(QLocale::c());
}

void TestDetailModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<ProgramDatabase>();
    QCOMPARE(m_db->open(m_dir->filePath(QStringLiteral("details.mentordesk"))), ProgramDatabase::Outcome::Created);
    const QStringList statements = fixtureSql().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& statement : statements) {
        if (!statement.trimmed().isEmpty())
            SQL_OK(execSql(db(), statement));
    }
}

void TestDetailModels::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestDetailModels::cleanupTestCase()
{
    QLocale::setDefault(m_originalLocale);
}

// ---------------------------------------------------------------------------------------------

void TestDetailModels::sellerMetricsBaselineAndLatest_data()
{
    QTest::addColumn<qint64>("seller");
    QTest::addColumn<QString>("baseline"); // snapshot date, "" = none
    QTest::addColumn<QString>("latest");

    QTest::newRow("snapshot on the enrolment day") << qint64(1) << "2026-01-10"
                                                   << "2026-03-01";
    QTest::newRow("latest before enrolment, inserted out of order") << qint64(2) << "2025-12-01"
                                                                    << "2026-02-01";
    QTest::newRow("only snapshots after enrolment") << qint64(3) << ""
                                                    << "2025-08-01";
    QTest::newRow("not enrolled") << qint64(4) << ""
                                  << "2025-12-01";
    QTest::newRow("no snapshots") << qint64(5) << ""
                                  << "";
    QTest::newRow("one snapshot is both") << qint64(6) << "2026-01-31"
                                          << "2026-01-31";
    QTest::newRow("unknown seller") << qint64(99) << ""
                                    << "";
}

void TestDetailModels::sellerMetricsBaselineAndLatest()
{
    QFETCH(qint64, seller);
    QFETCH(QString, baseline);
    QFETCH(QString, latest);

    const SellerMetrics metrics = DetailRepository(db()).sellerMetrics(seller);
    QCOMPARE(metrics.baseline.has_value(), !baseline.isEmpty());
    if (metrics.baseline)
        QCOMPARE(metrics.baseline->date, QDate::fromString(baseline, Qt::ISODate));
    QCOMPARE(metrics.latest.has_value(), !latest.isEmpty());
    if (metrics.latest)
        QCOMPARE(metrics.latest->date, QDate::fromString(latest, Qt::ISODate));
    // The seller row's cached latest metrics agree with the latest snapshot.
    if (seller <= 6) {
        const QVariant cached =
            scalar(db(), QStringLiteral("SELECT latest_snapshot_date FROM sellers WHERE id = ?"), {seller});
        QCOMPARE(cached.toString(), latest);
        if (metrics.latest) {
            const QVariant revenue =
                scalar(db(), QStringLiteral("SELECT latest_revenue FROM sellers WHERE id = ?"), {seller});
            QVERIFY(metrics.latest->value(FieldId::SnapshotRevenue).has_value());
            QCOMPARE(revenue.toDouble(), *metrics.latest->value(FieldId::SnapshotRevenue));
        }
    }
}

void TestDetailModels::snapshotFieldsAreRead()
{
    const SellerMetrics metrics = DetailRepository(db()).sellerMetrics(1);
    QVERIFY(metrics.baseline && metrics.latest);
    const MetricSnapshot& baseline = *metrics.baseline;
    QCOMPARE(baseline.periodDays, 30);
    QCOMPARE(baseline.value(FieldId::SnapshotRevenue), std::optional<double>(5000.0));
    QCOMPARE(baseline.value(FieldId::SnapshotOrders), std::optional<double>(200));
    QCOMPARE(baseline.value(FieldId::SnapshotReturnedOrders), std::optional<double>(10));
    QCOMPARE(baseline.value(FieldId::SnapshotListingQuality), std::optional<double>(60.0));
    QVERIFY(!baseline.value(FieldId::SnapshotCsat).has_value());
    QCOMPARE(baseline.value(FieldId::SnapshotPriceCompetitiveness), std::optional<double>(1.10));
    QCOMPARE(baseline.value(FieldId::SnapshotInventoryTurnover), std::optional<double>(4.0));
    QCOMPARE(baseline.value(FieldId::SnapshotRepeatPurchaseRate), std::optional<double>(0.25));
    const MetricSnapshot& latest = *metrics.latest;
    QCOMPARE(latest.periodDays, 28);
    QCOMPARE(latest.value(FieldId::SnapshotRevenue), std::optional<double>(9000.0));
    QCOMPARE(latest.value(FieldId::SnapshotOrders), std::optional<double>(300));
    QCOMPARE(latest.value(FieldId::SnapshotReturnedOrders), std::optional<double>(6));
    QCOMPARE(latest.value(FieldId::SnapshotCsat), std::optional<double>(4.5));
    QCOMPARE(latest.value(FieldId::SnapshotRepeatPurchaseRate), std::optional<double>(0.30));
}

void TestDetailModels::snapshotFormulas_data()
{
    QTest::addColumn<QVariant>("revenue");
    QTest::addColumn<QVariant>("orders");
    QTest::addColumn<QVariant>("returned");
    QTest::addColumn<QVariant>("returnRate"); // invalid = unknown
    QTest::addColumn<QVariant>("averageOrderValue");
    QTest::addColumn<QVariant>("storedRate"); // the export's rate, kept without order counts

    const QVariant none;
    QTest::newRow("typical") << QVariant(5000.0) << QVariant(200) << QVariant(10) << QVariant(0.05) << QVariant(25.0)
                             << none;
    QTest::newRow("no returns") << QVariant(99.0) << QVariant(3) << QVariant(0) << QVariant(0.0) << QVariant(33.0)
                                << none;
    QTest::newRow("all returned") << QVariant(10.0) << QVariant(4) << QVariant(4) << QVariant(1.0) << QVariant(2.5)
                                  << none;
    QTest::newRow("no orders") << QVariant(0.0) << QVariant(0) << QVariant(0) << none << none << none;
    QTest::newRow("orders unknown") << QVariant(10.0) << none << QVariant(1) << none << none << none;
    QTest::newRow("returns unknown") << QVariant(800.0) << QVariant(40) << none << none << QVariant(20.0) << none;
    QTest::newRow("rate as exported, no orders")
        << QVariant(10.0) << none << none << QVariant(0.07) << none << QVariant(0.07);
    QTest::newRow("orders win over a stored rate")
        << QVariant(10.0) << QVariant(20) << QVariant(2) << QVariant(0.1) << QVariant(0.5) << QVariant(0.3);
    QTest::newRow("revenue unknown") << none << QVariant(40) << QVariant(2) << QVariant(0.05) << none << none;
}

void TestDetailModels::snapshotFormulas()
{
    QFETCH(QVariant, revenue);
    QFETCH(QVariant, orders);
    QFETCH(QVariant, returned);
    QFETCH(QVariant, returnRate);
    QFETCH(QVariant, averageOrderValue);
    QFETCH(QVariant, storedRate);

    MetricSnapshot snapshot;
    if (revenue.isValid())
        snapshot.setValue(FieldId::SnapshotRevenue, revenue.toDouble());
    if (orders.isValid())
        snapshot.setValue(FieldId::SnapshotOrders, orders.toDouble());
    if (returned.isValid())
        snapshot.setValue(FieldId::SnapshotReturnedOrders, returned.toDouble());
    if (storedRate.isValid())
        snapshot.setValue(FieldId::SnapshotReturnRate, storedRate.toDouble());
    QCOMPARE(snapshot.returnRate().has_value(), returnRate.isValid());
    if (returnRate.isValid())
        QCOMPARE(*snapshot.returnRate(), returnRate.toDouble());
    QCOMPARE(snapshot.averageOrderValue().has_value(), averageOrderValue.isValid());
    if (averageOrderValue.isValid())
        QCOMPARE(*snapshot.averageOrderValue(), averageOrderValue.toDouble());
}

void TestDetailModels::metricComparison_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("texts");    // baseline, latest, change
    QTest::addColumn<QVariantList>("numbers"); // invalid = unknown

    const QVariant none;
    // Seller 1: baseline 2026-01-10 (5000 revenue, 200 orders, 10 returned, no CSAT),
    // latest 2026-03-01 (9000, 300, 6).
    QTest::newRow("revenue") << MetricComparisonModel::rowOf(FieldId::SnapshotRevenue) << "Revenue"
                             << QStringList{"5000.00", "9000.00", "+4000.00"} << QVariantList{5000.0, 9000.0, 4000.0};
    QTest::newRow("orders") << MetricComparisonModel::rowOf(FieldId::SnapshotOrders) << "Orders"
                            << QStringList{"200", "300", "+100"} << QVariantList{200.0, 300.0, 100.0};
    QTest::newRow("listing quality") << MetricComparisonModel::rowOf(FieldId::SnapshotListingQuality)
                                     << "Listing quality" << QStringList{"60", "72", "+12"}
                                     << QVariantList{60.0, 72.0, 12.0};
    QTest::newRow("return rate = returned / orders")
        << MetricComparisonModel::rowOf(FieldId::SnapshotReturnRate) << "Return rate"
        << QStringList{"5.0 %", "2.0 %", "-3.0 %"} << QVariantList{0.05, 0.02, -0.03};
    QTest::newRow("AOV = revenue / orders")
        << MetricComparisonModel::rowOf(FieldId::SnapshotAverageOrderValue) << "Average order value"
        << QStringList{"25.00", "30.00", "+5.00"} << QVariantList{25.0, 30.0, 5.0};
    QTest::newRow("CSAT unknown at baseline")
        << MetricComparisonModel::rowOf(FieldId::SnapshotCsat) << "Customer satisfaction"
        << QStringList{kDash, "4.50", kDash} << QVariantList{none, 4.5, none};
    QTest::newRow("price competitiveness")
        << MetricComparisonModel::rowOf(FieldId::SnapshotPriceCompetitiveness) << "Price competitiveness"
        << QStringList{"1.10", "0.95", "-0.15"} << QVariantList{1.10, 0.95, 0.95 - 1.10};
    QTest::newRow("inventory turnover") << MetricComparisonModel::rowOf(FieldId::SnapshotInventoryTurnover)
                                        << "Inventory turnover" << QStringList{"4.00", "5.50", "+1.50"}
                                        << QVariantList{4.0, 5.5, 1.5};
    QTest::newRow("repeat purchase rate")
        << MetricComparisonModel::rowOf(FieldId::SnapshotRepeatPurchaseRate) << "Repeat purchase rate"
        << QStringList{"25.0 %", "30.0 %", "+5.0 %"} << QVariantList{0.25, 0.30, 0.30 - 0.25};
}

void TestDetailModels::metricComparison()
{
    QFETCH(int, row);
    QFETCH(QString, name);
    QFETCH(QStringList, texts);
    QFETCH(QVariantList, numbers);

    MetricComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headerChanged(&model, &QAbstractItemModel::headerDataChanged);
    model.setMetrics(DetailRepository(db()).sellerMetrics(1));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(headerChanged.count(), 1);

    QCOMPARE(model.rowCount(), int(outcomeMetrics().size()));
    QCOMPARE(model.columnCount(), int(MetricComparisonModel::ColumnCount));
    // The headers name the snapshot dates (their layout is the model's business).
    const QString baselineHeader = model.headerData(MetricComparisonModel::Baseline, Qt::Horizontal).toString();
    QVERIFY2(baselineHeader.startsWith(QLatin1String("Baseline")) &&
                 baselineHeader.contains(QLatin1String("2026-01-10")),
             qPrintable(baselineHeader));
    const QString latestHeader = model.headerData(MetricComparisonModel::Latest, Qt::Horizontal).toString();
    QVERIFY2(latestHeader.startsWith(QLatin1String("Latest")) && latestHeader.contains(QLatin1String("2026-03-01")),
             qPrintable(latestHeader));
    QCOMPARE(model.headerData(MetricComparisonModel::Change, Qt::Horizontal).toString(), QStringLiteral("Change"));

    QCOMPARE(model.index(row, MetricComparisonModel::Metric).data().toString(), name);
    const int columns[] = {MetricComparisonModel::Baseline, MetricComparisonModel::Latest,
                           MetricComparisonModel::Change};
    for (int i = 0; i < 3; ++i) {
        const QModelIndex index = model.index(row, columns[i]);
        QCOMPARE(index.data().toString(), texts.at(i));
        const QVariant number = index.data(MetricComparisonModel::NumberRole);
        QVERIFY2(sameNumber(number, optionalNumber(numbers.at(i))),
                 qPrintable(QStringLiteral("column %1: %2").arg(columns[i]).arg(number.toString())));
        QCOMPARE(index.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    }
}

void TestDetailModels::metricComparisonWithoutBaseline_data()
{
    QTest::addColumn<qint64>("seller");
    QTest::addColumn<bool>("hasLatest");
    QTest::addColumn<QString>("latestDate"); // shown in the Latest header; "" = none

    QTest::newRow("snapshots only after enrolment") << qint64(3) << true << "2025-08-01";
    QTest::newRow("not enrolled") << qint64(4) << true << "2025-12-01";
    QTest::newRow("no snapshots") << qint64(5) << false << "";
}

void TestDetailModels::metricComparisonWithoutBaseline()
{
    QFETCH(qint64, seller);
    QFETCH(bool, hasLatest);
    QFETCH(QString, latestDate);

    MetricComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A seller with a full comparison first, so that switching must clear every value.
    model.setMetrics(DetailRepository(db()).sellerMetrics(1));
    QCOMPARE(model.index(MetricComparisonModel::rowOf(FieldId::SnapshotRevenue), MetricComparisonModel::Change)
                 .data()
                 .toString(),
             QStringLiteral("+4000.00"));
    model.setMetrics(DetailRepository(db()).sellerMetrics(seller));
    // Headers name no date where there is no snapshot.
    QCOMPARE(model.headerData(MetricComparisonModel::Baseline, Qt::Horizontal).toString(), QStringLiteral("Baseline"));
    const QString latestHeader = model.headerData(MetricComparisonModel::Latest, Qt::Horizontal).toString();
    QVERIFY2(latestHeader.startsWith(QLatin1String("Latest")), qPrintable(latestHeader));
    if (latestDate.isEmpty())
        QCOMPARE(latestHeader, QStringLiteral("Latest"));
    else
        QVERIFY2(latestHeader.contains(latestDate), qPrintable(latestHeader));
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column : {int(MetricComparisonModel::Baseline), int(MetricComparisonModel::Change)}) {
            QCOMPARE(model.index(row, column).data().toString(), kDash);
            QVERIFY(!model.index(row, column).data(MetricComparisonModel::NumberRole).isValid());
        }
        if (!hasLatest)
            QCOMPARE(model.index(row, MetricComparisonModel::Latest).data().toString(), kDash);
    }
    if (seller == 3) {
        QCOMPARE(model.index(MetricComparisonModel::rowOf(FieldId::SnapshotReturnRate), MetricComparisonModel::Latest)
                     .data()
                     .toString(),
                 QStringLiteral("5.0 %"));
        QCOMPARE(
            model.index(MetricComparisonModel::rowOf(FieldId::SnapshotAverageOrderValue), MetricComparisonModel::Latest)
                .data()
                .toString(),
            QStringLiteral("10.00"));
    }
    if (seller == 4) {
        // No orders in the period: neither rate can be computed, revenue is a real zero.
        QCOMPARE(model.index(MetricComparisonModel::rowOf(FieldId::SnapshotReturnRate), MetricComparisonModel::Latest)
                     .data()
                     .toString(),
                 kDash);
        QCOMPARE(
            model.index(MetricComparisonModel::rowOf(FieldId::SnapshotAverageOrderValue), MetricComparisonModel::Latest)
                .data()
                .toString(),
            kDash);
        QCOMPARE(model.index(MetricComparisonModel::rowOf(FieldId::SnapshotRevenue), MetricComparisonModel::Latest)
                     .data()
                     .toString(),
                 QStringLiteral("0.00"));
        QCOMPARE(model.index(MetricComparisonModel::rowOf(FieldId::SnapshotCsat), MetricComparisonModel::Latest)
                     .data()
                     .toString(),
                 kDash);
    }
}

void TestDetailModels::pairingsOfSeller()
{
    const QVector<PairingSummary> pairings = DetailRepository(db()).pairingsOfSeller(1);
    QCOMPARE(pairings.size(), 3);
    PairingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPairings(pairings, QStringLiteral("Mentor"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(PairingTableModel::ColumnCount));
    QCOMPARE(model.headerData(PairingTableModel::Counterpart, Qt::Horizontal).toString(), QStringLiteral("Mentor"));
    QCOMPARE(model.headerData(PairingTableModel::TouchpointsDone, Qt::Horizontal).toString(),
             QStringLiteral("Touchpoints done"));

    // Open pairing first, then the ended ones, newest first.
    const QStringList counterparts{QStringLiteral("Mira Mentor"), QStringLiteral("Otto Other"),
                                   QStringLiteral("Mira Mentor")};
    const QStringList statuses{QStringLiteral("Active"), QStringLiteral("Ended"), QStringLiteral("Ended")};
    const QStringList started{QStringLiteral("2026-01-12"), QStringLiteral("2025-10-01"), QStringLiteral("2025-06-01")};
    const QVariantList trialEnds{QStringLiteral("2026-02-12"), QStringLiteral("2025-11-01"), QVariant()};
    const QVariantList ended{QVariant(), QStringLiteral("2025-12-01"), QStringLiteral("2025-09-01")};
    const QVariantList reasons{QVariant(), QStringLiteral("Re-matched"), QStringLiteral("Completed")};
    const QVariantList scores{QStringLiteral("0.87"), QVariant(), QStringLiteral("0.50")};
    const QList<int> done{2, 1, 0};
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model.index(row, PairingTableModel::Counterpart).data().toString(), counterparts.at(row));
        QCOMPARE(model.index(row, PairingTableModel::Status).data().toString(), statuses.at(row));
        QCOMPARE(model.index(row, PairingTableModel::Started).data().toString(), started.at(row));
        QCOMPARE(model.index(row, PairingTableModel::TrialEnds).data(), trialEnds.at(row));
        QCOMPARE(model.index(row, PairingTableModel::Ended).data(), ended.at(row));
        QCOMPARE(model.index(row, PairingTableModel::EndReason).data(), reasons.at(row));
        QCOMPARE(model.index(row, PairingTableModel::Score).data(), scores.at(row));
        QCOMPARE(model.index(row, PairingTableModel::TouchpointsDone).data().toInt(), done.at(row));
        QCOMPARE(model.index(row, PairingTableModel::Score).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
    }
    QCOMPARE(pairings.at(0).id, qint64(1));
    QCOMPARE(pairings.at(1).id, qint64(2));
    QCOMPARE(pairings.at(2).id, qint64(3));

    model.setPairings({}, QStringLiteral("Mentor"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(DetailRepository(db()).pairingsOfSeller(4).isEmpty());
}

void TestDetailModels::pairingsOfMentor()
{
    const QVector<PairingSummary> pairings = DetailRepository(db()).pairingsOfMentor(1);
    PairingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPairings(pairings, QStringLiteral("Mentee"));
    QCOMPARE(model.rowCount(), 3);
    // Trial (2026-02-01) and active (2026-01-12) are open; the ended one comes last.
    QCOMPARE(model.index(0, PairingTableModel::Counterpart).data().toString(), QStringLiteral("beta Bits"));
    QCOMPARE(model.index(0, PairingTableModel::Status).data().toString(), QStringLiteral("Trial"));
    QCOMPARE(model.index(0, PairingTableModel::Score).data().toString(), QStringLiteral("0.73"));
    QCOMPARE(model.index(0, PairingTableModel::TouchpointsDone).data().toInt(), 0); // cancelled does not count
    QCOMPARE(model.index(1, PairingTableModel::Counterpart).data().toString(), QStringLiteral("Alpha Crafts"));
    QCOMPARE(model.index(1, PairingTableModel::Status).data().toString(), QStringLiteral("Active"));
    QCOMPARE(model.index(2, PairingTableModel::Status).data().toString(), QStringLiteral("Ended"));
    QCOMPARE(model.index(2, PairingTableModel::Started).data().toString(), QStringLiteral("2025-06-01"));
    QCOMPARE(DetailRepository(db()).pairingsOfMentor(2).size(), 1);
}

void TestDetailModels::cohortMembersAreOrderedByShop()
{
    const DetailRepository details(db());
    QCOMPARE(details.cohortMembers(1, 10), (QStringList{QStringLiteral("Alpha Crafts"), QStringLiteral("beta Bits"),
                                                        QStringLiteral("Echo Emporium")}));
    QCOMPARE(details.cohortMembers(1, 2), (QStringList{QStringLiteral("Alpha Crafts"), QStringLiteral("beta Bits")}));
    QCOMPARE(details.cohortMembers(2, 10), QStringList{QStringLiteral("Gamma Goods")});
    QVERIFY(details.cohortMembers(3, 10).isEmpty());
}

void TestDetailModels::auditTable()
{
    const TableSpec& spec = sellerTableSpec();
    const QDateTime start = QDateTime::currentDateTimeUtc();
    {
        ProgramEditor editor(db(), kActor);
        QVERIFY(editor.setField(spec, 1, QStringLiteral("status"), QStringLiteral("graduated")));
        QVERIFY(editor.setField(spec, 2, QStringLiteral("status"), QStringLiteral("withdrawn"))); // other seller
        QVERIFY(editor.setField(spec, 1, QStringLiteral("email"), QStringLiteral("ann@new.co")));
        QVERIFY(editor.setField(mentorTableSpec(), 1, QStringLiteral("name"), QStringLiteral("Mira M."))); // mentor 1
        QVERIFY(editor.setField(spec, 1, QStringLiteral("enrolment_date"), QString()));
        QVERIFY(editor.setField(spec, 1, QStringLiteral("consent_anonymised"), true));
        QVERIFY(editor.setField(spec, 1, QStringLiteral("tier"), QStringLiteral("high_potential")));
        QVERIFY(editor.setField(spec, 1, QStringLiteral("sales_velocity"), QStringLiteral("12.5")));
    }
    const QVector<AuditEntry> entries = DetailRepository(db()).auditHistory(EntityKind::Seller, 1);
    QCOMPARE(entries.size(), 6);

    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(&spec, entries);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(AuditTableModel::ColumnCount));
    const QStringList headers{QStringLiteral("When"), QStringLiteral("Who"), QStringLiteral("Field"),
                              QStringLiteral("Before"), QStringLiteral("After")};
    for (int c = 0; c < headers.size(); ++c)
        QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), headers.at(c));

    // Newest first, fields and values as the user knows them.
    const QStringList fields{QStringLiteral("Orders/week"), QStringLiteral("Tier"),   QStringLiteral("Consent"),
                             QStringLiteral("Enrolled"),    QStringLiteral("E-mail"), QStringLiteral("Status")};
    const QStringList before{QStringLiteral("(empty)"),    QStringLiteral("Standard"),     QStringLiteral("No"),
                             QStringLiteral("2026-01-10"), QStringLiteral("ann@alpha.co"), QStringLiteral("Enrolled")};
    const QStringList after{QStringLiteral("12.5"),    QStringLiteral("High potential"), QStringLiteral("Yes"),
                            QStringLiteral("(empty)"), QStringLiteral("ann@new.co"),     QStringLiteral("Graduated")};
    for (int row = 0; row < 6; ++row) {
        QCOMPARE(model.index(row, AuditTableModel::Who).data().toString(), kActor);
        QCOMPARE(model.index(row, AuditTableModel::Field).data().toString(), fields.at(row));
        QCOMPARE(model.index(row, AuditTableModel::OldValue).data().toString(), before.at(row));
        QCOMPARE(model.index(row, AuditTableModel::NewValue).data().toString(), after.at(row));
        QCOMPARE(model.index(row, AuditTableModel::NewValue).data(Qt::ToolTipRole).toString(), after.at(row));
        const AuditEntry& entry = entries.at(row);
        QVERIFY(entry.at.isValid());
        QVERIFY(entry.at >= start.addSecs(-1) && entry.at <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(model.index(row, AuditTableModel::When).data().toString(),
                 QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat));
        QVERIFY(!model.index(row, AuditTableModel::When).data().toString().isEmpty());
    }
    QVERIFY(entries.at(3).newIsNull);
    QVERIFY(!entries.at(3).oldIsNull);

    // The limit keeps the newest entries; without a spec, keys and codes are shown as stored.
    const QVector<AuditEntry> newest = DetailRepository(db()).auditHistory(EntityKind::Seller, 1, 2);
    QCOMPARE(newest.size(), 2);
    model.setEntries(nullptr, newest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AuditTableModel::Field).data().toString(), QStringLiteral("sales_velocity"));
    QCOMPARE(model.index(1, AuditTableModel::NewValue).data().toString(), QStringLiteral("high_potential"));

    const QVector<AuditEntry> mentor = DetailRepository(db()).auditHistory(EntityKind::Mentor, 1);
    QCOMPARE(mentor.size(), 1);
    QCOMPARE(mentor.at(0).newValue, QStringLiteral("Mira M."));
    model.setEntries(&mentorTableSpec(), mentor);
    QCOMPARE(model.index(0, AuditTableModel::Field).data().toString(), QStringLiteral("Name"));
    model.setEntries(&spec, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestDetailModels::auditTableOfRecordLifecycle()
{
    const TableSpec& spec = sellerTableSpec();
    qint64 id = 0;
    {
        ProgramEditor editor(db(), kActor);
        id = editor.addRecord(spec, {{QStringLiteral("external_id"), QStringLiteral("EXT-NEW")},
                                     {QStringLiteral("shop_name"), QStringLiteral("Golf Goods")},
                                     {QStringLiteral("channel"), QStringLiteral("social")},
                                     {QStringLiteral("status"), QStringLiteral("prospect")},
                                     {QStringLiteral("tier"), QStringLiteral("standard")}});
        QVERIFY2(id > 0, qPrintable(editor.errorString()));
        QVERIFY(editor.deleteRecord(spec, id));
        editor.undoStack()->undo();
    }
    const QVector<AuditEntry> entries = DetailRepository(db()).auditHistory(EntityKind::Seller, id);
    QCOMPARE(entries.size(), 3);
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(&spec, entries);
    const QStringList fields{QStringLiteral("Record created or restored"), QStringLiteral("Record deleted"),
                             QStringLiteral("Record created or restored")};
    const QStringList before{QStringLiteral("(empty)"), QStringLiteral("Golf Goods"), QStringLiteral("(empty)")};
    const QStringList after{QStringLiteral("Golf Goods"), QStringLiteral("(empty)"), QStringLiteral("Golf Goods")};
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model.index(row, AuditTableModel::Field).data().toString(), fields.at(row));
        QCOMPARE(model.index(row, AuditTableModel::OldValue).data().toString(), before.at(row));
        QCOMPARE(model.index(row, AuditTableModel::NewValue).data().toString(), after.at(row));
    }
}

void TestDetailModels::facetModel_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("facet");
    QTest::addColumn<QString>("allLabel");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QVariantList>("values");

    QTest::newRow("category") << "seller"
                              << "category"
                              << "All: Category" << QStringList{"Electronics", "Food", "Handmade", "Toys"}
                              << QVariantList{"Electronics", "Food", "Handmade", "Toys"};
    QTest::newRow("status") << "seller"
                            << "status"
                            << "All: Status" << QStringList{"Not enrolled", "Enrolled", "Graduated", "Withdrawn"}
                            << QVariantList{"prospect", "enrolled", "graduated", "withdrawn"};
    QTest::newRow("cohort") << "seller"
                            << "cohort"
                            << "All: Cohort" << QStringList{"Summer 2026", "Spring 2026", "Winter 2025"}
                            << QVariantList{3, 1, 2};
    QTest::newRow("country") << "seller"
                             << "country"
                             << "All: Country" << QStringList{"DE", "FR", "PL"} << QVariantList{"DE", "FR", "PL"};
    QTest::newRow("mentor recognition") << "mentor"
                                        << "recognition_tier"
                                        << "All: Recognition" << QStringList{"None", "Bronze", "Silver", "Gold"}
                                        << QVariantList{"none", "bronze", "silver", "gold"};
}

void TestDetailModels::facetModel()
{
    QFETCH(QString, entity);
    QFETCH(QString, facet);
    QFETCH(QString, allLabel);
    QFETCH(QStringList, labels);
    QFETCH(QVariantList, values);

    const TableSpec& spec = entity == QLatin1String("mentor") ? mentorTableSpec() : sellerTableSpec();
    int facetIndex = -1;
    for (int i = 0; i < spec.facets.size(); ++i) {
        if (spec.facets.at(i).key == facet)
            facetIndex = i;
    }
    QVERIFY(facetIndex >= 0);

    FacetModel model(spec, facetIndex);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.load(db());
    QCOMPARE(model.facet().key, facet);
    QCOMPARE(model.rowCount(), labels.size() + 1);
    QCOMPARE(model.index(0, 0).data().toString(), allLabel);
    QVERIFY(model.index(0, 0).data(FacetModel::ValueRole).isNull());
    for (int i = 0; i < labels.size(); ++i) {
        const QModelIndex index = model.index(i + 1, 0);
        QCOMPARE(index.data().toString(), labels.at(i));
        QCOMPARE(index.data(FacetModel::ValueRole).toString(), values.at(i).toString());
        QCOMPARE(model.rowOf(values.at(i)), i + 1);
        QCOMPARE(model.rowOf(values.at(i).toString()), i + 1);
    }
    QCOMPARE(model.rowOf(QVariant()), 0);
    QCOMPARE(model.rowOf(QStringLiteral("no such value")), 0);

    // Every value offered restricts a workspace to exactly the matching records.
    PagedTableModel table(spec);
    QAbstractItemModelTester tableTester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.setDatabase(db(), &m_db->dialect(), nullptr);
    static const QHash<QString, QString> counts{
        {QStringLiteral("category"), QStringLiteral("SELECT count(*) FROM sellers WHERE category = ?")},
        {QStringLiteral("status"), QStringLiteral("SELECT count(*) FROM sellers WHERE status = ?")},
        {QStringLiteral("cohort"), QStringLiteral("SELECT count(*) FROM cohort_members WHERE cohort_id = ?")},
        {QStringLiteral("country"), QStringLiteral("SELECT count(*) FROM sellers WHERE country = ?")},
        {QStringLiteral("recognition_tier"), QStringLiteral("SELECT count(*) FROM mentors WHERE recognition_tier = ?")},
    };
    QVERIFY(counts.contains(facet));
    int total = 0;
    for (int row = 1; row < model.rowCount(); ++row) {
        const QVariant value = model.index(row, 0).data(FacetModel::ValueRole);
        table.setFacetValue(facet, value);
        const int expected = scalar(db(), counts.value(facet), {value}).toInt();
        QVERIFY2(table.rowCount() == expected, qPrintable(QStringLiteral("%1 = %2: %3 rows, expected %4")
                                                              .arg(facet, value.toString())
                                                              .arg(table.rowCount())
                                                              .arg(expected)));
        total += expected;
    }
    QVERIFY(total > 0);
    table.setFacetValue(facet, model.index(0, 0).data(FacetModel::ValueRole));
    QCOMPARE(table.rowCount(), int(table.unfilteredCount()));
}

void TestDetailModels::facetModelReloads()
{
    const TableSpec& spec = sellerTableSpec();
    FacetModel model(spec, 0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(db());
    QCOMPARE(model.rowCount(), 5);
    SQL_OK(execSql(db(), QStringLiteral("INSERT INTO sellers(external_id, shop_name, category, created_utc, "
                                        "updated_utc) VALUES ('EXT-7', 'Garden Gnomes', 'Garden', 'T0', 'T0')")));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.load(db());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.rowOf(QStringLiteral("Garden")), 3); // Electronics, Food, Garden, ...
    // A closed database offers the "All" entry only.
    model.load(QSqlDatabase());
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestDetailModels)
#include "test_detailmodels.moc"
