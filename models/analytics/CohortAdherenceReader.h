// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalyticsScope.h"
#include "analytics/Figures.h"
#include "attention/Adherence.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

namespace mentordesk {

/// Touchpoint adherence per cohort for a scope (issue 11's Adherence tab): PRODUCT.md's share of
/// pair-weeks with a touchpoint done, counted by attention/Adherence (complete weeks up to the
/// as-of date, in the program's zone) over the pairings of the scope's mentees (ScopeMenteesSql)
/// that started on or before it — with a mentor in the scope, only that mentor's pairings.
///
/// Per cohort (the mentee's; 0 = in no cohort, named "No cohort"): value = Σ adhered weeks ÷
/// Σ pair-weeks over its pairings (a ratio of sums); `pairings` counts those with at least one
/// complete pair-week (the ones in the ratio). Cohorts in the order of their start date, then
/// name; "No cohort" last; cohorts without such a pairing are left out.
///
/// Interval: a pairing's weeks are not independent (a pair that meets, meets every week), so the
/// interval is the delta-method one for a ratio clustered by pairing, R ± z·√(Σ(aᵢ − R·bᵢ)²) ÷ Σbᵢ
/// (aᵢ adhered weeks, bᵢ pair-weeks of pairing i), clipped to [0, 1]; it needs two pairings.
/// When every pairing has the same share (the residuals are all 0, e.g. every week adhered) it
/// would have no width: then the Wilson interval over the pair-weeks is given instead.
class CohortAdherenceReader {
    Q_DECLARE_TR_FUNCTIONS(CohortAdherenceReader)
public:
    /// None on a database error (`error` says which).
    static std::optional<QVector<CohortAdherence>> read(QSqlDatabase db, const AnalyticsScope& scope, QString* error);

    /// The interval described above, from the pairings' counts; none with fewer than two pairings.
    static std::optional<ConfidenceInterval> clusteredInterval(const QVector<AdherenceCount>& pairings);
};

} // namespace mentordesk
