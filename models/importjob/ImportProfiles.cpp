// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportProfiles.h"

#include "settings/SettingsKeys.h"

#include <QSettings>

namespace mentordesk {

QString ImportProfiles::group(ImportKind kind)
{
    return SettingsKeys::importProfilesGroup(MappingProfile::kindName(kind));
}

QStringList ImportProfiles::names(ImportKind kind)
{
    QSettings settings;
    settings.beginGroup(group(kind));
    QStringList names = settings.childKeys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<MappingProfile> ImportProfiles::load(ImportKind kind, const QString& name, QString* error)
{
    const QByteArray json = QSettings().value(group(kind) + QLatin1Char('/') + name).toByteArray();
    if (json.isEmpty()) {
        *error = tr("There is no saved profile “%1”.").arg(name);
        return std::nullopt;
    }
    QString reason;
    std::optional<MappingProfile> profile = MappingProfile::fromJsonBytes(json, &reason);
    if (!profile) {
        *error = tr("The saved profile “%1” cannot be read: %2").arg(name, reason);
        return std::nullopt;
    }
    if (profile->kind != kind) {
        *error = tr("The saved profile “%1” is for another kind of file.").arg(name);
        return std::nullopt;
    }
    return profile;
}

bool ImportProfiles::save(const MappingProfile& profile, QString* error)
{
    if (!isValidName(profile.name, error))
        return false;
    QSettings().setValue(group(profile.kind) + QLatin1Char('/') + profile.name, profile.toJsonBytes());
    return true;
}

void ImportProfiles::remove(ImportKind kind, const QString& name)
{
    QSettings().remove(group(kind) + QLatin1Char('/') + name);
}

bool ImportProfiles::exists(ImportKind kind, const QString& name)
{
    return QSettings().contains(group(kind) + QLatin1Char('/') + name);
}

bool ImportProfiles::isValidName(const QString& name, QString* error)
{
    if (name.trimmed().isEmpty()) {
        *error = tr("Give the profile a name.");
        return false;
    }
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        *error = tr("A profile name cannot contain “/” or “\\”.");
        return false;
    }
    return true;
}

} // namespace mentordesk
