// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagedTableModel.h"
#include "storage/SqlLikePattern.h"

#include "editing/ProgramEditor.h"
#include "storage/SqlDialect.h"
#include "storage/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mentordesk {

namespace {

constexpr int kIdColumn = 0;

} // namespace

PagedTableModel::PagedTableModel(const TableSpec& spec, QObject* parent)
    : QAbstractTableModel(parent)
    , m_spec(spec)
{
}

void PagedTableModel::setDatabase(QSqlDatabase db, const SqlDialect* dialect, ProgramEditor* editor)
{
    disconnect(m_changesConnection);
    m_db = std::move(db);
    // The ID filter's table belongs to the connection it was filled on.
    m_idFilterActive = false;
    m_idFilterLabel.clear();
    m_idFilterSize = 0;
    m_dialect = dialect;
    m_editor = editor;
    if (m_editor)
        m_changesConnection =
            connect(m_editor->changes(), &ChangeFeed::changed, this, &PagedTableModel::programChanged);
    refresh();
}

void PagedTableModel::programChanged(const ChangeEvent& event)
{
    if (!event.affects(m_spec.entity)) {
        relatedRecordsChanged();
        return;
    }
    // Edited records are patched in place; rows that came or went, or changes to records nobody
    // named, move rows and the count, so everything is read again.
    if (event.type == ChangeEvent::Type::FieldsEdited && !event.ids.isEmpty()) {
        for (const qint64 id : event.ids)
            reloadRecord(id);
        return;
    }
    refresh();
}

void PagedTableModel::reportError(const QString& message) const
{
    m_lastError = message;
    Q_EMIT const_cast<PagedTableModel*>(this)->errorOccurred(message);
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PagedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_spec.fields.size());
}

QString PagedTableModel::sortExpression() const
{
    return isSortable(m_sortColumn) ? m_spec.fields.at(m_sortColumn).sortExpression : QStringLiteral("t.id");
}

QString PagedTableModel::selectList() const
{
    QStringList columns{QStringLiteral("t.id")};
    for (const FieldSpec& field : m_spec.fields)
        columns << (field.selectExpression.isEmpty() ? QStringLiteral("t.") + field.key : field.selectExpression);
    columns << sortExpression();
    return columns.join(QLatin1String(", "));
}

QString PagedTableModel::orderBy(bool reversed) const
{
    const bool descending = (m_sortOrder == Qt::DescendingOrder) != reversed;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (!isSortable(m_sortColumn))
        return QStringLiteral(" ORDER BY t.id") + direction;
    return QStringLiteral(" ORDER BY ") + sortExpression() + direction + QStringLiteral(", t.id") + direction;
}

PagedTableModel::Filter PagedTableModel::buildFilter(bool walkSortOrder) const
{
    QStringList conditions;
    Filter filter;
    const QStringList words = searchWords();
    const QString text = words.join(QLatin1Char(' '));
    bool indexedSearch = false;
    if (!words.isEmpty()) {
        indexedSearch = !m_spec.searchIndex.isEmpty() && m_dialect &&
                        std::all_of(words.begin(), words.end(), [this](const QString& word) {
                            return word.size() >= m_dialect->minimumIndexedSearchLength();
                        });
        const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; });
        if (indexedSearch) {
            // "+t.id" keeps SQLite from driving the query by the search matches.
            conditions << m_dialect->textSearchCondition(
                m_spec.searchIndex, walkSortOrder ? QStringLiteral("+t.id") : QStringLiteral("t.id"),
                QStringLiteral("?"));
            filter.values << m_dialect->textSearchParameter(text);
        } else {
            for (const QString& word : words) {
                QStringList alternatives;
                for (const QString& column : m_spec.searchColumns) {
                    // Too short for the trigram index, so the table is scanned: plain LIKE when it
                    // can, as SQLite's LIKE ignores the case of ASCII letters only.
                    alternatives << (ascii || !m_dialect ? column + QStringLiteral(" LIKE ? ESCAPE '\\'")
                                                         : m_dialect->caseInsensitiveLike(column, QStringLiteral("?")));
                    filter.values << QLatin1Char('%') + escapedForLike(word) + QLatin1Char('%');
                }
                conditions << QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')');
            }
        }
    }
    for (const FacetSpec& facet : m_spec.facets) {
        const QVariant value = m_facetValues.value(facet.key);
        if (value.isNull())
            continue;
        conditions << facet.condition;
        filter.values << value;
    }
    if (m_idFilterActive)
        conditions << QStringLiteral("t.id IN temp.workspace_id_filter");
    if (indexedSearch && conditions.size() == 1)
        filter.indexedSearchParameter = filter.values.constFirst().toString();
    if (!conditions.isEmpty())
        filter.where = QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    return filter;
}

