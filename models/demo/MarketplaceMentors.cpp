// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarketplaceFormat.h"
#include "MarketplaceLoader.h"
#include "StreamRandom.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

namespace mentordesk::demo {

bool MarketplaceLoader::writeMentors()
{
    SqliteStatement mentors, skills, disclosures;
    if (!prepare(&mentors,
                 "INSERT INTO mentors(id, seller_id, name, email, phone, categories, industries, "
                 "coaching_style, communication, country, time_zone, weekly_hours, capacity, "
                 "recognition_tier, stipend_rate, active, created_utc, updated_utc, external_id) VALUES (?1, ?2, "
                 "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)") ||
        !prepare(&skills, "INSERT INTO mentor_skills(mentor_id, skill, level) VALUES (?1, ?2, ?3)") ||
        !prepare(&disclosures, "INSERT INTO mentor_disclosures(mentor_id, kind, seller_id, value, note, declared_on) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
        return false;
    const std::array<const char*, 4> industries = {
        {"Retail", "E-commerce agency", "Marketplace operations", "Manufacturing"}};
    const std::array<const char*, 3> brands = {{"Northwind", "Lumen Audio", "Aurora Cosmetics"}};
    const qint64 reservedSellers = qint64(m_sellers) - m_mentorSellers - m_menteeLimit;
    char name[64], email[128], phone[40], created[20], updated[20], declared[10], conflictId[24], mentorId[24];
    std::string categories;
    for (int m = 0; m < int(m_mentors.size()); ++m) {
        const MentorPlan& plan = m_mentors[std::size_t(m)];
        // A mentor who is also a seller has the seller's name, country and phone.
        const qint64 seller = m < m_mentorSellers ? permute(qint64(m_sellers) - 1 - m) : -1;
        StreamRandom person(m_options.seed, seller >= 0 ? SellerStream : MentorStream,
                            seller >= 0 ? quint64(seller) : quint64(m) | (1ULL << 61));
        const MarketZone& zone = kMarketZones[std::size_t(person.next() % kMarketZones.size())];
        const char* first = person.pick(kMarketFirstNames);
        const char* last = person.pick(kMarketLastNames);
        StreamRandom draw(m_options.seed, MentorStream, quint64(m) | (1ULL << 60));
        const int nameLength = std::snprintf(name, sizeof name, "%s %s", first, last);
        int emailLength =
            std::snprintf(email, sizeof email, "%s.%s.m%d@%s", first, last, m + 1, draw.pick(kMarketDomains));
        foldEmail(email, emailLength);
        const int phoneLength = formatPhone(zone.phonePattern, draw.next(), phone);
        categories.clear();
        const qint64 firstCategory = draw.between(0, qint64(kMarketCategories.size()) - 1);
        for (qint64 c = 0, count = draw.between(1, 3); c < count; ++c) {
            const std::size_t category = std::size_t(firstCategory + 5 * c) % kMarketCategories.size();
            if (int(category) != plan.conflictCategory)
                categories += (categories.empty() ? "" : ", ") + std::string(kMarketCategories[category]);
        }
        const qint64 joined = plan.joined;
        const qint64 changed =
            plan.inactiveFrom ? plan.inactiveFrom : std::min(m_today - 1, joined + draw.between(0, 300));
        formatStamp(joined, int(draw.between(8 * 3600, 12 * 3600)), created);
        formatStamp(std::max(joined, changed), int(draw.between(13 * 3600, 18 * 3600)), updated);

        mentors.integer(1, m + 1);
        if (seller >= 0)
            mentors.integer(2, seller + 1);
        else
            mentors.null(2);
        mentors.text(3, name, nameLength);
        mentors.text(4, email, emailLength);
        mentors.text(5, phone, phoneLength);
        mentors.text(6, categories.c_str(), int(categories.size()));
        mentors.text(7, draw.pick(industries));
        mentors.text(8, plan.dataDriven ? "data_driven" : "intuitive");
        mentors.text(9, draw.chance(0.6) ? "live" : "async");
        mentors.text(10, zone.country);
        mentors.text(11, zone.name);
        mentors.real(12, double(plan.capacity) * 2);
        mentors.integer(13, plan.capacity);
        const std::size_t tier = std::size_t(draw.between(0, 9)) / 3;
        mentors.text(14, kMarketTiers[tier]);
        mentors.real(15, 20.0 + 5.0 * double(tier));
        mentors.integer(16, plan.inactiveFrom ? 0 : 1);
        mentors.text(17, created, 20);
        mentors.text(18, updated, 20);
        // The form schema version 5 gives mentors without an ID (M00001, …).
        const int mentorIdLength = std::snprintf(mentorId, sizeof mentorId, "M%05d", m + 1);
        mentors.text(19, mentorId, mentorIdLength);
        if (!mentors.run() || !advance(1))
            return fail();

        const qint64 firstSkill = draw.between(0, 6);
        for (qint64 s = 0, count = draw.between(2, 4); s < count; ++s) {
            skills.integer(1, m + 1);
            skills.text(2, kSkillCodes[std::size_t(firstSkill + 3 * s) % kSkillCodes.size()]);
            skills.integer(3, draw.between(2, 5));
            if (!skills.run())
                return fail();
        }

        // A category conflict was planned in plan(); a seller conflict names a seller who is never a
        // mentee, so the pairings respect every disclosure without looking them up.
        const char* kind = nullptr;
        const char* value = "";
        const char* note = "";
        qint64 conflictSeller = -1;
        if (plan.conflictCategory >= 0) {
            kind = "category";
            value = kMarketCategories[std::size_t(plan.conflictCategory)];
            note = "Works for a competitor";
        } else if (m % 50 == 10) {
            kind = "brand";
            value = brands[std::size_t(m / 50) % brands.size()];
            note = "Brand ambassador";
        } else if (m % 50 == 24 && m / 50 < reservedSellers) {
            kind = "seller";
            conflictSeller = permute(qint64(m_sellers) - 1 - m_mentorSellers - m / 50);
            std::snprintf(conflictId, sizeof conflictId, "S%07lld", conflictSeller + 1);
            value = conflictId;
            note = "Family member";
        }
        if (kind) {
            formatDate(joined, declared);
            disclosures.integer(1, m + 1);
            disclosures.text(2, kind);
            if (conflictSeller >= 0)
                disclosures.integer(3, conflictSeller + 1);
            else
                disclosures.null(3);
            disclosures.text(4, value);
            disclosures.text(5, note);
            disclosures.text(6, declared, 10);
            if (!disclosures.run())
                return fail();
        }
    }
    return true;
}

} // namespace mentordesk::demo
