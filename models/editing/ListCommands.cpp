// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListCommands.h"

#include "domain/FieldVocabulary.h"
#include "matching/MatchFactor.h"
#include "ProgramEditor.h"

#include <QCoreApplication>
#include <QLocale>

namespace mentordesk {

namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("ListCommands", text);
}

/// The channel code `text` names: a code, or a choice's name (English or translated).
QString channelCode(const QString& text)
{
    for (const Choice& choice : channelChoices()) {
        if (text.compare(choice.code, Qt::CaseInsensitive) == 0 ||
            text.compare(QLatin1String(choice.label), Qt::CaseInsensitive) == 0 ||
            text.compare(QCoreApplication::translate("Choices", choice.label), Qt::CaseInsensitive) == 0)
            return choice.code;
    }
    return {};
}

/// The stored form of one value of `field`, or an empty string with `problem` set.
QString normalisedValue(ListField field, const QString& value, QString* problem)
{
    switch (field) {
    case ListField::MentorLanguages:
    case ListField::SellerLanguages: {
        const QString code = value.toLower();
        if (code.size() != 2 || QLocale::codeToLanguage(code, QLocale::ISO639Part1) == QLocale::AnyLanguage)
            *problem = translate("“%1” is not a language code; use two-letter ISO 639-1 codes such as en, de or fr.")
                           .arg(value);
        return code;
    }
    case ListField::MentorChannels: {
        const QString code = channelCode(value);
        if (code.isEmpty())
            *problem = translate("“%1” is not a sales channel; choose own storefront, marketplace app, wholesale "
                                 "or social.")
                           .arg(value);
        return code;
    }
    case ListField::MentorCategories:
    case ListField::SellerBrands:
        if (value.contains(QLatin1Char('|')))
            *problem = translate("“%1” contains “|”, which separates the values of a list.").arg(value);
        return value;
    }
    return value;
}

} // namespace

QString ListRules::normalise(ListField field, const QStringList& values, QStringList* normalised)
{
    normalised->clear();
    for (const QString& raw : values) {
        const QString value = raw.simplified();
        if (value.isEmpty())
            continue;
        QString problem;
        const QString stored = normalisedValue(field, value, &problem);
        if (!problem.isEmpty())
            return problem;
        if (!normalised->contains(stored, Qt::CaseInsensitive))
            *normalised << stored;
    }
    return {};
}

QString ListRules::checkSkills(const SkillLevels& skills)
{
    for (auto it = skills.constBegin(); it != skills.constEnd(); ++it) {
        if (!matching::skillFromCode(it.key()))
            return translate("“%1” is not one of the skills a mentor can have.").arg(it.key());
        if (it.value() < 1 || it.value() > 5)
            return translate("A skill level lies between 1 and 5; %1 has %2.")
                .arg(matching::skillLabel(*matching::skillFromCode(it.key())))
                .arg(it.value());
    }
    return {};
}

QString ListRules::checkDisclosure(const Disclosure& disclosure, qint64 sellerId, const QDate& today)
{
    const QString kind = disclosure.kind;
    if (kind != QLatin1String("seller") && kind != QLatin1String("brand") && kind != QLatin1String("category"))
        return translate("A disclosure names a seller, a brand or a category.");
    if (disclosure.value.trimmed().isEmpty()) {
        if (kind == QLatin1String("seller"))
            return translate("Enter the seller ID of the seller the mentor has a conflict with.");
        return kind == QLatin1String("brand") ? translate("Enter the brand the mentor has a conflict with.")
                                              : translate("Enter the category the mentor has a conflict with.");
    }
    if (kind == QLatin1String("seller") && sellerId == 0)
        return translate("No seller has the seller ID “%1”.").arg(disclosure.value.trimmed());
    if (!disclosure.declaredOn.isValid())
        return translate("Enter the day the conflict was declared.");
    if (disclosure.declaredOn > today)
        return translate("A disclosure cannot be declared in the future; enter today or an earlier day.");
    return {};
}

QString ListRules::checkCategoryPair(const QString& first, const QString& second)
{
    if (first.trimmed().isEmpty() || second.trimmed().isEmpty())
        return translate("Choose two categories.");
    if (first.trimmed().compare(second.trimmed(), Qt::CaseInsensitive) == 0)
        return translate("A category is not related to itself; choose two different categories.");
    return {};
}

ListEditCommand::ListEditCommand(ProgramEditor* editor)
    : m_editor(editor)
{
}

