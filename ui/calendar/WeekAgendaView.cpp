// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekAgendaView.h"

#include "CalendarStyle.h"

#include <QLocale>
#include <QPainter>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace mentordesk {

namespace {

constexpr int kGutter = 46;
constexpr int kHeader = 38;
constexpr int kSnapMinutes = 15;
constexpr int kDays = 7;

int minuteOfDay(const QDateTime& time)
{
    return time.time().hour() * 60 + time.time().minute();
}

} // namespace

WeekAgendaView::WeekAgendaView(QWidget* parent)
    : CalendarPeriodView(parent)
{
    setObjectName(QStringLiteral("weekAgenda"));
}

int WeekAgendaView::columnLeft(int column) const
{
    return kGutter + int(column * columnWidth());
}

double WeekAgendaView::columnWidth() const
{
    return double(width() - kGutter) / kDays;
}

double WeekAgendaView::hourHeight() const
{
    return double(height() - kHeader) / std::max(1, m_lastHour - m_firstHour);
}

QPoint WeekAgendaView::pointAt(const QDate& day, const QTime& time) const
{
    const int column = int(firstDay().daysTo(day));
    const double minutes = time.hour() * 60 + time.minute() - m_firstHour * 60;
    return {columnLeft(column) + 2, kHeader + int(minutes * hourHeight() / 60)};
}

QRect WeekAgendaView::chipRect(int column, const QDateTime& start, int minutes, int lane, int lanes) const
{
    const double laneWidth = (columnWidth() - 4) / lanes;
    const double top = kHeader + (minuteOfDay(start) - m_firstHour * 60) * hourHeight() / 60;
    const double height = std::max(double(fontMetrics().height()), minutes * hourHeight() / 60);
    return QRect(columnLeft(column) + 2 + int(lane * laneWidth), int(top), int(laneWidth) - 1, int(height) - 1);
}

void WeekAgendaView::updateHours(const QVector<QVector<CalendarItem>>& days)
{
    int first = 8 * 60;
    int last = 19 * 60;
    for (const QVector<CalendarItem>& items : days) {
        for (const CalendarItem& item : items) {
            first = std::min(first, minuteOfDay(item.start));
            last = std::max(last, std::min(24 * 60, minuteOfDay(item.start) + item.minutes));
        }
    }
    m_firstHour = first / 60;
    m_lastHour = (last + 59) / 60;
}

void WeekAgendaView::paintGrid(QPainter* painter) const
{
    const QPalette& pal = palette();
    painter->fillRect(rect(), pal.color(QPalette::Base));
    painter->setPen(pal.color(QPalette::Mid));
    const QLocale locale;
    for (int hour = m_firstHour; hour <= m_lastHour; ++hour) {
        const int y = kHeader + int((hour - m_firstHour) * hourHeight());
        painter->setPen(pal.color(QPalette::Midlight));
        painter->drawLine(kGutter, y, width(), y);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        if (hour < m_lastHour)
            painter->drawText(QRect(0, y, kGutter - 4, fontMetrics().height()), Qt::AlignRight,
                              CalendarStyle::timeText(QTime(hour % 24, 0)));
    }
    for (int column = 0; column < kDays; ++column) {
        const QDate day = firstDay().addDays(column);
        const QRect header(columnLeft(column), 0, int(columnWidth()), kHeader);
        if (day == selectedDay())
            painter->fillRect(QRect(header.left(), 0, header.width(), height()), pal.color(QPalette::AlternateBase));
        if (day == QDate::currentDate())
            painter->fillRect(QRect(header.left(), kHeader - 3, header.width(), 3), pal.color(QPalette::Highlight));
        painter->setPen(pal.color(QPalette::Mid));
        painter->drawLine(header.left(), 0, header.left(), height());
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(header.adjusted(4, 2, -2, 0), Qt::AlignLeft | Qt::AlignTop,
                          locale.toString(day, QStringLiteral("ddd d")));
    }
}

