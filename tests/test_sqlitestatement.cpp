// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStatement and its helpers on SQLite's C API: prepare, every binder (text in UTF-8 and
// UTF-16, integer, real, null) and getter, step/reset/run, failures with SQLite's error text, and
// finding the sqlite3 handle under a Qt connection.
#include "storage/SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace mentordesk;

namespace {

/// An in-memory database on the C API, closed at the end of the scope.
class MemoryDatabase {
public:
    MemoryDatabase() { sqlite3_open(":memory:", &m_db); }
    ~MemoryDatabase() { sqlite3_close_v2(m_db); }
    MemoryDatabase(const MemoryDatabase&) = delete;
    MemoryDatabase& operator=(const MemoryDatabase&) = delete;
    sqlite3* handle() const { return m_db; }
    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3* m_db = nullptr;
};

enum class Binder { Utf8Text, Utf8TextWithLength, Utf16Text, Integer, Real, Null };

} // namespace

Q_DECLARE_METATYPE(Binder)

class TestSqliteStatement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void executeRunsStatementsAndReportsErrors();
    void prepareFailsWithSqliteMessage_data();
    void prepareFailsWithSqliteMessage();
    void bindsAndReadsBack_data();
    void bindsAndReadsBack();
    void runInsertsOneRowPerCall();
    void runFailsOnAConstraintAndRecovers();
    void stepYieldsRowsInOrder();
    void stepReportsFailure();
    void destructorFinalizes();
    void preparingAgainReplacesTheStatement();
    void handleOfAQtConnection();
};

void TestSqliteStatement::executeRunsStatementsAndReportsErrors()
{
    MemoryDatabase db;
    QString error;
    QVERIFY2(sqliteExecute(db.handle(),
                           "CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)", &error),
             qPrintable(error));
    QVERIFY(error.isEmpty());
    SqliteStatement count;
    QVERIFY(count.prepare(db.handle(), "SELECT count(*) FROM t"));
    QVERIFY(count.step());
    QCOMPARE(count.columnInteger(0), qint64(2));

    QVERIFY(!sqliteExecute(db.handle(), "INSERT INTO missing VALUES (1)", &error));
    QCOMPARE(error, QStringLiteral("no such table: missing"));
    // Without a place for the message, only the result.
    QVERIFY(!sqliteExecute(db.handle(), "NOT SQL", nullptr));
    QVERIFY(sqliteExecute(db.handle(), "DELETE FROM t", nullptr));
}

void TestSqliteStatement::prepareFailsWithSqliteMessage_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("message");

    QTest::newRow("syntax") << QByteArray("SELEC 1") << QStringLiteral("near \"SELEC\": syntax error");
    QTest::newRow("no such table") << QByteArray("SELECT * FROM nowhere") << QStringLiteral("no such table: nowhere");
    QTest::newRow("no such column") << QByteArray("SELECT b FROM t") << QStringLiteral("no such column: b");
}

void TestSqliteStatement::prepareFailsWithSqliteMessage()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, message);
    MemoryDatabase db;
    QVERIFY(sqliteExecute(db.handle(), "CREATE TABLE t (a INTEGER)", nullptr));
    SqliteStatement statement;
    QVERIFY(!statement.isPrepared());
    QVERIFY(!statement.prepare(db.handle(), sql.constData()));
    QVERIFY(!statement.isPrepared());
    QCOMPARE(statement.handle(), nullptr);
    QCOMPARE(db.lastError(), message);
}

void TestSqliteStatement::bindsAndReadsBack_data()
{
    QTest::addColumn<Binder>("binder");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("type"); // SQLite's typeof() of the bound parameter

    QTest::newRow("UTF-8 text") << Binder::Utf8Text << QVariant(QStringLiteral("Kiln & Co")) << QStringLiteral("text");
    QTest::newRow("UTF-8 text, non-ASCII")
        << Binder::Utf8Text << QVariant(QStringLiteral("Töpferei Müller ☕")) << QStringLiteral("text");
    QTest::newRow("UTF-8 text, empty") << Binder::Utf8Text << QVariant(QStringLiteral("")) << QStringLiteral("text");
    QTest::newRow("UTF-8 text, length given")
        << Binder::Utf8TextWithLength << QVariant(QStringLiteral("abc")) << QStringLiteral("text");
    QTest::newRow("UTF-16 text") << Binder::Utf16Text << QVariant(QStringLiteral("Etsy shop"))
                                 << QStringLiteral("text");
    QTest::newRow("UTF-16 text, non-BMP")
        << Binder::Utf16Text << QVariant(QStringLiteral("Ceramics 🏺 and Ω")) << QStringLiteral("text");
    QTest::newRow("UTF-16 null string is empty text")
        << Binder::Utf16Text << QVariant(QString()) << QStringLiteral("text");
    QTest::newRow("integer") << Binder::Integer << QVariant(qint64(42)) << QStringLiteral("integer");
    QTest::newRow("integer, negative") << Binder::Integer << QVariant(qint64(-7)) << QStringLiteral("integer");
    QTest::newRow("integer, 64-bit maximum")
        << Binder::Integer << QVariant(std::numeric_limits<qint64>::max()) << QStringLiteral("integer");
    QTest::newRow("integer, 64-bit minimum")
        << Binder::Integer << QVariant(std::numeric_limits<qint64>::min()) << QStringLiteral("integer");
    QTest::newRow("real") << Binder::Real << QVariant(1234.5) << QStringLiteral("real");
    QTest::newRow("real, tiny") << Binder::Real << QVariant(1e-300) << QStringLiteral("real");
    QTest::newRow("real, negative") << Binder::Real << QVariant(-0.125) << QStringLiteral("real");
    QTest::newRow("null") << Binder::Null << QVariant() << QStringLiteral("null");
}

