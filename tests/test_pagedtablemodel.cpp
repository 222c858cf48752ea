// SPDX-License-Identifier: GPL-3.0-or-later
// PagedTableModel over a seller table larger than its page cache: exact counts, rows in exactly
// the order SQL gives for every sortable column whatever the access pattern (keyset, OFFSET and
// reverse page loads), bounded memory, search (full-text and LIKE) and facets, edits through a
// ProgramEditor. A QAbstractItemModelTester watches the model for the whole run.
#include "domain/WorkspaceSpecs.h"
#include "editing/ProgramEditor.h"
#include "itemmodels/PagedTableModel.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <numeric>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

constexpr int kSellerCount = 7000; // 28 pages of 256: more than the cache's 24
constexpr int kMaximumCachedPages = 24;
const QString kActor = QStringLiteral("tester");

struct Expected {
    QVector<qint64> ids;
    QVariantList values; ///< The sorted column's value per row (empty when unsorted).
};

/// Rows as plain SQL orders them: `orderBy` is written here independently of the specs.
Expected expectedRows(const QSqlDatabase& db, const QString& valueColumn, const QString& where,
                      const QVariantList& values, const QString& orderBy,
                      const QString& table = QStringLiteral("sellers"))
{
    Expected expected;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, %1 FROM %2%3 ORDER BY %4")
                      .arg(valueColumn.isEmpty() ? QStringLiteral("NULL") : valueColumn, table, where, orderBy));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        qWarning("reference query failed: %s", qPrintable(query.lastError().text()));
    while (query.next()) {
        expected.ids << query.value(0).toLongLong();
        expected.values << query.value(1);
    }
    return expected;
}

/// The reference ORDER BY expression per sortable field: NOCASE for names, plain values
/// (NULLs first ascending) for dates and metrics.
QString referenceSort(const QString& key)
{
    static const QHash<QString, QString> sorts{
        {QStringLiteral("external_id"), QStringLiteral("external_id")},
        {QStringLiteral("shop_name"), QStringLiteral("shop_name COLLATE NOCASE")},
        {QStringLiteral("contact_name"), QStringLiteral("contact_name COLLATE NOCASE")},
        {QStringLiteral("email"), QStringLiteral("email COLLATE NOCASE")},
        {QStringLiteral("category"), QStringLiteral("category COLLATE NOCASE")},
        {QStringLiteral("channel"), QStringLiteral("channel")},
        {QStringLiteral("country"), QStringLiteral("country")},
        {QStringLiteral("status"), QStringLiteral("status")},
        {QStringLiteral("tier"), QStringLiteral("tier")},
        {QStringLiteral("signup_date"), QStringLiteral("signup_date")},
        {QStringLiteral("enrolment_date"), QStringLiteral("enrolment_date")},
        {QStringLiteral("latest_revenue"), QStringLiteral("latest_revenue")},
        {QStringLiteral("latest_listing_quality"), QStringLiteral("latest_listing_quality")},
    };
    return sorts.value(key);
}

/// The same for the mentor and cohort workspaces (small tables, sorted on any listed column).
QString referenceSort(const QString& entity, const QString& key)
{
    static const QHash<QString, QString> sorts{
        {QStringLiteral("mentor.external_id"), QStringLiteral("external_id")},
        {QStringLiteral("mentor.name"), QStringLiteral("name COLLATE NOCASE")},
        {QStringLiteral("mentor.email"), QStringLiteral("email COLLATE NOCASE")},
        {QStringLiteral("mentor.country"), QStringLiteral("country")},
        {QStringLiteral("mentor.weekly_hours"), QStringLiteral("weekly_hours")},
        {QStringLiteral("mentor.capacity"), QStringLiteral("capacity")},
        {QStringLiteral("mentor.open_pairings"),
         QStringLiteral("(SELECT count(*) FROM pairings p WHERE p.mentor_id = mentors.id AND p.status IN "
                        "('trial', 'active'))")},
        {QStringLiteral("mentor.recognition_tier"), QStringLiteral("recognition_tier")},
        {QStringLiteral("mentor.stipend_rate"), QStringLiteral("stipend_rate")},
        // NULL (no rating yet) sorts first, as the model's -1 does.
        {QStringLiteral("mentor.average_rating"),
         QStringLiteral("(SELECT avg(f.rating) FROM feedback f JOIN pairings p ON p.id = f.pairing_id WHERE "
                        "p.mentor_id = mentors.id AND f.direction = 'mentee_to_mentor')")},
        {QStringLiteral("mentor.rating_count"),
         QStringLiteral("(SELECT count(*) FROM feedback f JOIN pairings p ON p.id = f.pairing_id WHERE "
                        "p.mentor_id = mentors.id AND f.direction = 'mentee_to_mentor')")},
        {QStringLiteral("cohort.name"), QStringLiteral("name")},
        {QStringLiteral("cohort.start_date"), QStringLiteral("start_date")},
        {QStringLiteral("cohort.end_date"), QStringLiteral("end_date")},
        {QStringLiteral("cohort.focus_category"), QStringLiteral("focus_category")},
        {QStringLiteral("cohort.members"),
         QStringLiteral("(SELECT count(*) FROM cohort_members m WHERE m.cohort_id = cohorts.id)")},
    };
    return entity == QLatin1String("seller") ? referenceSort(key) : sorts.value(entity + QLatin1Char('.') + key);
}

/// A search condition equivalent to the model's: every word occurs, ignoring ASCII case, in
/// one of the searched columns. instr() keeps % and _ literal.
QString referenceSearch(const QString& text, QVariantList* values)
{
    QStringList conditions;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        QStringList alternatives;
        for (const char* column : {"external_id", "shop_name", "contact_name", "email"}) {
            alternatives << QStringLiteral("instr(lower(%1), lower(?)) > 0").arg(QLatin1String(column));
            *values << word;
        }
        conditions << QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    return conditions.join(QLatin1String(" AND "));
}

QString describeValue(const QVariant& value)
{
    return value.isNull() ? QStringLiteral("NULL") : value.toString();
}

/// Row indices in the order a user (or a view) might ask for them.
QVector<int> accessOrder(const QString& pattern, int rows, int pageSize)
{
    QVector<int> order;
    order.reserve(rows);
    if (pattern == QLatin1String("forward")) {
        for (int r = 0; r < rows; ++r)
            order << r;
    } else if (pattern == QLatin1String("backward")) {
        for (int r = rows - 1; r >= 0; --r)
            order << r;
    } else if (pattern == QLatin1String("jumps") && rows >= 3) {
        // The last row first, then the middle, then backwards to the top, then the rest.
        const int middle = rows / 2;
        order << rows - 1 << middle;
        for (int r = middle - 1; r >= 0; --r)
            order << r;
        for (int r = middle + 1; r < rows - 1; ++r)
            order << r;
    } else if (pattern == QLatin1String("pages") || pattern == QLatin1String("jumps")) {
        // Whole pages in an order that hops across the table, alternately read top-down and
        // bottom-up: anchors of far-away pages, evictions and OFFSET loads from either end.
        const int pages = (rows + pageSize - 1) / pageSize;
        int stride = 11;
        while (pages > 0 && std::gcd(stride, pages) != 1)
            ++stride;
        for (int k = 0; k < pages; ++k) {
            const int page = (k * stride + 5) % pages;
            const int first = page * pageSize;
            const int last = std::min(rows, first + pageSize) - 1;
            if (k % 2 == 0) {
                for (int r = first; r <= last; ++r)
                    order << r;
            } else {
                for (int r = last; r >= first; --r)
                    order << r;
            }
        }
    }
    return order;
}

} // namespace

class TestPagedTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void rowCountIsExact();
    void rowsFollowSqlOrder_data();
    void rowsFollowSqlOrder();
    void otherWorkspacesFollowSqlOrder_data();
    void otherWorkspacesFollowSqlOrder();
    void rowContentMatchesDatabase();
    void searchMatchesSqlLike_data();
    void searchMatchesSqlLike();
    void shortSearchWaitsForMoreLettersOnBigTables();
    void searchNarrowsAsYouType_data();
    void searchNarrowsAsYouType();
    void searchIgnoresCaseOfAnyLetter_data();
    void searchIgnoresCaseOfAnyLetter();
    void facetsCombineWithSearch_data();
    void facetsCombineWithSearch();
    void unsortableColumnSortIsIgnored_data();
    void unsortableColumnSortIsIgnored();
    void rowOfRecordAgreesWithVisitedOrder_data();
    void rowOfRecordAgreesWithVisitedOrder();
    void flagsFollowTheSpec();
    void setDataGoesThroughTheEditor();
    void setDataToggleCheckbox();
    void setDataRefusesInvalidValues_data();
    void setDataRefusesInvalidValues();
    void addedAndDeletedRecordsRefreshCounts();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    int column(const QString& key) const { return sellerTableSpec().fieldIndex(key); }
    void fillProgram();
    void visitAndCompare(const Expected& expected, const QString& pattern, int valueColumn);
    void visitModel(PagedTableModel* model, const Expected& expected, const QString& pattern, int valueColumn);
    qint64 auditCount() const { return scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_db;
    std::unique_ptr<ProgramEditor> m_editor;
    std::unique_ptr<PagedTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPagedTableModel::fillProgram()
{
    static const char* const adjectives[] = {"Alpha", "Bright", "Cosy",  "Daily",  "Eco",
                                             "Fresh", "Golden", "Happy", "Indigo", "Jolly"};
    static const char* const nouns[] = {"Crafts", "Bits",    "Goods",  "Deals",  "Threads",
                                        "Bakery", "Gadgets", "Studio", "Market", "Corner"};
    static const char* const firstNames[] = {"Ann", "Bob", "Chloe", "Dev", "Emre", "Fatima", "Goran", "Hana"};
    static const char* const lastNames[] = {"Berg", "Costa", "Dubois", "Evans", "Fischer", "Garcia"};
    static const char* const domains[] = {"example.com", "shop.test", "mail.example.org"};
    static const char* const categories[] = {"Handmade", "handmade", "Electronics", "Food", "Fashion", "Home", "Toys"};
    static const char* const channels[] = {"own_storefront", "marketplace_app", "wholesale", "social"};
    static const char* const countries[] = {"DE", "FR", "PL", "ES", "IT", "NL", "US", ""};
    static const char* const statuses[] = {"prospect", "enrolled", "enrolled", "enrolled", "graduated", "withdrawn"};

    QSqlDatabase connection = db();
    QVERIFY(connection.transaction());
    SQL_OK(execSql(connection, QStringLiteral("INSERT INTO cohorts(id, name, start_date, created_utc, updated_utc) "
                                              "VALUES (1, 'Winter 2025', '2025-11-01', 'T0', 'T0'), "
                                              "(2, 'Spring 2026', '2026-03-01', 'T0', 'T0'), "
                                              "(3, 'Summer 2026', '2026-06-01', 'T0', 'T0')")));
    QSqlQuery seller(connection);
    QVERIFY(seller.prepare(QStringLiteral(
        "INSERT INTO sellers(id, external_id, shop_name, contact_name, email, category, channel, country, status, "
        "tier, signup_date, enrolment_date, created_utc, updated_utc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'T0','T0')")));
    QSqlQuery snapshot(connection);
    QVERIFY(snapshot.prepare(QStringLiteral("INSERT INTO seller_metric_snapshots(seller_id, snapshot_date, revenue, "
                                            "orders, returned_orders, listing_quality) VALUES (?,?,?,?,?,?)")));
    QSqlQuery member(connection);
    QVERIFY(member.prepare(
        QStringLiteral("INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES (?, ?, '2026-01-01')")));

    quint32 state = 12345;
    const auto next = [&state](quint32 bound) {
        state = state * 1103515245u + 12345u;
        return (state >> 8) % bound;
    };
    for (int i = 1; i <= kSellerCount; ++i) {
        const QString first = QLatin1String(firstNames[next(8)]);
        const QString last = QLatin1String(lastNames[next(6)]);
        QString shop =
            QStringLiteral("%1 %2 %3").arg(QLatin1String(adjectives[next(10)]), QLatin1String(nouns[next(10)])).arg(i);
        if (i % 97 == 0)
            shop = QStringLiteral("Deal_Hub %1").arg(i);
        else if (i % 89 == 0)
            shop = QStringLiteral("100% Organic %1").arg(i);
        else if (i % 5 == 0)
            shop = shop.toLower();
        else if (i % 11 == 0)
            shop = shop.toUpper();
        const QString separator = i % 13 == 0 ? QStringLiteral("_") : QStringLiteral(".");
        const QString email = QStringLiteral("%1%2%3%4@%5")
                                  .arg(first.toLower(), separator, last.toLower())
                                  .arg(i)
                                  .arg(QLatin1String(domains[next(3)]));
        const QString category = i % 50 == 0 ? QString(QLatin1String("")) : QLatin1String(categories[next(7)]);
        const QVariant signup =
            i % 9 == 0 ? QVariant() : QVariant(QDate(2024, 1, 1).addDays(int(next(700))).toString(Qt::ISODate));
        const QVariant enrolment =
            i % 4 == 0 ? QVariant() : QVariant(QDate(2025, 9, 1).addDays(7 * int(next(30))).toString(Qt::ISODate));
        seller.addBindValue(i);
        seller.addBindValue(QStringLiteral("MKT-%1").arg((qint64(i) * 7919) % 100003, 6, 10, QLatin1Char('0')));
        seller.addBindValue(shop);
        seller.addBindValue(QStringLiteral("%1 %2").arg(first, last));
        seller.addBindValue(email);
        seller.addBindValue(category);
        seller.addBindValue(QLatin1String(channels[next(4)]));
        seller.addBindValue(QLatin1String(countries[next(8)]));
        seller.addBindValue(QLatin1String(statuses[next(6)]));
        seller.addBindValue(next(5) == 0 ? QStringLiteral("high_potential") : QStringLiteral("standard"));
        seller.addBindValue(signup);
        seller.addBindValue(enrolment);
        QVERIFY2(seller.exec(), qPrintable(seller.lastError().text()));

        // Two thirds have metrics (a few without revenue); revenue repeats a lot.
        if (i % 3 != 0) {
            const int snapshots = 1 + int(next(2));
            for (int s = 0; s < snapshots; ++s) {
                snapshot.addBindValue(i);
                snapshot.addBindValue(QDate(2026, 1, 31).addMonths(s).toString(Qt::ISODate));
                snapshot.addBindValue(i % 31 == 0 ? QVariant() : QVariant(double(next(120)) * 25.5));
                snapshot.addBindValue(int(next(200)));
                snapshot.addBindValue(int(next(10)));
                snapshot.addBindValue(i % 17 == 0 ? QVariant() : QVariant(double(next(101))));
                QVERIFY2(snapshot.exec(), qPrintable(snapshot.lastError().text()));
            }
        }
        const int cohort = i % 10 <= 2 ? 1 : (i % 10 <= 4 ? 2 : (i % 10 == 5 ? 3 : 0));
        if (cohort > 0) {
            member.addBindValue(i);
            member.addBindValue(cohort);
            QVERIFY2(member.exec(), qPrintable(member.lastError().text()));
        }
    }
    // 600 mentors and 600 cohorts (more than two pages each) for the other workspaces, with
    // open and ended pairings and cohort members for their computed columns.
    static const char* const tiers[] = {"none", "bronze", "silver", "gold"};
    QSqlQuery mentor(connection);
    QVERIFY(mentor.prepare(QStringLiteral(
        "INSERT INTO mentors(id, name, email, country, weekly_hours, capacity, recognition_tier, stipend_rate, "
        "created_utc, updated_utc) VALUES (?,?,?,?,?,?,?,?,'T0','T0')")));
    for (int i = 1; i <= 600; ++i) {
        QString name = QStringLiteral("%1 %2 %3")
                           .arg(QLatin1String(firstNames[next(8)]), QLatin1String(lastNames[next(6)]))
                           .arg(i);
        if (i % 4 == 0)
            name = name.toLower();
        mentor.addBindValue(i);
        mentor.addBindValue(name);
        mentor.addBindValue(QStringLiteral("mentor%1@%2").arg(i).arg(QLatin1String(domains[next(3)])));
        mentor.addBindValue(QLatin1String(countries[next(8)]));
        mentor.addBindValue(i % 5 == 0 ? QVariant() : QVariant(double(next(80))));
        mentor.addBindValue(int(next(51)));
        mentor.addBindValue(QLatin1String(tiers[next(4)]));
        mentor.addBindValue(i % 3 == 0 ? QVariant() : QVariant(double(next(8)) * 50.0));
        QVERIFY2(mentor.exec(), qPrintable(mentor.lastError().text()));
    }
    QSqlQuery pairing(connection);
    QVERIFY(pairing.prepare(QStringLiteral(
        "INSERT INTO pairings(mentor_id, mentee_id, status, started_on, ended_on, end_reason, created_utc, "
        "updated_utc) VALUES (?, ?, ?, '2025-10-01', ?, ?, 'T0', 'T0')")));
    for (int i = 1; i <= 1800; ++i) {
        const int kind = int(next(3));
        pairing.addBindValue(int(next(600)) + 1);
        pairing.addBindValue(i);
        pairing.addBindValue(kind == 0 ? QStringLiteral("ended")
                                       : (kind == 1 ? QStringLiteral("trial") : QStringLiteral("active")));
        pairing.addBindValue(kind == 0 ? QVariant(QStringLiteral("2026-01-01")) : QVariant());
        pairing.addBindValue(kind == 0 ? QVariant(QStringLiteral("completed")) : QVariant());
        QVERIFY2(pairing.exec(), qPrintable(pairing.lastError().text()));
    }
    QSqlQuery cohort(connection);
    QVERIFY(cohort.prepare(QStringLiteral("INSERT INTO cohorts(id, name, start_date, end_date, focus_category, "
                                          "created_utc, updated_utc) VALUES (?,?,?,?,?,'T0','T0')")));
    for (int i = 4; i <= 600; ++i) {
        const QDate start = QDate(2024, 1, 1).addMonths(int(next(36)));
        cohort.addBindValue(i);
        cohort.addBindValue(QStringLiteral("%1 %2")
                                .arg(i % 3 == 0 ? QStringLiteral("cohort") : QStringLiteral("Cohort"))
                                .arg(i, 3, 10, QLatin1Char('0')));
        cohort.addBindValue(start.toString(Qt::ISODate));
        cohort.addBindValue(i % 2 == 0 ? QVariant() : QVariant(start.addMonths(3).toString(Qt::ISODate)));
        cohort.addBindValue(i % 7 == 0 ? QString(QLatin1String("")) : QLatin1String(categories[next(7)]));
        QVERIFY2(cohort.exec(), qPrintable(cohort.lastError().text()));
    }
    for (int i = 1; i <= kSellerCount; ++i) {
        if (i % 10 >= 6) {
            member.addBindValue(i);
            member.addBindValue(4 + int(next(200))); // cohorts 204..600 stay empty
            QVERIFY2(member.exec(), qPrintable(member.lastError().text()));
        }
    }
    QVERIFY(connection.commit());
}

void TestPagedTableModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<ProgramDatabase>();
    QCOMPARE(m_db->open(m_dir->filePath(QStringLiteral("paged.mentordesk"))), ProgramDatabase::Outcome::Created);
    fillProgram();
    if (QTest::currentTestFailed())
        return;
    // The fixture has what the sort tests need: NULLs and heavy duplicates.
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM sellers WHERE latest_revenue IS NULL")).toInt() > 2000);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(DISTINCT latest_revenue) FROM sellers")).toInt() < 150);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM sellers WHERE enrolment_date IS NULL")).toInt() > 1000);

    m_editor = std::make_unique<ProgramEditor>(db(), kActor);
    m_model = std::make_unique<PagedTableModel>(sellerTableSpec());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setDatabase(db(), &m_db->dialect(), m_editor.get());
}

