// SPDX-License-Identifier: GPL-3.0-or-later
#include "TouchpointRangeModel.h"

#include "CalendarTime.h"
#include "changes/ChangeFeed.h"
#include "domain/FieldCatalogue.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace mentordesk {

namespace {

// Positions in a page row (the SELECT below).
enum Value {
    IdValue,
    StartValue,
    KindValue,
    StatusValue,
    MentorValue,
    MenteeValue,
    CohortValue,
    TitleValue,
    NotesValue,
    DurationValue,
    PairingValue,
    CohortIdValue,
    SeriesValue,
    MentorZoneValue,
    MenteeZoneValue,
};

// A LEFT JOIN keeps the touchpoints the outer table, so the planner walks the filter's index
// over touchpoints and looks the names up per row it returns.
const QString kSelect = QStringLiteral(
    "SELECT t.id, t.scheduled_utc, t.kind, t.status, m.name, IFNULL(NULLIF(s.shop_name, ''), s.external_id), "
    "c.name, t.title, t.notes, t.duration_minutes, t.pairing_id, IFNULL(t.cohort_id, cm.cohort_id), t.series_id, "
    "m.time_zone, s.time_zone FROM touchpoints t LEFT JOIN pairings p ON p.id = t.pairing_id "
    "LEFT JOIN mentors m ON m.id = p.mentor_id LEFT JOIN sellers s ON s.id = p.mentee_id "
    "LEFT JOIN cohort_members cm ON cm.seller_id = p.mentee_id "
    "LEFT JOIN cohorts c ON c.id = IFNULL(t.cohort_id, cm.cohort_id)");

constexpr EntityKinds kShownKinds = EntityKind::Touchpoint | EntityKind::TouchpointSeries | EntityKind::Pairing |
                                    EntityKind::Mentor | EntityKind::Seller | EntityKind::Cohort;

const char* const kTitles[] = {
    QT_TRANSLATE_NOOP("TouchpointRangeModel", "When"),    QT_TRANSLATE_NOOP("TouchpointRangeModel", "Kind"),
    QT_TRANSLATE_NOOP("TouchpointRangeModel", "Status"),  QT_TRANSLATE_NOOP("TouchpointRangeModel", "Mentor"),
    QT_TRANSLATE_NOOP("TouchpointRangeModel", "Mentee"),  QT_TRANSLATE_NOOP("TouchpointRangeModel", "Cohort"),
    QT_TRANSLATE_NOOP("TouchpointRangeModel", "Title"),   QT_TRANSLATE_NOOP("TouchpointRangeModel", "Notes"),
    QT_TRANSLATE_NOOP("TouchpointRangeModel", "Minutes"),
};
static_assert(std::size(kTitles) == TouchpointRangeModel::ColumnCount, "one title per column");

} // namespace

TouchpointRangeModel::TouchpointRangeModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TouchpointRangeModel::setDatabase(QSqlDatabase db, ChangeFeed* changes)
{
    disconnect(m_connection);
    m_db = std::move(db);
    m_changes = changes;
    m_zone = CalendarTime::programZone(m_db);
    if (changes)
        m_connection = connect(changes, &ChangeFeed::changed, this, &TouchpointRangeModel::onChanged);
    beginResetModel();
    m_cache.clear();
    m_rowCount = int(count());
    endResetModel();
}

void TouchpointRangeModel::setDisplayZone(const QTimeZone& zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, When), index(m_rowCount - 1, When));
}

void TouchpointRangeModel::setFilter(const TouchpointFilter& filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_cache.clear();
    m_rowCount = int(count());
    endResetModel();
}

void TouchpointRangeModel::onChanged(const ChangeEvent& event)
{
    if (event.isBulk() || (event.entities & kShownKinds))
        refresh();
}

void TouchpointRangeModel::refresh()
{
    const int rows = int(count());
    if (rows == m_rowCount) {
        m_cache.clear();
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_cache.clear();
    m_rowCount = rows;
    endResetModel();
}

qint64 TouchpointRangeModel::count() const
{
    if (!m_db.isOpen())
        return 0;
    QVariantList values;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM touchpoints t") + m_filter.whereClause(&values));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return 0;
    }
    return query.value(0).toLongLong();
}

bool TouchpointRangeModel::loadPage(int page) const
{
    QVariantList values;
    QString where = m_filter.whereClause(&values);
    // Keyset from the nearest page whose last row is known; OFFSET only for the pages between.
    const int anchor = m_cache.nearestAnchorBefore(page);
    int offset = page * kPageSize;
    if (anchor >= 0) {
        const SortKey key = m_cache.anchor(anchor);
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                 QStringLiteral("(t.scheduled_utc, t.id) > (?, ?)");
        values << key.value << key.id;
        offset = (page - anchor - 1) * kPageSize;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kSelect + where +
                  QStringLiteral(" ORDER BY t.scheduled_utc, t.id LIMIT %1 OFFSET %2").arg(kPageSize).arg(offset));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    PageCache::Page rows;
    while (query.next()) {
        PageCache::Row values(MenteeZoneValue + 1);
        for (int i = 0; i <= MenteeZoneValue; ++i)
            values[i] = query.value(i);
        rows << values;
    }
    const SortKey last =
        rows.isEmpty() ? SortKey{} : SortKey{rows.last().at(StartValue), rows.last().at(IdValue).toLongLong()};
    m_cache.insert(page, rows, last);
    return true;
}

