// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Figure.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mentordesk {

/// The words the dashboards show for the analytics' codes: metric keys, groups, end reasons.
/// Translated from the field catalogue where it has the word already, so a metric is called the
/// same on the dashboards as in the workspaces and the import wizard.
class AnalyticsLabels {
    Q_DECLARE_TR_FUNCTIONS(AnalyticsLabels)
public:
    /// The catalogue keys of the "by month since enrolment" metrics, in the dashboards' order.
    static QStringList monthlyOutcomeMetrics();
    /// A catalogue key's title ("listing_quality" → "Listing quality") or a milestone's name;
    /// an unknown key as given.
    static QString metricTitle(const QString& key);
    /// A MetricKey (the CSV's metric column) as a KPI's title.
    static QString figureTitle(const QString& metricKey);
    static QString groupLabel(AnalyticsGroup group);
    /// A pairing end reason code as its translated label.
    static QString endReasonLabel(const QString& code);
    /// Whether a catalogue key's values are shares (0–1), shown as percentages.
    static bool isShare(const QString& key);
};

} // namespace mentordesk
