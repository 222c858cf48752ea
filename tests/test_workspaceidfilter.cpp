// SPDX-License-Identifier: GPL-3.0-or-later
// The Sellers workspace filtered by a set of seller IDs (the dashboards' drill-down): the model
// counts and pages exactly the given ids, combined with search (full-text and short-word) and
// facets, sorted or not; clearing restores every row; the workspace shows a chip
// "Sellers behind: <label> (N)" with a keyboard-reachable ✕, and Clear Filters removes it.
// Expected rows come from plain SQL over the same ids; a QAbstractItemModelTester watches.
#include "domain/WorkspaceSpecs.h"
#include "itemmodels/PagedTableModel.h"
#include "storage/ProgramDatabase.h"
#include "workspaces/WorkspaceView.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

constexpr int kSellers = 4000; // the 571 ids are three pages of 256

// Every seventh seller (so every category, status and shop name occurs), and ids that do not
// exist (filtered out by the join).
QVector<qint64> drillDownIds()
{
    QVector<qint64> ids;
    for (qint64 id = 7; id <= kSellers; id += 7)
        ids << id;
    ids << 999999 << 7; // unknown, and a duplicate
    return ids;
}

QString idList(const QVector<qint64>& ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

} // namespace

class TestWorkspaceIdFilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_program.open(m_dir.filePath(QStringLiteral("ids.mentordesk"))), ProgramDatabase::Outcome::Created);
        SQL_OK(execSql(m_program.connection(), QStringLiteral(R"(
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)
INSERT INTO sellers(id, external_id, shop_name, category, status, created_utc, updated_utc)
SELECT i, 'S' || i, CASE i % 5 WHEN 0 THEN 'Garden Shop ' ELSE 'Books Corner ' END || i,
       CASE i % 3 WHEN 0 THEN 'Toys' WHEN 1 THEN 'Books' ELSE 'Garden' END,
       CASE i % 4 WHEN 0 THEN 'enrolled' ELSE 'prospect' END, '', '' FROM n)")
                                                   .arg(kSellers)));
    }

    void modelCountsExactlyTheIds_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<QString>("where"); ///< The same restriction in plain SQL.
        const int unsorted = -1;
        const int byShop = sellerTableSpec().fieldIndex(QStringLiteral("shop_name"));
        QTest::newRow("ids alone") << QString() << QString() << QString() << unsorted << QString();
        QTest::newRow("sorted by shop") << QString() << QString() << QString() << byShop << QString();
        QTest::newRow("with a facet") << QString() << QStringLiteral("toys") << QString() << unsorted
                                      << QStringLiteral("category = 'Toys'");
        QTest::newRow("with two facets, sorted")
            << QString() << QStringLiteral("Books") << QStringLiteral("enrolled") << byShop
            << QStringLiteral("category = 'Books' AND status = 'enrolled'");
        QTest::newRow("with an indexed search") << QStringLiteral("garden") << QString() << QString() << unsorted
                                                << QStringLiteral("shop_name LIKE '%garden%'");
        QTest::newRow("with a short search and a facet")
            << QStringLiteral("S1") << QStringLiteral("Garden") << QString() << byShop
            << QStringLiteral("category = 'Garden' AND (external_id LIKE '%S1%' OR shop_name LIKE '%S1%')");
    }

    void modelCountsExactlyTheIds()
    {
        QFETCH(QString, search);
        QFETCH(QString, category);
        QFETCH(QString, status);
        QFETCH(int, sortColumn);
        QFETCH(QString, where);
        PagedTableModel model(sellerTableSpec());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_program.connection(), &m_program.dialect(), nullptr);
        model.sort(sortColumn, Qt::AscendingOrder);
        model.setSearchText(search);
        if (!category.isEmpty())
            model.setFacetValue(QStringLiteral("category"), category);
        if (!status.isEmpty())
            model.setFacetValue(QStringLiteral("status"), status);
        const int withoutIds = model.rowCount();

        QVERIFY2(model.setIdFilter(drillDownIds(), QStringLiteral("Return rate, mentored")),
                 qPrintable(model.lastError()));
        QVERIFY(model.hasIdFilter());
        QCOMPARE(model.idFilterSize(), 572); // 7, 14, …, 3997 and the unknown id; the duplicate once
        const QString order = sortColumn < 0 ? QStringLiteral("id") : QStringLiteral("shop_name COLLATE NOCASE, id");
        const QStringList expected = queryRows(
            m_program.connection(),
            QStringLiteral("SELECT id FROM sellers WHERE id IN (%1)%2 ORDER BY %3")
                .arg(idList(drillDownIds()), where.isEmpty() ? QString() : QStringLiteral(" AND ") + where, order));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(model.rowCount(), int(expected.size()));
        QStringList shown;
        // Backwards first (pages loaded from the end), then forwards (keyset after the anchors).
        for (int row = model.rowCount() - 1; row >= 0; --row)
            shown.prepend(QString::number(model.recordId(row)));
        QCOMPARE(shown, expected);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(QString::number(model.recordId(row)), expected.at(row));
        const qint64 last = expected.last().toLongLong();
        QCOMPARE(model.rowOfRecord(last), int(expected.size()) - 1);
        QCOMPARE(model.rowOfRecord(1), -1); // not in the set

        model.clearIdFilter();
        QVERIFY(!model.hasIdFilter());
        QCOMPARE(model.rowCount(), withoutIds);
        QCOMPARE(model.unfilteredCount(), qint64(kSellers));
    }

    void emptySetShowsNoRow()
    {
        PagedTableModel model(sellerTableSpec());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_program.connection(), &m_program.dialect(), nullptr);
        QVERIFY(model.setIdFilter({}, QStringLiteral("nobody")));
        QCOMPARE(model.rowCount(), 0);
        // A second set replaces the first.
        QVERIFY(model.setIdFilter({3, 4, 5}, QStringLiteral("three")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.idFilterLabel(), QStringLiteral("three"));
    }

    void chipAppearsAndClears()
    {
        WorkspaceView view(sellerTableSpec());
        view.setProgram(m_program.connection(), &m_program.dialect(), nullptr);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.idFilterChip()->isVisible());
        view.searchBox()->setText(QStringLiteral("zzz-no-such-shop"));
        view.model()->setSearchText(view.searchBox()->text());
        QCOMPARE(view.model()->rowCount(), 0);

        // The drill-down clears the search first: the table shows exactly the set.
        QVERIFY(view.setIdFilter({10, 11, 12, 13}, QStringLiteral("Listing quality, month 3")));
        QVERIFY(view.idFilterChip()->isVisible());
        QVERIFY(view.searchBox()->text().isEmpty());
        QCOMPARE(view.model()->rowCount(), 4);
        const auto* text = view.idFilterChip()->findChild<QLabel*>(QStringLiteral("idFilterText"));
        QVERIFY(text);
        QCOMPARE(text->text(), QStringLiteral("Sellers behind: Listing quality, month 3 (4)"));
        // "seller(s)" until the English translation gives the plural its forms.
        QVERIFY2(view.countText().startsWith(QStringLiteral("4 of %1 seller").arg(QLocale().toString(kSellers))),
                 qPrintable(view.countText()));
        QToolButton* remove = view.idFilterRemoveButton();
        QVERIFY(remove->focusPolicy() & Qt::TabFocus);
        QVERIFY(!remove->accessibleName().isEmpty());

        // The ✕ from the keyboard.
        remove->setFocus();
        QTest::keyClick(remove, Qt::Key_Space);
        QVERIFY(!view.idFilterChip()->isVisible());
        QCOMPARE(view.model()->rowCount(), kSellers);

        // Clear Filters removes it too.
        QVERIFY(view.setIdFilter({10, 11}, QStringLiteral("again")));
        QVERIFY(view.idFilterChip()->isVisible());
        QCOMPARE(view.model()->rowCount(), 2);
        view.clearFilters();
        QVERIFY(!view.idFilterChip()->isVisible());
        QVERIFY(!view.model()->hasIdFilter());
        QCOMPARE(view.model()->rowCount(), kSellers);
    }

private:
    QTemporaryDir m_dir;
    ProgramDatabase m_program;
};

QTEST_MAIN(TestWorkspaceIdFilter)
#include "test_workspaceidfilter.moc"
