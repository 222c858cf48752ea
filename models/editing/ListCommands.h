// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changes/ChangeEvent.h"
#include "storage/ListFieldRepository.h"

#include <QUndoCommand>

#include <memory>

namespace mentordesk {

class ProgramEditor;

/// The rules list data must follow before it is written; each returns the sentence saying what
/// is wrong (empty when nothing is) and gives the values as they are stored.
namespace ListRules {
/// Trims, drops empty and repeated values; languages must be ISO 639-1 codes (stored lower
/// case), channels one of the catalogue's channel choices (its code or its name).
QString normalise(ListField field, const QStringList& values, QStringList* normalised);
/// Every skill must be one of the seven skills, every level 1 to 5.
QString checkSkills(const SkillLevels& skills);
/// Kind seller, brand or category; a seller named by an existing seller ID (`sellerId` found
/// for `disclosure.value`, 0 when none), a brand or category named, declared on a day not after
/// `today`.
QString checkDisclosure(const Disclosure& disclosure, qint64 sellerId, const QDate& today);
/// Two different category names.
QString checkCategoryPair(const QString& first, const QString& second);
} // namespace ListRules

/// One edit of list data (a list, skills, a disclosure, a related pair) as an undoable command.
/// Each direction is written only while the data is still what the other direction left, so an
/// undo never overwrites what someone else did meanwhile (that is reported and the command
/// dropped instead).
class ListEditCommand : public QUndoCommand {
public:
    /// Writes the edit, then pushes the command on the editor's undo stack and publishes the
    /// change once. Returns an empty string, or the sentence saying why nothing was written.
    static QString commit(ProgramEditor& editor, std::unique_ptr<ListEditCommand> command);

    void undo() override;
    void redo() override;

protected:
    explicit ListEditCommand(ProgramEditor* editor);
    /// Writes the edit (`forward`) or takes it back; false with `lists.errorString()` on refusal.
    virtual bool write(ListFieldRepository& lists, bool forward) = 0;
    virtual ChangeEvent changeEvent() const = 0;

private:
    bool apply(bool forward, QString* error);

    ProgramEditor* m_editor;
    bool m_done = true;
};

/// A mentor's or seller's list replaced by another.
class SetListCommand : public ListEditCommand {
public:
    SetListCommand(ProgramEditor* editor, ListField field, qint64 ownerId, QStringList before, QStringList after);

protected:
    bool write(ListFieldRepository& lists, bool forward) override;
    ChangeEvent changeEvent() const override;

private:
    ListField m_field;
    qint64 m_ownerId;
    QStringList m_before;
    QStringList m_after;
};

/// A mentor's skills and levels replaced.
class SetSkillsCommand : public ListEditCommand {
public:
    SetSkillsCommand(ProgramEditor* editor, qint64 mentorId, SkillLevels before, SkillLevels after);

protected:
    bool write(ListFieldRepository& lists, bool forward) override;
    ChangeEvent changeEvent() const override;

private:
    qint64 m_mentorId;
    SkillLevels m_before;
    SkillLevels m_after;
};

/// A disclosure declared (`adding`) or withdrawn; the undo of an add removes the same row, the
/// undo of a remove stores it again under its id.
class DisclosureCommand : public ListEditCommand {
public:
    DisclosureCommand(ProgramEditor* editor, Disclosure disclosure, bool adding);
    qint64 disclosureId() const { return m_disclosure.id; }

protected:
    bool write(ListFieldRepository& lists, bool forward) override;
    ChangeEvent changeEvent() const override;

private:
    Disclosure m_disclosure;
    bool m_adding;
};

/// A pair of related categories added (`adding`) or removed.
class RelatedCategoryCommand : public ListEditCommand {
public:
    RelatedCategoryCommand(ProgramEditor* editor, CategoryPair pair, bool adding);

protected:
    bool write(ListFieldRepository& lists, bool forward) override;
    ChangeEvent changeEvent() const override;

private:
    CategoryPair m_pair;
    bool m_adding;
};

} // namespace mentordesk
