// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoBuilder.h"
#include "DemoHelpers.h"
#include "DemoVocabulary.h"

#include "matching/MatchScorer.h"
#include "matchjob/MatchProblemLoader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace mentordesk::demo {

namespace {

// What matching reads besides the records the rest of the demo plans: languages, brands, a
// mentor's channels and experience, working hours and related categories. They are drawn from a
// sequence of their own, after everything else, so the rest of the demo stays as it was.
constexpr quint32 kMatchingSeed = kSeed ^ 0x4D415443; // "MATC"

// ISO 639-1 codes in Culture order; the demo's sellers are international, and most of those who
// do not speak English natively speak it too.
constexpr std::array<const char*, 10> kLanguages = {{"en", "de", "fr", "es", "it", "nl", "pl", "sv", "hi", "pt"}};

struct CategoryBrand {
    int category; // index into kCategories
    const char* brand;
};
// The first three are the brands the demo's mentors disclose (DemoMentors.cpp), so the conflicts bite.
constexpr std::array<CategoryBrand, 6> kBrands = {{{1, "Northwind Kitchenware"},
                                                   {2, "Lumen Audio"},
                                                   {4, "Aurora Cosmetics"},
                                                   {3, "Harbour Denim"},
                                                   {5, "Kite & Co."},
                                                   {8, "Summit Gear"}}};

// Related pairs of the demo's own categories, the smaller name first as related_categories keeps them.
constexpr std::array<std::pair<const char*, const char*>, 6> kRelatedCategories = {
    {{"Fashion", "Handmade jewellery"},
     {"Beauty", "Fashion"},
     {"Food & grocery", "Home & kitchen"},
     {"Books & media", "Toys & games"},
     {"Fashion", "Sports & outdoors"},
     {"Electronics accessories", "Toys & games"}}};

bool run(QSqlQuery& query, std::initializer_list<QVariant> values, QString* error)
{
    int position = 0;
    for (const QVariant& value : values)
        query.bindValue(position++, value);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

/// A working day of eight or nine hours starting between 07:00 and 10:00, in half hours.
std::pair<int, int> workingDay(DeterministicRandom& random)
{
    const int start = 7 * 60 + 30 * random.between(0, 6);
    return {start, start + 60 * random.between(8, 9)};
}

} // namespace

bool DemoBuilder::writeMatchingProfiles(QSqlDatabase& db, QString* error) const
{
    DeterministicRandom random(kMatchingSeed);
    QSqlQuery hours(db), language(db), brand(db);
    hours.prepare(QStringLiteral("UPDATE sellers SET work_start_minute = ?, work_end_minute = ? WHERE id = ?"));
    language.prepare(QStringLiteral("INSERT OR IGNORE INTO seller_languages(seller_id, language) VALUES (?, ?)"));
    brand.prepare(QStringLiteral("INSERT INTO seller_brands(seller_id, brand) VALUES (?, ?)"));
    for (int s = 0; s < int(m_sellers.size()); ++s) {
        const Seller& seller = m_sellers[s];
        const int native = kCountries[kZones[seller.zone].country].culture;
        const auto [start, end] = workingDay(random);
        if (!run(hours, {start, end, s + 1}, error) || !run(language, {s + 1, text(kLanguages[native])}, error))
            return false;
        // Four in five non-English speakers also speak English; the rest need a mentor of their own language.
        if (native != English && random.chance(0.8) && !run(language, {s + 1, text("en")}, error))
            return false;
        for (const CategoryBrand& candidate : kBrands) {
            if (candidate.category == seller.category && random.chance(0.2) &&
                !run(brand, {s + 1, text(candidate.brand)}, error))
                return false;
        }
    }
    return writeMentorProfiles(db, random, error) && scorePairings(db, error);
}

bool DemoBuilder::scorePairings(QSqlDatabase& db, QString* error) const
{
    // Every pairing's score is what the production scorer gives the pair under the default rules,
    // the scale the matching wizard and `mentordesk match` show, so old and new pairings compare.
    MatchSelection selection;
    selection.mentees = MatchSelection::Mentees::Sellers;
    selection.rematch = true;
    selection.referenceDate = m_today;
    QSqlQuery pairings(db);
    if (!pairings.exec(QStringLiteral("SELECT DISTINCT mentee_id FROM pairings ORDER BY mentee_id"))) {
        *error = pairings.lastError().text();
        return false;
    }
    while (pairings.next())
        selection.sellerIds.append(pairings.value(0).toLongLong());
    for (int m = 0; m < int(m_mentors.size()); ++m)
        selection.mentorIds.append(m + 1);
    const std::optional<matching::MatchProblem> problem = MatchProblemLoader(db).load(selection, error);
    if (!problem)
        return false;
    matching::MatchRules rules = matching::MatchRules::defaults();
    rules.stabilityBonus = 0;
    const matching::MatchScorer scorer(*problem, rules);
    QHash<qint64, int> menteeIndex, mentorIndex;
    for (int i = 0; i < int(problem->mentees.size()); ++i)
        menteeIndex.insert(problem->mentees[std::size_t(i)].sellerId, i);
    for (int j = 0; j < int(problem->mentors.size()); ++j)
        mentorIndex.insert(problem->mentors[std::size_t(j)].mentorId, j);
    QSqlQuery read(db), update(db);
    update.prepare(QStringLiteral("UPDATE pairings SET score = ? WHERE id = ?"));
    if (!read.exec(QStringLiteral("SELECT id, mentee_id, mentor_id FROM pairings"))) {
        *error = read.lastError().text();
        return false;
    }
    while (read.next()) {
        const int mentee = menteeIndex.value(read.value(1).toLongLong(), -1);
        const int mentor = mentorIndex.value(read.value(2).toLongLong(), -1);
        if (mentee < 0 || mentor < 0)
            continue;
        if (!run(update, {scorer.explain(mentee, mentor).total, read.value(0)}, error))
            return false;
    }
    return true;
}

bool DemoBuilder::writeMentorProfiles(QSqlDatabase& db, DeterministicRandom& random, QString* error) const
{
    QSqlQuery profile(db), language(db), channel(db), related(db);
    profile.prepare(
        QStringLiteral("UPDATE mentors SET work_start_minute = ?, work_end_minute = ?, "
                       "max_sales_velocity = ?, max_inventory_complexity = ?, best_growth = ? WHERE id = ?"));
    language.prepare(QStringLiteral("INSERT OR IGNORE INTO mentor_languages(mentor_id, language) VALUES (?, ?)"));
    channel.prepare(QStringLiteral("INSERT OR IGNORE INTO mentor_channels(mentor_id, channel) VALUES (?, ?)"));
    for (int m = 0; m < int(m_mentors.size()); ++m) {
        const Mentor& mentor = m_mentors[m];
        const int native = kCountries[kZones[mentor.zone].country].culture;
        const auto [start, end] = workingDay(random);
        // Experienced sellers: up to a few hundred orders a week, complex inventories, strong growth.
        const double velocity = 10.0 * random.between(3, 40);
        if (!run(profile, {start, end, velocity, random.between(2, 5), 10.0 * random.between(3, 15), m + 1}, error) ||
            !run(language, {m + 1, text(kLanguages[native])}, error))
            return false;
        if (native != English && random.chance(0.9) && !run(language, {m + 1, text("en")}, error))
            return false;
        if (random.chance(0.25) && !run(language, {m + 1, text(kLanguages[random.between(1, 9)])}, error))
            return false;
        if (!run(channel, {m + 1, text(kChannels[0])}, error)) // every mentor has sold on the marketplace
            return false;
        for (int c = 1; c < int(kChannels.size()); ++c) {
            if (random.chance(0.35) && !run(channel, {m + 1, text(kChannels[c])}, error))
                return false;
        }
    }
    related.prepare(QStringLiteral("INSERT INTO related_categories(category_a, category_b) VALUES (?, ?)"));
    for (const auto& [first, second] : kRelatedCategories) {
        if (!run(related, {text(first), text(second)}, error))
            return false;
    }
    return true;
}

} // namespace mentordesk::demo