void TestPagedTableModel::init()
{
    m_model->setShortSearchScanLimit(100000);
    m_model->setSearchText(QString());
    for (const FacetSpec& facet : sellerTableSpec().facets)
        m_model->setFacetValue(facet.key, QVariant());
    m_model->sort(-1);
    m_model->refresh(); // no pages left over from the previous test
    QCOMPARE(m_model->rowCount(), int(scalar(db(), QStringLiteral("SELECT count(*) FROM sellers")).toLongLong()));
}

void TestPagedTableModel::cleanupTestCase()
{
    m_tester.reset();
    m_model.reset();
    m_editor.reset();
    m_db.reset();
    m_dir.reset();
}

void TestPagedTableModel::visitAndCompare(const Expected& expected, const QString& pattern, int valueColumn)
{
    visitModel(m_model.get(), expected, pattern, valueColumn);
}

void TestPagedTableModel::visitModel(PagedTableModel* model, const Expected& expected, const QString& pattern,
                                     int valueColumn)
{
    QCOMPARE(model->rowCount(), int(expected.ids.size()));
    const QVector<int> order = accessOrder(pattern, model->rowCount(), model->pageSize());
    QCOMPARE(order.size(), expected.ids.size());
    QVector<bool> seen(order.size(), false);
    for (int row : order) {
        QVERIFY2(!seen.at(row), "the access pattern visits a row twice");
        seen[row] = true;
        const QModelIndex index = model->index(row, valueColumn < 0 ? 0 : valueColumn);
        const qint64 id = index.data(PagedTableModel::RecordIdRole).toLongLong();
        if (id != expected.ids.at(row)) {
            QFAIL(qPrintable(QStringLiteral("row %1 (%2 visit): model has id %3, SQL has id %4")
                                 .arg(row)
                                 .arg(pattern)
                                 .arg(id)
                                 .arg(expected.ids.at(row))));
        }
        if (valueColumn >= 0) {
            const QVariant value = index.data(Qt::EditRole);
            const QVariant want = expected.values.at(row);
            if (value.isNull() != want.isNull() || value.toString() != want.toString()) {
                QFAIL(qPrintable(QStringLiteral("row %1: model value %2, SQL value %3")
                                     .arg(row)
                                     .arg(describeValue(value), describeValue(want))));
            }
        }
        QVERIFY2(model->cachedPageCount() <= kMaximumCachedPages,
                 qPrintable(QStringLiteral("%1 pages cached").arg(model->cachedPageCount())));
    }
    QCOMPARE(model->cachedPageCount() > 0, !expected.ids.isEmpty());
    QVERIFY2(model->cachedPageCount() <= kMaximumCachedPages,
             qPrintable(QStringLiteral("%1 pages cached").arg(model->cachedPageCount())));
    QVERIFY(model->lastError().isEmpty());
}

