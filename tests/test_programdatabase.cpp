// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ProgramDatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using mentordesk::ProgramDatabase;
using Outcome = mentordesk::ProgramDatabase::Outcome;

namespace {

const char* outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Opened:
        return "Opened";
    case Outcome::Created:
        return "Created";
    case Outcome::Migrated:
        return "Migrated";
    case Outcome::Refused:
        return "Refused";
    }
    return "?";
}

/// A QSqlDatabase connection of the test's own, removed when it goes out of scope. Queries made
/// on it must not outlive it.
class PlainConnection {
public:
    explicit PlainConnection(const QString& filePath, bool readOnly = false)
        : m_name(QStringLiteral("plain-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(filePath);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_opened = db.open();
        m_error = db.lastError().text();
    }
    ~PlainConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    PlainConnection(const PlainConnection&) = delete;
    PlainConnection& operator=(const PlainConnection&) = delete;

    bool isOpen() const { return m_opened; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_counter = 0;
    QString m_name;
    QString m_error;
    bool m_opened = false;
};

/// Runs `sql`, returning an empty string on success and SQLite's message otherwise.
QString execError(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return QStringLiteral("prepare: ") + query.lastError().text();
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return query.lastError().text().isEmpty() ? QStringLiteral("failed") : query.lastError().text();
    return QString();
}

/// First column of the first row of `sql`; an invalid QVariant when the query fails or has no rows.
QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return {};
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec() && query.next())
        return query.value(0);
    return {};
}

/// Every row of `sql`, columns joined by '|', NULL shown as "NULL".
QStringList rows(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QStringList result;
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return {QStringLiteral("prepare failed: ") + query.lastError().text()};
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return {QStringLiteral("exec failed: ") + query.lastError().text()};
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        result << columns.join(QLatin1Char('|'));
    }
    return result;
}

/// What "the file was left unchanged" means: same bytes, same size, same modification time.
struct FileState {
    QByteArray sha256;
    qint64 size = -1;
    QDateTime modified;

    static FileState of(const QString& path)
    {
        FileState state;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return state;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        state.sha256 = hash.result().toHex();
        state.size = QFileInfo(path).size();
        state.modified = QFileInfo(path).lastModified();
        return state;
    }
};

