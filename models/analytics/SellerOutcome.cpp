// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/SellerOutcome.h"

#include <algorithm>

namespace mentordesk {

const MetricSnapshot* SellerOutcome::lastOnOrBefore(const QDate& date) const
{
    // Snapshots are ascending: the first one after `date`, minus one.
    const auto after =
        std::upper_bound(snapshots.cbegin(), snapshots.cend(), date,
                         [](const QDate& day, const MetricSnapshot& snapshot) { return day < snapshot.date; });
    return after == snapshots.cbegin() ? nullptr : &*(after - 1);
}

const MetricSnapshot* SellerOutcome::atMonth(const QDate& start, int month) const
{
    if (month <= 0)
        return lastOnOrBefore(start);
    const MetricSnapshot* last = lastOnOrBefore(start.addMonths(month));
    return last && last->date > start.addMonths(month - 1) ? last : nullptr;
}

} // namespace mentordesk
