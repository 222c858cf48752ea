// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarEditor.h"

#include "CalendarTime.h"
#include "domain/FieldCatalogue.h"
#include "editing/ProgramEditor.h"
#include "Recurrence.h"
#include "SeriesExpansion.h"
#include "TouchpointCommand.h"
#include "TouchpointRepository.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace mentordesk {

namespace {

const QString kPlanned = QStringLiteral("planned");
const QString kDone = QStringLiteral("done");
const QString kCancelled = QStringLiteral("cancelled");
const QString kRoundtable = QStringLiteral("roundtable");

/// A time as stored: UTC, whole seconds (the stored text has no milliseconds, and a command's rows
/// must compare equal to what it wrote).
QDateTime storedTime(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    return utc.addMSecs(-utc.time().msec());
}

bool exists(const QSqlDatabase& db, const QString& table, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    return query.exec() && query.next();
}

QVariant scalar(const QSqlDatabase& db, const QString& sql, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

} // namespace

CalendarEditor::CalendarEditor(ProgramEditor& editor)
    : m_editor(editor)
{
}

bool CalendarEditor::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool CalendarEditor::commitRows(const QString& text, const CalendarRows& before, const CalendarRows& after)
{
    m_error.clear();
    const QString problem =
        TouchpointCommand::commit(m_editor, std::make_unique<TouchpointCommand>(&m_editor, text, before, after));
    return problem.isEmpty() || fail(problem);
}

QString CalendarEditor::draftRefusal(qint64 pairingId, qint64 cohortId, const QString& kind, int durationMinutes) const
{
    const QSqlDatabase db = m_editor.records().database();
    const FieldSpec& kinds = catalogueField(FieldId::TouchpointKind);
    if (std::none_of(kinds.choices.begin(), kinds.choices.end(), [&kind](const Choice& c) { return c.code == kind; }))
        return tr("Choose what kind of touchpoint this is (live call, async exchange, checklist review or cohort "
                  "roundtable).");
    if ((pairingId != 0) == (cohortId != 0))
        return tr("A touchpoint belongs either to a pairing or, as a roundtable, to a cohort.");
    if ((kind == kRoundtable) != (cohortId != 0))
        return cohortId != 0 ? tr("A cohort's touchpoint is a cohort roundtable.")
                             : tr("A roundtable belongs to a cohort, not to a pairing.");
    if (pairingId != 0 && !exists(db, QStringLiteral("pairings"), pairingId))
        return tr("The pairing no longer exists; it may have been deleted.");
    if (cohortId != 0 && !exists(db, QStringLiteral("cohorts"), cohortId))
        return tr("The cohort no longer exists; it may have been deleted.");
    if (durationMinutes > 24 * 60)
        return tr("A touchpoint lasts at most a day (1440 minutes).");
    return {};
}

qint64 CalendarEditor::createTouchpoint(const TouchpointDraft& draft)
{
    const QString refusal = draftRefusal(draft.pairingId, draft.cohortId, draft.kind, draft.durationMinutes);
    if (!refusal.isEmpty())
        return fail(refusal);
    if (!draft.scheduledUtc.isValid())
        return fail(tr("Enter the day and time of the touchpoint."));
    TouchpointRecord record;
    record.id = TouchpointRepository(m_editor.records()).nextTouchpointId();
    record.pairingId = draft.pairingId;
    record.cohortId = draft.cohortId;
    record.kind = draft.kind;
    record.scheduledUtc = storedTime(draft.scheduledUtc);
    record.durationMinutes = draft.durationMinutes;
    record.title = draft.title;
    record.notes = draft.notes;
    record.uid = SeriesExpansion::newUid();
    CalendarRows after;
    after.touchpoints << record;
    return commitRows(tr("Schedule touchpoint"), {}, after) ? record.id : 0;
}

bool CalendarEditor::changeOccurrence(const TouchpointRecord& before, const TouchpointRecord& after,
                                      const QString& text)
{
    if (before == after)
        return true;
    CalendarRows from;
    CalendarRows to;
    from.touchpoints << before;
    to.touchpoints << after;
    if (before.seriesId != 0) {
        const TouchpointRepository repository(m_editor.records());
        if (const auto stored = repository.exception(before.seriesId, before.recurrenceUtc))
            from.exceptions << *stored;
        if (const auto derived = SeriesExpansion::exceptionOf(after))
            to.exceptions << *derived;
    }
    return commitRows(text, from, to);
}

bool CalendarEditor::editTouchpoint(qint64 id, const TouchpointDraft& details)
{
    const std::optional<TouchpointRecord> before = TouchpointRepository(m_editor.records()).touchpoint(id);
    if (!before)
        return fail(tr("The touchpoint no longer exists; it may have been deleted."));
    const QString refusal = draftRefusal(before->pairingId, before->cohortId, details.kind, details.durationMinutes);
    if (!refusal.isEmpty())
        return fail(refusal);
    TouchpointRecord after = *before;
    after.kind = details.kind;
    after.title = details.title;
    after.notes = details.notes;
    after.durationMinutes = details.durationMinutes;
    return changeOccurrence(*before, after, tr("Edit touchpoint"));
}

bool CalendarEditor::reschedule(qint64 id, const QDateTime& startUtc)
{
    const std::optional<TouchpointRecord> before = TouchpointRepository(m_editor.records()).touchpoint(id);
    if (!before)
        return fail(tr("The touchpoint no longer exists; it may have been deleted."));
    if (!startUtc.isValid())
        return fail(tr("Enter the day and time the touchpoint moves to."));
    if (before->status == kDone)
        return fail(tr("This touchpoint is done; a touchpoint that took place keeps its time."));
    TouchpointRecord after = *before;
    after.scheduledUtc = storedTime(startUtc);
    if (after.scheduledUtc == before->scheduledUtc)
        return true;
    // Calendars that hold the event replace it only when its SEQUENCE rose.
    ++after.sequence;
    return changeOccurrence(*before, after, tr("Reschedule touchpoint"));
}

bool CalendarEditor::setStatus(qint64 id, const QString& status, const QDateTime& doneAtUtc, const QString& text)
{
    const std::optional<TouchpointRecord> before = TouchpointRepository(m_editor.records()).touchpoint(id);
    if (!before)
        return fail(tr("The touchpoint no longer exists; it may have been deleted."));
    if (before->status == status)
        return true;
    TouchpointRecord after = *before;
    after.status = status;
    after.doneUtc = status == kDone ? storedTime(doneAtUtc) : QDateTime();
    return changeOccurrence(*before, after, text);
}

bool CalendarEditor::markDone(qint64 id, const QDateTime& doneAtUtc)
{
    if (!doneAtUtc.isValid())
        return fail(tr("Enter when the touchpoint was marked done."));
    return setStatus(id, kDone, doneAtUtc, tr("Mark touchpoint done"));
}

bool CalendarEditor::markMissed(qint64 id)
{
    return setStatus(id, QStringLiteral("missed"), {}, tr("Mark touchpoint missed"));
}

bool CalendarEditor::markCancelled(qint64 id)
{
    return setStatus(id, kCancelled, {}, tr("Cancel touchpoint"));
}

bool CalendarEditor::markPlanned(qint64 id)
{
    return setStatus(id, kPlanned, {}, tr("Mark touchpoint planned"));
}

bool CalendarEditor::deleteTouchpoint(qint64 id)
{
    const TouchpointRepository repository(m_editor.records());
    const std::optional<TouchpointRecord> before = repository.touchpoint(id);
    if (!before)
        return fail(tr("The touchpoint no longer exists; it may have been deleted."));
    // Attendance goes with the roundtable (ON DELETE CASCADE), and this step could not bring it back.
    if (scalar(m_editor.records().database(),
               QStringLiteral("SELECT count(*) FROM roundtable_attendance WHERE touchpoint_id = ?"), id)
            .toInt() > 0)
        return fail(tr("Attendance has been recorded for this roundtable; cancel it instead of deleting it."));
    CalendarRows from;
    CalendarRows to;
    from.touchpoints << *before;
    if (before->seriesId != 0) {
        if (const auto stored = repository.exception(before->seriesId, before->recurrenceUtc))
            from.exceptions << *stored;
        to.exceptions << SeriesException{before->seriesId, before->recurrenceUtc, QStringLiteral("removed")};
    }
    return commitRows(tr("Delete touchpoint"), from, to);
}

QString CalendarEditor::defaultAnchorZone(qint64 pairingId) const
{
    const QSqlDatabase db = m_editor.records().database();
    const QString mentorZone =
        scalar(db,
               QStringLiteral("SELECT m.time_zone FROM pairings p JOIN mentors m ON m.id = p.mentor_id "
                              "WHERE p.id = ?"),
               pairingId)
            .toString();
    if (!CalendarTime::resolve(mentorZone, QTimeZone()).fellBack)
        return mentorZone.trimmed();
    return QString::fromUtf8(CalendarTime::programZone(db).id());
}

bool CalendarEditor::completeSeries(const SeriesDraft& draft, TouchpointSeriesRecord* series)
{
    const QString refusal = draftRefusal(draft.pairingId, draft.cohortId, draft.kind, draft.durationMinutes);
    if (!refusal.isEmpty())
        return fail(refusal);
    const QString ruleProblem = Recurrence::validate(draft.rrule);
    if (!ruleProblem.isEmpty())
        return fail(ruleProblem);
    if (!draft.firstDate.isValid() || !draft.firstTime.isValid())
        return fail(tr("Enter the day and time of the first touchpoint."));
    const QSqlDatabase db = m_editor.records().database();
    const QString zone = draft.timeZone.trimmed().isEmpty()
                             ? (draft.pairingId != 0 ? defaultAnchorZone(draft.pairingId)
                                                     : QString::fromUtf8(CalendarTime::programZone(db).id()))
                             : draft.timeZone.trimmed();
    if (CalendarTime::resolve(zone, QTimeZone()).fellBack)
        return fail(tr("“%1” is not a time zone name MentorDesk knows; use a name such as Europe/Berlin.").arg(zone));
    // The span: the pairing's end (or the cohort's), else the default length; never past a pairing's end.
    const QDate end =
        QDate::fromString(scalar(db,
                                 draft.pairingId != 0 ? QStringLiteral("SELECT ended_on FROM pairings WHERE id = ?")
                                                      : QStringLiteral("SELECT end_date FROM cohorts WHERE id = ?"),
                                 draft.pairingId != 0 ? draft.pairingId : draft.cohortId)
                              .toString(),
                          Qt::ISODate);
    QDate until = draft.untilDate.isValid() ? draft.untilDate
                  : end.isValid()           ? end
                                            : draft.firstDate.addDays(kDefaultSeriesDays);
    if (draft.pairingId != 0 && end.isValid())
        until = std::min(until, end);
    if (until < draft.firstDate)
        return fail(tr("The last touchpoint cannot come before the first (%1).")
                        .arg(QLocale().toString(draft.firstDate, QLocale::ShortFormat)));
    series->pairingId = draft.pairingId;
    series->cohortId = draft.cohortId;
    series->kind = draft.kind;
    series->title = draft.title;
    series->notes = draft.notes;
    series->rrule = draft.rrule.trimmed();
    series->timeZone = zone;
    series->firstDate = draft.firstDate;
    series->firstTime = draft.firstTime;
    series->untilDate = until;
    series->durationMinutes = draft.durationMinutes;
    return true;
}

qint64 CalendarEditor::createSeries(const SeriesDraft& draft)
{
    TouchpointSeriesRecord series;
    if (!completeSeries(draft, &series))
        return 0;
    const TouchpointRepository repository(m_editor.records());
    series.id = repository.nextSeriesId();
    series.uid = SeriesExpansion::newUid();
    QString error;
    const CalendarRows rows = SeriesExpansion::expand(series, {}, {}, repository.nextTouchpointId(), &error);
    if (rows.series.isEmpty())
        return fail(error);
    return commitRows(tr("Schedule recurring touchpoints"), {}, rows) ? series.id : 0;
}

bool CalendarEditor::editSeries(qint64 seriesId, const SeriesDraft& draft)
{
    const TouchpointRepository repository(m_editor.records());
    const CalendarRows current = repository.seriesRows(seriesId);
    if (current.series.isEmpty())
        return fail(tr("The recurring touchpoint no longer exists; it may have been deleted."));
    TouchpointSeriesRecord series = current.series.first();
    if (draft.pairingId != series.pairingId || draft.cohortId != series.cohortId)
        return fail(tr("A recurring touchpoint stays with its pairing or cohort; schedule a new one for another."));
    if (!completeSeries(draft, &series))
        return false;
    QString error;
    const CalendarRows rows = SeriesExpansion::expand(series, current, QDateTime::currentDateTimeUtc(),
                                                      repository.nextTouchpointId(), &error);
    if (rows.series.isEmpty())
        return fail(error);
    return commitRows(tr("Edit recurring touchpoints"), current, rows);
}

} // namespace mentordesk