QStringList entriesOf(const QString& directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

const QString kNow = QStringLiteral("2024-05-01T10:00:00Z");

QString insertSeller(const QSqlDatabase& db, qint64 id, const QString& externalId, const QString& shopName,
                     const QString& email = QString())
{
    return execError(db,
                     QStringLiteral("INSERT INTO sellers (id, external_id, shop_name, email, created_utc, updated_utc) "
                                    "VALUES (?, ?, ?, IFNULL(?, ''), ?, ?)"),
                     {id, externalId, shopName, email, kNow, kNow});
}

QString insertSnapshot(const QSqlDatabase& db, qint64 sellerId, const QString& date, double revenue, int orders,
                       double listingQuality)
{
    return execError(
        db,
        QStringLiteral("INSERT INTO seller_metric_snapshots "
                       "(seller_id, snapshot_date, revenue, orders, listing_quality) VALUES (?, ?, ?, ?, ?)"),
        {sellerId, date, revenue, orders, listingQuality});
}

QString latestMetrics(const QSqlDatabase& db, qint64 sellerId)
{
    const QStringList result = rows(db,
                                    QStringLiteral("SELECT latest_snapshot_date, latest_revenue, latest_orders, "
                                                   "latest_listing_quality FROM sellers WHERE id = ?"),
                                    {sellerId});
    return result.size() == 1 ? result.first() : QStringLiteral("no seller %1").arg(sellerId);
}

/// Ids of the sellers whose search index entry contains `text`, through the dialect's own search SQL.
QList<qint64> searchSellers(const ProgramDatabase& program, const QString& text)
{
    const mentordesk::SqlDialect& dialect = program.dialect();
    QSqlQuery query(program.connection());
    const QString sql = QStringLiteral("SELECT id FROM sellers WHERE %1 ORDER BY id")
                            .arg(dialect.textSearchCondition(QStringLiteral("seller_search"),
                                                             QStringLiteral("sellers.id"), QStringLiteral(":text")));
    QList<qint64> ids;
    if (!query.prepare(sql)) {
        qWarning() << "search prepare failed:" << query.lastError().text();
        return {-1};
    }
    query.bindValue(QStringLiteral(":text"), dialect.textSearchParameter(text));
    if (!query.exec()) {
        qWarning() << "search failed:" << query.lastError().text();
        return {-1};
    }
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

QStringList schemaOf(const QSqlDatabase& db)
{
    return rows(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
}

} // namespace

class TestProgramDatabase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void freshFileIsCreatedAtLatestVersion();
    void freshFileHasSchemaObject_data();
    void freshFileHasSchemaObject();
    void searchFindsSellers_data();
    void searchFindsSellers();
    void searchFollowsSellerChanges();
    void auditLogIsAppendOnly_data();
    void auditLogIsAppendOnly();
    void latestMetricsFollowNewestSnapshot_data();
    void latestMetricsFollowNewestSnapshot();
    void oneOpenPairingPerMentee_data();
    void oneOpenPairingPerMentee();

    void reopeningChangesNothing();
    void upgradesVersion1Program();
    void upgradesVersion3ProgramWithReturnRate();
    void refusesNewerProgramUntouched();
    void refusesForeignFileUntouched_data();
    void refusesForeignFileUntouched();
    void damagedFixtureHasIntactHeader();
    void emptyFileBecomesNewProgram();
    void missingFolderIsCreated();

private:
    /// A fresh program at the latest version in its own temporary folder.
    bool createProgram(QTemporaryDir& dir, ProgramDatabase& program);
};

bool TestProgramDatabase::createProgram(QTemporaryDir& dir, ProgramDatabase& program)
{
    if (!dir.isValid())
        return false;
    const Outcome outcome = program.open(dir.filePath(QStringLiteral("program.mentordesk")));
    if (outcome != Outcome::Created)
        qWarning() << "open() gave" << outcomeName(outcome) << program.errorString();
    return outcome == Outcome::Created && program.isOpen();
}

void TestProgramDatabase::initTestCase()
{
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
    QVERIFY(QFileInfo(QStringLiteral(MENTORDESK_TEST_DATA)).isDir());
    QVERIFY(ProgramDatabase::latestSchemaVersion() >= 2);
}

void TestProgramDatabase::init()
{
    // "connection ... is still in use" and the like: a connection outlived its removal.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QSqlDatabase")));
}

void TestProgramDatabase::freshFileIsCreatedAtLatestVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fresh.mentordesk"));
    ProgramDatabase program;
    QCOMPARE(outcomeName(program.open(path)), outcomeName(Outcome::Created));
    QVERIFY(program.isOpen());
    QVERIFY(program.errorString().isEmpty());
    QVERIFY(program.snapshotPath().isEmpty());
    QCOMPARE(program.filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(QFileInfo(path).size() > 0);

    QCOMPARE(program.schemaVersion(), ProgramDatabase::latestSchemaVersion());
    const QSqlDatabase db = program.connection();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), ProgramDatabase::latestSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), ProgramDatabase::kApplicationId);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QVERIFY(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
    QVERIFY(
        !scalar(db, QStringLiteral("SELECT value FROM program_info WHERE key = 'created_utc'")).toString().isEmpty());

    // A foreign key that points nowhere is refused, so the pragma is really in effect.
    QVERIFY(!execError(db, QStringLiteral("INSERT INTO cohort_members (seller_id, cohort_id, joined_on) "
                                          "VALUES (999, 999, '2024-01-01')"))
                 .isEmpty());
}

void TestProgramDatabase::freshFileHasSchemaObject_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");

    const char* const tables[] = {
        "program_info",
        "sellers",
        "mentors",
        "mentor_skills",
        "mentor_disclosures",
        "cohorts",
        "cohort_members",
        "match_runs",
        "pairings",
        "touchpoints",
        "checklist_templates",
        "checklist_template_items",
        "checklist_items",
        "feedback",
        "seller_metric_snapshots",
        "audit_log",
        "seller_search",
    };
    for (const char* table : tables)
        QTest::newRow(table) << QStringLiteral("table") << QString::fromLatin1(table);

    const char* const triggers[] = {
        "audit_log_no_update",   "audit_log_no_delete",     "sellers_search_insert",   "sellers_search_delete",
        "sellers_search_update", "snapshots_latest_insert", "snapshots_latest_update", "snapshots_latest_delete",
    };
    for (const char* trigger : triggers)
        QTest::newRow(trigger) << QStringLiteral("trigger") << QString::fromLatin1(trigger);

    QTest::newRow("pairings_one_open_per_mentee")
        << QStringLiteral("index") << QStringLiteral("pairings_one_open_per_mentee");
    QTest::newRow("sellers_shop_name") << QStringLiteral("index") << QStringLiteral("sellers_shop_name");
}

