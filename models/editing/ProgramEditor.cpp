// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramEditor.h"
#include "domain/FieldCatalogue.h"

#include "EditCommands.h"
#include "ListCommands.h"
#include "MatchCommands.h"
#include "PairingCommands.h"

#include <QDate>

namespace mentordesk {

namespace {

/// Whether a stored value and a normalised input are the same (the driver's types differ:
/// a NULL comes back as a null QString, an integer as qlonglong).
bool isSameValue(const QVariant& stored, const QVariant& input)
{
    if (stored.isNull() || input.isNull())
        return stored.isNull() && input.isNull();
    return stored == input || stored.toString() == input.toString();
}

} // namespace

ProgramEditor::ProgramEditor(QSqlDatabase db, const QString& actor, QObject* parent)
    : QObject(parent)
    , m_actor(actor)
    , m_records(std::move(db), actor)
{
}

bool ProgramEditor::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool ProgramEditor::confirmTrial(qint64 pairingId)
{
    const PairingState before = PairingRepository(m_records).state(pairingId);
    const QString refusal = ConfirmTrialCommand::refusal(before);
    if (!refusal.isEmpty())
        return fail(refusal);
    const QString problem =
        PairingTransitionCommand::commit(*this, std::make_unique<ConfirmTrialCommand>(this, before));
    return problem.isEmpty() || fail(problem);
}

bool ProgramEditor::extendTrial(qint64 pairingId, const QDate& newEnd)
{
    const PairingState before = PairingRepository(m_records).state(pairingId);
    const QString refusal = ExtendTrialCommand::refusal(before, newEnd, QDate::currentDate());
    if (!refusal.isEmpty())
        return fail(refusal);
    const QString problem =
        PairingTransitionCommand::commit(*this, std::make_unique<ExtendTrialCommand>(this, before, newEnd));
    return problem.isEmpty() || fail(problem);
}

bool ProgramEditor::endPairing(qint64 pairingId, const QString& reason, const QDate& endedOn)
{
    const PairingState before = PairingRepository(m_records).state(pairingId);
    const QString refusal = EndPairingCommand::refusal(before, reason, endedOn, QDate::currentDate());
    if (!refusal.isEmpty())
        return fail(refusal);
    const QString problem =
        PairingTransitionCommand::commit(*this, std::make_unique<EndPairingCommand>(this, before, reason, endedOn));
    return problem.isEmpty() || fail(problem);
}

bool ProgramEditor::setField(const TableSpec& spec, qint64 id, const QString& key, const QVariant& value)
{
    const FieldSpec* field = spec.field(key);
    if (!field || !field->editable)
        return fail(tr("This field is calculated and cannot be edited."));
    QVariant normalised;
    const QString problem = field->validate(value, &normalised);
    if (!problem.isEmpty())
        return fail(problem);
    const QVariant oldValue = m_records.value(spec, id, key);
    if (isSameValue(oldValue, normalised))
        return true;
    if (!m_records.updateField(spec, id, key, normalised))
        return fail(m_records.errorString());
    m_undoStack.push(new SetFieldCommand(this, spec, id, key, oldValue, normalised));
    m_changes.publish(ChangeEvent::fieldsEdited(spec.entity, {id}, {key}));
    return true;
}

qint64 ProgramEditor::addRecord(const TableSpec& spec, const QVariantMap& values)
{
    QVariantMap normalisedValues;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const FieldSpec* field = spec.field(it.key());
        if (!field) {
            fail(tr("“%1” is not a field of this record.").arg(it.key()));
            return 0;
        }
        QVariant normalised;
        const QString problem = field->validate(it.value(), &normalised);
        if (!problem.isEmpty()) {
            fail(problem);
            return 0;
        }
        normalisedValues.insert(it.key(), normalised);
    }
    // Required texts and dates have no default in the schema (but the mentor ID, which the schema
    // generates); required choices and numbers do.
    for (const FieldSpec& field : spec.fields) {
        const bool hasSchemaDefault = field.schemaDefault.isValid();
        if (field.required && !hasSchemaDefault && field.selectExpression.isEmpty() && !values.contains(field.key)) {
            QVariant unused;
            fail(field.validate(QVariant(), &unused));
            return 0;
        }
    }
    const qint64 id = m_records.insertRecord(spec, normalisedValues);
    if (id == 0) {
        fail(m_records.errorString());
        return 0;
    }
    m_undoStack.push(new AddRecordCommand(this, spec, id));
    m_changes.publish(ChangeEvent::recordAdded(spec.entity, id));
    return id;
}

DeletePlan ProgramEditor::planDelete(const TableSpec& spec, qint64 id) const
{
    return RecordGraph::plan(m_records, spec, id);
}

bool ProgramEditor::deleteRecord(const TableSpec& spec, qint64 id)
{
    const DeletePlan plan = planDelete(spec, id);
    if (plan.isBlocked())
        return fail(plan.blockedReason);
    RecordGraph graph;
    if (!graph.remove(m_records, spec, id))
        return fail(graph.errorString());
    m_undoStack.push(new DeleteRecordCommand(this, spec, id, std::move(graph), plan.name));
    m_changes.publish(ChangeEvent::recordRemoved(spec.entity, id));
    return true;
}

bool ProgramEditor::assignCohort(qint64 sellerId, qint64 cohortId)
{
    CohortMembershipRepository memberships(m_records);
    const CohortMembership old = memberships.membership(sellerId);
    if (old.cohortId == cohortId)
        return true;
    const CohortMembership wanted{cohortId, QDate::currentDate().toString(Qt::ISODate)};
    if (!memberships.setMembership(sellerId, wanted))
        return fail(memberships.errorString());
    m_undoStack.push(new SetCohortCommand(this, sellerId, old, wanted));
    publishCohortChange(sellerId);
    return true;
}

