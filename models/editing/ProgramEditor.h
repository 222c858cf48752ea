// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changes/ChangeFeed.h"
#include "domain/TableSpec.h"
#include "matchjob/MatchCommit.h"
#include "storage/ListFieldRepository.h"
#include "storage/RecordGraph.h"
#include "storage/RecordRepository.h"

#include <QDate>
#include <QObject>
#include <QUndoStack>

namespace mentordesk {

/// The single way records are edited: every edit becomes an undoable command on one
/// QUndoStack and lands in the audit log. It owns the program's ChangeFeed, on which each edit,
/// undo and redo is published once committed (and imports, by whoever ran them), so item
/// models and views listen there to refresh what they show.
class ProgramEditor : public QObject {
    Q_OBJECT
public:
    ProgramEditor(QSqlDatabase db, const QString& actor, QObject* parent = nullptr);

    // The pairing lifecycle (editing/PairingCommands.h): each an undoable, audited step that is
    // refused with a sentence (errorString) when the pairing is not, or no longer, in a state
    // that allows it.
    /// Trial → active.
    bool confirmTrial(qint64 pairingId);
    /// Moves the end of a trial to `newEnd` (after the current end, not in the past).
    bool extendTrial(qint64 pairingId, const QDate& newEnd);
    /// Trial or active → ended on `endedOn` (not before the start, not in the future) for
    /// `reason`, a code of FieldId::PairingEndReason.
    bool endPairing(qint64 pairingId, const QString& reason, const QDate& endedOn);

    QUndoStack* undoStack() { return &m_undoStack; }
    RecordRepository& records() { return m_records; }
    ChangeFeed* changes() { return &m_changes; }

    /// Validates `value` against the field's rules, then sets it as an undoable step.
    bool setField(const TableSpec& spec, qint64 id, const QString& key, const QVariant& value);
    /// Adds a record as an undoable step; returns its id or 0.
    qint64 addRecord(const TableSpec& spec, const QVariantMap& values);
    DeletePlan planDelete(const TableSpec& spec, qint64 id) const;
    /// Deletes a record and its dependents as an undoable step (refused when the plan is blocked).
    bool deleteRecord(const TableSpec& spec, qint64 id);

    /// Moves a seller into a cohort (0: out of any cohort) as an undoable step.
    bool assignCohort(qint64 sellerId, qint64 cohortId);

    QString errorString() const { return m_error; }

    // --- matching ---
    /// Commits a match run's pairs as trial pairings (MatchCommit) as one undoable step; refused
    /// (nothing written, errorString()) when capacity or conflicts changed since the run.
    bool commitMatchRun(qint64 runId, const QVector<MatchCommit::Pair>& pairs, QDate trialStart, QDate trialEnd);

    // --- list data (editing/ListCommands.h) ---
    // Each an undoable, audited step, validated first (ListRules) and refused with a sentence
    // (errorString) when the data changed since it was read.
    /// Replaces a mentor's or seller's list (categories, channels, languages, brands).
    bool setListField(ListField field, qint64 ownerId, const QStringList& values);
    /// Replaces a mentor's skills with levels 1–5 (a skill left out: none).
    bool setMentorSkills(qint64 mentorId, const SkillLevels& skills);
    /// Declares a conflict of interest; for kind seller, `value` is the seller ID. Returns its id or 0.
    qint64 addDisclosure(qint64 mentorId, const QString& kind, const QString& value, const QString& note,
                         const QDate& declaredOn);
    bool removeDisclosure(qint64 disclosureId);
    /// Relates two categories (in either order), or takes the relation back.
    bool addRelatedCategories(const QString& first, const QString& second);
    bool removeRelatedCategories(const QString& first, const QString& second);

Q_SIGNALS:
    /// An undo or redo could not be carried out (the data changed meanwhile).
    void errorOccurred(const QString& message);

private:
    friend class SetFieldCommand;
    friend class RecordPresenceCommand;
    friend class SetCohortCommand;
    bool fail(const QString& message);
    void publishCohortChange(qint64 sellerId);

    QString m_actor; ///< for writers outside RecordRepository (matching)
    RecordRepository m_records;
    ChangeFeed m_changes;
    QUndoStack m_undoStack;
    QString m_error;
};

} // namespace mentordesk
