// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/RoundtableAttendance.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace mentordesk {

/// Records who of the cohort came to a roundtable: per member attended, absent, excused or
/// nothing, and a note. It only collects the entries; the workspace records them as one undo
/// step (RoundtableAttendance::record).
class RoundtableAttendanceDialog : public QDialog {
    Q_OBJECT
public:
    RoundtableAttendanceDialog(const QString& title, const QVector<AttendanceEntry>& entries,
                               QWidget* parent = nullptr);

    QVector<AttendanceEntry> entries() const;
    /// Marks every member without an entry as attended (the common case after a session).
    void markRemainingAttended();

    QTableWidget* table() const { return m_table; }

public Q_SLOTS:
    /// Refuses (with a sentence) a note on a member whose attendance is not recorded: it would
    /// have nowhere to be stored.
    void accept() override;

private:
    QVector<AttendanceEntry> m_entries;
    QTableWidget* m_table;
    QLabel* m_problem;
};

} // namespace mentordesk
