// SPDX-License-Identifier: GPL-3.0-or-later
// Recurrence: RRULEs expanded with libical on the anchor zone's wall clock, across the daylight
// saving changes of two zones (Europe/Berlin, America/New_York): a 10:00 call stays at 10:00
// local while its UTC time moves by an hour; rules that cannot be expanded are refused.
#include "calendar/CalendarTime.h"
#include "calendar/Recurrence.h"

#include <QTest>

using namespace mentordesk;

namespace {

QStringList utcTexts(const QVector<QDateTime>& starts)
{
    QStringList texts;
    for (const QDateTime& start : starts)
        texts << CalendarTime::utcText(start);
    return texts;
}

RecurrenceRule rule(const QString& rrule, const char* zone, const QString& first, const QString& until)
{
    const QDateTime start = QDateTime::fromString(first, Qt::ISODate);
    return {rrule, QTimeZone(zone), start.date(), start.time(), QDate::fromString(until, Qt::ISODate)};
}

} // namespace

class TestRecurrence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void expandsAcrossDaylightSaving_data()
    {
        QTest::addColumn<QString>("rrule");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("until");
        QTest::addColumn<QStringList>("expected");
        // Berlin moves to summer time on 29 March 2026 and back on 25 October 2026.
        QTest::newRow("Berlin spring, Monday 10:00")
            << QStringLiteral("FREQ=WEEKLY;BYDAY=MO") << QByteArray("Europe/Berlin")
            << QStringLiteral("2026-03-16T10:00:00") << QStringLiteral("2026-04-06")
            << QStringList{QStringLiteral("2026-03-16T09:00:00Z"), QStringLiteral("2026-03-23T09:00:00Z"),
                           QStringLiteral("2026-03-30T08:00:00Z"), QStringLiteral("2026-04-06T08:00:00Z")};
        QTest::newRow("Berlin autumn, Thursday 10:00")
            << QStringLiteral("FREQ=WEEKLY;BYDAY=TH") << QByteArray("Europe/Berlin")
            << QStringLiteral("2026-10-15T10:00:00") << QStringLiteral("2026-11-05")
            << QStringList{QStringLiteral("2026-10-15T08:00:00Z"), QStringLiteral("2026-10-22T08:00:00Z"),
                           QStringLiteral("2026-10-29T09:00:00Z"), QStringLiteral("2026-11-05T09:00:00Z")};
        // New York moves on 8 March and 1 November 2026: weeks in which Berlin has not moved yet.
        QTest::newRow("New York spring, Monday 10:00")
            << QStringLiteral("FREQ=WEEKLY;BYDAY=MO") << QByteArray("America/New_York")
            << QStringLiteral("2026-02-23T10:00:00") << QStringLiteral("2026-03-16")
            << QStringList{QStringLiteral("2026-02-23T15:00:00Z"), QStringLiteral("2026-03-02T15:00:00Z"),
                           QStringLiteral("2026-03-09T14:00:00Z"), QStringLiteral("2026-03-16T14:00:00Z")};
        QTest::newRow("New York autumn, Wednesday 18:30 (UTC date changes)")
            << QStringLiteral("FREQ=WEEKLY;BYDAY=WE") << QByteArray("America/New_York")
            << QStringLiteral("2026-10-21T18:30:00") << QStringLiteral("2026-11-11")
            << QStringList{QStringLiteral("2026-10-21T22:30:00Z"), QStringLiteral("2026-10-28T22:30:00Z"),
                           QStringLiteral("2026-11-04T23:30:00Z"), QStringLiteral("2026-11-11T23:30:00Z")};
        QTest::newRow("two days a week, the rule's count")
            << QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4") << QByteArray("Europe/Berlin")
            << QStringLiteral("2026-03-26T10:00:00") << QStringLiteral("2026-12-31")
            << QStringList{QStringLiteral("2026-03-26T09:00:00Z"), QStringLiteral("2026-03-30T08:00:00Z"),
                           QStringLiteral("2026-04-02T08:00:00Z"), QStringLiteral("2026-04-06T08:00:00Z")};
        QTest::newRow("every other week")
            << QStringLiteral("FREQ=WEEKLY;INTERVAL=2") << QByteArray("America/New_York")
            << QStringLiteral("2026-02-26T09:00:00") << QStringLiteral("2026-03-26")
            << QStringList{QStringLiteral("2026-02-26T14:00:00Z"), QStringLiteral("2026-03-12T13:00:00Z"),
                           QStringLiteral("2026-03-26T13:00:00Z")};
        QTest::newRow("monthly on the 15th")
            << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=15") << QByteArray("Europe/Berlin")
            << QStringLiteral("2026-02-15T16:00:00") << QStringLiteral("2026-04-30")
            << QStringList{QStringLiteral("2026-02-15T15:00:00Z"), QStringLiteral("2026-03-15T15:00:00Z"),
                           QStringLiteral("2026-04-15T14:00:00Z")};
        // 02:30 does not exist in Berlin on 29 March 2026: the gap's hour is added (03:30 CEST).
        QTest::newRow("a time inside the spring gap")
            << QStringLiteral("FREQ=DAILY") << QByteArray("Europe/Berlin") << QStringLiteral("2026-03-28T02:30:00")
            << QStringLiteral("2026-03-30")
            << QStringList{QStringLiteral("2026-03-28T01:30:00Z"), QStringLiteral("2026-03-29T01:30:00Z"),
                           QStringLiteral("2026-03-30T00:30:00Z")};
        // 01:30 happens twice in New York on 1 November 2026: the first (still summer time) counts.
        QTest::newRow("a time the autumn change repeats")
            << QStringLiteral("FREQ=DAILY") << QByteArray("America/New_York") << QStringLiteral("2026-10-31T01:30:00")
            << QStringLiteral("2026-11-02")
            << QStringList{QStringLiteral("2026-10-31T05:30:00Z"), QStringLiteral("2026-11-01T05:30:00Z"),
                           QStringLiteral("2026-11-02T06:30:00Z")};
    }

    void expandsAcrossDaylightSaving()
    {
        QFETCH(QString, rrule);
        QFETCH(QByteArray, zone);
        QFETCH(QString, first);
        QFETCH(QString, until);
        QFETCH(QStringList, expected);
        QVERIFY(QTimeZone::isTimeZoneIdAvailable(zone));
        QString error;
        const QVector<QDateTime> starts = Recurrence::expand(rule(rrule, zone.constData(), first, until), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(utcTexts(starts), expected);
        // Every occurrence but one inside the gap is at the first start's wall-clock time in its zone.
        const QTime local = QDateTime::fromString(first, Qt::ISODate).time();
        int atLocalTime = 0;
        for (const QDateTime& start : starts)
            atLocalTime += start.toTimeZone(QTimeZone(zone)).time() == local ? 1 : 0;
        QVERIFY(atLocalTime >= starts.size() - 1);
    }

    void refusesRules_data()
    {
        QTest::addColumn<QString>("rrule");
        QTest::addColumn<QString>("until");
        QTest::newRow("empty") << QString() << QStringLiteral("2026-06-30");
        QTest::newRow("not a rule") << QStringLiteral("every monday") << QStringLiteral("2026-06-30");
        QTest::newRow("unknown frequency") << QStringLiteral("FREQ=SOMETIMES") << QStringLiteral("2026-06-30");
        QTest::newRow("hourly") << QStringLiteral("FREQ=HOURLY") << QStringLiteral("2026-06-30");
        QTest::newRow("more than the limit") << QStringLiteral("FREQ=DAILY") << QStringLiteral("2030-12-31");
    }

    void refusesRules()
    {
        QFETCH(QString, rrule);
        QFETCH(QString, until);
        QString error;
        const QVector<QDateTime> starts =
            Recurrence::expand(rule(rrule, "Europe/Berlin", QStringLiteral("2026-03-02T10:00:00"), until), &error);
        QVERIFY(starts.isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void validatesWithoutExpanding()
    {
        QVERIFY(Recurrence::validate(QStringLiteral("FREQ=WEEKLY;BYDAY=MO")).isEmpty());
        QVERIFY(Recurrence::validate(QStringLiteral("FREQ=WEEKLY;BYDAY=XX")).contains(QLatin1String("BYDAY=XX")));
    }

    void resolvesZones()
    {
        const QTimeZone fallback("America/New_York");
        const ResolvedZone berlin = CalendarTime::resolve(QStringLiteral(" Europe/Berlin "), fallback);
        QVERIFY(!berlin.fellBack);
        QCOMPARE(berlin.zone.id(), QByteArray("Europe/Berlin"));
        for (const QString& bad : {QString(), QStringLiteral("Berlin"), QStringLiteral("Mars/Olympus")}) {
            const ResolvedZone resolved = CalendarTime::resolve(bad, fallback);
            QVERIFY(resolved.fellBack);
            QCOMPARE(resolved.zone, fallback);
        }
    }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "test_recurrence.moc"
