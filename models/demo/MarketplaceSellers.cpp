// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarketplaceFormat.h"
#include "MarketplaceLoader.h"
#include "MentoringEffect.h"
#include "StreamRandom.h"

#include <algorithm>
#include <cstdio>

namespace mentordesk::demo {

bool MarketplaceLoader::writeSellers()
{
    SqliteStatement sellers, snapshots, members;
    if (!prepare(&sellers, "INSERT INTO sellers(id, external_id, shop_name, contact_name, email, phone, signup_date, "
                           "enrolment_date, first_sale_date, category, channel, country, time_zone, status, tier, "
                           "growth_target, sales_velocity, inventory_complexity, weekly_hours, coaching_style, "
                           "communication, pain_points, consent_anonymised, created_utc, updated_utc) VALUES "
                           "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
                           "?20, ?21, ?22, ?23, ?24, ?25)") ||
        !prepare(&snapshots, "INSERT INTO seller_metric_snapshots(seller_id, snapshot_date, period_days, revenue, "
                             "orders, returned_orders, listing_quality, csat, price_competitiveness, "
                             "inventory_turnover, repeat_purchase_rate) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                             "?10, ?11)") ||
        !prepare(&members, "INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES (?1, ?2, ?3)"))
        return false;

    const int months = std::max(0, m_options.snapshotMonths);
    const qint64 firstSnapshot = firstOfMonth(m_today, 1 - months);
    const qint64 slotCount = m_slotStart.back();
    char externalId[24], shop[96], contact[64], email[128], phone[40], pains[128];
    char signup[10], enrolment[10], firstSale[10], created[20], updated[20], snapshotDate[10];
    for (qint64 i = 0; i < qint64(m_sellers); ++i) {
        StreamRandom draw(m_options.seed, SellerStream, quint64(i));
        const qint64 k = unpermute(i);
        PlannedPairing mentee;
        if (k < m_menteeLimit && k / slotCount < m_rounds)
            mentee = pairing(k % slotCount, k / slotCount);

        const MarketZone& zone = kMarketZones[std::size_t(draw.next() % kMarketZones.size())];
        const char* first = draw.pick(kMarketFirstNames);
        const char* last = draw.pick(kMarketLastNames);
        const std::size_t wordIndex = std::size_t(draw.next() % kMarketShopWords.size());
        const char* word = kMarketShopWords[wordIndex];
        const char* noun = draw.pick(kMarketShopNouns);
        const int category = categoryOf(i);
        const int externalLength = std::snprintf(externalId, sizeof externalId, "S%07lld", i + 1);
        int shopLength = 0;
        switch (draw.between(0, 3)) {
        case 0:
            shopLength = std::snprintf(shop, sizeof shop, "%s %s", word, noun);
            break;
        case 1:
            shopLength = std::snprintf(shop, sizeof shop, "The %s %s", word, noun);
            break;
        case 2:
            shopLength = std::snprintf(shop, sizeof shop, "%s's %s", last, noun);
            break;
        default:
            shopLength = std::snprintf(shop, sizeof shop, "%s & %s %s", word,
                                       kMarketShopWords[(wordIndex + 1 + draw.next() % (kMarketShopWords.size() - 1)) %
                                                        kMarketShopWords.size()],
                                       noun);
            break;
        }
        const int contactLength = std::snprintf(contact, sizeof contact, "%s %s", first, last);
        int emailLength =
            std::snprintf(email, sizeof email, "%s.%s%lld@%s", first, last, i + 1, draw.pick(kMarketDomains));
        foldEmail(email, emailLength);
        const int phoneLength = formatPhone(zone.phonePattern, draw.next(), phone);

        const qint64 enrolled = mentee.exists ? mentee.start - draw.between(1, 14) : 0;
        qint64 signupDay = mentee.exists ? enrolled - draw.between(10, 700) : m_today - draw.between(40, 2200);
        signupDay = std::min(signupDay, firstSnapshot - 1 - draw.between(0, 30));
        const bool dataDriven = draw.chance(0.5);
        const double engagement = 0.35 + 0.65 * draw.unit();
        MentoringEffect effect;
        if (mentee.exists) {
            const MentorPlan& mentor = m_mentors[std::size_t(mentee.mentor)];
            effect = MentoringEffect(
                MentoringEffect::strengthOf(engagement, mentor.quality, dataDriven == mentor.dataDriven), mentee.start,
                mentee.open ? 0 : mentee.end);
        }
        qint64 firstSaleDay = draw.chance(0.06) ? 0 : effect.firstSale(enrolled, signupDay + draw.between(1, 240));
        if (firstSaleDay >= m_today)
            firstSaleDay = 0;
        formatDate(signupDay, signup);
        formatDate(enrolled, enrolment);
        formatDate(firstSaleDay, firstSale);

        const char* status = "prospect";
        if (mentee.exists) {
            if (mentee.open)
                status = "enrolled";
            else if (mentee.reason == Completed)
                status = "graduated";
            else
                status = mentee.reason != MenteeWithdrew && mentee.end >= m_today - 45 ? "enrolled" : "withdrawn";
        }
        int painLength = 0;
        pains[0] = '\0';
        for (const char* code : kPainPointCodes) {
            if (draw.chance(mentee.exists ? 0.35 : 0.15))
                painLength += std::snprintf(pains + painLength, sizeof pains - std::size_t(painLength), "%s%s",
                                            painLength ? "," : "", code);
        }
        // Heavy-tailed sales so that sorting by revenue is meaningful: most shops are small.
        const double scale = draw.unit();
        const double monthlyOrders = 2 + 4000 * scale * scale * scale * scale * scale * scale;
        const double orderValueShape = draw.unit();
        const double orderValue = 8 + 150 * orderValueShape * draw.unit();
        const double listingQuality = 20 + 70 * draw.unit();
        const qint64 createdDay = std::min(m_today - 1, std::max(signupDay + 1, m_historyStart - 30));
        formatStamp(createdDay, int(draw.between(7 * 3600, 19 * 3600)), created);
        formatStamp(std::max(createdDay, std::min(m_today - 1, mentee.exists ? mentee.start : createdDay)),
                    int(draw.between(19 * 3600, 20 * 3600)), updated);

        sellers.integer(1, i + 1);
        sellers.text(2, externalId, externalLength);
        sellers.text(3, shop, shopLength);
        sellers.text(4, contact, contactLength);
        sellers.text(5, email, emailLength);
        sellers.text(6, phone, phoneLength);
        sellers.text(7, signup, 10);
        if (mentee.exists)
            sellers.text(8, enrolment, 10);
        else
            sellers.null(8);
        if (firstSaleDay)
            sellers.text(9, firstSale, 10);
        else
            sellers.null(9);
        sellers.text(10, kMarketCategories[std::size_t(category)]);
        const double channel = draw.unit();
        sellers.text(11, kChannels[channel < 0.55 ? 0 : channel < 0.75 ? 1 : channel < 0.92 ? 2 : 3]);
        sellers.text(12, zone.country);
        sellers.text(13, zone.name);
        sellers.text(14, status);
        sellers.text(15, draw.chance(0.15) ? "high_potential" : "standard");
        sellers.real(16, double(5 * draw.between(2, 12)));
        sellers.real(17, firstSaleDay ? double(qRound(monthlyOrders / 4.35 * 10)) / 10 : 0.0);
        sellers.integer(18, draw.between(1, 5));
        sellers.real(19, double(draw.between(2, 30)) / 2);
        sellers.text(20, dataDriven ? "data_driven" : "intuitive");
        sellers.text(21, draw.chance(0.55) ? "live" : "async");
        sellers.text(22, pains, painLength);
        sellers.integer(23, draw.chance(0.4) ? 1 : 0);
        sellers.text(24, created, 20);
        sellers.text(25, updated, 20);
        if (!sellers.run() || !advance(1))
            return fail();

        // In date order, so that the trigger leaves the newest snapshot in sellers.latest_*.
        for (int m = 0; m < months; ++m) {
            const qint64 date = firstOfMonth(firstSnapshot, m);
            const qint64 periodDays = date - firstOfMonth(date, -1);
            const bool selling = firstSaleDay && firstSaleDay < date;
            const double gain = effect.at(date);
            const qint64 orders =
                selling ? std::max<qint64>(firstSaleDay >= date - periodDays ? 1 : 0,
                                           qRound64(monthlyOrders * (1 + MentoringEffect::kOrders * gain) *
                                                    (0.85 + 0.3 * draw.unit())))
                        : 0;
            formatDate(date, snapshotDate);
            snapshots.integer(1, i + 1);
            snapshots.text(2, snapshotDate, 10);
            snapshots.integer(3, periodDays);
            snapshots.real(4, double(qRound64(double(orders) * orderValue * (1 + MentoringEffect::kOrderValue * gain) *
                                              (0.95 + 0.1 * draw.unit()) * 100)) /
                                  100);
            snapshots.integer(5, orders);
            snapshots.integer(6,
                              qRound64(double(orders) * 0.12 * (1 - MentoringEffect::kReturns * gain) * draw.unit()));
            // A seller's listings change slowly: its own level, a slight drift and monthly noise.
            const double quality =
                listingQuality + 0.3 * m + 4 * (draw.unit() - 0.5) + MentoringEffect::kListingQuality * gain;
            snapshots.real(7, std::clamp(double(qRound(quality * 10)) / 10, 0.0, 100.0));
            if (orders > 0) {
                snapshots.real(
                    8, std::min(5.0,
                                double(qRound((3.2 + 1.7 * draw.unit() + MentoringEffect::kCsat * gain) * 100)) / 100));
                snapshots.real(
                    10, double(qRound((1 + 9 * draw.unit()) * (1 + MentoringEffect::kTurnover * gain) * 100)) / 100);
                snapshots.real(
                    11,
                    std::min(1.0, double(qRound((0.6 * draw.unit() + MentoringEffect::kRepeat * gain) * 1000)) / 1000));
            } else {
                snapshots.null(8);
                snapshots.real(10, 0.0);
                snapshots.null(11);
            }
            const double price = 1 + (0.5 * draw.unit() - 0.25) * (1 - MentoringEffect::kPricePull * gain);
            snapshots.real(9, double(qRound(price * 1000)) / 1000);
            if (!snapshots.run() || !advance(1))
                return fail();
        }

        if (mentee.exists) {
            members.integer(1, i + 1);
            members.integer(2, std::max(0, cohortOf(mentee.start)) + 1);
            members.text(3, enrolment, 10);
            if (!members.run() || !advance(1))
                return fail();
        }
    }
    return true;
}

} // namespace mentordesk::demo