// ---------------------------------------------------------------------------------------------

void TestPagedTableModel::rowCountIsExact()
{
    QCOMPARE(m_model->rowCount(), kSellerCount);
    QCOMPARE(m_model->unfilteredCount(), qint64(kSellerCount));
    QCOMPARE(m_model->columnCount(), int(sellerTableSpec().fields.size()));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    // Only what is asked for is read (the model tester has looked at the first row).
    QVERIFY(m_model->cachedPageCount() <= 1);
    QCOMPARE(m_model->index(kSellerCount - 1, 0).data(PagedTableModel::RecordIdRole).toLongLong(),
             scalar(db(), QStringLiteral("SELECT max(id) FROM sellers")).toLongLong());
    QVERIFY(m_model->cachedPageCount() <= 2);
    QVERIFY(!m_model->index(kSellerCount, 0).isValid());
}

void TestPagedTableModel::rowsFollowSqlOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("pattern");

    const QStringList patterns{QStringLiteral("forward"), QStringLiteral("backward"), QStringLiteral("jumps"),
                               QStringLiteral("pages")};
    const TableSpec& spec = sellerTableSpec();
    QVector<int> columns{-1};
    for (int c = 0; c < spec.fields.size(); ++c) {
        if (!spec.fields.at(c).sortExpression.isEmpty())
            columns << c;
    }
    for (int c : std::as_const(columns)) {
        for (int order : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)}) {
            if (c < 0 && order == Qt::DescendingOrder)
                continue; // "unsorted" has one order only
            for (const QString& pattern : patterns) {
                const QString name =
                    QStringLiteral("%1 %2 %3")
                        .arg(c < 0 ? QStringLiteral("unsorted") : spec.fields.at(c).key,
                             order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"), pattern);
                QTest::newRow(qPrintable(name)) << c << order << pattern;
            }
        }
    }
}

void TestPagedTableModel::rowsFollowSqlOrder()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, pattern);

    const Qt::SortOrder sortOrder = Qt::SortOrder(order);
    const QString direction = sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString orderBy = QStringLiteral("id") + direction;
    QString valueColumn;
    if (column >= 0) {
        const QString key = sellerTableSpec().fields.at(column).key;
        const QString reference = referenceSort(key);
        if (reference.isEmpty())
            QFAIL(
                qPrintable(QStringLiteral("column %1 became sortable: add its reference order to the test").arg(key)));
        orderBy = reference + direction + QStringLiteral(", id") + direction;
        valueColumn = key;
    }
    m_model->sort(column, sortOrder);
    QCOMPARE(m_model->sortColumn(), column);
    QCOMPARE(m_model->sortOrder(), sortOrder);
    const Expected expected = expectedRows(db(), valueColumn, QString(), {}, orderBy);
    QCOMPARE(expected.ids.size(), kSellerCount);
    visitAndCompare(expected, pattern, column);
}

void TestPagedTableModel::otherWorkspacesFollowSqlOrder_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("pattern");

    for (const QString& entity : {QStringLiteral("mentor"), QStringLiteral("cohort")}) {
        const TableSpec& spec = entity == QLatin1String("mentor") ? mentorTableSpec() : cohortTableSpec();
        for (int c = 0; c < spec.fields.size(); ++c) {
            if (spec.fields.at(c).sortExpression.isEmpty())
                continue;
            for (int order : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)}) {
                for (const QString& pattern : {QStringLiteral("jumps"), QStringLiteral("pages")}) {
                    const QString name =
                        QStringLiteral("%1 %2 %3 %4")
                            .arg(entity, spec.fields.at(c).key,
                                 order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"), pattern);
                    QTest::newRow(qPrintable(name)) << entity << c << order << pattern;
                }
            }
        }
    }
}

void TestPagedTableModel::otherWorkspacesFollowSqlOrder()
{
    QFETCH(QString, entity);
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, pattern);

    const TableSpec& spec = entity == QLatin1String("mentor") ? mentorTableSpec() : cohortTableSpec();
    const QString key = spec.fields.at(column).key;
    const QString reference = referenceSort(entity, key);
    if (reference.isEmpty())
        QFAIL(
            qPrintable(QStringLiteral("%1.%2 became sortable: add its reference order to the test").arg(entity, key)));
    PagedTableModel model(spec);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(db(), &m_db->dialect(), m_editor.get());
    const Qt::SortOrder sortOrder = Qt::SortOrder(order);
    model.sort(column, sortOrder);
    QCOMPARE(model.sortColumn(), column);
    const QString direction = sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const Expected expected = expectedRows(db(), reference, QString(), {},
                                           reference + direction + QStringLiteral(", id") + direction, spec.table);
    QCOMPARE(expected.ids.size(), 600);
    visitModel(&model, expected, pattern, column);
}

void TestPagedTableModel::rowContentMatchesDatabase()
{
    const TableSpec& spec = sellerTableSpec();
    m_model->sort(column(QStringLiteral("shop_name")), Qt::DescendingOrder);
    for (int row = 0; row < m_model->rowCount(); row += 211) {
        const qint64 id = m_model->recordId(row);
        QVERIFY(id > 0);
        QCOMPARE(m_model->index(row, 3).data(PagedTableModel::RecordIdRole).toLongLong(), id);
        for (int c = 0; c < spec.fields.size(); ++c) {
            const FieldSpec& field = spec.fields.at(c);
            const QModelIndex index = m_model->index(row, c);
            const QVariant expected =
                field.key == QLatin1String("cohort")
                    ? scalar(db(),
                             QStringLiteral("SELECT c.name FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id "
                                            "WHERE m.seller_id = ? UNION ALL SELECT NULL LIMIT 1"),
                             {id})
                : !field.selectExpression.isEmpty() // computed: languages, brands (schema version 5)
                    ? scalar(db(),
                             QStringLiteral("SELECT %1 FROM sellers t WHERE t.id = ?").arg(field.selectExpression),
                             {id})
                    : scalar(db(), QStringLiteral("SELECT %1 FROM sellers WHERE id = ?").arg(field.key), {id});
            const QVariant stored = index.data(Qt::EditRole);
            QVERIFY2(stored.isNull() == expected.isNull() && stored.toString() == expected.toString(),
                     qPrintable(QStringLiteral("row %1 %2: %3 vs %4")
                                    .arg(row)
                                    .arg(field.key, describeValue(stored), describeValue(expected))));
            QCOMPARE(index.data(PagedTableModel::FieldKeyRole).toString(), field.key);
            if (field.type == FieldType::Boolean) {
                QVERIFY(!index.data(Qt::DisplayRole).isValid());
                QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(expected.toBool() ? Qt::Checked : Qt::Unchecked));
            } else {
                QCOMPARE(index.data(Qt::DisplayRole).toString(), field.displayText(expected));
                QVERIFY(!index.data(Qt::CheckStateRole).isValid());
            }
        }
    }
    QCOMPARE(m_model->headerData(column(QStringLiteral("email")), Qt::Horizontal).toString(), QStringLiteral("E-mail"));
    QCOMPARE(m_model->headerData(2, Qt::Horizontal, PagedTableModel::FieldKeyRole).toString(), spec.fields.at(2).key);
}

