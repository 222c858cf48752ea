// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthGridView.h"

#include "CalendarStyle.h"

#include <QLocale>
#include <QPainter>
#include <QTimeZone>

#include <algorithm>

namespace mentordesk {

namespace {

constexpr int kHeader = 22;
constexpr int kDays = 7;

} // namespace

MonthGridView::MonthGridView(QWidget* parent)
    : CalendarPeriodView(parent)
{
    setObjectName(QStringLiteral("monthGrid"));
}

int MonthGridView::lineHeight() const
{
    return fontMetrics().height() + 3;
}

QRect MonthGridView::cellRect(const QDate& day) const
{
    const int index = int(firstDay().daysTo(day));
    if (index < 0 || index >= kWeeks * kDays)
        return {};
    const double cellWidth = double(width()) / kDays;
    const double cellHeight = double(height() - kHeader) / kWeeks;
    const int column = index % kDays;
    const int row = index / kDays;
    return QRect(int(column * cellWidth), kHeader + int(row * cellHeight), int(cellWidth), int(cellHeight));
}

int MonthGridView::linesPerCell() const
{
    const double cellHeight = double(height() - kHeader) / kWeeks;
    // The first line of a cell is its day number.
    return std::max(1, int((cellHeight - lineHeight() - 2) / lineHeight()));
}

void MonthGridView::paintCell(QPainter* painter, const QDate& day)
{
    const QPalette& pal = palette();
    const QRect cell = cellRect(day);
    if (day == selectedDay())
        painter->fillRect(cell, pal.color(QPalette::AlternateBase));
    painter->setPen(pal.color(QPalette::Midlight));
    painter->setBrush(Qt::NoBrush); // today's marker of the cell before left its brush
    painter->drawRect(cell.adjusted(0, 0, -1, -1));
    const bool inMonth = day.month() == m_month.month();
    const QRect number(cell.left() + 4, cell.top() + 1, cell.width() - 8, lineHeight());
    if (day == QDate::currentDate()) {
        painter->setBrush(pal.color(QPalette::Highlight));
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(QRect(number.left() - 2, number.top(), lineHeight() + 6, lineHeight() - 1), 4, 4);
        painter->setPen(pal.color(QPalette::HighlightedText));
    } else {
        painter->setPen(pal.color(inMonth ? QPalette::Text : QPalette::PlaceholderText));
    }
    painter->drawText(number, Qt::AlignLeft | Qt::AlignVCenter, QString::number(day.day()));

    const int total = dayIndex() ? dayIndex()->count(day) : 0;
    const int lines = linesPerCell();
    const int shown = total > lines ? lines - 1 : total;
    const QVector<CalendarItem> items = dayIndex() ? dayIndex()->items(day, shown) : QVector<CalendarItem>();
    const CalendarStyle style(pal);
    int y = number.bottom() + 1;
    for (const CalendarItem& item : items) {
        const QRect chip(cell.left() + 2, y, cell.width() - 5, lineHeight() - 1);
        style.paintItem(
            painter, chip, item.kind, item.status,
            tr("%1 %2", "time and title of a touchpoint").arg(CalendarStyle::timeText(item.start.time()), item.text),
            item.id == selectedTouchpoint());
        addPainted(chip, item);
        y += lineHeight();
    }
    const int more = total - int(items.size());
    if (more > 0) {
        const QString text = tr("+%n more", nullptr, more);
        m_moreTexts.insert(day, text);
        painter->setPen(pal.color(QPalette::Link));
        painter->drawText(QRect(cell.left() + 6, y, cell.width() - 8, lineHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                          text);
    }
}

void MonthGridView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    clearPainted();
    m_moreTexts.clear();
    const QPalette& pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QLocale locale;
    painter.setPen(pal.color(QPalette::Text));
    for (int column = 0; column < kDays; ++column) {
        const QRect cell = cellRect(firstDay().addDays(column));
        painter.drawText(QRect(cell.left(), 0, cell.width(), kHeader), Qt::AlignCenter,
                         locale.dayName(firstDay().addDays(column).dayOfWeek(), QLocale::ShortFormat));
    }
    for (int index = 0; index < kWeeks * kDays; ++index)
        paintCell(&painter, firstDay().addDays(index));
    paintDrag(&painter);
}

QDate MonthGridView::dayAt(const QPoint& point) const
{
    if (point.y() < kHeader || width() <= 0)
        return {};
    const double cellWidth = double(width()) / kDays;
    const double cellHeight = double(height() - kHeader) / kWeeks;
    const int column = std::clamp(int(point.x() / cellWidth), 0, kDays - 1);
    const int row = std::clamp(int((point.y() - kHeader) / cellHeight), 0, kWeeks - 1);
    return firstDay().addDays(row * kDays + column);
}

QDateTime MonthGridView::dropStart(const CalendarItem& item, const QPoint&, const QPoint& drop) const
{
    // Moving to another day keeps the time of day on the program's clock.
    const QDate day = dayAt(drop);
    if (!day.isValid() || !item.start.isValid())
        return {};
    return QDateTime(day, item.start.time(), item.start.timeZone());
}

void MonthGridView::paintDropTarget(QPainter* painter, const CalendarItem&, const QDateTime& start) const
{
    painter->setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(cellRect(start.date()).adjusted(1, 1, -2, -2));
}

} // namespace mentordesk
