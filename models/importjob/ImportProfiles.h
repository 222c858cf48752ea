// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/MappingProfile.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace mentordesk {

/// The named mapping profiles the wizard saves, in QSettings under
/// SettingsKeys::importProfilesGroup() + "/<name>" as MappingProfile::toJsonBytes(): the key and
/// format `mentordesk import --profile NAME` reads (through ImportPreparation), so keep them.
class ImportProfiles {
    Q_DECLARE_TR_FUNCTIONS(ImportProfiles)
public:
    /// The saved names of `kind`, sorted.
    static QStringList names(ImportKind kind);
    static std::optional<MappingProfile> load(ImportKind kind, const QString& name, QString* error);
    /// Saves `profile` under its name; false with a sentence when the name cannot be a key.
    static bool save(const MappingProfile& profile, QString* error);
    static void remove(ImportKind kind, const QString& name);
    static bool exists(ImportKind kind, const QString& name);
    /// Whether `name` can name a profile: not empty, no slash or backslash (they separate keys).
    static bool isValidName(const QString& name, QString* error);

private:
    static QString group(ImportKind kind);
};

} // namespace mentordesk
