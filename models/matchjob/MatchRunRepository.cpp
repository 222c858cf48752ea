// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchjob/MatchRunRepository.h"

#include "matching/MatchRulesFile.h"
#include "storage/AuditLog.h"
#include "storage/SqlSavepoint.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mentordesk {

namespace {

const QString kSavepoint = QStringLiteral("match_run_repository");

QVariant utcText(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODate)) : QVariant();
}

QDateTime utcFrom(const QVariant& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

QJsonArray idArray(const QVector<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(double(id));
    return array;
}

QVector<qint64> idsFrom(const QJsonValue& value)
{
    QVector<qint64> ids;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& id : array)
        ids << qint64(id.toDouble());
    return ids;
}

const char* const kMenteeModes[] = {"unpaired", "cohort", "sellers"};

/// The run's columns in the order readRun() reads them.
const QString kRunColumns = QStringLiteral("id, started_utc, finished_utc, cohort_id, status, created_by, selection, "
                                           "parameters, statistics FROM match_runs");

MatchRunRecord readRun(const QSqlQuery& query)
{
    MatchRunRecord run;
    run.id = query.value(0).toLongLong();
    run.startedUtc = utcFrom(query.value(1));
    run.finishedUtc = utcFrom(query.value(2));
    run.cohortId = query.value(3).toLongLong();
    run.status = query.value(4).toString();
    run.createdBy = query.value(5).toString();
    run.selection = MatchRunRepository::selectionFromJson(query.value(6).toByteArray());
    // A run stored by an older or newer weights format still lists; its rules fall back to the defaults.
    QString unused;
    run.rules = matching::MatchRulesFile::fromJson(query.value(7).toByteArray(), &unused)
                    .value_or(matching::MatchRules::defaults());
    run.statistics = query.value(8).toByteArray();
    return run;
}

} // namespace

MatchRunRepository::MatchRunRepository(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    // A null QString binds as NULL, which created_by and updated_by refuse; a script may name no actor.
    , m_actor(actor.isNull() ? QStringLiteral("") : std::move(actor))
{
}

bool MatchRunRepository::fail(const QString& message) const
{
    m_error = message;
    return false;
}

QByteArray MatchRunRepository::selectionJson(const MatchSelection& selection)
{
    QJsonObject object;
    object.insert(QStringLiteral("mentees"), QLatin1String(kMenteeModes[int(selection.mentees)]));
    if (selection.mentees == MatchSelection::Mentees::Cohort)
        object.insert(QStringLiteral("cohort_id"), double(selection.cohortId));
    if (selection.mentees == MatchSelection::Mentees::Sellers)
        object.insert(QStringLiteral("seller_ids"), idArray(selection.sellerIds));
    if (!selection.mentorIds.isEmpty())
        object.insert(QStringLiteral("mentor_ids"), idArray(selection.mentorIds));
    object.insert(QStringLiteral("rematch"), selection.rematch);
    if (selection.referenceDate.isValid())
        object.insert(QStringLiteral("reference_date"), selection.referenceDate.toString(Qt::ISODate));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

MatchSelection MatchRunRepository::selectionFromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    MatchSelection selection;
    const QString mode = object.value(QStringLiteral("mentees")).toString();
    for (int i = 0; i < int(std::size(kMenteeModes)); ++i) {
        if (mode == QLatin1String(kMenteeModes[i]))
            selection.mentees = MatchSelection::Mentees(i);
    }
    selection.cohortId = qint64(object.value(QStringLiteral("cohort_id")).toDouble());
    selection.sellerIds = idsFrom(object.value(QStringLiteral("seller_ids")));
    selection.mentorIds = idsFrom(object.value(QStringLiteral("mentor_ids")));
    selection.rematch = object.value(QStringLiteral("rematch")).toBool();
    selection.referenceDate = QDate::fromString(object.value(QStringLiteral("reference_date")).toString(), Qt::ISODate);
    return selection;
}

qint64 MatchRunRepository::save(const MatchRunRecord& run)
{
    m_error.clear();
    SqlSavepoint savepoint(m_db, kSavepoint);
    if (!savepoint.isActive())
        return fail(tr("The match run could not be stored: %1").arg(savepoint.errorText()));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO match_runs(started_utc, finished_utc, cohort_id, status, parameters, "
                                 "statistics, created_by, selection) VALUES (?, ?, ?, 'proposed', ?, ?, ?, ?)"));
    query.addBindValue(utcText(run.startedUtc.isValid() ? run.startedUtc : QDateTime::currentDateTimeUtc()));
    query.addBindValue(utcText(run.finishedUtc));
    query.addBindValue(nullIfZero(run.cohortId));
    query.addBindValue(QString::fromUtf8(matching::MatchRulesFile::toJson(run.rules)));
    query.addBindValue(run.statistics.isEmpty() ? QStringLiteral("{}") : QString::fromUtf8(run.statistics));
    query.addBindValue(run.createdBy.isEmpty() ? m_actor : run.createdBy);
    query.addBindValue(QString::fromUtf8(selectionJson(run.selection)));
    if (!query.exec())
        return fail(tr("The match run could not be stored: %1").arg(query.lastError().databaseText()));
    const qint64 runId = query.lastInsertId().toLongLong();
    if (!saveProposals(runId, run.proposals) || !saveConstraints(runId, run.selection))
        return 0;
    const int matched = int(std::count_if(run.proposals.begin(), run.proposals.end(),
                                          [](const MatchProposal& proposal) { return proposal.mentorId != 0; }));
    AuditLog audit(m_db, m_actor);
    if (!audit.append(EntityKind::MatchRun, runId, QStringLiteral("record"), QVariant(),
                      QStringLiteral("%1 of %2 mentees matched").arg(matched).arg(run.proposals.size())))
        return fail(tr("The match run could not be stored: %1").arg(audit.errorText()));
    if (!savepoint.release())
        return fail(tr("The match run could not be stored: %1").arg(savepoint.errorText()));
    return runId;
}

