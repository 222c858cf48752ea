// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailAddress.h"

#include <QRegularExpression>

namespace mentordesk {

bool isValidEmail(const QString& address)
{
    // The local part may not start or end with a dot; the domain needs a dot and a 2+ letter TLD.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-](?:[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]*[A-Za-z0-9!#$%&'*+/=?^_`{|}~-])?)"
        R"(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
        R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,}$)"));
    return address.size() <= 254 && !address.contains(QLatin1String("..")) && pattern.match(address).hasMatch();
}

} // namespace mentordesk