void TestSqliteStatement::bindsAndReadsBack()
{
    QFETCH(Binder, binder);
    QFETCH(QVariant, value);
    QFETCH(QString, type);

    MemoryDatabase db;
    QVERIFY(sqliteExecute(db.handle(), "CREATE TABLE t (v)", nullptr));
    SqliteStatement insert;
    QVERIFY2(insert.prepare(db.handle(), "INSERT INTO t (v) VALUES (?1)"), qPrintable(db.lastError()));
    QVERIFY(insert.isPrepared());
    // Text binders keep pointers into these buffers until the run.
    const QString text = value.toString();
    const QByteArray utf8 = text.toUtf8();
    const QByteArray padded = utf8 + "-not-bound";
    switch (binder) {
    case Binder::Utf8Text:
        insert.text(1, utf8.constData());
        break;
    case Binder::Utf8TextWithLength:
        insert.text(1, padded.constData(), int(utf8.size()));
        break;
    case Binder::Utf16Text:
        insert.text(1, value.isNull() ? QStringView() : QStringView(text));
        break;
    case Binder::Integer:
        insert.integer(1, value.toLongLong());
        break;
    case Binder::Real:
        insert.real(1, value.toDouble());
        break;
    case Binder::Null:
        insert.null(1);
        break;
    }
    QVERIFY2(insert.run(), qPrintable(db.lastError()));

    SqliteStatement select;
    QVERIFY(select.prepare(db.handle(), "SELECT v, typeof(v) FROM t"));
    QVERIFY(select.step());
    QCOMPARE(select.columnText(1), type);
    switch (binder) {
    case Binder::Utf8Text:
    case Binder::Utf8TextWithLength:
    case Binder::Utf16Text:
        QVERIFY(!select.isNull(0));
        QCOMPARE(select.columnText(0), text.isNull() ? QStringLiteral("") : text);
        QVERIFY(!select.columnText(0).isNull());
        break;
    case Binder::Integer:
        QCOMPARE(select.columnInteger(0), value.toLongLong());
        break;
    case Binder::Real:
        QCOMPARE(select.columnReal(0), value.toDouble());
        break;
    case Binder::Null:
        QVERIFY(select.isNull(0));
        QVERIFY(select.columnText(0).isNull());
        QCOMPARE(select.columnInteger(0), qint64(0));
        break;
    }
    QVERIFY(!select.step());
    QVERIFY(!select.failed());
}

