// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/AnalyticsLabels.h"

#include "domain/FieldCatalogue.h"
#include "domain/FieldId.h"

namespace mentordesk {

QStringList AnalyticsLabels::monthlyOutcomeMetrics()
{
    return {QStringLiteral("listing_quality"),      QStringLiteral("return_rate"),
            QStringLiteral("average_order_value"),  QStringLiteral("csat"),
            QStringLiteral("repeat_purchase_rate"), QStringLiteral("price_competitiveness"),
            QStringLiteral("inventory_turnover")};
}

QString AnalyticsLabels::metricTitle(const QString& key)
{
    if (key == QLatin1String("milestone_revenue"))
        return tr("Monthly revenue goal reached");
    if (key == QLatin1String("milestone_listing_quality"))
        return tr("Listing quality goal reached");
    if (const FieldSpec* field = findCatalogueField(EntityKind::MetricSnapshot, key))
        return field->translatedTitle();
    return key;
}

QString AnalyticsLabels::figureTitle(const QString& metricKey)
{
    const QString key = metricKey;
    if (key == QLatin1String(MetricKey::RampTimeMedianDays))
        return tr("Ramp time (median days)");
    if (key == QLatin1String(MetricKey::FirstSaleShare))
        return tr("First sale made");
    if (key == QLatin1String(MetricKey::ListingQualityImprovement))
        return tr("Listing quality improvement");
    if (key == QLatin1String(MetricKey::ListingQualityLatest))
        return tr("Listing quality (latest)");
    if (key == QLatin1String(MetricKey::ReturnRateLatest))
        return tr("Return rate (latest)");
    if (key == QLatin1String(MetricKey::ReturnRateImprovement))
        return tr("Return rate change");
    if (key == QLatin1String(MetricKey::AovLatest))
        return tr("Average order value (latest)");
    if (key == QLatin1String(MetricKey::AovImprovement))
        return tr("Average order value change");
    if (key == QLatin1String(MetricKey::CsatLatest))
        return tr("Customer satisfaction (latest)");
    if (key == QLatin1String(MetricKey::CsatImprovement))
        return tr("Customer satisfaction change");
    if (key == QLatin1String(MetricKey::RevenueImprovement))
        return tr("Revenue change");
    if (key == QLatin1String(MetricKey::TouchpointAdherence))
        return tr("Touchpoint adherence");
    return key;
}

QString AnalyticsLabels::groupLabel(AnalyticsGroup group)
{
    switch (group) {
    case AnalyticsGroup::Mentored:
        return tr("Mentored");
    case AnalyticsGroup::Comparison:
        return tr("Comparison");
    case AnalyticsGroup::Difference:
        return tr("Difference");
    }
    return {};
}

QString AnalyticsLabels::endReasonLabel(const QString& code)
{
    return catalogueField(FieldId::PairingEndReason).choiceLabel(code);
}

bool AnalyticsLabels::isShare(const QString& key)
{
    return key == QLatin1String("return_rate") || key == QLatin1String("repeat_purchase_rate") ||
           key.startsWith(QLatin1String("milestone_")) || key == QLatin1String(MetricKey::FirstSaleShare) ||
           key.startsWith(QLatin1String("return_rate_")) || key.startsWith(QLatin1String("repeat_purchase_rate_")) ||
           key == QLatin1String(MetricKey::TouchpointAdherence);
}

} // namespace mentordesk
