// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Figures.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mentordesk {

/// The CSV of `mentordesk metrics` (issue 11; issue 12's reports reuse it): the header
/// `metric,group,value,n,ci_low,ci_high`, then one row per MetricKey (in Figure.h's order) ×
/// mentored, comparison, difference — 57 rows whatever the figures hold, so a script can rely on
/// the shape. A figure the engine did not produce still gets its row, every value empty.
///
/// Numbers: '.' decimals, no thousands separators, no exponent; UTF-8 without BOM, lines ended by
/// `\n`. Decimals per metric (the value and both interval ends alike):
///   - days (ramp_time_median_days): 0 — whole days, as the Kaplan–Meier median is;
///   - shares and rates (first_sale_share, return_rate_*, repeat_purchase_rate_*,
///     touchpoint_adherence, milestone_*_share_m6): 4 — a tenth of a percentage point;
///   - price_competitiveness_improvement: 4 — a ratio to the category median, changes of 0.01 matter;
///   - money (aov_*, revenue_improvement): 2 — cents;
///   - scores and counts (listing_quality_*, csat_*, orders_improvement,
///     inventory_turnover_improvement): 2.
/// n is a whole number; empty only when the figure is missing. -0 is written 0.
class MetricsCsv {
    Q_DECLARE_TR_FUNCTIONS(MetricsCsv)
public:
    /// The MetricKey names in row order.
    static const QStringList& metrics();
    /// The group column's word: mentored, comparison, difference.
    static QString groupName(AnalyticsGroup group);
    /// Decimals of a metric's value and interval (see above); 2 for a name it does not know.
    static int decimals(const QString& metric);
    /// A number as the CSV writes it with `decimals` places; empty when not finite.
    static QString number(double value, int decimals);

    static QString header();
    /// The header and the 57 rows, without line ends.
    static QStringList lines(const Figures& figures);
    /// The whole file: lines() joined and ended by `\n`, as UTF-8.
    static QByteArray bytes(const Figures& figures);

    /// True when every row has a value and no figure is marked too few (exit code 0).
    static bool complete(const Figures& figures);
    /// Why rows are empty or marked, one translated sentence per distinct reason in row order
    /// (figures in state NoData, TooFew or NotReached, and missing figures), for stderr.
    static QStringList reasons(const Figures& figures);

private:
    static QString row(const QString& metric, AnalyticsGroup group, const Figure* figure);
    static QString defaultReason(const QString& metric, AnalyticsGroup group, FigureState state);
};

} // namespace mentordesk
