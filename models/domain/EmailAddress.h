// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mentordesk {

/// True when `address` looks like a deliverable e-mail address (local@domain.tld). The one rule
/// for editing records and for importing them.
bool isValidEmail(const QString& address);

} // namespace mentordesk
