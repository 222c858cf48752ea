// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

/// Every QSettings key MentorDesk reads or writes, in one place: a key renamed in one file and not
/// in another silently loses the user's setting, and the headless commands read keys the window
/// writes (the user's name, the wizard's profiles).
namespace mentordesk::SettingsKeys {

/// The program the window opened last; the window reopens it. Commands never read it: a command
/// must not write into whichever program the window happened to open last.
inline constexpr QLatin1String lastProgram{"lastProgram"};
/// File ▸ Open Recent, most recent first.
inline constexpr QLatin1String recentPrograms{"recentPrograms"};
/// Who is at the desk, recorded with every edit and import (see currentActor()).
inline constexpr QLatin1String userName{"user/name"};

inline constexpr QLatin1String mainWindowGeometry{"mainWindow/geometry"};
inline constexpr QLatin1String mainWindowState{"mainWindow/state"};
inline constexpr QLatin1String mainWindowWorkspace{"mainWindow/workspace"};
inline constexpr QLatin1String importHistoryGeometry{"importHistory/geometry"};

inline constexpr QLatin1String importWizardSize{"importWizard/size"};
inline constexpr QLatin1String importWizardLastKind{"importWizard/lastKind"};
inline constexpr QLatin1String importWizardLastDirectory{"importWizard/lastDirectory"};
inline constexpr QLatin1String importWizardLastReportDirectory{"importWizard/lastReportDirectory"};
inline constexpr QLatin1String importWizardDuplicatePolicy{"importWizard/duplicatePolicy"};

/// The folder File ▸ Export Calendar… and Import Calendar… used last.
inline constexpr QLatin1String calendarLastDirectory{"calendar/lastDirectory"};

inline constexpr QLatin1String matchWizardSize{"matchWizard/size"};
/// The weights and rules of the last run, as a weights file (MatchRulesFile), offered next time.
inline constexpr QLatin1String matchWizardRules{"matchWizard/rules"};

/// The group of the mapping profiles saved for one kind of file ("sellers" or "metrics"); each key
/// in it is a profile's name, its value the profile's JSON. `mentordesk import --profile` reads it.
inline QString importProfilesGroup(const QString& kindName)
{
    return QStringLiteral("importProfiles/") + kindName;
}

/// A workspace's own state (`name` is "header" or "splitter"), per entity ("seller", "mentor" …).
inline QString workspaceKey(const QString& entity, const QString& name)
{
    return QStringLiteral("workspaces/%1/%2").arg(entity, name);
}

/// The Calendar's filter `name` ("mentor", "mentee", "cohort", "kind", "status") in the program
/// `programKey` (a digest of its path), so each program reopens with its own filters.
inline QString calendarFilterKey(const QString& programKey, const QString& name)
{
    return QStringLiteral("calendar/filters/%1/%2").arg(programKey, name);
}

/// A dashboard setting `name` ("cohort", "category", "mentor", "enrolledFrom", "enrolledTo",
/// "asOf", "comparison", "tab", "metric") in the program `programKey` (a digest of its path, as
/// for the Calendar's filters), so each program reopens its dashboards as they were left.
inline QString dashboardsKey(const QString& programKey, const QString& name)
{
    return QStringLiteral("dashboards/%1/%2").arg(programKey, name);
}

} // namespace mentordesk::SettingsKeys
