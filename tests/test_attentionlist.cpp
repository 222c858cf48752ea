// SPDX-License-Identifier: GPL-3.0-or-later
// AttentionList: every kind of the "Needs attention" list on a hand-built program, each with the
// cases that must raise it and those that must not, on the edge days (began exactly 7 days
// before D, a touchpoint done on D−6 or D−7, local dates against UTC dates across midnight in
// New York). The expected items are written by hand from the comments, one pairing per case.
#include "attention/AttentionKinds.h"
#include "attention/AttentionList.h"
#include "calendar/CalendarTime.h"
#include "demo/DemoProgram.h"
#include "storage/ProgramDatabase.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

// D is Monday 2027-02-15; New York is UTC−5 then, so local day D runs from 05:00 UTC on the 15th
// to 05:00 UTC on the 16th, and D−6 … D from 2027-02-09T05:00:00Z.
const QDate kAsOf(2027, 2, 15);

struct PairingRow {
    int id;
    const char* status;
    const char* startedOn;
    const char* trialEnd; // nullptr: none
};

// A done touchpoint on D−1 keeps a pairing clear of `overdue` where the case is about another kind.
const PairingRow kPairings[] = {
    {1, "trial", "2027-02-08", nullptr},        // began exactly D−7, nothing done: overdue
    {2, "active", "2027-02-09", nullptr},       // began D−6: not yet overdue
    {3, "active", "2027-01-01", nullptr},       // done on D−6
    {4, "active", "2027-01-01", nullptr},       // done on D−7 only: overdue
    {5, "active", "2027-01-01", nullptr},       // done 2027-02-09T03:00Z = D−7 22:00 local: overdue
    {6, "active", "2027-01-01", nullptr},       // done 2027-02-16T04:00Z = D 23:00 local: counts
    {7, "active", "2027-01-01", nullptr},       // planned on D−3, left unlogged: overdue, log it
    {8, "active", "2027-01-01", nullptr},       // planned on D (10:00 local): not before D
    {9, "active", "2027-01-01", nullptr},       // planned 2027-02-15T04:00Z = D−1 23:00 local: overdue
    {10, "active", "2027-01-01", nullptr},      // a cancelled touchpoint on D−5: not due, raises nothing
    {11, "active", "2027-01-01", nullptr},      // cancelled on D−3 does not count as done: overdue
    {12, "ended", "2027-01-01", nullptr},       // ended: never listed, whatever it holds
    {14, "trial", "2027-01-15", "2027-02-15"},  // trial ends on D
    {15, "trial", "2027-01-15", "2027-02-21"},  // trial ends on D+6
    {16, "trial", "2027-01-15", "2027-02-22"},  // trial ends on D+7: not yet
    {17, "trial", "2027-01-15", "2027-02-14"},  // trial ended D−1, undecided
    {18, "active", "2027-01-15", "2027-02-14"}, // trial ended D−1, confirmed
    {19, "active", "2027-01-15", nullptr},      // checklist items
    {21, "active", "2026-12-01", "2027-02-08"}, // trial ended D−7: feedback due on D, none given
    {22, "active", "2026-12-01", "2027-02-09"}, // trial ended D−6: feedback not due yet
    {23, "active", "2026-12-01", "2027-02-08"}, // only the mentee gave feedback
    {24, "active", "2026-12-01", "2027-02-08"}, // both gave feedback in the 30 days before D
    {25, "active", "2026-11-01", "2026-12-09"}, // due Dec 16, Jan 15, Feb 14; given Jan 14 only
    {26, "active", "2026-11-01", "2026-12-09"}, // given Jan 16: counts for Feb 14
    {27, "active", "2027-01-01", nullptr},      // done, missed, missed: at risk
    {28, "active", "2027-01-01", nullptr},      // missed, cancelled, missed: at risk
    {29, "active", "2027-01-01", nullptr},      // missed, done, missed: not at risk
    {31, "active", "2027-01-01", nullptr},      // latest mentee rating 2
    {32, "active", "2027-01-01", nullptr},      // rating 1, then 4: recovered
    {33, "active", "2027-01-01", nullptr},      // latest mentor rating 2
    {34, "active", "2027-01-01", nullptr},      // rating 3
};