void WeekAgendaView::paintDay(QPainter* painter, int column, const QVector<CalendarItem>& items)
{
    // Lanes: each chip takes the first lane free at its start; chips that overlap one another
    // (a cluster) share the column between their lanes, and a chip alone gets the full width. One
    // pass over items already in start order.
    QVector<int> laneEnds;
    QVector<int> lanes;
    QVector<int> laneCounts(items.size(), 1);
    int clusterFirst = 0;
    int clusterEnd = 0;
    auto closeCluster = [&](int end) {
        for (int i = clusterFirst; i < end; ++i)
            laneCounts[i] = std::max(1, int(laneEnds.size()));
        laneEnds.clear();
        clusterFirst = end;
    };
    for (int i = 0; i < items.size(); ++i) {
        const int start = minuteOfDay(items.at(i).start);
        if (start >= clusterEnd)
            closeCluster(i);
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds << 0;
        laneEnds[lane] = start + items.at(i).minutes;
        clusterEnd = std::max(clusterEnd, laneEnds.at(lane));
        lanes << lane;
    }
    closeCluster(int(items.size()));
    const CalendarStyle style(palette());
    for (int i = 0; i < items.size(); ++i) {
        const CalendarItem& item = items.at(i);
        const QRect chip = chipRect(column, item.start, item.minutes, lanes.at(i), laneCounts.at(i));
        // The chip's place says its time; a chip too narrow for both shows only what it is about.
        const QString time = CalendarStyle::timeText(item.start.time());
        const QString text = chip.width() > 3 * fontMetrics().horizontalAdvance(time)
                                 ? tr("%1 %2", "time and title of a touchpoint").arg(time, item.text)
                                 : item.text;
        style.paintItem(painter, chip, item.kind, item.status, text, item.id == selectedTouchpoint());
        addPainted(chip, item);
    }
    const QDate day = firstDay().addDays(column);
    const int more = dayIndex()->count(day) - int(items.size());
    if (more > 0) {
        painter->setPen(palette().color(QPalette::Link));
        painter->drawText(
            QRect(columnLeft(column) + 4, fontMetrics().height() + 2, int(columnWidth()) - 6, fontMetrics().height()),
            Qt::AlignLeft, tr("+%n more", nullptr, more));
    }
}

void WeekAgendaView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    clearPainted();
    QVector<QVector<CalendarItem>> days(kDays);
    if (dayIndex()) {
        for (int column = 0; column < kDays; ++column)
            days[column] = dayIndex()->items(firstDay().addDays(column), kMaxItemsPerDay);
    }
    updateHours(days);
    paintGrid(&painter);
    if (!dayIndex())
        return;
    for (int column = 0; column < kDays; ++column)
        paintDay(&painter, column, days.at(column));
    paintDrag(&painter);
}

QDate WeekAgendaView::dayAt(const QPoint& point) const
{
    if (point.x() < kGutter)
        return {};
    const int column = std::clamp(int((point.x() - kGutter) / columnWidth()), 0, kDays - 1);
    return firstDay().addDays(column);
}

QTime WeekAgendaView::timeAt(const QPoint& point) const
{
    if (point.y() < kHeader)
        return {};
    // The quarter hour the point lies in: a new touchpoint starts there.
    const int minutes = m_firstHour * 60 + int((point.y() - kHeader) * 60 / hourHeight());
    const int snapped = std::clamp(minutes / kSnapMinutes * kSnapMinutes, 0, 24 * 60 - kSnapMinutes);
    return QTime(snapped / 60, snapped % 60);
}

QDateTime WeekAgendaView::dropStart(const CalendarItem& item, const QPoint& grab, const QPoint& drop) const
{
    const QDate day = dayAt(QPoint(std::max(drop.x(), kGutter), drop.y()));
    if (!day.isValid() || !item.start.isValid())
        return {};
    const double moved = (drop.y() - grab.y()) * 60 / hourHeight();
    int minutes = minuteOfDay(item.start) + int(std::lround(moved / kSnapMinutes)) * kSnapMinutes;
    minutes = std::clamp(minutes, 0, 24 * 60 - kSnapMinutes);
    return QDateTime(day, QTime(minutes / 60, minutes % 60), item.start.timeZone());
}

void WeekAgendaView::paintDropTarget(QPainter* painter, const CalendarItem& item, const QDateTime& start) const
{
    const int column = int(firstDay().daysTo(start.date()));
    QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(chipRect(column, start, item.minutes, 0, 1));
    painter->drawText(chipRect(column, start, item.minutes, 0, 1).adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                      CalendarStyle::timeText(start.time()));
}

} // namespace mentordesk
