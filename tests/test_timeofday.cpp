// SPDX-License-Identifier: GPL-3.0-or-later
// Working hours as times of day: shown as the language writes times, read from what people and
// files write, and refused with a reason where a value could mean two times.
#include "domain/FieldCatalogue.h"
#include "domain/TimeOfDay.h"

#include <QtTest>

Q_DECLARE_METATYPE(mentordesk::FieldId)

using namespace mentordesk;

class TestTimeOfDay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formatsAsTheLanguageWritesTimes_data();
    void formatsAsTheLanguageWritesTimes();
    void readsWrittenTimes_data();
    void readsWrittenTimes();
    void refusesWithAReason_data();
    void refusesWithAReason();
    void shownTimesReadBack_data();
    void shownTimesReadBack();
    void workingHoursFields_data();
    void workingHoursFields();
};

void TestTimeOfDay::formatsAsTheLanguageWritesTimes_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("de nine") << "de" << 540 << "09:00";
    QTest::newRow("de seven pm") << "de" << 1140 << "19:00";
    QTest::newRow("de midnight") << "de" << 0 << "00:00";
    QTest::newRow("de end of day") << "de" << 1440 << "24:00";
    QTest::newRow("de half past five") << "de" << 1050 << "17:30";
    QTest::newRow("en nine") << "en" << 540 << "9:00 AM";
    QTest::newRow("en seven pm") << "en" << 1140 << "7:00 PM";
    QTest::newRow("en noon") << "en" << 720 << "12:00 PM";
    QTest::newRow("en end of day") << "en" << 1440 << "12:00 AM";
    QTest::newRow("en_GB end of day") << "en_GB" << 1440 << "24:00";
    QTest::newRow("C without seconds") << "C" << 545 << "09:05";
}

void TestTimeOfDay::formatsAsTheLanguageWritesTimes()
{
    QFETCH(QString, locale);
    QFETCH(int, minutes);
    QFETCH(QString, shown);
    QCOMPARE(TimeOfDay::format(minutes, QLocale(locale)), shown);
}

void TestTimeOfDay::readsWrittenTimes_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minutes");
    for (const char* locale : {"en", "de"}) {
        const auto row = [locale](const char* text, int minutes) {
            QTest::addRow("%s %s", locale, text) << QString::fromLatin1(locale) << QString::fromUtf8(text) << minutes;
        };
        row("09:00", 540);
        row("9:00", 540);
        row(" 9:05 ", 545);
        row("9.30", 570);
        row("17:30", 1050);
        row("9am", 540);
        row("9 AM", 540);
        row("9:30 pm", 1290);
        row("7 p.m.", 1140);
        row("12 am", 0);
        row("12pm", 720);
        row("9 Uhr", 540);
        row("17:30 Uhr", 1050);
        row("9h30", 570);
        row("24:00", 1440);
        row("00:00", 0);
        row("0", 0);
        row("540", 540);
        row("1080", 1080);
        row("1440", 1440);
        row("30", 30);
        row("09:00:00", 540);
    }
}

void TestTimeOfDay::readsWrittenTimes()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(int, minutes);
    const TimeOfDay::Reading reading = TimeOfDay::parse(text, QLocale(locale));
    QVERIFY2(reading.ok(), qPrintable(reading.problem));
    QCOMPARE(reading.minutes, minutes);
}

void TestTimeOfDay::refusesWithAReason_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonContains");
    // An hour or minutes? The reason shows the hour as the language writes it.
    QTest::newRow("en bare hour") << "en"
                                  << "9"
                                  << "9:00 AM";
    QTest::newRow("de bare hour") << "de"
                                  << "9"
                                  << "09:00";
    QTest::newRow("de bare 24") << "de"
                                << "24"
                                << "24:00";
    // A clock time without its colon is not read as minutes.
    QTest::newRow("de leading zero") << "de"
                                     << "0930"
                                     << "09:30";
    QTest::newRow("en beyond a day") << "en"
                                     << "1730"
                                     << "5:30 PM";
    QTest::newRow("de beyond a day") << "de"
                                     << "1730"
                                     << "17:30";
    // What was shown as a number before ("1.140" in German) is no time at all.
    QTest::newRow("de grouped minutes") << "de"
                                        << "1.140"
                                        << "not a time";
    QTest::newRow("en minutes past sixty") << "en"
                                           << "9:75"
                                           << "not a time";
    QTest::newRow("de hour past 24") << "de"
                                     << "25:00"
                                     << "not a time";
    QTest::newRow("de after 24:00") << "de"
                                    << "24:30"
                                    << "not a time";
    QTest::newRow("en 13 pm") << "en"
                              << "13pm"
                              << "not a time";
    QTest::newRow("en 0 am") << "en"
                             << "0am"
                             << "not a time";
    QTest::newRow("en negative") << "en"
                                 << "-5"
                                 << "not a time";
    QTest::newRow("en words") << "en"
                              << "morning"
                              << "not a time";
    QTest::newRow("en spaced digits") << "en"
                                      << "9 30"
                                      << "not a time";
    QTest::newRow("de too many digits") << "de"
                                        << "99999"
                                        << "not a time";
    QTest::newRow("en empty") << "en"
                              << ""
                              << "not a time";
}

