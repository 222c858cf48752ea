// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/SyntheticMatchProgram.h"

#include "storage/ProgramDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <random>

namespace mentordesk::bench {

matching::MatchProblem syntheticMatchProblem(int menteeCount, int mentorCount, int capacity, unsigned seed)
{
    static const QStringList zones = {QStringLiteral("Europe/London"),       QStringLiteral("Europe/Berlin"),
                                      QStringLiteral("Europe/Madrid"),       QStringLiteral("Europe/Warsaw"),
                                      QStringLiteral("Europe/Istanbul"),     QStringLiteral("America/New_York"),
                                      QStringLiteral("America/Chicago"),     QStringLiteral("America/Denver"),
                                      QStringLiteral("America/Los_Angeles"), QStringLiteral("America/Sao_Paulo"),
                                      QStringLiteral("America/Mexico_City"), QStringLiteral("Asia/Kolkata"),
                                      QStringLiteral("Asia/Singapore"),      QStringLiteral("Asia/Tokyo"),
                                      QStringLiteral("Asia/Dubai"),          QStringLiteral("Australia/Sydney"),
                                      QStringLiteral("Africa/Lagos"),        QStringLiteral("Africa/Nairobi"),
                                      QStringLiteral("Pacific/Auckland"),    QStringLiteral("Asia/Jakarta")};
    static const QStringList languages = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
                                          QStringLiteral("fr"), QStringLiteral("pt"), QStringLiteral("it"),
                                          QStringLiteral("pl"), QStringLiteral("tr"), QStringLiteral("hi"),
                                          QStringLiteral("ja"), QStringLiteral("id"), QStringLiteral("sw")};
    static const QStringList channels = {QStringLiteral("own_storefront"), QStringLiteral("marketplace_app"),
                                         QStringLiteral("wholesale"), QStringLiteral("social")};
    static const QStringList painPoints = {QStringLiteral("low_visibility"),  QStringLiteral("inconsistent_reviews"),
                                           QStringLiteral("slow_conversion"), QStringLiteral("pricing"),
                                           QStringLiteral("returns"),         QStringLiteral("policy_compliance")};
    static const QStringList styles = {QStringLiteral("data_driven"), QStringLiteral("intuitive")};
    static const QStringList modes = {QStringLiteral("async"), QStringLiteral("live")};
    QStringList categories;
    for (int c = 0; c < 40; ++c)
        categories << QStringLiteral("Category %1").arg(c, 2, 10, QLatin1Char('0'));

