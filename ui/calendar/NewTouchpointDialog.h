// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/CalendarParticipants.h"
#include "calendar/TouchpointPlan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace mentordesk {

/// Schedules a touchpoint, logs one that took place, or sets up a recurring one (a weekly call,
/// a cohort's monthly roundtable on its roundtable day). It collects the values; the workspace
/// creates them through CalendarEditor as one undo step.
class NewTouchpointDialog : public QDialog {
    Q_OBJECT
public:
    NewTouchpointDialog(const QVector<ParticipantChoice>& choices, const NewTouchpointValues& initial,
                        QWidget* parent = nullptr);

    NewTouchpointValues values() const;
    QComboBox* participantCombo() const { return m_with; }

public Q_SLOTS:
    /// Refuses, with a sentence in the dialog, a touchpoint with nobody chosen or a repetition
    /// that ends before it begins.
    void accept() override;

private:
    void participantChanged();
    void updateRepeatState();
    const ParticipantChoice* chosen() const;

    QVector<ParticipantChoice> m_choices;
    QTimeZone m_zone;
    QComboBox* m_with;
    QComboBox* m_kind;
    QDateEdit* m_date;
    QTimeEdit* m_time;
    QSpinBox* m_duration;
    QLineEdit* m_title;
    QPlainTextEdit* m_notes;
    QComboBox* m_repeat;
    QDateEdit* m_until;
    QCheckBox* m_logDone;
    QLabel* m_problem;
};

} // namespace mentordesk
