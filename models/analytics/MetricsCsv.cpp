// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/MetricsCsv.h"

#include <QSet>

#include <cmath>

namespace mentordesk {

namespace {

constexpr AnalyticsGroup kGroups[] = {AnalyticsGroup::Mentored, AnalyticsGroup::Comparison, AnalyticsGroup::Difference};

bool marksRow(const Figure& figure)
{
    return figure.state == FigureState::NoData || figure.state == FigureState::TooFew ||
           figure.state == FigureState::NotReached;
}

} // namespace

const QStringList& MetricsCsv::metrics()
{
    namespace K = MetricKey;
    static const QStringList names = {
        QLatin1String(K::RampTimeMedianDays),
        QLatin1String(K::FirstSaleShare),
        QLatin1String(K::ListingQualityLatest),
        QLatin1String(K::ListingQualityImprovement),
        QLatin1String(K::ReturnRateLatest),
        QLatin1String(K::ReturnRateImprovement),
        QLatin1String(K::AovLatest),
        QLatin1String(K::AovImprovement),
        QLatin1String(K::CsatLatest),
        QLatin1String(K::CsatImprovement),
        QLatin1String(K::RevenueImprovement),
        QLatin1String(K::OrdersImprovement),
        QLatin1String(K::PriceCompetitivenessImprovement),
        QLatin1String(K::InventoryTurnoverImprovement),
        QLatin1String(K::RepeatPurchaseRateLatest),
        QLatin1String(K::RepeatPurchaseRateImprovement),
        QLatin1String(K::TouchpointAdherence),
        QLatin1String(K::MilestoneRevenueShareM6),
        QLatin1String(K::MilestoneListingQualityShareM6),
    };
    return names;
}

QString MetricsCsv::groupName(AnalyticsGroup group)
{
    switch (group) {
    case AnalyticsGroup::Mentored:
        return QStringLiteral("mentored");
    case AnalyticsGroup::Comparison:
        return QStringLiteral("comparison");
    case AnalyticsGroup::Difference:
        break;
    }
    return QStringLiteral("difference");
}

int MetricsCsv::decimals(const QString& metric)
{
    namespace K = MetricKey;
    if (metric == QLatin1String(K::RampTimeMedianDays))
        return 0;
    static const QSet<QString> fourDecimals = {
        QLatin1String(K::FirstSaleShare),
        QLatin1String(K::ReturnRateLatest),
        QLatin1String(K::ReturnRateImprovement),
        QLatin1String(K::RepeatPurchaseRateLatest),
        QLatin1String(K::RepeatPurchaseRateImprovement),
        QLatin1String(K::TouchpointAdherence),
        QLatin1String(K::MilestoneRevenueShareM6),
        QLatin1String(K::MilestoneListingQualityShareM6),
        QLatin1String(K::PriceCompetitivenessImprovement),
    };
    return fourDecimals.contains(metric) ? 4 : 2;
}

QString MetricsCsv::number(double value, int decimals)
{
    if (!std::isfinite(value))
        return QString();
    // QString::number ignores the locale: '.' and no group separators, whatever the user's.
    QString text = QString::number(value, 'f', decimals);
    // A value that rounds to zero from below would read "-0.00": a sign that says nothing.
    if (text.startsWith(u'-') && text.toDouble() == 0.0)
        text.remove(0, 1);
    return text;
}

QString MetricsCsv::header()
{
    return QStringLiteral("metric,group,value,n,ci_low,ci_high");
}

QString MetricsCsv::row(const QString& metric, AnalyticsGroup group, const Figure* figure)
{
    QStringList fields{metric, groupName(group), QString(), QString(), QString(), QString()};
    if (figure) {
        const int places = decimals(metric);
        if (figure->value)
            fields[2] = number(*figure->value, places);
        fields[3] = QString::number(figure->n);
        if (figure->interval && figure->value) {
            fields[4] = number(figure->interval->low, places);
            fields[5] = number(figure->interval->high, places);
        }
    }
    return fields.join(u',');
}

QStringList MetricsCsv::lines(const Figures& figures)
{
    QStringList result{header()};
    for (const QString& metric : metrics()) {
        for (const AnalyticsGroup group : kGroups)
            result << row(metric, group, figures.find(metric, group));
    }
    return result;
}

QByteArray MetricsCsv::bytes(const Figures& figures)
{
    QByteArray result;
    for (const QString& line : lines(figures)) {
        result += line.toUtf8();
        result += '\n';
    }
    return result;
}

bool MetricsCsv::complete(const Figures& figures)
{
    for (const QString& metric : metrics()) {
        for (const AnalyticsGroup group : kGroups) {
            const Figure* figure = figures.find(metric, group);
            if (!figure || !figure->value || !std::isfinite(*figure->value) || figure->state == FigureState::TooFew)
                return false;
        }
    }
    return true;
}

QString MetricsCsv::defaultReason(const QString& metric, AnalyticsGroup group, FigureState state)
{
    switch (state) {
    case FigureState::NotReached:
        return tr("%1, %2: the median is not reached by the as-of date.").arg(metric, groupName(group));
    case FigureState::TooFew:
        return tr("%1, %2: fewer than 10 sellers, too few to compare.").arg(metric, groupName(group));
    default:
        break;
    }
    return tr("%1, %2: no seller in scope has the data this figure needs.").arg(metric, groupName(group));
}

QStringList MetricsCsv::reasons(const Figures& figures)
{
    QStringList result;
    QStringList missing;
    for (const QString& metric : metrics()) {
        for (const AnalyticsGroup group : kGroups) {
            const Figure* figure = figures.find(metric, group);
            QString reason;
            if (!figure)
                missing << tr("%1, %2").arg(metric, groupName(group));
            else if (marksRow(*figure))
                reason = figure->reason.isEmpty() ? defaultReason(metric, group, figure->state)
                                                  : tr("%1: %2").arg(groupName(group), figure->reason);
            else if (!figure->value || !std::isfinite(*figure->value))
                reason = defaultReason(metric, group, FigureState::NoData);
            if (!reason.isEmpty() && !result.contains(reason))
                result << reason;
        }
    }
    const int missingCount = int(missing.size());
    if (missingCount == int(metrics().size()) * 3)
        result << tr("No figure was computed; every row is empty.");
    else if (missingCount > 0)
        result
            << tr("%n figure(s) were not computed: %1.", nullptr, missingCount).arg(missing.join(QStringLiteral("; ")));
    return result;
}

} // namespace mentordesk