void TestPagedTableModel::searchMatchesSqlLike_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expectMatches");

    QTest::newRow("one letter (LIKE)") << "q" << false;
    QTest::newRow("one letter common (LIKE)") << "y" << true;
    QTest::newRow("two letters (LIKE)") << "ec" << true;
    QTest::newRow("three letters (index)") << "eco" << true;
    QTest::newRow("upper case (index)") << "ECO" << true;
    QTest::newRow("mixed case short (LIKE)") << "Go" << true;
    QTest::newRow("two long words (index)") << "golden craft" << true;
    QTest::newRow("two short words (LIKE)") << "go cr" << true;
    QTest::newRow("long and short word (LIKE)") << "golden cr" << true;
    QTest::newRow("padded") << "   bakery   " << true;
    QTest::newRow("percent literal (index)") << "100%" << true;
    QTest::newRow("percent alone (LIKE)") << "%" << true;
    QTest::newRow("underscore alone (LIKE)") << "_" << true;
    QTest::newRow("underscore word (index)") << "deal_hub" << true;
    QTest::newRow("underscore in e-mail (index)") << "n_gar" << true;
    QTest::newRow("external id prefix (index)") << "MKT-00" << true;
    QTest::newRow("e-mail domain (index)") << "shop.test" << true;
    QTest::newRow("contact (index)") << "fatima garcia" << true;
    QTest::newRow("number (index)") << "123" << true;
    QTest::newRow("quote character") << "a\"b" << false;
    QTest::newRow("nothing") << "zzzz" << false;
}

void TestPagedTableModel::searchMatchesSqlLike()
{
    QFETCH(QString, text);
    QFETCH(bool, expectMatches);

    QSignalSpy errors(m_model.get(), &PagedTableModel::errorOccurred);
    QSignalSpy counts(m_model.get(), &PagedTableModel::countsChanged);
    m_model->setSearchText(text);
    QCOMPARE(counts.count(), 1);
    QVariantList values;
    const QString where = QStringLiteral(" WHERE ") + referenceSearch(text, &values);
    const Expected expected = expectedRows(db(), QString(), where, values, QStringLiteral("id"));
    QCOMPARE(expected.ids.isEmpty(), !expectMatches);
    QCOMPARE(m_model->rowCount(), int(expected.ids.size()));
    QCOMPARE(m_model->unfilteredCount(),
             qint64(scalar(db(), QStringLiteral("SELECT count(*) FROM sellers")).toLongLong()));
    visitAndCompare(expected, QStringLiteral("forward"), -1);
    QCOMPARE(errors.count(), 0);

    // Setting the same text again (up to white space) does not reload.
    m_model->setSearchText(text + QLatin1Char(' '));
    QCOMPARE(counts.count(), 1);
}

// Typing one more character never brings up records the shorter text did not show: a
// coordinator who sees "no sellers" after two letters stops typing.
void TestPagedTableModel::searchNarrowsAsYouType_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("surname") << "garcia";
    QTest::newRow("surname inside e-mail") << "fischer";
    QTest::newRow("shop word") << "bakery";
    QTest::newRow("shop start") << "golden";
    QTest::newRow("marketplace ID") << "MKT-01";
    QTest::newRow("e-mail domain") << "shop.test";
}

// A table bigger than the scan limit is not scanned for a word too short for the trigram
// index: the rows stay as they are (so typing still only narrows) until the word is long enough.
void TestPagedTableModel::shortSearchWaitsForMoreLettersOnBigTables()
{
    const int all = m_model->rowCount();
    QVariantList values;
    const QString where = QStringLiteral(" WHERE ") + referenceSearch(QStringLiteral("ga"), &values);
    const int shortMatches = int(expectedRows(db(), QString(), where, values, QStringLiteral("id")).ids.size());
    QVERIFY(shortMatches > 0 && shortMatches < all);

    m_model->setShortSearchScanLimit(all - 1);
    m_model->setSearchText(QStringLiteral("ga"));
    QVERIFY(m_model->isSearchTextTooShort());
    QCOMPARE(m_model->rowCount(), all);
    QCOMPARE(m_model->minimumSearchLength(), 3);

    m_model->setSearchText(QStringLiteral("gar"));
    QVERIFY(!m_model->isSearchTextTooShort());
    QVERIFY(m_model->rowCount() < shortMatches);

    const int garMatches = m_model->rowCount();
    m_model->setSearchText(QStringLiteral("gar ci"));
    QVERIFY(m_model->isSearchTextTooShort());
    QCOMPARE(m_model->rowCount(), garMatches);

    m_model->setShortSearchScanLimit(all);
    m_model->setSearchText(QStringLiteral("ga"));
    QVERIFY(!m_model->isSearchTextTooShort());
    QCOMPARE(m_model->rowCount(), shortMatches);
}

void TestPagedTableModel::searchNarrowsAsYouType()
{
    QFETCH(QString, text);

    QSet<qint64> previous;
    for (int length = 1; length <= text.size(); ++length) {
        m_model->setSearchText(text.left(length));
        QSet<qint64> found;
        for (int row = 0; row < m_model->rowCount(); ++row)
            found.insert(m_model->recordId(row));
        if (length > 1) {
            const QSet<qint64> appeared = found - previous;
            QVERIFY2(appeared.isEmpty(), qPrintable(QStringLiteral("“%1” shows %2 records that “%3” did not show "
                                                                   "(%4 against %5)")
                                                        .arg(text.left(length))
                                                        .arg(appeared.size())
                                                        .arg(text.left(length - 1))
                                                        .arg(found.size())
                                                        .arg(previous.size())));
        }
        previous = found;
    }
    QVERIFY(!previous.isEmpty());
}

