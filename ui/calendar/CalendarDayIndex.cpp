// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarDayIndex.h"

#include "calendar/TouchpointRangeModel.h"

namespace mentordesk {

namespace {

constexpr int kMinutesWithoutDuration = 30;

} // namespace

CalendarDayIndex::CalendarDayIndex(TouchpointRangeModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model)
{
    connect(model, &QAbstractItemModel::modelReset, this, &CalendarDayIndex::recount);
    connect(model, &QAbstractItemModel::dataChanged, this, &CalendarDayIndex::recount);
    recount();
}

TouchpointRangeModel* CalendarDayIndex::model() const
{
    return m_model;
}

void CalendarDayIndex::recount()
{
    m_counts = m_model ? m_model->countsPerDay() : QMap<QDate, int>();
    m_offsets.clear();
    int offset = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        m_offsets.insert(it.key(), offset);
        offset += it.value();
    }
    ++m_recounts;
    Q_EMIT changed();
}

CalendarItem CalendarDayIndex::item(int row) const
{
    CalendarItem item;
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return item;
    auto value = [this, row](int column, int role) { return m_model->data(m_model->index(row, column), role); };
    item.row = row;
    item.id = value(0, TouchpointRangeModel::TouchpointIdRole).toLongLong();
    item.start = value(0, TouchpointRangeModel::StartLocalRole).toDateTime();
    const int minutes = value(TouchpointRangeModel::Duration, Qt::DisplayRole).toInt();
    item.minutes = minutes <= 0 ? kMinutesWithoutDuration : minutes;
    item.kind = value(0, TouchpointRangeModel::KindCodeRole).toString();
    item.status = value(0, TouchpointRangeModel::StatusCodeRole).toString();
    item.text = value(TouchpointRangeModel::Title, Qt::DisplayRole).toString();
    if (item.text.isEmpty())
        item.text = value(TouchpointRangeModel::Mentee, Qt::DisplayRole).toString();
    if (item.text.isEmpty())
        item.text = value(TouchpointRangeModel::Cohort, Qt::DisplayRole).toString();
    return item;
}

QVector<CalendarItem> CalendarDayIndex::items(const QDate& day, int limit) const
{
    QVector<CalendarItem> result;
    const int first = m_offsets.value(day, -1);
    if (first < 0)
        return result;
    const int n = std::min(limit, m_counts.value(day));
    // The day's first rows in one small query, not the pages of 256 they fall in.
    m_model->prefetchDay(day, n);
    result.reserve(n);
    for (int i = 0; i < n; ++i)
        result << item(first + i);
    return result;
}

int CalendarDayIndex::rowOf(qint64 id, const QDate& day) const
{
    const int first = m_offsets.value(day, -1);
    if (first < 0 || !m_model)
        return -1;
    for (int row = first; row < first + m_counts.value(day); ++row) {
        if (m_model->touchpointId(row) == id)
            return row;
    }
    return -1;
}

} // namespace mentordesk
