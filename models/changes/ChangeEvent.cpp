// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeEvent.h"

namespace mentordesk {

namespace {

ChangeEvent make(ChangeEvent::Type type, EntityKinds entities, QVector<qint64> ids)
{
    ChangeEvent event;
    event.type = type;
    event.entities = entities;
    event.ids = std::move(ids);
    return event;
}

// An import writes sellers and their snapshots; its undo takes the same away or puts them back.
constexpr EntityKinds kImportedKinds = EntityKinds(EntityKind::Seller) | EntityKind::MetricSnapshot;

} // namespace

ChangeEvent ChangeEvent::fieldsEdited(EntityKind kind, QVector<qint64> ids, QStringList fields)
{
    ChangeEvent event = make(Type::FieldsEdited, kind, std::move(ids));
    event.fields = std::move(fields);
    return event;
}

ChangeEvent ChangeEvent::recordAdded(EntityKind kind, qint64 id)
{
    return make(Type::RecordsAdded, kind, {id});
}

ChangeEvent ChangeEvent::recordRemoved(EntityKind kind, qint64 id)
{
    return make(Type::RecordsRemoved, kind, {id});
}

ChangeEvent ChangeEvent::imported(qint64 batchId)
{
    ChangeEvent event = make(Type::Imported, kImportedKinds, {});
    event.importBatchId = batchId;
    return event;
}

ChangeEvent ChangeEvent::importUndone(qint64 batchId)
{
    ChangeEvent event = make(Type::ImportUndone, kImportedKinds, {});
    event.importBatchId = batchId;
    return event;
}

ChangeEvent ChangeEvent::mentorImportUndone(qint64 batchId)
{
    ChangeEvent event = make(Type::ImportUndone, EntityKind::Mentor, {});
    event.importBatchId = batchId;
    return event;
}

} // namespace mentordesk