void TestProgramDatabase::freshFileHasSchemaObject()
{
    QFETCH(QString, type);
    QFETCH(QString, name);

    QTemporaryDir dir;
    ProgramDatabase program;
    QVERIFY(createProgram(dir, program));
    QCOMPARE(scalar(program.connection(), QStringLiteral("SELECT type FROM sqlite_master WHERE name = ?"), {name})
                 .toString(),
             type);
}

void TestProgramDatabase::searchFindsSellers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("shop name substring") << QStringLiteral("ardenfi") << QList<qint64>{1};
    QTest::newRow("shop name, other case") << QStringLiteral("GARDENFIELD") << QList<qint64>{1};
    QTest::newRow("substring in two shops") << QStringLiteral("pottery") << QList<qint64>{2, 3};
    QTest::newRow("two words, both required") << QStringLiteral("pottery north") << QList<qint64>{3};
    QTest::newRow("external id") << QStringLiteral("EXT-0002") << QList<qint64>{2};
    QTest::newRow("email") << QStringLiteral("kiln@exa") << QList<qint64>{3};
    QTest::newRow("FTS syntax stays literal") << QStringLiteral("\"pottery\" OR") << QList<qint64>{};
    QTest::newRow("no match") << QStringLiteral("zzz") << QList<qint64>{};
}

void TestProgramDatabase::searchFindsSellers()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, expected);

    QTemporaryDir dir;
    ProgramDatabase program;
    QVERIFY(createProgram(dir, program));
    const QSqlDatabase db = program.connection();
    QCOMPARE(insertSeller(db, 1, QStringLiteral("EXT-0001"), QStringLiteral("Gardenfield Seeds"),
                          QStringLiteral("hello@gardenfield.test")),
             QString());
    QCOMPARE(insertSeller(db, 2, QStringLiteral("EXT-0002"), QStringLiteral("Riverside Pottery")), QString());
    QCOMPARE(insertSeller(db, 3, QStringLiteral("EXT-0003"), QStringLiteral("Pottery of the North"),
                          QStringLiteral("kiln@example.test")),
             QString());

    QCOMPARE(searchSellers(program, text), expected);
}

void TestProgramDatabase::searchFollowsSellerChanges()
{
    QTemporaryDir dir;
    ProgramDatabase program;
    QVERIFY(createProgram(dir, program));
    const QSqlDatabase db = program.connection();
    QCOMPARE(insertSeller(db, 7, QStringLiteral("EXT-7"), QStringLiteral("Old Lantern Books")), QString());
    QCOMPARE(searchSellers(program, QStringLiteral("lantern")), QList<qint64>{7});

    QCOMPARE(execError(db, QStringLiteral("UPDATE sellers SET shop_name = 'Blue Heron Books' WHERE id = 7")),
             QString());
    QCOMPARE(searchSellers(program, QStringLiteral("lantern")), QList<qint64>{});
    QCOMPARE(searchSellers(program, QStringLiteral("heron")), QList<qint64>{7});

    QCOMPARE(execError(db, QStringLiteral("DELETE FROM sellers WHERE id = 7")), QString());
    QCOMPARE(searchSellers(program, QStringLiteral("heron")), QList<qint64>{});
    // The index still matches its content table after the three triggers ran.
    QCOMPARE(execError(db, QStringLiteral("INSERT INTO seller_search(seller_search) VALUES ('integrity-check')")),
             QString());
}

void TestProgramDatabase::auditLogIsAppendOnly_data()
{
    QTest::addColumn<QString>("statement");

    QTest::newRow("update") << QStringLiteral("UPDATE audit_log SET new_value = 'forged'");
    QTest::newRow("update one row") << QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = 1");
    QTest::newRow("delete") << QStringLiteral("DELETE FROM audit_log");
    QTest::newRow("delete one row") << QStringLiteral("DELETE FROM audit_log WHERE id = 2");
}

