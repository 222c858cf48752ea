// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalyticsScope.h"
#include "analytics/FigureKey.h"
#include "analytics/Figures.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

namespace mentordesk {

/// The outcome analytics of issue 11 (docs/metrics.md): reads a program and computes every figure
/// of a scope. Used on a worker thread by the dashboards and directly by `mentordesk metrics`; it
/// only reads.
class AnalyticsEngine {
public:
    enum class Phase {
        PointEstimates, ///< Values and n (fast: what a dashboard shows first).
        WithIntervals,  ///< Also every interval, bootstrap included.
    };

    explicit AnalyticsEngine(QSqlDatabase db);

    /// None on a database error (errorString() says which) or when cancelled.
    std::optional<Figures> compute(const AnalyticsScope& scope, Phase phase,
                                   const std::atomic_bool* cancelled = nullptr);

    /// The IDs (sellers.id, ascending) of the sellers behind a chart's point or bar; none on error.
    std::optional<QVector<qint64>> sellersBehind(const FigureKey& key, const AnalyticsScope& scope);

    QString errorString() const { return m_error; }

private:
    struct Prepared;
    /// Reads the program and forms the groups (shared by compute and sellersBehind).
    bool prepare(const AnalyticsScope& scope, bool withIntervals, const std::atomic_bool* cancelled,
                 Prepared& prepared);
    void fillAdherence(Figures& figures, const Prepared& prepared);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace mentordesk
