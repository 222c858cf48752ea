// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttentionKinds.h"

namespace mentordesk {

QList<AttentionKind> AttentionKinds::all()
{
    return {AttentionKind::Overdue,      AttentionKind::TrialEnding,   AttentionKind::TrialDecisionOverdue,
            AttentionKind::ChecklistDue, AttentionKind::ChecklistLate, AttentionKind::FeedbackMissing,
            AttentionKind::AtRisk};
}

QString AttentionKinds::key(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::Overdue:
        return QStringLiteral("overdue");
    case AttentionKind::TrialEnding:
        return QStringLiteral("trial_ending");
    case AttentionKind::TrialDecisionOverdue:
        return QStringLiteral("trial_decision_overdue");
    case AttentionKind::ChecklistDue:
        return QStringLiteral("checklist_due");
    case AttentionKind::ChecklistLate:
        return QStringLiteral("checklist_late");
    case AttentionKind::FeedbackMissing:
        return QStringLiteral("feedback_missing");
    case AttentionKind::AtRisk:
        return QStringLiteral("at_risk");
    }
    return {};
}

std::optional<AttentionKind> AttentionKinds::fromKey(const QString& key)
{
    for (AttentionKind kind : all()) {
        if (AttentionKinds::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString AttentionKinds::label(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::Overdue:
        return tr("Overdue");
    case AttentionKind::TrialEnding:
        return tr("Trial ending");
    case AttentionKind::TrialDecisionOverdue:
        return tr("Trial decision overdue");
    case AttentionKind::ChecklistDue:
        return tr("Checklist due");
    case AttentionKind::ChecklistLate:
        return tr("Checklist late");
    case AttentionKind::FeedbackMissing:
        return tr("Feedback missing");
    case AttentionKind::AtRisk:
        return tr("At risk");
    }
    return {};
}

QString AttentionKinds::actionLabel(AttentionAction action)
{
    switch (action) {
    case AttentionAction::LogTouchpoint:
        return tr("Log touchpoint");
    case AttentionAction::ScheduleTouchpoint:
        return tr("Schedule touchpoint");
    case AttentionAction::OpenChecklist:
        return tr("Open checklist");
    case AttentionAction::RecordFeedback:
        return tr("Record feedback");
    case AttentionAction::DecideTrial:
        return tr("Decide trial");
    case AttentionAction::ConsiderRematch:
        return tr("Consider re-match");
    }
    return {};
}

} // namespace mentordesk
