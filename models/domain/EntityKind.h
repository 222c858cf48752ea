// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QString>

#include <optional>

namespace mentordesk {

/// The kinds of record the program stores. Matching and the calendar add theirs here, so that
/// every writer and listener names a kind with the compiler's help instead of by a string.
enum class EntityKind : unsigned {
    Seller = 0x01,
    Mentor = 0x02,
    Cohort = 0x04,
    Pairing = 0x08,
    MetricSnapshot = 0x10,
    ImportBatch = 0x20,
    MatchRun = 0x40,         ///< a stored match run with its proposals (match_runs)
    MatchPreset = 0x80,      ///< a named weight preset (match_weight_presets)
    RelatedCategory = 0x100, ///< a pair of related categories (related_categories)
    // The calendar (schema version 6).
    Touchpoint = 0x200,           ///< a scheduled or logged contact (touchpoints)
    TouchpointSeries = 0x400,     ///< a recurring touchpoint's rule and exceptions (touchpoint_series)
    RoundtableAttendance = 0x800, ///< who of a cohort came to a roundtable (roundtable_attendance)
    // The checklists and feedback (schema version 7).
    ChecklistTemplate = 0x1000,     ///< a 30/60/90-day plan (checklist_templates)
    ChecklistTemplateItem = 0x2000, ///< an item of a plan (checklist_template_items)
    ChecklistItem = 0x4000,         ///< an item of a pairing's checklist (checklist_items)
    Feedback = 0x8000,              ///< a rating given in a pairing (feedback)
    // The resource library (schema version 7).
    Resource = 0x10000, ///< a link or stored file of the library, with its attachments (resources)
};
Q_DECLARE_FLAGS(EntityKinds, EntityKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(EntityKinds)

/// The text a kind is stored under in audit_log.entity and import_batch_changes.entity
/// ("seller", "snapshot", "import_batch", …). Program files written before the kinds were typed
/// use the same texts, so they read the same.
QString entityText(EntityKind kind);
/// The kind stored as `text`, or nothing for a text no kind is stored under.
std::optional<EntityKind> entityKindFromText(QStringView text);

} // namespace mentordesk
