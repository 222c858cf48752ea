// SPDX-License-Identifier: GPL-3.0-or-later
#include "ICalendarImport.h"

#include "CalendarEditor.h"
#include "CalendarTime.h"
#include "domain/FieldCatalogue.h"
#include "editing/ProgramEditor.h"
#include "ICalendarMapping.h"
#include "ICalendarMatcher.h"
#include "ICalendarPeople.h"
#include "ICalendarReader.h"
#include "Recurrence.h"
#include "SeriesExpansion.h"
#include "TouchpointCommand.h"
#include "TouchpointRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <optional>

namespace mentordesk {

namespace {

const QString kPlanned = QStringLiteral("planned");
const QString kDone = QStringLiteral("done");
const QString kCancelled = QStringLiteral("cancelled");
const QString kRoundtable = QStringLiteral("roundtable");

/// A series' years: a rule with COUNT and no UNTIL ends by its count, well before this.
constexpr int kCountedSeriesDays = 5 * 366;

/// The time of day an all-day event's touchpoint gets, in the mentor's zone (docs/design-notes.md,
/// "iCalendar"): a coordinator's "some time that day" is office hours, not midnight.
const QTime kAllDayTime(9, 0);

using ExceptionKey = QPair<qint64, QString>;

/// Now, as a time is stored (whole seconds), for a touchpoint the import marks done.
QDateTime storedNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

bool isChoice(FieldId field, const QString& code)
{
    const FieldSpec& spec = catalogueField(field);
    return std::any_of(spec.choices.begin(), spec.choices.end(), [&code](const Choice& c) { return c.code == code; });
}

} // namespace

/// Works an imported file's events into one set of row changes: the rows as stored before (the
/// first time the plan touches them) and as they will be, so that two events touching one row
/// build on each other and the whole import is one step.
class ICalendarImport::Planner {
public:
    Planner(ProgramEditor& editor, ICalendarImportPlan* plan)
        : m_calendar(editor)
        , m_db(editor.records().database())
        , m_repository(editor.records())
        , m_matcher(m_db)
        , m_people(m_db)
        , m_zone(CalendarTime::programZone(m_db))
        , m_plan(plan)
        , m_nextTouchpointId(m_repository.nextTouchpointId())
        , m_nextSeriesId(m_repository.nextSeriesId())
    {
    }

    QTimeZone zone() const { return m_zone; }

    void place(const QVector<ICalendarEvent>& events)
    {
        // Series first, so that the file's moved occurrences find the rows of a new series.
        for (const ICalendarEvent& event : events) {
            if (event.problem.isEmpty() && !event.rrule.isEmpty() && !event.recurrenceUtc.isValid())
                placeSeries(event);
        }
        for (const ICalendarEvent& event : events) {
            if (!event.problem.isEmpty())
                unplaced(event, event.problem);
            else if (event.recurrenceUtc.isValid())
                placeOccurrence(event);
            else if (event.rrule.isEmpty())
                placeSingle(event);
        }
        finish();
    }

private:
    QString describe(const ICalendarEvent& event) const
    {
        const QString title = event.summary.isEmpty() ? tr("An event without a title") : event.summary;
        if (!event.startUtc.isValid())
            return event.uid.isEmpty() ? tr("“%1”").arg(title) : tr("“%1” (UID %2)").arg(title, event.uid);
        // The file's own day for an all-day event; else the start where the program's times are shown.
        const QLocale locale;
        const QString when = event.allDay ? locale.toString(event.startDate, QLocale::ShortFormat)
                                          : locale.toString(event.startUtc.toTimeZone(m_zone), QLocale::ShortFormat);
        return tr("“%1” on %2").arg(title, when);
    }

    void unplaced(const ICalendarEvent& event, const QString& reason)
    {
        m_plan->unplaced << ICalendarImportLine{describe(event), reason};
    }

