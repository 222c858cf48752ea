// SPDX-License-Identifier: GPL-3.0-or-later
// PageCache: lookup and insert, least-recently-used eviction at the capacity, the keyset anchors
// that outlive evicted pages, replacing a record's cached row, and clear().
#include "itemmodels/PageCache.h"

#include <QTest>

#include <algorithm>

using namespace mentordesk;

namespace {

/// A page of `rows` rows whose first column is the record id, `firstId` upwards.
PageCache::Page makePage(qint64 firstId, int rows = 3)
{
    PageCache::Page page;
    for (int i = 0; i < rows; ++i)
        page << PageCache::Row{QVariant(firstId + i), QStringLiteral("row %1").arg(firstId + i)};
    return page;
}

SortKey keyOf(const QString& value, qint64 id)
{
    SortKey key;
    key.value = value;
    key.id = id;
    return key;
}

/// The indexes in 0..`highest` whose pages are loaded. Looking them up touches them, so the
/// checks call it only at the end.
QList<int> loadedPages(PageCache& cache, int highest)
{
    QList<int> loaded;
    for (int index = 0; index <= highest; ++index) {
        if (cache.page(index))
            loaded << index;
    }
    return loaded;
}

} // namespace

class TestPageCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void missingPageIsNull();
    void insertedPageIsFound();
    void insertingAgainReplacesThePage();
    void evictsTheLeastRecentlyUsed_data();
    void evictsTheLeastRecentlyUsed();
    void anchorsOutliveEvictedPages();
    void nearestAnchorBefore_data();
    void nearestAnchorBefore();
    void replaceRowUpdatesEveryCopy();
    void clearForgetsPagesAndAnchors();
};

void TestPageCache::missingPageIsNull()
{
    PageCache cache;
    QCOMPARE(cache.page(0), nullptr);
    QCOMPARE(cache.loadedPageCount(), 0);
    QCOMPARE(cache.nearestAnchorBefore(10), -1);
    QCOMPARE(cache.anchor(3).id, qint64(0));
    QVERIFY(!cache.anchor(3).value.isValid());
}

void TestPageCache::insertedPageIsFound()
{
    PageCache cache(4);
    cache.insert(2, makePage(100), keyOf(QStringLiteral("c"), 102));
    QCOMPARE(cache.loadedPageCount(), 1);
    const PageCache::Page* page = cache.page(2);
    QVERIFY(page);
    QCOMPARE(page->size(), 3);
    QCOMPARE(page->at(0).at(0).toLongLong(), 100);
    QCOMPARE(page->at(2).at(1).toString(), QStringLiteral("row 102"));
    QCOMPARE(cache.anchor(2).id, qint64(102));
    QCOMPARE(cache.anchor(2).value.toString(), QStringLiteral("c"));
    QCOMPARE(cache.page(1), nullptr);
    QCOMPARE(cache.page(3), nullptr);
}

void TestPageCache::insertingAgainReplacesThePage()
{
    PageCache cache(2);
    cache.insert(0, makePage(1), keyOf(QStringLiteral("a"), 3));
    cache.insert(0, makePage(50, 2), keyOf(QStringLiteral("z"), 51));
    QCOMPARE(cache.loadedPageCount(), 1);
    QCOMPARE(cache.page(0)->size(), 2);
    QCOMPARE(cache.page(0)->at(0).at(0).toLongLong(), 50);
    QCOMPARE(cache.anchor(0).id, qint64(51));
    // Counted once in the recency list too: a second page does not evict the first.
    cache.insert(1, makePage(10), keyOf(QStringLiteral("b"), 12));
    QCOMPARE(cache.loadedPageCount(), 2);
    QVERIFY(cache.page(0));
    QVERIFY(cache.page(1));
}

void TestPageCache::evictsTheLeastRecentlyUsed_data()
{
    // Operations: "i<n>" inserts page n, "g<n>" looks page n up (which makes it the most recent).
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QStringList>("operations");
    QTest::addColumn<QList<int>>("loaded");

    QTest::newRow("below capacity") << 3 << QStringList{"i0", "i1"} << QList<int>{0, 1};
    QTest::newRow("at capacity") << 3 << QStringList{"i0", "i1", "i2"} << QList<int>{0, 1, 2};
    QTest::newRow("oldest insert goes") << 3 << QStringList{"i0", "i1", "i2", "i3"} << QList<int>{1, 2, 3};
    QTest::newRow("a lookup keeps a page") << 3 << QStringList{"i0", "i1", "i2", "g0", "i3"} << QList<int>{0, 2, 3};
    QTest::newRow("a re-insert keeps a page") << 3 << QStringList{"i0", "i1", "i2", "i0", "i3"} << QList<int>{0, 2, 3};
    QTest::newRow("a missed lookup changes nothing") << 2 << QStringList{"i0", "i1", "g7", "i2"} << QList<int>{1, 2};
    QTest::newRow("capacity one") << 1 << QStringList{"i4", "g4", "i5"} << QList<int>{5};
    QTest::newRow("scrolling far") << 2 << QStringList{"i0", "i1", "i2", "i3", "i4", "i5"} << QList<int>{4, 5};
    QTest::newRow("back and forth") << 3 << QStringList{"i0", "i1", "i2", "g1", "g0", "i3", "i4"}
                                    << QList<int>{0, 3, 4};
}