void TestProgramDatabase::auditLogIsAppendOnly()
{
    QFETCH(QString, statement);

    QTemporaryDir dir;
    ProgramDatabase program;
    QVERIFY(createProgram(dir, program));
    const QSqlDatabase db = program.connection();
    const QString insert = QStringLiteral("INSERT INTO audit_log (at_utc, actor, entity, entity_id, field, old_value, "
                                          "new_value) VALUES (?, 'coordinator', 'sellers', 1, 'status', ?, ?)");
    QCOMPARE(execError(db, insert, {kNow, QStringLiteral("prospect"), QStringLiteral("enrolled")}), QString());
    QCOMPARE(execError(db, insert, {kNow, QStringLiteral("enrolled"), QStringLiteral("graduated")}), QString());
    const QStringList before = rows(db, QStringLiteral("SELECT * FROM audit_log ORDER BY id"));
    QCOMPARE(before.size(), 2);

    const QString error = execError(db, statement);
    QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
    QCOMPARE(rows(db, QStringLiteral("SELECT * FROM audit_log ORDER BY id")), before);
}

void TestProgramDatabase::latestMetricsFollowNewestSnapshot_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("expected");

    // Seller 1 starts with snapshots for January (revenue 100) and March (300); seller 2 with
    // one for February (50). The columns are date|revenue|orders|listing_quality.
    QTest::newRow("newest of the inserts") << QStringList{} << QStringLiteral("2024-03-31|300|30|75");
    QTest::newRow("older insert keeps latest")
        << QStringList{QStringLiteral("INSERT INTO seller_metric_snapshots (seller_id, snapshot_date, revenue, orders, "
                                      "listing_quality) VALUES (1, '2024-02-29', 200, 20, 70)")}
        << QStringLiteral("2024-03-31|300|30|75");
    QTest::newRow("newer insert becomes latest")
        << QStringList{QStringLiteral("INSERT INTO seller_metric_snapshots (seller_id, snapshot_date, revenue, orders, "
                                      "listing_quality) VALUES (1, '2024-04-30', 400, 40, 80)")}
        << QStringLiteral("2024-04-30|400|40|80");
    QTest::newRow("newest updated") << QStringList{QStringLiteral(
                                           "UPDATE seller_metric_snapshots SET revenue = 333, orders = 33 "
                                           "WHERE seller_id = 1 AND snapshot_date = '2024-03-31'")}
                                    << QStringLiteral("2024-03-31|333|33|75");
    QTest::newRow("older updated") << QStringList{QStringLiteral(
                                          "UPDATE seller_metric_snapshots SET revenue = 111 "
                                          "WHERE seller_id = 1 AND snapshot_date = '2024-01-31'")}
                                   << QStringLiteral("2024-03-31|300|30|75");
    QTest::newRow("newest moved before the other")
        << QStringList{QStringLiteral("UPDATE seller_metric_snapshots SET snapshot_date = '2023-12-31' "
                                      "WHERE seller_id = 1 AND snapshot_date = '2024-03-31'")}
        << QStringLiteral("2024-01-31|100|10|60");
    QTest::newRow("newest deleted") << QStringList{QStringLiteral(
                                           "DELETE FROM seller_metric_snapshots "
                                           "WHERE seller_id = 1 AND snapshot_date = '2024-03-31'")}
                                    << QStringLiteral("2024-01-31|100|10|60");
    QTest::newRow("all deleted") << QStringList{QStringLiteral(
                                        "DELETE FROM seller_metric_snapshots WHERE seller_id = 1")}
                                 << QStringLiteral("NULL|NULL|NULL|NULL");
    QTest::newRow("newest moved to another seller")
        << QStringList{QStringLiteral("UPDATE seller_metric_snapshots SET seller_id = 2 "
                                      "WHERE seller_id = 1 AND snapshot_date = '2024-03-31'")}
        << QStringLiteral("2024-01-31|100|10|60");
}

