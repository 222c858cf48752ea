// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FieldSpec.h"
#include "domain/MetricSnapshot.h"

#include <QString>
#include <QVector>

#include <optional>

namespace mentordesk {

/// A seller's contribution to a group figure: the group value is Σw·a ÷ Σw·b. A mean-type
/// metric has b = 1 (so the group value is the weighted mean of a).
struct OutcomeParts {
    double numerator = 0.0;
    double denominator = 1.0;
};

/// An outcome of the catalogue as the analytics aggregate it (docs/metrics.md, "Group rates"):
/// mean type (revenue, orders, listing quality, price competitiveness, inventory turnover) or a
/// ratio of sums (return rate = Σ returned ÷ Σ orders, AOV = Σ revenue ÷ Σ orders, CSAT and
/// repeat purchase rate weighted by orders).
struct OutcomeMetric {
    const FieldSpec* field = nullptr; ///< The catalogue entry; key() is its key.
    bool ratio = false;
    QString figurePrefix;         ///< The MetricKey stem: "listing_quality", "aov"…
    bool hasLatestFigure = false; ///< A `<prefix>_latest` row in the CSV.

    QString key() const { return field->key; }
    /// The seller's (a, b) in `snapshot`; none when the snapshot lacks what the metric needs
    /// (a ratio needs its order count: a zero-order period gives (0, 0) and stays in).
    std::optional<OutcomeParts> parts(const MetricSnapshot& snapshot) const;
    /// The seller's own value (a ÷ b through the catalogue formula), for the balance table.
    std::optional<double> sellerValue(const MetricSnapshot& snapshot) const;

    QString latestFigure() const { return figurePrefix + QStringLiteral("_latest"); }
    QString improvementFigure() const { return figurePrefix + QStringLiteral("_improvement"); }

    /// Every outcome of the catalogue, in catalogue order.
    static const QVector<OutcomeMetric>& all();
    /// The outcome with catalogue key `key`; nullptr when none.
    static const OutcomeMetric* find(const QString& key);
};

} // namespace mentordesk
