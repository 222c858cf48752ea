// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mentordesk {

/// The program's milestone goals (docs/metrics.md, "Milestones").
struct MilestoneGoals {
    static constexpr double kDefaultMonthlyRevenue = 1000.0; ///< In the program's currency.
    static constexpr double kDefaultListingQuality = 80.0;   ///< Of 100.

    double monthlyRevenue = kDefaultMonthlyRevenue; ///< A snapshot's revenue at or above it meets the goal.
    double listingQuality = kDefaultListingQuality; ///< A snapshot's listing quality at or above it meets it.

    bool operator==(const MilestoneGoals& other) const
    {
        return monthlyRevenue == other.monthlyRevenue && listingQuality == other.listingQuality;
    }
};

/// The analytics' program settings, kept in `program_info` (keys `milestone_monthly_revenue`
/// and `milestone_listing_quality`); a missing or unreadable value is its documented default.
class AnalyticsSettings {
    Q_DECLARE_TR_FUNCTIONS(AnalyticsSettings)
public:
    explicit AnalyticsSettings(QSqlDatabase db);

    /// None on a database error (errorString() says which).
    std::optional<MilestoneGoals> milestoneGoals();
    /// Saves both goals; false on a database error or a negative goal (errorString() says which).
    bool setMilestoneGoals(const MilestoneGoals& goals);

    QString errorString() const { return m_error; }

    static QString monthlyRevenueKey() { return QStringLiteral("milestone_monthly_revenue"); }
    static QString listingQualityKey() { return QStringLiteral("milestone_listing_quality"); }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace mentordesk
