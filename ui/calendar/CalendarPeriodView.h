// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarDayIndex.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QPainter;

namespace mentordesk {

/// What the week agenda and the month grid share: the day index they draw from, the selected day
/// and touchpoint, hit-testing of the chips painted last, and dragging a chip to another time
/// (the view proposes the new start; the workspace reschedules through CalendarEditor).
class CalendarPeriodView : public QWidget {
    Q_OBJECT
public:
    explicit CalendarPeriodView(QWidget* parent = nullptr);

    void setDayIndex(CalendarDayIndex* index);
    /// The period shown (its first day) and the selected day inside it.
    void setPeriod(const QDate& firstDay, const QDate& selectedDay);
    QDate firstDay() const { return m_firstDay; }
    QDate selectedDay() const { return m_selectedDay; }
    void setSelectedTouchpoint(qint64 id);
    qint64 selectedTouchpoint() const { return m_selectedId; }
    /// The centre of touchpoint `id`'s chip as last painted (for tests and keyboard focus), or a
    /// null point when it is not shown.
    QPoint itemCenter(qint64 id) const;

Q_SIGNALS:
    void daySelected(const QDate& day);
    void touchpointSelected(qint64 id, int row);
    void touchpointActivated(qint64 id);
    void rescheduleRequested(qint64 id, const QDateTime& newLocalStart);
    /// A double-click on a free place: a new touchpoint on `day` (at `time` where the view has
    /// times; invalid in the month grid).
    void newTouchpointRequested(const QDate& day, const QTime& time);

protected:
    struct PaintedItem {
        QRect rect;
        CalendarItem item;
    };
    /// The day under `point`, or an invalid date.
    virtual QDate dayAt(const QPoint& point) const = 0;
    /// The time of day under `point` where the view shows times, else an invalid time.
    virtual QTime timeAt(const QPoint& point) const
    {
        Q_UNUSED(point)
        return {};
    }
    /// Where a chip grabbed at `grab` and dropped at `drop` would start.
    virtual QDateTime dropStart(const CalendarItem& item, const QPoint& grab, const QPoint& drop) const = 0;
    /// Paints the outline of the chip's target while it is dragged.
    virtual void paintDropTarget(QPainter* painter, const CalendarItem& item, const QDateTime& start) const = 0;

    CalendarDayIndex* dayIndex() const { return m_index; }
    void clearPainted() { m_painted.clear(); }
    void addPainted(const QRect& rect, const CalendarItem& item) { m_painted.push_back({rect, item}); }
    void paintDrag(QPainter* painter) const;

    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    const PaintedItem* itemAt(const QPoint& point) const;

    QPointer<CalendarDayIndex> m_index;
    QDate m_firstDay;
    QDate m_selectedDay;
    qint64 m_selectedId = 0;
    QVector<PaintedItem> m_painted;
    CalendarItem m_grabbed;
    QPoint m_grabPoint;
    QPoint m_dragPoint;
    bool m_dragging = false;
};

} // namespace mentordesk
