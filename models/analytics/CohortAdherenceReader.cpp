// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/CohortAdherenceReader.h"

#include "analytics/ScopeMenteesSql.h"
#include "calendar/CalendarTime.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace mentordesk {

namespace {

// The scope's pairings (started on or before D, the mentor's only when one is given).
const QString kScopePairingsSql = QStringLiteral(R"(
WITH %1
SELECT p.id FROM args a JOIN mentees m JOIN pairings p ON p.mentee_id = m.id
WHERE p.started_on <= a.as_of AND (a.mentor_id = 0 OR p.mentor_id = a.mentor_id))");

struct CohortOrder {
    QString name;
    QString startDate;
};

std::optional<QSet<qint64>> scopePairings(QSqlDatabase db, const AnalyticsScope& scope, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.prepare(kScopePairingsSql.arg(ScopeMenteesSql::ctes()))) {
        ScopeMenteesSql::bind(&query, scope);
        if (query.exec()) {
            QSet<qint64> ids;
            while (query.next())
                ids.insert(query.value(0).toLongLong());
            return ids;
        }
    }
    if (error)
        *error = query.lastError().text();
    return std::nullopt;
}

std::optional<QHash<qint64, CohortOrder>> cohorts(QSqlDatabase db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, name, start_date FROM cohorts"))) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QHash<qint64, CohortOrder> result;
    while (query.next())
        result.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toString()});
    return result;
}

} // namespace

std::optional<ConfidenceInterval> CohortAdherenceReader::clusteredInterval(const QVector<AdherenceCount>& pairings)
{
    double adhered = 0.0;
    double weeks = 0.0;
    int counted = 0;
    for (const AdherenceCount& pairing : pairings) {
        if (pairing.pairWeeks <= 0)
            continue;
        adhered += double(pairing.adheredWeeks);
        weeks += double(pairing.pairWeeks);
        ++counted;
    }
    if (counted < 2)
        return std::nullopt;
    const double ratio = adhered / weeks;
    double squaredResiduals = 0.0;
    for (const AdherenceCount& pairing : pairings) {
        const double residual = double(pairing.adheredWeeks) - ratio * double(pairing.pairWeeks);
        squaredResiduals += residual * residual;
    }
    // Residuals of whole weeks against a ratio: below this they are rounding, not spread.
    if (squaredResiduals <= 1e-12 * weeks * weeks)
        return Intervals::wilson(adhered, weeks);
    const double halfWidth = Intervals::kZ95 * std::sqrt(squaredResiduals) / weeks;
    return ConfidenceInterval{std::max(0.0, ratio - halfWidth), std::min(1.0, ratio + halfWidth)};
}

std::optional<QVector<CohortAdherence>> CohortAdherenceReader::read(QSqlDatabase db, const AnalyticsScope& scope,
                                                                    QString* error)
{
    if (!db.isOpen()) {
        if (error)
            *error = tr("The program is not open.");
        return std::nullopt;
    }
    const std::optional<QSet<qint64>> inScope = scopePairings(db, scope, error);
    const std::optional<QHash<qint64, CohortOrder>> names = inScope ? cohorts(db, error) : std::nullopt;
    if (!names)
        return std::nullopt;
    Adherence adherence(db, CalendarTime::programZone(db));
    AdherenceScope adherenceScope;
    adherenceScope.mentorId = scope.mentorId;
    adherenceScope.cohortId = scope.cohortId;
    const auto pairings = adherence.pairings(scope.asOf, adherenceScope);
    if (!pairings) {
        if (error)
            *error = adherence.errorString();
        return std::nullopt;
    }
    QHash<qint64, QVector<AdherenceCount>> byCohort;
    for (const PairingAdherence& pairing : *pairings) {
        if (inScope->contains(pairing.pairingId) && pairing.count.pairWeeks > 0)
            byCohort[pairing.cohortId].append(pairing.count);
    }
    QVector<CohortAdherence> result;
    for (auto it = byCohort.cbegin(); it != byCohort.cend(); ++it) {
        CohortAdherence row;
        row.cohortId = it.key();
        row.cohortName = it.key() == 0 ? tr("No cohort") : names->value(it.key()).name;
        AdherenceCount total;
        for (const AdherenceCount& count : it.value())
            total.add(count);
        row.value = total.ratio();
        row.interval = clusteredInterval(it.value());
        row.pairings = int(it.value().size());
        row.pairWeeks = int(total.pairWeeks);
        result << row;
    }
    std::sort(result.begin(), result.end(), [&names](const CohortAdherence& left, const CohortAdherence& right) {
        if ((left.cohortId == 0) != (right.cohortId == 0))
            return right.cohortId == 0;
        const CohortOrder a = names->value(left.cohortId);
        const CohortOrder b = names->value(right.cohortId);
        return a.startDate != b.startDate ? a.startDate < b.startDate : a.name < b.name;
    });
    return result;
}

} // namespace mentordesk
