// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageCache.h"

namespace mentordesk {

PageCache::PageCache(int maximumPages)
    : m_maximumPages(maximumPages)
{
}

const PageCache::Page* PageCache::page(int index)
{
    const auto it = m_pages.constFind(index);
    if (it == m_pages.constEnd())
        return nullptr;
    touch(index);
    return &it.value();
}

void PageCache::touch(int index)
{
    if (!m_recentlyUsed.isEmpty() && m_recentlyUsed.front() == index)
        return;
    m_recentlyUsed.removeOne(index);
    m_recentlyUsed.prepend(index);
}

void PageCache::insert(int index, Page page, const SortKey& lastKey)
{
    m_pages.insert(index, std::move(page));
    m_anchors.insert(index, lastKey);
    touch(index);
    while (m_recentlyUsed.size() > m_maximumPages)
        m_pages.remove(m_recentlyUsed.takeLast());
}

QVector<int> PageCache::replaceRow(qint64 id, const Row& row, int idColumn, int pageSize)
{
    QVector<int> rows;
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        Page& page = it.value();
        for (int i = 0; i < page.size(); ++i) {
            if (page.at(i).at(idColumn).toLongLong() == id) {
                page[i] = row;
                rows << it.key() * pageSize + i;
            }
        }
    }
    return rows;
}

void PageCache::clear()
{
    m_pages.clear();
    m_recentlyUsed.clear();
    m_anchors.clear();
}

int PageCache::nearestAnchorBefore(int index) const
{
    auto it = m_anchors.lowerBound(index);
    if (it == m_anchors.constBegin())
        return -1;
    --it;
    return it.key();
}

} // namespace mentordesk
