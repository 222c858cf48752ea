// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/AnalyticsEngine.h"

#include "analytics/AnalysisContext.h"
#include "analytics/CohortAdherenceReader.h"
#include "analytics/FigureRows.h"
#include "analytics/Milestones.h"
#include "analytics/MonthlyOutcomes.h"
#include "analytics/OutcomeFigures.h"
#include "analytics/PairingFunnel.h"
#include "analytics/RampTime.h"
#include "attention/Adherence.h"
#include "calendar/CalendarTime.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace mentordesk {

struct AnalyticsEngine::Prepared {
    ProgramSellers program;
    AnalysisContext context;
};

namespace {

/// The CSV's row order (Figure.h): a figure's place is its metric's index, then its group.
int rowOrder(const Figure& figure)
{
    static const QStringList order{MetricKey::RampTimeMedianDays,
                                   MetricKey::FirstSaleShare,
                                   MetricKey::ListingQualityLatest,
                                   MetricKey::ListingQualityImprovement,
                                   MetricKey::ReturnRateLatest,
                                   MetricKey::ReturnRateImprovement,
                                   MetricKey::AovLatest,
                                   MetricKey::AovImprovement,
                                   MetricKey::CsatLatest,
                                   MetricKey::CsatImprovement,
                                   MetricKey::RevenueImprovement,
                                   MetricKey::OrdersImprovement,
                                   MetricKey::PriceCompetitivenessImprovement,
                                   MetricKey::InventoryTurnoverImprovement,
                                   MetricKey::RepeatPurchaseRateLatest,
                                   MetricKey::RepeatPurchaseRateImprovement,
                                   MetricKey::TouchpointAdherence,
                                   MetricKey::MilestoneRevenueShareM6,
                                   MetricKey::MilestoneListingQualityShareM6};
    const int index = static_cast<int>(order.indexOf(figure.metric));
    return (index < 0 ? static_cast<int>(order.size()) : index) * 3 + static_cast<int>(figure.group);
}

bool isCancelled(const std::atomic_bool* cancelled)
{
    return cancelled && cancelled->load();
}

QVector<qint64> idsOf(const AnalysisContext& context, AnalyticsGroup group, qint64 cohortId = -1)
{
    QVector<qint64> ids;
    for (const AnalysisMember& member : context.members(group)) {
        if (cohortId < 0 || context.seller(member).cohortId == cohortId)
            ids.append(context.seller(member).id);
    }
    return ids;
}

} // namespace

