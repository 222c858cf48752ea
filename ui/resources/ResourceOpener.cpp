// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceOpener.h"

#include "editing/ProgramEditor.h"
#include "resources/ResourceEditor.h"
#include "resources/ResourceRepository.h"

#include <QDesktopServices>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace mentordesk {

QString ResourceOpener::open(ProgramEditor& editor, qint64 resourceId)
{
    const std::optional<ResourceRecord> stored = ResourceRepository(editor.records()).resource(resourceId);
    if (!stored)
        return tr("The resource no longer exists; it may have been deleted.");
    if (stored->isLink())
        return QDesktopServices::openUrl(QUrl(stored->url)) ? QString()
                                                            : tr("No program could open %1.").arg(stored->url);
    // A folder per resource keeps the file's own name (the viewer shows it) without collisions.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                               .filePath(QStringLiteral("resources/%1").arg(resourceId));
    if (!QDir().mkpath(folder))
        return tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder));
    const QString path = QDir(folder).filePath(stored->fileName);
    ResourceEditor resources(editor);
    if (!resources.exportFile(resourceId, path))
        return resources.errorString();
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path)) ? QString()
                                                                : tr("No program could open %1.").arg(stored->fileName);
}

} // namespace mentordesk
