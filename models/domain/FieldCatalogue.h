// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldSpec.h"

#include <QVector>

namespace mentordesk {

/// The one field catalogue of a program: every column of sellers, metric snapshots, mentors,
/// cohorts and pairings that the application shows, edits, imports or restores, as data. The
/// workspaces (WorkspaceSpecs), the import fields (ImportField), the import writer, undo of an
/// import batch and the detail models all read it; adding a field is one entry here plus a
/// migration in models/storage/schema. Entries are in the order the workspaces and the import
/// list them, and fieldCatalogue().at(int(id)) is the entry of `id`.
const QVector<FieldSpec>& fieldCatalogue();

const FieldSpec& catalogueField(FieldId id);
/// The column name of `id`.
inline const QString& fieldKey(FieldId id)
{
    return catalogueField(id).key;
}
/// The table the records of `kind` are stored in.
QString tableName(EntityKind table);
/// The entry of `table` named `key`, or nullptr.
const FieldSpec* findCatalogueField(EntityKind table, const QString& key);

} // namespace mentordesk
