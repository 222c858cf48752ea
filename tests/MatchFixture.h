// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small hand-built program for the match job's suites (loader, runs, commit): every profile
// field set somewhere, mentors whose ids and external IDs sort differently, an open pairing, a
// cohort, disclosures of each kind and snapshots whose medians are known.

#include "SqlTestSupport.h"

#include <QStringList>

namespace matchfixture {

// Sellers (id: external ID): 1 S-003 enrolled, 2 S-001 enrolled, 3 S-002 enrolled with an open
// pairing with mentor 2, 4 S-004 prospect, 5 S-005 enrolled. Cohort 1 "Spring" holds 3 and 5.
// Mentors (id: external ID, capacity): 1 M-B 2, 2 M-A 1 (full), 3 M-C 3 inactive, 4 M-D 2.
inline QStringList statements()
{
    return {
        QStringLiteral(
            "INSERT INTO sellers(id, external_id, shop_name, category, channel, status, tier, growth_target, "
            "sales_velocity, inventory_complexity, time_zone, work_start_minute, work_end_minute, weekly_hours, "
            "coaching_style, communication, pain_points, created_utc, updated_utc) VALUES "
            "(1, 'S-003', 'Gamma', 'Clothing, shoes', 'social', 'enrolled', 'high_potential', 50, 20, 3, "
            " 'Europe/Berlin', 480, 1020, 5, 'data_driven', 'live', 'pricing,returns', '', ''), "
            "(2, 'S-001', 'Alpha', 'Beauty', 'marketplace_app', 'enrolled', 'standard', NULL, NULL, NULL, "
            " 'Europe/London', 540, 1080, NULL, NULL, NULL, '', '', ''), "
            "(3, 'S-002', 'Beta', 'Toys', 'wholesale', 'enrolled', 'standard', 10, 5, 2, 'America/New_York', 540, "
            " 1080, 3, 'intuitive', 'async', 'low_visibility', '', ''), "
            "(4, 'S-004', 'Delta', 'Toys', 'marketplace_app', 'prospect', 'standard', NULL, NULL, NULL, '', 540, "
            " 1080, NULL, NULL, NULL, '', '', ''), "
            "(5, 'S-005', 'Epsilon', 'Home', 'own_storefront', 'enrolled', 'standard', NULL, NULL, NULL, "
            " 'Asia/Kolkata', 600, 1140, NULL, NULL, NULL, '', '', '')"),
        QStringLiteral("INSERT INTO cohorts(id, name, start_date, created_utc, updated_utc) VALUES "
                       "(1, 'Spring', '2026-01-01', '', '')"),
        QStringLiteral("INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES "
                       "(3, 1, '2026-01-01'), (5, 1, '2026-01-01')"),
        QStringLiteral("INSERT INTO seller_metric_snapshots(seller_id, snapshot_date, listing_quality, orders, "
                       "returned_orders, return_rate, csat, price_competitiveness) VALUES "
                       "(1, '2026-01-01', 90, 10, 0, NULL, 5, 1), (1, '2026-02-01', 40, 10, 2, NULL, 4.5, 1.2), "
                       "(2, '2026-02-01', 80, NULL, NULL, 0.1, 3.5, 0.9), (3, '2026-02-01', 60, 20, 1, NULL, 4, NULL), "
                       "(4, '2026-02-01', 10, 10, 9, NULL, 1, 3)"),
        QStringLiteral(
            "INSERT INTO mentors(id, external_id, name, capacity, active, categories, industries, "
            "max_sales_velocity, max_inventory_complexity, best_growth, time_zone, work_start_minute, "
            "work_end_minute, weekly_hours, coaching_style, communication, created_utc, updated_utc) VALUES "
            "(1, 'M-B', 'Bea', 2, 1, 'Beauty, Clothing, shoes', 'Retail, Crafts', 50, 4, 80, 'Europe/London', 600, "
            " 1020, 6, 'intuitive', 'async', '', ''), "
            "(2, 'M-A', 'Abe', 1, 1, 'Toys', '', NULL, NULL, NULL, 'America/New_York', 540, 1080, NULL, NULL, "
            " NULL, '', ''), "
            "(3, 'M-C', 'Cid', 3, 0, '', '', NULL, NULL, NULL, '', 540, 1080, NULL, NULL, NULL, '', ''), "
            "(4, 'M-D', 'Dee', 2, 1, 'Home', '', NULL, NULL, NULL, '', 540, 1080, NULL, NULL, NULL, '', '')"),
        QStringLiteral("INSERT INTO mentor_skills(mentor_id, skill, level) VALUES (1, 'pricing', 5), "
                       "(1, 'listing_optimisation', 3), (4, 'customer_service', 2)"),
        QStringLiteral("INSERT INTO mentor_languages VALUES (1, 'en'), (1, 'de'), (2, 'en'), (4, 'hi')"),
        QStringLiteral("INSERT INTO mentor_channels VALUES (1, 'social'), (1, 'wholesale')"),
        QStringLiteral("INSERT INTO seller_languages VALUES (1, 'de'), (1, 'fr'), (2, 'en'), (3, 'en'), (5, 'hi')"),
        QStringLiteral("INSERT INTO seller_brands VALUES (1, 'Acme'), (1, 'Zenith')"),
        QStringLiteral("INSERT INTO mentor_disclosures(mentor_id, kind, seller_id, value, declared_on) VALUES "
                       "(1, 'brand', NULL, 'Northwind', '2026-01-01'), (1, 'category', NULL, 'Toys', '2026-01-01'), "
                       "(1, 'seller', 4, 'S-004', '2026-01-01')"),
        QStringLiteral("INSERT INTO related_categories VALUES ('Beauty', 'Clothing, shoes')"),
        QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, created_utc, updated_utc) "
                       "VALUES (1, 2, 3, 'trial', '2026-01-15', '', '')"),
        QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, ended_on, end_reason, "
                       "created_utc, updated_utc) VALUES (2, 1, 2, 'ended', '2025-06-01', '2025-09-01', "
                       "'completed', '', '')"),
    };
}

/// Runs the fixture's statements; an empty string on success.
inline QString build(const QSqlDatabase& db)
{
    for (const QString& statement : statements()) {
        const QString error = execSql(db, statement);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

} // namespace matchfixture
