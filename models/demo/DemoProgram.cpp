// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoProgram.h"

#include "DemoBuilder.h"
#include "DemoHelpers.h"
#include "DemoVocabulary.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace mentordesk {

namespace demo {

void DemoBuilder::build()
{
    planCalendar();
    createSellers();
    createMentors();
    createDisclosures();
    matchMentees();
    finishSellers();
    createTouchpoints();
    createChecklistsAndFeedback();
}

void DemoBuilder::planCalendar()
{
    const QDate thisMonth(m_today.year(), m_today.month(), 1);
    for (int k = 0; k < kSnapshotCount; ++k)
        m_snapshotDates.push_back(thisMonth.addMonths(k - (kSnapshotCount - 1)));

    // The first cohort starts after the first snapshot so every mentee has a baseline, and the
    // earlier ones ended long enough ago to show the effect of mentoring fade. The last one
    // starts on the Monday of the week that began 24 to 30 days ago, whatever today's weekday: its
    // pairs are still in their 30-day trial, and their trials end within the coming week (the
    // attention list's trial_ending shows on the day the demo is created). The one before starts
    // about eleven weeks earlier: its re-matched pairs' trials ended in the last weeks, some still
    // undecided (trial_decision_overdue).
    const QDate first = m_snapshotDates.front().addDays(20);
    const QDate last = m_today.addDays(-24);
    // A quarter of the span from eleven months ago to the last start: 73 to 81 days.
    const int recentGap = int(thisMonth.addMonths(-11).addDays(20).daysTo(last)) / (kCohortCount - 1);
    const QDate previous = last.addDays(-recentGap);
    const int step = int(first.daysTo(previous)) / (kCohortCount - 2);
    // Jewellery, home, beauty, toys before the holidays, fashion: what a handmade & home market needs most.
    const std::array<int, kCohortCount> focus = {{0, 1, 4, 5, 3}};
    for (int c = 0; c < kCohortCount; ++c) {
        Cohort cohort;
        const QDate day = c == kCohortCount - 1   ? last
                          : c == kCohortCount - 2 ? previous
                                                  : first.addDays(qint64(c) * step);
        cohort.start = day.addDays(1 - day.dayOfWeek());
        cohort.end = cohort.start.addDays(kCohortDays - 1);
        cohort.focus = focus[c];
        cohort.roundtableDay = m_random.between(3, 26);
        cohort.notes = kCohortNotes[c];
        cohort.name = QStringLiteral("%1 %2 — %3")
                          .arg(text(kMonthNames[cohort.start.month() - 1]), QString::number(cohort.start.year()),
                               text(kCategories[cohort.focus].name));
        m_cohorts.push_back(cohort);
    }
}

QDate DemoBuilder::snapshotOnOrBefore(const QDate& day) const
{
    QDate found;
    for (const QDate& date : m_snapshotDates) {
        if (date <= day)
            found = date;
    }
    return found;
}

} // namespace demo

bool DemoProgram::populate(QSqlDatabase db, const QDate& today, QString* error)
{
    auto fail = [error](const QString& reason) {
        if (error)
            *error = QCoreApplication::translate("DemoProgram",
                                                 "MentorDesk could not create the demo program (%1). The program "
                                                 "file was left as it was; try again with a new, empty program.")
                         .arg(reason);
        return false;
    };
    if (!today.isValid())
        return fail(QCoreApplication::translate("DemoProgram", "no valid date for today"));
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("SELECT (SELECT count(*) FROM sellers) + (SELECT count(*) FROM mentors) + "
                                   "(SELECT count(*) FROM cohorts) + (SELECT count(*) FROM pairings)")) ||
        !check.next())
        return fail(check.lastError().text());
    if (check.value(0).toLongLong() > 0)
        return fail(QCoreApplication::translate("DemoProgram", "the program already has records"));
    check.finish();

    demo::DemoBuilder builder(today);
    builder.build();
    if (!db.transaction())
        return fail(db.lastError().text());
    QString reason;
    if (!builder.write(db, &reason) || !db.commit()) {
        if (reason.isEmpty())
            reason = db.lastError().text();
        db.rollback();
        return fail(reason);
    }
    return true;
}

} // namespace mentordesk
