// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoBuilder.h"
#include "DemoHelpers.h"
#include "DemoVocabulary.h"

#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <numeric>
#include <utility>
#include <vector>

namespace mentordesk::demo {

int DemoBuilder::pickCategory()
{
    int total = 0;
    for (const Category& category : kCategories)
        total += category.weight;
    int r = m_random.between(0, total - 1);
    int category = 0;
    while (r >= kCategories[category].weight)
        r -= kCategories[category++].weight;
    return category;
}

void DemoBuilder::createSellers()
{
    auto add = [this](Role role, int category, int cohort, const QDate& enrolment, bool newcomer,
                      const QDate& signupNear = QDate()) {
        Seller seller;
        seller.role = role;
        seller.category = category;
        seller.cohort = cohort;
        seller.enrolment = enrolment;
        placeInTime(seller, newcomer, signupNear);
        giveIdentity(seller);
        describeBusiness(seller);
        m_sellers.push_back(std::move(seller));
    };
    // One draw per statement: the order in which a call's arguments are evaluated differs between
    // compilers, and the demo must come out the same from every build.
    for (int c = 0; c < kCohortCount; ++c) {
        for (int k = 0; k < kCohortSizes[c]; ++k) {
            const int category = m_random.chance(0.6) ? m_cohorts[c].focus : pickCategory();
            const QDate enrolment = m_cohorts[c].start.addDays(-m_random.between(2, 12));
            add(Role::Mentee, category, c, enrolment, m_random.chance(kNewcomerMentees));
        }
    }
    for (int k = 0; k < kAwaitingMatch; ++k) {
        const int category = pickCategory();
        const QDate enrolment = m_today.addDays(-m_random.between(1, 12));
        add(Role::AwaitingMatch, category, -1, enrolment, m_random.chance(0.5));
    }
    for (int k = 0; k < kMentorSellers; ++k)
        add(Role::MentorSeller, m_cohorts[k % kCohortCount].focus, -1, QDate(), false);
    // Most prospects resemble a mentee: same category, signed up within a few weeks of them. A
    // marketplace has many such sellers, and the analytics compare each mentee with the sellers of
    // its category who signed up around the same month; without them the comparison would be empty.
    const int menteeCount = int(std::accumulate(kCohortSizes.begin(), kCohortSizes.end(), 0)); // created first
    while (int(m_sellers.size()) < kSellerCount) {
        if (m_random.chance(kProspectsLikeAMentee)) {
            const Seller& like = m_sellers[std::size_t(m_random.between(0, menteeCount - 1))];
            const int category = like.category;
            const QDate near = like.signup; // a copy: add() grows m_sellers
            add(Role::Prospect, category, -1, QDate(), near >= m_snapshotDates.front().addDays(-70), near);
            continue;
        }
        const int category = pickCategory();
        add(Role::Prospect, category, -1, QDate(), m_random.chance(0.4));
    }

    // The marketplace numbers sellers as they sign up.
    std::stable_sort(m_sellers.begin(), m_sellers.end(),
                     [](const Seller& a, const Seller& b) { return a.signup < b.signup; });
    int number = 104000;
    for (Seller& seller : m_sellers) {
        number += m_random.between(1, 380);
        seller.externalId = QStringLiteral("HHM-%1").arg(number);
    }
}

void DemoBuilder::placeInTime(Seller& seller, bool newcomer, const QDate& signupNear)
{
    const QDate firstSnapshot = m_snapshotDates.front();
    if (seller.role == Role::MentorSeller) {
        seller.signup = firstSnapshot.addDays(-m_random.between(1100, 2600));
        seller.firstSale = seller.signup.addDays(m_random.between(2, 30));
        return;
    }
    if (signupNear.isValid()) {
        seller.signup = std::min(signupNear.addDays(m_random.between(-25, 25)), m_today.addDays(-3));
    } else if (newcomer && seller.role != Role::Prospect) {
        // A snapshot between sign-up and enrolment gives every newcomer a baseline.
        seller.signup = snapshotOnOrBefore(seller.enrolment).addDays(-m_random.between(4, 70));
    } else if (newcomer) {
        const QDate from = firstSnapshot.addDays(-60);
        seller.signup = from.addDays(m_random.between(0, int(from.daysTo(m_snapshotDates.back())) - 3));
    } else {
        seller.signup = firstSnapshot.addDays(-m_random.between(30, 1800));
    }
    // Every newcomer, mentee or not, draws its natural first sale the same way: mentoring changes
    // it later (finishSellers), so that ramp time compares like with like. It may lie after today.
    if (newcomer) {
        if (!m_random.chance(0.2)) {
            const double u = m_random.unit();
            seller.firstSale = seller.signup.addDays(10 + int(200.0 * u * u));
        }
    } else if (!m_random.chance(0.03)) {
        seller.firstSale = seller.signup.addDays(m_random.between(3, 120));
    }
}

QString DemoBuilder::uniqueEmail(const QString& local, const QString& domain)
{
    QString email = local + QLatin1Char('@') + domain;
    for (int n = 2; !m_usedEmails.insert(email).second; ++n)
        email = local + QString::number(n) + QLatin1Char('@') + domain;
    return email;
}

QString DemoBuilder::phoneNumber(int zone)
{
    QString phone;
    for (const char* c = kCountries[kZones[zone].country].phonePattern; *c; ++c) {
        if (*c == '#')
            phone += QChar(u'0' + m_random.between(0, 9));
        else if (*c == '@')
            phone += QLatin1String(kZones[zone].areaCode);
        else
            phone += QLatin1Char(*c);
    }
    return phone;
}

int DemoBuilder::pickZone()
{
    int total = 0;
    for (const Country& country : kCountries)
        total += country.weight;
    int r = m_random.between(0, total - 1);
    int country = 0;
    while (r >= kCountries[country].weight)
        r -= kCountries[country++].weight;
    std::vector<int> zones;
    for (int z = 0; z < int(kZones.size()); ++z) {
        if (kZones[z].country == country)
            zones.push_back(z);
    }
    return zones[m_random.next() % zones.size()];
}

void DemoBuilder::giveIdentity(Seller& seller)
{
    seller.zone = pickZone();
    const NamePool& names = kNames[kCountries[kZones[seller.zone].country].culture];
    seller.firstName = text(m_random.pick(names.first));
    const QString lastName = text(m_random.pick(names.last));
    seller.contactName = seller.firstName + QLatin1Char(' ') + lastName;

    do {
        const QString word = text(m_random.pick(kShopWords));
        const QString noun = text(m_random.pick(kShopNouns[seller.category]));
        switch (m_random.between(0, 5)) {
        case 0:
            seller.shopName = word + QLatin1Char(' ') + noun;
            break;
        case 1:
            seller.shopName = QStringLiteral("The %1 %2").arg(word, noun);
            break;
        case 2:
            seller.shopName = QStringLiteral("%1's %2").arg(seller.firstName, noun);
            break;
        case 3:
            seller.shopName = QStringLiteral("%1 & %2").arg(word, text(m_random.pick(kShopWords)));
            break;
        case 4:
            seller.shopName = QStringLiteral("%1 %2 %3").arg(word, noun, text(m_random.pick(kShopSuffixes)));
            break;
        default:
            seller.shopName = word + text(m_random.pick(kShopEndings)) + QLatin1Char(' ') + noun;
            break;
        }
    } while (!m_usedShopNames.insert(seller.shopName).second);

    if (m_random.chance(0.55)) {
        const std::array<const char*, 3> domains = {{"example.com", "example.net", "example.org"}};
        const std::array<const char*, 3> joins = {{".", "", "_"}};
        const QString local = asciiFold(seller.firstName) + text(m_random.pick(joins)) + asciiFold(lastName);
        seller.email = uniqueEmail(local, text(m_random.pick(domains)));
    } else {
        const std::array<const char*, 4> mailboxes = {{"hello", "shop", "orders", "info"}};
        seller.email =
            uniqueEmail(text(m_random.pick(mailboxes)), asciiFold(seller.shopName) + QLatin1String(".example"));
    }
    seller.phone = phoneNumber(seller.zone);
}

void DemoBuilder::describeBusiness(Seller& seller)
{
    const Category& category = kCategories[seller.category];
    const bool mentee = seller.role == Role::Mentee || seller.role == Role::AwaitingMatch;
    const bool expert = seller.role == Role::MentorSeller;
    const bool newcomer = seller.signup >= m_snapshotDates.front().addDays(-70);

    // Pain points first: the business below is drawn to match them.
    const int painCount = expert ? 0 : mentee ? 1 + m_random.weighted({35, 45, 20}) : m_random.weighted({40, 40, 20});
    const bool returnsProne = category.returnRate >= 0.08;
    while (int(qPopulationCount(quint32(seller.painPoints))) < painCount)
        seller.painPoints |= 1 << m_random.weighted({30, 18, 16, 14, returnsProne ? 24.0 : 8.0, 10});
    const int pain = seller.painPoints;

    seller.orderValue = category.orderValue * m_random.real(0.7, 1.45);
    const double u = m_random.unit();
    seller.matureOrders = expert ? m_random.real(180, 900) : newcomer ? 4 + 120 * u * u * u : 6 + 240 * u * u * u;
    if (pain & SlowConversion)
        seller.matureOrders *= 0.6;
    seller.growth = m_random.real(-0.01, 0.025);
    seller.listingQuality = expert                   ? m_random.real(80, 95)
                            : (pain & LowVisibility) ? m_random.real(24, 48)
                            : mentee                 ? m_random.real(64, 90)
                                                     : m_random.real(45, 84);
    seller.listingDrift = m_random.real(0.0, 0.45);
    seller.returnRate = category.returnRate * ((pain & Returns) ? m_random.real(1.5, 2.3) : m_random.real(0.6, 1.25));
    seller.csat = expert                         ? m_random.real(4.5, 4.9)
                  : (pain & InconsistentReviews) ? m_random.real(3.0, 3.75)
                                                 : m_random.real(3.8, 4.7);
    seller.priceIndex = !(pain & Pricing)      ? m_random.real(0.9, 1.12)
                        : m_random.chance(0.7) ? m_random.real(1.15, 1.38)
                                               : m_random.real(0.72, 0.86);
    seller.turnover = category.turnover * m_random.real(0.6, 1.4);
    seller.repeatRate = std::min(0.9, category.repeatRate * m_random.real(0.6, 1.3) * (expert ? 1.2 : 1.0));
    seller.engagement = mentee ? m_random.real(0.35, 1.0) : 0.0;

    seller.channel = kChannels[m_random.weighted({52, 20, 18, 10})];
    seller.highPotential = m_random.chance(expert ? 0.8 : 0.2);
    seller.growthTarget = 5.0 * (mentee ? m_random.between(3, 12) : m_random.between(2, 10));
    seller.weeklyHours = rounded(expert   ? m_random.real(20, 50)
                                 : mentee ? m_random.real(2, 12)
                                          : m_random.real(1, 10),
                                 2);
    seller.complexity = m_random.between(category.minComplexity, category.maxComplexity);
    seller.dataDriven = m_random.chance(0.5);
    seller.live = m_random.chance(0.55);
    seller.consent = m_random.chance(expert ? 0.9 : mentee ? 0.7 : 0.35);
}

void DemoBuilder::finishSellers()
{
    const QDate programStart = m_cohorts.front().start.addDays(-45);
    for (Seller& seller : m_sellers) {
        if (seller.firstSale.isValid() && seller.enrolment.isValid())
            seller.firstSale = QDate::fromJulianDay(
                effectOf(seller).firstSale(seller.enrolment.toJulianDay(), seller.firstSale.toJulianDay()));
        if (seller.firstSale > m_today)
            seller.firstSale = QDate();
        drawSnapshots(seller);
        // Orders per week in the period before enrolment, or the latest one for everybody else.
        const QDate reference = seller.enrolment.isValid() ? seller.enrolment : m_today;
        for (const Snapshot& snapshot : seller.snapshots) {
            if (snapshot.date <= reference)
                seller.salesVelocity = rounded(snapshot.orders * 7.0 / snapshot.periodDays, 10);
        }
        seller.created = std::max(programStart, seller.signup.addDays(m_random.between(1, 7)));
        if (seller.enrolment.isValid())
            seller.created = std::min(seller.created, seller.enrolment);
        seller.createdSecond = workSecond();
        QDate changed = seller.created.addDays(m_random.between(0, 120));
        if (seller.enrolment.isValid())
            changed = std::max(changed, seller.enrolment);
        if (seller.withdrawal.isValid())
            changed = seller.withdrawal;
        else if (is(seller.status, "graduated"))
            changed = m_cohorts[seller.cohort].end.addDays(m_random.between(1, 3));
        seller.created = std::min(seller.created, m_yesterday);
        seller.updated = std::max(seller.created, std::min(m_yesterday, changed));
        seller.updatedSecond = laterSecond(seller.created, seller.createdSecond, seller.updated);
    }
}

} // namespace mentordesk::demo
