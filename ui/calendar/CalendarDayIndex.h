// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

namespace mentordesk {

class TouchpointRangeModel;

/// One touchpoint as the week and month views draw it (read from the model's row).
struct CalendarItem {
    int row = -1;
    qint64 id = 0;
    QDateTime start; ///< In the display zone.
    int minutes = 0; ///< Duration; a touchpoint without one is drawn as half an hour.
    QString kind;
    QString status;
    QString text; ///< Title, else the mentee (or the cohort of a roundtable).
};

/// The model's touchpoints per day and where each day's rows begin. The counts come from
/// TouchpointRangeModel::countsPerDay() once per change of the model (it refreshes itself from the
/// change feed), never per paint: the month grid of a whole program holds hundreds of thousands of
/// touchpoints, and a day's first items are read from the model's row at the day's offset.
class CalendarDayIndex : public QObject {
    Q_OBJECT
public:
    explicit CalendarDayIndex(TouchpointRangeModel* model, QObject* parent = nullptr);

    TouchpointRangeModel* model() const;
    int count(const QDate& day) const { return m_counts.value(day); }
    /// The first `limit` touchpoints of `day` in start order.
    QVector<CalendarItem> items(const QDate& day, int limit) const;
    CalendarItem item(int row) const;
    /// The row of touchpoint `id` on `day`, or -1.
    int rowOf(qint64 id, const QDate& day) const;
    int recountCount() const { return m_recounts; }

Q_SIGNALS:
    void changed();

private:
    void recount();

    QPointer<TouchpointRangeModel> m_model;
    QMap<QDate, int> m_counts;
    QMap<QDate, int> m_offsets;
    int m_recounts = 0;
};

} // namespace mentordesk