AnalyticsEngine::AnalyticsEngine(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool AnalyticsEngine::prepare(const AnalyticsScope& scope, bool withIntervals, const std::atomic_bool* cancelled,
                              Prepared& prepared)
{
    if (!scope.asOf.isValid()) {
        m_error = QCoreApplication::translate("AnalyticsEngine", "The analytics need a valid as-of date.");
        return false;
    }
    BaseTableSource source(m_db);
    auto program = source.readSellers();
    if (!program) {
        m_error = source.errorString();
        return false;
    }
    prepared.program = std::move(*program);
    AnalysisContext& context = prepared.context;
    context.program = &prepared.program;
    context.asOf = scope.asOf;
    context.withIntervals = withIntervals;
    context.cancelled = cancelled;
    context.groups = AnalysisGroups::build(prepared.program, scope);

    // Only the two groups' snapshots are kept: one ordered pass, no statement per seller.
    QSet<qint64> wanted;
    for (AnalyticsGroup group : {AnalyticsGroup::Mentored, AnalyticsGroup::Comparison}) {
        for (const AnalysisMember& member : context.members(group))
            wanted.insert(context.seller(member).id);
    }
    if (!source.readSnapshots(prepared.program, wanted, scope.asOf, cancelled)) {
        m_error = source.errorString();
        return false;
    }
    AnalyticsSettings settings(m_db);
    const auto goals = settings.milestoneGoals();
    if (!goals) {
        m_error = settings.errorString();
        return false;
    }
    context.goals = *goals;
    return !isCancelled(cancelled);
}

void AnalyticsEngine::fillAdherence(Figures& figures, const Prepared& prepared)
{
    const AnalysisContext& context = prepared.context;
    const QString name = MetricKey::TouchpointAdherence;
    Adherence adherence(m_db, CalendarTime::programZone(m_db));
    const auto pairings = adherence.pairings(context.asOf, AdherenceScope{0, figures.scope.mentorId, 0});
    GroupEstimate estimate;
    if (pairings) {
        const QVector<qint64> mentees = idsOf(context, AnalyticsGroup::Mentored);
        const QSet<qint64> inScope(mentees.cbegin(), mentees.cend());
        // Adherence is a ratio of sums over pairings: Σ adhered weeks ÷ Σ pair-weeks; its
        // interval the delta method clustered by pairing (docs/metrics.md).
        QVector<LevelTerm> terms;
        for (const PairingAdherence& pairing : *pairings) {
            if (pairing.count.pairWeeks > 0 &&
                inScope.contains(prepared.program.menteeByPairing.value(pairing.pairingId)))
                terms.append(LevelTerm{1.0, OutcomeParts{static_cast<double>(pairing.count.adheredWeeks),
                                                         static_cast<double>(pairing.count.pairWeeks)}});
        }
        estimate = GroupEstimator::level(terms, true, context.withIntervals);
    }
    Figure mentored = FigureRows::group(name, AnalyticsGroup::Mentored, estimate, context.withIntervals);
    if (!pairings)
        mentored.reason = adherence.errorString();
    figures.figures.append(mentored);
    figures.figures.append(FigureRows::notApplicable(name, AnalyticsGroup::Comparison));
    figures.figures.append(FigureRows::notApplicable(name, AnalyticsGroup::Difference));
}

std::optional<Figures> AnalyticsEngine::compute(const AnalyticsScope& scope, Phase phase,
                                                const std::atomic_bool* cancelled)
{
    m_error.clear();
    auto prepared = std::make_unique<Prepared>();
    if (!prepare(scope, phase == Phase::WithIntervals, cancelled, *prepared))
        return std::nullopt;
    const AnalysisContext& context = prepared->context;
    Figures figures;
    figures.scope = scope;
    figures.intervalsComputed = context.withIntervals;
    figures.mentored = static_cast<int>(context.groups.mentored.size());
    figures.comparison = static_cast<int>(context.groups.comparison.size());
    figures.menteesCovered = context.groups.menteesCovered;
    figures.notInEitherGroup = context.groups.notInEitherGroup;
    figures.menteesWithoutSignup = context.groups.menteesWithoutSignup;

    RampTime(context).fill(figures);
    OutcomeFigures(context).fill(figures);
    MonthlyOutcomes(context).fill(figures);
    Milestones(context).fill(figures);
    fillAdherence(figures, *prepared);
    // The funnel and adherence by cohort read the scope's pairings themselves (ScopeMenteesSql).
    QString error;
    std::optional<PairingFunnelCounts> funnel = PairingFunnel::read(m_db, scope, &error);
    std::optional<QVector<CohortAdherence>> cohorts =
        funnel ? CohortAdherenceReader::read(m_db, scope, &error) : std::nullopt;
    if (!funnel || !cohorts) {
        m_error = error;
        return std::nullopt;
    }
    figures.funnel = std::move(*funnel);
    figures.adherenceByCohort = std::move(*cohorts);
    if (isCancelled(cancelled))
        return std::nullopt;
    std::stable_sort(figures.figures.begin(), figures.figures.end(),
                     [](const Figure& left, const Figure& right) { return rowOrder(left) < rowOrder(right); });
    return figures;
}

std::optional<QVector<qint64>> AnalyticsEngine::sellersBehind(const FigureKey& key, const AnalyticsScope& scope)
{
    m_error.clear();
    auto prepared = std::make_unique<Prepared>();
    if (!prepare(scope, false, nullptr, *prepared))
        return std::nullopt;
    const AnalysisContext& context = prepared->context;
    std::optional<QVector<qint64>> ids;
    switch (key.chart) {
    case FigureKey::Chart::Overview:
        if (key.metric == QLatin1String(MetricKey::RampTimeMedianDays) ||
            key.metric == QLatin1String(MetricKey::FirstSaleShare))
            ids = RampTime(context).sellersBehind(key);
        else if (key.metric == QLatin1String(MetricKey::TouchpointAdherence))
            ids = idsOf(context, AnalyticsGroup::Mentored);
        else if (!(ids = OutcomeFigures(context).sellersBehind(key)))
            ids = Milestones(context).sellersBehind(key);
        break;
    case FigureKey::Chart::RampTime:
        ids = RampTime(context).sellersBehind(key);
        break;
    case FigureKey::Chart::MonthlyOutcome:
    case FigureKey::Chart::Milestone:
        if (!(ids = MonthlyOutcomes(context).sellersBehind(key)))
            ids = Milestones(context).sellersBehind(key);
        break;
    case FigureKey::Chart::AdherenceCohort:
        ids = idsOf(context, AnalyticsGroup::Mentored, key.cohortId);
        break;
    case FigureKey::Chart::PairingFunnel:
        ids = idsOf(context, AnalyticsGroup::Mentored);
        break;
    }
    if (!ids) {
        m_error = QCoreApplication::translate("AnalyticsEngine", "“%1” is not a figure of this chart.").arg(key.metric);
        return std::nullopt;
    }
    std::sort(ids->begin(), ids->end());
    ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    return ids;
}

} // namespace mentordesk
