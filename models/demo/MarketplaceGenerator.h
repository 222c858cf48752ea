// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>

#include <functional>

namespace mentordesk {

/// The size of a generated marketplace. The defaults are the scale MentorDesk must stay fast at.
struct GeneratorOptions {
    qint64 sellers = 1000000;
    int mentors = 10000;
    qint64 touchpoints = 10000000;
    int snapshotMonths = 1;
    quint32 seed = 20261123;
};

/// Writes a marketplace-scale program for benchmarks and scale tests: sellers of many categories
/// and countries with metric snapshots, mentors with skills and disclosures, monthly cohorts and
/// match runs, a few years of pairings within mentor capacity, and exactly `touchpoints`
/// touchpoints (monthly cohort roundtables included). Dates are relative to the day it runs; the
/// rest depends only on the options, so the same options give the same program on the same day.
/// Rows are streamed through SQLite's C API: memory stays flat whatever the size.
class MarketplaceGenerator {
public:
    /// Fills an empty, freshly migrated program database. `progress(done, total)` is called now
    /// and then and returns false to cancel (then everything is rolled back). Returns false with
    /// *error on failure or cancel.
    static bool populate(QSqlDatabase db, const GeneratorOptions& options,
                         const std::function<bool(qint64, qint64)>& progress, QString* error);
};

} // namespace mentordesk