    void placeSingle(const ICalendarEvent& event)
    {
        if (!event.uid.isEmpty()) {
            if (const qint64 id = m_matcher.touchpointWithUid(event.uid))
                return update(event, current(id), tr("Matched by its UID."));
            if (m_matcher.seriesWithUid(event.uid) != 0)
                return unplaced(event, tr("Its UID is a recurring touchpoint's, but the event does not repeat; "
                                          "change the series in MentorDesk."));
        }
        QString reason;
        const QDate date = event.allDay ? event.startDate : event.startUtc.toTimeZone(m_zone).date();
        const qint64 pairing = m_matcher.pairingFor(event.emails, date, &reason);
        if (pairing == 0)
            return unplaced(event, reason);
        if (event.allDay) {
            // The pairing's one touchpoint of that day in the mentor's zone, whatever its time.
            const QTimeZone zone = anchorZone(pairing);
            if (const qint64 id =
                    m_matcher.onlyTouchpointBetween(pairing, QDateTime(date, QTime(0, 0), zone).toUTC(),
                                                    QDateTime(date.addDays(1), QTime(0, 0), zone).toUTC()))
                return update(event, current(id), tr("Matched by its attendees' e-mail addresses and its day."));
            ICalendarEvent placed = event;
            placed.startUtc = QDateTime(date, kAllDayTime, zone).toUTC();
            return add(placed, pairing);
        }
        if (const qint64 id = m_matcher.touchpointAt(pairing, event.startUtc))
            return update(event, current(id), tr("Matched by its attendees' e-mail addresses and its start."));
        add(event, pairing);
    }

    /// The zone a pairing's touchpoints are thought of in: the mentor's, else the program's.
    QTimeZone anchorZone(qint64 pairing) const
    {
        return pairing != 0 ? CalendarTime::resolve(m_calendar.defaultAnchorZone(pairing), m_zone).zone : m_zone;
    }

    /// What the report says of an all-day event made a touchpoint at `startUtc`.
    QString allDayNote(const ICalendarEvent& event, qint64 pairing, const QDateTime& startUtc) const
    {
        const QTimeZone zone = anchorZone(pairing);
        const QString time = QLocale().toString(startUtc.toTimeZone(zone).time(), QLocale::ShortFormat);
        const int days = event.allDayDays;
        if (days > 1)
            return tr("An all-day event over %n day(s): the touchpoint is on its first day at %1 (%2), with no "
                      "length.",
                      nullptr, days)
                .arg(time, QString::fromUtf8(zone.id()));
        return tr("An all-day event: the touchpoint is at %1 (%2) that day, with no length.")
            .arg(time, QString::fromUtf8(zone.id()));
    }

    void placeOccurrence(const ICalendarEvent& event)
    {
        const qint64 seriesId = seriesOf(event.uid);
        if (seriesId == 0)
            return unplaced(event, tr("It changes one occurrence of a recurring event that is neither in MentorDesk "
                                      "nor in this file."));
        const QString recurrence = CalendarTime::utcText(event.recurrenceUtc);
        for (auto it = m_after.constBegin(); it != m_after.constEnd(); ++it) {
            if (it->seriesId == seriesId && it->recurrenceUtc == recurrence)
                return update(event, *it, tr("Matched by its UID and its original start."));
        }
        const CalendarRows stored = m_repository.seriesRows(seriesId);
        for (const TouchpointRecord& occurrence : stored.touchpoints) {
            if (occurrence.recurrenceUtc == recurrence && !m_removed.contains(occurrence.id))
                return update(event, current(occurrence.id), tr("Matched by its UID and its original start."));
        }
        unplaced(event, tr("Its recurring touchpoint has no occurrence at its original start (it may have been "
                           "deleted in MentorDesk)."));
    }

    qint64 seriesOf(const QString& uid) const
    {
        if (uid.isEmpty())
            return 0;
        if (const qint64 stored = m_matcher.seriesWithUid(uid))
            return stored;
        for (const TouchpointSeriesRecord& series : m_newSeries) {
            if (series.uid == uid)
                return series.id;
        }
        return 0;
    }

    void placeSeries(const ICalendarEvent& event)
    {
        if (const qint64 stored = event.uid.isEmpty() ? 0 : m_matcher.seriesWithUid(event.uid))
            return updateSeries(event, stored);
        if (!event.uid.isEmpty() && m_matcher.touchpointWithUid(event.uid) != 0)
            return unplaced(event, tr("Its UID is a single touchpoint's, but the event repeats; change it in "
                                      "MentorDesk."));
        if (event.cancelled)
            return unplaced(event, tr("It is a cancelled recurring event that MentorDesk never had."));
        if (!event.zone.isValid())
            return unplaced(event, tr("Its time zone is not one MentorDesk can anchor a recurring touchpoint in."));
        QString reason;
        const qint64 pairing = m_matcher.pairingFor(event.emails, event.startDate, &reason);
        if (pairing == 0)
            return unplaced(event, reason);
        addSeries(event, pairing);
    }