void TestProgramDatabase::latestMetricsFollowNewestSnapshot()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    ProgramDatabase program;
    QVERIFY(createProgram(dir, program));
    const QSqlDatabase db = program.connection();
    QCOMPARE(insertSeller(db, 1, QStringLiteral("EXT-1"), QStringLiteral("Gardenfield Seeds")), QString());
    QCOMPARE(insertSeller(db, 2, QStringLiteral("EXT-2"), QStringLiteral("Riverside Pottery")), QString());
    QCOMPARE(latestMetrics(db, 1), QStringLiteral("NULL|NULL|NULL|NULL"));
    QCOMPARE(insertSnapshot(db, 1, QStringLiteral("2024-03-31"), 300, 30, 75), QString());
    QCOMPARE(insertSnapshot(db, 1, QStringLiteral("2024-01-31"), 100, 10, 60), QString());
    QCOMPARE(insertSnapshot(db, 2, QStringLiteral("2024-02-29"), 50, 5, 40), QString());

    for (const QString& statement : statements)
        QCOMPARE(execError(db, statement), QString());
    QCOMPARE(latestMetrics(db, 1), expected);

    // Seller 2 always shows its own newest snapshot, whatever happened to seller 1's.
    const QString newestOfSeller2 =
        rows(db, QStringLiteral("SELECT snapshot_date, revenue, orders, listing_quality FROM seller_metric_snapshots "
                                "WHERE seller_id = 2 ORDER BY snapshot_date DESC LIMIT 1"))
            .value(0, QStringLiteral("NULL|NULL|NULL|NULL"));
    QCOMPARE(latestMetrics(db, 2), newestOfSeller2);
}

void TestProgramDatabase::oneOpenPairingPerMentee_data()
{
    QTest::addColumn<QString>("firstStatus");
    QTest::addColumn<QString>("secondStatus");
    QTest::addColumn<bool>("secondAccepted");

    QTest::newRow("second trial refused") << QStringLiteral("trial") << QStringLiteral("trial") << false;
    QTest::newRow("active then trial refused") << QStringLiteral("active") << QStringLiteral("trial") << false;
    QTest::newRow("trial then active refused") << QStringLiteral("trial") << QStringLiteral("active") << false;
    QTest::newRow("after an ended one, trial accepted") << QStringLiteral("ended") << QStringLiteral("trial") << true;
    QTest::newRow("ended next to an open one accepted") << QStringLiteral("trial") << QStringLiteral("ended") << true;
}

void TestProgramDatabase::oneOpenPairingPerMentee()
{
    QFETCH(QString, firstStatus);
    QFETCH(QString, secondStatus);
    QFETCH(bool, secondAccepted);

    QTemporaryDir dir;
    ProgramDatabase program;
    QVERIFY(createProgram(dir, program));
    const QSqlDatabase db = program.connection();
    QCOMPARE(insertSeller(db, 1, QStringLiteral("EXT-1"), QStringLiteral("Gardenfield Seeds")), QString());
    for (int mentor = 1; mentor <= 2; ++mentor)
        QCOMPARE(execError(
                     db, QStringLiteral("INSERT INTO mentors (id, name, created_utc, updated_utc) VALUES (?, ?, ?, ?)"),
                     {mentor, QStringLiteral("Mentor %1").arg(mentor), kNow, kNow}),
                 QString());

    const QString insert = QStringLiteral(
        "INSERT INTO pairings (mentor_id, mentee_id, status, started_on, ended_on, end_reason, created_utc, "
        "updated_utc) VALUES (?, 1, ?, '2024-02-01', ?, ?, ?, ?)");
    auto values = [](int mentor, const QString& status) {
        const bool ended = status == QLatin1String("ended");
        return QVariantList{mentor,
                            status,
                            ended ? QVariant(QStringLiteral("2024-03-01")) : QVariant(),
                            ended ? QVariant(QStringLiteral("mismatch")) : QVariant(),
                            kNow,
                            kNow};
    };
    QCOMPARE(execError(db, insert, values(1, firstStatus)), QString());
    const QString error = execError(db, insert, values(2, secondStatus));
    if (secondAccepted) {
        QCOMPARE(error, QString());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pairings")).toInt(), 2);
    } else {
        QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pairings")).toInt(), 1);
    }
}

