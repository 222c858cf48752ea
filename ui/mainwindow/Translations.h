// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace mentordesk {

/// Installs Qt's and MentorDesk's translations for the user's locale. English plural forms
/// ("1 seller", "2 sellers") are always installed underneath, for locales without a translation.
void installTranslators(QCoreApplication& app);

} // namespace mentordesk
