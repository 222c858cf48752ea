// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResourceRecords.h"

#include <QCoreApplication>

namespace mentordesk {

class ProgramEditor;

/// What a coordinator enters for a resource besides its link or file.
struct ResourceDetails {
    QString title; ///< For a file, empty: the file's name.
    QString kind;  ///< A code of ResourceKinds::codes(); empty: "link" for a link, "document" for a file.
    QString category;
    QString tags; ///< Comma-separated.
};

/// The resource library's edits, each one undoable, audited step on the program editor's undo
/// stack, published on its change feed (ResourceCommand). Each is checked first and refused with
/// a sentence (errorString), writing nothing, when it cannot be done.
class ResourceEditor {
    Q_DECLARE_TR_FUNCTIONS(ResourceEditor)
public:
    explicit ResourceEditor(ProgramEditor& editor);

    /// Adds a link (http, https or mailto); returns its id, or 0.
    qint64 addLink(const ResourceDetails& details, const QString& url);
    /// Copies the file at `path` into the program (at most ResourceKinds::kMaxFileBytes); returns
    /// its id, or 0 when it cannot be read or is too large.
    qint64 addFile(const ResourceDetails& details, const QString& path);
    /// Changes title, kind, category and tags; the link or file stays.
    bool edit(qint64 id, const ResourceDetails& details);
    /// Deletes a resource with its attachments (an undo brings back both, and the content).
    bool remove(qint64 id);
    bool attachToTouchpoint(qint64 resourceId, qint64 touchpointId);
    bool attachToTemplateItem(qint64 resourceId, qint64 templateItemId);
    bool detach(const ResourceAttachment& attachment);
    /// Writes a file resource's content to `path` atomically (for the system's viewer); not a
    /// step of the undo stack.
    bool exportFile(qint64 id, const QString& path);

    /// Empty when `url` is an http, https or mailto address a viewer can open; else the sentence
    /// saying what is wrong with it.
    static QString urlProblem(const QString& url);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    bool checkDetails(const ResourceDetails& details, bool titleRequired);
    qint64 addResource(ResourceRecord record, const QString& text);
    bool attach(const ResourceAttachment& attachment);
    bool commit(const QString& text, ResourceRows before, ResourceRows after);

    ProgramEditor& m_editor;
    QString m_error;
};

} // namespace mentordesk
