// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/ImportBatchTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace mentordesk;

class TestImportBatchTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsBatchesNewestFirst()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ImportBatchTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ImportBatchTableModel::State) + 1);

        ImportBatch newer;
        newer.id = 7;
        newer.kind = QStringLiteral("metrics");
        newer.fileName = QStringLiteral("metrics-march.csv");
        newer.startedUtc = QDateTime(QDate(2026, 3, 31), QTime(9, 0), Qt::UTC);
        newer.rowsRead = 1200;
        newer.snapshotsAdded = 1000;
        newer.snapshotsUpdated = 150;
        ImportBatch older;
        older.id = 3;
        older.kind = QStringLiteral("sellers");
        older.fileName = QStringLiteral("sellers.csv");
        older.sellersAdded = 12;
        older.sellersUnchanged = 2;
        older.rowsSkipped = 1;
        older.undoneUtc = QDateTime(QDate(2026, 3, 30), QTime(8, 0), Qt::UTC);
        model.setBatches({newer, older});

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfBatch(3), 1);
        QCOMPARE(model.rowOfBatch(4), -1);
        QCOMPARE(model.batchAt(0).id, 7);
        QCOMPARE(model.index(0, ImportBatchTableModel::Kind).data().toString(), QStringLiteral("Metric snapshots"));
        QCOMPARE(model.index(0, ImportBatchTableModel::RowsRead).data().toString(), QStringLiteral("1,200"));
        QCOMPARE(model.index(0, ImportBatchTableModel::Snapshots).data().toString(), QStringLiteral("1,150"));
        QCOMPARE(model.index(0, ImportBatchTableModel::State).data().toString(), QStringLiteral("Imported"));
        QCOMPARE(model.index(1, ImportBatchTableModel::Unchanged).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(1, ImportBatchTableModel::State).data().toString(), QStringLiteral("Undone"));
        QVERIFY(model.index(1, ImportBatchTableModel::State)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Undone on ")));
        QCOMPARE(model.index(1, 0).data(ImportBatchTableModel::BatchIdRole).toLongLong(), 3);
        QCOMPARE(model.headerData(ImportBatchTableModel::File, Qt::Horizontal).toString(), QStringLiteral("File"));
    }
};

QTEST_GUILESS_MAIN(TestImportBatchTableModel)
#include "test_importbatchtablemodel.moc"
