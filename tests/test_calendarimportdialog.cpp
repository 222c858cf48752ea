// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Import Calendar…'s summary (ui/calendar/CalendarImportDialog) under the offscreen
// platform: the counts, each change and each event that cannot be placed with its reason, and
// Import offered only when the file changes something.
#include "calendar/CalendarImportDialog.h"
#include "calendar/ICalendarImport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include "WidgetTestSupport.h"

using namespace mentordesk;

class TestCalendarImportDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsChangesAndUnplacedEvents()
    {
        ICalendarImportPlan plan;
        plan.added = 1;
        plan.updated = 1;
        plan.unchanged = 3;
        plan.changes << ICalendarImportLine{QStringLiteral("“Kick-off” on 2027-03-03 09:00"),
                                            QStringLiteral("Updates the touchpoint.")}
                     << ICalendarImportLine{QStringLiteral("“Homework” on 2027-03-19"),
                                            QStringLiteral("Adds a touchpoint.")};
        plan.unplaced << ICalendarImportLine{QStringLiteral("“Supplier intro” on 2027-03-17 11:00"),
                                             QStringLiteral("No mentor has any of its attendees' e-mail addresses.")};
        CalendarImportDialog dialog(plan, QStringLiteral("google.ics"));
        dialog.show();
        const QString summary = child<QLabel>(&dialog, QStringLiteral("summary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("“google.ics”: 1 to add, 1 to update, 3 unchanged")),
                 qPrintable(summary));
        auto* tree = child<QTreeWidget>(&dialog, QStringLiteral("events"));
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->child(1)->text(1), QStringLiteral("Adds a touchpoint."));
        QCOMPARE(tree->topLevelItem(1)->childCount(), 1);
        QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), QStringLiteral("“Supplier intro” on 2027-03-17 11:00"));
        QVERIFY(acceptButton(dialog));
        acceptButton(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        screenshot(&dialog, QStringLiteral("calendar-import-dialog.png"));
    }

    void offersOnlyCloseWhenNothingChanges()
    {
        ICalendarImportPlan plan;
        plan.unchanged = 9;
        CalendarImportDialog dialog(plan, QStringLiteral("export.ics"));
        dialog.show();
        QVERIFY(!acceptButton(dialog));
        QCOMPARE(child<QTreeWidget>(&dialog, QStringLiteral("events"))->topLevelItemCount(), 0);
        QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close));
    }

private:
    static QPushButton* acceptButton(const QDialog& dialog)
    {
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        for (QAbstractButton* button : buttons->buttons()) {
            if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                return qobject_cast<QPushButton*>(button);
        }
        return nullptr;
    }
};

QTEST_MAIN(TestCalendarImportDialog)
#include "test_calendarimportdialog.moc"
