// SPDX-License-Identifier: GPL-3.0-or-later
#include "CurrentActor.h"

#include "SettingsKeys.h"

#include <QSettings>

namespace mentordesk {

QString currentActor()
{
    const QString configured = QSettings().value(SettingsKeys::userName).toString();
    if (!configured.isEmpty())
        return configured;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("coordinator") : user;
}

} // namespace mentordesk
