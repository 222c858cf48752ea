// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace mentordesk {

class ProgramEditor;

/// Opens a resource with the system: a link in the browser or mail program, a file from a copy
/// in the cache folder (QStandardPaths::CacheLocation/resources/<id>/<file name>) with the viewer
/// for its type. Shared by the Resources page and the touchpoint's Resources line.
class ResourceOpener {
    Q_DECLARE_TR_FUNCTIONS(ResourceOpener)
public:
    /// Empty when opened; else the sentence saying why not.
    static QString open(ProgramEditor& editor, qint64 resourceId);
};

} // namespace mentordesk
