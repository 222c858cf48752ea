// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundtableAttendance.h"

#include "changes/ChangeEvent.h"
#include "changes/ChangeFeed.h"
#include "editing/ProgramEditor.h"
#include "storage/RecordRepository.h"
#include "storage/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace mentordesk {

namespace {

const AttendanceEntry* entryOf(const QVector<AttendanceEntry>& entries, qint64 sellerId)
{
    auto found = std::find_if(entries.begin(), entries.end(),
                              [sellerId](const AttendanceEntry& entry) { return entry.sellerId == sellerId; });
    return found == entries.end() ? nullptr : &*found;
}

/// The audit log's words for an entry ("attended: brought two questions").
QVariant auditValue(const AttendanceEntry* entry)
{
    if (!entry || entry->status.isEmpty())
        return {};
    return entry->note.isEmpty() ? entry->status : QStringLiteral("%1: %2").arg(entry->status, entry->note);
}

} // namespace

RoundtableAttendance::RoundtableAttendance(RecordRepository& records)
    : m_records(records)
{
}

bool RoundtableAttendance::fail(const QString& message)
{
    m_error = message;
    return false;
}

QVector<AttendanceEntry> RoundtableAttendance::load(qint64 touchpointId)
{
    m_error.clear();
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT cohort_id FROM touchpoints WHERE id = ? AND kind = 'roundtable'"));
    query.addBindValue(touchpointId);
    if (!query.exec() || !query.next()) {
        fail(tr("The touchpoint is not a cohort roundtable, or it no longer exists."));
        return {};
    }
    const qint64 cohortId = query.value(0).toLongLong();
    // Members now, and whoever has a row though they left the cohort since (their record stays).
    query.prepare(QStringLiteral(
        "SELECT s.id, s.external_id, CASE WHEN s.shop_name <> '' THEN s.shop_name ELSE s.contact_name END, "
        "a.status, a.note FROM sellers s LEFT JOIN roundtable_attendance a ON a.seller_id = s.id AND "
        "a.touchpoint_id = :touchpoint WHERE s.id IN (SELECT seller_id FROM cohort_members WHERE cohort_id = "
        ":cohort UNION SELECT seller_id FROM roundtable_attendance WHERE touchpoint_id = :touchpoint) "
        "ORDER BY 3 COLLATE NOCASE, s.external_id"));
    query.bindValue(QStringLiteral(":touchpoint"), touchpointId);
    query.bindValue(QStringLiteral(":cohort"), cohortId);
    QVector<AttendanceEntry> entries;
    if (!query.exec()) {
        fail(RecordRepository::explainDatabaseError(query.lastError().databaseText()));
        return {};
    }
    while (query.next()) {
        entries.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString()});
    }
    return entries;
}

bool RoundtableAttendance::storedAsExpected(qint64 touchpointId, const QVector<AttendanceEntry>& expected)
{
    QSqlQuery query(m_records.database());
    query.prepare(QStringLiteral("SELECT seller_id, status, note FROM roundtable_attendance WHERE touchpoint_id = ?"));
    query.addBindValue(touchpointId);
    if (!query.exec())
        return fail(RecordRepository::explainDatabaseError(query.lastError().databaseText()));
    int stored = 0;
    while (query.next()) {
        ++stored;
        const AttendanceEntry* entry = entryOf(expected, query.value(0).toLongLong());
        if (!entry || entry->status != query.value(1).toString() || entry->note != query.value(2).toString())
            return false;
    }
    const auto recorded = std::count_if(expected.begin(), expected.end(),
                                        [](const AttendanceEntry& entry) { return !entry.status.isEmpty(); });
    return stored == recorded;
}

