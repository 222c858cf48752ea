// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace mentordesk {

/// What needs attention (issue 10, item 3); the keys are the headless CSV's `kind` column.
enum class AttentionKind {
    Overdue,              ///< overdue: no touchpoint done in the last 7 days, or a planned one left unlogged
    TrialEnding,          ///< trial_ending: the trial ends within 7 days, undecided
    TrialDecisionOverdue, ///< trial_decision_overdue: the trial ended, still undecided
    ChecklistDue,         ///< checklist_due: a checklist item due within 7 days
    ChecklistLate,        ///< checklist_late: a checklist item past its due date
    FeedbackMissing,      ///< feedback_missing: feedback missing in either direction
    AtRisk,               ///< at_risk: a low rating or two missed touchpoints in a row
};

/// What resolves an item.
enum class AttentionAction {
    LogTouchpoint,
    ScheduleTouchpoint,
    OpenChecklist,
    RecordFeedback,
    DecideTrial,
    ConsiderRematch,
};

/// One line of the "Needs attention" list.
struct AttentionItem {
    AttentionKind kind = AttentionKind::Overdue;
    qint64 pairingId = 0;
    qint64 mentorId = 0;
    QString mentorExternalId;
    QString mentorName;
    QString mentorEmail;
    qint64 menteeId = 0;
    QString menteeExternalId;
    QString menteeName;
    /// The day it became or becomes due, in the program's zone.
    QDate due;
    /// A translated sentence saying what is wrong.
    QString detail;
    /// Higher is more urgent; the list is sorted by it.
    int urgency = 0;
    AttentionAction action = AttentionAction::ScheduleTouchpoint;
    /// The row the action is about: the planned touchpoint to log, the checklist item; 0 for none.
    qint64 subjectId = 0;
};

/// For QHash keys (counts per kind).
inline size_t qHash(AttentionKind kind, size_t seed = 0) noexcept
{
    return ::qHash(int(kind), seed);
}

} // namespace mentordesk

Q_DECLARE_METATYPE(mentordesk::AttentionItem)
