// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityKind.h"

#include <iterator>

namespace mentordesk {

namespace {

struct StoredText {
    EntityKind kind;
    const char* text;
};

// The one mapping between kinds and stored texts; the texts are part of the file format.
constexpr StoredText kStoredTexts[] = {
    {EntityKind::Seller, "seller"},
    {EntityKind::Mentor, "mentor"},
    {EntityKind::Cohort, "cohort"},
    {EntityKind::Pairing, "pairing"},
    {EntityKind::MetricSnapshot, "snapshot"},
    {EntityKind::ImportBatch, "import_batch"},
    {EntityKind::MatchRun, "match_run"},
    {EntityKind::MatchPreset, "match_preset"},
    {EntityKind::RelatedCategory, "related_category"},
    {EntityKind::Touchpoint, "touchpoint"},
    {EntityKind::TouchpointSeries, "touchpoint_series"},
    {EntityKind::RoundtableAttendance, "roundtable_attendance"},
    {EntityKind::ChecklistTemplate, "checklist_template"},
    {EntityKind::ChecklistTemplateItem, "checklist_template_item"},
    {EntityKind::ChecklistItem, "checklist_item"},
    {EntityKind::Feedback, "feedback"},
    {EntityKind::Resource, "resource"},
};

} // namespace

QString entityText(EntityKind kind)
{
    for (const StoredText& stored : kStoredTexts) {
        if (stored.kind == kind)
            return QLatin1String(stored.text);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<EntityKind> entityKindFromText(QStringView text)
{
    for (const StoredText& stored : kStoredTexts) {
        if (text == QLatin1String(stored.text))
            return stored.kind;
    }
    return std::nullopt;
}

} // namespace mentordesk
