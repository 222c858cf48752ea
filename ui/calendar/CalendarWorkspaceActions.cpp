// SPDX-License-Identifier: GPL-3.0-or-later
// The Calendar's actions that open a dialog: a new touchpoint, a roundtable's attendance, the
// print preview (CalendarWorkspace.cpp has the views, keys and edits of what is shown).
#include "CalendarWorkspace.h"

#include "calendar/CalendarParticipants.h"
#include "calendar/TouchpointRangeModel.h"
#include "CalendarPrinter.h"
#include "CalendarStyle.h"
#include "editing/ProgramEditor.h"
#include "NewTouchpointDialog.h"
#include "RoundtableAttendanceDialog.h"

#include <QPrinter>
#include <QPrintPreviewDialog>

#include <algorithm>

namespace mentordesk {

void CalendarWorkspace::newTouchpoint(const QDate& day, const QTime& time)
{
    if (!m_editor)
        return;
    QString error;
    const QVector<ParticipantChoice> choices = CalendarParticipants::load(m_editor->records().database(), &error);
    if (!error.isEmpty()) {
        Q_EMIT statusMessage(error);
        return;
    }
    NewTouchpointValues initial;
    const int row = rowOf(m_selectedId);
    if (row >= 0) {
        initial.pairingId = m_model->data(m_model->index(row, 0), TouchpointRangeModel::PairingIdRole).toLongLong();
        if (initial.pairingId == 0)
            initial.cohortId = m_model->data(m_model->index(row, 0), TouchpointRangeModel::CohortIdRole).toLongLong();
    }
    initial.kind = QStringLiteral("live_call");
    initial.date = day.isValid() ? day : m_selectedDay;
    initial.time = time.isValid() ? time : QTime(10, 0);
    initial.durationMinutes = 45;
    initial.zone = m_model->displayZone();
    NewTouchpointDialog dialog(choices, initial, this);
    if (dialog.exec() == QDialog::Accepted)
        createTouchpoint(dialog.values());
}

bool CalendarWorkspace::createTouchpoint(const NewTouchpointValues& values)
{
    if (!m_editor)
        return false;
    QString error;
    const TouchpointPlan::Created created = TouchpointPlan::create(*m_editor, values, &error);
    if (created.touchpointId == 0) {
        Q_EMIT statusMessage(error.isEmpty() ? tr("Nothing was created.") : error);
        return false;
    }
    setSelectedDay(values.date);
    m_selectedId = created.touchpointId;
    m_selectedIdDay = values.date;
    const int row = rowOf(created.touchpointId);
    if (row >= 0)
        selectTouchpoint(created.touchpointId, row);
    Q_EMIT statusMessage(created.seriesId != 0 ? tr("Recurring touchpoint created; Undo takes back all of it.")
                                               : tr("Touchpoint created; Undo takes it back."));
    return true;
}

void CalendarWorkspace::recordAttendance(qint64 id)
{
    if (!m_editor)
        return;
    RoundtableAttendance attendance(m_editor->records());
    const QVector<AttendanceEntry> before = attendance.load(id);
    if (!attendance.errorString().isEmpty()) {
        Q_EMIT statusMessage(attendance.errorString());
        return;
    }
    const int row = rowOf(id);
    const QString title =
        row >= 0 ? m_model->data(m_model->index(row, TouchpointRangeModel::Title)).toString() : QString();
    RoundtableAttendanceDialog dialog(title.isEmpty() ? CalendarStyle::kindLabel(QStringLiteral("roundtable")) : title,
                                      before, this);
    if (dialog.exec() == QDialog::Accepted)
        applyAttendance(id, before, dialog.entries());
}

bool CalendarWorkspace::applyAttendance(qint64 id, const QVector<AttendanceEntry>& before,
                                        const QVector<AttendanceEntry>& after)
{
    if (!m_editor)
        return false;
    const QString refusal = RoundtableAttendance::record(*m_editor, id, before, after);
    if (!refusal.isEmpty()) {
        Q_EMIT statusMessage(refusal);
        return false;
    }
    Q_EMIT statusMessage(tr("Attendance recorded; Undo takes it back."));
    return true;
}

void CalendarWorkspace::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(m_mode == Mode::List ? QPageLayout::Portrait : QPageLayout::Landscape);
    printer.setDocName(tr("Calendar %1").arg(periodText()));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Calendar"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* target) { CalendarPrinter::print(*this, target); });
    preview.exec();
}

} // namespace mentordesk
