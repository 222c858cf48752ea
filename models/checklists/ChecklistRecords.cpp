// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistRecords.h"

namespace mentordesk {

bool ChecklistRow::sameValues(const ChecklistRow& other) const
{
    if (kind != other.kind || values.keys() != other.values.keys())
        return false;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QVariant& theirs = other.values.value(it.key());
        // Text comparison: SQLite hands back 5 as a qlonglong where the command wrote an int.
        if (it.value().isNull() != theirs.isNull() || it.value().toString() != theirs.toString())
            return false;
    }
    return true;
}

QString ChecklistRow::tableOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::ChecklistTemplate:
        return QStringLiteral("checklist_templates");
    case EntityKind::ChecklistTemplateItem:
        return QStringLiteral("checklist_template_items");
    case EntityKind::Feedback:
        return QStringLiteral("feedback");
    case EntityKind::Resource:
        return QStringLiteral("resource_attachments");
    default:
        return QStringLiteral("checklist_items");
    }
}

QStringList ChecklistRow::columnsOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::ChecklistTemplate:
        return {QStringLiteral("name"), QStringLiteral("created_utc"), QStringLiteral("is_default")};
    case EntityKind::ChecklistTemplateItem:
        return {QStringLiteral("template_id"), QStringLiteral("day_offset"), QStringLiteral("position"),
                QStringLiteral("title")};
    case EntityKind::Feedback:
        return {QStringLiteral("pairing_id"), QStringLiteral("direction"), QStringLiteral("rating"),
                QStringLiteral("comment"), QStringLiteral("given_on")};
    case EntityKind::Resource:
        return {QStringLiteral("resource_id"), QStringLiteral("touchpoint_id"),
                QStringLiteral("checklist_template_item_id")};
    default:
        return {QStringLiteral("pairing_id"), QStringLiteral("template_item_id"), QStringLiteral("day_offset"),
                QStringLiteral("title"),      QStringLiteral("due_date"),         QStringLiteral("done_on")};
    }
}

QString FeedbackEntry::directionCode(FeedbackDirection direction)
{
    return direction == FeedbackDirection::MenteeToMentor ? QStringLiteral("mentee_to_mentor")
                                                          : QStringLiteral("mentor_to_mentee");
}

FeedbackDirection FeedbackEntry::directionFromCode(const QString& code)
{
    return code == QLatin1String("mentor_to_mentee") ? FeedbackDirection::MentorToMentee
                                                     : FeedbackDirection::MenteeToMentor;
}

} // namespace mentordesk
