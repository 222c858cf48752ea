// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarPeriodView.h"

namespace mentordesk {

/// Six weeks of day cells around a month. A cell lists its day's first touchpoints, as many as
/// fit, and "+N more" from the day index's counts when there are more; only those first items are
/// read from the model, so a month of a whole program costs its per-day counts and a few rows a day.
class MonthGridView : public CalendarPeriodView {
    Q_OBJECT
public:
    static constexpr int kWeeks = 6;

    explicit MonthGridView(QWidget* parent = nullptr);
    QSize sizeHint() const override { return {700, 480}; }
    QSize minimumSizeHint() const override { return {420, 300}; }
    /// The month the grid is about (days of other months are drawn dimmed).
    void setMonth(const QDate& firstOfMonth) { m_month = firstOfMonth; }
    /// How many chips a cell has room for (one line of them says "+N more" when the day has more).
    int linesPerCell() const;
    QRect cellRect(const QDate& day) const;
    /// The text of the "+N more" line drawn in the cell of `day` last time, or empty.
    QString moreText(const QDate& day) const { return m_moreTexts.value(day); }

protected:
    void paintEvent(QPaintEvent* event) override;
    QDate dayAt(const QPoint& point) const override;
    QDateTime dropStart(const CalendarItem& item, const QPoint& grab, const QPoint& drop) const override;
    void paintDropTarget(QPainter* painter, const CalendarItem& item, const QDateTime& start) const override;

private:
    void paintCell(QPainter* painter, const QDate& day);
    int lineHeight() const;

    QDate m_month;
    QHash<QDate, QString> m_moreTexts;
};

} // namespace mentordesk
