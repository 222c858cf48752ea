// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoHelpers.h"

#include <cmath>
#include <string_view>

namespace mentordesk::demo {

QString text(const char* utf8)
{
    return *utf8 ? QString::fromUtf8(utf8) : QStringLiteral("");
}

bool is(const char* value, const char* expected)
{
    return value && std::string_view(value) == expected;
}

double rounded(double value, double scale)
{
    return std::round(value * scale) / scale;
}

void normalise(QDate* day, int* second)
{
    *day = day->addDays(*second >= 0 ? *second / 86400 : -1 - (-*second - 1) / 86400);
    *second = ((*second % 86400) + 86400) % 86400;
}

QString asciiFold(const QString& name)
{
    QString folded;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            folded += QChar(u);
        else if (u == u'ł')
            folded += QLatin1Char('l');
        else if (u == u'ß')
            folded += QLatin1String("ss");
    }
    return folded;
}

} // namespace mentordesk::demo