    /// A series MentorDesk holds: a rule or first start changed in the other calendar is applied
    /// as editing the series in MentorDesk would (SeriesExpansion: its planned occurrences from now
    /// on follow the new rule; logged, moved, cancelled and past ones stay); occurrences the file
    /// excludes (EXDATE) that are still planned are cancelled.
    void updateSeries(const ICalendarEvent& event, qint64 seriesId)
    {
        const CalendarRows stored = m_repository.seriesRows(seriesId);
        const TouchpointSeriesRecord& series = stored.series.constFirst();
        const QTimeZone zone = CalendarTime::resolve(series.timeZone, m_zone).zone;
        const bool sameStart = event.allDay
                                   ? event.startDate == series.firstDate
                                   : event.startUtc == QDateTime(series.firstDate, series.firstTime, zone).toUTC();
        // The export bounds an open rule by the series' last day; an UNTIL says that day again.
        const bool sameRule = ICalendarMapping::ruleWithoutUntil(series.rrule) == event.rrule &&
                              (!event.ruleUntil.isValid() || event.ruleUntil == series.untilDate);
        QVector<TouchpointRecord> occurrences = stored.touchpoints;
        QString ruleChange;
        if (!sameStart || !sameRule) {
            const std::optional<CalendarRows> changed = withNewRule(event, stored, &ruleChange);
            if (!changed)
                return unplaced(event, ruleChange);
            occurrences = changed->touchpoints;
        }
        int cancelled = 0;
        for (const QDateTime& excluded : event.excludedUtc) {
            const QString recurrence = CalendarTime::utcText(excluded);
            for (const TouchpointRecord& occurrence : qAsConst(occurrences)) {
                if (occurrence.recurrenceUtc != recurrence || occurrence.status != kPlanned)
                    continue;
                TouchpointRecord after = current(occurrence.id);
                after.status = kCancelled;
                record(occurrence.id, after);
                ++cancelled;
            }
        }
        const QString cancels = tr("Cancels %n occurrence(s) the other calendar removed.", nullptr, cancelled);
        if (cancelled == 0 && ruleChange.isEmpty())
            return counted(event, 0, QString());
        counted(event, 1,
                ruleChange.isEmpty() ? cancels
                : cancelled == 0     ? ruleChange
                                     : tr("%1 %2").arg(ruleChange, cancels));
    }

    /// The series' rows with the event's rule, first start and end, recorded in the plan; nullopt
    /// with `detail` saying why when they cannot be worked out, else `detail` says what changes
    /// (empty when the new rule gives the very same occurrences, as Outlook's INTERVAL=1;WKST=SU
    /// spelling of MentorDesk's rule does).
    std::optional<CalendarRows> withNewRule(const ICalendarEvent& event, const CalendarRows& stored, QString* detail)
    {
        TouchpointSeriesRecord series = stored.series.constFirst();
        const ResolvedZone zone = CalendarTime::resolve(series.timeZone, m_zone);
        const QDateTime local = event.startUtc.toTimeZone(zone.zone);
        series.firstDate = event.allDay ? event.startDate : local.date();
        series.firstTime = event.allDay ? series.firstTime : local.time();
        series.rrule = event.rrule;
        series.untilDate = event.ruleUntil.isValid() ? event.ruleUntil
                           : event.ruleHasCount      ? series.firstDate.addDays(kCountedSeriesDays)
                                                     : series.untilDate;
        QString error = zone.fellBack ? tr("its zone “%1” is not one MentorDesk knows").arg(series.timeZone)
                                      : Recurrence::validate(series.rrule);
        CalendarRows rows;
        if (error.isEmpty())
            rows = SeriesExpansion::expand(series, stored, QDateTime::currentDateTimeUtc(), m_nextTouchpointId, &error);
        if (!error.isEmpty() || rows.series.isEmpty()) {
            *detail = tr("The series' rule changed in the other calendar; not applied (UID %1): %2")
                          .arg(event.uid, error.isEmpty() ? tr("the new rule gives no occurrence") : error);
            return std::nullopt;
        }
        TouchpointSeriesRecord unchangedRule = rows.series.constFirst();
        unchangedRule.rrule = stored.series.constFirst().rrule;
        if (unchangedRule == stored.series.constFirst() && rows.touchpoints == stored.touchpoints &&
            rows.exceptions == stored.exceptions)
            return stored;
        recordSeries(stored, rows);
        *detail = tr("Follows the rule changed in the other calendar (%1): its planned occurrences from now on "
                     "move; logged, moved and past ones stay.")
                      .arg(ICalendarMapping::ruleWithoutUntil(series.rrule));
        return rows;
    }

