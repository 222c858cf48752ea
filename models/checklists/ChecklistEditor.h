// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChecklistRecords.h"

#include <QCoreApplication>

#include <optional>

namespace mentordesk {

class ProgramEditor;

/// The checklists' and feedback's edits, each one undoable, audited step on the program
/// editor's undo stack, published on its change feed (ChecklistCommand). Each is checked first
/// and refused with a sentence (errorString) when it cannot be done.
class ChecklistEditor {
    Q_DECLARE_TR_FUNCTIONS(ChecklistEditor)
public:
    explicit ChecklistEditor(ProgramEditor& editor);

    // --- a pairing's checklist ---
    /// Ticks an item off as done on `doneOn` (not in the future).
    bool tickItem(qint64 itemId, const QDate& doneOn, const QDate& today = QDate::currentDate());
    /// Takes the tick back: the item is open again.
    bool untickItem(qint64 itemId);

    // --- templates (new pairings get the default one's items; existing checklists stay) ---
    bool renameTemplate(qint64 templateId, const QString& name);
    /// Adds an item at the end of its day-offset group; returns its id, or 0.
    qint64 addTemplateItem(qint64 templateId, int dayOffset, const QString& title);
    bool renameTemplateItem(qint64 itemId, const QString& title);
    /// Moves an item one place up (-1) or down (+1) within its day-offset group.
    bool moveTemplateItem(qint64 itemId, int step);
    /// Moves an item to another day offset (30, 60 or 90), at the end of that group.
    bool setTemplateItemOffset(qint64 itemId, int dayOffset);
    /// Removes an item; pairings' checklist items made from it stay, no longer linked to it.
    bool removeTemplateItem(qint64 itemId);

    // --- feedback ---
    /// Records a rating (1–5) with a comment for the pairing; returns its id, or 0.
    qint64 recordFeedback(const FeedbackEntry& entry, const QDate& today = QDate::currentDate());
    /// Changes a recorded entry's direction, rating, comment or day (the entry's id names it).
    bool editFeedback(const FeedbackEntry& entry, const QDate& today = QDate::currentDate());
    bool deleteFeedback(qint64 feedbackId);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    std::optional<ChecklistRow> stored(EntityKind kind, qint64 id);
    bool commit(const QString& text, const ChecklistRows& before, ChecklistRows after, qint64* newId = nullptr);
    bool changeItem(qint64 itemId, const QVariant& doneOn, const QString& text);
    QString feedbackRefusal(const FeedbackEntry& entry, const QDate& today) const;
    ChecklistRow feedbackRow(const FeedbackEntry& entry) const;
    int nextPosition(qint64 templateId, int dayOffset) const;

    ProgramEditor& m_editor;
    QString m_error;
};

} // namespace mentordesk