bool MatchRunRepository::saveProposals(qint64 runId, const QVector<MatchProposal>& proposals)
{
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO match_run_proposals(run_id, seller_id, mentor_id, score, reason) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    for (const MatchProposal& proposal : proposals) {
        insert.addBindValue(runId);
        insert.addBindValue(proposal.sellerId);
        insert.addBindValue(nullIfZero(proposal.mentorId));
        insert.addBindValue(proposal.score);
        // A null QString binds as NULL; an unexplained proposal has an empty reason.
        insert.addBindValue(proposal.reason.isNull() ? QStringLiteral("") : proposal.reason);
        if (!insert.exec())
            return fail(tr("The proposal for %1 could not be stored: %2")
                            .arg(proposal.menteeExternalId, insert.lastError().databaseText()));
    }
    return true;
}

bool MatchRunRepository::saveConstraints(qint64 runId, const MatchSelection& selection)
{
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO match_run_constraints(run_id, kind, seller_id, mentor_id) "
                                  "VALUES (?, ?, ?, ?)"));
    for (const auto& [kind, pairs] : {std::make_pair(QStringLiteral("pin"), &selection.pins),
                                      std::make_pair(QStringLiteral("forbid"), &selection.forbids)}) {
        for (const auto& [sellerId, mentorId] : *pairs) {
            insert.addBindValue(runId);
            insert.addBindValue(kind);
            insert.addBindValue(sellerId);
            insert.addBindValue(mentorId);
            if (!insert.exec())
                return fail(
                    tr("The run's pins and forbids could not be stored: %1").arg(insert.lastError().databaseText()));
        }
    }
    return true;
}

std::optional<MatchRunRecord> MatchRunRepository::load(qint64 runId) const
{
    m_error.clear();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 WHERE id = ?").arg(kRunColumns));
    query.addBindValue(runId);
    if (!query.exec()) {
        fail(query.lastError().databaseText());
        return std::nullopt;
    }
    if (!query.next()) {
        fail(tr("There is no match run %1 in this program.").arg(runId));
        return std::nullopt;
    }
    MatchRunRecord run = readRun(query);
    if (!loadProposals(&run) || !loadConstraints(&run))
        return std::nullopt;
    return run;
}

