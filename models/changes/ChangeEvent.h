// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EntityKind.h"

#include <QMetaType>
#include <QStringList>
#include <QVector>

namespace mentordesk {

/// What one write changed in a program: published on the program's ChangeFeed by whoever wrote
/// (an edit, its undo or redo, an import, the undo of an import) so that views and models refresh
/// what it touched, without knowing who wrote it.
struct ChangeEvent {
    enum class Type {
        FieldsEdited,   ///< values of existing records changed
        RecordsAdded,   ///< records appeared (an add, or the undo of a delete)
        RecordsRemoved, ///< records went (a delete, or the undo of an add)
        Imported,       ///< an import batch committed: many records at once
        ImportUndone,   ///< an import batch was undone as a whole
    };

    Type type = Type::FieldsEdited;
    EntityKinds entities;
    /// The records of the changed kind (edits, adds and removes name exactly one kind); empty when
    /// many or unknown records changed, and listeners then read everything of that kind again.
    QVector<qint64> ids;
    /// Keys of the edited fields; empty when any field may have changed.
    QStringList fields;
    qint64 importBatchId = 0; ///< for Imported and ImportUndone

    bool affects(EntityKind kind) const { return entities.testFlag(kind); }
    /// Many records at once (an import or its undo): listeners re-read rather than patch rows.
    bool isBulk() const { return type == Type::Imported || type == Type::ImportUndone; }

    static ChangeEvent fieldsEdited(EntityKind kind, QVector<qint64> ids, QStringList fields);
    static ChangeEvent recordAdded(EntityKind kind, qint64 id);
    static ChangeEvent recordRemoved(EntityKind kind, qint64 id);
    static ChangeEvent imported(qint64 batchId);
    static ChangeEvent importUndone(qint64 batchId);
    /// The undo of a mentor import (its mentors went or got their values back).
    static ChangeEvent mentorImportUndone(qint64 batchId);
};

} // namespace mentordesk

Q_DECLARE_METATYPE(mentordesk::ChangeEvent)