bool PagedTableModel::scansTooBigForShortWords() const
{
    return !m_spec.searchIndex.isEmpty() && m_dialect && m_unfilteredCount > m_shortSearchScanLimit;
}

QStringList PagedTableModel::searchWords() const
{
    QStringList words = m_searchText.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // On a big table a word too short for the index would need a scan: leave it out until it
    // is longer, so the rows shown only ever narrow as the user types.
    if (scansTooBigForShortWords()) {
        words.erase(std::remove_if(
                        words.begin(), words.end(),
                        [this](const QString& word) { return word.size() < m_dialect->minimumIndexedSearchLength(); }),
                    words.end());
    }
    return words;
}

bool PagedTableModel::isSearchTextTooShort() const
{
    return scansTooBigForShortWords() &&
           searchWords().size() < m_searchText.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
}

int PagedTableModel::minimumSearchLength() const
{
    return m_dialect ? m_dialect->minimumIndexedSearchLength() : 1;
}

void PagedTableModel::appendKeyCondition(Filter* filter, const SortKey& key, bool before) const
{
    const bool greater = (m_sortOrder == Qt::DescendingOrder) == before;
    const QString strict = greater ? QStringLiteral(">") : QStringLiteral("<");
    QString condition;
    if (isSortable(m_sortColumn)) {
        // Spelt out rather than as a row value, which SQLite 3.40 does not use as an index range.
        const QString expression = sortExpression();
        condition = QStringLiteral("%1 %2= ? AND (%1 %2 ? OR t.id %2 ?)").arg(expression, strict);
        filter->values << key.value << key.value;
    } else {
        condition = QStringLiteral("t.id %1 ?").arg(strict);
    }
    filter->values << key.id;
    filter->where += (filter->where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
}

void PagedTableModel::recount(bool includingUnfiltered)
{
    m_rowCount = 0;
    if (!m_db.isOpen()) {
        m_unfilteredCount = 0;
        return;
    }
    const Filter filter = buildFilter();
    QSqlQuery query(m_db);
    if (!filter.indexedSearchParameter.isEmpty()) {
        query.prepare(m_dialect->textSearchCount(m_spec.searchIndex, QStringLiteral("?")));
        query.addBindValue(filter.indexedSearchParameter);
    } else {
        query.prepare(QStringLiteral("SELECT count(*) FROM %1 t").arg(m_spec.table) + filter.where);
        for (const QVariant& value : filter.values)
            query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        reportError(tr("The records could not be counted: %1").arg(query.lastError().text()));
        return;
    }
    m_rowCount = int(std::min<qint64>(query.value(0).toLongLong(), std::numeric_limits<int>::max()));
    if (filter.where.isEmpty()) {
        m_unfilteredCount = m_rowCount;
    } else if (includingUnfiltered) {
        if (query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(m_spec.table)) && query.next())
            m_unfilteredCount = query.value(0).toLongLong();
    }
}

void PagedTableModel::refresh()
{
    beginResetModel();
    m_cache.clear();
    recount(true);
    endResetModel();
    Q_EMIT countsChanged();
}

void PagedTableModel::relatedRecordsChanged()
{
    // Another kind of record changed: computed columns (a cohort's name, a mentor's mentees)
    // may show other values, but the rows stay the same unless a filter looks at them.
    if (!buildFilter().where.isEmpty()) {
        refresh();
        return;
    }
    m_cache.clear();
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
}

void PagedTableModel::applyFilter()
{
    // Only the filter changed, so the table's total is still known.
    beginResetModel();
    m_cache.clear();
    recount(false);
    endResetModel();
    Q_EMIT countsChanged();
}

PageCache::Row PagedTableModel::readRow(const QSqlQuery& query) const
{
    const int columns = int(m_spec.fields.size()) + 2;
    PageCache::Row row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i)
        row << query.value(i);
    return row;
}

