// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mentordesk {

/// Who is working: the name set in the settings (SettingsKeys::userName), else the account's
/// login name ($USER, $USERNAME on Windows), else "coordinator". The window and the headless
/// commands both ask here, so an import from a script is recorded under the same name as one
/// from the wizard.
QString currentActor();

} // namespace mentordesk
