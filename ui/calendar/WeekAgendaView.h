// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarPeriodView.h"

namespace mentordesk {

/// Seven day columns by hours, each touchpoint a chip at its time and as tall as its duration,
/// overlapping ones side by side. Painted directly from the day index (no widget per item); a day
/// draws its first kMaxItemsPerDay touchpoints and says how many more there are. The hours shown
/// stretch to the week's earliest and latest touchpoint so the week fits without scrolling.
class WeekAgendaView : public CalendarPeriodView {
    Q_OBJECT
public:
    static constexpr int kMaxItemsPerDay = 60;

    explicit WeekAgendaView(QWidget* parent = nullptr);
    QSize sizeHint() const override { return {700, 480}; }
    QSize minimumSizeHint() const override { return {420, 300}; }
    /// The top-left point of `time` on `day` (for tests that drag to a time).
    QPoint pointAt(const QDate& day, const QTime& time) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    QDate dayAt(const QPoint& point) const override;
    QTime timeAt(const QPoint& point) const override;
    QDateTime dropStart(const CalendarItem& item, const QPoint& grab, const QPoint& drop) const override;
    void paintDropTarget(QPainter* painter, const CalendarItem& item, const QDateTime& start) const override;

private:
    void updateHours(const QVector<QVector<CalendarItem>>& days);
    void paintGrid(QPainter* painter) const;
    void paintDay(QPainter* painter, int column, const QVector<CalendarItem>& items);
    QRect chipRect(int column, const QDateTime& start, int minutes, int lane, int lanes) const;
    int columnLeft(int column) const;
    double columnWidth() const;
    double hourHeight() const;

    int m_firstHour = 8;
    int m_lastHour = 19;
};

} // namespace mentordesk
