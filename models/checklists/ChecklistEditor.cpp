// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistEditor.h"

#include "ChecklistCommand.h"
#include "ChecklistRepository.h"
#include "editing/ProgramEditor.h"
#include "storage/RecordRepository.h"

#include <algorithm>

namespace mentordesk {

namespace {

const QString kDoneOn = QStringLiteral("done_on");
const QString kTitle = QStringLiteral("title");
const QString kName = QStringLiteral("name");
const QString kPosition = QStringLiteral("position");
const QString kDayOffset = QStringLiteral("day_offset");
const QString kIsDefault = QStringLiteral("is_default");
const QString kAttachedItem = QStringLiteral("checklist_template_item_id");

bool isChecklistOffset(int dayOffset)
{
    return std::find(std::begin(kChecklistOffsets), std::end(kChecklistOffsets), dayOffset) !=
           std::end(kChecklistOffsets);
}

} // namespace

ChecklistEditor::ChecklistEditor(ProgramEditor& editor)
    : m_editor(editor)
{
}

bool ChecklistEditor::fail(const QString& message)
{
    m_error = message;
    return false;
}

std::optional<ChecklistRow> ChecklistEditor::stored(EntityKind kind, qint64 id)
{
    ChecklistRepository repository(m_editor.records());
    std::optional<ChecklistRow> row = repository.row(kind, id);
    if (!row)
        fail(tr("It no longer exists; it may have been deleted or undone meanwhile."));
    return row;
}

bool ChecklistEditor::commit(const QString& text, const ChecklistRows& before, ChecklistRows after, qint64* newId)
{
    auto command = std::make_unique<ChecklistCommand>(&m_editor, text, before, std::move(after));
    ChecklistCommand* written = command.get();
    const QString error = ChecklistCommand::commit(m_editor, std::move(command));
    if (!error.isEmpty())
        return fail(error);
    if (newId)
        *newId = written->after().isEmpty() ? 0 : written->after().constFirst().id;
    m_error.clear();
    return true;
}

// --- a pairing's checklist ---

bool ChecklistEditor::changeItem(qint64 itemId, const QVariant& doneOn, const QString& text)
{
    const std::optional<ChecklistRow> before = stored(EntityKind::ChecklistItem, itemId);
    if (!before)
        return false;
    ChecklistRow after = *before;
    after.values.insert(kDoneOn, doneOn);
    return commit(text, {*before}, {after});
}

bool ChecklistEditor::tickItem(qint64 itemId, const QDate& doneOn, const QDate& today)
{
    if (!doneOn.isValid())
        return fail(tr("Enter the day the item was done."));
    if (doneOn > today)
        return fail(tr("An item cannot be done in the future; enter today or an earlier day."));
    return changeItem(itemId, doneOn.toString(Qt::ISODate), tr("Tick off checklist item"));
}

bool ChecklistEditor::untickItem(qint64 itemId)
{
    return changeItem(itemId, QVariant(), tr("Reopen checklist item"));
}

// --- templates ---

QString ChecklistEditor::nameRefusal(const QString& name, qint64 templateId) const
{
    if (name.isEmpty())
        return tr("Give the template a name.");
    const QVector<ChecklistTemplate> templates = ChecklistRepository(m_editor.records()).templates();
    if (std::any_of(templates.begin(), templates.end(), [&](const ChecklistTemplate& t) {
            return t.id != templateId && t.name.compare(name, Qt::CaseInsensitive) == 0;
        }))
        return tr("There is already a template called “%1”.").arg(name);
    return {};
}

qint64 ChecklistEditor::addTemplate(const QString& name, qint64 copyOf)
{
    const QString trimmed = name.trimmed();
    const QString refusal = nameRefusal(trimmed, 0);
    if (!refusal.isEmpty()) {
        fail(refusal);
        return 0;
    }
    if (copyOf != 0 && !stored(EntityKind::ChecklistTemplate, copyOf))
        return 0;
    ChecklistRepository repository(m_editor.records());
    const QVector<ChecklistTemplate> templates = repository.templates();
    const bool hasDefault =
        std::any_of(templates.begin(), templates.end(), [](const ChecklistTemplate& t) { return t.isDefault; });
    // Ids named up front: the copied items refer to the new template, their attachments to them.
    ChecklistRow added{EntityKind::ChecklistTemplate, repository.nextId(EntityKind::ChecklistTemplate), {}};
    added.values = {{kName, trimmed},
                    {QStringLiteral("created_utc"), RecordRepository::nowUtc()},
                    {kIsDefault, hasDefault ? 0 : 1}};
    ChecklistRows after{added};
    if (copyOf != 0)
        after << copiedItems(copyOf, added.id);
    qint64 id = 0;
    return commit(copyOf != 0 ? tr("Copy checklist template") : tr("Add checklist template"), {}, after, &id) ? id : 0;
}

ChecklistRows ChecklistEditor::copiedItems(qint64 copyOf, qint64 templateId) const
{
    ChecklistRepository repository(m_editor.records());
    qint64 itemId = repository.nextId(EntityKind::ChecklistTemplateItem);
    qint64 attachmentId = repository.nextId(EntityKind::Resource);
    ChecklistRows items, attachments;
    for (const ChecklistTemplateItem& item : repository.templateItems(copyOf)) {
        ChecklistRow copy{EntityKind::ChecklistTemplateItem, itemId++, {}};
        copy.values = {{QStringLiteral("template_id"), templateId},
                       {kDayOffset, item.dayOffset},
                       {kPosition, item.position},
                       {kTitle, item.title}};
        for (ChecklistRow attachment : repository.attachmentsOf(item.id)) {
            attachment.id = attachmentId++;
            attachment.values.insert(kAttachedItem, copy.id);
            attachments << attachment;
        }
        items << copy;
    }
    // Items before their attachments: rows are inserted in the order given.
    return items + attachments;
}

bool ChecklistEditor::renameTemplate(qint64 templateId, const QString& name)
{
    const QString trimmed = name.trimmed();
    const QString refusal = nameRefusal(trimmed, templateId);
    if (!refusal.isEmpty())
        return fail(refusal);
    const std::optional<ChecklistRow> before = stored(EntityKind::ChecklistTemplate, templateId);
    if (!before)
        return false;
    ChecklistRow after = *before;
    after.values.insert(kName, trimmed);
    return commit(tr("Rename checklist template"), {*before}, {after});
}

bool ChecklistEditor::setDefaultTemplate(qint64 templateId)
{
    const std::optional<ChecklistRow> chosen = stored(EntityKind::ChecklistTemplate, templateId);
    if (!chosen)
        return false;
    if (chosen->value(kIsDefault).toInt() == 1)
        return fail(tr("New pairings get “%1” already.").arg(chosen->value(kName).toString()));
    ChecklistRepository repository(m_editor.records());
    ChecklistRows before, after;
    for (const ChecklistTemplate& plan : repository.templates()) {
        if (!plan.isDefault)
            continue;
        const std::optional<ChecklistRow> former = repository.row(EntityKind::ChecklistTemplate, plan.id);
        if (!former)
            return fail(tr("It no longer exists; it may have been deleted or undone meanwhile."));
        before << *former;
        after << *former;
        after.last().values.insert(kIsDefault, 0);
    }
    before << *chosen;
    after << *chosen;
    after.last().values.insert(kIsDefault, 1);
    return commit(tr("Use checklist template for new pairings"), before, after);
}

bool ChecklistEditor::deleteTemplate(qint64 templateId)
{
    const std::optional<ChecklistRow> plan = stored(EntityKind::ChecklistTemplate, templateId);
    if (!plan)
        return false;
    if (plan->value(kIsDefault).toInt() == 1)
        return fail(tr("“%1” is the template new pairings get, so it cannot be deleted. Choose another template "
                       "for new pairings first, then delete this one.")
                        .arg(plan->value(kName).toString()));
    ChecklistRepository repository(m_editor.records());
    ChecklistRows removed{*plan}, linked, unlinked;
    for (const ChecklistTemplateItem& item : repository.templateItems(templateId)) {
        const std::optional<ChecklistRow> row = repository.row(EntityKind::ChecklistTemplateItem, item.id);
        if (!row)
            return fail(tr("It no longer exists; it may have been deleted or undone meanwhile."));
        collectItemRemoval(item.id, *row, &removed, &linked, &unlinked);
    }
    return commit(tr("Delete checklist template"), removed + linked, unlinked);
}

void ChecklistEditor::collectItemRemoval(qint64 itemId, const ChecklistRow& item, ChecklistRows* removed,
                                         ChecklistRows* linked, ChecklistRows* unlinked) const
{
    // Deleted in reverse order of `removed`: the attachments before their item, the items before
    // their template, each with its audit row rather than by the schema's cascade. The pairings'
    // items lose the link the schema would clear; holding them lets the undo link them again.
    ChecklistRepository repository(m_editor.records());
    *removed << item << repository.attachmentsOf(itemId);
    const ChecklistRows made = repository.itemsMadeFrom(itemId);
    *linked << made;
    for (ChecklistRow row : made) {
        row.values.insert(QStringLiteral("template_item_id"), QVariant());
        *unlinked << row;
    }
}

int ChecklistEditor::nextPosition(qint64 templateId, int dayOffset) const
{
    ChecklistRepository repository(m_editor.records());
    int position = 0;
    for (const ChecklistTemplateItem& item : repository.templateItems(templateId)) {
        if (item.dayOffset == dayOffset)
            position = std::max(position, item.position);
    }
    return position + 1;
}

qint64 ChecklistEditor::addTemplateItem(qint64 templateId, int dayOffset, const QString& title)
{
    if (!isChecklistOffset(dayOffset)) {
        fail(tr("A checklist item falls due after 30, 60 or 90 days."));
        return 0;
    }
    if (title.trimmed().isEmpty()) {
        fail(tr("Enter what the item asks for."));
        return 0;
    }
    if (!stored(EntityKind::ChecklistTemplate, templateId))
        return 0;
    ChecklistRow row{EntityKind::ChecklistTemplateItem, 0, {}};
    row.values = {{QStringLiteral("template_id"), templateId},
                  {kDayOffset, dayOffset},
                  {kPosition, nextPosition(templateId, dayOffset)},
                  {kTitle, title.trimmed()}};
    qint64 id = 0;
    return commit(tr("Add checklist template item"), {}, {row}, &id) ? id : 0;
}

bool ChecklistEditor::renameTemplateItem(qint64 itemId, const QString& title)
{
    if (title.trimmed().isEmpty())
        return fail(tr("Enter what the item asks for."));
    const std::optional<ChecklistRow> before = stored(EntityKind::ChecklistTemplateItem, itemId);
    if (!before)
        return false;
    ChecklistRow after = *before;
    after.values.insert(kTitle, title.trimmed());
    return commit(tr("Rename checklist template item"), {*before}, {after});
}

bool ChecklistEditor::moveTemplateItem(qint64 itemId, int step)
{
    const std::optional<ChecklistRow> before = stored(EntityKind::ChecklistTemplateItem, itemId);
    if (!before)
        return false;
    ChecklistRepository repository(m_editor.records());
    QVector<ChecklistTemplateItem> group =
        repository.templateItems(before->value(QStringLiteral("template_id")).toLongLong());
    const int offset = before->value(kDayOffset).toInt();
    group.erase(std::remove_if(group.begin(), group.end(), [offset](const auto& i) { return i.dayOffset != offset; }),
                group.end());
    const auto it = std::find_if(group.begin(), group.end(), [itemId](const auto& i) { return i.id == itemId; });
    const int from = int(it - group.begin());
    const int to = from + (step < 0 ? -1 : 1);
    if (it == group.end())
        return fail(tr("It no longer exists; it may have been deleted or undone meanwhile."));
    if (to < 0)
        return fail(tr("The item is first of its group already."));
    if (to >= group.size())
        return fail(tr("The item is last of its group already."));
    // Positions are renumbered 1…n in the new order, so equal or missing positions sort out too.
    std::swap(group[from], group[to]);
    ChecklistRows rowsBefore, rowsAfter;
    for (int i = 0; i < group.size(); ++i) {
        if (group.at(i).position == i + 1)
            continue;
        const std::optional<ChecklistRow> row = repository.row(EntityKind::ChecklistTemplateItem, group.at(i).id);
        if (!row)
            return fail(tr("It no longer exists; it may have been deleted or undone meanwhile."));
        ChecklistRow moved = *row;
        moved.values.insert(kPosition, i + 1);
        rowsBefore << *row;
        rowsAfter << moved;
    }
    return commit(tr("Move checklist template item"), rowsBefore, rowsAfter);
}

bool ChecklistEditor::setTemplateItemOffset(qint64 itemId, int dayOffset)
{
    if (!isChecklistOffset(dayOffset))
        return fail(tr("A checklist item falls due after 30, 60 or 90 days."));
    const std::optional<ChecklistRow> before = stored(EntityKind::ChecklistTemplateItem, itemId);
    if (!before)
        return false;
    if (before->value(kDayOffset).toInt() == dayOffset)
        return fail(tr("The item falls due after %n days already.", nullptr, dayOffset));
    ChecklistRow after = *before;
    after.values.insert(kDayOffset, dayOffset);
    after.values.insert(kPosition, nextPosition(before->value(QStringLiteral("template_id")).toLongLong(), dayOffset));
    return commit(tr("Change checklist item's due day"), {*before}, {after});
}

bool ChecklistEditor::removeTemplateItem(qint64 itemId)
{
    const std::optional<ChecklistRow> before = stored(EntityKind::ChecklistTemplateItem, itemId);
    if (!before)
        return false;
    ChecklistRows removed, linked, unlinked;
    collectItemRemoval(itemId, *before, &removed, &linked, &unlinked);
    return commit(tr("Remove checklist template item"), removed + linked, unlinked);
}

// --- feedback ---

QString ChecklistEditor::feedbackRefusal(const FeedbackEntry& entry, const QDate& today) const
{
    ChecklistRepository repository(m_editor.records());
    if (!repository.pairingExists(entry.pairingId))
        return tr("The pairing no longer exists; it may have been deleted.");
    if (entry.rating < 1 || entry.rating > 5)
        return tr("A rating is 1 to 5.");
    if (!entry.givenOn.isValid())
        return tr("Enter the day the feedback was given.");
    if (entry.givenOn > today)
        return tr("Feedback cannot be given in the future; enter today or an earlier day.");
    return {};
}

ChecklistRow ChecklistEditor::feedbackRow(const FeedbackEntry& entry) const
{
    ChecklistRow row{EntityKind::Feedback, entry.id, {}};
    row.values = {{QStringLiteral("pairing_id"), entry.pairingId},
                  {QStringLiteral("direction"), FeedbackEntry::directionCode(entry.direction)},
                  {QStringLiteral("rating"), entry.rating},
                  {QStringLiteral("comment"), entry.comment.trimmed()},
                  {QStringLiteral("given_on"), entry.givenOn.toString(Qt::ISODate)}};
    return row;
}

qint64 ChecklistEditor::recordFeedback(const FeedbackEntry& entry, const QDate& today)
{
    const QString refusal = feedbackRefusal(entry, today);
    if (!refusal.isEmpty()) {
        fail(refusal);
        return 0;
    }
    FeedbackEntry added = entry;
    added.id = 0;
    qint64 id = 0;
    return commit(tr("Record feedback"), {}, {feedbackRow(added)}, &id) ? id : 0;
}

bool ChecklistEditor::editFeedback(const FeedbackEntry& entry, const QDate& today)
{
    const std::optional<ChecklistRow> before = stored(EntityKind::Feedback, entry.id);
    if (!before)
        return false;
    FeedbackEntry edited = entry;
    edited.pairingId = before->value(QStringLiteral("pairing_id")).toLongLong();
    const QString refusal = feedbackRefusal(edited, today);
    if (!refusal.isEmpty())
        return fail(refusal);
    return commit(tr("Edit feedback"), {*before}, {feedbackRow(edited)});
}

bool ChecklistEditor::deleteFeedback(qint64 feedbackId)
{
    const std::optional<ChecklistRow> before = stored(EntityKind::Feedback, feedbackId);
    if (!before)
        return false;
    return commit(tr("Delete feedback"), {*before}, {});
}

} // namespace mentordesk
