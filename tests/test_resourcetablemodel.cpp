// SPDX-License-Identifier: GPL-3.0-or-later
// ResourceTableModel: the library by title with translated kinds, sizes and link sites, filtered
// by a text and a kind, and following the change feed (an add appears, its undo removes it).
#include "SqlTestSupport.h"

#include "editing/ProgramEditor.h"
#include "resources/ResourceEditor.h"
#include "resources/ResourceTableModel.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mentordesk;

class TestResourceTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_program = std::make_unique<ProgramDatabase>();
        QCOMPARE(m_program->open(m_dir->filePath(QStringLiteral("library.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        m_editor = std::make_unique<ProgramEditor>(m_program->connection(), QStringLiteral("Alex"));
        ResourceEditor resources(*m_editor);
        QVERIFY(resources.addLink({QStringLiteral("Seller help: photos"), QString(), QStringLiteral("Listings"),
                                   QStringLiteral("photos, titles")},
                                  QStringLiteral("https://help.example.org/photos")));
        QVERIFY(resources.addLink({QStringLiteral("Ask the coordinator"), QString(), QString(), QString()},
                                  QStringLiteral("mailto:coordinator@example.org")));
        const QString path = m_dir->filePath(QStringLiteral("pricing-benchmarks.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, ','));
        file.close();
        QVERIFY(resources.addFile({QStringLiteral("Pricing benchmarks"), QStringLiteral("benchmark"),
                                   QStringLiteral("Pricing"), QStringLiteral("median")},
                                  path));
    }

    void cleanup()
    {
        m_editor.reset();
        m_program.reset();
        m_dir.reset();
    }

    void showsTheLibraryByTitle()
    {
        ResourceTableModel model(m_editor.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ResourceTableModel::ColumnCount));
        QCOMPARE(cells(model, ResourceTableModel::Title),
                 (QStringList{QStringLiteral("Ask the coordinator"), QStringLiteral("Pricing benchmarks"),
                              QStringLiteral("Seller help: photos")}));
        QCOMPARE(cells(model, ResourceTableModel::Kind),
                 (QStringList{QStringLiteral("Link"), QStringLiteral("Benchmark data"), QStringLiteral("Link")}));
        const QStringList sizes = cells(model, ResourceTableModel::SizeOrHost);
        QCOMPARE(sizes.at(0), QStringLiteral("coordinator@example.org"));
        QCOMPARE(sizes.at(1), QLocale().formattedDataSize(2048));
        QCOMPARE(sizes.at(2), QStringLiteral("help.example.org"));
        QCOMPARE(model.index(1, 0).data(ResourceTableModel::IsLinkRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(ResourceTableModel::IdRole).toLongLong(), model.idAt(1));
        QCOMPARE(model.rowOf(model.idAt(2)), 2);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("all") << QString() << QString()
                             << QStringList{"Ask the coordinator", "Pricing benchmarks", "Seller help: photos"};
        QTest::newRow("tag, any case") << "PHOTOS" << QString() << QStringList{"Seller help: photos"};
        QTest::newRow("category") << "pricing" << QString() << QStringList{"Pricing benchmarks"};
        QTest::newRow("address") << "coordinator@" << QString() << QStringList{"Ask the coordinator"};
        QTest::newRow("kind") << QString() << "link" << QStringList{"Ask the coordinator", "Seller help: photos"};
        QTest::newRow("text and kind") << "median"
                                       << "link" << QStringList();
        QTest::newRow("percent is plain") << "%" << QString() << QStringList();
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QStringList, titles);
        ResourceTableModel model(m_editor.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTextFilter(text);
        model.setKindFilter(kind);
        QCOMPARE(cells(model, ResourceTableModel::Title), titles);
    }

    void followsTheChangeFeed()
    {
        ResourceTableModel model(m_editor.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ResourceEditor resources(*m_editor);
        const qint64 id = resources.addLink({QStringLiteral("Attributes guide"), QString(), QString(), QString()},
                                            QStringLiteral("https://example.org/attributes"));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(id), 1); // after "Ask the coordinator"
        m_editor->undoStack()->undo();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(id), -1);
    }

private:
    static QStringList cells(const ResourceTableModel& model, int column)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, column).data().toString();
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
    std::unique_ptr<ProgramEditor> m_editor;
};

QTEST_GUILESS_MAIN(TestResourceTableModel)
#include "test_resourcetablemodel.moc"