bool MatchRunRepository::loadProposals(MatchRunRecord* run) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT p.seller_id, s.external_id, p.mentor_id, m.external_id, p.score, p.reason "
                       "FROM match_run_proposals p JOIN sellers s ON s.id = p.seller_id "
                       "LEFT JOIN mentors m ON m.id = p.mentor_id WHERE p.run_id = ? ORDER BY s.external_id"));
    query.addBindValue(run->id);
    if (!query.exec())
        return fail(query.lastError().databaseText());
    while (query.next()) {
        MatchProposal proposal;
        proposal.sellerId = query.value(0).toLongLong();
        proposal.menteeExternalId = query.value(1).toString();
        proposal.mentorId = query.value(2).toLongLong();
        proposal.mentorExternalId = query.value(3).toString();
        proposal.score = query.value(4).toInt();
        proposal.reason = query.value(5).toString();
        run->proposals << proposal;
    }
    return true;
}

bool MatchRunRepository::loadConstraints(MatchRunRecord* run) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT kind, seller_id, mentor_id FROM match_run_constraints WHERE run_id = ? "
                                 "ORDER BY kind, seller_id, mentor_id"));
    query.addBindValue(run->id);
    if (!query.exec())
        return fail(query.lastError().databaseText());
    while (query.next()) {
        auto& pairs = query.value(0).toString() == QLatin1String("pin") ? run->selection.pins : run->selection.forbids;
        pairs.append({query.value(1).toLongLong(), query.value(2).toLongLong()});
    }
    return true;
}

QVector<MatchRunRecord> MatchRunRepository::list(int limit) const
{
    m_error.clear();
    QVector<MatchRunRecord> runs;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 ORDER BY started_utc DESC, id DESC LIMIT ?").arg(kRunColumns));
    query.addBindValue(limit);
    if (!query.exec()) {
        fail(query.lastError().databaseText());
        return runs;
    }
    while (query.next())
        runs << readRun(query);
    return runs;
}

