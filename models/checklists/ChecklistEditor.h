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
    /// Adds a template called `name`, empty, or with copies of template `copyOf`'s items and
    /// their attached resources; returns its id, or 0. It is the default only while no other is.
    qint64 addTemplate(const QString& name, qint64 copyOf = 0);
    bool renameTemplate(qint64 templateId, const QString& name);
    /// Makes `templateId` the one new pairings get; the former default stops being it, in the
    /// same step (exactly one default while there are templates: ChecklistRepository::write).
    bool setDefaultTemplate(qint64 templateId);
    /// Deletes a template with its items and their attachments; refused for the default one.
    /// Pairings' checklist items made from it stay, no longer linked to it (undo links them again).
    bool deleteTemplate(qint64 templateId);
    /// Adds an item at the end of its day-offset group; returns its id, or 0.
    qint64 addTemplateItem(qint64 templateId, int dayOffset, const QString& title);
    bool renameTemplateItem(qint64 itemId, const QString& title);
    /// Moves an item one place up (-1) or down (+1) within its day-offset group.
    bool moveTemplateItem(qint64 itemId, int step);
    /// Moves an item to another day offset (30, 60 or 90), at the end of that group.
    bool setTemplateItemOffset(qint64 itemId, int dayOffset);
    /// Removes an item with its attachments; pairings' checklist items made from it stay, no
    /// longer linked to it.
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
    QString nameRefusal(const QString& name, qint64 templateId) const;
    /// The rows a template item's removal takes: its attachments, the item itself, and
    /// (in `unlinked`) the pairings' items made from it, before and after losing the link.
    void collectItemRemoval(qint64 itemId, const ChecklistRow& item, ChecklistRows* removed, ChecklistRows* linked,
                            ChecklistRows* unlinked) const;
    ChecklistRows copiedItems(qint64 copyOf, qint64 templateId) const;

    ProgramEditor& m_editor;
    QString m_error;
};

} // namespace mentordesk
