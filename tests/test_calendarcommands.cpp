// SPDX-License-Identifier: GPL-3.0-or-later
// `mentordesk calendar export` and `mentordesk calendar import` run as a user runs them: the file
// written and parsed back, each scope, the refusals (exit code 2, nothing written), a dry run
// that leaves the program as it was, and an import that reports what it cannot place (exit 1).
#include "MentordeskProcess.h"

#include <QTemporaryDir>

#include "ICalendarTestSupport.h"

using namespace mentordesk;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCalendarCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        {
            CalendarProgram data;
            createCalendarProgram(programPath(), &data);
            closeCalendarProgram(&data);
        }
        m_rowsBefore = rowsOf(programPath());
    }

    void init()
    {
        // Each case starts from the same program: a copy of the one made once.
        QFile::remove(workPath());
        QVERIFY(QFile::copy(programPath(), workPath()));
    }

    void exports_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("events");
        QTest::newRow("program") << QStringList() << 9;
        QTest::newRow("mentor") << QStringList{QStringLiteral("--mentor"), QStringLiteral("M2")} << 1;
        QTest::newRow("cohort, from") << QStringList{QStringLiteral("--cohort"), QStringLiteral("Spring 2027"),
                                                     QStringLiteral("--from"), QStringLiteral("2027-04-01")}
                                      << 4;
        QTest::newRow("mentee, range, zone")
            << QStringList{QStringLiteral("--mentee"),    QStringLiteral("S1"),        QStringLiteral("--from"),
                           QStringLiteral("2027-03-02"),  QStringLiteral("--to"),      QStringLiteral("2027-03-06"),
                           QStringLiteral("--time-zone"), QStringLiteral("Asia/Tokyo")}
            << 2;
    }

    void exports()
    {
        QFETCH(QStringList, options);
        QFETCH(int, events);
        const QString out = m_dir.filePath(QStringLiteral("out.ics"));
        QFile::remove(out);
        const MentordeskRun run = runMentordesk(
            m_dir.path(), QStringList{QStringLiteral("calendar"), QStringLiteral("export"),
                                      QStringLiteral("--database"), workPath(), QStringLiteral("--out"), out} +
                              options);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Wrote %1 event").arg(events)), qPrintable(run.out));
        const IcalCalendar calendar = parseCalendar(readAll(out));
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), events);
    }

    void refusesExport_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown mentor") << QStringList{QStringLiteral("--mentor"), QStringLiteral("M404")}
                                        << QStringLiteral("No mentor has the ID “M404”");
        QTest::newRow("unknown cohort") << QStringList{QStringLiteral("--cohort"), QStringLiteral("Winter")}
                                        << QStringLiteral("There is no cohort named “Winter”");
        QTest::newRow("unknown mentee") << QStringList{QStringLiteral("--mentee"), QStringLiteral("S404")}
                                        << QStringLiteral("No mentee has the seller ID “S404”");
        QTest::newRow("from after to") << QStringList{QStringLiteral("--from"), QStringLiteral("2027-05-01"),
                                                      QStringLiteral("--to"), QStringLiteral("2027-04-01")}
                                       << QStringLiteral("starts on 2027-05-01, after its end on 2027-04-01");
        QTest::newRow("two scopes") << QStringList{QStringLiteral("--mentor"), QStringLiteral("M1"),
                                                   QStringLiteral("--mentee"), QStringLiteral("S1")}
                                    << QStringLiteral("give one of --mentor, --cohort and --mentee");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--from"), QStringLiteral("1.4.2027")}
                                  << QStringLiteral("--from '1.4.2027' is not a date");
        QTest::newRow("bad zone") << QStringList{QStringLiteral("--time-zone"), QStringLiteral("Mars/Base")}
                                  << QStringLiteral("--time-zone 'Mars/Base' is not a time zone");
    }

    void refusesExport()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, reason);
        const QString out = m_dir.filePath(QStringLiteral("refused.ics"));
        const MentordeskRun run = runMentordesk(
            m_dir.path(), QStringList{QStringLiteral("calendar"), QStringLiteral("export"),
                                      QStringLiteral("--database"), workPath(), QStringLiteral("--out"), out} +
                              options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void refusesToOverwriteTheProgram()
    {
        const MentordeskRun run = runMentordesk(m_dir.path(), {QStringLiteral("calendar"), QStringLiteral("export"),
                                                               QStringLiteral("--database"), workPath(),
                                                               QStringLiteral("--out"), workPath()});
        QCOMPARE(run.exitCode, 2);
        ReadOnlyProgram program(workPath());
        QVERIFY(program.isOpen());
        QCOMPARE(program.scalar(QStringLiteral("SELECT count(*) FROM touchpoints")).toInt(), 13);
    }

    void dryRunChangesNothing()
    {
        const MentordeskRun run =
            runMentordesk(m_dir.path(), {QStringLiteral("calendar"), QStringLiteral("import"), fixture("google.ics"),
                                         QStringLiteral("--database"), workPath(), QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("1 added, 2 updated, 0 unchanged, 1 not placed.")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Dry run: the program was not changed.")));
        QCOMPARE(rowsOf(workPath()), m_rowsBefore);
    }

    void importsAndReportsWhatItCannotPlace()
    {
        const MentordeskRun run =
            runMentordesk(m_dir.path(), {QStringLiteral("calendar"), QStringLiteral("import"), fixture("google.ics"),
                                         QStringLiteral("--database"), workPath()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Not imported: “Supplier intro”")), qPrintable(run.err));
        ReadOnlyProgram program(workPath());
        QCOMPARE(program.scalar(QStringLiteral("SELECT status FROM touchpoints WHERE title = 'Kick-off'")).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(program.scalar(QStringLiteral("SELECT count(*) FROM touchpoints")).toInt(), 14);
    }

    void importsAllPlacedWithExitZero()
    {
        const MentordeskRun run =
            runMentordesk(m_dir.path(), {QStringLiteral("calendar"), QStringLiteral("import"), fixture("outlook.ics"),
                                         QStringLiteral("--database"), workPath()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("2 added, 0 updated, 0 unchanged, 0 not placed.")),
                 qPrintable(run.out));
    }

    void refusesImport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a calendar") << fixture("not-a-calendar.ics") << QStringLiteral("not an iCalendar file");
        QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("nowhere.ics"))
                                      << QStringLiteral("cannot be read");
    }

    void refusesImport()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const MentordeskRun run = runMentordesk(m_dir.path(), {QStringLiteral("calendar"), QStringLiteral("import"),
                                                               file, QStringLiteral("--database"), workPath()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QCOMPARE(rowsOf(workPath()), m_rowsBefore);
    }

private:
    static QString fixture(const char* name)
    {
        return QStringLiteral(MENTORDESK_TEST_DATA "/ics/") + QLatin1String(name);
    }

    QString programPath() const { return m_dir.filePath(QStringLiteral("made-once.mentordesk")); }
    QString workPath() const { return m_dir.filePath(QStringLiteral("calendar.mentordesk")); }

    /// The calendar's rows and the audit log's size, read without changing the file.
    static QStringList rowsOf(const QString& path)
    {
        ReadOnlyProgram program(path);
        QStringList rows;
        for (const char* sql :
             {"SELECT count(*) || '|' || group_concat(id || ':' || status || ':' || scheduled_utc || ':' || "
              "IFNULL(duration_minutes, '') || ':' || title || ':' || notes || ':' || sequence, ';') FROM touchpoints",
              "SELECT count(*) FROM touchpoint_series", "SELECT count(*) FROM touchpoint_series_exceptions",
              "SELECT count(*) FROM audit_log"})
            rows << program.scalar(QString::fromLatin1(sql)).toString();
        return rows;
    }

    QTemporaryDir m_dir;
    QStringList m_rowsBefore;
};

QTEST_GUILESS_MAIN(TestCalendarCommands)
#include "test_calendarcommands.moc"
