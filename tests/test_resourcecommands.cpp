// SPDX-License-Identifier: GPL-3.0-or-later
// ResourceEditor: adding links and files, editing, deleting, attaching and detaching, each an
// audited step that undo takes back and redo writes again, announced on the change feed; a
// refusal (bad address, unreadable or too large file) says why and writes nothing.
#include "ChecklistFixture.h"

#include "editing/ProgramEditor.h"
#include "resources/ResourceEditor.h"
#include "resources/ResourceRepository.h"
#include "storage/ProgramDatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

namespace {

const QString kResourcesSql = QStringLiteral("SELECT id, title, kind, category, tags, IFNULL(url, ''), "
                                             "IFNULL(file_name, ''), IFNULL(size_bytes, -1), created_utc "
                                             "FROM resources ORDER BY id");
const QString kAttachmentsSql =
    QStringLiteral("SELECT resource_id, IFNULL(touchpoint_id, 0), IFNULL(checklist_template_item_id, 0) FROM "
                   "resource_attachments ORDER BY resource_id, touchpoint_id, checklist_template_item_id");

/// Bytes that differ at every position a small bug could confuse (not one repeated value).
QByteArray patternedBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + i / 256) & 0xff);
    return bytes;
}

} // namespace

class TestResourceCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_program = std::make_unique<ProgramDatabase>();
        QCOMPARE(m_program->open(m_dir->filePath(QStringLiteral("resources.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        SQL_OK(checklistfixture::build(db()));
        SQL_OK(execSql(db(), QStringLiteral("INSERT INTO touchpoints(id, pairing_id, kind, scheduled_utc, uid) "
                                            "VALUES (1, 1, 'live_call', '2026-03-02T09:00:00Z', 'tp-1')")));
        m_editor = std::make_unique<ProgramEditor>(db(), QStringLiteral("Alex"));
    }

    void cleanup()
    {
        m_editor.reset();
        m_program.reset();
        m_dir.reset();
    }

    void addsLinkWithUndoRedo()
    {
        QSignalSpy changes(m_editor->changes(), &ChangeFeed::changed);
        ResourceEditor resources(*m_editor);
        const qint64 id = resources.addLink({QStringLiteral(" Seller help "), QString(), QStringLiteral("Listings"),
                                             QStringLiteral("photos, , Photos ,titles")},
                                            QStringLiteral("https://example.org/seller-help"));
        QVERIFY2(id > 0, qPrintable(resources.errorString()));
        const QStringList added = queryRows(db(), kResourcesSql);
        QCOMPARE(added.size(), 1);
        QVERIFY(added.first().startsWith(
            QStringLiteral("%1|Seller help|link|Listings|photos, titles|https://example.org/seller-help||-1|")
                .arg(id)));
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.first().first().value<ChangeEvent>().affects(EntityKind::Resource));
        QCOMPARE(scalar(db(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'resource' AND "
                                       "entity_id = ? AND field = 'record'"),
                        {id})
                     .toInt(),
                 1);
        m_editor->undoStack()->undo();
        QCOMPARE(queryRows(db(), kResourcesSql), QStringList());
        m_editor->undoStack()->redo();
        QCOMPARE(queryRows(db(), kResourcesSql), added);
        QCOMPARE(changes.size(), 3);
    }

    void refusesBadLinks_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("said");
        QTest::newRow("empty") << "T"
                               << ""
                               << "address";
        QTest::newRow("ftp") << "T"
                             << "ftp://example.org/file"
                             << "http";
        QTest::newRow("javascript") << "T"
                                    << "javascript:alert(1)"
                                    << "http";
        QTest::newRow("no host") << "T"
                                 << "https://"
                                 << "ftp";
        QTest::newRow("no title") << " "
                                  << "https://example.org"
                                  << "title";
    }

    void refusesBadLinks()
    {
        QFETCH(QString, title);
        QFETCH(QString, url);
        QFETCH(QString, said);
        ResourceEditor resources(*m_editor);
        QCOMPARE(resources.addLink({title, QString(), QString(), QString()}, url), 0);
        QVERIFY(!resources.errorString().isEmpty());
        if (said != QLatin1String("ftp"))
            QVERIFY2(resources.errorString().contains(said), qPrintable(resources.errorString()));
        QCOMPARE(queryRows(db(), kResourcesSql), QStringList());
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }

    void acceptsMailto()
    {
        ResourceEditor resources(*m_editor);
        QVERIFY2(resources.addLink({QStringLiteral("Ask the coordinator"), QString(), QString(), QString()},
                                   QStringLiteral("mailto:coordinator@example.org")),
                 qPrintable(resources.errorString()));
    }

    void addsFileAndExportsItByteForByte()
    {
        const QByteArray bytes = patternedBytes(70000);
        const QString path = writeFile(QStringLiteral("benchmarks.csv"), bytes);
        ResourceEditor resources(*m_editor);
        const qint64 id = resources.addFile({QString(), QStringLiteral("benchmark"), QString(), QString()}, path);
        QVERIFY2(id > 0, qPrintable(resources.errorString()));
        QCOMPARE(scalar(db(),
                        QStringLiteral("SELECT title || '|' || file_name || '|' || size_bytes || '|' || "
                                       "mime_type FROM resources WHERE id = ?"),
                        {id})
                     .toString(),
                 QStringLiteral("benchmarks.csv|benchmarks.csv|70000|text/csv"));
        const QString exported = m_dir->filePath(QStringLiteral("out/opened.csv"));
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("out"))));
        QVERIFY2(resources.exportFile(id, exported), qPrintable(resources.errorString()));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    void refusesFiles_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QString>("said");
        QTest::newRow("missing") << qint64(10) << false << "no such file";
        QTest::newRow("one byte over the limit") << ResourceKinds::kMaxFileBytes + 1 << true << "more than";
    }

    void refusesFiles()
    {
        QFETCH(qint64, size);
        QFETCH(bool, exists);
        QFETCH(QString, said);
        const QString path = exists ? writeFile(QStringLiteral("big.pdf"), QByteArray(size, 'x'))
                                    : m_dir->filePath(QStringLiteral("absent.pdf"));
        ResourceEditor resources(*m_editor);
        QCOMPARE(resources.addFile({}, path), 0);
        QVERIFY2(resources.errorString().contains(said), qPrintable(resources.errorString()));
        QVERIFY2(resources.errorString().contains(QFileInfo(path).fileName()), qPrintable(resources.errorString()));
        QCOMPARE(queryRows(db(), kResourcesSql), QStringList());
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'resource'")).toInt(), 0);
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }

    void acceptsFileAtTheLimit()
    {
        const QString path = writeFile(QStringLiteral("limit.bin"), QByteArray(ResourceKinds::kMaxFileBytes, 'y'));
        ResourceEditor resources(*m_editor);
        QVERIFY2(resources.addFile({}, path) > 0, qPrintable(resources.errorString()));
    }

    void editsDetailsWithUndo()
    {
        ResourceEditor resources(*m_editor);
        const qint64 id = resources.addLink({QStringLiteral("Help"), QString(), QString(), QString()},
                                            QStringLiteral("https://example.org/help"));
        const QStringList before = queryRows(db(), kResourcesSql);
        QVERIFY2(resources.edit(id, {QStringLiteral("Pricing guide"), QStringLiteral("playbook"),
                                     QStringLiteral("Pricing"), QStringLiteral("median")}),
                 qPrintable(resources.errorString()));
        const QStringList after = queryRows(db(), kResourcesSql);
        QVERIFY(after.first().startsWith(QStringLiteral("%1|Pricing guide|playbook|Pricing|median|").arg(id)));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT old_value || '>' || new_value FROM audit_log WHERE "
                                             "entity = 'resource' AND field = 'title'"))
                     .toString(),
                 QStringLiteral("Help>Pricing guide"));
        QVERIFY(!resources.edit(id, {QString(), QString(), QString(), QString()}));
        QVERIFY(!resources.edit(id, {QStringLiteral("T"), QStringLiteral("video"), QString(), QString()}));
        m_editor->undoStack()->undo();
        QCOMPARE(queryRows(db(), kResourcesSql), before);
        m_editor->undoStack()->redo();
        QCOMPARE(queryRows(db(), kResourcesSql), after);
    }

    void deleteAndUndoRestoresContentAndAttachments()
    {
        const QByteArray bytes = patternedBytes(4096);
        ResourceEditor resources(*m_editor);
        const qint64 id =
            resources.addFile({QStringLiteral("Playbook"), QStringLiteral("playbook"), QString(), QString()},
                              writeFile(QStringLiteral("playbook.md"), bytes));
        QVERIFY(id > 0);
        const qint64 item = scalar(db(), QStringLiteral("SELECT min(id) FROM checklist_template_items")).toLongLong();
        QVERIFY2(resources.attachToTouchpoint(id, 1), qPrintable(resources.errorString()));
        QVERIFY2(resources.attachToTemplateItem(id, item), qPrintable(resources.errorString()));
        const QStringList rows = queryRows(db(), kResourcesSql);
        const QStringList attachments = queryRows(db(), kAttachmentsSql);
        QCOMPARE(attachments.size(), 2);

        QVERIFY2(resources.remove(id), qPrintable(resources.errorString()));
        QCOMPARE(queryRows(db(), kResourcesSql), QStringList());
        QCOMPARE(queryRows(db(), kAttachmentsSql), QStringList());
        m_editor->undoStack()->undo();
        QCOMPARE(queryRows(db(), kResourcesSql), rows);
        QCOMPARE(queryRows(db(), kAttachmentsSql), attachments);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT content FROM resources WHERE id = ?"), {id}).toByteArray(), bytes);
        m_editor->undoStack()->redo();
        QCOMPARE(queryRows(db(), kResourcesSql), QStringList());
    }

    void attachesAndDetachesWithUndo()
    {
        ResourceEditor resources(*m_editor);
        const qint64 id = resources.addLink({QStringLiteral("Help"), QString(), QString(), QString()},
                                            QStringLiteral("https://example.org/help"));
        QVERIFY(resources.attachToTouchpoint(id, 1));
        QCOMPARE(queryRows(db(), kAttachmentsSql), QStringList{QStringLiteral("%1|1|0").arg(id)});
        QVERIFY(!resources.attachToTouchpoint(id, 1)); // twice
        QVERIFY(resources.errorString().contains(QLatin1String("already")));
        QVERIFY(!resources.attachToTouchpoint(id, 99));
        QVERIFY(!resources.attachToTemplateItem(id, 999));
        ResourceRepository repository(m_editor->records());
        QCOMPARE(repository.attachedToTouchpoint(1).size(), 1);
        QCOMPARE(repository.attachedToTouchpoint(1).first().title, QStringLiteral("Help"));

        QVERIFY(resources.detach({id, 1, 0}));
        QCOMPARE(queryRows(db(), kAttachmentsSql), QStringList());
        QVERIFY(!resources.detach({id, 1, 0}));
        m_editor->undoStack()->undo();
        QCOMPARE(queryRows(db(), kAttachmentsSql), QStringList{QStringLiteral("%1|1|0").arg(id)});
        m_editor->undoStack()->undo();
        QCOMPARE(queryRows(db(), kAttachmentsSql), QStringList());
    }

    void undoRefusedWhenChangedMeanwhile()
    {
        ResourceEditor resources(*m_editor);
        const qint64 id = resources.addLink({QStringLiteral("Help"), QString(), QString(), QString()},
                                            QStringLiteral("https://example.org/help"));
        QSignalSpy errors(m_editor.get(), &ProgramEditor::errorOccurred);
        SQL_OK(execSql(db(), QStringLiteral("UPDATE resources SET title = 'Elsewhere' WHERE id = ?"), {id}));
        m_editor->undoStack()->undo();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT title FROM resources WHERE id = ?"), {id}).toString(),
                 QStringLiteral("Elsewhere"));
    }

private:
    QSqlDatabase db() const { return m_program->connection(); }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
    std::unique_ptr<ProgramEditor> m_editor;
};

QTEST_GUILESS_MAIN(TestResourceCommands)
#include "test_resourcecommands.moc"