void ProgramEditor::publishCohortChange(qint64 sellerId)
{
    // Two events: the seller's cohort changed, and the cohorts' member counts with it (which
    // cohorts is not worth a query; the cohorts are few).
    m_changes.publish(ChangeEvent::fieldsEdited(EntityKind::Seller, {sellerId}, {fieldKey(FieldId::SellerCohort)}));
    m_changes.publish(ChangeEvent::fieldsEdited(EntityKind::Cohort, {}, {}));
}

// --- matching ---

bool ProgramEditor::commitMatchRun(qint64 runId, const QVector<MatchCommit::Pair>& pairs, QDate trialStart,
                                   QDate trialEnd)
{
    MatchCommit commit(m_records.database(), m_actor);
    MatchCommit::Applied applied = commit.apply(runId, pairs, trialStart, trialEnd);
    if (!applied.ok)
        return fail(commit.errorText());
    m_undoStack.push(new CommitMatchRunCommand(this, m_actor, runId, pairs, trialStart, trialEnd, std::move(applied)));
    m_changes.publish(CommitMatchRunCommand::changeEvent(true));
    return true;
}

// --- list data ---

bool ProgramEditor::setListField(ListField field, qint64 ownerId, const QStringList& values)
{
    QStringList normalised;
    const QString problem = ListRules::normalise(field, values, &normalised);
    if (!problem.isEmpty())
        return fail(problem);
    ListFieldRepository lists(m_records);
    if (!lists.ownerExists(field, ownerId))
        return fail(tr("The record no longer exists; it may have been deleted."));
    const QStringList before = lists.list(field, ownerId);
    QStringList sortedAfter = normalised;
    sortedAfter.sort(Qt::CaseInsensitive);
    if (before == sortedAfter)
        return true;
    const QString refusal =
        ListEditCommand::commit(*this, std::make_unique<SetListCommand>(this, field, ownerId, before, normalised));
    return refusal.isEmpty() || fail(refusal);
}

bool ProgramEditor::setMentorSkills(qint64 mentorId, const SkillLevels& skills)
{
    const QString problem = ListRules::checkSkills(skills);
    if (!problem.isEmpty())
        return fail(problem);
    ListFieldRepository lists(m_records);
    if (!lists.ownerExists(ListField::MentorCategories, mentorId))
        return fail(tr("The mentor no longer exists; they may have been deleted."));
    const SkillLevels before = lists.skills(mentorId);
    if (before == skills)
        return true;
    const QString refusal =
        ListEditCommand::commit(*this, std::make_unique<SetSkillsCommand>(this, mentorId, before, skills));
    return refusal.isEmpty() || fail(refusal);
}

qint64 ProgramEditor::addDisclosure(qint64 mentorId, const QString& kind, const QString& value, const QString& note,
                                    const QDate& declaredOn)
{
    ListFieldRepository lists(m_records);
    Disclosure disclosure;
    disclosure.mentorId = mentorId;
    disclosure.kind = kind;
    disclosure.value = value.simplified();
    disclosure.note = note.trimmed();
    disclosure.declaredOn = declaredOn;
    const bool namesSeller = kind == QLatin1String("seller");
    const qint64 sellerId = namesSeller ? lists.sellerByExternalId(disclosure.value) : 0;
    const QString problem = ListRules::checkDisclosure(disclosure, sellerId, QDate::currentDate());
    if (!problem.isEmpty())
        return fail(problem);
    if (!lists.ownerExists(ListField::MentorCategories, mentorId))
        return fail(tr("The mentor no longer exists; they may have been deleted."));
    if (namesSeller) {
        disclosure.sellerId = sellerId;
        disclosure.value.clear(); // the seller is named by its row; the ID may change later
    }
    auto command = std::make_unique<DisclosureCommand>(this, disclosure, true);
    DisclosureCommand* added = command.get();
    const QString refusal = ListEditCommand::commit(*this, std::move(command));
    if (!refusal.isEmpty())
        return fail(refusal);
    return added->disclosureId();
}

bool ProgramEditor::removeDisclosure(qint64 disclosureId)
{
    const Disclosure current = ListFieldRepository(m_records).disclosure(disclosureId);
    if (current.id == 0)
        return fail(tr("The disclosure no longer exists; it may have been removed meanwhile."));
    const QString refusal = ListEditCommand::commit(*this, std::make_unique<DisclosureCommand>(this, current, false));
    return refusal.isEmpty() || fail(refusal);
}

bool ProgramEditor::addRelatedCategories(const QString& first, const QString& second)
{
    const QString problem = ListRules::checkCategoryPair(first, second);
    if (!problem.isEmpty())
        return fail(problem);
    const CategoryPair pair = CategoryPair::ordered(first.trimmed(), second.trimmed());
    const QString refusal = ListEditCommand::commit(*this, std::make_unique<RelatedCategoryCommand>(this, pair, true));
    return refusal.isEmpty() || fail(refusal);
}

bool ProgramEditor::removeRelatedCategories(const QString& first, const QString& second)
{
    const CategoryPair pair = CategoryPair::ordered(first.trimmed(), second.trimmed());
    const QString refusal = ListEditCommand::commit(*this, std::make_unique<RelatedCategoryCommand>(this, pair, false));
    return refusal.isEmpty() || fail(refusal);
}

} // namespace mentordesk