bool RoundtableAttendance::store(qint64 touchpointId, const AttendanceEntry& from, const AttendanceEntry& to)
{
    QSqlQuery query(m_records.database());
    if (to.status.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM roundtable_attendance WHERE touchpoint_id = ? AND seller_id = ?"));
        query.addBindValue(touchpointId);
        query.addBindValue(to.sellerId);
    } else {
        query.prepare(QStringLiteral("INSERT INTO roundtable_attendance(touchpoint_id, seller_id, status, note) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT(touchpoint_id, seller_id) DO UPDATE SET "
                                     "status = excluded.status, note = excluded.note"));
        query.addBindValue(touchpointId);
        query.addBindValue(to.sellerId);
        query.addBindValue(to.status);
        // A null QString binds as NULL; the column wants text.
        query.addBindValue(to.note.isNull() ? QStringLiteral("") : to.note);
    }
    if (!query.exec())
        return fail(RecordRepository::explainDatabaseError(query.lastError().databaseText()));
    if (!m_records.appendAudit(EntityKind::RoundtableAttendance, touchpointId,
                               QStringLiteral("attendance %1").arg(to.externalId), auditValue(&from), auditValue(&to)))
        return fail(m_records.errorString());
    return true;
}

bool RoundtableAttendance::write(qint64 touchpointId, const QVector<AttendanceEntry>& from,
                                 const QVector<AttendanceEntry>& to)
{
    m_error.clear();
    SqlTransaction transaction(m_records.database());
    if (!transaction.isActive())
        return fail(RecordRepository::explainDatabaseError(transaction.errorText()));
    QSqlQuery kind(m_records.database());
    kind.prepare(QStringLiteral("SELECT 1 FROM touchpoints WHERE id = ? AND kind = 'roundtable'"));
    kind.addBindValue(touchpointId);
    if (!kind.exec() || !kind.next())
        return fail(tr("The touchpoint is not a cohort roundtable, or it no longer exists."));
    if (!storedAsExpected(touchpointId, from)) {
        return m_error.isEmpty() ? fail(tr("The attendance was changed meanwhile (in another window or at another "
                                           "desk); open it again and record it anew."))
                                 : false;
    }
    for (const AttendanceEntry& entry : to) {
        const AttendanceEntry* before = entryOf(from, entry.sellerId);
        const AttendanceEntry empty{entry.sellerId, entry.externalId, entry.name, QString(), QString()};
        if (before ? before->sameRecord(entry) : entry.status.isEmpty())
            continue;
        if (!store(touchpointId, before ? *before : empty, entry))
            return false;
    }
    return transaction.commit() || fail(RecordRepository::explainDatabaseError(transaction.errorText()));
}

QString RoundtableAttendance::record(ProgramEditor& editor, qint64 touchpointId, const QVector<AttendanceEntry>& before,
                                     const QVector<AttendanceEntry>& after)
{
    auto command = std::make_unique<AttendanceCommand>(&editor, touchpointId, before, after);
    QString error;
    if (!command->apply(before, after, &error))
        return error;
    editor.undoStack()->push(command.release());
    return {};
}

AttendanceCommand::AttendanceCommand(ProgramEditor* editor, qint64 touchpointId, QVector<AttendanceEntry> before,
                                     QVector<AttendanceEntry> after)
    : m_editor(editor)
    , m_touchpointId(touchpointId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(RoundtableAttendance::tr("Record roundtable attendance"));
}

bool AttendanceCommand::apply(const QVector<AttendanceEntry>& from, const QVector<AttendanceEntry>& to, QString* error)
{
    RoundtableAttendance attendance(m_editor->records());
    if (!attendance.write(m_touchpointId, from, to)) {
        *error = attendance.errorString();
        return false;
    }
    m_editor->changes()->publish(
        ChangeEvent::fieldsEdited(EntityKind::RoundtableAttendance, {m_touchpointId}, {QStringLiteral("attendance")}));
    return true;
}

void AttendanceCommand::undo()
{
    QString error;
    if (!apply(m_after, m_before, &error)) {
        setObsolete(true);
        Q_EMIT m_editor->errorOccurred(error);
    }
}

void AttendanceCommand::redo()
{
    // The first redo is the push after record() has written the step already.
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    QString error;
    if (!apply(m_before, m_after, &error)) {
        setObsolete(true);
        Q_EMIT m_editor->errorOccurred(error);
    }
}

} // namespace mentordesk