// Sellers in Germany, Poland or France have names with non-ASCII letters; a search must not
// depend on their case, however short the text is.
void TestPagedTableModel::searchIgnoresCaseOfAnyLetter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("shops");

    const QString oko = QStringLiteral("Öko Laden");
    const QString mobel = QStringLiteral("Möbel Müller");
    const QString lodz = QStringLiteral("Łódź Ceramika");
    QTest::newRow("ö (LIKE)") << QStringLiteral("ö") << QStringList{oko, mobel};
    QTest::newRow("Ö (LIKE)") << QStringLiteral("Ö") << QStringList{oko, mobel};
    QTest::newRow("ó (LIKE)") << QStringLiteral("ó") << QStringList{lodz};
    QTest::newRow("ök (LIKE)") << QStringLiteral("ök") << QStringList{oko};
    QTest::newRow("öko (index)") << QStringLiteral("öko") << QStringList{oko};
    QTest::newRow("ÖKO (index)") << QStringLiteral("ÖKO") << QStringList{oko};
    QTest::newRow("mü (LIKE)") << QStringLiteral("mü") << QStringList{mobel};
    QTest::newRow("MÜ (LIKE)") << QStringLiteral("MÜ") << QStringList{mobel};
    QTest::newRow("MÜLLER (index)") << QStringLiteral("MÜLLER") << QStringList{mobel};
    QTest::newRow("ŁÓ (LIKE)") << QStringLiteral("ŁÓ") << QStringList{lodz};
    QTest::newRow("łódź (index)") << QStringLiteral("łódź") << QStringList{lodz};
}

void TestPagedTableModel::searchIgnoresCaseOfAnyLetter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, shops);

    SQL_OK(execSql(db(), QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, created_utc, updated_utc) "
                                        "VALUES (900001, 'INT-1', 'Öko Laden', 'T0', 'T0'), "
                                        "(900002, 'INT-2', 'Möbel Müller', 'T0', 'T0'), "
                                        "(900003, 'INT-3', 'Łódź Ceramika', 'T0', 'T0')")));
    const auto removeThem = qScopeGuard([this] {
        execSql(db(), QStringLiteral("DELETE FROM sellers WHERE id > 900000"));
        m_model->refresh();
    });
    m_model->refresh();
    m_model->sort(column(QStringLiteral("shop_name")), Qt::AscendingOrder);
    m_model->setSearchText(text);
    QStringList found;
    for (int row = 0; row < m_model->rowCount(); ++row)
        found << m_model->index(row, column(QStringLiteral("shop_name"))).data().toString();
    found.sort();
    shops.sort();
    QCOMPARE(found, shops);
}

void TestPagedTableModel::facetsCombineWithSearch_data()
{
    QTest::addColumn<QVariantMap>("facets");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("expectMatches");

    const auto facets = [](std::initializer_list<std::pair<const char*, QVariant>> items) {
        QVariantMap map;
        for (const auto& item : items)
            map.insert(QLatin1String(item.first), item.second);
        return map;
    };
    QTest::newRow("category") << facets({{"category", QStringLiteral("Electronics")}}) << QString() << QString()
                              << int(Qt::AscendingOrder) << true;
    QTest::newRow("category ignores case") << facets({{"category", QStringLiteral("handmade")}}) << QString()
                                           << "category" << int(Qt::DescendingOrder) << true;
    QTest::newRow("status") << facets({{"status", QStringLiteral("graduated")}}) << QString() << "shop_name"
                            << int(Qt::AscendingOrder) << true;
    QTest::newRow("cohort") << facets({{"cohort", qint64(2)}}) << QString() << "latest_revenue"
                            << int(Qt::DescendingOrder) << true;
    QTest::newRow("country") << facets({{"country", QStringLiteral("DE")}}) << QString() << "enrolment_date"
                             << int(Qt::AscendingOrder) << true;
    QTest::newRow("all four") << facets({{"category", QStringLiteral("Food")},
                                         {"status", QStringLiteral("enrolled")},
                                         {"cohort", qint64(1)},
                                         {"country", QStringLiteral("FR")}})
                              << QString() << "email" << int(Qt::AscendingOrder) << true;
    QTest::newRow("cohort and indexed search") << facets({{"cohort", qint64(1)}}) << "eco"
                                               << "shop_name" << int(Qt::DescendingOrder) << true;
    QTest::newRow("status and short search") << facets({{"status", QStringLiteral("enrolled")}}) << "go"
                                             << "latest_listing_quality" << int(Qt::AscendingOrder) << true;
    QTest::newRow("country, category and search")
        << facets({{"country", QStringLiteral("PL")}, {"category", QStringLiteral("Toys")}}) << "bright"
        << "contact_name" << int(Qt::AscendingOrder) << true;
    QTest::newRow("no match") << facets({{"category", QStringLiteral("Toys")}, {"cohort", qint64(3)}}) << "deal_hub 1"
                              << QString() << int(Qt::AscendingOrder) << false;
}

void TestPagedTableModel::facetsCombineWithSearch()
{
    QFETCH(QVariantMap, facets);
    QFETCH(QString, search);
    QFETCH(QString, sortKey);
    QFETCH(int, order);
    QFETCH(bool, expectMatches);

    static const QHash<QString, QString> conditions{
        // Categories that differ only in case ("Handmade", "handmade") are one category.
        {QStringLiteral("category"), QStringLiteral("lower(category) = lower(?)")},
        {QStringLiteral("status"), QStringLiteral("status = ?")},
        {QStringLiteral("cohort"), QStringLiteral("EXISTS (SELECT 1 FROM cohort_members m WHERE m.seller_id = "
                                                  "sellers.id AND m.cohort_id = ?)")},
        {QStringLiteral("country"), QStringLiteral("country = ?")},
    };
    QStringList where;
    QVariantList values;
    for (auto it = facets.constBegin(); it != facets.constEnd(); ++it) {
        QVERIFY2(conditions.contains(it.key()), qPrintable(it.key()));
        where << conditions.value(it.key());
        values << it.value();
        m_model->setFacetValue(it.key(), it.value());
        QCOMPARE(m_model->facetValue(it.key()), it.value());
    }
    if (!search.isEmpty()) {
        where << referenceSearch(search, &values);
        m_model->setSearchText(search);
    }
    const Qt::SortOrder sortOrder = Qt::SortOrder(order);
    const QString direction = sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString orderBy = QStringLiteral("id") + direction;
    if (!sortKey.isEmpty()) {
        m_model->sort(column(sortKey), sortOrder);
        orderBy = referenceSort(sortKey) + direction + QStringLiteral(", id") + direction;
    }
    const Expected expected =
        expectedRows(db(), sortKey, QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND ")), values, orderBy);
    QCOMPARE(expected.ids.isEmpty(), !expectMatches);
    visitAndCompare(expected, QStringLiteral("jumps"), sortKey.isEmpty() ? -1 : column(sortKey));

    // Removing the restrictions brings every record back.
    for (auto it = facets.constBegin(); it != facets.constEnd(); ++it)
        m_model->setFacetValue(it.key(), QVariant());
    m_model->setSearchText(QString());
    QCOMPARE(m_model->rowCount(), int(m_model->unfilteredCount()));
}

void TestPagedTableModel::unsortableColumnSortIsIgnored_data()
{
    QTest::addColumn<QString>("key");

    const TableSpec& spec = sellerTableSpec();
    for (const FieldSpec& field : spec.fields) {
        if (field.sortExpression.isEmpty())
            QTest::newRow(qPrintable(field.key)) << field.key;
    }
    QTest::newRow("beyond the last column") << QString();
}

void TestPagedTableModel::unsortableColumnSortIsIgnored()
{
    QFETCH(QString, key);

    const int shop = column(QStringLiteral("shop_name"));
    m_model->sort(shop, Qt::DescendingOrder);
    const qint64 firstId = m_model->recordId(0);
    const qint64 lastId = m_model->recordId(m_model->rowCount() - 1);
    const int target = key.isEmpty() ? m_model->columnCount() : column(key);
    QVERIFY(!m_model->isSortable(target));
    if (!key.isEmpty()) {
        QVERIFY(m_model->headerData(target, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("cannot be sorted")));
    }

    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    m_model->sort(target, Qt::AscendingOrder);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_model->sortColumn(), shop);
    QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(m_model->recordId(0), firstId);
    QCOMPARE(m_model->recordId(m_model->rowCount() - 1), lastId);
    QVERIFY(m_model->isSortable(shop));
}

