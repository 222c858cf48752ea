// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/PageCache.h"
#include "TouchpointFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimeZone>

namespace mentordesk {

class ChangeFeed;
struct ChangeEvent;

/// The touchpoints of a date range, in start order, for the calendar's views (week agenda, month
/// grid, list, detail panel). Filtering is SQL on indexed columns (TouchpointFilter); the row
/// count is an exact COUNT(*); rows come in pages of 256 fetched by keyset (scheduled_utc, id)
/// from the nearest loaded page (a jump finds its page's first row in the index alone, from
/// that page or from the end), at most 24 pages kept, so a month of a program with millions of
/// touchpoints costs one count and the pages the view shows. Times are shown in the program's
/// zone, with the mentor's and the mentee's local times as roles. Refreshes itself from the
/// program's ChangeFeed.
class TouchpointRangeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Kind, Status, Mentor, Mentee, Cohort, Title, Notes, Duration, ColumnCount };
    enum Role {
        TouchpointIdRole = Qt::UserRole + 1, ///< qint64
        StartUtcRole,                        ///< QDateTime (UTC)
        StartLocalRole,                      ///< QDateTime in the program's zone
        KindCodeRole,                        ///< code of FieldId::TouchpointKind
        StatusCodeRole,                      ///< code of FieldId::TouchpointStatus
        PairingIdRole,                       ///< qint64, 0 for a roundtable
        CohortIdRole,                        ///< qint64: the roundtable's cohort or the mentee's, 0 for none
        SeriesIdRole,                        ///< qint64, 0 for a one-off touchpoint
        MentorLocalStartRole,                ///< QDateTime in the mentor's zone
        MenteeLocalStartRole,                ///< QDateTime in the mentee's zone
        /// bool: the mentor's or mentee's stored zone is not a valid IANA name, so their local time
        /// is shown in the program's zone instead (the detail panel says so).
        ZoneFellBackRole,
    };

    explicit TouchpointRangeModel(QObject* parent = nullptr);

    /// Shows the touchpoints of `db`, refreshed from `changes` (may be null: never refreshed).
    void setDatabase(QSqlDatabase db, ChangeFeed* changes);
    /// The zone times are shown in (the program's: CalendarTime::programZone by default).
    void setDisplayZone(const QTimeZone& zone);
    QTimeZone displayZone() const { return m_zone; }
    void setFilter(const TouchpointFilter& filter);
    const TouchpointFilter& filter() const { return m_filter; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 touchpointId(int row) const;
    /// Touchpoints per day of the display zone in the filter's range (for the month grid's "+N
    /// more"), counted in SQL without loading rows.
    QMap<QDate, int> countsPerDay() const;

    /// Re-counts and drops the loaded pages (done on the change feed's events).
    void refresh();
    /// Reads the first `limit` touchpoints of `day` (display zone) in one small query, so a view
    /// showing the first items of many days (the month grid) reads those rows, not a page of 256
    /// for each day. Rows already loaded are not read again.
    void prefetchDay(const QDate& day, int limit) const;

    QString lastError() const { return m_lastError; }
    int pageSize() const { return kPageSize; }
    int cachedPageCount() const { return m_cache.loadedPageCount(); }

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    static constexpr int kPageSize = 256;

    void onChanged(const ChangeEvent& event);
    qint64 count() const;
    /// Sets the row count; per local day where the range spans few days (each day counted in the
    /// index alone, and the total their sum), else one COUNT(*).
    int recount();
    bool countDays(QMap<QDate, int>* counts) const;
    /// The filter narrowed to the local day `day` (both ends within the model's range).
    TouchpointFilter dayFilter(const QDate& day) const;
    const PageCache::Row* row(int index) const;
    bool loadPage(int page) const;
    /// The (start, id) of the row `offset` rows after `after` (from the first row when null), or
    /// `offset` rows before the last when `fromEnd`.
    bool keyAt(const SortKey* after, int offset, bool fromEnd, SortKey* key) const;
    QVariant displayValue(const PageCache::Row& row, int column) const;
    QTimeZone zoneOf(const QVariant& storedName, bool* fellBack) const;

    QSqlDatabase m_db;
    QPointer<ChangeFeed> m_changes;
    QMetaObject::Connection m_connection;
    TouchpointFilter m_filter;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    int m_rowCount = 0;
    bool m_daysCounted = false;
    QMap<QDate, int> m_dayCounts;
    QMap<int, QDate> m_dayByFirstRow;
    mutable QHash<QDate, PageCache::Page> m_dayHeads;
    mutable PageCache m_cache;
    mutable QHash<QString, QTimeZone> m_zones;
    mutable QString m_lastError;
};

} // namespace mentordesk