QStringList fixture()
{
    QStringList sql{QStringLiteral("INSERT INTO mentors(id, external_id, name, email, created_utc, updated_utc) VALUES "
                                   "(1, 'M-ADA', 'Ada', 'ada@example.org', '', '')")};
    QStringList sellers, pairings, keepers;
    for (const PairingRow& row : kPairings) {
        sellers << QStringLiteral("(%1, 'S%1', 'Shop %1', '', '')").arg(row.id);
        const bool ended = qstrcmp(row.status, "ended") == 0;
        pairings << QStringLiteral("(%1, 1, %1, '%2', '%3', %4, %5, %6, '', '')")
                        .arg(row.id)
                        .arg(QLatin1String(row.status), QLatin1String(row.startedOn),
                             row.trialEnd ? QStringLiteral("'%1'").arg(QLatin1String(row.trialEnd))
                                          : QStringLiteral("NULL"),
                             ended ? QStringLiteral("'2027-02-01'") : QStringLiteral("NULL"),
                             ended ? QStringLiteral("'completed'") : QStringLiteral("NULL"));
        if (row.id >= 14 && row.id != 27 && row.id != 28 && row.id != 29)
            keepers << QStringLiteral("(%1, 'live_call', 'done', '2027-02-14T15:00:00Z')").arg(row.id);
    }
    sql << QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, created_utc, updated_utc) VALUES ") +
               sellers.join(QLatin1Char(','));
    sql << QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, trial_end_date, "
                          "ended_on, end_reason, created_utc, updated_utc) VALUES ") +
               pairings.join(QLatin1Char(','));
    sql << QStringLiteral("INSERT INTO touchpoints(pairing_id, kind, status, scheduled_utc) VALUES ") +
               keepers.join(QLatin1Char(','));
    sql << QStringLiteral(
        "INSERT INTO touchpoints(id, pairing_id, kind, status, scheduled_utc) VALUES "
        "(301, 3, 'live_call', 'done', '2027-02-09T15:00:00Z'), (401, 4, 'live_call', 'done', '2027-02-08T15:00:00Z'), "
        "(501, 5, 'live_call', 'done', '2027-02-09T03:00:00Z'), (601, 6, 'live_call', 'done', '2027-02-16T04:00:00Z'), "
        "(701, 7, 'live_call', 'done', '2027-02-14T15:00:00Z'), (702, 7, 'live_call', 'planned', "
        "'2027-02-12T15:00:00Z'), "
        "(801, 8, 'live_call', 'done', '2027-02-14T15:00:00Z'), (802, 8, 'live_call', 'planned', "
        "'2027-02-15T15:00:00Z'), "
        "(901, 9, 'live_call', 'done', '2027-02-14T15:00:00Z'), (902, 9, 'live_call', 'planned', "
        "'2027-02-15T04:00:00Z'), "
        "(1001, 10, 'live_call', 'done', '2027-02-14T15:00:00Z'), "
        "(1002, 10, 'live_call', 'cancelled', '2027-02-10T15:00:00Z'), "
        "(1101, 11, 'live_call', 'done', '2027-01-20T15:00:00Z'), "
        "(1102, 11, 'live_call', 'cancelled', '2027-02-12T15:00:00Z'), "
        "(1201, 12, 'live_call', 'missed', '2027-01-20T15:00:00Z'), (1202, 12, 'live_call', 'missed', "
        "'2027-01-27T15:00:00Z'), (1203, 12, 'live_call', 'planned', '2027-01-28T15:00:00Z'), "
        "(2701, 27, 'live_call', 'done', '2027-02-09T15:00:00Z'), (2702, 27, 'live_call', 'missed', "
        "'2027-02-11T15:00:00Z'), "
        "(2703, 27, 'live_call', 'missed', '2027-02-13T15:00:00Z'), "
        "(2801, 28, 'live_call', 'done', '2027-02-09T15:00:00Z'), (2802, 28, 'live_call', 'missed', "
        "'2027-02-11T15:00:00Z'), "
        "(2803, 28, 'live_call', 'cancelled', '2027-02-12T15:00:00Z'), "
        "(2804, 28, 'live_call', 'missed', '2027-02-13T15:00:00Z'), "
        "(2901, 29, 'live_call', 'missed', '2027-02-10T15:00:00Z'), (2902, 29, 'live_call', 'done', "
        "'2027-02-11T15:00:00Z'), "
        "(2903, 29, 'live_call', 'missed', '2027-02-13T15:00:00Z')");
    sql << QStringLiteral("INSERT INTO checklist_items(id, pairing_id, day_offset, title, due_date, done_on) VALUES "
                          "(1901, 19, 30, 'Welcome session', '2027-02-15', NULL), "
                          "(1902, 19, 30, 'Listing review', '2027-02-21', NULL), "
                          "(1903, 19, 30, 'Pricing review', '2027-02-22', NULL), "
                          "(1904, 19, 30, 'First-sale plan', '2027-02-14', NULL), "
                          "(1905, 19, 30, 'Shop photos', '2027-01-20', '2027-01-19'), "
                          "(1201, 12, 30, 'Welcome session', '2027-01-20', NULL)");
    sql << QStringLiteral("INSERT INTO feedback(pairing_id, direction, rating, given_on) VALUES "
                          "(23, 'mentee_to_mentor', 4, '2027-02-10'), "
                          "(24, 'mentee_to_mentor', 4, '2027-01-20'), (24, 'mentor_to_mentee', 4, '2027-01-20'), "
                          "(25, 'mentee_to_mentor', 4, '2027-01-14'), (25, 'mentor_to_mentee', 4, '2027-01-14'), "
                          "(26, 'mentee_to_mentor', 4, '2027-01-16'), (26, 'mentor_to_mentee', 4, '2027-01-16'), "
                          "(31, 'mentee_to_mentor', 5, '2027-01-10'), (31, 'mentee_to_mentor', 2, '2027-02-01'), "
                          "(32, 'mentee_to_mentor', 1, '2027-01-10'), (32, 'mentee_to_mentor', 4, '2027-02-01'), "
                          "(33, 'mentor_to_mentee', 2, '2027-02-02'), (34, 'mentee_to_mentor', 3, '2027-02-02'), "
                          "(12, 'mentee_to_mentor', 1, '2027-01-25')");
    return sql;
}