PageCache::Page PagedTableModel::loadPage(int pageIndex) const
{
    const int start = pageIndex * m_pageSize;
    const int end = std::min(m_rowCount, start + m_pageSize);
    const int wanted = end - start;
    if (wanted <= 0)
        return {};

    // Walk the fewest index entries: keyset after the nearest loaded page before this one,
    // or OFFSET from the start, or from the end in reverse order.
    const int anchorPage = m_cache.nearestAnchorBefore(pageIndex);
    const int fromAnchor = anchorPage < 0 ? std::numeric_limits<int>::max() : start - (anchorPage + 1) * m_pageSize;
    const int fromEnd = m_rowCount - end;
    // A row skipped after a keyset costs about two plain skips: SQLite re-reads the sort value
    // from the table to check the tie-breaking condition.
    const qint64 anchorCost = anchorPage < 0 ? std::numeric_limits<qint64>::max() : 2 * qint64(fromAnchor);
    const bool reversed = fromEnd < std::min<qint64>(start, anchorCost);
    const bool useAnchor = !reversed && anchorCost < start;

    // With many matches, walking the sort order finds a page's rows sooner than sorting them all.
    const bool walkSortOrder =
        !m_searchText.trimmed().isEmpty() &&
        double(start + m_pageSize) * double(m_unfilteredCount) < 12.0 * double(m_rowCount) * double(m_rowCount);
    Filter filter = buildFilter(walkSortOrder);
    if (useAnchor)
        appendKeyCondition(&filter, m_cache.anchor(anchorPage), false);
    const int offset = reversed ? fromEnd : (useAnchor ? fromAnchor : start);

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 t").arg(selectList(), m_spec.table) + filter.where +
                  orderBy(reversed) + QStringLiteral(" LIMIT %1 OFFSET %2").arg(wanted).arg(offset));
    for (const QVariant& value : std::as_const(filter.values))
        query.addBindValue(value);
    if (!query.exec()) {
        reportError(tr("The records could not be read: %1").arg(query.lastError().text()));
        return {};
    }
    PageCache::Page page;
    page.reserve(wanted);
    while (query.next())
        page << readRow(query);
    if (reversed)
        std::reverse(page.begin(), page.end());
    return page;
}

const PageCache::Page* PagedTableModel::pageFor(int row) const
{
    const int pageIndex = row / m_pageSize;
    if (const PageCache::Page* page = m_cache.page(pageIndex))
        return page;
    PageCache::Page page = loadPage(pageIndex);
    if (page.isEmpty())
        return nullptr;
    const PageCache::Row& last = page.constLast();
    const SortKey key{last.constLast(), last.at(kIdColumn).toLongLong()};
    m_cache.insert(pageIndex, std::move(page), key);
    return m_cache.page(pageIndex);
}

qint64 PagedTableModel::recordId(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return 0;
    const PageCache::Page* page = pageFor(row);
    const int offset = row % m_pageSize;
    return page && offset < page->size() ? page->at(offset).at(kIdColumn).toLongLong() : 0;
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount)
        return {};
    const PageCache::Page* page = pageFor(index.row());
    const int offset = index.row() % m_pageSize;
    if (!page || offset >= page->size())
        return {};
    const PageCache::Row& row = page->at(offset);
    const FieldSpec& field = m_spec.fields.at(index.column());
    const QVariant& value = row.at(index.column() + 1);
    switch (role) {
    case Qt::DisplayRole:
        return field.type == FieldType::Boolean ? QVariant() : QVariant(field.displayText(value));
    case Qt::EditRole:
        return value;
    case Qt::CheckStateRole:
        if (field.type == FieldType::Boolean)
            return value.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (field.isNumeric())
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordIdRole:
        return row.at(kIdColumn);
    case FieldKeyRole:
        return field.key;
    default:
        return {};
    }
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= m_spec.fields.size())
        return {};
    const FieldSpec& field = m_spec.fields.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return field.translatedTitle();
    case Qt::ToolTipRole:
        return field.sortExpression.isEmpty() ? tr("%1 — this column cannot be sorted").arg(field.translatedTitle())
                                              : tr("%1 — click to sort").arg(field.translatedTitle());
    case FieldKeyRole:
        return field.key;
    default:
        return {};
    }
}

Qt::ItemFlags PagedTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const FieldSpec& field = m_spec.fields.at(index.column());
    if (m_editor && field.editable)
        flags |= field.type == FieldType::Boolean ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return flags;
}

bool PagedTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !m_editor || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const FieldSpec& field = m_spec.fields.at(index.column());
    QVariant newValue = value;
    if (role == Qt::CheckStateRole && field.type == FieldType::Boolean)
        newValue = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;
    const qint64 id = recordId(index.row());
    if (id == 0)
        return false;
    if (!m_editor->setField(m_spec, id, field.key, newValue)) {
        reportError(m_editor->errorString());
        return false;
    }
    return true;
}

