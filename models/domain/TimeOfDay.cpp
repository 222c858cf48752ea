// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeOfDay.h"

#include <QRegularExpression>
#include <QTime>

#include <algorithm>

namespace mentordesk {

namespace {

enum class Meridiem { None, Am, Pm };

using Reading = TimeOfDay::Reading;

bool takeSuffix(QString& text, const QString& suffix)
{
    if (suffix.isEmpty() || !text.endsWith(suffix))
        return false;
    text.chop(suffix.size());
    text = text.trimmed();
    return true;
}

/// Removes a trailing "am"/"pm" meridiem (English spellings and the language's own) from `text`.
Meridiem takeMeridiem(QString& text, const QLocale& locale)
{
    for (const QString& meridiem : {QStringLiteral("a.m."), QStringLiteral("am"), locale.amText().toLower()})
        if (takeSuffix(text, meridiem))
            return Meridiem::Am;
    for (const QString& meridiem : {QStringLiteral("p.m."), QStringLiteral("pm"), locale.pmText().toLower()})
        if (takeSuffix(text, meridiem))
            return Meridiem::Pm;
    return Meridiem::None;
}

QString notATime(QStringView text, const QLocale& locale)
{
    return TimeOfDay::tr("“%1” is not a time of day; write it as %2 or %3.")
        .arg(text.trimmed().toString(), TimeOfDay::format(9 * 60, locale), TimeOfDay::format(17 * 60 + 30, locale));
}

Reading fromClock(int hours, int minutes, Meridiem meridiem, QStringView text, const QLocale& locale)
{
    if (minutes >= 60)
        return {-1, notATime(text, locale)};
    if (meridiem != Meridiem::None) {
        // 12 am is midnight, 12 pm noon; "13 pm" is no time at all.
        if (hours < 1 || hours > 12)
            return {-1, notATime(text, locale)};
        return {(hours % 12 + (meridiem == Meridiem::Pm ? 12 : 0)) * 60 + minutes, {}};
    }
    if (hours > 24 || (hours == 24 && minutes > 0))
        return {-1, notATime(text, locale)};
    return {hours * 60 + minutes, {}};
}

Reading fromPlainNumber(QStringView digits, QStringView text, const QLocale& locale)
{
    const int number = digits.toInt();
    if (number == 0)
        return {0, {}}; // midnight whether read as an hour or as minutes
    if (number <= 24)
        return {-1, TimeOfDay::tr("“%1” could be an hour or minutes after midnight; write %2 for the hour.")
                        .arg(text.trimmed().toString(), TimeOfDay::format(number * 60, locale))};
    const int hours = number / 100;
    const int minutes = number % 100;
    const bool clockLike = hours <= 24 && minutes < 60 && (hours < 24 || minutes == 0);
    // "0930" is how clocks are written, and more minutes than a day has ("1730") are too.
    if ((digits.startsWith(QLatin1Char('0')) || number > TimeOfDay::kMinutesPerDay) && digits.size() >= 3) {
        if (!clockLike)
            return {-1, notATime(text, locale)};
        return {-1, TimeOfDay::tr("“%1” looks like a time without its colon; write %2.")
                        .arg(text.trimmed().toString(), TimeOfDay::format(hours * 60 + minutes, locale))};
    }
    return {number, {}};
}

} // namespace

QString TimeOfDay::format(int minutes, const QLocale& locale)
{
    // Working hours are whole minutes: some languages' short format (C's) carries seconds.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    const QString pattern = locale.timeFormat(QLocale::ShortFormat).remove(seconds);
    if (minutes >= kMinutesPerDay) {
        // QTime has no 24:00. A 24-hour clock writes the end of the day as 24:00 (a working day
        // "09:00–00:00" reads as ending before it starts); a 12-hour clock says midnight.
        if (!pattern.contains(QLatin1Char('H')))
            return locale.toString(QTime(0, 0), pattern);
        QString endOfDay = pattern;
        endOfDay.replace(QLatin1String("HH"), QLatin1String("'24'")).replace(QLatin1Char('H'), QLatin1String("'24'"));
        return locale.toString(QTime(0, 0), endOfDay);
    }
    return locale.toString(QTime(0, 0).addSecs(std::max(0, minutes) * 60), pattern);
}

TimeOfDay::Reading TimeOfDay::parse(QStringView text, const QLocale& locale)
{
    QString rest = text.trimmed().toString().toLower();
    const Meridiem meridiem = takeMeridiem(rest, locale);
    // "9 Uhr", "9h", "9h30": the hour is named, so a plain number after it is not minutes.
    const bool hourNamed = takeSuffix(rest, QStringLiteral("uhr")) || takeSuffix(rest, QStringLiteral("h"));
    // Seconds are allowed when they are zero: spreadsheets write times as "09:00:00".
    static const QRegularExpression clock(QStringLiteral("^([0-9]{1,2})[:.h]([0-9]{2})(?:[:.]00)?$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    if (const QRegularExpressionMatch match = clock.match(rest); match.hasMatch())
        return fromClock(match.captured(1).toInt(), match.captured(2).toInt(), meridiem, text, locale);
    if (digits.match(rest).hasMatch()) {
        if (meridiem != Meridiem::None || hourNamed)
            return rest.size() <= 2 ? fromClock(rest.toInt(), 0, meridiem, text, locale)
                                    : Reading{-1, notATime(text, locale)};
        return fromPlainNumber(rest, text, locale);
    }
    return {-1, notATime(text, locale)};
}

} // namespace mentordesk