void TestSqliteStatement::runInsertsOneRowPerCall()
{
    MemoryDatabase db;
    QVERIFY(sqliteExecute(db.handle(), "CREATE TABLE t (n INTEGER, name TEXT)", nullptr));
    SqliteStatement insert;
    QVERIFY(insert.prepare(db.handle(), "INSERT INTO t VALUES (?, ?)"));
    const QStringList names{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")};
    for (int i = 0; i < names.size(); ++i) {
        insert.integer(1, i + 1);
        insert.text(2, QStringView(names.at(i)));
        QVERIFY2(insert.run(), qPrintable(db.lastError())); // resets itself for the next row
    }
    // A binding stays until it is replaced, also across the reset.
    insert.integer(1, 4);
    QVERIFY(insert.run());

    SqliteStatement select;
    QVERIFY(select.prepare(db.handle(), "SELECT n, name FROM t ORDER BY n"));
    QStringList rows;
    while (select.step())
        rows << QStringLiteral("%1 %2").arg(select.columnInteger(0)).arg(select.columnText(1));
    QVERIFY(!select.failed());
    QCOMPARE(rows, (QStringList{QStringLiteral("1 one"), QStringLiteral("2 two"), QStringLiteral("3 three"),
                                QStringLiteral("4 three")}));
}

void TestSqliteStatement::runFailsOnAConstraintAndRecovers()
{
    MemoryDatabase db;
    QVERIFY(sqliteExecute(db.handle(), "CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER NOT NULL)", nullptr));
    SqliteStatement insert;
    QVERIFY(insert.prepare(db.handle(), "INSERT INTO t VALUES (?, ?)"));
    insert.text(1, "S-1");
    insert.integer(2, 1);
    QVERIFY(insert.run());
    insert.integer(2, 2);
    QVERIFY(!insert.run());
    QCOMPARE(db.lastError(), QStringLiteral("UNIQUE constraint failed: t.id"));
    insert.text(1, "S-2");
    insert.null(2);
    QVERIFY(!insert.run());
    QCOMPARE(db.lastError(), QStringLiteral("NOT NULL constraint failed: t.n"));
    // The failed runs reset the statement: the next one works.
    insert.integer(2, 3);
    QVERIFY2(insert.run(), qPrintable(db.lastError()));
    SqliteStatement count;
    QVERIFY(count.prepare(db.handle(), "SELECT count(*), sum(n) FROM t"));
    QVERIFY(count.step());
    QCOMPARE(count.columnInteger(0), qint64(2));
    QCOMPARE(count.columnInteger(1), qint64(4));
}

void TestSqliteStatement::stepYieldsRowsInOrder()
{
    MemoryDatabase db;
    QVERIFY(sqliteExecute(db.handle(),
                          "CREATE TABLE t (n INTEGER, r REAL);"
                          "INSERT INTO t VALUES (3, 0.5), (1, 1.5), (2, NULL), (5, 2.5)",
                          nullptr));
    SqliteStatement select;
    QVERIFY(select.prepare(db.handle(), "SELECT n, r FROM t WHERE n >= ? ORDER BY n"));
    select.integer(1, 2);
    QList<qint64> numbers;
    QList<double> reals;
    while (select.step()) {
        numbers << select.columnInteger(0);
        reals << (select.isNull(1) ? -1.0 : select.columnReal(1));
    }
    QVERIFY(!select.failed());
    QCOMPARE(numbers, (QList<qint64>{2, 3, 5}));
    QCOMPARE(reals, (QList<double>{-1.0, 0.5, 2.5}));
    // After a reset the same statement runs again, with new values.
    select.reset();
    select.integer(1, 5);
    QVERIFY(select.step());
    QCOMPARE(select.columnInteger(0), qint64(5));
    QVERIFY(!select.step());
    QVERIFY(!select.failed());
}

void TestSqliteStatement::stepReportsFailure()
{
    MemoryDatabase db;
    QVERIFY(sqliteExecute(db.handle(), "CREATE TABLE t (n INTEGER CHECK (n > 0))", nullptr));
    SqliteStatement insert;
    QVERIFY(insert.prepare(db.handle(), "INSERT INTO t VALUES (?)"));
    insert.integer(1, 7);
    QVERIFY(!insert.step());   // an insert yields no row...
    QVERIFY(!insert.failed()); // ...and is done
    insert.reset();
    insert.integer(1, -1);
    QVERIFY(!insert.step());
    QVERIFY(insert.failed());
    QVERIFY2(db.lastError().startsWith(QStringLiteral("CHECK constraint failed")), qPrintable(db.lastError()));
    insert.reset();
    insert.integer(1, 8);
    QVERIFY(!insert.step());
    QVERIFY(!insert.failed());
}

void TestSqliteStatement::destructorFinalizes()
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
    {
        SqliteStatement statement;
        QVERIFY(statement.prepare(db, "SELECT 1"));
        QVERIFY(statement.step());
        // sqlite3_close() refuses while a statement is not finalized.
        QCOMPARE(sqlite3_next_stmt(db, nullptr), statement.handle());
    }
    QCOMPARE(sqlite3_next_stmt(db, nullptr), nullptr);
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
}

void TestSqliteStatement::preparingAgainReplacesTheStatement()
{
    MemoryDatabase db;
    SqliteStatement statement;
    QVERIFY(statement.prepare(db.handle(), "SELECT 1"));
    QVERIFY(statement.step());
    QVERIFY(statement.prepare(db.handle(), "SELECT 2"));
    // The first statement was finalized: the database holds exactly the second one.
    QCOMPARE(sqlite3_next_stmt(db.handle(), nullptr), statement.handle());
    QCOMPARE(sqlite3_next_stmt(db.handle(), statement.handle()), nullptr);
    QVERIFY(!statement.failed());
    QVERIFY(statement.step());
    QCOMPARE(statement.columnInteger(0), 2);
}

void TestSqliteStatement::handleOfAQtConnection()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = QStringLiteral("handle-test");
    {
        QSqlDatabase unopened;
        QCOMPARE(sqliteHandle(unopened), nullptr);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("handle.sqlite")));
        QCOMPARE(sqliteHandle(db), nullptr); // not open yet
        QVERIFY(db.open());
        sqlite3* handle = sqliteHandle(db);
        QVERIFY(handle);
        // The same connection: what the C API writes, Qt reads.
        QVERIFY(sqliteExecute(handle, "CREATE TABLE t (a); INSERT INTO t VALUES ('from C')", nullptr));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT a FROM t")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("from C"));
        query.finish();
        db.close();
        QCOMPARE(sqliteHandle(db), nullptr);
    }
    QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "test_sqlitestatement.moc"