/// "kind due subject" for each item of a pairing, in the list's order.
QStringList itemsOf(const QVector<AttentionItem>& items, qint64 pairing)
{
    QStringList result;
    for (const AttentionItem& item : items) {
        if (item.pairingId == pairing)
            result << QStringLiteral("%1 %2 %3")
                          .arg(AttentionKinds::key(item.kind), item.due.toString(Qt::ISODate))
                          .arg(item.subjectId);
    }
    return result;
}

} // namespace

class TestAttentionList : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_program.open(m_dir.filePath(QStringLiteral("attention.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        for (const QString& statement : fixture())
            SQL_OK(execSql(m_program.connection(), statement));
        AttentionList list(m_program.connection(), QTimeZone("America/New_York"));
        const auto items = list.compute(kAsOf);
        QVERIFY2(items.has_value(), qPrintable(list.errorString()));
        m_items = *items;
    }

    void cases_data()
    {
        QTest::addColumn<qint64>("pairing");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char* name, qint64 pairing, const QStringList& expected) {
            QTest::newRow(name) << pairing << expected;
        };
        row("began exactly D-7, nothing done", 1, {QStringLiteral("overdue 2027-02-14 0")});
        row("began D-6", 2, {});
        row("done on D-6", 3, {});
        row("done on D-7 only", 4, {QStringLiteral("overdue 2027-02-14 0")});
        row("done on D-6 in UTC, D-7 locally", 5, {QStringLiteral("overdue 2027-02-14 0")});
        row("done on D+1 in UTC, D locally", 6, {});
        row("planned before D, unlogged", 7, {QStringLiteral("overdue 2027-02-12 702")});
        row("planned on D", 8, {});
        row("planned on D in UTC, D-1 locally", 9, {QStringLiteral("overdue 2027-02-14 902")});
        row("cancelled: not due", 10, {});
        row("cancelled: not done either", 11, {QStringLiteral("overdue 2027-01-26 0")});
        row("ended pairing", 12, {});
        row("trial ends on D", 14, {QStringLiteral("trial_ending 2027-02-15 0")});
        row("trial ends on D+6", 15, {QStringLiteral("trial_ending 2027-02-21 0")});
        row("trial ends on D+7", 16, {});
        row("trial ended D-1, undecided", 17, {QStringLiteral("trial_decision_overdue 2027-02-14 0")});
        row("trial ended D-1, confirmed", 18, {});
        // One line per pairing and kind, about the earliest item: 1901 (15 Feb) stands for 1902 too.
        row("checklist items", 19,
            {QStringLiteral("checklist_late 2027-02-14 1904"), QStringLiteral("checklist_due 2027-02-15 1901")});
        row("feedback due on D, none", 21, {QStringLiteral("feedback_missing 2027-02-15 0")});
        row("feedback not due yet", 22, {});
        row("feedback from the mentee only", 23, {QStringLiteral("feedback_missing 2027-02-15 0")});
        row("feedback from both", 24, {});
        row("feedback of the previous period", 25, {QStringLiteral("feedback_missing 2027-02-14 0")});
        row("feedback of this period", 26, {});
        row("two missed in a row", 27, {QStringLiteral("at_risk 2027-02-13 0")});
        row("two missed around a cancelled one", 28, {QStringLiteral("at_risk 2027-02-13 0")});
        row("missed, done, missed", 29, {});
        row("latest mentee rating 2", 31, {QStringLiteral("at_risk 2027-02-01 0")});
        row("low rating, then a good one", 32, {});
        row("latest mentor rating 2", 33, {QStringLiteral("at_risk 2027-02-02 0")});
        row("rating 3", 34, {});
    }

    void cases()
    {
        QFETCH(qint64, pairing);
        QTEST(itemsOf(m_items, pairing), "expected");
    }

    void itemsNameTheirPeopleAndActions()
    {
        const auto found = std::find_if(m_items.cbegin(), m_items.cend(),
                                        [](const AttentionItem& item) { return item.pairingId == 7; });
        QVERIFY(found != m_items.cend());
        QCOMPARE(found->mentorExternalId, QStringLiteral("M-ADA"));
        QCOMPARE(found->mentorName, QStringLiteral("Ada"));
        QCOMPARE(found->mentorEmail, QStringLiteral("ada@example.org"));
        QCOMPARE(found->menteeExternalId, QStringLiteral("S7"));
        QCOMPARE(found->menteeName, QStringLiteral("Shop 7"));
        QCOMPARE(found->action, AttentionAction::LogTouchpoint);
        QCOMPARE(found->detail, QStringLiteral("1 planned touchpoint(s) not logged, the first on 2027-02-12."));
    }

    void actions_data()
    {
        QTest::addColumn<qint64>("pairing");
        QTest::addColumn<int>("action");
        QTest::newRow("overdue without a plan") << qint64(1) << int(AttentionAction::ScheduleTouchpoint);
        QTest::newRow("trial") << qint64(17) << int(AttentionAction::DecideTrial);
        QTest::newRow("checklist") << qint64(19) << int(AttentionAction::OpenChecklist);
        QTest::newRow("feedback") << qint64(21) << int(AttentionAction::RecordFeedback);
        QTest::newRow("at risk") << qint64(27) << int(AttentionAction::ConsiderRematch);
    }

    void actions()
    {
        QFETCH(qint64, pairing);
        QFETCH(int, action);
        for (const AttentionItem& item : m_items) {
            if (item.pairingId == pairing)
                QCOMPARE(int(item.action), action);
        }
    }

    void sortedByUrgency()
    {
        QCOMPARE(m_items.size(), 18);
        for (int i = 1; i < m_items.size(); ++i)
            QVERIFY(m_items.at(i - 1).urgency >= m_items.at(i).urgency);
        // Checklist items due within 7 days are the least urgent kind; the pair's line is about its
        // earliest (due on D) and says how many more there are (the one on D+6).
        QCOMPARE(m_items.last().kind, AttentionKind::ChecklistDue);
        QCOMPARE(m_items.last().due, QDate(2027, 2, 15));
        QVERIFY2(m_items.last().detail.contains(QStringLiteral("and 1 more")), qPrintable(m_items.last().detail));
        for (const AttentionItem& item : m_items)
            QVERIFY2(!item.detail.isEmpty(), qPrintable(AttentionKinds::key(item.kind)));
    }

    void countsByKind()
    {
        const QHash<AttentionKind, int> counts = AttentionList::countByKind(m_items);
        QCOMPARE(counts.value(AttentionKind::Overdue), 6);
        QCOMPARE(counts.value(AttentionKind::TrialEnding), 2);
        QCOMPARE(counts.value(AttentionKind::TrialDecisionOverdue), 1);
        QCOMPARE(counts.value(AttentionKind::ChecklistDue), 1);
        QCOMPARE(counts.value(AttentionKind::ChecklistLate), 1);
        QCOMPARE(counts.value(AttentionKind::FeedbackMissing), 3);
        QCOMPARE(counts.value(AttentionKind::AtRisk), 4);
    }

    void emptyProgramHasNothing()
    {
        ProgramDatabase empty;
        QCOMPARE(empty.open(m_dir.filePath(QStringLiteral("empty.mentordesk"))), ProgramDatabase::Outcome::Created);
        AttentionList list(empty.connection(), QTimeZone("Europe/Berlin"));
        const auto items = list.compute(kAsOf);
        QVERIFY2(items.has_value(), qPrintable(list.errorString()));
        QVERIFY(items->isEmpty());
    }

    void keysRoundTrip()
    {
        for (AttentionKind kind : AttentionKinds::all()) {
            QVERIFY(AttentionKinds::fromKey(AttentionKinds::key(kind)) == std::optional<AttentionKind>(kind));
            QVERIFY(!AttentionKinds::label(kind).isEmpty());
        }
        QVERIFY(!AttentionKinds::fromKey(QStringLiteral("late")).has_value());
    }

    // The demo program shows every kind on the day it is created (issue 10, "Demo program"), on
    // every weekday: cohorts start on Mondays, so a week of creation days covers every alignment.
    void theDemoShowsEveryKindOnItsFirstDay_data()
    {
        QTest::addColumn<QDate>("today");
        const QDate monday(2026, 12, 7);
        for (int day = 0; day < 7; ++day)
            QTest::newRow(qPrintable(QLocale::c().dayName(day + 1))) << monday.addDays(day);
        QTest::newRow("the current date") << QDate::currentDate();
    }

    void theDemoShowsEveryKindOnItsFirstDay()
    {
        QFETCH(QDate, today);
        ProgramDatabase demo;
        const QString file = m_dir.filePath(QStringLiteral("demo-%1.mentordesk").arg(today.toString(Qt::ISODate)));
        QFile::remove(file);
        QCOMPARE(demo.open(file), ProgramDatabase::Outcome::Created);
        QString error;
        QVERIFY2(DemoProgram::populate(demo.connection(), today, &error), qPrintable(error));
        AttentionList list(demo.connection(), QTimeZone::systemTimeZone());
        const std::optional<QVector<AttentionItem>> items = list.compute(today);
        QVERIFY2(items.has_value(), qPrintable(list.errorString()));
        const QHash<AttentionKind, int> counts = AttentionList::countByKind(*items);
        for (AttentionKind kind : AttentionKinds::all())
            QVERIFY2(counts.value(kind) > 0, qPrintable(AttentionKinds::key(kind)));
    }

    // In the window the sentences' dates follow the locale; headless they stay ISO 8601.
    void sentencesUseTheDateLocaleWhenGiven()
    {
        AttentionList list(m_program.connection(), QTimeZone("America/New_York"));
        const QLocale german(QLocale::German, QLocale::Germany);
        list.setDateLocale(german);
        const std::optional<QVector<AttentionItem>> items = list.compute(kAsOf);
        QVERIFY2(items.has_value(), qPrintable(list.errorString()));
        QCOMPARE(items->size(), m_items.size());
        for (int i = 0; i < items->size(); ++i) {
            const AttentionItem& iso = m_items.at(i);
            const AttentionItem& local = items->at(i);
            QCOMPARE(local.pairingId, iso.pairingId);
            QVERIFY2(!local.detail.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"))),
                     qPrintable(local.detail));
            QVERIFY2(iso.detail.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"))),
                     qPrintable(iso.detail));
            QVERIFY2(local.detail.contains(german.toString(local.due, QLocale::ShortFormat)) ||
                         local.kind == AttentionKind::Overdue,
                     qPrintable(local.detail));
        }
    }

    // The list of an earlier day D: pairings with touchpoints logged after D cannot use what
    // pairing_activity keeps (their latest touchpoints) and walk their touchpoints up to D
    // instead. Deleting everything after D and asking again, now answered from pairing_activity
    // alone, must give the same list, line for line.
    void anEarlierDayIgnoresLaterTouchpoints_data()
    {
        QTest::addColumn<int>("daysBack");
        for (int daysBack : {3, 10, 24})
            QTest::addRow("%d days before the demo's today", daysBack) << daysBack;
    }

    void anEarlierDayIgnoresLaterTouchpoints()
    {
        QFETCH(int, daysBack);
        ProgramDatabase demo;
        QCOMPARE(demo.open(m_dir.filePath(QStringLiteral("earlier-%1.mentordesk").arg(daysBack))),
                 ProgramDatabase::Outcome::Created);
        const QDate today = QDate::currentDate();
        QString error;
        QVERIFY2(DemoProgram::populate(demo.connection(), today, &error), qPrintable(error));
        const QTimeZone zone("Europe/Berlin");
        const QDate asOf = today.addDays(-daysBack);
        const QString nextDayStart = CalendarTime::utcText(QDateTime(asOf.addDays(1), QTime(0, 0), zone));
        const int later = scalar(demo.connection(),
                                 QStringLiteral("SELECT count(*) FROM touchpoints WHERE status IN ('done', 'missed') "
                                                "AND pairing_id IS NOT NULL AND scheduled_utc >= ?"),
                                 {nextDayStart})
                              .toInt();
        QVERIFY2(later > 0, "the case needs touchpoints logged after the day");

        AttentionList list(demo.connection(), zone);
        const std::optional<QVector<AttentionItem>> walked = list.compute(asOf);
        QVERIFY2(walked.has_value(), qPrintable(list.errorString()));
        SQL_OK(execSql(demo.connection(), QStringLiteral("DELETE FROM touchpoints WHERE scheduled_utc >= ?"),
                       {nextDayStart}));
        const std::optional<QVector<AttentionItem>> kept = list.compute(asOf);
        QVERIFY2(kept.has_value(), qPrintable(list.errorString()));
        auto lines = [](const QVector<AttentionItem>& items) {
            QStringList result;
            for (const AttentionItem& item : items)
                result << QStringLiteral("%1 %2 %3 %4 %5")
                              .arg(AttentionKinds::key(item.kind))
                              .arg(item.pairingId)
                              .arg(item.due.toString(Qt::ISODate))
                              .arg(item.subjectId)
                              .arg(item.detail);
            return result;
        };
        QVERIFY(!walked->isEmpty());
        QCOMPARE(lines(*walked), lines(*kept));
    }

private:
    QTemporaryDir m_dir;
    ProgramDatabase m_program;
    QVector<AttentionItem> m_items;
};

QTEST_GUILESS_MAIN(TestAttentionList)
#include "test_attentionlist.moc"
