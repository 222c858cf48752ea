// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchjob/MatchFiles.h"

#include "importing/ImportErrorReport.h"
#include "matching/MatchFactor.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <vector>

namespace mentordesk {

namespace {

using matching::Exclusion;
using matching::MatchProblem;

QString field(const QString& value)
{
    return ImportErrorReport::csvField(value);
}

/// Opens a QSaveFile, or says why not.
bool openForWriting(QSaveFile* file, QString* error)
{
    if (file->open(QIODevice::WriteOnly))
        return true;
    *error = MatchFiles::tr("Cannot write '%1': %2. Choose another folder or free some space.")
                 .arg(QFileInfo(file->fileName()).absoluteFilePath(), file->errorString());
    return false;
}

bool commitFile(QSaveFile* file, QString* error)
{
    if (file->commit())
        return true;
    *error = MatchFiles::tr("Cannot finish writing '%1': %2. Nothing was written there.")
                 .arg(QFileInfo(file->fileName()).absoluteFilePath(), file->errorString());
    return false;
}

/// The rule that left a pair out, as the export counts it: a must names its factor.
QString ruleKey(const matching::PairScore& score)
{
    if (score.exclusion == Exclusion::MustFactor)
        return QStringLiteral("must_%1").arg(matching::factorKey(score.failedMust));
    return matching::exclusionKey(score.exclusion);
}

QJsonArray pairList(const MatchProblem& problem, const std::vector<std::pair<int, int>>& pairs)
{
    QJsonArray list;
    for (const auto& [mentee, mentor] : pairs)
        list.append(QJsonArray{problem.mentees[static_cast<std::size_t>(mentee)].externalId,
                               problem.mentors[static_cast<std::size_t>(mentor)].externalId});
    return list;
}

/// The per-cohort rotation limit as the solver used it: each mentee's cohort, and per mentor the
/// cohorts where the allowance is below the limit (the mentor already holds mentees of it).
QJsonObject cohortLimit(const MatchOutcome& outcome)
{
    const matching::SolverInput& input = outcome.solverInput;
    QJsonObject limit{{QStringLiteral("max_mentees_per_cohort"), input.groupLimit}};
    if (input.groupLimit <= 0 || input.menteeGroup.empty())
        return limit;
    QJsonObject cohortOfMentee;
    QSet<int> groups;
    for (std::size_t mentee = 0; mentee < input.menteeGroup.size(); ++mentee) {
        const int group = input.menteeGroup[mentee];
        if (group < 0)
            continue;
        groups.insert(group);
        cohortOfMentee.insert(outcome.problem.mentees[mentee].externalId,
                              QString::number(outcome.problem.mentees[mentee].cohortId));
    }
    QJsonArray reduced;
    for (std::size_t mentor = 0; mentor < outcome.problem.mentors.size(); ++mentor) {
        for (const int group : groups) {
            const int allowance =
                input.groupAllowance ? input.groupAllowance(static_cast<int>(mentor), group) : input.groupLimit;
            if (allowance >= input.groupLimit)
                continue;
            qint64 cohortId = 0;
            for (std::size_t mentee = 0; mentee < input.menteeGroup.size() && cohortId == 0; ++mentee)
                if (input.menteeGroup[mentee] == group)
                    cohortId = outcome.problem.mentees[mentee].cohortId;
            reduced.append(
                QJsonObject{{QStringLiteral("mentor_external_id"), outcome.problem.mentors[mentor].externalId},
                            {QStringLiteral("cohort"), QString::number(cohortId)},
                            {QStringLiteral("allowance"), allowance}});
        }
    }
    limit.insert(QStringLiteral("cohort_of_mentee"), cohortOfMentee);
    limit.insert(QStringLiteral("reduced_allowances"), reduced);
    return limit;
}

QByteArray constraintsJson(const MatchOutcome& outcome)
{
    const MatchProblem& problem = outcome.problem;
    QJsonArray places;
    for (std::size_t mentor = 0; mentor < problem.mentors.size(); ++mentor)
        places.append(QJsonObject{{QStringLiteral("mentor_external_id"), problem.mentors[mentor].externalId},
                                  {QStringLiteral("places"), outcome.solverInput.capacity[mentor]}});
    QJsonArray objective{QStringLiteral("matched_count")};
    if (outcome.rules.fairness)
        objective.append(QStringLiteral("lowest_matched_score"));
    objective.append(QStringLiteral("total_score"));
    const QJsonObject root{
        {QStringLiteral("objective"), objective},
        {QStringLiteral("fairness"), outcome.rules.fairness},
        {QStringLiteral("minimum_score"), outcome.rules.minimumScore},
        {QStringLiteral("scores_include"),
         QJsonObject{{QStringLiteral("high_potential_bonus"), outcome.rules.highPotentialBonus},
                     {QStringLiteral("stability_bonus"), outcome.rules.stabilityBonus}}},
        {QStringLiteral("mentors"), places},
        {QStringLiteral("max_share_percent"), outcome.rules.maxSharePercent},
        {QStringLiteral("cohort_limit"), cohortLimit(outcome)},
        {QStringLiteral("pins"), pairList(problem, problem.pins)},
        {QStringLiteral("forbids"), pairList(problem, problem.forbids)},
        {QStringLiteral("result"),
         QJsonObject{{QStringLiteral("matched"), outcome.result.matched},
                     {QStringLiteral("total_score"), outcome.result.totalScore},
                     {QStringLiteral("lowest_matched_score"), outcome.result.lowestMatchedScore}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

bool MatchFiles::writeProposals(const MatchOutcome& outcome, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!openForWriting(&file, error))
        return false;
    QByteArray text = "mentee_external_id,mentor_external_id,score,reason\r\n";
    for (const matching::MenteeExplanation& explanation : outcome.explanations) {
        const auto& mentee = outcome.problem.mentees[static_cast<std::size_t>(explanation.mentee)];
        const bool matched = explanation.mentor >= 0;
        const QString mentor =
            matched ? outcome.problem.mentors[static_cast<std::size_t>(explanation.mentor)].externalId : QString();
        const QString score = matched ? QString::number(explanation.score.total) : QString();
        const QString reason = matching::MatchExplainer::sentence(*outcome.scorer, explanation);
        text += QStringList{field(mentee.externalId), field(mentor), score, field(reason)}.join(u',').toUtf8();
        text += "\r\n";
        if (text.size() > (1 << 20)) {
            file.write(text);
            text.clear();
        }
    }
    file.write(text);
    return commitFile(&file, error);
}

QString MatchFiles::constraintsPath(const QString& scoresPath)
{
    const QFileInfo info(scoresPath);
    const QString base = info.suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0
                             ? info.completeBaseName()
                             : info.fileName();
    return info.dir().filePath(base + QStringLiteral(".constraints.json"));
}

bool MatchFiles::writeScores(const MatchOutcome& outcome, const QString& path, qint64 rowLimit, ScoreExport* written,
                             QString* error, const std::atomic<bool>* cancelled)
{
    const MatchProblem& problem = outcome.problem;
    if (rowLimit >= 0 && outcome.result.allowedPairs > rowLimit) {
        *error = tr("The run has %1 allowed pairs, more than the %2 rows a score export writes by default. "
                    "Add --all to write them all, or narrow the run (a cohort, a higher minimum score).")
                     .arg(outcome.result.allowedPairs)
                     .arg(rowLimit);
        return false;
    }
    QSaveFile scores(path);
    QSaveFile constraints(constraintsPath(path));
    if (!openForWriting(&scores, error) || !openForWriting(&constraints, error))
        return false;
    ScoreExport result;
    result.constraintsPath = constraints.fileName();
    const int mentorCount = static_cast<int>(problem.mentors.size());
    std::vector<int> gains(static_cast<std::size_t>(mentorCount));
    std::vector<QByteArray> mentorFields;
    mentorFields.reserve(problem.mentors.size());
    for (const auto& mentor : problem.mentors)
        mentorFields.push_back(field(mentor.externalId).toUtf8());
    QByteArray text = "mentee_external_id,mentor_external_id,score\r\n";
    for (int mentee = 0; mentee < static_cast<int>(problem.mentees.size()); ++mentee) {
        if (cancelled && cancelled->load()) {
            *error = tr("Cancelled; no score file was written.");
            return false;
        }
        outcome.scorer->gainsOfMentee(mentee, gains.data());
        const QByteArray menteeField = field(problem.mentees[static_cast<std::size_t>(mentee)].externalId).toUtf8();
        for (int mentor = 0; mentor < mentorCount; ++mentor) {
            const int gain = gains[static_cast<std::size_t>(mentor)];
            if (gain < 0) {
                ++result.excludedByRule[ruleKey(outcome.scorer->explain(mentee, mentor))];
                continue;
            }
            text += menteeField;
            text += ',';
            text += mentorFields[static_cast<std::size_t>(mentor)];
            text += ',';
            text += QByteArray::number(gain);
            text += "\r\n";
            ++result.rows;
        }
        if (text.size() > (1 << 20)) {
            scores.write(text);
            text.clear();
        }
    }
    scores.write(text);
    constraints.write(constraintsJson(outcome));
    if (!commitFile(&scores, error) || !commitFile(&constraints, error))
        return false;
    *written = result;
    return true;
}

} // namespace mentordesk
