// SPDX-License-Identifier: GPL-3.0-or-later
// Printing the Calendar (CalendarPrinter): the week and the month on one page each, the list
// over as many pages as its rows take, into a real PDF whose pages are counted.
#include "calendar/CalendarPrinter.h"
#include "calendar/CalendarTime.h"
#include "calendar/CalendarWorkspace.h"
#include "calendar/TouchpointRangeModel.h"
#include "editing/ProgramEditor.h"
#include "storage/ProgramDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

/// Pages of a PDF QPdfWriter wrote: its page objects ("/Type /Page", not "/Type /Pages").
int pdfPages(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(QString::fromLatin1(file.readAll()).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}

} // namespace

class TestCalendarPrinter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_program.open(m_dir.filePath(QStringLiteral("print.mentordesk"))), ProgramDatabase::Outcome::Created);
        const QSqlDatabase db = m_program.connection();
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, created_utc, updated_utc) "
                                          "VALUES (1, 'S1', 'Alpha', '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO mentors(id, name, time_zone, created_utc, updated_utc) "
                                          "VALUES (1, 'Ada', 'UTC', '', '')")));
        SQL_OK(
            execSql(db, QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, "
                                       "created_utc, updated_utc) VALUES (1, 1, 1, 'active', '2027-01-04', '', '')")));
        // 120 touchpoints on 10 March 2027, one every five minutes from 08:00.
        SQL_OK(
            execSql(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                       "119) INSERT INTO touchpoints(pairing_id, kind, status, scheduled_utc, title) "
                                       "SELECT 1, 'async', 'planned', strftime('%Y-%m-%dT%H:%M:%SZ', "
                                       "'2027-03-10 08:00:00', '+' || (5 * i) || ' minutes'), 'Item ' || i FROM n")));
        QVERIFY(CalendarTime::setProgramZone(db, QStringLiteral("UTC")).isEmpty());
        m_editor = std::make_unique<ProgramEditor>(db, QStringLiteral("tester"));
    }

    void printsEachModeOnItsPages_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("severalPages");
        QTest::newRow("week") << int(CalendarWorkspace::Mode::Week) << false;
        QTest::newRow("month") << int(CalendarWorkspace::Mode::Month) << false;
        QTest::newRow("list") << int(CalendarWorkspace::Mode::List) << true;
    }

    void printsEachModeOnItsPages()
    {
        QFETCH(int, mode);
        QFETCH(bool, severalPages);
        CalendarWorkspace workspace;
        workspace.setProgram(m_program.connection(), m_editor.get());
        workspace.resize(1100, 640);
        workspace.setMode(CalendarWorkspace::Mode(mode));
        workspace.setSelectedDay(QDate(2027, 3, 10));
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QCOMPARE(workspace.model()->rowCount(), 120);
        const QString path = m_dir.filePath(QStringLiteral("calendar-%1.pdf").arg(mode));
        int printed = 0;
        {
            QPdfWriter pdf(path);
            pdf.setPageSize(QPageSize(QPageSize::A4));
            printed = CalendarPrinter::print(workspace, &pdf);
        }
        QVERIFY(printed >= 1);
        QCOMPARE(pdfPages(path), printed);
        QCOMPARE(printed > 1, severalPages);
        QVERIFY(!workspace.periodText().isEmpty());
        // Kept to be looked at (scripts/screenshots.sh renders them with pdftoppm).
        const QString keep = qEnvironmentVariable("MENTORDESK_SCREENSHOT_DIR");
        if (!keep.isEmpty()) {
            QFile::remove(QDir(keep).filePath(QFileInfo(path).fileName()));
            QFile::copy(path, QDir(keep).filePath(QFileInfo(path).fileName()));
        }
    }

private:
    QTemporaryDir m_dir;
    ProgramDatabase m_program;
    std::unique_ptr<ProgramEditor> m_editor;
};

QTEST_MAIN(TestCalendarPrinter)
#include "test_calendarprinter.moc"
