// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResourceRecords.h"

#include <QCoreApplication>
#include <QVariantList>

#include <optional>

namespace mentordesk {

class RecordRepository;

/// Reads and writes the resource library (resources, resource_attachments), each write with its
/// audit-log rows in one transaction. Writes are optimistic like the calendar's: `write(from,
/// to)` is refused with a sentence when any row named differs from `from` (another window,
/// another desk), so an undo never overwrites what was done meanwhile.
class ResourceRepository {
    Q_DECLARE_TR_FUNCTIONS(ResourceRepository)
public:
    explicit ResourceRepository(RecordRepository& records);

    /// The resource with its content, or nothing.
    std::optional<ResourceRecord> resource(qint64 id) const;
    /// Where a resource is attached.
    QVector<ResourceAttachment> attachments(qint64 resourceId) const;
    /// The resources (without content) attached to a touchpoint or to a checklist template item,
    /// by title.
    QVector<ResourceRecord> attachedToTouchpoint(qint64 touchpointId) const;
    QVector<ResourceRecord> attachedToTemplateItem(qint64 templateItemId) const;
    /// The library without content, by title: those whose title, category, tags, file name or
    /// address contain `text` (any case), of `kind` when not empty.
    QVector<ResourceRecord> list(const QString& text = {}, const QString& kind = {}) const;
    bool touchpointExists(qint64 id) const;
    bool templateItemExists(qint64 id) const;

    /// The id the next new resource gets (max + 1), so a command's redo writes the same id.
    qint64 nextId() const;

    /// Writes `to` over the rows named in `from` and `to` (only in `from`: deleted; only in
    /// `to`: inserted; in both: updated), refused unless each is stored as `from` has it.
    bool write(const ResourceRows& from, const ResourceRows& to);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    bool unchanged(const ResourceRows& from, const ResourceRows& to);
    bool attachmentStored(const ResourceAttachment& attachment) const;
    bool removeRows(const ResourceRows& from, const ResourceRows& to);
    bool storeRows(const ResourceRows& from, const ResourceRows& to);
    bool storeResource(const ResourceRecord* before, const ResourceRecord& after);
    bool execute(const QString& sql, const QVariantList& values);
    QVector<ResourceRecord> listed(const QString& sql, const QVariantList& values) const;
    bool audit(qint64 id, const QString& field, const QVariant& before, const QVariant& after);

    RecordRepository& m_records;
    QString m_error;
};

} // namespace mentordesk