void TestProgramDatabase::reopeningChangesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("program.mentordesk"));
    QStringList schema;
    QString createdUtc;
    {
        ProgramDatabase program;
        QCOMPARE(outcomeName(program.open(path)), outcomeName(Outcome::Created));
        QCOMPARE(insertSeller(program.connection(), 1, QStringLiteral("EXT-1"), QStringLiteral("Gardenfield Seeds")),
                 QString());
        schema = schemaOf(program.connection());
        createdUtc = scalar(program.connection(), QStringLiteral("SELECT value FROM program_info")).toString();
    }
    QVERIFY(schema.size() > 20);
    QVERIFY(!createdUtc.isEmpty());
    const QStringList entries = entriesOf(dir.path());
    QCOMPARE(entries, QStringList{QStringLiteral("program.mentordesk")});
    const FileState before = FileState::of(path);

    ProgramDatabase program;
    QCOMPARE(outcomeName(program.open(path)), outcomeName(Outcome::Opened));
    QVERIFY(program.isOpen());
    QVERIFY(program.errorString().isEmpty());
    QVERIFY(program.snapshotPath().isEmpty());
    QCOMPARE(program.schemaVersion(), ProgramDatabase::latestSchemaVersion());
    {
        const QSqlDatabase db = program.connection();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(schemaOf(db), schema);
        QCOMPARE(rows(db, QStringLiteral("SELECT key, value FROM program_info")),
                 QStringList{QStringLiteral("created_utc|") + createdUtc});
        QCOMPARE(rows(db, QStringLiteral("SELECT id, external_id, shop_name FROM sellers")),
                 QStringList{QStringLiteral("1|EXT-1|Gardenfield Seeds")});
    }
    program.close();
    QVERIFY(!program.isOpen());

    const FileState after = FileState::of(path);
    QCOMPARE(after.sha256, before.sha256);
    QCOMPARE(after.size, before.size);
    QCOMPARE(entriesOf(dir.path()), entries);
}

