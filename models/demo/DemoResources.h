// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace mentordesk::demo {

/// Writes the demo's resource library: links to (made-up, example.org) marketplace seller-help
/// pages, a benchmark CSV generated from the demo's categories and a short Markdown playbook,
/// two of them attached to items of the demo's checklist template (ids 1…11, see
/// kTemplateItems). Everything is derived from constants, so the demo stays byte for byte the
/// same. `createdUtc` stamps every row.
bool writeDemoResources(QSqlDatabase& db, const QString& createdUtc, QString* error);

} // namespace mentordesk::demo
