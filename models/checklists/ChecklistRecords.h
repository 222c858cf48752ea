// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EntityKind.h"

#include <QDate>
#include <QString>
#include <QVariantMap>
#include <QVector>

namespace mentordesk {

/// The day offsets a checklist item can fall due on (the schema's CHECK).
inline constexpr int kChecklistOffsets[] = {30, 60, 90};

/// One stored row of the checklist and feedback tables (checklist_templates,
/// checklist_template_items, checklist_items, feedback) as an undoable step holds it before and
/// after: its kind names the table, its values are the columns by name (id aside). A row of kind
/// Resource is a template item's resource attachment (resource_attachments): deleting a template
/// or an item takes its attachments (the schema's cascade), so the step holds them to bring them
/// back on undo, and a copied template copies them.
struct ChecklistRow {
    EntityKind kind = EntityKind::ChecklistItem;
    qint64 id = 0; ///< 0 until the row is stored; the first write fills it in.
    QVariantMap values;

    QVariant value(const QString& column) const { return values.value(column); }
    /// Equal as SQLite stores them (an integer read back equals the number written).
    bool sameValues(const ChecklistRow& other) const;
    bool isSameRow(const ChecklistRow& other) const { return kind == other.kind && id == other.id; }
    /// The table of `kind` and its columns (id aside), in the schema's order.
    static QString tableOf(EntityKind kind);
    static QStringList columnsOf(EntityKind kind);
};

using ChecklistRows = QVector<ChecklistRow>;

/// An item of a pairing's checklist, as the views show it.
struct ChecklistItem {
    qint64 id = 0;
    qint64 pairingId = 0;
    qint64 templateItemId = 0; ///< 0: not (or no longer) from a template item.
    int dayOffset = 30;
    QString title;
    QDate dueDate;
    QDate doneOn; ///< Invalid while open.

    bool isDone() const { return doneOn.isValid(); }
    /// Late: past its due date on `today` and not done.
    bool isLate(const QDate& today) const { return !isDone() && dueDate.isValid() && dueDate < today; }
};

/// A 30/60/90-day plan that pairings get their checklists from.
struct ChecklistTemplate {
    qint64 id = 0;
    QString name;
    bool isDefault = false;
};

/// One item of a plan.
struct ChecklistTemplateItem {
    qint64 id = 0;
    qint64 templateId = 0;
    int dayOffset = 30;
    int position = 0;
    QString title;
};

/// Who gave a rating to whom in a pairing.
enum class FeedbackDirection { MenteeToMentor, MentorToMentee };

/// A rating (1–5) with a comment, given in a pairing on a day.
struct FeedbackEntry {
    qint64 id = 0;
    qint64 pairingId = 0;
    FeedbackDirection direction = FeedbackDirection::MenteeToMentor;
    int rating = 0;
    QString comment;
    QDate givenOn;

    static QString directionCode(FeedbackDirection direction);
    static FeedbackDirection directionFromCode(const QString& code);
};

/// A mentor's ratings received from mentees: their average and how many there are.
struct MentorRating {
    double average = 0; ///< Meaningless while count is 0.
    int count = 0;
};

} // namespace mentordesk