void PagedTableModel::reloadRecord(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = ?").arg(selectList(), m_spec.table));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        refresh();
        return;
    }
    const QVector<int> rows = m_cache.replaceRow(id, readRow(query), kIdColumn, m_pageSize);
    for (int row : rows)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

bool PagedTableModel::isSortable(int column) const
{
    return column >= 0 && column < m_spec.fields.size() && !m_spec.fields.at(column).sortExpression.isEmpty();
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    // Sorting an unindexed column would sort the whole table for every page; the header
    // tooltip says which columns sort.
    if (column != -1 && !isSortable(column))
        return;
    if (column == -1)
        order = Qt::AscendingOrder;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    m_cache.clear();
    endResetModel();
}

void PagedTableModel::setSearchText(const QString& text)
{
    if (text.simplified() == m_searchText.simplified()) {
        m_searchText = text;
        return;
    }
    m_searchText = text;
    applyFilter();
}

void PagedTableModel::setFacetValue(const QString& facetKey, const QVariant& value)
{
    if (m_facetValues.value(facetKey) == value && m_facetValues.value(facetKey).isNull() == value.isNull())
        return;
    if (value.isNull())
        m_facetValues.remove(facetKey);
    else
        m_facetValues.insert(facetKey, value);
    applyFilter();
}

bool PagedTableModel::fillIdFilterTable(const QVector<qint64>& ids)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS workspace_id_filter(id INTEGER PRIMARY KEY) WITHOUT ROWID"))) {
        reportError(tr("The records could not be filtered: %1").arg(query.lastError().text()));
        return false;
    }
    SqlTransaction transaction(m_db);
    if (!transaction.isActive() || !query.exec(QStringLiteral("DELETE FROM temp.workspace_id_filter"))) {
        reportError(tr("The records could not be filtered: %1")
                        .arg(transaction.isActive() ? query.lastError().text() : transaction.errorText()));
        return false;
    }
    // One statement over a JSON array: binding each id through QSqlQuery costs far more than
    // SQLite's parsing of the text (264,000 ids of 300,000 sellers, Debug build on a loaded
    // 2-core machine: 3.5 s in INSERTs of 500 bound values, 1.05 s this way, the count included).
    QString json;
    json.reserve(ids.size() * 8 + 2);
    json += u'[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += u',';
        json += QString::number(ids.at(i));
    }
    json += u']';
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.workspace_id_filter(id) SELECT value FROM json_each(?)"));
    query.addBindValue(json);
    if (!query.exec()) {
        reportError(tr("The records could not be filtered: %1").arg(query.lastError().text()));
        return false;
    }
    if (!transaction.commit()) {
        reportError(tr("The records could not be filtered: %1").arg(transaction.errorText()));
        return false;
    }
    return true;
}

bool PagedTableModel::setIdFilter(const QVector<qint64>& ids, const QString& label)
{
    if (!m_db.isOpen() || !fillIdFilterTable(ids))
        return false;
    QSqlQuery count(m_db);
    m_idFilterSize = count.exec(QStringLiteral("SELECT count(*) FROM temp.workspace_id_filter")) && count.next()
                         ? count.value(0).toInt()
                         : int(ids.size());
    m_idFilterActive = true;
    m_idFilterLabel = label;
    applyFilter();
    return true;
}

void PagedTableModel::clearIdFilter()
{
    if (!m_idFilterActive)
        return;
    m_idFilterActive = false;
    m_idFilterLabel.clear();
    m_idFilterSize = 0;
    // The rows are dropped so a big set does not linger in the connection's memory.
    QSqlQuery(m_db).exec(QStringLiteral("DELETE FROM temp.workspace_id_filter"));
    applyFilter();
}

int PagedTableModel::rowOfRecord(qint64 id) const
{
    const Filter filter = buildFilter();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 t").arg(sortExpression(), m_spec.table) +
                  (filter.where.isEmpty() ? QStringLiteral(" WHERE ") : filter.where + QStringLiteral(" AND ")) +
                  QStringLiteral("t.id = ?"));
    for (const QVariant& value : filter.values)
        query.addBindValue(value);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return -1;
    Filter before = buildFilter();
    appendKeyCondition(&before, SortKey{query.value(0), id}, true);
    QSqlQuery count(m_db);
    count.prepare(QStringLiteral("SELECT count(*) FROM %1 t").arg(m_spec.table) + before.where);
    for (const QVariant& value : std::as_const(before.values))
        count.addBindValue(value);
    if (!count.exec() || !count.next())
        return -1;
    return count.value(0).toInt();
}

} // namespace mentordesk
