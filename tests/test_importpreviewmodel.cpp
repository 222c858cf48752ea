// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/ImportPreviewModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace mentordesk;

namespace {

ImportProblem problem(qint64 line, int column, const QString& reason, bool ambiguous = false)
{
    ImportProblem result;
    result.line = line;
    result.column = column;
    result.reason = reason;
    result.ambiguous = ambiguous;
    return result;
}

} // namespace

class TestImportPreviewModel : public QObject {
    Q_OBJECT

private:
    static void fill(ImportPreviewModel* model)
    {
        // Line 1 is the header; line 3's record spans two lines.
        model->setPreview({QStringLiteral("Merchant ID"), QStringLiteral("Shop"), QStringLiteral("Revenue")},
                          {{QStringLiteral("S1"), QStringLiteral("Alpha"), QStringLiteral("1,234")},
                           {QStringLiteral("S2"), QStringLiteral("Beta\nGmbH"), QStringLiteral("12")},
                           {QStringLiteral("S3"), QStringLiteral("Gamma")}},
                          {2, 3, 5});
    }

private Q_SLOTS:
    void showsCellsAndLines()
    {
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        fill(&model);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Merchant ID"));
        QCOMPARE(model.headerData(2, Qt::Vertical).toLongLong(), 5);
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("Beta\nGmbH"));
        // A short record shows empty cells.
        QCOMPARE(model.index(2, 2).data().toString(), QString());
        QCOMPARE(model.lineAt(2), 5);
        QCOMPARE(model.rowOfLine(3), 1);
        QCOMPARE(model.rowOfLine(4), -1);
        QCOMPARE(model.index(0, 0).data(ImportPreviewModel::LineRole).toLongLong(), 2);
    }

    void headerNamesTheMappedField()
    {
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(&model);
        QSignalSpy headerChanged(&model, &QAbstractItemModel::headerDataChanged);
        ColumnMapping mapping(ImportKind::SellerProfiles,
                              {QStringLiteral("Merchant ID"), QStringLiteral("Shop"), QStringLiteral("Revenue")});
        QVERIFY(mapping.map(u"external_id", 0));
        QVERIFY(mapping.map(u"shop_name", 1));
        model.setMapping(mapping);
        QCOMPARE(headerChanged.count(), 1);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Merchant ID\n→ Seller ID"));
        QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::FontRole).isValid());
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Revenue\n(not imported)"));
        QVERIFY(model.headerData(2, Qt::Horizontal, Qt::FontRole).value<QFont>().italic());
        QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("Column “Revenue” is not imported."));
        model.clearMapping();
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Revenue"));
    }

    void colorsCellsWithProblems()
    {
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(&model);
        model.setProblems({problem(2, 2, QStringLiteral("Ambiguous number."), true),
                           problem(3, 0, QStringLiteral("Duplicate seller ID.")),
                           problem(5, -1, QStringLiteral("The row has 2 values; 3 expected.")),
                           problem(99, 0, QStringLiteral("Not shown."))});
        QCOMPARE(model.cellState(0, 2), ImportPreviewModel::CellState::Ambiguous);
        QCOMPARE(model.index(0, 2).data(Qt::BackgroundRole).value<QColor>(), QColor(255, 229, 160));
        QCOMPARE(model.index(0, 2).data(Qt::ToolTipRole).toString(), QStringLiteral("Ambiguous number."));
        QCOMPARE(model.cellState(0, 0), ImportPreviewModel::CellState::Fine);
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.cellState(1, 0), ImportPreviewModel::CellState::Error);
        QCOMPARE(model.index(1, 0).data(Qt::BackgroundRole).value<QColor>(), QColor(255, 212, 212));
        QCOMPARE(model.cellState(1, 1), ImportPreviewModel::CellState::Fine);
        // A whole-row problem marks every cell of the row.
        for (int column = 0; column < 3; ++column) {
            QCOMPARE(model.cellState(2, column), ImportPreviewModel::CellState::Error);
            QCOMPARE(model.index(2, column).data(Qt::ToolTipRole).toString(),
                     QStringLiteral("The row has 2 values; 3 expected."));
        }
        QVERIFY(model.rowHasProblems(0) && model.rowHasProblems(1) && model.rowHasProblems(2));
        QCOMPARE(model.index(1, 1).data(ImportPreviewModel::RowHasProblemsRole).toBool(), true);
        QCOMPARE(model.problemRowCount(), 3);

        model.setProblems({problem(3, 1, QStringLiteral("Too long."))});
        QCOMPARE(model.problemRowCount(), 1);
        QCOMPARE(model.cellState(0, 2), ImportPreviewModel::CellState::Fine);
        QCOMPARE(model.cellState(1, 1), ImportPreviewModel::CellState::Error);
        model.clearProblems();
        QCOMPARE(model.problemRowCount(), 0);
    }

    void appendsRejectedRowsBeyondThePreview()
    {
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(&model);
        QList<ImportPreviewModel::RejectedRow> rows;
        rows.append({3, {QStringLiteral("S2")}, {problem(3, 2, QStringLiteral("Not a number."))}});
        for (int i = 0; i < ImportPreviewModel::kMaximumRejectedRows + 2; ++i) {
            const qint64 line = 10 + i;
            rows.append({line,
                         {QStringLiteral("X%1").arg(i), QStringLiteral("Shop"), QStringLiteral("oops")},
                         {problem(line, 2, QStringLiteral("Not a number."))}});
        }
        model.addRejectedRows(rows);
        QCOMPARE(model.rowCount(), 3 + ImportPreviewModel::kMaximumRejectedRows);
        QCOMPARE(model.droppedRejectedRows(), 2);
        // The preview row of line 3 keeps its own cells and gains the problem.
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("Beta\nGmbH"));
        QCOMPARE(model.cellState(1, 2), ImportPreviewModel::CellState::Error);
        QCOMPARE(model.headerData(3, Qt::Vertical).toLongLong(), 10);
        QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("X0"));
        QCOMPARE(model.rowOfLine(11), 4);

        QSortFilterProxyModel onlyProblems;
        QAbstractItemModelTester proxyTester(&onlyProblems, QAbstractItemModelTester::FailureReportingMode::QtTest);
        onlyProblems.setSourceModel(&model);
        onlyProblems.setFilterRole(ImportPreviewModel::RowHasProblemsRole);
        onlyProblems.setFilterFixedString(QStringLiteral("true"));
        QCOMPARE(onlyProblems.rowCount(), 1 + ImportPreviewModel::kMaximumRejectedRows);
        QCOMPARE(onlyProblems.headerData(0, Qt::Vertical).toLongLong(), 3);

        model.clearProblems();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.droppedRejectedRows(), 0);
        QCOMPARE(onlyProblems.rowCount(), 0);
    }

    void greysRowsOutsideTheImportedRange()
    {
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(&model);
        QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
        model.setImportedRows(2, 2);
        QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(1, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(2, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(2, 0).data(Qt::ToolTipRole).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportPreviewModel)
#include "test_importpreviewmodel.moc"
