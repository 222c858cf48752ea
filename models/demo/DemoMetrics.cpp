// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoBuilder.h"
#include "DemoHelpers.h"
#include "DemoVocabulary.h"

#include <algorithm>
#include <cmath>

namespace mentordesk::demo {

MentoringEffect DemoBuilder::effectOf(const Seller& seller)
{
    if (!seller.effectStart.isValid())
        return {};
    return {seller.effectStrength, seller.effectStart.toJulianDay(),
            seller.effectStop.isValid() ? seller.effectStop.toJulianDay() : 0};
}

void DemoBuilder::drawSnapshots(Seller& seller)
{
    const QDate origin = m_snapshotDates.front();
    const MentoringEffect mentoring = effectOf(seller);
    for (const QDate& date : m_snapshotDates) {
        if (date <= seller.signup)
            continue;
        Snapshot snapshot;
        snapshot.date = date;
        snapshot.periodDays = date.addMonths(-1).daysInMonth();
        const QDate periodStart = date.addDays(-snapshot.periodDays);
        const double months = origin.daysTo(date) / 30.44;
        const double effect = mentoring.at(date.toJulianDay());
        const double season = kSeasonality[periodStart.month() - 1];
        double maturity = 0;
        if (seller.firstSale.isValid() && seller.firstSale < date) {
            const double selling = seller.firstSale.daysTo(date);
            maturity = std::min(1.0, 0.25 + 0.75 * selling / 180.0);
            const double expected = seller.matureOrders * (1 + seller.growth * months) * season * maturity *
                                    (1 + MentoringEffect::kOrders * effect) *
                                    std::min(1.0, selling / snapshot.periodDays);
            snapshot.orders = m_random.roundRandomly(expected * m_random.real(0.85, 1.15));
            if (seller.firstSale >= periodStart)
                snapshot.orders = std::max(snapshot.orders, 1);
        }
        const int orders = snapshot.orders;
        snapshot.revenue = rounded(
            orders * seller.orderValue * m_random.real(0.94, 1.06) * (1 + MentoringEffect::kOrderValue * effect), 100);
        snapshot.returned = std::min(
            orders, m_random.roundRandomly(orders * seller.returnRate * (1 - MentoringEffect::kReturns * effect) *
                                           m_random.real(0.8, 1.2)));
        snapshot.listingQuality =
            rounded(std::clamp(seller.listingQuality + seller.listingDrift * months +
                                   MentoringEffect::kListingQuality * effect + 1.5 * m_random.normal(),
                               5.0, 99.5),
                    10);
        snapshot.priceIndex =
            rounded(std::max(0.3, 1 + (seller.priceIndex - 1) * (1 - MentoringEffect::kPricePull * effect) +
                                      0.015 * m_random.normal()),
                    1000);
        if (orders > 0) {
            const double csat =
                seller.csat + MentoringEffect::kCsat * effect + 0.35 * m_random.normal() / std::sqrt(double(orders));
            snapshot.csat = rounded(std::clamp(csat, 1.0, 5.0), 100);
            snapshot.turnover = rounded(seller.turnover * (0.5 + 0.5 * maturity) * season *
                                            (1 + MentoringEffect::kTurnover * effect) * m_random.real(0.9, 1.1),
                                        100);
            const double loyalty = std::min(1.0, 0.3 + seller.firstSale.daysTo(date) / 365.0);
            snapshot.repeatRate = rounded(
                std::clamp(seller.repeatRate * loyalty + MentoringEffect::kRepeat * effect + 0.02 * m_random.normal(),
                           0.0, 1.0),
                1000);
        }
        seller.snapshots.push_back(snapshot);
    }
}

} // namespace mentordesk::demo