    /// A stored series written anew: its rows as stored on the before side, `rows` after.
    void recordSeries(const CalendarRows& stored, const CalendarRows& rows)
    {
        m_seriesBefore << stored.series.constFirst();
        m_seriesAfter << rows.series.constFirst();
        for (const SeriesException& exception : stored.exceptions) {
            const ExceptionKey key{exception.seriesId, exception.recurrenceUtc};
            m_exceptionKeys.insert(key);
            m_exceptionsBefore.insert(key, exception);
            m_exceptionsAfter.remove(key);
        }
        for (const SeriesException& exception : rows.exceptions)
            m_exceptionsAfter.insert({exception.seriesId, exception.recurrenceUtc}, exception);
        for (const TouchpointRecord& occurrence : stored.touchpoints) {
            current(occurrence.id);
            const bool kept = std::any_of(rows.touchpoints.begin(), rows.touchpoints.end(),
                                          [&](const TouchpointRecord& r) { return r.id == occurrence.id; });
            if (!kept) {
                m_after.remove(occurrence.id);
                m_removed.insert(occurrence.id);
            }
        }
        for (const TouchpointRecord& occurrence : rows.touchpoints) {
            m_nextTouchpointId = qMax(m_nextTouchpointId, occurrence.id + 1);
            m_after.insert(occurrence.id, occurrence);
        }
    }

    void addSeries(const ICalendarEvent& event, qint64 pairing)
    {
        TouchpointSeriesRecord series;
        series.id = m_nextSeriesId++;
        series.uid = !event.uid.isEmpty() && !m_matcher.uidTaken(event.uid) ? event.uid : SeriesExpansion::newUid();
        series.pairingId = pairing;
        series.kind = kindOf(event, QStringLiteral("live_call"));
        series.title = titleOf(event, pairing);
        series.notes = event.description;
        series.rrule = event.rrule;
        series.timeZone = QString::fromUtf8(event.allDay ? anchorZone(pairing).id() : event.zone.id());
        series.firstDate = event.startDate;
        series.firstTime = event.allDay ? kAllDayTime : event.startTime;
        const QDate pairingEnd = m_matcher.pairingEnd(pairing);
        series.untilDate = event.ruleUntil.isValid() ? event.ruleUntil
                           : event.ruleHasCount      ? event.startDate.addDays(kCountedSeriesDays)
                           : pairingEnd.isValid()    ? pairingEnd
                                                     : event.startDate.addDays(CalendarEditor::kDefaultSeriesDays);
        series.durationMinutes = event.durationMinutes;
        QString error = Recurrence::validate(series.rrule);
        CalendarRows rows;
        if (error.isEmpty())
            rows = SeriesExpansion::expand(series, {}, QDateTime(), m_nextTouchpointId, &error);
        if (!error.isEmpty() || rows.series.isEmpty())
            return unplaced(event, error.isEmpty() ? tr("Its rule gives no occurrence.") : error);
        for (const TouchpointRecord& occurrence : qAsConst(rows.touchpoints)) {
            m_nextTouchpointId = qMax(m_nextTouchpointId, occurrence.id + 1);
            const bool excluded =
                std::any_of(event.excludedUtc.begin(), event.excludedUtc.end(),
                            [&](const QDateTime& t) { return CalendarTime::utcText(t) == occurrence.recurrenceUtc; });
            if (excluded)
                m_exceptionsAfter.insert({series.id, occurrence.recurrenceUtc},
                                         {series.id, occurrence.recurrenceUtc, QStringLiteral("removed")});
            else
                m_after.insert(occurrence.id, occurrence);
        }
        m_newSeries << rows.series.constFirst();
        const QString adds = tr("Adds a recurring touchpoint (%1).").arg(series.rrule);
        counted(event, 2,
                event.allDay ? tr("%1 %2").arg(adds, allDayNote(event, pairing, rows.touchpoints.value(0).scheduledUtc))
                             : adds);
    }

