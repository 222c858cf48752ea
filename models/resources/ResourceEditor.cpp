// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceEditor.h"

#include "editing/ProgramEditor.h"
#include "ResourceCommand.h"
#include "ResourceRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QUrl>

namespace mentordesk {

ResourceEditor::ResourceEditor(ProgramEditor& editor)
    : m_editor(editor)
{
}

bool ResourceEditor::fail(const QString& message)
{
    m_error = message;
    return false;
}

QString ResourceEditor::urlProblem(const QString& url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (url.trimmed().isEmpty())
        return tr("Enter the address of the link.");
    if (!parsed.isValid())
        return tr("“%1” is not a valid address.").arg(url.trimmed());
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto"))
        return tr("“%1” is not a web or e-mail address; links start with http://, https:// or mailto:.")
            .arg(url.trimmed());
    if (scheme == QLatin1String("mailto") ? parsed.path().isEmpty() : parsed.host().isEmpty())
        return tr("“%1” names no site or recipient.").arg(url.trimmed());
    return {};
}

bool ResourceEditor::checkDetails(const ResourceDetails& details, bool titleRequired)
{
    m_error.clear();
    // A file without a title is named after the file.
    if (titleRequired && details.title.trimmed().isEmpty())
        return fail(tr("Give the resource a title."));
    if (!details.kind.isEmpty() && !ResourceKinds::codes().contains(details.kind))
        return fail(tr("“%1” is not a kind of resource.").arg(details.kind));
    return true;
}

qint64 ResourceEditor::addResource(ResourceRecord record, const QString& text)
{
    ResourceRepository repository(m_editor.records());
    record.id = repository.nextId();
    record.createdUtc = RecordRepository::nowUtc();
    ResourceRows after;
    after.resources << record;
    return commit(text, {}, after) ? record.id : 0;
}

qint64 ResourceEditor::addLink(const ResourceDetails& details, const QString& url)
{
    if (!checkDetails(details, true))
        return 0;
    const QString problem = urlProblem(url);
    if (!problem.isEmpty())
        return fail(problem);
    ResourceRecord record;
    record.title = details.title.trimmed();
    record.kind = details.kind.isEmpty() ? QStringLiteral("link") : details.kind;
    record.category = details.category.trimmed();
    record.tags = ResourceKinds::normalizedTags(details.tags);
    record.url = url.trimmed();
    return addResource(record, tr("Add link “%1”").arg(record.title));
}

qint64 ResourceEditor::addFile(const ResourceDetails& details, const QString& path)
{
    if (!checkDetails(details, false))
        return 0;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile())
        return fail(tr("“%1” cannot be added: there is no such file.").arg(QDir::toNativeSeparators(path)));
    if (info.size() > ResourceKinds::kMaxFileBytes) {
        const QLocale locale;
        return fail(tr("“%1” is %2, more than the %3 a resource may have; link to it instead, or add a smaller "
                       "file.")
                        .arg(name, locale.formattedDataSize(info.size()),
                             locale.formattedDataSize(ResourceKinds::kMaxFileBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("“%1” cannot be read: %2").arg(name, file.errorString()));
    // Read one byte past the limit: a file that grew since it was looked at is refused too.
    ResourceRecord record;
    record.content = file.read(ResourceKinds::kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(tr("“%1” cannot be read: %2").arg(name, file.errorString()));
    if (record.content.size() > ResourceKinds::kMaxFileBytes)
        return fail(tr("“%1” grew past the size a resource may have while it was read; add a smaller file.").arg(name));
    record.title = details.title.trimmed().isEmpty() ? name : details.title.trimmed();
    record.kind = details.kind.isEmpty() ? QStringLiteral("document") : details.kind;
    record.category = details.category.trimmed();
    record.tags = ResourceKinds::normalizedTags(details.tags);
    record.fileName = name;
    record.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(name, record.content).name();
    record.sizeBytes = record.content.size();
    return addResource(record, tr("Add file “%1”").arg(record.title));
}

bool ResourceEditor::edit(qint64 id, const ResourceDetails& details)
{
    ResourceRepository repository(m_editor.records());
    const std::optional<ResourceRecord> before = repository.resource(id);
    if (!before)
        return fail(tr("The resource no longer exists; it may have been deleted."));
    if (!checkDetails(details, true))
        return false;
    ResourceRecord after = *before;
    after.title = details.title.trimmed();
    if (!details.kind.isEmpty())
        after.kind = details.kind;
    after.category = details.category.trimmed();
    after.tags = ResourceKinds::normalizedTags(details.tags);
    if (after == *before)
        return true;
    return commit(tr("Edit resource “%1”").arg(after.title), {{*before}, {}}, {{after}, {}});
}

bool ResourceEditor::remove(qint64 id)
{
    m_error.clear();
    ResourceRepository repository(m_editor.records());
    const std::optional<ResourceRecord> before = repository.resource(id);
    if (!before)
        return fail(tr("The resource no longer exists; it may have been deleted."));
    return commit(tr("Delete resource “%1”").arg(before->title), {{*before}, repository.attachments(id)}, {});
}

bool ResourceEditor::attach(const ResourceAttachment& attachment)
{
    m_error.clear();
    ResourceRepository repository(m_editor.records());
    const std::optional<ResourceRecord> resource = repository.resource(attachment.resourceId);
    if (!resource)
        return fail(tr("The resource no longer exists; it may have been deleted."));
    if (attachment.touchpointId ? !repository.touchpointExists(attachment.touchpointId)
                                : !repository.templateItemExists(attachment.templateItemId))
        return fail(attachment.touchpointId ? tr("The touchpoint no longer exists; it may have been deleted.")
                                            : tr("The checklist item no longer exists; it may have been deleted."));
    if (repository.attachments(attachment.resourceId).contains(attachment))
        return fail(tr("“%1” is attached there already.").arg(resource->title));
    return commit(tr("Attach “%1”").arg(resource->title), {}, {{}, {attachment}});
}

bool ResourceEditor::attachToTouchpoint(qint64 resourceId, qint64 touchpointId)
{
    return attach(ResourceAttachment{resourceId, touchpointId, 0});
}

bool ResourceEditor::attachToTemplateItem(qint64 resourceId, qint64 templateItemId)
{
    return attach(ResourceAttachment{resourceId, 0, templateItemId});
}

bool ResourceEditor::detach(const ResourceAttachment& attachment)
{
    m_error.clear();
    ResourceRepository repository(m_editor.records());
    const std::optional<ResourceRecord> resource = repository.resource(attachment.resourceId);
    if (!resource || !repository.attachments(attachment.resourceId).contains(attachment))
        return fail(tr("The resource is not attached there (any more)."));
    return commit(tr("Detach “%1”").arg(resource->title), {{}, {attachment}}, {});
}

bool ResourceEditor::exportFile(qint64 id, const QString& path)
{
    m_error.clear();
    const std::optional<ResourceRecord> resource = ResourceRepository(m_editor.records()).resource(id);
    if (!resource)
        return fail(tr("The resource no longer exists; it may have been deleted."));
    if (resource->isLink())
        return fail(tr("“%1” is a link, not a stored file.").arg(resource->title));
    // QSaveFile writes beside the target and renames over it: a viewer never sees half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(resource->content) != resource->content.size() || !file.commit())
        return fail(tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

bool ResourceEditor::commit(const QString& text, ResourceRows before, ResourceRows after)
{
    const QString error = ResourceCommand::commit(
        m_editor, std::make_unique<ResourceCommand>(&m_editor, text, std::move(before), std::move(after)));
    return error.isEmpty() || fail(error);
}

} // namespace mentordesk
