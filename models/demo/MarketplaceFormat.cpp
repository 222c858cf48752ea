// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarketplaceFormat.h"

#include <QDate>

namespace mentordesk::demo {

namespace {

qint64 daysFromCivil(int year, int month, int day)
{
    return QDate(year, month, day).toJulianDay() - QDate(1970, 1, 1).toJulianDay();
}

void digits(char* out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
}

} // namespace

// Howard Hinnant's algorithm.
void civil(qint64 days, int* year, int* month, int* day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    *month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    *year = int(yearOfEra + era * 400 + (*month <= 2 ? 1 : 0));
}

qint64 firstOfMonth(qint64 days, int monthsLater)
{
    int year, month, day;
    civil(days, &year, &month, &day);
    const int index = year * 12 + month - 1 + monthsLater;
    return daysFromCivil(index / 12, index % 12 + 1, 1);
}

void formatDate(qint64 days, char* out)
{
    int year, month, day;
    civil(days, &year, &month, &day);
    digits(out, year, 4);
    out[4] = '-';
    digits(out + 5, month, 2);
    out[7] = '-';
    digits(out + 8, day, 2);
}

void formatStamp(qint64 days, int second, char* out)
{
    formatDate(days, out);
    out[10] = 'T';
    digits(out + 11, second / 3600, 2);
    out[13] = ':';
    digits(out + 14, second / 60 % 60, 2);
    out[16] = ':';
    digits(out + 17, second % 60, 2);
    out[19] = 'Z';
}

int formatPhone(const char* pattern, quint64 random, char* out)
{
    int length = 0;
    for (; *pattern; ++pattern, ++length) {
        out[length] = *pattern == '#' ? char('0' + random % 10) : *pattern;
        random = *pattern == '#' ? random / 10 : random;
    }
    return length;
}

void foldEmail(char* email, int length)
{
    for (int c = 0; c < length; ++c)
        email[c] = email[c] == ' ' ? '-' : char(email[c] >= 'A' && email[c] <= 'Z' ? email[c] + 32 : email[c]);
}

} // namespace mentordesk::demo
