// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoBuilder.h"
#include "DemoHelpers.h"
#include "DemoVocabulary.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <utility>
#include <vector>

namespace mentordesk::demo {

void DemoBuilder::createMentors()
{
    std::vector<int> sellerMentors;
    for (int s = 0; s < int(m_sellers.size()); ++s) {
        if (m_sellers[s].role == Role::MentorSeller)
            sellerMentors.push_back(s);
    }
    std::vector<int> order(kMentorCount);
    std::iota(order.begin(), order.end(), 0);
    m_random.shuffle(order);
    std::vector<int> sellerOf(kMentorCount, -1);
    for (int k = 0; k < int(sellerMentors.size()); ++k)
        sellerOf[order[k]] = sellerMentors[k];

    const QDate firstStart = m_cohorts.front().start;
    const QDate programStart = firstStart.addDays(-45);
    for (int m = 0; m < kMentorCount; ++m) {
        Mentor mentor;
        const bool late = m >= kMentorCount - kLateMentors;
        mentor.created = late ? firstStart.addDays(m_random.between(20, int(firstStart.daysTo(m_today)) - 45))
                              : programStart.addDays(-m_random.between(0, 40));
        mentor.createdSecond = workSecond();
        mentor.quality = m_random.real(0.75, 1.2);
        int primary = 0;
        mentor.seller = sellerOf[m];
        if (mentor.seller >= 0) {
            const Seller& seller = m_sellers[mentor.seller];
            mentor.name = seller.contactName;
            mentor.email = seller.email;
            mentor.phone = seller.phone;
            mentor.zone = seller.zone;
            primary = seller.category;
        } else {
            mentor.zone = pickZone();
            const NamePool& names = kNames[kCountries[kZones[mentor.zone].country].culture];
            const QString first = text(m_random.pick(names.first));
            const QString last = text(m_random.pick(names.last));
            mentor.name = first + QLatin1Char(' ') + last;
            const std::array<const char*, 3> domains = {{"example.com", "example.org", "example.net"}};
            mentor.email =
                uniqueEmail(asciiFold(first) + QLatin1Char('.') + asciiFold(last), text(m_random.pick(domains)));
            mentor.phone = phoneNumber(mentor.zone);
            // The program recruits mentors for its focus categories first.
            primary = m_random.chance(0.6) ? m_cohorts[m_random.between(0, kCohortCount - 1)].focus
                                           : m_random.between(0, kCategoryCount - 1);
        }
        mentor.categories.push_back(primary);
        for (int extra = m_random.weighted({40, 40, 20}); extra > 0; --extra) {
            const int category = m_random.between(0, kCategoryCount - 1);
            if (std::find(mentor.categories.begin(), mentor.categories.end(), category) == mentor.categories.end())
                mentor.categories.push_back(category);
        }
        QStringList industries;
        for (int category : mentor.categories)
            industries << text(kCategories[category].industry);
        const std::array<const char*, 5> extraIndustries = {
            {"E-commerce agency", "Marketplace operations", "Logistics", "Retail buying", "Digital marketing"}};
        if (m_random.chance(0.35))
            industries << text(m_random.pick(extraIndustries));
        industries.removeDuplicates();
        mentor.industries = industries.join(QLatin1String(", "));

        mentor.dataDriven = m_random.chance(0.55);
        mentor.live = m_random.chance(0.6);
        mentor.capacity = m_random.between(2, 6);
        mentor.weeklyHours = std::min(14.0, rounded(mentor.capacity * m_random.real(1.5, 2.5), 2));
        if (!late)
            mentor.tier = mentor.quality >= 1.1    ? "gold"
                          : mentor.quality >= 0.98 ? "silver"
                          : mentor.quality >= 0.88 ? "bronze"
                                                   : "none";
        const double base = is(mentor.tier, "gold")     ? 35
                            : is(mentor.tier, "silver") ? 30
                            : is(mentor.tier, "bronze") ? 25
                                                        : 20;
        mentor.stipend = m_random.chance(0.08) ? 0.0 : base + 2.5 * m_random.between(0, 2);

        std::vector<int> skills(kSkillCodes.size());
        std::iota(skills.begin(), skills.end(), 0);
        m_random.shuffle(skills);
        const int skillCount = m_random.between(2, 5);
        for (int k = 0; k < skillCount; ++k) {
            const double level =
                1.6 + 2.8 * (mentor.quality - 0.75) / 0.45 + 0.6 * m_random.normal() + (k == 0 ? 0.8 : 0);
            mentor.skillLevels[skills[k]] = std::clamp(int(std::round(level)), 1, 5);
        }
        mentor.updated = std::min(m_yesterday, mentor.created.addDays(m_random.between(0, 200)));
        mentor.updatedSecond = laterSecond(mentor.created, mentor.createdSecond, mentor.updated);
        m_mentors.push_back(std::move(mentor));
    }

    // Three early mentors stepped down at different times this year.
    const std::array<int, 3> daysAgo = {{130, 70, 35}};
    for (std::size_t k = 0, m = 0; k < daysAgo.size(); ++m) {
        if (m_mentors[m].seller < 0) {
            m_mentors[m].inactiveFrom = m_today.addDays(-daysAgo[k++] + m_random.between(0, 6));
            m_mentors[m].active = false;
            m_mentors[m].updated = m_mentors[m].inactiveFrom;
        }
    }
    std::stable_sort(m_mentors.begin(), m_mentors.end(), [](const Mentor& a, const Mentor& b) {
        return a.created < b.created || (a.created == b.created && a.createdSecond < b.createdSecond);
    });
}

void DemoBuilder::createDisclosures()
{
    std::vector<int> mentors(m_mentors.size());
    std::iota(mentors.begin(), mentors.end(), 0);
    m_random.shuffle(mentors);
    const std::array<const char*, 4> sellerNotes = {{"Former business partner", "A relative runs this shop",
                                                     "Supplies materials to this shop", "Shares a warehouse"}};
    const std::array<const char*, 3> brands = {{"Northwind Kitchenware", "Lumen Audio", "Aurora Cosmetics"}};
    const std::array<const char*, 3> brandNotes = {
        {"Paid brand ambassador", "Holds shares in the brand", "Consults for the brand's marketplace team"}};
    const std::array<const char*, 3> categoryNotes = {{"Category manager for a competing marketplace",
                                                       "Exclusive supplier agreement in this category",
                                                       "Spouse runs a large shop in this category"}};
    for (int k = 0; k < 10; ++k) {
        const int m = mentors[k];
        Mentor& mentor = m_mentors[m];
        Disclosure disclosure{m, "seller", -1, QString(), "", mentor.created};
        if (k < 4) {
            // A mentee the mentor would otherwise be a strong match for.
            std::vector<int> candidates;
            for (int s = 0; s < int(m_sellers.size()); ++s) {
                if (m_sellers[s].role == Role::Mentee && m_sellers[s].category == mentor.categories.front())
                    candidates.push_back(s);
            }
            if (candidates.empty())
                continue;
            disclosure.seller = candidates[m_random.next() % candidates.size()];
            disclosure.value = m_sellers[disclosure.seller].shopName;
            disclosure.note = sellerNotes[k];
            mentor.conflictSellers.push_back(disclosure.seller);
        } else if (k < 7) {
            disclosure.kind = "brand";
            disclosure.value = text(brands[k - 4]);
            disclosure.note = brandNotes[k - 4];
        } else {
            disclosure.kind = "category";
            int category = m_random.between(0, kCategoryCount - 1);
            while (std::find(mentor.categories.begin(), mentor.categories.end(), category) != mentor.categories.end())
                category = (category + 1) % kCategoryCount;
            mentor.conflictCategory = category;
            disclosure.value = text(kCategories[category].name);
            disclosure.note = categoryNotes[k - 7];
        }
        m_disclosures.push_back(disclosure);
    }
}

} // namespace mentordesk::demo