void TestPagedTableModel::rowOfRecordAgreesWithVisitedOrder_data()
{
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("status");

    QTest::newRow("unsorted") << QString() << int(Qt::AscendingOrder) << QString() << QString();
    QTest::newRow("shop asc") << "shop_name" << int(Qt::AscendingOrder) << QString() << QString();
    QTest::newRow("category desc (duplicates)") << "category" << int(Qt::DescendingOrder) << QString() << QString();
    QTest::newRow("revenue asc (NULLs)") << "latest_revenue" << int(Qt::AscendingOrder) << QString() << QString();
    QTest::newRow("enrolment desc (NULLs)") << "enrolment_date" << int(Qt::DescendingOrder) << QString() << QString();
    QTest::newRow("status facet and search")
        << "country" << int(Qt::AscendingOrder) << "ann" << QStringLiteral("enrolled");
    QTest::newRow("short search") << "email" << int(Qt::DescendingOrder) << "an" << QString();
}

void TestPagedTableModel::rowOfRecordAgreesWithVisitedOrder()
{
    QFETCH(QString, sortKey);
    QFETCH(int, order);
    QFETCH(QString, search);
    QFETCH(QString, status);

    if (!sortKey.isEmpty())
        m_model->sort(column(sortKey), Qt::SortOrder(order));
    if (!search.isEmpty())
        m_model->setSearchText(search);
    if (!status.isEmpty())
        m_model->setFacetValue(QStringLiteral("status"), status);

    const int rows = m_model->rowCount();
    QVERIFY(rows > 300);
    QVector<qint64> visited(rows);
    for (int row = rows - 1; row >= 0; --row)
        visited[row] = m_model->recordId(row);
    QSet<qint64> inView(visited.cbegin(), visited.cend());
    QCOMPARE(inView.size(), rows);
    for (int row = 0; row < rows; row += (row < 300 ? 1 : 53)) {
        QCOMPARE(m_model->rowOfRecord(visited.at(row)), row);
    }
    QCOMPARE(m_model->rowOfRecord(visited.last()), rows - 1);
    QCOMPARE(m_model->rowOfRecord(999999), -1);
    if (rows < kSellerCount) {
        qint64 outside = 0;
        for (qint64 id = 1; id <= kSellerCount && outside == 0; ++id) {
            if (!inView.contains(id))
                outside = id;
        }
        QVERIFY(outside > 0);
        QCOMPARE(m_model->rowOfRecord(outside), -1);
    }
}

void TestPagedTableModel::flagsFollowTheSpec()
{
    const TableSpec& spec = sellerTableSpec();
    for (int c = 0; c < spec.fields.size(); ++c) {
        const FieldSpec& field = spec.fields.at(c);
        const Qt::ItemFlags flags = m_model->flags(m_model->index(0, c));
        QVERIFY(flags & Qt::ItemIsEnabled);
        QVERIFY(flags & Qt::ItemIsSelectable);
        const bool editable = field.editable && field.selectExpression.isEmpty();
        if (field.type == FieldType::Boolean) {
            QCOMPARE(bool(flags & Qt::ItemIsUserCheckable), editable);
            QVERIFY(!(flags & Qt::ItemIsEditable));
        } else {
            QVERIFY2(bool(flags & Qt::ItemIsEditable) == editable, qPrintable(field.key));
        }
    }
    // Without an editor the model is read-only.
    PagedTableModel readOnly(sellerTableSpec());
    QAbstractItemModelTester tester(&readOnly, QAbstractItemModelTester::FailureReportingMode::QtTest);
    readOnly.setDatabase(db(), &m_db->dialect(), nullptr);
    QCOMPARE(readOnly.rowCount(), m_model->rowCount());
    const int shop = column(QStringLiteral("shop_name"));
    QVERIFY(!(readOnly.flags(readOnly.index(0, shop)) & Qt::ItemIsEditable));
    const QVariant before = readOnly.index(0, shop).data(Qt::EditRole);
    QVERIFY(!readOnly.setData(readOnly.index(0, shop), QStringLiteral("Nope")));
    QCOMPARE(readOnly.index(0, shop).data(Qt::EditRole), before);
}

void TestPagedTableModel::setDataGoesThroughTheEditor()
{
    const int shop = column(QStringLiteral("shop_name"));
    m_model->sort(shop, Qt::AscendingOrder);
    const int row = 300; // on the second page
    const QModelIndex index = m_model->index(row, shop);
    const qint64 id = index.data(PagedTableModel::RecordIdRole).toLongLong();
    const QString oldName = index.data(Qt::EditRole).toString();
    const qint64 auditBefore = auditCount();
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy errors(m_model.get(), &PagedTableModel::errorOccurred);

    QVERIFY(m_model->setData(index, QStringLiteral("  Zebra Renamed Shop ")));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT shop_name FROM sellers WHERE id = ?"), {id}).toString(),
             QStringLiteral("Zebra Renamed Shop"));
    QCOMPARE(auditCount(), auditBefore + 1);
    QSqlQuery audit(db());
    QVERIFY(audit.exec(QStringLiteral("SELECT actor, entity, entity_id, field, old_value, new_value FROM audit_log "
                                      "ORDER BY id DESC LIMIT 1")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), kActor);
    QCOMPARE(audit.value(1).toString(), QStringLiteral("seller"));
    QCOMPARE(audit.value(2).toLongLong(), id);
    QCOMPARE(audit.value(3).toString(), QStringLiteral("shop_name"));
    QCOMPARE(audit.value(4).toString(), oldName);
    QCOMPARE(audit.value(5).toString(), QStringLiteral("Zebra Renamed Shop"));
    audit.finish();

    QVERIFY(dataChanged.count() >= 1);
    bool covered = false;
    for (const QList<QVariant>& arguments : std::as_const(dataChanged)) {
        const QModelIndex topLeft = arguments.at(0).toModelIndex();
        const QModelIndex bottomRight = arguments.at(1).toModelIndex();
        covered = covered || (topLeft.row() <= row && row <= bottomRight.row() && topLeft.column() <= shop &&
                              shop <= bottomRight.column());
    }
    QVERIFY(covered);
    QCOMPARE(m_model->index(row, shop).data().toString(), QStringLiteral("Zebra Renamed Shop"));
    QCOMPARE(m_model->index(row, shop).data(PagedTableModel::RecordIdRole).toLongLong(), id);
    QCOMPARE(errors.count(), 0);

    // The full-text index follows the edit.
    m_model->setSearchText(QStringLiteral("zebra renamed"));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->recordId(0), id);
    m_model->setSearchText(QString());

    // After the reload the renamed shop sorts last; undo restores the value in the database and
    // in the row shown.
    const int renamedRow = m_model->rowOfRecord(id);
    QCOMPARE(renamedRow, m_model->rowCount() - 1);
    QCOMPARE(m_model->index(renamedRow, shop).data(PagedTableModel::RecordIdRole).toLongLong(), id);
    dataChanged.clear();
    m_editor->undoStack()->undo();
    QCOMPARE(scalar(db(), QStringLiteral("SELECT shop_name FROM sellers WHERE id = ?"), {id}).toString(), oldName);
    QCOMPARE(auditCount(), auditBefore + 2);
    QVERIFY(dataChanged.count() >= 1);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex().row(), renamedRow);
    QCOMPARE(m_model->index(renamedRow, shop).data().toString(), oldName);
}

