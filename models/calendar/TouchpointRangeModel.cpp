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

// A page's rows are chosen from touchpoints alone (%1: the ids in order, LIMIT a page), and only
// those are joined to their names: joining first would join every row of a filtered month before
// sorting it (a cohort's month at 10 M touchpoints: 250 ms a page instead of a few).
const QString kSelect = QStringLiteral(
    "SELECT t.id, t.scheduled_utc, t.kind, t.status, m.name, IFNULL(NULLIF(s.shop_name, ''), s.external_id), "
    "c.name, t.title, t.notes, t.duration_minutes, t.pairing_id, IFNULL(t.cohort_id, cm.cohort_id), t.series_id, "
    "m.time_zone, s.time_zone FROM (%1) page JOIN touchpoints t ON t.id = page.id "
    "LEFT JOIN pairings p ON p.id = t.pairing_id "
    "LEFT JOIN mentors m ON m.id = p.mentor_id LEFT JOIN sellers s ON s.id = p.mentee_id "
    "LEFT JOIN cohort_members cm ON cm.seller_id = p.mentee_id "
    "LEFT JOIN cohorts c ON c.id = IFNULL(t.cohort_id, cm.cohort_id) ORDER BY t.scheduled_utc, t.id");

constexpr EntityKinds kShownKinds = EntityKind::Touchpoint | EntityKind::TouchpointSeries | EntityKind::Pairing |
                                    EntityKind::Mentor | EntityKind::Seller | EntityKind::Cohort;

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
    // Day boundaries move with the zone: count again.
    beginResetModel();
    m_cache.clear();
    m_rowCount = recount();
    endResetModel();
}

void TouchpointRangeModel::setFilter(const TouchpointFilter& filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_cache.clear();
    m_rowCount = recount();
    endResetModel();
}

void TouchpointRangeModel::onChanged(const ChangeEvent& event)
{
    if (event.isBulk() || (event.entities & kShownKinds))
        refresh();
}

void TouchpointRangeModel::refresh()
{
    const int rows = recount();
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

namespace {

/// Longer ranges (a list over a quarter) are counted at once; the calendar's week and month
/// (up to six weeks in the month grid) per day.
constexpr int kMaximumDaysCountedApart = 62;

} // namespace

TouchpointFilter TouchpointRangeModel::dayFilter(const QDate& day) const
{
    TouchpointFilter filter = m_filter;
    filter.fromUtc = std::max(m_filter.fromUtc, QDateTime(day, QTime(0, 0), m_zone).toUTC());
    filter.toUtc = std::min(m_filter.toUtc, QDateTime(day.addDays(1), QTime(0, 0), m_zone).toUTC());
    return filter;
}

bool TouchpointRangeModel::countDays(QMap<QDate, int>* counts) const
{
    if (!m_filter.fromUtc.isValid() || !m_filter.toUtc.isValid() || m_filter.toUtc <= m_filter.fromUtc)
        return false;
    const QDate first = m_filter.fromUtc.toTimeZone(m_zone).date();
    const QDate last = m_filter.toUtc.addMSecs(-1).toTimeZone(m_zone).date();
    if (first.daysTo(last) >= kMaximumDaysCountedApart)
        return false;
    // One statement, bound per day: each count is a range of the index (scheduled_utc, status,
    // kind), so a month of 300,000 touchpoints is counted without reading a table row and
    // without grouping or converting a time per minute.
    QVariantList values;
    const QString where = dayFilter(first).whereClause(&values);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM touchpoints t") + where)) {
        m_lastError = query.lastError().text();
        return false;
    }
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        values.clear();
        dayFilter(day).whereClause(&values);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec() || !query.next()) {
            m_lastError = query.lastError().text();
            return false;
        }
        if (const int n = query.value(0).toInt(); n > 0)
            counts->insert(day, n);
        query.finish();
    }
    return true;
}

int TouchpointRangeModel::recount()
{
    m_dayCounts.clear();
    m_dayByFirstRow.clear();
    m_dayHeads.clear();
    m_daysCounted = m_db.isOpen() && countDays(&m_dayCounts);
    if (!m_daysCounted)
        return int(count());
    int rows = 0;
    for (auto it = m_dayCounts.cbegin(); it != m_dayCounts.cend(); ++it) {
        m_dayByFirstRow.insert(rows, it.key());
        rows += it.value();
    }
    return rows;
}

