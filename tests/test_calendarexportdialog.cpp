// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export Calendar…'s dialog (ui/calendar/CalendarExportDialog) under the offscreen platform:
// the request it collects for each scope, the completer's names as the user types, and the
// requests it refuses to accept (the reason shown in the dialog, the dialog left open).
#include "calendar/CalendarExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QTemporaryDir>

#include "ICalendarTestSupport.h"
#include "WidgetTestSupport.h"

using namespace mentordesk;

class TestCalendarExportDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        createCalendarProgram(m_dir.filePath(QStringLiteral("dialog.mentordesk")), &m_data);
    }

    void cleanupTestCase() { closeCalendarProgram(&m_data); }

    void collectsTheWholeProgramByDefault()
    {
        CalendarExportDialog dialog(m_data.program->connection(), QTimeZone("America/Chicago"));
        dialog.show();
        QVERIFY(!child<QLineEdit>(&dialog, QStringLiteral("name"))->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ICalendarExportRequest request = dialog.request();
        QCOMPARE(int(request.scope), int(ICalendarScope::Program));
        QVERIFY(!request.from.isValid() && !request.to.isValid());
        QCOMPARE(request.zone.id(), QByteArray("America/Chicago"));
    }

    void completesNamesAsTheUserTypes_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("offered");
        QTest::newRow("mentors") << int(ICalendarScope::Mentor) << QStringLiteral("M")
                                 << QStringList{QStringLiteral("M1"), QStringLiteral("M2")};
        QTest::newRow("mentees") << int(ICalendarScope::Mentee) << QStringLiteral("S")
                                 << QStringList{QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3")};
        QTest::newRow("cohorts") << int(ICalendarScope::Cohort) << QStringLiteral("Spr")
                                 << QStringList{QStringLiteral("Spring 2027")};
        QTest::newRow("nothing") << int(ICalendarScope::Mentor) << QStringLiteral("X") << QStringList();
    }

    void completesNamesAsTheUserTypes()
    {
        QFETCH(int, scope);
        QFETCH(QString, typed);
        QFETCH(QStringList, offered);
        CalendarExportDialog dialog(m_data.program->connection(), QTimeZone("America/Chicago"));
        dialog.show();
        auto* scopes = child<QComboBox>(&dialog, QStringLiteral("scope"));
        scopes->setCurrentIndex(scopes->findData(scope));
        auto* name = child<QLineEdit>(&dialog, QStringLiteral("name"));
        QVERIFY(name->isEnabled());
        QTest::keyClicks(name, typed);
        QStringList names;
        QAbstractItemModel* model = name->completer()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, 0).data().toString();
        QCOMPARE(names, offered);
    }

    void acceptsAKnownScopeAndRange()
    {
        CalendarExportDialog dialog(m_data.program->connection(), QTimeZone("America/Chicago"));
        dialog.show();
        auto* scopes = child<QComboBox>(&dialog, QStringLiteral("scope"));
        scopes->setCurrentIndex(scopes->findData(int(ICalendarScope::Cohort)));
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("name")), QStringLiteral("Spring 2027"));
        child<QCheckBox>(&dialog, QStringLiteral("limitRange"))->setChecked(true);
        QVERIFY(child<QDateEdit>(&dialog, QStringLiteral("from"))->isEnabled());
        child<QDateEdit>(&dialog, QStringLiteral("from"))->setDate(QDate(2027, 3, 1));
        child<QDateEdit>(&dialog, QStringLiteral("to"))->setDate(QDate(2027, 3, 31));
        child<QComboBox>(&dialog, QStringLiteral("zone"))->setCurrentText(QStringLiteral("Europe/Berlin"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ICalendarExportRequest request = dialog.request();
        QCOMPARE(int(request.scope), int(ICalendarScope::Cohort));
        QCOMPARE(request.name, QStringLiteral("Spring 2027"));
        QCOMPARE(request.from, QDate(2027, 3, 1));
        QCOMPARE(request.to, QDate(2027, 3, 31));
        QCOMPARE(request.zone.id(), QByteArray("Europe/Berlin"));
        screenshot(&dialog, QStringLiteral("calendar-export-dialog.png"));
    }

    void refusesWhatCannotBeExported_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown mentor") << int(ICalendarScope::Mentor) << QStringLiteral("M9") << QDate()
                                        << QStringLiteral("UTC") << QStringLiteral("No mentor has the ID “M9”");
        QTest::newRow("no name") << int(ICalendarScope::Mentee) << QString() << QDate() << QStringLiteral("UTC")
                                 << QStringLiteral("Enter whose touchpoints to export");
        QTest::newRow("from after to") << int(ICalendarScope::Program) << QString() << QDate(2027, 5, 1)
                                       << QStringLiteral("UTC") << QStringLiteral("after its end on 30.04.27");
        QTest::newRow("no such zone") << int(ICalendarScope::Program) << QString() << QDate()
                                      << QStringLiteral("Mars/Base")
                                      << QStringLiteral("“Mars/Base” is not a time zone");
    }

    void refusesWhatCannotBeExported()
    {
        QFETCH(int, scope);
        QFETCH(QString, name);
        QFETCH(QDate, from);
        QFETCH(QString, zone);
        QFETCH(QString, reason);
        // Dates in the user's format (German here, so that an ISO date would show), not ISO.
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
        CalendarExportDialog dialog(m_data.program->connection(), QTimeZone("America/Chicago"));
        dialog.show();
        auto* scopes = child<QComboBox>(&dialog, QStringLiteral("scope"));
        scopes->setCurrentIndex(scopes->findData(scope));
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("name")), name);
        if (from.isValid()) {
            child<QCheckBox>(&dialog, QStringLiteral("limitRange"))->setChecked(true);
            child<QDateEdit>(&dialog, QStringLiteral("from"))->setDate(from);
            child<QDateEdit>(&dialog, QStringLiteral("to"))->setDate(QDate(2027, 4, 30));
        }
        child<QComboBox>(&dialog, QStringLiteral("zone"))->setCurrentText(zone);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.isVisible());
        auto* problem = child<QLabel>(&dialog, QStringLiteral("problem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(reason), qPrintable(problem->text()));
    }

private:
    QTemporaryDir m_dir;
    CalendarProgram m_data;
};

QTEST_MAIN(TestCalendarExportDialog)
#include "test_calendarexportdialog.moc"