void TestPagedTableModel::setDataToggleCheckbox()
{
    const int consent = column(QStringLiteral("consent_anonymised"));
    const QModelIndex index = m_model->index(42, consent);
    const qint64 id = m_model->recordId(42);
    QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(index, int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT consent_anonymised FROM sellers WHERE id = ?"), {id}).toInt(), 1);
    QCOMPARE(m_model->index(42, consent).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(dataChanged.count() >= 1);
    QVERIFY(m_model->setData(index, int(Qt::Unchecked), Qt::CheckStateRole));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT consent_anonymised FROM sellers WHERE id = ?"), {id}).toInt(), 0);
    // A text column does not take check states.
    QVERIFY(!m_model->setData(m_model->index(42, column(QStringLiteral("shop_name"))), int(Qt::Checked),
                              Qt::CheckStateRole));
}

void TestPagedTableModel::setDataRefusesInvalidValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("errorContains"); // empty: refused silently (not editable)

    QTest::newRow("invalid e-mail") << "email" << QVariant(QStringLiteral("not an e-mail")) << int(Qt::EditRole)
                                    << "e-mail";
    QTest::newRow("e-mail without domain")
        << "email" << QVariant(QStringLiteral("ann@")) << int(Qt::EditRole) << "e-mail";
    QTest::newRow("duplicate seller id") << "external_id" << QVariant(QStringLiteral("MKT-007919")) << int(Qt::EditRole)
                                         << "unique";
    QTest::newRow("unknown status") << "status" << QVariant(QStringLiteral("vip")) << int(Qt::EditRole) << "vip";
    QTest::newRow("read-only metric") << "latest_revenue" << QVariant(5.0) << int(Qt::EditRole) << QString();
    QTest::newRow("computed cohort") << "cohort" << QVariant(QStringLiteral("Spring 2026")) << int(Qt::EditRole)
                                     << QString();
    QTest::newRow("display role") << "shop_name" << QVariant(QStringLiteral("Other")) << int(Qt::DisplayRole)
                                  << QString();
}

void TestPagedTableModel::setDataRefusesInvalidValues()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(int, role);
    QFETCH(QString, errorContains);

    const int row = 10;
    const QModelIndex index = m_model->index(row, column(key));
    const qint64 id = m_model->recordId(row);
    QVERIFY(id != 1); // MKT-007919 belongs to seller 1
    const QVariant before = index.data(Qt::EditRole);
    const QString rowBefore =
        scalar(db(),
               QStringLiteral("SELECT quote(shop_name) || quote(email) || quote(external_id) || quote(status) || "
                              "quote(latest_revenue) || updated_utc FROM sellers WHERE id = ?"),
               {id})
            .toString();
    const qint64 auditBefore = auditCount();
    const int undoBefore = m_editor->undoStack()->count();
    QSignalSpy errors(m_model.get(), &PagedTableModel::errorOccurred);
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);

    QVERIFY(!m_model->setData(index, value, role));
    if (errorContains.isEmpty()) {
        QCOMPARE(errors.count(), 0);
    } else {
        QCOMPARE(errors.count(), 1);
        const QString message = errors.at(0).at(0).toString();
        QVERIFY2(message.contains(errorContains), qPrintable(message));
        QCOMPARE(m_model->lastError(), message);
    }
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT quote(shop_name) || quote(email) || quote(external_id) || quote(status) || "
                                   "quote(latest_revenue) || updated_utc FROM sellers WHERE id = ?"),
                    {id})
                 .toString(),
             rowBefore);
    QCOMPARE(auditCount(), auditBefore);
    QCOMPARE(m_editor->undoStack()->count(), undoBefore);
    QCOMPARE(dataChanged.count(), 0);
    QCOMPARE(m_model->index(row, column(key)).data(Qt::EditRole), before);
}

void TestPagedTableModel::addedAndDeletedRecordsRefreshCounts()
{
    const int rowsBefore = m_model->rowCount();
    QSignalSpy counts(m_model.get(), &PagedTableModel::countsChanged);
    const qint64 id = m_editor->addRecord(sellerTableSpec(), {{QStringLiteral("external_id"), QStringLiteral("NEW-1")},
                                                              {QStringLiteral("shop_name"), QStringLiteral("Aardvark")},
                                                              {QStringLiteral("status"), QStringLiteral("enrolled")},
                                                              {QStringLiteral("channel"), QStringLiteral("wholesale")},
                                                              {QStringLiteral("tier"), QStringLiteral("standard")}});
    QVERIFY2(id > 0, qPrintable(m_editor->errorString()));
    QCOMPARE(m_model->rowCount(), rowsBefore + 1);
    QVERIFY(counts.count() >= 1);
    QCOMPARE(m_model->recordId(m_model->rowCount() - 1), id); // unsorted: by id
    m_model->sort(column(QStringLiteral("shop_name")), Qt::AscendingOrder);
    const int row = m_model->rowOfRecord(id);
    QVERIFY(row >= 0);
    QCOMPARE(m_model->recordId(row), id);

    QVERIFY(m_editor->deleteRecord(sellerTableSpec(), id));
    QCOMPARE(m_model->rowCount(), rowsBefore);
    QCOMPARE(m_model->rowOfRecord(id), -1);
    m_editor->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), rowsBefore + 1);
    QCOMPARE(m_model->recordId(m_model->rowOfRecord(id)), id);
    m_editor->undoStack()->undo(); // the add
    QCOMPARE(m_model->rowCount(), rowsBefore);
    QCOMPARE(m_model->unfilteredCount(), qint64(rowsBefore));

    // Changes made elsewhere show after refresh().
    SQL_OK(execSql(db(), QStringLiteral("INSERT INTO sellers(external_id, shop_name, created_utc, updated_utc) VALUES "
                                        "('NEW-2', 'Outside', 'T0', 'T0')")));
    QCOMPARE(m_model->rowCount(), rowsBefore);
    counts.clear();
    m_model->refresh();
    QCOMPARE(counts.count(), 1);
    QCOMPARE(m_model->rowCount(), rowsBefore + 1);
    SQL_OK(execSql(db(), QStringLiteral("DELETE FROM sellers WHERE external_id = 'NEW-2'")));
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), rowsBefore);
}

QTEST_GUILESS_MAIN(TestPagedTableModel)
#include "test_pagedtablemodel.moc"
