// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mentordesk {

/// `text` for a LIKE pattern with `ESCAPE '\'`: the wildcards % and _ and the escape character
/// itself match only themselves, so a search for "50%_off" finds that text and nothing else.
inline QString escapedForLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

} // namespace mentordesk
