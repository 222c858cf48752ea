// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QVariant>
#include <QVector>

namespace mentordesk {

/// The position of a row in the current sort order: its sort value and record id. A page's
/// last key lets the next page be fetched by keyset ("rows after this key") instead of OFFSET.
struct SortKey {
    QVariant value;
    qint64 id = 0;
};

/// A bounded set of loaded pages, least recently used evicted first, plus the keyset
/// anchors learnt from every page ever loaded. Memory stays flat however far the user scrolls.
class PageCache {
public:
    using Row = QVector<QVariant>;
    using Page = QVector<Row>;

    explicit PageCache(int maximumPages = 24);

    const Page* page(int index);
    void insert(int index, Page page, const SortKey& lastKey);
    /// Replaces the cached row of record `id`, wherever it is; returns the page-relative hits.
    QVector<int> replaceRow(qint64 id, const Row& row, int idColumn, int pageSize);
    void clear();

    /// The loaded page nearest before `index` whose last key is known, or -1.
    int nearestAnchorBefore(int index) const;
    SortKey anchor(int pageIndex) const { return m_anchors.value(pageIndex); }
    int loadedPageCount() const { return int(m_pages.size()); }

private:
    void touch(int index);

    int m_maximumPages;
    QHash<int, Page> m_pages;
    QList<int> m_recentlyUsed; // front = most recent
    QMap<int, SortKey> m_anchors;
};

} // namespace mentordesk
