// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/AnalyticsEngine.h"

namespace mentordesk {

AnalyticsEngine::AnalyticsEngine(QSqlDatabase db)
    : m_db(std::move(db))
{
}

// Day 0 of issue 11: the interface the dashboards and the command are written against; the
// figures come with the engine's first pass.
std::optional<Figures> AnalyticsEngine::compute(const AnalyticsScope& scope, Phase phase, const std::atomic_bool*)
{
    Figures figures;
    figures.scope = scope;
    figures.intervalsComputed = phase == Phase::WithIntervals;
    return figures;
}

std::optional<QVector<qint64>> AnalyticsEngine::sellersBehind(const FigureKey&, const AnalyticsScope&)
{
    return QVector<qint64>();
}

} // namespace mentordesk
