// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// The generator's dates are days since 1970-01-01, formatted straight into char buffers: QDate
// and QString are too slow for ten million rows.
namespace mentordesk::demo {

/// Days since 1970-01-01 to a civil date.
void civil(qint64 days, int* year, int* month, int* day);
/// The first day of the month `monthsLater` months after the one `days` lies in.
qint64 firstOfMonth(qint64 days, int monthsLater);
/// "yyyy-MM-dd" into out[0..9].
void formatDate(qint64 days, char* out);
/// "yyyy-MM-ddTHH:mm:ssZ" into out[0..19].
void formatStamp(qint64 days, int second, char* out);
/// The pattern with each '#' replaced by the next decimal digit of `random`; returns the length.
int formatPhone(const char* pattern, quint64 random, char* out);
/// Lower case, and hyphens for the spaces of names like "de Vries".
void foldEmail(char* email, int length);

} // namespace mentordesk::demo
