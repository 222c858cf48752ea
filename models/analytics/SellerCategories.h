// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace mentordesk {

/// The categories sellers have, compared case-insensitively as the analytics' strata do
/// (AnalyticsScope::category): for `mentordesk metrics --category` and the dashboards' filter.
class SellerCategories {
public:
    explicit SellerCategories(QSqlDatabase db);

    /// The category as the program spells it most often when some seller has `name` (any case);
    /// none when no seller has it, or on a database error.
    std::optional<QString> find(const QString& name) const;
    /// Every non-empty category once (most frequent spelling), sorted case-insensitively.
    QStringList all() const;

private:
    QSqlDatabase m_db;
};

} // namespace mentordesk
