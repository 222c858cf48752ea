// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/AnalyticsSettings.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mentordesk {

AnalyticsSettings::AnalyticsSettings(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<MilestoneGoals> AnalyticsSettings::milestoneGoals()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT key, value FROM program_info WHERE key IN (?, ?)"));
    query.addBindValue(monthlyRevenueKey());
    query.addBindValue(listingQualityKey());
    if (!query.exec()) {
        m_error = tr("The milestone goals could not be read: %1").arg(query.lastError().databaseText());
        return std::nullopt;
    }
    MilestoneGoals goals;
    while (query.next()) {
        bool ok = false;
        const double value = query.value(1).toString().toDouble(&ok);
        // A hand-edited value that is not a number keeps the default rather than a goal of 0.
        if (!ok || value < 0)
            continue;
        if (query.value(0).toString() == monthlyRevenueKey())
            goals.monthlyRevenue = value;
        else
            goals.listingQuality = value;
    }
    return goals;
}

bool AnalyticsSettings::setMilestoneGoals(const MilestoneGoals& goals)
{
    if (goals.monthlyRevenue < 0 || goals.listingQuality < 0) {
        m_error = tr("A milestone goal cannot be negative.");
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO program_info(key, value) VALUES (?, ?), (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(monthlyRevenueKey());
    query.addBindValue(QString::number(goals.monthlyRevenue, 'g', 17));
    query.addBindValue(listingQualityKey());
    query.addBindValue(QString::number(goals.listingQuality, 'g', 17));
    if (!query.exec()) {
        m_error = tr("The milestone goals could not be saved: %1").arg(query.lastError().databaseText());
        return false;
    }
    return true;
}

} // namespace mentordesk
