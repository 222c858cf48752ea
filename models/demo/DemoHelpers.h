// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// Small conversions every part of the demo program uses.
namespace mentordesk::demo {

// Never a null QString: Qt binds those as NULL, and the text columns are NOT NULL.
QString text(const char* utf8);
// The records keep their codes as C strings from the vocabulary; a null one matches nothing.
bool is(const char* value, const char* expected);
// To the nearest 1/scale, as the program's columns store it.
double rounded(double value, double scale);
// Brings a time of day computed across midnight (local to UTC) back into [0, 86400).
void normalise(QDate* day, int* second);
// E-mail addresses and domains need ASCII: "Łukasz Wiśniewski" becomes "lukasz", "wisniewski".
QString asciiFold(const QString& name);

} // namespace mentordesk::demo