    void add(const ICalendarEvent& event, qint64 pairing)
    {
        TouchpointRecord touchpoint;
        touchpoint.id = m_nextTouchpointId++;
        touchpoint.pairingId = pairing;
        touchpoint.kind = kindOf(event, QStringLiteral("live_call"));
        touchpoint.status = statusOf(event, kPlanned);
        touchpoint.doneUtc = touchpoint.status == kDone ? storedNow() : QDateTime();
        touchpoint.scheduledUtc = event.startUtc;
        touchpoint.durationMinutes = qMin(event.durationMinutes, 24 * 60);
        touchpoint.title = titleOf(event, pairing);
        touchpoint.notes = event.description;
        touchpoint.uid = !event.uid.isEmpty() && !m_matcher.uidTaken(event.uid) && !uidPlanned(event.uid)
                             ? event.uid
                             : SeriesExpansion::newUid();
        m_after.insert(touchpoint.id, touchpoint);
        const QString adds = tr("Adds a touchpoint of %1 with %2.")
                                 .arg(m_people.ofPairing(pairing).mentorName, m_people.ofPairing(pairing).menteeName);
        counted(event, 2,
                event.allDay ? tr("%1 %2").arg(adds, allDayNote(event, pairing, touchpoint.scheduledUtc)) : adds);
    }

    bool uidPlanned(const QString& uid) const
    {
        return std::any_of(m_after.constBegin(), m_after.constEnd(),
                           [&uid](const TouchpointRecord& r) { return r.uid == uid; });
    }

    /// An event over a touchpoint: its time, length, status, kind, title and notes as the event has
    /// them (what the event leaves out stays as it is).
    void update(const ICalendarEvent& event, const TouchpointRecord& before, const QString& how)
    {
        TouchpointRecord after = before;
        after.kind = before.kind == kRoundtable ? before.kind : kindOf(event, before.kind);
        after.status = statusOf(event, before.status);
        if (after.status != before.status)
            after.doneUtc = after.status == kDone ? storedNow() : QDateTime();
        QString note;
        const QDateTime start = event.allDay ? onDay(before, event.startDate) : event.startUtc;
        if (start != before.scheduledUtc) {
            if (before.status == kDone && after.status == kDone) {
                note = tr("It is done in MentorDesk, where it keeps its time.");
            } else {
                after.scheduledUtc = start;
                ++after.sequence;
                if (event.allDay)
                    note = tr("An all-day event: the touchpoint moves to that day and keeps its time of day.");
            }
        }
        if (event.durationMinutes >= 0)
            after.durationMinutes = qMin(event.durationMinutes, 24 * 60);
        if (event.hasDescription)
            after.notes = event.description;
        if (!event.summary.isEmpty() &&
            event.summary != m_people.summary(before.title, before.pairingId, before.cohortId))
            after.title = event.summary;
        record(before.id, after);
        if (after == before)
            return counted(event, 0, QString());
        counted(event, 1,
                note.isEmpty() ? tr("Updates the touchpoint. %1").arg(how)
                               : tr("Updates the touchpoint. %1 %2").arg(how, note));
    }

    /// A touchpoint's start moved to `date` (a day in its mentor's zone), at the same time of day.
    QDateTime onDay(const TouchpointRecord& touchpoint, const QDate& date) const
    {
        const QTimeZone zone = anchorZone(touchpoint.pairingId);
        const QDateTime local = touchpoint.scheduledUtc.toTimeZone(zone);
        return local.date() == date ? touchpoint.scheduledUtc : QDateTime(date, local.time(), zone).toUTC();
    }

    QString kindOf(const ICalendarEvent& event, const QString& fallback) const
    {
        QString kind = isChoice(FieldId::TouchpointKind, event.kindProperty)
                           ? event.kindProperty
                           : ICalendarMapping::kindFromCategories(event.categories);
        // A pairing's touchpoint cannot become a cohort's roundtable.
        return kind.isEmpty() || kind == kRoundtable ? fallback : kind;
    }

    QString statusOf(const ICalendarEvent& event, const QString& fallback) const
    {
        if (isChoice(FieldId::TouchpointStatus, event.statusProperty))
            return event.statusProperty;
        const QString named = ICalendarMapping::statusFromCategories(event.categories);
        if (!named.isEmpty())
            return named;
        // A calendar entry says a call was arranged, not that it took place: a new one is planned
        // until someone marks it done, and only an explicit cancellation changes a known one.
        return event.cancelled ? kCancelled : fallback;
    }

    QString titleOf(const ICalendarEvent& event, qint64 pairing)
    {
        return event.summary == m_people.summary(QString(), pairing, 0) ? QString() : event.summary;
    }

    TouchpointRecord current(qint64 id)
    {
        const auto planned = m_after.constFind(id);
        if (planned != m_after.constEnd())
            return *planned;
        if (!m_before.contains(id)) {
            if (const auto stored = m_repository.touchpoint(id))
                m_before.insert(id, *stored);
        }
        return m_before.value(id);
    }