void TestPageCache::evictsTheLeastRecentlyUsed()
{
    QFETCH(int, capacity);
    QFETCH(QStringList, operations);
    QFETCH(QList<int>, loaded);

    PageCache cache(capacity);
    for (const QString& operation : std::as_const(operations)) {
        const int index = operation.mid(1).toInt();
        if (operation.startsWith(u'i'))
            cache.insert(index, makePage(index * 100), keyOf(QString::number(index), index * 100 + 2));
        else
            cache.page(index);
        QVERIFY(cache.loadedPageCount() <= capacity);
    }
    QCOMPARE(cache.loadedPageCount(), loaded.size());
    QCOMPARE(loadedPages(cache, 10), loaded);
    for (int index : std::as_const(loaded))
        QCOMPARE(cache.page(index)->at(0).at(0).toLongLong(), index * 100);
}

void TestPageCache::anchorsOutliveEvictedPages()
{
    // Scrolling back to an evicted page still finds the key to fetch it by.
    PageCache cache(2);
    for (int index = 0; index < 5; ++index)
        cache.insert(index, makePage(index * 10), keyOf(QStringLiteral("k%1").arg(index), index * 10 + 2));
    QCOMPARE(cache.loadedPageCount(), 2);
    QCOMPARE(cache.page(0), nullptr);
    QCOMPARE(cache.anchor(0).id, qint64(2));
    QCOMPARE(cache.anchor(0).value.toString(), QStringLiteral("k0"));
    QCOMPARE(cache.anchor(2).id, qint64(22));
    QCOMPARE(cache.nearestAnchorBefore(3), 2);
}

void TestPageCache::nearestAnchorBefore_data()
{
    QTest::addColumn<QList<int>>("inserted");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("expected");

    QTest::newRow("none") << QList<int>{} << 5 << -1;
    QTest::newRow("only after") << QList<int>{6, 9} << 5 << -1;
    QTest::newRow("the index itself is not before") << QList<int>{5} << 5 << -1;
    QTest::newRow("just before") << QList<int>{4} << 5 << 4;
    QTest::newRow("the nearest of several") << QList<int>{0, 2, 7, 3} << 6 << 3;
    QTest::newRow("the highest below") << QList<int>{0, 2, 7, 3} << 100 << 7;
    QTest::newRow("index zero") << QList<int>{0, 1} << 0 << -1;
}

void TestPageCache::nearestAnchorBefore()
{
    QFETCH(QList<int>, inserted);
    QFETCH(int, index);
    QFETCH(int, expected);

    PageCache cache(2); // fewer pages than anchors: eviction must not matter
    for (int page : std::as_const(inserted))
        cache.insert(page, makePage(page * 10), keyOf(QString(), page * 10));
    QCOMPARE(cache.nearestAnchorBefore(index), expected);
}

void TestPageCache::replaceRowUpdatesEveryCopy()
{
    PageCache cache(4);
    const int pageSize = 3;
    cache.insert(0, makePage(1), keyOf(QStringLiteral("a"), 3));
    cache.insert(1, makePage(4), keyOf(QStringLiteral("b"), 6));
    // The same record can sit in two pages while a sort order changes.
    PageCache::Page overlapping = makePage(7);
    overlapping[2] = PageCache::Row{QVariant(qint64(5)), QStringLiteral("row 5")};
    cache.insert(2, overlapping, keyOf(QStringLiteral("c"), 5));

    const PageCache::Row changed{QVariant(qint64(5)), QStringLiteral("renamed")};
    QVector<int> rows = cache.replaceRow(5, changed, 0, pageSize);
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows, (QVector<int>{4, 8}));
    QCOMPARE(cache.page(1)->at(1).at(1).toString(), QStringLiteral("renamed"));
    QCOMPARE(cache.page(2)->at(2).at(1).toString(), QStringLiteral("renamed"));
    QCOMPARE(cache.page(1)->at(0).at(1).toString(), QStringLiteral("row 4"));
    QCOMPARE(cache.page(0)->at(1).at(1).toString(), QStringLiteral("row 2"));

    QCOMPARE(cache.replaceRow(999, changed, 0, pageSize), QVector<int>());
    // The id is read from the column given.
    const PageCache::Row byName{QStringLiteral("x"), QVariant(qint64(1))};
    QCOMPARE(cache.replaceRow(1, byName, 1, pageSize), QVector<int>());
}

void TestPageCache::clearForgetsPagesAndAnchors()
{
    PageCache cache(3);
    cache.insert(0, makePage(1), keyOf(QStringLiteral("a"), 3));
    cache.insert(1, makePage(4), keyOf(QStringLiteral("b"), 6));
    cache.clear();
    QCOMPARE(cache.loadedPageCount(), 0);
    QCOMPARE(cache.page(0), nullptr);
    QCOMPARE(cache.page(1), nullptr);
    QCOMPARE(cache.nearestAnchorBefore(5), -1);
    QCOMPARE(cache.anchor(1).id, qint64(0));
    // Usable again, with its capacity.
    for (int index = 0; index < 4; ++index)
        cache.insert(index, makePage(index * 10), keyOf(QString(), index));
    QCOMPARE(cache.loadedPageCount(), 3);
    QCOMPARE(cache.page(0), nullptr);
}

QTEST_APPLESS_MAIN(TestPageCache)
#include "test_pagecache.moc"
