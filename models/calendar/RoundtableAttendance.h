// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

namespace mentordesk {

class ProgramEditor;
class RecordRepository;

/// One cohort member at a roundtable: what the coordinator recorded (roundtable_attendance).
struct AttendanceEntry {
    qint64 sellerId = 0;
    QString externalId;
    QString name;   ///< shop name, else contact name
    QString status; ///< attended, absent or excused; empty: nothing recorded
    QString note;

    bool sameRecord(const AttendanceEntry& other) const
    {
        return sellerId == other.sellerId && status == other.status && note == other.note;
    }
};

/// Who of a cohort came to its roundtable. Attendance is voluntary (it never counts in a
/// pairing's adherence); it is recorded per member with a note, as one undoable, audited step
/// for the whole list (the coordinator fills it in after the session).
class RoundtableAttendance {
    Q_DECLARE_TR_FUNCTIONS(RoundtableAttendance)
public:
    explicit RoundtableAttendance(RecordRepository& records);

    /// The roundtable's cohort members (and anyone recorded who has left the cohort since), by
    /// name, with what is recorded for them. Empty, with errorString() set, for a touchpoint that
    /// is not a roundtable.
    QVector<AttendanceEntry> load(qint64 touchpointId);

    /// Writes `to` where it differs from `from`, in one transaction with an audit row per member,
    /// but only while the stored entries are still `from` (else refused with a sentence).
    bool write(qint64 touchpointId, const QVector<AttendanceEntry>& from, const QVector<AttendanceEntry>& to);

    /// Records `after` over `before` as one step on the editor's undo stack; an empty string, or
    /// the sentence why nothing was written.
    static QString record(ProgramEditor& editor, qint64 touchpointId, const QVector<AttendanceEntry>& before,
                          const QVector<AttendanceEntry>& after);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    bool storedAsExpected(qint64 touchpointId, const QVector<AttendanceEntry>& expected);
    bool store(qint64 touchpointId, const AttendanceEntry& from, const AttendanceEntry& to);

    RecordRepository& m_records;
    QString m_error;
};

/// The undo step of RoundtableAttendance::record.
class AttendanceCommand : public QUndoCommand {
public:
    AttendanceCommand(ProgramEditor* editor, qint64 touchpointId, QVector<AttendanceEntry> before,
                      QVector<AttendanceEntry> after);
    void undo() override;
    void redo() override;
    /// Writes `from` → `to` and publishes the change; false (and `error`) when refused.
    bool apply(const QVector<AttendanceEntry>& from, const QVector<AttendanceEntry>& to, QString* error);

private:
    ProgramEditor* m_editor;
    qint64 m_touchpointId;
    QVector<AttendanceEntry> m_before;
    QVector<AttendanceEntry> m_after;
    bool m_firstRedo = true;
};

} // namespace mentordesk
