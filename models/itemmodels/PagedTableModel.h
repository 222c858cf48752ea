// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TableSpec.h"
#include "PageCache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

namespace mentordesk {

struct ChangeEvent;
class ProgramEditor;
class SqlDialect;

/// A workspace table over a SQL table of any size: the row count is exact (COUNT(*)), rows
/// are fetched a page at a time by keyset from the nearest known page (OFFSET only for
/// jumps, from whichever end is closer), at most a fixed number of pages is kept, and
/// sorting and filtering are done by SQL on indexed expressions. Nothing is ever fully fetched.
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1, ///< The record's id (qint64).
        FieldKeyRole,                    ///< The column's field key (also in headerData).
    };

    explicit PagedTableModel(const TableSpec& spec, QObject* parent = nullptr);

    /// Shows the records of `db`; edits go through `editor` (read-only when null).
    void setDatabase(QSqlDatabase db, const SqlDialect* dialect, ProgramEditor* editor);
    const TableSpec& spec() const { return m_spec; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    bool isSortable(int column) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setSearchText(const QString& text);
    /// True while a word of the search text is left out because it is too short for the search
    /// index and the table too big to scan for it as the user types (more than the scan limit).
    bool isSearchTextTooShort() const;
    /// Letters a word needs before a big table is searched.
    int minimumSearchLength() const;
    /// Largest table that words shorter than the index minimum are looked up in by a scan.
    void setShortSearchScanLimit(qint64 rows) { m_shortSearchScanLimit = rows; }
    /// Restricts rows to those whose facet equals `value`; a null value removes the restriction.
    void setFacetValue(const QString& facetKey, const QVariant& value);
    QVariant facetValue(const QString& facetKey) const { return m_facetValues.value(facetKey); }
    /// Restricts rows to the records whose id is in `ids` (the dashboards' "sellers behind" a
    /// figure), on top of search and facets; `label` names the set. The ids go into the
    /// connection's temporary table temp.workspace_id_filter in one transaction and the filter
    /// joins it, so counting, keyset pages and search stay index-driven at any size (one ID filter
    /// per connection). An empty set shows no row. False (and errorOccurred) on a database error,
    /// the filter then unchanged.
    bool setIdFilter(const QVector<qint64>& ids, const QString& label);
    void clearIdFilter();
    bool hasIdFilter() const { return m_idFilterActive; }
    QString idFilterLabel() const { return m_idFilterLabel; }
    /// The number of distinct ids given to setIdFilter().
    int idFilterSize() const { return m_idFilterSize; }

    qint64 recordId(int row) const;
    /// Row of record `id` in the current order and filter, or -1.
    int rowOfRecord(qint64 id) const;
    /// Records in the table without any filter.
    qint64 unfilteredCount() const { return m_unfilteredCount; }

    /// Re-counts and drops every cached page (after changes made elsewhere).
    void refresh();

    QString lastError() const { return m_lastError; }
    int pageSize() const { return m_pageSize; }
    int cachedPageCount() const { return m_cache.loadedPageCount(); }

Q_SIGNALS:
    void countsChanged();
    /// A value was refused or a query failed; the sentence says why.
    void errorOccurred(const QString& message);

private:
    struct Filter {
        QString where; ///< "" or " WHERE ...".
        QVariantList values;
        /// Set when the full-text index alone decides which rows match (no facets), so it can
        /// count them without visiting the table.
        QString indexedSearchParameter;
    };

    /// `walkSortOrder` makes a text search a filter on the sort-order walk instead of the
    /// driving lookup: better when matches are many, as the first page is then found early.
    Filter buildFilter(bool walkSortOrder = false) const;
    /// Appends the condition "after `key` in the current order" (or before it) to `filter`.
    void appendKeyCondition(Filter* filter, const SortKey& key, bool before) const;
    void applyFilter();
    bool scansTooBigForShortWords() const;
    /// The words of the search text that take part in the search.
    QStringList searchWords() const;
    void relatedRecordsChanged();
    QString selectList() const;
    QString orderBy(bool reversed) const;
    QString sortExpression() const;
    const PageCache::Page* pageFor(int row) const;
    PageCache::Page loadPage(int pageIndex) const;
    PageCache::Row readRow(const class QSqlQuery& query) const;
    void reloadRecord(qint64 id);
    void programChanged(const ChangeEvent& event);
    void recount(bool includingUnfiltered);
    void reportError(const QString& message) const;
    bool fillIdFilterTable(const QVector<qint64>& ids);

    const TableSpec& m_spec;
    QSqlDatabase m_db;
    const SqlDialect* m_dialect = nullptr;
    ProgramEditor* m_editor = nullptr;
    QMetaObject::Connection m_changesConnection;
    QString m_searchText;
    QHash<QString, QVariant> m_facetValues;
    bool m_idFilterActive = false;
    QString m_idFilterLabel;
    int m_idFilterSize = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    qint64 m_unfilteredCount = 0;
    int m_pageSize = 256;
    // A scan for a short text is a few milliseconds per ten thousand rows.
    qint64 m_shortSearchScanLimit = 100000;
    mutable PageCache m_cache;
    mutable QString m_lastError;
};

} // namespace mentordesk
