// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarPeriodView.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace mentordesk {

CalendarPeriodView::CalendarPeriodView(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CalendarPeriodView::setDayIndex(CalendarDayIndex* index)
{
    m_index = index;
    connect(index, &CalendarDayIndex::changed, this, qOverload<>(&QWidget::update));
    update();
}

void CalendarPeriodView::setPeriod(const QDate& firstDay, const QDate& selectedDay)
{
    m_firstDay = firstDay;
    m_selectedDay = selectedDay;
    update();
}

void CalendarPeriodView::setSelectedTouchpoint(qint64 id)
{
    m_selectedId = id;
    update();
}

QPoint CalendarPeriodView::itemCenter(qint64 id) const
{
    for (const PaintedItem& painted : m_painted) {
        if (painted.item.id == id)
            return painted.rect.center();
    }
    return {};
}

const CalendarPeriodView::PaintedItem* CalendarPeriodView::itemAt(const QPoint& point) const
{
    // Painted last is on top.
    for (auto it = m_painted.crbegin(); it != m_painted.crend(); ++it) {
        if (it->rect.contains(point))
            return &*it;
    }
    return nullptr;
}

void CalendarPeriodView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPoint point = event->position().toPoint();
    const QDate day = dayAt(point);
    if (day.isValid() && day != m_selectedDay)
        Q_EMIT daySelected(day);
    const PaintedItem* painted = itemAt(point);
    m_grabbed = painted ? painted->item : CalendarItem();
    m_grabPoint = point;
    m_dragging = false;
    if (painted)
        Q_EMIT touchpointSelected(painted->item.id, painted->item.row);
}

void CalendarPeriodView::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_grabbed.id == 0)
        return QWidget::mouseMoveEvent(event);
    m_dragPoint = event->position().toPoint();
    if (!m_dragging && (m_dragPoint - m_grabPoint).manhattanLength() >= QApplication::startDragDistance())
        m_dragging = true;
    if (m_dragging)
        update();
}

void CalendarPeriodView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_dragging) {
        m_grabbed = CalendarItem();
        return QWidget::mouseReleaseEvent(event);
    }
    m_dragging = false;
    const CalendarItem grabbed = m_grabbed;
    m_grabbed = CalendarItem();
    update();
    const QDateTime start = dropStart(grabbed, m_grabPoint, event->position().toPoint());
    if (start.isValid() && start != grabbed.start)
        Q_EMIT rescheduleRequested(grabbed.id, start);
}

void CalendarPeriodView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint point = event->position().toPoint();
    if (const PaintedItem* painted = itemAt(point))
        Q_EMIT touchpointActivated(painted->item.id);
    else if (const QDate day = dayAt(point); day.isValid())
        Q_EMIT newTouchpointRequested(day, timeAt(point));
}

void CalendarPeriodView::paintDrag(QPainter* painter) const
{
    if (!m_dragging)
        return;
    const QDateTime start = dropStart(m_grabbed, m_grabPoint, m_dragPoint);
    if (start.isValid())
        paintDropTarget(painter, m_grabbed, start);
}

} // namespace mentordesk