void TouchpointRangeModel::prefetchDay(const QDate& day, int limit) const
{
    const int count = m_dayCounts.value(day);
    const int wanted = std::min(limit, count);
    if (!m_daysCounted || wanted <= 0 || m_dayHeads.value(day).size() >= wanted)
        return;
    QVariantList values;
    const QString where = dayFilter(day).whereClause(&values);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kSelect.arg(QStringLiteral("SELECT t.id FROM touchpoints t") + where +
                              QStringLiteral(" ORDER BY t.scheduled_utc, t.id LIMIT %1").arg(wanted)));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return;
    }
    PageCache::Page rows;
    while (query.next()) {
        PageCache::Row row(MenteeZoneValue + 1);
        for (int i = 0; i <= MenteeZoneValue; ++i)
            row[i] = query.value(i);
        rows << row;
    }
    m_dayHeads.insert(day, rows);
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

namespace {

QString andKeyset(const QString& where, const char* comparison)
{
    return where + (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
           QStringLiteral("(t.scheduled_utc, t.id) %1 (?, ?)").arg(QLatin1String(comparison));
}

} // namespace

bool TouchpointRangeModel::keyAt(const SortKey* after, int offset, bool fromEnd, SortKey* key) const
{
    // Touchpoints alone, no joins: the skipped rows are walked in an index (touchpoints_when, or a
    // pairing's rows), which costs a fraction of skipping joined rows with OFFSET.
    QVariantList values;
    QString where = m_filter.whereClause(&values);
    if (after) {
        where = andKeyset(where, ">");
        values << after->value << after->id;
    }
    const QString order = fromEnd ? QStringLiteral(" ORDER BY t.scheduled_utc DESC, t.id DESC")
                                  : QStringLiteral(" ORDER BY t.scheduled_utc, t.id");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t.scheduled_utc, t.id FROM touchpoints t") + where + order +
                  QStringLiteral(" LIMIT 1 OFFSET %1").arg(offset));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return false;
    }
    *key = {query.value(0), query.value(1).toLongLong()};
    return true;
}

bool TouchpointRangeModel::loadPage(int page) const
{
    // The page starts right after the nearest loaded page before it (keyset); a jump finds its
    // first row from that page or from the end, whichever is nearer.
    const int anchor = m_cache.nearestAnchorBefore(page);
    const SortKey anchorKey = anchor >= 0 ? m_cache.anchor(anchor) : SortKey{};
    const int skip = (page - anchor - 1) * kPageSize;
    const int fromEnd = m_rowCount - page * kPageSize - 1;
    QVariantList values;
    QString where = m_filter.whereClause(&values);
    if (skip > 0) {
        SortKey first;
        const bool found = fromEnd < skip ? keyAt(nullptr, fromEnd, true, &first)
                                          : keyAt(anchor >= 0 ? &anchorKey : nullptr, skip, false, &first);
        if (!found)
            return false;
        where = andKeyset(where, ">=");
        values << first.value << first.id;
    } else if (anchor >= 0) {
        where = andKeyset(where, ">");
        values << anchorKey.value << anchorKey.id;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kSelect.arg(QStringLiteral("SELECT t.id FROM touchpoints t") + where +
                              QStringLiteral(" ORDER BY t.scheduled_utc, t.id LIMIT %1").arg(kPageSize)));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    PageCache::Page rows;
    while (query.next()) {
        PageCache::Row row(MenteeZoneValue + 1);
        for (int i = 0; i <= MenteeZoneValue; ++i)
            row[i] = query.value(i);
        rows << row;
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
    // A row of a day's first rows read by prefetchDay.
    if (!m_dayHeads.isEmpty()) {
        auto day = m_dayByFirstRow.upperBound(index);
        if (day != m_dayByFirstRow.cbegin()) {
            --day;
            const auto head = m_dayHeads.constFind(day.value());
            if (head != m_dayHeads.cend() && index - day.key() < head->size())
                return &head->at(index - day.key());
        }
    }
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Mentor:
        return tr("Mentor");
    case Mentee:
        return tr("Mentee");
    case Cohort:
        return tr("Cohort");
    case Title:
        return tr("Title");
    case Notes:
        return tr("Notes");
    case Duration:
        return tr("Minutes");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

qint64 TouchpointRangeModel::touchpointId(int index) const
{
    const PageCache::Row* values = row(index);
    return values ? values->at(IdValue).toLongLong() : 0;
}

QMap<QDate, int> TouchpointRangeModel::countsPerDay() const
{
    if (m_daysCounted)
        return m_dayCounts;
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
