// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace mentordesk {

/// One entry of the resource library (table resources): a link (url) or a file stored in the
/// program (content, with its name, type and size). `content` is empty in listings, which never
/// read the blobs.
struct ResourceRecord {
    qint64 id = 0;
    QString title;
    QString kind; ///< A code of ResourceKinds::codes().
    QString category;
    QString tags; ///< Comma-separated, as ResourceKinds::normalizedTags() writes them.
    QString url;  ///< Empty for a file.
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QByteArray content;
    QString createdUtc;

    bool isLink() const { return !url.isEmpty(); }
    bool operator==(const ResourceRecord& other) const;
    bool operator!=(const ResourceRecord& other) const { return !(*this == other); }
};

/// A resource handed out with a touchpoint or with a checklist template item (exactly one of the
/// two ids is non-zero).
struct ResourceAttachment {
    qint64 resourceId = 0;
    qint64 touchpointId = 0;
    qint64 templateItemId = 0;

    bool operator==(const ResourceAttachment& other) const
    {
        return resourceId == other.resourceId && touchpointId == other.touchpointId &&
               templateItemId == other.templateItemId;
    }
};

/// The rows one resource command writes (before or after it).
struct ResourceRows {
    QVector<ResourceRecord> resources;
    QVector<ResourceAttachment> attachments;
};

/// The library's vocabulary: kinds, the size limit, tags.
class ResourceKinds {
    Q_DECLARE_TR_FUNCTIONS(ResourceKinds)
public:
    /// Files are copied into the program, so a limit keeps a program file mailable and quick to
    /// back up; the schema's CHECK holds the same number.
    static constexpr qint64 kMaxFileBytes = 20 * 1024 * 1024;

    /// The stored codes: document, playbook, checklist, benchmark, link.
    static QStringList codes();
    /// The translated label of a code ("Benchmark data"); the code itself when unknown.
    static QString label(const QString& code);
    /// "pricing, , Listings ,pricing" → "pricing, Listings": trimmed, empty and repeated tags
    /// (case-insensitively) dropped, in the order given.
    static QString normalizedTags(const QString& tags);
};

} // namespace mentordesk