bool MatchRunRepository::setStatus(qint64 runId, const QString& status)
{
    m_error.clear();
    static const QStringList statuses{QStringLiteral("proposed"), QStringLiteral("accepted"),
                                      QStringLiteral("discarded")};
    if (!statuses.contains(status))
        return fail(tr("“%1” is not a status of a match run (proposed, accepted or discarded).").arg(status));
    SqlSavepoint savepoint(m_db, kSavepoint);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT status FROM match_runs WHERE id = ?"));
    query.addBindValue(runId);
    if (!savepoint.isActive() || !query.exec())
        return fail(savepoint.isActive() ? query.lastError().databaseText() : savepoint.errorText());
    if (!query.next())
        return fail(tr("There is no match run %1 in this program.").arg(runId));
    const QString oldStatus = query.value(0).toString();
    if (oldStatus == status)
        return true;
    query.prepare(QStringLiteral("UPDATE match_runs SET status = ? WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(runId);
    AuditLog audit(m_db, m_actor);
    if (!query.exec())
        return fail(query.lastError().databaseText());
    if (!audit.append(EntityKind::MatchRun, runId, QStringLiteral("status"), oldStatus, status))
        return fail(audit.errorText());
    return savepoint.release() || fail(savepoint.errorText());
}

QVector<MatchRunDifference> MatchRunRepository::compare(qint64 firstRunId, qint64 secondRunId) const
{
    m_error.clear();
    const std::optional<MatchRunRecord> first = load(firstRunId);
    const std::optional<MatchRunRecord> second = first ? load(secondRunId) : std::nullopt;
    if (!first || !second)
        return {};
    QHash<qint64, const MatchProposal*> before;
    for (const MatchProposal& proposal : first->proposals)
        before.insert(proposal.sellerId, &proposal);
    QVector<MatchRunDifference> differences;
    for (const MatchProposal& after : second->proposals) {
        const MatchProposal* earlier = before.take(after.sellerId);
        if (earlier && earlier->mentorId == after.mentorId && earlier->score == after.score)
            continue;
        differences.append({after.sellerId, after.menteeExternalId, earlier ? earlier->mentorExternalId : QString(),
                            after.mentorExternalId, after.score - (earlier ? earlier->score : 0)});
    }
    for (const MatchProposal* gone : std::as_const(before))
        differences.append({gone->sellerId, gone->menteeExternalId, gone->mentorExternalId, QString(), -gone->score});
    std::sort(differences.begin(), differences.end(), [](const MatchRunDifference& a, const MatchRunDifference& b) {
        return a.menteeExternalId < b.menteeExternalId;
    });
    return differences;
}

QStringList MatchRunRepository::presetNames() const
{
    QStringList names;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT name FROM match_weight_presets ORDER BY name COLLATE NOCASE")))
        fail(query.lastError().databaseText());
    while (query.next())
        names << query.value(0).toString();
    return names;
}

std::optional<matching::MatchRules> MatchRunRepository::preset(const QString& name) const
{
    m_error.clear();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT rules FROM match_weight_presets WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        fail(tr("There is no weight preset “%1” in this program.").arg(name));
        return std::nullopt;
    }
    QString problem;
    std::optional<matching::MatchRules> rules =
        matching::MatchRulesFile::fromJson(query.value(0).toByteArray(), &problem);
    if (!rules)
        fail(tr("The weight preset “%1” cannot be read: %2").arg(name, problem));
    return rules;
}

bool MatchRunRepository::savePreset(const QString& name, const matching::MatchRules& rules)
{
    m_error.clear();
    if (name.trimmed().isEmpty())
        return fail(tr("A weight preset needs a name."));
    SqlSavepoint savepoint(m_db, kSavepoint);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT rowid, rules FROM match_weight_presets WHERE name = ?"));
    query.addBindValue(name);
    if (!savepoint.isActive() || !query.exec())
        return fail(savepoint.isActive() ? query.lastError().databaseText() : savepoint.errorText());
    const bool exists = query.next();
    const QVariant oldRules = exists ? query.value(1) : QVariant();
    qint64 rowId = exists ? query.value(0).toLongLong() : 0;
    const QString newRules = QString::fromUtf8(matching::MatchRulesFile::toJson(rules));
    query.prepare(QStringLiteral("INSERT INTO match_weight_presets(name, rules, updated_utc, updated_by) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET rules = excluded.rules, "
                                 "updated_utc = excluded.updated_utc, updated_by = excluded.updated_by"));
    query.addBindValue(name);
    query.addBindValue(newRules);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(m_actor);
    if (!query.exec())
        return fail(tr("The weight preset “%1” could not be saved: %2").arg(name, query.lastError().databaseText()));
    if (!exists)
        rowId = query.lastInsertId().toLongLong();
    AuditLog audit(m_db, m_actor);
    if (!audit.append(EntityKind::MatchPreset, rowId, name, oldRules, newRules))
        return fail(audit.errorText());
    return savepoint.release() || fail(savepoint.errorText());
}

bool MatchRunRepository::deletePreset(const QString& name)
{
    m_error.clear();
    SqlSavepoint savepoint(m_db, kSavepoint);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT rowid, rules FROM match_weight_presets WHERE name = ?"));
    query.addBindValue(name);
    if (!savepoint.isActive() || !query.exec())
        return fail(savepoint.isActive() ? query.lastError().databaseText() : savepoint.errorText());
    if (!query.next())
        return fail(tr("There is no weight preset “%1” in this program.").arg(name));
    const qint64 rowId = query.value(0).toLongLong();
    const QVariant oldRules = query.value(1);
    query.prepare(QStringLiteral("DELETE FROM match_weight_presets WHERE rowid = ?"));
    query.addBindValue(rowId);
    AuditLog audit(m_db, m_actor);
    if (!query.exec())
        return fail(query.lastError().databaseText());
    if (!audit.append(EntityKind::MatchPreset, rowId, name, oldRules, QVariant()))
        return fail(audit.errorText());
    return savepoint.release() || fail(savepoint.errorText());
}

} // namespace mentordesk
