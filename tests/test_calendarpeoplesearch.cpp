// SPDX-License-Identifier: GPL-3.0-or-later
// CalendarPeopleSearch, the suggestions of the Calendar's mentor, mentee and cohort filter fields,
// under QAbstractItemModelTester: name and ID prefixes, substrings, no match, the limit, mentees
// whose pairing ended (included) and sellers never paired (never offered), and finding a
// remembered filter again.

#include "calendar/CalendarPeopleSearch.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

constexpr int kBulk = 30; // more paired sellers and mentors named alike than the default limit

QStringList fixture()
{
    QStringList sql{
        // S1 in a running pairing, S2's pairing ended, S3 never paired, S4 known by its contact only.
        QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, contact_name, created_utc, updated_utc) VALUES "
                       "(1, 'S001', 'Alpha Shop', '', '', ''), (2, 'S002', 'Alpine Crafts', '', '', ''), "
                       "(3, 'S003', 'Alps Never', '', '', ''), (4, 'S004', '', 'Zed Contact', '', '')"),
        QStringLiteral("INSERT INTO mentors(id, name, created_utc, updated_utc) VALUES (1, 'Ada Lovelace', '', ''), "
                       "(2, 'Ben Bloggs', '', ''), (3, 'Adam Smith', '', ''), (4, 'Reuben Oak', '', '')"),
        QStringLiteral("INSERT INTO pairings(mentor_id, mentee_id, status, started_on, ended_on, end_reason, "
                       "created_utc, updated_utc) VALUES (1, 1, 'active', '2027-03-01', NULL, NULL, '', ''), "
                       "(2, 2, 'ended', '2026-01-01', '2026-06-01', 'completed', '', ''), "
                       "(3, 4, 'trial', '2027-03-01', NULL, NULL, '', '')"),
        QStringLiteral("INSERT INTO cohorts(name, start_date, created_utc, updated_utc) VALUES "
                       "('Spring 2027', '2027-03-01', '', ''), ('Autumn 2027', '2027-09-01', '', '')"),
    };
    for (int i = 1; i <= kBulk; ++i) {
        const QString number = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
        sql << QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, created_utc, updated_utc) "
                              "VALUES (%1, 'B%2', 'Bulk %2', '', '')")
                   .arg(100 + i)
                   .arg(number)
            << QStringLiteral(
                   "INSERT INTO mentors(id, name, created_utc, updated_utc) VALUES (%1, 'Mentor %2', '', '')")
                   .arg(100 + i)
                   .arg(number)
            << QStringLiteral("INSERT INTO pairings(mentor_id, mentee_id, status, started_on, created_utc, "
                              "updated_utc) VALUES (%1, %1, 'active', '2027-03-01', '', '')")
                   .arg(100 + i);
    }
    return sql;
}

QStringList labels(const CalendarPeopleSearch& model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row).data().toString();
    return shown;
}

} // namespace

class TestCalendarPeopleSearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_program.open(m_dir.filePath(QStringLiteral("people.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        for (const QString& statement : fixture())
            SQL_OK(execSql(m_program.connection(), statement));
    }

    void search_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expected");
        const int mentor = int(CalendarPersonKind::Mentor);
        const int mentee = int(CalendarPersonKind::Mentee);
        const int cohort = int(CalendarPersonKind::Cohort);
        const int limit = CalendarPeopleSearch::kDefaultLimit;
        QTest::newRow("mentor name prefix, any case")
            << mentor << QStringLiteral("ad") << limit
            << QStringList{QStringLiteral("Ada Lovelace (M00001)"), QStringLiteral("Adam Smith (M00003)")};
        QTest::newRow("mentor external ID")
            << mentor << QStringLiteral("m00002") << limit << QStringList{QStringLiteral("Ben Bloggs (M00002)")};
        QTest::newRow("mentor prefix before substring")
            << mentor << QStringLiteral("ben") << limit
            << QStringList{QStringLiteral("Ben Bloggs (M00002)"), QStringLiteral("Reuben Oak (M00004)")};
        QTest::newRow("mentor no match") << mentor << QStringLiteral("xyz") << limit << QStringList();
        QTest::newRow("mentor limit") << mentor << QStringLiteral("mentor") << 3
                                      << QStringList{QStringLiteral("Mentor 01 (M00101)"),
                                                     QStringLiteral("Mentor 02 (M00102)"),
                                                     QStringLiteral("Mentor 03 (M00103)")};
        QTest::newRow("mentee name prefix, ended pairing included, never paired left out")
            << mentee << QStringLiteral("alp") << limit
            << QStringList{QStringLiteral("Alpha Shop (S001)"), QStringLiteral("Alpine Crafts (S002)")};
        QTest::newRow("mentee external ID in small letters")
            << mentee << QStringLiteral("s002") << limit << QStringList{QStringLiteral("Alpine Crafts (S002)")};
        QTest::newRow("mentee by contact name")
            << mentee << QStringLiteral("zed") << limit << QStringList{QStringLiteral("Zed Contact (S004)")};
        QTest::newRow("mentee substring through the trigram index")
            << mentee << QStringLiteral("crafts") << limit << QStringList{QStringLiteral("Alpine Crafts (S002)")};
        QTest::newRow("seller never paired") << mentee << QStringLiteral("never") << limit << QStringList();
        QTest::newRow("seller never paired, by ID") << mentee << QStringLiteral("S003") << limit << QStringList();
        QTest::newRow("mentee no match") << mentee << QStringLiteral("qqq") << limit << QStringList();
        QTest::newRow("mentee limit") << mentee << QStringLiteral("bulk") << 2
                                      << QStringList{QStringLiteral("Bulk 01 (B01)"), QStringLiteral("Bulk 02 (B02)")};
        QTest::newRow("cohort prefix") << cohort << QStringLiteral("spr") << limit
                                       << QStringList{QStringLiteral("Spring 2027")};
        QTest::newRow("cohort substring, by name")
            << cohort << QStringLiteral("2027") << limit
            << QStringList{QStringLiteral("Autumn 2027"), QStringLiteral("Spring 2027")};
        QTest::newRow("cohort no match") << cohort << QStringLiteral("winter") << limit << QStringList();
    }

    void search()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(int, limit);
        QFETCH(QStringList, expected);
        CalendarPeopleSearch model{CalendarPersonKind(kind)};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_program.connection());
        model.setLimit(limit);
        model.search(text);
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
        QCOMPARE(labels(model), expected);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(CalendarPeopleSearch::IdRole).toLongLong(), model.person(row).id);
    }

    void limitHonouredOnEveryPath_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("mentors, nothing typed") << int(CalendarPersonKind::Mentor) << QString();
        QTest::newRow("mentees, nothing typed") << int(CalendarPersonKind::Mentee) << QString();
        QTest::newRow("mentees, ID prefix") << int(CalendarPersonKind::Mentee) << QStringLiteral("B");
        QTest::newRow("mentees, substring") << int(CalendarPersonKind::Mentee) << QStringLiteral("ulk");
    }

    void limitHonouredOnEveryPath()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        CalendarPeopleSearch model{CalendarPersonKind(kind)};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_program.connection());
        model.search(text);
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
        // The fixture holds kBulk matches, more than the limit.
        QCOMPARE(model.rowCount(), CalendarPeopleSearch::kDefaultLimit);
    }

    void findsARememberedFilterOnlyWhileItExists()
    {
        CalendarPeopleSearch mentees(CalendarPersonKind::Mentee);
        mentees.setDatabase(m_program.connection());
        QCOMPARE(mentees.find(2).value_or(CalendarPerson()).label(), QStringLiteral("Alpine Crafts (S002)"));
        QVERIFY(!mentees.find(3)); // never paired
        QVERIFY(!mentees.find(999));
        CalendarPeopleSearch mentors(CalendarPersonKind::Mentor);
        mentors.setDatabase(m_program.connection());
        QCOMPARE(mentors.find(4).value_or(CalendarPerson()).name, QStringLiteral("Reuben Oak"));
        SQL_OK(execSql(m_program.connection(), QStringLiteral("INSERT INTO mentors(id, name, created_utc, "
                                                              "updated_utc) VALUES (900, 'Gone Soon', '', '')")));
        QVERIFY(mentors.find(900));
        SQL_OK(execSql(m_program.connection(), QStringLiteral("DELETE FROM mentors WHERE id = 900")));
        QVERIFY(!mentors.find(900));
    }

private:
    QTemporaryDir m_dir;
    ProgramDatabase m_program;
};

QTEST_GUILESS_MAIN(TestCalendarPeopleSearch)
#include "test_calendarpeoplesearch.moc"
