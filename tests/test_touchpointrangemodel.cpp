// SPDX-License-Identifier: GPL-3.0-or-later
// TouchpointRangeModel: the touchpoints of a range in start order, filtered in SQL by mentor,
// mentee, cohort, kind and status, paged by keyset, shown in the program's zone with the
// mentor's and mentee's local times, counted per local day, and refreshed from the change feed;
// under QAbstractItemModelTester.
#include "calendar/CalendarEditor.h"
#include "calendar/CalendarTime.h"
#include "calendar/TouchpointRangeModel.h"
#include "editing/ProgramEditor.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

/// Two mentors with two mentees each (mentees 1 and 3 in cohort 1), touchpoints every day of
/// March 2027 at 09:00 UTC for each pairing with kinds and statuses in turn, and one roundtable.
QStringList fixture()
{
    QStringList sql{
        QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, time_zone, created_utc, updated_utc) VALUES "
                       "(1, 'S1', 'Alpha', 'America/New_York', '', ''), (2, 'S2', '', 'Asia/Kolkata', '', ''), "
                       "(3, 'S3', 'Gamma', 'Europe/Paris', '', ''), (4, 'S4', 'Delta', 'Nowhere/Else', '', '')"),
        QStringLiteral("INSERT INTO mentors(id, name, time_zone, created_utc, updated_utc) VALUES "
                       "(1, 'Ada', 'Europe/Berlin', '', ''), (2, 'Ben', 'America/Los_Angeles', '', '')"),
        QStringLiteral("INSERT INTO cohorts(id, name, start_date, created_utc, updated_utc) VALUES "
                       "(1, 'Spring', '2027-03-01', '', '')"),
        QStringLiteral("INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES (1, 1, '2027-03-01'), "
                       "(3, 1, '2027-03-01')"),
        QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, created_utc, updated_utc) "
                       "VALUES (1, 1, 1, 'active', '2027-03-01', '', ''), (2, 1, 2, 'active', '2027-03-01', '', ''), "
                       "(3, 2, 3, 'active', '2027-03-01', '', ''), (4, 2, 4, 'active', '2027-03-01', '', '')"),
        QStringLiteral("INSERT INTO touchpoints(cohort_id, kind, scheduled_utc, title) VALUES "
                       "(1, 'roundtable', '2027-03-10T16:00:00Z', 'March roundtable')"),
    };
    const char* kinds[] = {"live_call", "async", "checklist_review"};
    const char* statuses[] = {"done", "missed", "planned", "cancelled"};
    QStringList values;
    for (int day = 1; day <= 31; ++day) {
        for (int pairing = 1; pairing <= 4; ++pairing) {
            values << QStringLiteral("(%1, '%2', '%3', '2027-03-%4T09:00:00Z')")
                          .arg(pairing)
                          .arg(QLatin1String(kinds[(day + pairing) % 3]), QLatin1String(statuses[(day * pairing) % 4]))
                          .arg(day, 2, 10, QLatin1Char('0'));
        }
    }
    sql << QStringLiteral("INSERT INTO touchpoints(pairing_id, kind, status, scheduled_utc) VALUES ") +
               values.join(QLatin1Char(','));
    return sql;
}

TouchpointFilter march()
{
    TouchpointFilter filter;
    filter.fromUtc = CalendarTime::fromUtcText(QStringLiteral("2027-03-01T00:00:00Z"));
    filter.toUtc = CalendarTime::fromUtcText(QStringLiteral("2027-04-01T00:00:00Z"));
    return filter;
}

} // namespace

class TestTouchpointRangeModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_program.open(m_dir.filePath(QStringLiteral("range.mentordesk"))), ProgramDatabase::Outcome::Created);
        for (const QString& statement : fixture())
            SQL_OK(execSql(m_program.connection(), statement));
        QVERIFY(CalendarTime::setProgramZone(m_program.connection(), QStringLiteral("Europe/Berlin")).isEmpty());
        m_editor = std::make_unique<ProgramEditor>(m_program.connection(), QStringLiteral("tester"));
    }

    void init()
    {
        m_model = std::make_unique<TouchpointRangeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setDatabase(m_program.connection(), m_editor->changes());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void filters_data()
    {
        QTest::addColumn<qint64>("mentor");
        QTest::addColumn<qint64>("mentee");
        QTest::addColumn<qint64>("cohort");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QString>("condition"); // the same rows, counted the plain way
        QTest::newRow("whole program") << qint64(0) << qint64(0) << qint64(0) << QStringList() << QStringList()
                                       << QStringLiteral("1");
        QTest::newRow("one mentor") << qint64(2) << qint64(0) << qint64(0) << QStringList() << QStringList()
                                    << QStringLiteral("pairing_id IN (3, 4)");
        QTest::newRow("one mentee") << qint64(0) << qint64(2) << qint64(0) << QStringList() << QStringList()
                                    << QStringLiteral("pairing_id = 2");
        QTest::newRow("cohort: roundtable and members")
            << qint64(0) << qint64(0) << qint64(1) << QStringList() << QStringList()
            << QStringLiteral("cohort_id = 1 OR pairing_id IN (1, 3)");
        QTest::newRow("kinds and statuses")
            << qint64(0) << qint64(0) << qint64(0) << QStringList{QStringLiteral("live_call"), QStringLiteral("async")}
            << QStringList{QStringLiteral("done")}
            << QStringLiteral("kind IN ('live_call', 'async') AND status = 'done'");
        QTest::newRow("mentor and status")
            << qint64(1) << qint64(0) << qint64(0) << QStringList() << QStringList{QStringLiteral("planned")}
            << QStringLiteral("pairing_id IN (1, 2) AND status = 'planned'");
    }

    void filters()
    {
        QFETCH(qint64, mentor);
        QFETCH(qint64, mentee);
        QFETCH(qint64, cohort);
        QFETCH(QStringList, kinds);
        QFETCH(QStringList, statuses);
        QFETCH(QString, condition);
        TouchpointFilter filter = march();
        filter.mentorId = mentor;
        filter.menteeId = mentee;
        filter.cohortId = cohort;
        filter.kinds = kinds;
        filter.statuses = statuses;
        m_model->setFilter(filter);
        const QSqlDatabase db = m_program.connection();
        const int expected = scalar(db, QStringLiteral("SELECT count(*) FROM touchpoints WHERE scheduled_utc >= "
                                                       "'2027-03-01' AND scheduled_utc < '2027-04-01' AND (%1)")
                                            .arg(condition))
                                 .toInt();
        QVERIFY(expected > 0);
        QCOMPARE(m_model->rowCount(), expected);
        QVERIFY(expected < 256); // the fixture's March fits one page; paging is checked below
        // In start order, every row one the plain query counts.
        QDateTime previous;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QDateTime start = m_model->index(row, 0).data(TouchpointRangeModel::StartUtcRole).toDateTime();
            QVERIFY(!previous.isValid() || previous <= start);
            previous = start;
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM touchpoints WHERE id = ? AND (%1)").arg(condition),
                            {m_model->touchpointId(row)})
                         .toInt(),
                     1);
        }
    }

    void filtersUseTheIndexes_data()
    {
        QTest::addColumn<qint64>("mentor");
        QTest::addColumn<qint64>("cohort");
        QTest::addColumn<QStringList>("indexes");
        QTest::newRow("whole program") << qint64(0) << qint64(0) << QStringList{QStringLiteral("touchpoints_when")};
        QTest::newRow("one mentor") << qint64(1) << qint64(0)
                                    << QStringList{QStringLiteral("pairings_mentor"),
                                                   QStringLiteral("touchpoints_pairing")};
        QTest::newRow("one cohort") << qint64(0) << qint64(1)
                                    << QStringList{QStringLiteral("touchpoints_cohort"),
                                                   QStringLiteral("touchpoints_pairing")};
    }

    void filtersUseTheIndexes()
    {
        QFETCH(qint64, mentor);
        QFETCH(qint64, cohort);
        QFETCH(QStringList, indexes);
        TouchpointFilter filter = march();
        filter.mentorId = mentor;
        filter.cohortId = cohort;
        QVariantList values;
        QSqlQuery query(m_program.connection());
        query.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM touchpoints t") +
                      filter.whereClause(&values));
        for (const QVariant& value : values)
            query.addBindValue(value);
        QVERIFY(query.exec());
        QStringList steps;
        while (query.next())
            steps << query.value(3).toString();
        const QString plan = steps.join(QLatin1Char('\n'));
        QVERIFY2(!plan.contains(QLatin1String("SCAN t")), qPrintable(plan));
        for (const QString& index : indexes)
            QVERIFY2(plan.contains(index), qPrintable(plan));
    }

    void pagesLikeThePlainQuery_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::newRow("in order") << QList<int>{0, 255, 256, 511, 512, 1499};
        QTest::newRow("jump near the end") << QList<int>{1400, 1499, 1399, 0};
        QTest::newRow("jump to the middle") << QList<int>{700, 300, 1100, 256, 767, 768};
    }

    void pagesLikeThePlainQuery()
    {
        QFETCH(QList<int>, rows);
        // 1,500 touchpoints in April, many sharing a start, so the order's tie-break (id) matters.
        const QSqlDatabase db = m_program.connection();
        if (scalar(db, QStringLiteral("SELECT count(*) FROM touchpoints WHERE scheduled_utc LIKE '2027-04%'"))
                .toInt() == 0) {
            QStringList values;
            for (int i = 0; i < 1500; ++i)
                values << QStringLiteral("(%1, 'async', '2027-04-%2T%3:00:00Z')")
                              .arg(1 + i % 4)
                              .arg(1 + (i * 7) % 30, 2, 10, QLatin1Char('0'))
                              .arg(8 + i % 3, 2, 10, QLatin1Char('0'));
            SQL_OK(execSql(db, QStringLiteral("INSERT INTO touchpoints(pairing_id, kind, scheduled_utc) VALUES ") +
                                   values.join(QLatin1Char(','))));
        }
        TouchpointFilter april;
        april.fromUtc = CalendarTime::fromUtcText(QStringLiteral("2027-04-01T00:00:00Z"));
        april.toUtc = CalendarTime::fromUtcText(QStringLiteral("2027-05-01T00:00:00Z"));
        m_model->setFilter(april);
        QCOMPARE(m_model->rowCount(), 1500);
        for (int row : rows) {
            const qint64 expected =
                scalar(db,
                       QStringLiteral("SELECT id FROM touchpoints WHERE scheduled_utc LIKE '2027-04%' "
                                      "ORDER BY scheduled_utc, id LIMIT 1 OFFSET ?"),
                       {row})
                    .toLongLong();
            QCOMPARE(m_model->touchpointId(row), expected);
        }
        QVERIFY(m_model->cachedPageCount() <= rows.size());
    }

    void showsTimesInTheirZones()
    {
        TouchpointFilter filter = march();
        filter.menteeId = 1;
        m_model->setFilter(filter);
        const QModelIndex first = m_model->index(0, TouchpointRangeModel::When);
        // 1 March 09:00 UTC: 10:00 in Berlin (the program), 04:00 in New York (the mentee).
        QCOMPARE(first.data(TouchpointRangeModel::StartLocalRole).toDateTime().time(), QTime(10, 0));
        QCOMPARE(first.data(TouchpointRangeModel::MentorLocalStartRole).toDateTime().time(), QTime(10, 0));
        QCOMPARE(first.data(TouchpointRangeModel::MenteeLocalStartRole).toDateTime().time(), QTime(4, 0));
        QCOMPARE(first.data(TouchpointRangeModel::ZoneFellBackRole).toBool(), false);
        QCOMPARE(m_model->index(0, TouchpointRangeModel::Mentor).data().toString(), QStringLiteral("Ada"));
        QCOMPARE(m_model->index(0, TouchpointRangeModel::Mentee).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(m_model->index(0, TouchpointRangeModel::Cohort).data().toString(), QStringLiteral("Spring"));
        QVERIFY(!m_model->index(0, TouchpointRangeModel::Kind).data().toString().isEmpty());

        // Delta's zone is no IANA name: the program's zone stands in, flagged.
        filter.menteeId = 4;
        m_model->setFilter(filter);
        const QModelIndex delta = m_model->index(0, TouchpointRangeModel::When);
        QCOMPARE(delta.data(TouchpointRangeModel::ZoneFellBackRole).toBool(), true);
        QCOMPARE(delta.data(TouchpointRangeModel::MenteeLocalStartRole).toDateTime().time(), QTime(10, 0));
        // A seller without a shop name is shown by seller ID.
        filter.menteeId = 2;
        m_model->setFilter(filter);
        QCOMPARE(m_model->index(0, TouchpointRangeModel::Mentee).data().toString(), QStringLiteral("S2"));
    }

    void countsPerLocalDay()
    {
        TouchpointFilter filter;
        // In Tokyo, 09:00 UTC is 18:00 the same day and the roundtable (16:00 UTC) is on the next day.
        filter.fromUtc = CalendarTime::fromUtcText(QStringLiteral("2027-03-10T00:00:00Z"));
        filter.toUtc = CalendarTime::fromUtcText(QStringLiteral("2027-03-12T00:00:00Z"));
        m_model->setFilter(filter);
        m_model->setDisplayZone(QTimeZone("Asia/Tokyo"));
        const QMap<QDate, int> counts = m_model->countsPerDay();
        QCOMPARE(counts.value(QDate(2027, 3, 10)), 4);
        QCOMPARE(counts.value(QDate(2027, 3, 11)), 5);
        QCOMPARE(counts.size(), 2);
        int total = 0;
        for (int count : counts)
            total += count;
        QCOMPARE(total, m_model->rowCount());
    }

    // The month grid reads each day's first rows in a query of their own (prefetchDay); those
    // rows must be the ones the pages hold at the same positions, in any zone.
    void aDaysFirstRowsAreThePagesRows_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("UTC") << QStringLiteral("UTC");
        QTest::newRow("Tokyo") << QStringLiteral("Asia/Tokyo");
        QTest::newRow("Kathmandu (+05:45)") << QStringLiteral("Asia/Kathmandu");
    }

    void aDaysFirstRowsAreThePagesRows()
    {
        QFETCH(QString, zone);
        TouchpointRangeModel paged;
        paged.setDatabase(m_program.connection(), nullptr);
        paged.setDisplayZone(QTimeZone(zone.toUtf8()));
        paged.setFilter(march());
        m_model->setDisplayZone(QTimeZone(zone.toUtf8()));
        m_model->setFilter(march());
        QCOMPARE(m_model->rowCount(), paged.rowCount());
        const QMap<QDate, int> counts = m_model->countsPerDay();
        QVERIFY(!counts.isEmpty());
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            m_model->prefetchDay(it.key(), 2);
        for (int row = 0; row < paged.rowCount(); ++row) {
            for (int column = 0; column < TouchpointRangeModel::ColumnCount; ++column)
                QCOMPARE(m_model->index(row, column).data(), paged.index(row, column).data());
            QCOMPARE(m_model->touchpointId(row), paged.touchpointId(row));
        }
    }

    // A range longer than the calendar's views is counted at once; the per-day counts agree.
    void aLongRangeIsCountedAtOnce()
    {
        TouchpointFilter filter;
        filter.fromUtc = CalendarTime::fromUtcText(QStringLiteral("2026-01-01T00:00:00Z"));
        filter.toUtc = CalendarTime::fromUtcText(QStringLiteral("2028-01-01T00:00:00Z"));
        m_model->setFilter(filter);
        int total = 0;
        for (int count : m_model->countsPerDay())
            total += count;
        QCOMPARE(total, m_model->rowCount());
        QVERIFY(total > 0);
        QCOMPARE(total,
                 scalar(m_program.connection(), QStringLiteral("SELECT count(*) FROM touchpoints WHERE "
                                                               "scheduled_utc >= '2026' AND scheduled_utc < '2028'"))
                     .toInt());
    }

    void refreshesFromTheChangeFeed()
    {
        m_model->setFilter(march());
        const int before = m_model->rowCount();
        CalendarEditor calendar(*m_editor);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const qint64 id = calendar.createTouchpoint({1,
                                                     0,
                                                     QStringLiteral("async"),
                                                     CalendarTime::fromUtcText(QStringLiteral("2027-03-15T12:00:00Z")),
                                                     -1,
                                                     QStringLiteral("Fresh"),
                                                     {}});
        QVERIFY2(id > 0, qPrintable(calendar.errorString()));
        QCOMPARE(m_model->rowCount(), before + 1);
        QCOMPARE(reset.size(), 1);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(calendar.markDone(id, QDateTime::currentDateTimeUtc()));
        QCOMPARE(changed.size(), 1);
        bool found = false;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->touchpointId(row) == id) {
                found = true;
                QCOMPARE(m_model->index(row, 0).data(TouchpointRangeModel::StatusCodeRole).toString(),
                         QStringLiteral("done"));
            }
        }
        QVERIFY(found);
        m_editor->undoStack()->undo();
        m_editor->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), before);
    }

private:
    QTemporaryDir m_dir;
    ProgramDatabase m_program;
    std::unique_ptr<ProgramEditor> m_editor;
    std::unique_ptr<TouchpointRangeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestTouchpointRangeModel)
#include "test_touchpointrangemodel.moc"
