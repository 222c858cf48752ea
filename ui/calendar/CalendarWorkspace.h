// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/RoundtableAttendance.h"
#include "calendar/TouchpointPlan.h"
#include "TouchpointEditDialog.h"

#include <QDate>
#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace mentordesk {

class CalendarDayIndex;
class CalendarEditor;
class CalendarFilterBar;
class CalendarPeriodView;
class MonthGridView;
class ProgramEditor;
class TouchpointDetailPanel;
class TouchpointRangeModel;
class WeekAgendaView;

/// The Calendar workspace: the program's touchpoints as a week agenda, a month grid or a list,
/// filtered by mentor, mentee, cohort, kind and status, with the selected touchpoint in a side
/// panel. Every change (drag to reschedule, the edit dialog, marking, deleting) goes through
/// CalendarEditor, so it is one step on the window's undo stack; the views follow the change feed.
class CalendarWorkspace : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Week, Month, List };

    explicit CalendarWorkspace(QWidget* parent = nullptr);
    ~CalendarWorkspace() override;

    /// Shows the program of `db`; a null editor closes it.
    void setProgram(QSqlDatabase db, ProgramEditor* editor);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setSelectedDay(const QDate& day);
    QDate selectedDay() const { return m_selectedDay; }
    qint64 selectedTouchpoint() const { return m_selectedId; }
    /// The first day shown and the day after the last (the model's range on the program's clock).
    QDate periodStart() const;
    QDate periodEnd() const;

    TouchpointRangeModel* model() const { return m_model; }
    CalendarDayIndex* dayIndex() const { return m_dayIndex; }
    WeekAgendaView* weekView() const { return m_week; }
    MonthGridView* monthView() const { return m_month; }
    QTableView* listView() const { return m_list; }
    TouchpointDetailPanel* detailPanel() const { return m_detail; }
    QWidget* currentView() const;
    CalendarFilterBar* filterBar() const { return m_filterBar; }
    /// Puts the keyboard in the filter bar's mentor field (Edit ▸ Find, Ctrl+F, on the Calendar).
    void focusFilter();

    void selectTouchpoint(qint64 id, int row);
    /// The edit dialog's values for touchpoint `id` (false when it is not shown).
    bool editValues(qint64 id, TouchpointEditValues* values) const;
    /// Applies the edit dialog's values as one undo step; false (and a status message) if refused.
    bool applyEdit(qint64 id, const TouchpointEditValues& values);
    /// Deletes the selected touchpoint (Edit ▸ Delete while the Calendar is shown).
    void deleteSelectedTouchpoint() { deleteTouchpoint(m_selectedId); }
    /// Opens the edit dialog for the touchpoint.
    void editTouchpoint(qint64 id);
    /// Opens the new-touchpoint dialog on `day` at `time` (invalid: 10:00), with the selected
    /// touchpoint's pair or cohort chosen.
    void newTouchpoint(const QDate& day, const QTime& time = QTime());
    /// Creates it as one undo step and selects it; false (and a status message) when refused.
    bool createTouchpoint(const NewTouchpointValues& values);
    /// Opens the attendance dialog of roundtable `id`; what is entered is one undo step.
    void recordAttendance(qint64 id);
    /// Records `after` over `before` for roundtable `id` as one undo step; false (and a status
    /// message) when refused.
    bool applyAttendance(qint64 id, const QVector<AttendanceEntry>& before, const QVector<AttendanceEntry>& after);
    QString countText() const;
    /// The period shown in words, as the toolbar says it ("7 Dec 2026 – 13 Dec 2026", "March 2027").
    QString periodText() const;
    /// The filters chosen, in words; empty when the whole program is shown.
    QString filterText() const;
    /// Opens the print preview of what is shown (Ctrl+P).
    void printPreview();

Q_SIGNALS:
    void statusMessage(const QString& message);
    void countsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createToolBar();
    void connectView(CalendarPeriodView* view);
    void updateRange();
    void followModel();
    void step(int direction);
    bool handleKey(QKeyEvent* event);
    void reschedule(qint64 id, const QDateTime& localStart);
    void setStatus(qint64 id, const QString& status);
    void deleteTouchpoint(qint64 id);
    bool applyStatus(qint64 id, const QString& status);
    bool report(bool done, const CalendarEditor& calendar);
    int rowOf(qint64 id) const;

    QPointer<ProgramEditor> m_editor;
    TouchpointRangeModel* m_model;
    CalendarDayIndex* m_dayIndex;
    Mode m_mode = Mode::Week;
    QDate m_selectedDay = QDate::currentDate();
    qint64 m_selectedId = 0;
    QDate m_selectedIdDay;
    QTabBar* m_tabs;
    QLabel* m_rangeLabel;
    CalendarFilterBar* m_filterBar;
    QStackedWidget* m_stack;
    WeekAgendaView* m_week;
    MonthGridView* m_month;
    QTableView* m_list;
    TouchpointDetailPanel* m_detail;
};

} // namespace mentordesk
