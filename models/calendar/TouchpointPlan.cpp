// SPDX-License-Identifier: GPL-3.0-or-later
#include "TouchpointPlan.h"

#include "CalendarEditor.h"
#include "CalendarTime.h"
#include "editing/ProgramEditor.h"

#include <QSqlQuery>
#include <QUndoStack>

namespace mentordesk {

namespace {

/// Takes back the step just pushed and forgets it: an empty macro a refused first command left,
/// or half a log. QUndoStack deletes a command that is obsolete after its undo.
void takeBackLastStep(QUndoStack* stack)
{
    const QUndoCommand* last = stack->command(stack->index() - 1);
    if (!last)
        return;
    const_cast<QUndoCommand*>(last)->setObsolete(true);
    stack->undo();
}

qint64 firstOccurrence(ProgramEditor& editor, qint64 seriesId)
{
    QSqlQuery query(editor.records().database());
    query.prepare(QStringLiteral("SELECT id FROM touchpoints WHERE series_id = ? ORDER BY scheduled_utc LIMIT 1"));
    query.addBindValue(seriesId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

QString TouchpointPlan::rule(TouchpointRepeat repeat, const QDate& first)
{
    static const char* const kDays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    const QString day = QLatin1String(kDays[std::max(1, first.dayOfWeek()) - 1]);
    switch (repeat) {
    case TouchpointRepeat::Weekly:
        return QStringLiteral("FREQ=WEEKLY;BYDAY=%1").arg(day);
    case TouchpointRepeat::EveryTwoWeeks:
        return QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=%1").arg(day);
    case TouchpointRepeat::Monthly:
        return QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=%1").arg(first.day());
    case TouchpointRepeat::None:
        break;
    }
    return {};
}

TouchpointPlan::Created TouchpointPlan::create(ProgramEditor& editor, const NewTouchpointValues& values, QString* error)
{
    CalendarEditor calendar(editor);
    const QTimeZone zone = values.zone.isValid() ? values.zone : CalendarTime::programZone(editor.records().database());
    const QDateTime start(values.date, values.time, zone);
    Created created;
    if (values.repeat != TouchpointRepeat::None) {
        SeriesDraft draft;
        draft.pairingId = values.pairingId;
        draft.cohortId = values.cohortId;
        draft.kind = values.kind;
        draft.title = values.title;
        draft.notes = values.notes;
        draft.timeZone =
            values.pairingId != 0 ? calendar.defaultAnchorZone(values.pairingId) : QString::fromUtf8(zone.id());
        const QDateTime local = start.toTimeZone(QTimeZone(draft.timeZone.toUtf8()));
        draft.firstDate = local.date();
        draft.firstTime = local.time();
        draft.rrule = rule(values.repeat, local.date());
        draft.untilDate = values.until;
        draft.durationMinutes = values.durationMinutes;
        created.seriesId = calendar.createSeries(draft);
        if (created.seriesId == 0)
            *error = calendar.errorString();
        else
            created.touchpointId = firstOccurrence(editor, created.seriesId);
        return created;
    }
    TouchpointDraft draft;
    draft.pairingId = values.pairingId;
    draft.cohortId = values.cohortId;
    draft.kind = values.kind;
    draft.scheduledUtc = start.toUTC();
    draft.durationMinutes = values.durationMinutes;
    draft.title = values.title;
    draft.notes = values.notes;
    QUndoStack* stack = editor.undoStack();
    stack->beginMacro(values.logDone ? tr("Log touchpoint") : tr("Schedule touchpoint"));
    created.touchpointId = calendar.createTouchpoint(draft);
    bool done = created.touchpointId != 0;
    if (done && values.logDone)
        done = calendar.markDone(created.touchpointId, QDateTime::currentDateTimeUtc());
    stack->endMacro();
    if (!done) {
        *error = calendar.errorString();
        // Half a log (created, not marked done) is taken back too: nothing or all of it.
        takeBackLastStep(stack);
        created = {};
    }
    return created;
}

} // namespace mentordesk