QString ListEditCommand::commit(ProgramEditor& editor, std::unique_ptr<ListEditCommand> command)
{
    QString error;
    if (!command->apply(true, &error))
        return error;
    editor.undoStack()->push(command.release());
    return {};
}

bool ListEditCommand::apply(bool forward, QString* error)
{
    ListFieldRepository lists(m_editor->records());
    if (!write(lists, forward)) {
        *error = lists.errorString();
        return false;
    }
    m_editor->changes()->publish(changeEvent());
    return true;
}

void ListEditCommand::undo()
{
    QString error;
    if (!apply(false, &error)) {
        setObsolete(true);
        Q_EMIT m_editor->errorOccurred(error);
    }
}

void ListEditCommand::redo()
{
    // The first redo is the push of a command commit() has already written.
    if (m_done) {
        m_done = false;
        return;
    }
    QString error;
    if (!apply(true, &error)) {
        setObsolete(true);
        Q_EMIT m_editor->errorOccurred(error);
    }
}

SetListCommand::SetListCommand(ProgramEditor* editor, ListField field, qint64 ownerId, QStringList before,
                               QStringList after)
    : ListEditCommand(editor)
    , m_field(field)
    , m_ownerId(ownerId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    switch (field) {
    case ListField::MentorCategories:
        setText(translate("Edit categories"));
        break;
    case ListField::MentorChannels:
        setText(translate("Edit channels"));
        break;
    case ListField::MentorLanguages:
    case ListField::SellerLanguages:
        setText(translate("Edit languages"));
        break;
    case ListField::SellerBrands:
        setText(translate("Edit brands"));
        break;
    }
}

bool SetListCommand::write(ListFieldRepository& lists, bool forward)
{
    return forward ? lists.replaceList(m_field, m_ownerId, m_before, m_after)
                   : lists.replaceList(m_field, m_ownerId, m_after, m_before);
}

ChangeEvent SetListCommand::changeEvent() const
{
    return ChangeEvent::fieldsEdited(listOwner(m_field), {m_ownerId}, {listKey(m_field)});
}

SetSkillsCommand::SetSkillsCommand(ProgramEditor* editor, qint64 mentorId, SkillLevels before, SkillLevels after)
    : ListEditCommand(editor)
    , m_mentorId(mentorId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(translate("Edit skills"));
}

bool SetSkillsCommand::write(ListFieldRepository& lists, bool forward)
{
    return forward ? lists.replaceSkills(m_mentorId, m_before, m_after)
                   : lists.replaceSkills(m_mentorId, m_after, m_before);
}

ChangeEvent SetSkillsCommand::changeEvent() const
{
    return ChangeEvent::fieldsEdited(EntityKind::Mentor, {m_mentorId}, {QStringLiteral("skills")});
}

DisclosureCommand::DisclosureCommand(ProgramEditor* editor, Disclosure disclosure, bool adding)
    : ListEditCommand(editor)
    , m_disclosure(std::move(disclosure))
    , m_adding(adding)
{
    setText(adding ? translate("Add disclosure") : translate("Remove disclosure"));
}

bool DisclosureCommand::write(ListFieldRepository& lists, bool forward)
{
    if (forward != m_adding)
        return lists.removeDisclosure(m_disclosure);
    const qint64 id = lists.addDisclosure(m_disclosure);
    if (id == 0)
        return false;
    // Later steps name the row by the id it was stored under (kept on every redo).
    m_disclosure = lists.disclosure(id);
    return true;
}

ChangeEvent DisclosureCommand::changeEvent() const
{
    return ChangeEvent::fieldsEdited(EntityKind::Mentor, {m_disclosure.mentorId}, {QStringLiteral("disclosures")});
}

RelatedCategoryCommand::RelatedCategoryCommand(ProgramEditor* editor, CategoryPair pair, bool adding)
    : ListEditCommand(editor)
    , m_pair(std::move(pair))
    , m_adding(adding)
{
    setText(adding ? translate("Relate categories") : translate("Unrelate categories"));
}

bool RelatedCategoryCommand::write(ListFieldRepository& lists, bool forward)
{
    return forward == m_adding ? lists.addRelatedPair(m_pair) : lists.removeRelatedPair(m_pair);
}

ChangeEvent RelatedCategoryCommand::changeEvent() const
{
    return ChangeEvent::fieldsEdited(EntityKind::RelatedCategory, {}, {});
}

} // namespace mentordesk
