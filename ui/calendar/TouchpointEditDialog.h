// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>
#include <QTime>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace mentordesk {

/// What the edit dialog shows and returns: the start on the program's clock and the details.
struct TouchpointEditValues {
    QDate date;
    QTime time;
    int durationMinutes = -1; ///< -1: not given.
    QString kind;
    QString title;
    QString notes;
    QString status;
    bool roundtable = false; ///< A cohort's roundtable keeps its kind; a pair's cannot become one.
};

/// Edits one touchpoint: date and time, duration, kind, title, notes and status. It only
/// collects the values; the workspace applies them through CalendarEditor as one undo step.
class TouchpointEditDialog : public QDialog {
    Q_OBJECT
public:
    explicit TouchpointEditDialog(const TouchpointEditValues& values, QWidget* parent = nullptr);
    TouchpointEditValues values() const;

private:
    TouchpointEditValues m_initial;
    QDateEdit* m_date;
    QTimeEdit* m_time;
    QSpinBox* m_duration;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QPlainTextEdit* m_notes;
    QComboBox* m_status;
};

} // namespace mentordesk