    /// Records the new state of a touchpoint and of its occurrence's exception.
    void record(qint64 id, const TouchpointRecord& after)
    {
        m_after.insert(id, after);
        if (after.seriesId == 0)
            return;
        const ExceptionKey key{after.seriesId, after.recurrenceUtc};
        if (!m_exceptionKeys.contains(key)) {
            m_exceptionKeys.insert(key);
            if (const auto stored = m_repository.exception(after.seriesId, after.recurrenceUtc))
                m_exceptionsBefore.insert(key, *stored);
        }
        m_exceptionsAfter.remove(key);
        if (const auto derived = SeriesExpansion::exceptionOf(after))
            m_exceptionsAfter.insert(key, *derived);
    }

    void counted(const ICalendarEvent& event, int outcome, const QString& detail)
    {
        if (outcome == 0) {
            ++m_plan->unchanged;
            return;
        }
        ++(outcome == 1 ? m_plan->updated : m_plan->added);
        m_plan->changes << ICalendarImportLine{describe(event), detail};
    }

    /// The plan's rows: only those that change, stored rows on the before side.
    void finish()
    {
        for (auto it = m_after.constBegin(); it != m_after.constEnd(); ++it) {
            const auto before = m_before.constFind(it.key());
            if (before != m_before.constEnd() && *before == *it)
                continue;
            if (before != m_before.constEnd())
                m_plan->before.touchpoints << *before;
            m_plan->after.touchpoints << *it;
        }
        for (const qint64 id : qAsConst(m_removed))
            m_plan->before.touchpoints << m_before.value(id);
        for (const ExceptionKey& key : qAsConst(m_exceptionKeys)) {
            const auto before = m_exceptionsBefore.constFind(key);
            const auto after = m_exceptionsAfter.constFind(key);
            const bool hasBefore = before != m_exceptionsBefore.constEnd();
            const bool hasAfter = after != m_exceptionsAfter.constEnd();
            if (hasBefore && hasAfter && *before == *after)
                continue;
            if (hasBefore)
                m_plan->before.exceptions << *before;
            if (hasAfter)
                m_plan->after.exceptions << *after;
        }
        for (auto it = m_exceptionsAfter.constBegin(); it != m_exceptionsAfter.constEnd(); ++it) {
            if (!m_exceptionKeys.contains(it.key()))
                m_plan->after.exceptions << *it;
        }
        m_plan->before.series << m_seriesBefore;
        m_plan->after.series << m_seriesAfter << m_newSeries;
    }

    CalendarEditor m_calendar;
    QSqlDatabase m_db;
    TouchpointRepository m_repository;
    ICalendarMatcher m_matcher;
    ICalendarPeople m_people;
    QTimeZone m_zone;
    ICalendarImportPlan* m_plan;
    qint64 m_nextTouchpointId;
    qint64 m_nextSeriesId;
    QMap<qint64, TouchpointRecord> m_before;
    QMap<qint64, TouchpointRecord> m_after;
    QSet<ExceptionKey> m_exceptionKeys;
    QMap<ExceptionKey, SeriesException> m_exceptionsBefore;
    QMap<ExceptionKey, SeriesException> m_exceptionsAfter;
    QVector<TouchpointSeriesRecord> m_newSeries;
    QVector<TouchpointSeriesRecord> m_seriesBefore; ///< Stored series whose rule the file changes.
    QVector<TouchpointSeriesRecord> m_seriesAfter;
    QSet<qint64> m_removed; ///< Stored occurrences a changed rule no longer has.
};

ICalendarImport::ICalendarImport(ProgramEditor& editor)
    : m_editor(editor)
{
}

ICalendarImport::~ICalendarImport() = default;

bool ICalendarImport::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_plan = {};
        m_error = tr("“%1” cannot be read: %2.").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return readText(file.readAll());
}

bool ICalendarImport::readText(const QByteArray& text)
{
    m_plan = {};
    m_error.clear();
    Planner planner(m_editor, &m_plan);
    ICalendarReader reader(planner.zone());
    if (!reader.read(text)) {
        m_error = reader.errorString();
        return false;
    }
    planner.place(reader.events());
    return true;
}

bool ICalendarImport::apply()
{
    m_error.clear();
    if (!m_plan.changesAnything())
        return true;
    const QString problem = TouchpointCommand::commit(
        m_editor, std::make_unique<TouchpointCommand>(&m_editor, tr("Import calendar"), m_plan.before, m_plan.after));
    if (problem.isEmpty())
        return true;
    m_error = tr("Nothing was imported: %1").arg(problem);
    return false;
}

} // namespace mentordesk
