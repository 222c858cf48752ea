// SPDX-License-Identifier: GPL-3.0-or-later
// The explainer's sentences: kept apart from the reasoning in MatchExplainer.cpp so that each
// file reads as one thing.
#include "matching/MatchExplainer.h"

#include <QCoreApplication>
#include <QLocale>

namespace mentordesk::matching {

namespace {

QString menteeName(const MatchScorer& scorer, int mentee)
{
    return scorer.problem().mentees[static_cast<std::size_t>(mentee)].externalId;
}

QString mentorName(const MatchScorer& scorer, int mentor)
{
    const MentorProfile& profile = scorer.problem().mentors[static_cast<std::size_t>(mentor)];
    if (profile.name.isEmpty())
        return profile.externalId;
    return QCoreApplication::translate("MatchExplainer", "%1 (%2)", "mentor name (mentor ID)")
        .arg(profile.name, profile.externalId);
}

QString menteeList(const MatchScorer& scorer, const std::vector<int>& mentees)
{
    QStringList names;
    for (int mentee : mentees)
        names << menteeName(scorer, mentee);
    return QLocale().createSeparatedList(names);
}

QString matchedSentence(const MatchScorer& scorer, const MenteeExplanation& explanation)
{
    const QString mentee = menteeName(scorer, explanation.mentee);
    const QString mentor = mentorName(scorer, explanation.mentor);
    const QString total = QString::number(explanation.score.total);
    if (explanation.alternatives.empty() || !explanation.alternatives.front().score.allowed()) {
        return QCoreApplication::translate("MatchExplainer", "%1 is matched with %2 (score %3); no other mentor is "
                                                             "allowed.")
            .arg(mentee, mentor, total);
    }
    const Alternative& next = explanation.alternatives.front();
    const QString other = mentorName(scorer, next.mentor);
    switch (next.why) {
    case Alternative::Why::LowerScore:
        return QCoreApplication::translate("MatchExplainer",
                                           "%1 is matched with %2 (score %3); the next best mentor, %4, scores %n "
                                           "point(s) less.",
                                           "", next.scoreDifference)
            .arg(mentee, mentor, total, other);
    case Alternative::Why::CapacityTaken: {
        // A plain variable as the count: lupdate does not extract a call whose count is a cast.
        const int places = int(next.takenBy.size());
        return QCoreApplication::translate("MatchExplainer",
                                           "%1 is matched with %2 (score %3); %4 scores as much or more, but their "
                                           "%n place(s) in this run went to %5.",
                                           "", places)
            .arg(mentee, mentor, total, other, menteeList(scorer, next.takenBy));
    }
    case Alternative::Why::Objective:
    case Alternative::Why::Excluded:
        break;
    }
    return QCoreApplication::translate("MatchExplainer",
                                       "%1 is matched with %2 (score %3); %4 scores as much or more, but the best "
                                       "matching of the whole program places %1 with %2.")
        .arg(mentee, mentor, total, other);
}

QString fullSentence(const MatchScorer& scorer, const MenteeExplanation& explanation, const QString& mentee)
{
    for (const Alternative& alternative : explanation.alternatives) {
        if (alternative.why != Alternative::Why::CapacityTaken || alternative.takenBy.empty())
            continue;
        return QCoreApplication::translate("MatchExplainer",
                                           "%1 has no mentor: all %n allowed mentor(s) are full; the best of them, "
                                           "%2, went to %3.",
                                           "", explanation.allowedMentors)
            .arg(mentee, mentorName(scorer, alternative.mentor), menteeList(scorer, alternative.takenBy));
    }
    return QCoreApplication::translate("MatchExplainer", "%1 has no mentor: all %n allowed mentor(s) are full.", "",
                                       explanation.allowedMentors)
        .arg(mentee);
}

QString unmatchedSentence(const MatchScorer& scorer, const MenteeExplanation& explanation)
{
    const QString mentee = menteeName(scorer, explanation.mentee);
    switch (explanation.reason) {
    case UnmatchedReason::None:
    case UnmatchedReason::NoAllowedMentor:
        break;
    case UnmatchedReason::BelowMinimumScore:
        return QCoreApplication::translate("MatchExplainer",
                                           "%1 has no mentor: no mentor the rules allow reaches the minimum score "
                                           "of %2.")
            .arg(mentee)
            .arg(scorer.rules().minimumScore);
    case UnmatchedReason::AllowedMentorsFull:
        return fullSentence(scorer, explanation, mentee);
    case UnmatchedReason::RotationLimit:
        return QCoreApplication::translate("MatchExplainer",
                                           "%1 has no mentor: the allowed mentors who still have places are barred "
                                           "by the rotation limits.")
            .arg(mentee);
    }
    if (scorer.mentorCount() == 0 || explanation.commonestExclusion == Exclusion::None)
        return QCoreApplication::translate("MatchExplainer", "%1 has no mentor: there is no mentor in this run.")
            .arg(mentee);
    return QCoreApplication::translate("MatchExplainer",
                                       "%1 has no mentor: every pair is excluded, most often because %2.")
        .arg(mentee, MatchExplainer::exclusionClause(explanation.commonestExclusion, explanation.commonestFailedMust,
                                                     scorer.rules()));
}

QString factorLine(Factor factor, const PairScore& score, const MatchRules& rules)
{
    const auto index = static_cast<std::size_t>(factor);
    const int agreement = score.agreement[index];
    if (factor == Factor::TimeZoneOverlap && score.invalidTimeZone) {
        return QCoreApplication::translate("MatchExplainer",
                                           "%1: no agreement, because a time zone is not a valid IANA name (such as "
                                           "Europe/Berlin)")
            .arg(factorLabel(factor));
    }
    if (rules.rule(factor).must && agreement == 0) {
        return QCoreApplication::translate("MatchExplainer", "%1: agreement 0 of 10; a must, not met")
            .arg(factorLabel(factor));
    }
    const int points = score.contributions[index];
    return QCoreApplication::translate("MatchExplainer", "%1: agreement %2 of 10 × weight %3 = %n point(s)", "", points)
        .arg(factorLabel(factor))
        .arg(agreement)
        .arg(rules.rule(factor).weight);
}

} // namespace

QString MatchExplainer::sentence(const MatchScorer& scorer, const MenteeExplanation& explanation)
{
    if (explanation.mentor >= 0)
        return matchedSentence(scorer, explanation);
    return unmatchedSentence(scorer, explanation);
}

QStringList MatchExplainer::factorLines(const PairScore& score, const MatchRules& rules)
{
    QStringList lines;
    for (Factor factor : allFactors())
        lines << factorLine(factor, score, rules);
    if (score.priorityBonus != 0)
        lines << QCoreApplication::translate("MatchExplainer", "High-potential bonus: %n point(s)", "",
                                             score.priorityBonus);
    if (score.stabilityBonus != 0)
        lines << QCoreApplication::translate("MatchExplainer", "Stability bonus (the current mentor): %n point(s)", "",
                                             score.stabilityBonus);
    lines << QCoreApplication::translate("MatchExplainer", "Total: %n point(s)", "", score.total);
    return lines;
}

QString MatchExplainer::exclusionClause(Exclusion exclusion, Factor failedMust, const MatchRules& rules)
{
    switch (exclusion) {
    case Exclusion::None:
        break;
    case Exclusion::SellerConflict:
        return QCoreApplication::translate("MatchExplainer", "the mentor disclosed a conflict with this seller");
    case Exclusion::BrandConflict:
        return QCoreApplication::translate("MatchExplainer",
                                           "the mentor disclosed a conflict with a brand the seller sells");
    case Exclusion::CategoryConflict:
        return QCoreApplication::translate("MatchExplainer",
                                           "the mentor disclosed a conflict with the seller’s category");
    case Exclusion::Forbidden:
        return QCoreApplication::translate("MatchExplainer", "the coordinator forbade the pair");
    case Exclusion::MustFactor:
        return QCoreApplication::translate("MatchExplainer", "the must factor “%1” has no agreement")
            .arg(factorLabel(failedMust));
    case Exclusion::BelowMinimum:
        return QCoreApplication::translate("MatchExplainer", "the score is below the minimum of %1")
            .arg(rules.minimumScore);
    }
    return QString();
}

} // namespace mentordesk::matching