void TestProgramDatabase::upgradesVersion1Program()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("spring cohort #2 (50%).mentordesk"));
    const QStringList sellerRows{QStringLiteral("1|EXT-1|Gardenfield Seeds"),
                                 QStringLiteral("2|EXT-2|Riverside Pottery"),
                                 QStringLiteral("3|EXT-3|Pottery of the North")};
    const QString sellersSql = QStringLiteral("SELECT id, external_id, shop_name FROM sellers ORDER BY id");
    const QString snapshotsSql =
        QStringLiteral("SELECT seller_id, snapshot_date, revenue FROM seller_metric_snapshots ORDER BY id");
    QStringList snapshotRows;
    {
        ProgramDatabase program;
        QCOMPARE(outcomeName(program.open(path, 1)), outcomeName(Outcome::Created));
        QCOMPARE(program.schemaVersion(), 1);
        const QSqlDatabase db = program.connection();
        QVERIFY(!scalar(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'seller_search'")).isValid());
        QCOMPARE(insertSeller(db, 1, QStringLiteral("EXT-1"), QStringLiteral("Gardenfield Seeds")), QString());
        QCOMPARE(insertSeller(db, 2, QStringLiteral("EXT-2"), QStringLiteral("Riverside Pottery")), QString());
        QCOMPARE(insertSeller(db, 3, QStringLiteral("EXT-3"), QStringLiteral("Pottery of the North")), QString());
        QCOMPARE(insertSnapshot(db, 1, QStringLiteral("2024-03-31"), 300, 30, 75), QString());
        QCOMPARE(insertSnapshot(db, 1, QStringLiteral("2024-01-31"), 100, 10, 60), QString());
        QCOMPARE(insertSnapshot(db, 2, QStringLiteral("2024-02-29"), 50, 5, 40), QString());
        // Version 1 has no trigger for the latest metrics.
        QCOMPARE(latestMetrics(db, 1), QStringLiteral("NULL|NULL|NULL|NULL"));
        QCOMPARE(rows(db, sellersSql), sellerRows);
        snapshotRows = rows(db, snapshotsSql);
        QCOMPARE(snapshotRows.size(), 3);
    }

    ProgramDatabase program;
    QCOMPARE(outcomeName(program.open(path)), outcomeName(Outcome::Migrated));
    QVERIFY2(program.errorString().isEmpty(), qPrintable(program.errorString()));
    QCOMPARE(program.schemaVersion(), ProgramDatabase::latestSchemaVersion());
    const QSqlDatabase db = program.connection();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), ProgramDatabase::kApplicationId);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(rows(db, sellersSql), sellerRows);
    QCOMPARE(rows(db, snapshotsSql), snapshotRows);
    QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM program_info WHERE key = 'created_utc'")),
             QStringList{QStringLiteral("1")});

    QCOMPARE(searchSellers(program, QStringLiteral("gardenfi")), QList<qint64>{1});
    QCOMPARE(searchSellers(program, QStringLiteral("pottery")), (QList<qint64>{2, 3}));
    QCOMPARE(latestMetrics(db, 1), QStringLiteral("2024-03-31|300|30|75"));
    QCOMPARE(latestMetrics(db, 2), QStringLiteral("2024-02-29|50|5|40"));
    QCOMPARE(latestMetrics(db, 3), QStringLiteral("NULL|NULL|NULL|NULL"));

    // The safety copy sits next to the program and is the version-1 file as it was.
    const QString snapshot = program.snapshotPath();
    QVERIFY(!snapshot.isEmpty());
    QVERIFY2(QFileInfo(snapshot).isFile(), qPrintable(snapshot));
    QCOMPARE(QFileInfo(snapshot).absolutePath(), QFileInfo(path).absolutePath());
    QVERIFY(QFileInfo(snapshot).fileName() != QFileInfo(path).fileName());
    {
        PlainConnection copy(snapshot, true);
        QVERIFY2(copy.isOpen(), qPrintable(copy.error()));
        QCOMPARE(scalar(copy.db(), QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(copy.db(), QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(scalar(copy.db(), QStringLiteral("PRAGMA application_id")).toInt(), ProgramDatabase::kApplicationId);
        QVERIFY(
            !scalar(copy.db(), QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'seller_search'")).isValid());
        QCOMPARE(rows(copy.db(), sellersSql), sellerRows);
        QCOMPARE(rows(copy.db(), snapshotsSql), snapshotRows);
    }

    // The migrated program keeps working with the version-2 triggers.
    QCOMPARE(insertSnapshot(db, 3, QStringLiteral("2024-04-30"), 70, 7, 50), QString());
    QCOMPARE(latestMetrics(db, 3), QStringLiteral("2024-04-30|70|7|50"));
}

void TestProgramDatabase::upgradesVersion3ProgramWithReturnRate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("version3.mentordesk"));
    {
        ProgramDatabase program;
        QCOMPARE(outcomeName(program.open(path, 3)), outcomeName(Outcome::Created));
        QCOMPARE(insertSeller(program.connection(), 1, QStringLiteral("EXT-1"), QStringLiteral("Shop")), QString());
        QCOMPARE(insertSnapshot(program.connection(), 1, QStringLiteral("2026-01-31"), 300, 30, 75), QString());
        // Version 3 has no such column.
        QVERIFY(!execError(program.connection(), QStringLiteral("SELECT return_rate FROM seller_metric_snapshots"))
                     .isEmpty());
    }
    ProgramDatabase program;
    QCOMPARE(outcomeName(program.open(path)), outcomeName(Outcome::Migrated));
    QVERIFY(ProgramDatabase::latestSchemaVersion() >= 4);
    const QSqlDatabase db = program.connection();
    // The snapshot is kept, without a rate of its own; a rate outside 0–1 is refused by the CHECK.
    QCOMPARE(rows(db, QStringLiteral("SELECT snapshot_date, orders, IFNULL(return_rate, 'none') "
                                     "FROM seller_metric_snapshots")),
             QStringList{QStringLiteral("2026-01-31|30|none")});
    QCOMPARE(execError(db, QStringLiteral("UPDATE seller_metric_snapshots SET return_rate = 0.25")), QString());
    QVERIFY(!execError(db, QStringLiteral("UPDATE seller_metric_snapshots SET return_rate = 1.5")).isEmpty());
    QVERIFY(QFileInfo(program.snapshotPath()).isFile());
}

void TestProgramDatabase::refusesNewerProgramUntouched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("from-the-future.mentordesk"));
    {
        ProgramDatabase program;
        QCOMPARE(outcomeName(program.open(path)), outcomeName(Outcome::Created));
        QCOMPARE(insertSeller(program.connection(), 1, QStringLiteral("EXT-1"), QStringLiteral("Gardenfield Seeds")),
                 QString());
    }
    {
        PlainConnection plain(path);
        QVERIFY2(plain.isOpen(), qPrintable(plain.error()));
        QCOMPARE(execError(plain.db(),
                           QStringLiteral("PRAGMA user_version = %1").arg(ProgramDatabase::latestSchemaVersion() + 1)),
                 QString());
    }
    const QStringList entries = entriesOf(dir.path());
    QCOMPARE(entries, QStringList{QStringLiteral("from-the-future.mentordesk")});
    const FileState before = FileState::of(path);
    QVERIFY(before.size > 0);

    ProgramDatabase program;
    QCOMPARE(outcomeName(program.open(path)), outcomeName(Outcome::Refused));
    QVERIFY(!program.isOpen());
    QVERIFY2(program.errorString().contains(QStringLiteral("newer")), qPrintable(program.errorString()));
    QVERIFY2(program.errorString().contains(QStringLiteral("from-the-future.mentordesk")),
             qPrintable(program.errorString()));
    QVERIFY(program.snapshotPath().isEmpty());

    const FileState after = FileState::of(path);
    QCOMPARE(after.sha256, before.sha256);
    QCOMPARE(after.size, before.size);
    QCOMPARE(after.modified, before.modified);
    QCOMPARE(entriesOf(dir.path()), entries);
}

