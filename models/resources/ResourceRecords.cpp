// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceRecords.h"

#include <iterator>

namespace mentordesk {

namespace {

struct KindLabel {
    const char* code;
    const char* label;
};

constexpr KindLabel kKinds[] = {
    {"document", QT_TRANSLATE_NOOP("ResourceKinds", "Document")},
    {"playbook", QT_TRANSLATE_NOOP("ResourceKinds", "Playbook")},
    {"checklist", QT_TRANSLATE_NOOP("ResourceKinds", "Checklist")},
    {"benchmark", QT_TRANSLATE_NOOP("ResourceKinds", "Benchmark data")},
    {"link", QT_TRANSLATE_NOOP("ResourceKinds", "Link")},
};

} // namespace

bool ResourceRecord::operator==(const ResourceRecord& other) const
{
    return id == other.id && title == other.title && kind == other.kind && category == other.category &&
           tags == other.tags && url == other.url && fileName == other.fileName && mimeType == other.mimeType &&
           sizeBytes == other.sizeBytes && content == other.content && createdUtc == other.createdUtc;
}

QStringList ResourceKinds::codes()
{
    QStringList result;
    for (const KindLabel& kind : kKinds)
        result << QLatin1String(kind.code);
    return result;
}

QString ResourceKinds::label(const QString& code)
{
    for (const KindLabel& kind : kKinds) {
        if (code == QLatin1String(kind.code))
            return tr(kind.label);
    }
    return code;
}

QString ResourceKinds::normalizedTags(const QString& tags)
{
    QStringList kept;
    for (const QString& tag : tags.split(QLatin1Char(','))) {
        const QString trimmed = tag.simplified();
        if (!trimmed.isEmpty() && !kept.contains(trimmed, Qt::CaseInsensitive))
            kept << trimmed;
    }
    return kept.join(QStringLiteral(", "));
}

} // namespace mentordesk
