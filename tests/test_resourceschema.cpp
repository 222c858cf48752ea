// SPDX-License-Identifier: GPL-3.0-or-later
// The resource library's tables (schema version 7): a resource is a link or a stored file, never
// both or neither; its size is the blob's and at most 20 MiB; an attachment names exactly one
// touchpoint or checklist template item, once, and goes with either side.
#include "SqlTestSupport.h"

#include "storage/ProgramDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

namespace {

const QString kInsert = QStringLiteral(
    "INSERT INTO resources(title, kind, url, file_name, mime_type, size_bytes, content, created_utc, updated_utc) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, '', '')");

} // namespace

class TestResourceSchema : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_program = std::make_unique<ProgramDatabase>();
        QCOMPARE(m_program->open(m_dir.filePath(QStringLiteral("resources-%1.mentordesk").arg(++m_files))),
                 ProgramDatabase::Outcome::Created);
    }

    void acceptsOrRefusesRows_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QVariant>("url");
        QTest::addColumn<QVariant>("fileName");
        QTest::addColumn<QVariant>("size");
        QTest::addColumn<QVariant>("content");
        QTest::addColumn<bool>("accepted");
        const QVariant none;
        const QVariant blob(QByteArray("a,b\n1,2\n"));
        QTest::newRow("link") << "Seller help"
                              << "link" << QVariant("https://example.org/help") << none << none << none << true;
        QTest::newRow("file") << "Benchmarks"
                              << "benchmark" << none << QVariant("b.csv") << QVariant(8) << blob << true;
        QTest::newRow("empty file") << "Empty"
                                    << "document" << none << QVariant("e.txt") << QVariant(0)
                                    << QVariant(QByteArray("")) << true;
        QTest::newRow("blank title") << "  "
                                     << "link" << QVariant("https://example.org") << none << none << none << false;
        QTest::newRow("unknown kind") << "T"
                                      << "video" << QVariant("https://example.org") << none << none << none << false;
        QTest::newRow("neither") << "T"
                                 << "document" << none << none << none << none << false;
        QTest::newRow("both") << "T"
                              << "document" << QVariant("https://example.org") << QVariant("b.csv") << QVariant(8)
                              << blob << false;
        QTest::newRow("file without name") << "T"
                                           << "document" << none << none << QVariant(8) << blob << false;
        QTest::newRow("size not the blob's") << "T"
                                             << "document" << none << QVariant("b.csv") << QVariant(9) << blob << false;
        QTest::newRow("over the limit") << "T"
                                        << "document" << none << QVariant("b.csv") << QVariant(20971521) << blob
                                        << false;
    }

    void acceptsOrRefusesRows()
    {
        QFETCH(QString, title);
        QFETCH(QString, kind);
        QFETCH(QVariant, url);
        QFETCH(QVariant, fileName);
        QFETCH(QVariant, size);
        QFETCH(QVariant, content);
        QFETCH(bool, accepted);
        const QString error =
            execSql(m_program->connection(), kInsert, {title, kind, url, fileName, QVariant(), size, content});
        QCOMPARE(error.isEmpty(), accepted);
    }

    void attachmentNamesExactlyOneTargetOnce()
    {
        const QSqlDatabase db = m_program->connection();
        SQL_OK(execSql(db, kInsert,
                       {QStringLiteral("Help"), QStringLiteral("link"), QStringLiteral("https://example.org"),
                        QVariant(), QVariant(), QVariant(), QVariant()}));
        const qint64 resource = scalar(db, QStringLiteral("SELECT max(id) FROM resources")).toLongLong();
        const qint64 item = scalar(db, QStringLiteral("SELECT min(id) FROM checklist_template_items")).toLongLong();
        QVERIFY(item > 0);
        const QString attach = QStringLiteral("INSERT INTO resource_attachments(resource_id, touchpoint_id, "
                                              "checklist_template_item_id) VALUES (?, ?, ?)");
        SQL_OK(execSql(db, attach, {resource, QVariant(), item}));
        QVERIFY(!execSql(db, attach, {resource, QVariant(), item}).isEmpty());       // twice
        QVERIFY(!execSql(db, attach, {resource, QVariant(), QVariant()}).isEmpty()); // neither
        QVERIFY(!execSql(db, attach, {resource, 1, item}).isEmpty());                // both
        QVERIFY(!execSql(db, attach, {resource, 999, QVariant()}).isEmpty());        // no such touchpoint

        // Deleting the template item, or the resource, takes the attachment with it.
        SQL_OK(execSql(db, QStringLiteral("DELETE FROM checklist_template_items WHERE id = ?"), {item}));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM resource_attachments")).toInt(), 0);
        const qint64 other = scalar(db, QStringLiteral("SELECT max(id) FROM checklist_template_items")).toLongLong();
        SQL_OK(execSql(db, attach, {resource, QVariant(), other}));
        SQL_OK(execSql(db, QStringLiteral("DELETE FROM resources WHERE id = ?"), {resource}));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM resource_attachments")).toInt(), 0);
    }

    void upgradesVersion6ProgramWithEmptyLibrary()
    {
        const QString path = m_dir.filePath(QStringLiteral("version6.mentordesk"));
        {
            ProgramDatabase program;
            QCOMPARE(program.open(path, 6), ProgramDatabase::Outcome::Created);
        }
        ProgramDatabase program;
        QCOMPARE(program.open(path), ProgramDatabase::Outcome::Migrated);
        QCOMPARE(scalar(program.connection(), QStringLiteral("SELECT count(*) FROM resources")).toInt(), 0);
        QCOMPARE(scalar(program.connection(), QStringLiteral("SELECT count(*) FROM resource_attachments")).toInt(), 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(TestResourceSchema)
#include "test_resourceschema.moc"