void TestProgramDatabase::refusesForeignFileUntouched_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("reason");

    QTest::newRow("text file") << QStringLiteral("not-a-database.mentordesk") << QStringLiteral("not a database");
    QTest::newRow("PNG picture") << QStringLiteral("picture-png.mentordesk") << QStringLiteral("not a database");
    QTest::newRow("another application's database")
        << QStringLiteral("other-application.mentordesk") << QStringLiteral("another application");
    QTest::newRow("damaged program") << QStringLiteral("damaged-program.mentordesk") << QStringLiteral("damaged");
}

void TestProgramDatabase::refusesForeignFileUntouched()
{
    QFETCH(QString, fixture);
    QFETCH(QString, reason);

    const QString source = QStringLiteral(MENTORDESK_TEST_DATA "/") + fixture;
    QVERIFY2(QFileInfo(source).isFile(), qPrintable(source));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fixture);
    QVERIFY(QFile::copy(source, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const FileState before = FileState::of(path);
    QCOMPARE(before.sha256, FileState::of(source).sha256);
    QVERIFY(before.size > 0);

    ProgramDatabase program;
    QCOMPARE(outcomeName(program.open(path)), outcomeName(Outcome::Refused));
    QVERIFY(!program.isOpen());
    const QString error = program.errorString();
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(fixture), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));

    const FileState after = FileState::of(path);
    QCOMPARE(after.sha256, before.sha256);
    QCOMPARE(after.size, before.size);
    QCOMPARE(after.modified, before.modified);
    QCOMPARE(entriesOf(dir.path()), QStringList{fixture});
}

void TestProgramDatabase::damagedFixtureHasIntactHeader()
{
    // The damaged fixture must be refused for its damage alone: a SQLite header, MentorDesk's
    // application_id and a schema version this build reads.
    QFile file(QStringLiteral(MENTORDESK_TEST_DATA "/damaged-program.mentordesk"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(100);
    QCOMPARE(header.size(), 100);
    QCOMPARE(header.left(16), QByteArray("SQLite format 3\0", 16));
    auto bigEndian = [&header](int offset) {
        return int((quint32(quint8(header[offset])) << 24) | (quint32(quint8(header[offset + 1])) << 16) |
                   (quint32(quint8(header[offset + 2])) << 8) | quint32(quint8(header[offset + 3])));
    };
    QCOMPARE(bigEndian(68), ProgramDatabase::kApplicationId);
    const int userVersion = bigEndian(60);
    QVERIFY(userVersion >= 1 && userVersion <= ProgramDatabase::latestSchemaVersion());
}

void TestProgramDatabase::emptyFileBecomesNewProgram()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.mentordesk"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(QFileInfo(path).size(), 0);

    ProgramDatabase program;
    QCOMPARE(outcomeName(program.open(path)), outcomeName(Outcome::Created));
    QCOMPARE(program.schemaVersion(), ProgramDatabase::latestSchemaVersion());
    QCOMPARE(scalar(program.connection(), QStringLiteral("PRAGMA application_id")).toInt(),
             ProgramDatabase::kApplicationId);
    QCOMPARE(insertSeller(program.connection(), 1, QStringLiteral("EXT-1"), QStringLiteral("Gardenfield Seeds")),
             QString());
    QVERIFY(QFileInfo(path).size() > 0);
}

void TestProgramDatabase::missingFolderIsCreated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("programs/2024 spring"));
    const QString path = folder + QStringLiteral("/program.mentordesk");
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("programs"))));

    ProgramDatabase program;
    QCOMPARE(outcomeName(program.open(path)), outcomeName(Outcome::Created));
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(program.schemaVersion(), ProgramDatabase::latestSchemaVersion());
}

QTEST_GUILESS_MAIN(TestProgramDatabase)
#include "test_programdatabase.moc"