void TestTimeOfDay::refusesWithAReason()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, reasonContains);
    const TimeOfDay::Reading reading = TimeOfDay::parse(text, QLocale(locale));
    QVERIFY2(!reading.ok(), qPrintable(QString::number(reading.minutes)));
    QVERIFY2(reading.problem.contains(reasonContains), qPrintable(reading.problem));
    QVERIFY2(reading.problem.contains(text.trimmed()), qPrintable(reading.problem));
}

void TestTimeOfDay::shownTimesReadBack_data()
{
    QTest::addColumn<QString>("locale");
    for (const char* locale : {"en", "de", "en_GB", "fr", "C"})
        QTest::newRow(locale) << QString::fromLatin1(locale);
}

void TestTimeOfDay::shownTimesReadBack()
{
    // Whatever the editor shows must be read back as the same time, every minute of the day.
    QFETCH(QString, locale);
    const QLocale language(locale);
    for (int minutes = 0; minutes <= TimeOfDay::kMinutesPerDay; ++minutes) {
        const QString shown = TimeOfDay::format(minutes, language);
        const TimeOfDay::Reading reading = TimeOfDay::parse(shown, language);
        // 12:00 AM is the start of the day when read: a 12-hour clock has no other midnight.
        const int expected = minutes == TimeOfDay::kMinutesPerDay && reading.minutes == 0 ? 0 : minutes;
        QVERIFY2(reading.ok(), qPrintable(reading.problem));
        QCOMPARE(reading.minutes, expected);
    }
}

void TestTimeOfDay::workingHoursFields_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<FieldId>("field");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QVariant>("stored");       // null: refused
    QTest::addColumn<QString>("shownOrReason"); // what the cell shows, or a part of the reason
    const QVariant refused;
    QTest::newRow("de start typed") << "de" << FieldId::MentorWorkStart << QVariant(QStringLiteral("8:15"))
                                    << QVariant(qint64(495)) << "08:15";
    QTest::newRow("en start typed") << "en" << FieldId::SellerWorkStart << QVariant(QStringLiteral("8:15 am"))
                                    << QVariant(qint64(495)) << "8:15 AM";
    QTest::newRow("de end of day") << "de" << FieldId::SellerWorkEnd << QVariant(QStringLiteral("24:00"))
                                   << QVariant(qint64(1440)) << "24:00";
    // The end shown as 12:00 AM is committed unchanged as the end of the day, not refused.
    QTest::newRow("en end shown as midnight") << "en" << FieldId::MentorWorkEnd << QVariant(QStringLiteral("12:00 AM"))
                                              << QVariant(qint64(1440)) << "12:00 AM";
    QTest::newRow("de stored minutes") << "de" << FieldId::MentorWorkEnd << QVariant(1140) << QVariant(qint64(1140))
                                       << "19:00";
    QTest::newRow("de start at end of day") << "de" << FieldId::MentorWorkStart << QVariant(QStringLiteral("24:00"))
                                            << refused << "between 00:00 and 23:59";
    QTest::newRow("en start at midnight")
        << "en" << FieldId::SellerWorkStart << QVariant(QStringLiteral("12 am")) << QVariant(qint64(0)) << "12:00 AM";
    QTest::newRow("de bare hour") << "de" << FieldId::SellerWorkStart << QVariant(QStringLiteral("9")) << refused
                                  << "09:00";
    QTest::newRow("de fraction of a minute")
        << "de" << FieldId::SellerWorkStart << QVariant(540.5) << refused << "not a time";
    QTest::newRow("de required") << "de" << FieldId::SellerWorkEnd << QVariant(QStringLiteral(" ")) << refused
                                 << "required";
}

void TestTimeOfDay::workingHoursFields()
{
    QFETCH(QString, locale);
    QFETCH(FieldId, field);
    QFETCH(QVariant, input);
    QFETCH(QVariant, stored);
    QFETCH(QString, shownOrReason);
    QLocale::setDefault(QLocale(locale));
    const FieldSpec& spec = catalogueField(field);
    QCOMPARE(spec.type, FieldType::TimeOfDay);
    QVERIFY(!spec.translatedTitle().contains(QStringLiteral("minute")));
    QVariant normalised;
    const QString problem = spec.validate(input, &normalised);
    if (stored.isNull()) {
        QVERIFY2(problem.contains(shownOrReason), qPrintable(problem));
        return;
    }
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(normalised, stored);
    QCOMPARE(spec.displayText(normalised), shownOrReason);
}

QTEST_GUILESS_MAIN(TestTimeOfDay)
#include "test_timeofday.moc"