    std::mt19937 random(seed);
    auto pick = [&random](const QStringList& list) {
        return list[std::uniform_int_distribution<int>(0, static_cast<int>(list.size()) - 1)(random)];
    };
    auto chance = [&random](double p) { return std::bernoulli_distribution(p)(random); };
    auto between = [&random](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    auto spokenLanguages = [&]() {
        QStringList spoken;
        if (chance(0.8))
            spoken << QStringLiteral("en");
        const QString other = pick(languages);
        if (!spoken.contains(other))
            spoken << other;
        return spoken;
    };
    auto hours = [&]() {
        matching::WorkingHours working;
        working.startMinute = between(7, 10) * 60;
        working.endMinute = working.startMinute + between(7, 10) * 60;
        return working;
    };

    matching::MatchProblem problem;
    problem.referenceDate = QDate(2026, 12, 7);
    for (int c = 0; c + 1 < 40; c += 4) {
        problem.relatedCategories[categories[c].toLower()].insert(categories[c + 1].toLower());
        problem.relatedCategories[categories[c + 1].toLower()].insert(categories[c].toLower());
    }
    problem.reference.medianListingQuality = 62;
    problem.reference.medianReturnRate = 0.06;
    problem.reference.medianCsat = 4.3;
    problem.reference.medianPriceCompetitiveness = 1.02;

    problem.mentees.reserve(static_cast<std::size_t>(menteeCount));
    for (int i = 0; i < menteeCount; ++i) {
        matching::MenteeProfile mentee;
        mentee.sellerId = i + 1;
        mentee.externalId = QStringLiteral("S%1").arg(i + 1, 7, 10, QLatin1Char('0'));
        mentee.category = pick(categories);
        mentee.channel = pick(channels);
        mentee.growthTarget = between(10, 80);
        mentee.salesVelocity = between(1, 120);
        mentee.inventoryComplexity = between(1, 5);
        mentee.timeZone = pick(zones);
        mentee.hours = hours();
        mentee.weeklyHours = between(1, 6);
        if (chance(0.7))
            mentee.coachingStyle = pick(styles);
        if (chance(0.7))
            mentee.communication = pick(modes);
        mentee.languages = spokenLanguages();
        if (chance(0.2))
            mentee.brands << QStringLiteral("Brand %1").arg(between(1, 500));
        for (int p = between(0, 2); p > 0; --p)
            mentee.painPoints << pick(painPoints);
        mentee.listingQuality = between(20, 95);
        mentee.returnRate = between(0, 150) / 1000.0;
        mentee.csat = between(30, 50) / 10.0;
        mentee.priceCompetitiveness = between(85, 125) / 100.0;
        mentee.highPotential = chance(0.1);
        mentee.cohortId = between(1, 24);
        problem.mentees.push_back(mentee);
    }
    problem.mentors.reserve(static_cast<std::size_t>(mentorCount));
    for (int j = 0; j < mentorCount; ++j) {
        matching::MentorProfile mentor;
        mentor.mentorId = j + 1;
        mentor.externalId = QStringLiteral("M%1").arg(j + 1, 6, 10, QLatin1Char('0'));
        mentor.name = QStringLiteral("Mentor %1").arg(j + 1);
        for (int c = between(1, 3); c > 0; --c)
            mentor.categories << pick(categories);
        mentor.industries << pick(categories);
        for (int c = between(1, 3); c > 0; --c)
            mentor.channels << pick(channels);
        mentor.maxSalesVelocity = between(20, 400);
        mentor.maxInventoryComplexity = between(2, 5);
        mentor.bestGrowth = between(20, 150);
        mentor.timeZone = pick(zones);
        mentor.hours = hours();
        mentor.weeklyHours = between(2, 12);
        mentor.coachingStyle = pick(styles);
        mentor.communication = pick(modes);
        mentor.languages = spokenLanguages();
        for (std::size_t s = 0; s < matching::kSkillCount; ++s)
            mentor.skillLevels[s] = chance(0.5) ? between(1, 5) : 0;
        if (chance(0.05))
            mentor.disclosures.brands << QStringLiteral("Brand %1").arg(between(1, 500));
        if (chance(0.02))
            mentor.disclosures.categories << pick(categories);
        mentor.freeCapacity = capacity;
        problem.mentors.push_back(mentor);
    }
    return problem;
}

namespace {

bool execute(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

bool writeSyntheticProgram(const QString& path, const matching::MatchProblem& problem, QString* error)
{
    ProgramDatabase database;
    if (database.open(path) == ProgramDatabase::Outcome::Refused) {
        *error = database.errorString();
        return false;
    }
    QSqlDatabase db = database.connection();
    db.transaction();
    QSqlQuery query(db);
    const QString now = QStringLiteral("2026-12-01T00:00:00Z");
    for (const auto& mentee : problem.mentees) {
        query.prepare(QStringLiteral(
            "INSERT INTO sellers(id, external_id, shop_name, category, channel, time_zone, status, tier, "
            "growth_target, "
            "sales_velocity, inventory_complexity, weekly_hours, coaching_style, communication, pain_points, "
            "enrolment_date, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, 'enrolled', ?, ?, ?, ?, ?, ?, ?, ?, "
            "'2026-11-01', ?, ?)"));
        for (const QVariant& value :
             {QVariant(mentee.sellerId), QVariant(mentee.externalId), QVariant(mentee.externalId),
              QVariant(mentee.category), QVariant(mentee.channel), QVariant(mentee.timeZone),
              QVariant(mentee.highPotential ? QStringLiteral("high_potential") : QStringLiteral("standard")),
              QVariant(*mentee.growthTarget), QVariant(*mentee.salesVelocity), QVariant(*mentee.inventoryComplexity),
              QVariant(*mentee.weeklyHours),
              mentee.coachingStyle.isEmpty() ? QVariant() : QVariant(mentee.coachingStyle),
              mentee.communication.isEmpty() ? QVariant() : QVariant(mentee.communication),
              QVariant(mentee.painPoints.isEmpty() ? QStringLiteral("") : mentee.painPoints.join(u',')), QVariant(now),
              QVariant(now)})
            query.addBindValue(value);
        if (!execute(query, error))
            return false;
        for (const QString& language : mentee.languages) {
            QSqlQuery languages(db);
            languages.prepare(QStringLiteral("INSERT INTO seller_languages(seller_id, language) VALUES (?, ?)"));
            languages.addBindValue(mentee.sellerId);
            languages.addBindValue(language);
            if (!execute(languages, error))
                return false;
        }
    }
    for (const auto& mentor : problem.mentors) {
        query.prepare(QStringLiteral(
            "INSERT INTO mentors(id, external_id, name, categories, industries, coaching_style, communication, "
            "time_zone, weekly_hours, capacity, max_sales_velocity, max_inventory_complexity, best_growth, "
            "created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& value :
             {QVariant(mentor.mentorId), QVariant(mentor.externalId), QVariant(mentor.name),
              QVariant(mentor.categories.join(QStringLiteral("; "))), QVariant(mentor.industries.join(u',')),
              QVariant(mentor.coachingStyle), QVariant(mentor.communication), QVariant(mentor.timeZone),
              QVariant(*mentor.weeklyHours), QVariant(mentor.freeCapacity), QVariant(*mentor.maxSalesVelocity),
              QVariant(*mentor.maxInventoryComplexity), QVariant(*mentor.bestGrowth), QVariant(now), QVariant(now)})
            query.addBindValue(value);
        if (!execute(query, error))
            return false;
        QSqlQuery rows(db);
        for (const QString& category : mentor.categories) {
            rows.prepare(QStringLiteral("INSERT OR IGNORE INTO mentor_categories(mentor_id, category) VALUES (?, ?)"));
            rows.addBindValue(mentor.mentorId);
            rows.addBindValue(category);
            if (!execute(rows, error))
                return false;
        }
        for (const QString& language : mentor.languages) {
            rows.prepare(QStringLiteral("INSERT OR IGNORE INTO mentor_languages(mentor_id, language) VALUES (?, ?)"));
            rows.addBindValue(mentor.mentorId);
            rows.addBindValue(language);
            if (!execute(rows, error))
                return false;
        }
        for (const QString& channel : mentor.channels) {
            rows.prepare(QStringLiteral("INSERT OR IGNORE INTO mentor_channels(mentor_id, channel) VALUES (?, ?)"));
            rows.addBindValue(mentor.mentorId);
            rows.addBindValue(channel);
            if (!execute(rows, error))
                return false;
        }
        for (std::size_t skill = 0; skill < matching::kSkillCount; ++skill) {
            if (mentor.skillLevels[skill] == 0)
                continue;
            rows.prepare(QStringLiteral("INSERT INTO mentor_skills(mentor_id, skill, level) VALUES (?, ?, ?)"));
            rows.addBindValue(mentor.mentorId);
            rows.addBindValue(matching::skillCode(static_cast<matching::Skill>(skill)));
            rows.addBindValue(mentor.skillLevels[skill]);
            if (!execute(rows, error))
                return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace mentordesk::bench