const PageCache::Row* TouchpointRangeModel::row(int index) const
{
    if (index < 0 || index >= m_rowCount)
        return nullptr;
    const int page = index / kPageSize;
    const PageCache::Page* rows = m_cache.page(page);
    if (!rows) {
        if (!loadPage(page))
            return nullptr;
        rows = m_cache.page(page);
    }
    const int offset = index % kPageSize;
    return rows && offset < rows->size() ? &rows->at(offset) : nullptr;
}

int TouchpointRangeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int TouchpointRangeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QTimeZone TouchpointRangeModel::zoneOf(const QVariant& storedName, bool* fellBack) const
{
    const QString name = storedName.toString();
    auto cached = m_zones.constFind(name);
    if (cached == m_zones.constEnd()) {
        const ResolvedZone resolved = CalendarTime::resolve(name, QTimeZone());
        cached = m_zones.insert(name, resolved.zone);
    }
    *fellBack = !cached->isValid();
    return *fellBack ? m_zone : *cached;
}

QVariant TouchpointRangeModel::displayValue(const PageCache::Row& row, int column) const
{
    switch (column) {
    case When:
        return QLocale().toString(CalendarTime::fromUtcText(row.at(StartValue).toString()).toTimeZone(m_zone),
                                  QLocale::ShortFormat);
    case Kind:
        return catalogueField(FieldId::TouchpointKind).choiceLabel(row.at(KindValue).toString());
    case Status:
        return catalogueField(FieldId::TouchpointStatus).choiceLabel(row.at(StatusValue).toString());
    case Mentor:
        return row.at(MentorValue);
    case Mentee:
        return row.at(MenteeValue);
    case Cohort:
        return row.at(CohortValue);
    case Title:
        return row.at(TitleValue);
    case Notes:
        return row.at(NotesValue);
    case Duration:
        return row.at(DurationValue);
    default:
        return {};
    }
}

QVariant TouchpointRangeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PageCache::Row* values = row(index.row());
    if (!values)
        return {};
    const QDateTime startUtc = CalendarTime::fromUtcText(values->at(StartValue).toString());
    const bool isPairing = values->at(PairingValue).toLongLong() != 0;
    bool mentorFellBack = false;
    bool menteeFellBack = false;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*values, index.column());
    case TouchpointIdRole:
        return values->at(IdValue).toLongLong();
    case StartUtcRole:
        return startUtc;
    case StartLocalRole:
        return startUtc.toTimeZone(m_zone);
    case KindCodeRole:
        return values->at(KindValue);
    case StatusCodeRole:
        return values->at(StatusValue);
    case PairingIdRole:
        return values->at(PairingValue).toLongLong();
    case CohortIdRole:
        return values->at(CohortIdValue).toLongLong();
    case SeriesIdRole:
        return values->at(SeriesValue).toLongLong();
    case MentorLocalStartRole:
        return isPairing ? QVariant(startUtc.toTimeZone(zoneOf(values->at(MentorZoneValue), &mentorFellBack)))
                         : QVariant();
    case MenteeLocalStartRole:
        return isPairing ? QVariant(startUtc.toTimeZone(zoneOf(values->at(MenteeZoneValue), &menteeFellBack)))
                         : QVariant();
    case ZoneFellBackRole:
        if (!isPairing)
            return false;
        zoneOf(values->at(MentorZoneValue), &mentorFellBack);
        zoneOf(values->at(MenteeZoneValue), &menteeFellBack);
        return mentorFellBack || menteeFellBack;
    default:
        return {};
    }
}

QVariant TouchpointRangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return tr(kTitles[section]);
}

qint64 TouchpointRangeModel::touchpointId(int index) const
{
    const PageCache::Row* values = row(index);
    return values ? values->at(IdValue).toLongLong() : 0;
}

QMap<QDate, int> TouchpointRangeModel::countsPerDay() const
{
    QMap<QDate, int> counts;
    if (!m_db.isOpen())
        return counts;
    // Grouped by UTC minute, then added up per local day: any zone's day boundary (a half-hour
    // offset, a DST change inside the month) falls between two minutes.
    QVariantList values;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT substr(t.scheduled_utc, 1, 16), count(*) FROM touchpoints t") +
                  m_filter.whereClause(&values) + QStringLiteral(" GROUP BY 1"));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return counts;
    }
    while (query.next()) {
        const QDateTime minute = QDateTime::fromString(query.value(0).toString() + QStringLiteral(":00Z"), Qt::ISODate);
        counts[minute.toTimeZone(m_zone).date()] += query.value(1).toInt();
    }
    return counts;
}

} // namespace mentordesk
