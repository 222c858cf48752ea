// SPDX-License-Identifier: GPL-3.0-or-later
// MatchScorer: each factor's agreement on hand-built pairs (time zones across daylight saving time
// and midnight included), musts, every exclusion rule, bonuses, skill needs, and on random problems
// that gain(), gainsOfMentee() and explain() agree exactly.
#include "MatchTestSupport.h"

#include "matching/MatchScorer.h"

#include <QTest>

#include <random>

using namespace mentordesk::matching;
using namespace mentordesk::matching::testing;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {

int agreementOf(const MenteeProfile& mentee, const MentorProfile& mentor, Factor factor,
                const QDate& day = QDate(2026, 1, 15))
{
    MatchProblem problem = problemOf({mentee}, {mentor});
    problem.referenceDate = day;
    return MatchScorer(problem, MatchRules::defaults()).explain(0, 0).agreement[static_cast<std::size_t>(factor)];
}

QStringList words(const QString& text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

class TestMatchScorer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agreeablePairScoresTheMaximum();
    void category_data();
    void category();
    void relatedBothWaysAcrossMentees();
    void listFactors_data();
    void listFactors();
    void demands_data();
    void demands();
    void timeZoneOverlap_data();
    void timeZoneOverlap();
    void preferences_data();
    void preferences();
    void skillNeeds_data();
    void skillNeeds();
    void skillCoverage_data();
    void skillCoverage();
    void mustFactorExcludes();
    void exclusions_data();
    void exclusions();
    void bonuses();
    void manyLanguagesAndCategories();
    void randomProblemsAgree_data();
    void randomProblemsAgree();
    void deterministic();
};

void TestMatchScorer::agreeablePairScoresTheMaximum()
{
    const MatchScorer scorer(problemOf({agreeableMentee()}, {agreeableMentor()}), MatchRules::defaults());
    const PairScore score = scorer.explain(0, 0);
    QVERIFY(score.allowed());
    int weights = 0;
    for (Factor factor : allFactors()) {
        QCOMPARE(score.agreement[static_cast<std::size_t>(factor)], 10);
        weights += MatchRules::defaults().rule(factor).weight;
    }
    QCOMPARE(score.total, 10 * weights);
    QCOMPARE(scorer.gain(0, 0), score.total);
    QCOMPARE(scorer.maximumScore(), 10 * weights + 15 + 10);
}

void TestMatchScorer::category_data()
{
    QTest::addColumn<QString>("menteeCategory");
    QTest::addColumn<QString>("mentorCategories");
    QTest::addColumn<bool>("related");
    QTest::addColumn<int>("agreement");
    QTest::newRow("exact") << "Toys"
                           << "Books,Toys" << false << 10;
    QTest::newRow("exact, other case and blanks") << " toys "
                                                  << "TOYS" << false << 10;
    QTest::newRow("related") << "Toys"
                             << "Games" << true << 5;
    QTest::newRow("related is not asked") << "Toys"
                                          << "Games" << false << 0;
    QTest::newRow("none") << "Toys"
                          << "Books" << true << 0;
    QTest::newRow("mentor without categories") << "Toys"
                                               << "" << true << 0;
    QTest::newRow("mentee without category: neutral") << ""
                                                      << "Books" << true << 5;
}

void TestMatchScorer::category()
{
    QFETCH(QString, menteeCategory);
    QFETCH(QString, mentorCategories);
    QFETCH(bool, related);
    QFETCH(int, agreement);
    MenteeProfile mentee = agreeableMentee();
    mentee.category = menteeCategory;
    MentorProfile mentor = agreeableMentor();
    mentor.categories = words(mentorCategories);
    MatchProblem problem = problemOf({mentee}, {mentor});
    if (related) {
        problem.relatedCategories[QStringLiteral("toys")].insert(QStringLiteral("games"));
        problem.relatedCategories[QStringLiteral("games")].insert(QStringLiteral("toys"));
    }
    const MatchScorer scorer(problem, MatchRules::defaults());
    QCOMPARE(scorer.explain(0, 0).agreement[static_cast<std::size_t>(Factor::Category)], agreement);
}

void TestMatchScorer::relatedBothWaysAcrossMentees()
{
    // "Games" first appears as Toys' relation, and only later as a mentee's own category.
    std::vector<MenteeProfile> mentees;
    for (const char* category : {"Toys", "Books", "Games"}) {
        MenteeProfile mentee = agreeableMentee(QStringLiteral("S-%1").arg(QLatin1String(category)));
        mentee.category = QLatin1String(category);
        mentees.push_back(mentee);
    }
    std::vector<MentorProfile> mentors = {agreeableMentor(QStringLiteral("M-1")),
                                          agreeableMentor(QStringLiteral("M-2"))};
    mentors[0].categories = {QStringLiteral("games")};
    mentors[1].categories = {QStringLiteral("toys")};
    MatchProblem problem = problemOf(mentees, mentors);
    problem.relatedCategories[QStringLiteral("toys")] = {QStringLiteral("games")};
    problem.relatedCategories[QStringLiteral("games")] = {QStringLiteral("toys")};
    const MatchScorer scorer(problem, MatchRules::defaults());
    const auto category = [&scorer](int mentee, int mentor) {
        return scorer.explain(mentee, mentor).agreement[static_cast<std::size_t>(Factor::Category)];
    };
    QCOMPARE(category(0, 0), 5);
    QCOMPARE(category(0, 1), 10);
    QCOMPARE(category(1, 0), 0);
    QCOMPARE(category(2, 0), 10);
    QCOMPARE(category(2, 1), 5);
    std::vector<int> row(2);
    for (int mentee = 0; mentee < 3; ++mentee) {
        scorer.gainsOfMentee(mentee, row.data());
        QCOMPARE(row[0], scorer.gain(mentee, 0));
        QCOMPARE(row[1], scorer.gain(mentee, 1));
    }
}

void TestMatchScorer::listFactors_data()
{
    QTest::addColumn<int>("factor");
    QTest::addColumn<QString>("menteeValue");
    QTest::addColumn<QString>("mentorValues");
    QTest::addColumn<int>("agreement");
    const int industry = static_cast<int>(Factor::Industry);
    const int channel = static_cast<int>(Factor::Channel);
    const int language = static_cast<int>(Factor::Language);
    QTest::newRow("industry holds the category") << industry << "Toys"
                                                 << "Books,toys" << 10;
    QTest::newRow("industry without the category") << industry << "Toys"
                                                   << "Books" << 0;
    QTest::newRow("industry, mentee without category") << industry << ""
                                                       << "Books" << 5;
    QTest::newRow("channel shared") << channel << "social"
                                    << "wholesale,Social" << 10;
    QTest::newRow("channel not shared") << channel << "social"
                                        << "wholesale" << 0;
    QTest::newRow("channel, mentor without channels") << channel << "social"
                                                      << "" << 0;
    QTest::newRow("channel, mentee without channel") << channel << ""
                                                     << "wholesale" << 5;
    QTest::newRow("a language shared") << language << "fr,de"
                                       << "DE" << 10;
    QTest::newRow("no language shared") << language << "fr"
                                        << "de,en" << 0;
    QTest::newRow("mentor without languages") << language << "fr"
                                              << "" << 0;
    QTest::newRow("mentee without languages: neutral") << language << ""
                                                       << "de" << 5;
}

void TestMatchScorer::listFactors()
{
    QFETCH(int, factor);
    QFETCH(QString, menteeValue);
    QFETCH(QString, mentorValues);
    QFETCH(int, agreement);
    MenteeProfile mentee = agreeableMentee();
    MentorProfile mentor = agreeableMentor();
    switch (static_cast<Factor>(factor)) {
    case Factor::Industry:
        mentee.category = menteeValue;
        mentor.categories.clear();
        mentor.industries = words(mentorValues);
        break;
    case Factor::Channel:
        mentee.channel = menteeValue;
        mentor.channels = words(mentorValues);
        break;
    default:
        mentee.languages = words(menteeValue);
        mentor.languages = words(mentorValues);
        break;
    }
    QCOMPARE(agreementOf(mentee, mentor, static_cast<Factor>(factor)), agreement);
}

void TestMatchScorer::demands_data()
{
    QTest::addColumn<int>("factor");
    QTest::addColumn<std::optional<double>>("demand");
    QTest::addColumn<std::optional<double>>("reach");
    QTest::addColumn<int>("agreement");
    const auto value = [](double number) { return std::optional<double>(number); };
    const std::optional<double> none;
    for (const Factor factor : {Factor::GrowthTarget, Factor::SalesVelocity, Factor::WeeklyHours}) {
        const QByteArray key = factorKey(factor).toLatin1();
        const int code = static_cast<int>(factor);
        QTest::newRow(key + ": reached") << code << value(10) << value(10) << 10;
        QTest::newRow(key + ": exceeded") << code << value(10) << value(25) << 10;
        QTest::newRow(key + ": half") << code << value(10) << value(5) << 5;
        QTest::newRow(key + ": just short is 9, not 10") << code << value(10) << value(9.99) << 9;
        QTest::newRow(key + ": zero reach") << code << value(10) << value(0) << 0;
        QTest::newRow(key + ": no demand asked") << code << value(0) << value(0) << 10;
        QTest::newRow(key + ": mentor not recorded") << code << value(10) << none << 0;
        QTest::newRow(key + ": mentee not recorded") << code << none << value(3) << 5;
    }
    const int complexity = static_cast<int>(Factor::InventoryComplexity);
    QTest::newRow("complexity 4 of 5") << complexity << value(5) << value(4) << 8;
    QTest::newRow("complexity 1 of 3") << complexity << value(3) << value(1) << 3;
    QTest::newRow("complexity reached") << complexity << value(3) << value(3) << 10;
    QTest::newRow("complexity not recorded") << complexity << value(3) << none << 0;
}

void TestMatchScorer::demands()
{
    QFETCH(int, factor);
    QFETCH(std::optional<double>, demand);
    QFETCH(std::optional<double>, reach);
    QFETCH(int, agreement);
    MenteeProfile mentee = agreeableMentee();
    MentorProfile mentor = agreeableMentor();
    const auto asInt = [](const std::optional<double>& number) {
        return number ? std::optional<int>(static_cast<int>(*number)) : std::nullopt;
    };
    switch (static_cast<Factor>(factor)) {
    case Factor::GrowthTarget:
        mentee.growthTarget = demand;
        mentor.bestGrowth = reach;
        break;
    case Factor::SalesVelocity:
        mentee.salesVelocity = demand;
        mentor.maxSalesVelocity = reach;
        break;
    case Factor::WeeklyHours:
        mentee.weeklyHours = demand;
        mentor.weeklyHours = reach;
        break;
    default:
        mentee.inventoryComplexity = asInt(demand);
        mentor.maxInventoryComplexity = asInt(reach);
        break;
    }
    QCOMPARE(agreementOf(mentee, mentor, static_cast<Factor>(factor)), agreement);
}

void TestMatchScorer::timeZoneOverlap_data()
{
    QTest::addColumn<QString>("menteeZone");
    QTest::addColumn<int>("menteeStart");
    QTest::addColumn<int>("menteeEnd");
    QTest::addColumn<QString>("mentorZone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("agreement");
    QTest::addColumn<bool>("invalid");
    const QDate winter(2026, 1, 15);
    // The United States move their clocks on 8 March 2026, the European Union on 29 March.
    const QDate between(2026, 3, 20);
    const QDate summer(2026, 4, 15);
    const int nine = 9 * 60;
    const int six = 18 * 60;
    QTest::newRow("same zone") << "Europe/Berlin" << nine << six << "Europe/Berlin" << winter << 10 << false;
    // Berlin 08–17 UTC, New York 14–23 UTC: 3 h of the 6 h that count as full.
    QTest::newRow("Berlin and New York in winter")
        << "Europe/Berlin" << nine << six << "America/New_York" << winter << 5 << false;
    // New York already on summer time (13–22 UTC), Berlin not yet (08–17 UTC): 4 h.
    QTest::newRow("Berlin and New York between the switches")
        << "Europe/Berlin" << nine << six << "America/New_York" << between << 6 << false;
    QTest::newRow("Berlin and New York in summer")
        << "Europe/Berlin" << nine << six << "America/New_York" << summer << 5 << false;
    // Tokyo 00–09 UTC, Los Angeles 17–02 UTC the next day: 2 h across midnight UTC.
    QTest::newRow("across midnight") << "Asia/Tokyo" << nine << six << "America/Los_Angeles" << winter << 3 << false;
    QTest::newRow("no overlap") << "Asia/Tokyo" << nine << 13 * 60 << "America/New_York" << winter << 0 << false;
    // A 3-hour day inside the mentor's: full overlap of the shorter span.
    QTest::newRow("shorter span covered")
        << "Europe/Berlin" << 10 * 60 << 13 * 60 << "Europe/Berlin" << winter << 10 << false;
    QTest::newRow("mentee zone not IANA") << "Mars/Olympus" << nine << six << "Europe/Berlin" << winter << 0 << true;
    QTest::newRow("mentor zone not IANA") << "Europe/Berlin" << nine << six << "Berlin time" << winter << 0 << true;
    QTest::newRow("mentee zone missing") << "" << nine << six << "Europe/Berlin" << winter << 5 << false;
    QTest::newRow("mentor zone missing") << "Europe/Berlin" << nine << six << "" << winter << 5 << false;
    QTest::newRow("hours not a span") << "Europe/Berlin" << six << nine << "Europe/Berlin" << winter << 5 << false;
}

void TestMatchScorer::timeZoneOverlap()
{
    QFETCH(QString, menteeZone);
    QFETCH(int, menteeStart);
    QFETCH(int, menteeEnd);
    QFETCH(QString, mentorZone);
    QFETCH(QDate, day);
    QFETCH(int, agreement);
    QFETCH(bool, invalid);
    MenteeProfile mentee = agreeableMentee();
    mentee.timeZone = menteeZone;
    mentee.hours = {menteeStart, menteeEnd};
    MentorProfile mentor = agreeableMentor();
    mentor.timeZone = mentorZone;
    MatchProblem problem = problemOf({mentee}, {mentor});
    problem.referenceDate = day;
    const MatchScorer scorer(problem, MatchRules::defaults());
    const PairScore score = scorer.explain(0, 0);
    QCOMPARE(score.agreement[static_cast<std::size_t>(Factor::TimeZoneOverlap)], agreement);
    QCOMPARE(score.invalidTimeZone, invalid);
    QCOMPARE(scorer.gain(0, 0), score.total);
}

void TestMatchScorer::preferences_data()
{
    QTest::addColumn<QString>("mentee");
    QTest::addColumn<QString>("mentor");
    QTest::addColumn<int>("agreement");
    QTest::newRow("same") << "data_driven"
                          << "data_driven" << 10;
    QTest::newRow("same, other case") << "intuitive"
                                      << "Intuitive" << 10;
    QTest::newRow("different") << "data_driven"
                               << "intuitive" << 0;
    QTest::newRow("mentee without preference") << ""
                                               << "intuitive" << 10;
    QTest::newRow("mentor not recorded") << "intuitive"
                                         << "" << 5;
}

void TestMatchScorer::preferences()
{
    QFETCH(QString, mentee);
    QFETCH(QString, mentor);
    QFETCH(int, agreement);
    MenteeProfile styleMentee = agreeableMentee();
    styleMentee.coachingStyle = mentee;
    MentorProfile styleMentor = agreeableMentor();
    styleMentor.coachingStyle = mentor;
    QCOMPARE(agreementOf(styleMentee, styleMentor, Factor::CoachingStyle), agreement);
    MenteeProfile talkingMentee = agreeableMentee();
    talkingMentee.communication = QString(mentee).replace(QLatin1String("data_driven"), QLatin1String("async"));
    MentorProfile talkingMentor = agreeableMentor();
    talkingMentor.communication = QString(mentor).replace(QLatin1String("data_driven"), QLatin1String("async"));
    QCOMPARE(agreementOf(talkingMentee, talkingMentor, Factor::Communication), agreement);
}

void TestMatchScorer::skillNeeds_data()
{
    QTest::addColumn<QString>("painPoints");
    QTest::addColumn<bool>("metrics");     // below/above every median, in the weak direction
    QTest::addColumn<QList<int>>("needs"); // in Skill order
    QTest::newRow("none") << "" << false << QList<int>{0, 0, 0, 0, 0, 0, 0};
    QTest::newRow("low visibility") << "low_visibility" << false << QList<int>{0, 0, 0, 0, 1, 0, 0};
    QTest::newRow("visibility and conversion")
        << "low_visibility,slow_conversion" << false << QList<int>{0, 0, 0, 0, 2, 0, 0};
    QTest::newRow("pricing") << "Pricing" << false << QList<int>{1, 0, 0, 0, 0, 0, 0};
    QTest::newRow("reviews") << "inconsistent_reviews" << false << QList<int>{0, 0, 1, 0, 0, 0, 0};
    QTest::newRow("returns") << "returns" << false << QList<int>{0, 1, 1, 0, 0, 0, 0};
    QTest::newRow("policy") << "policy_compliance" << false << QList<int>{0, 0, 0, 1, 0, 0, 0};
    QTest::newRow("repeated and unknown codes")
        << "pricing,pricing,shipping" << false << QList<int>{1, 0, 0, 0, 0, 0, 0};
    QTest::newRow("metrics alone") << "" << true << QList<int>{1, 1, 2, 0, 1, 0, 0};
    QTest::newRow("capped at 2") << "returns,inconsistent_reviews,low_visibility,slow_conversion" << true
                                 << QList<int>{1, 2, 2, 0, 2, 0, 0};
}

void TestMatchScorer::skillNeeds()
{
    QFETCH(QString, painPoints);
    QFETCH(bool, metrics);
    QFETCH(QList<int>, needs);
    MenteeProfile mentee = agreeableMentee();
    mentee.painPoints = words(painPoints);
    MatchProblem problem = problemOf({mentee}, {agreeableMentor()});
    problem.reference = {60.0, 0.05, 4.2, 1.0};
    if (metrics) {
        problem.mentees[0].listingQuality = 40;
        problem.mentees[0].returnRate = 0.10;
        problem.mentees[0].csat = 3.9;
        problem.mentees[0].priceCompetitiveness = 1.2;
    } else {
        // At the medians: not weaker than the program.
        problem.mentees[0].listingQuality = 60;
        problem.mentees[0].returnRate = 0.05;
        problem.mentees[0].csat = 4.2;
        problem.mentees[0].priceCompetitiveness = 1.0;
    }
    const auto actual = MatchScorer(problem, MatchRules::defaults()).skillNeeds(0);
    QCOMPARE(QList<int>(actual.begin(), actual.end()), needs);
}

void TestMatchScorer::skillCoverage_data()
{
    QTest::addColumn<QString>("painPoints");
    QTest::addColumn<QList<int>>("levels"); // in Skill order
    QTest::addColumn<int>("agreement");
    QTest::newRow("needed skill at 5") << "pricing" << QList<int>{5, 0, 0, 0, 0, 0, 0} << 10;
    QTest::newRow("needed skill at 3") << "pricing" << QList<int>{3, 0, 0, 0, 0, 0, 0} << 6;
    QTest::newRow("needed skill missing") << "pricing" << QList<int>{0, 5, 5, 5, 5, 5, 5} << 0;
    // returns needs customer service 1 and inventory 1: (4 + 2) × 2 ÷ 2 = 6.
    QTest::newRow("two needs") << "returns" << QList<int>{0, 4, 2, 0, 0, 0, 0} << 6;
    // listing optimisation 2, pricing 1: (2 × 5 + 1 × 1) × 2 ÷ 3 = 7.
    QTest::newRow("weighted by need") << "low_visibility,slow_conversion,pricing" << QList<int>{1, 0, 0, 0, 5, 0, 0}
                                      << 7;
    QTest::newRow("no needs: neutral") << "" << QList<int>{5, 5, 5, 5, 5, 5, 5} << 5;
}

void TestMatchScorer::skillCoverage()
{
    QFETCH(QString, painPoints);
    QFETCH(QList<int>, levels);
    QFETCH(int, agreement);
    MenteeProfile mentee = agreeableMentee();
    mentee.painPoints = words(painPoints);
    MentorProfile mentor = agreeableMentor();
    for (std::size_t skill = 0; skill < kSkillCount; ++skill)
        mentor.skillLevels[skill] = levels.at(static_cast<qsizetype>(skill));
    QCOMPARE(agreementOf(mentee, mentor, Factor::SkillCoverage), agreement);
}

void TestMatchScorer::mustFactorExcludes()
{
    MenteeProfile mentee = agreeableMentee();
    mentee.languages = {QStringLiteral("fr")};
    const MatchProblem problem = problemOf({mentee}, {agreeableMentor()});
    const MatchScorer byDefault(problem, MatchRules::defaults());
    const PairScore score = byDefault.explain(0, 0);
    QCOMPARE(score.exclusion, Exclusion::MustFactor);
    QCOMPARE(score.failedMust, Factor::Language);
    QVERIFY(byDefault.gain(0, 0) < 0);

    MatchRules languageOptional = MatchRules::defaults();
    languageOptional.rule(Factor::Language).must = false;
    const MatchScorer optional(problem, languageOptional);
    QVERIFY(optional.explain(0, 0).allowed());
    QCOMPARE(optional.gain(0, 0), optional.explain(0, 0).total);

    // A must on a factor with weight 0 still filters.
    MatchRules channelMust = languageOptional;
    channelMust.rule(Factor::Channel) = {0, true};
    MatchProblem otherChannel = problem;
    otherChannel.mentors[0].channels = {QStringLiteral("wholesale")};
    const MatchScorer channel(otherChannel, channelMust);
    QCOMPARE(channel.explain(0, 0).exclusion, Exclusion::MustFactor);
    QCOMPARE(channel.explain(0, 0).failedMust, Factor::Channel);
    QVERIFY(channel.gain(0, 0) < 0);
}

void TestMatchScorer::exclusions_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("exclusion");
    QTest::newRow("seller") << "seller" << static_cast<int>(Exclusion::SellerConflict);
    QTest::newRow("brand, other case") << "brand" << static_cast<int>(Exclusion::BrandConflict);
    QTest::newRow("category, other case") << "category" << static_cast<int>(Exclusion::CategoryConflict);
    QTest::newRow("forbidden") << "forbid" << static_cast<int>(Exclusion::Forbidden);
    QTest::newRow("below minimum") << "minimum" << static_cast<int>(Exclusion::BelowMinimum);
    QTest::newRow("minimum reached exactly") << "minimum exact" << static_cast<int>(Exclusion::None);
    QTest::newRow("seller before forbid") << "seller,forbid" << static_cast<int>(Exclusion::SellerConflict);
    QTest::newRow("category before must") << "category,must" << static_cast<int>(Exclusion::CategoryConflict);
    QTest::newRow("forbid before minimum") << "forbid,minimum" << static_cast<int>(Exclusion::Forbidden);
    QTest::newRow("a pin is not the scorer's business") << "pin" << static_cast<int>(Exclusion::None);
}

void TestMatchScorer::exclusions()
{
    QFETCH(QString, rule);
    QFETCH(int, exclusion);
    MenteeProfile mentee = agreeableMentee();
    mentee.sellerId = 77;
    mentee.brands = {QStringLiteral("Acme")};
    MentorProfile other = agreeableMentor(QStringLiteral("M-002"));
    MatchProblem problem = problemOf({mentee}, {agreeableMentor(), other});
    MatchRules rules = MatchRules::defaults();
    const int perfect = MatchScorer(problem, rules).gain(0, 0);
    Disclosures& disclosures = problem.mentors[0].disclosures;
    const QStringList parts = words(rule);
    if (parts.contains(QLatin1String("seller")))
        disclosures.sellerIds.insert(77);
    if (parts.contains(QLatin1String("brand")))
        disclosures.brands = {QStringLiteral("ACME")};
    if (parts.contains(QLatin1String("category")))
        disclosures.categories = {QStringLiteral("toys")};
    if (parts.contains(QLatin1String("forbid")))
        problem.forbids.push_back({0, 0});
    if (parts.contains(QLatin1String("pin")))
        problem.pins.push_back({0, 0});
    if (parts.contains(QLatin1String("must")))
        problem.mentors[0].languages = {QStringLiteral("fi")};
    if (parts.contains(QLatin1String("minimum")))
        rules.minimumScore = perfect + 1;
    if (parts.contains(QLatin1String("minimum exact")))
        rules.minimumScore = perfect;
    const MatchScorer scorer(problem, rules);
    const PairScore score = scorer.explain(0, 0);
    QCOMPARE(static_cast<int>(score.exclusion), exclusion);
    QCOMPARE(score.total, perfect - (parts.contains(QLatin1String("must")) ? 50 : 0));
    QCOMPARE(scorer.gain(0, 0) >= 0, score.allowed());
    std::vector<int> row(2);
    scorer.gainsOfMentee(0, row.data());
    QCOMPARE(row[0], scorer.gain(0, 0));
    // The other mentor is untouched by rules about the first (except a minimum above everyone).
    QCOMPARE(row[1] >= 0, !parts.contains(QLatin1String("minimum")));
}

void TestMatchScorer::bonuses()
{
    MenteeProfile mentee = agreeableMentee();
    mentee.highPotential = true;
    mentee.currentMentor = 1;
    MatchProblem problem = problemOf({mentee}, {agreeableMentor(), agreeableMentor(QStringLiteral("M-002"))});
    MatchRules rules = MatchRules::defaults();
    rules.highPotentialBonus = 7;
    rules.stabilityBonus = 4;
    const MatchScorer scorer(problem, rules);
    const PairScore stranger = scorer.explain(0, 0);
    const PairScore current = scorer.explain(0, 1);
    int contributions = 0;
    for (int contribution : stranger.contributions)
        contributions += contribution;
    QCOMPARE(stranger.priorityBonus, 7);
    QCOMPARE(stranger.stabilityBonus, 0);
    QCOMPARE(stranger.total, contributions + 7);
    QCOMPARE(current.stabilityBonus, 4);
    QCOMPARE(current.total, contributions + 7 + 4);
    QCOMPARE(scorer.gain(0, 1), current.total);

    problem.mentees[0].highPotential = false;
    const MatchScorer standard(problem, rules);
    QCOMPARE(standard.explain(0, 0).priorityBonus, 0);
    QCOMPARE(standard.gain(0, 0), contributions);
}

void TestMatchScorer::manyLanguagesAndCategories()
{
    // More than 64 distinct words take the scorer's multi-word bit sets.
    std::vector<MenteeProfile> mentees;
    for (int index = 0; index < 100; ++index) {
        MenteeProfile mentee = agreeableMentee(QStringLiteral("S-%1").arg(index, 3, 10, QLatin1Char('0')));
        mentee.languages = {QStringLiteral("lang%1").arg(index)};
        mentee.category = QStringLiteral("cat%1").arg(index);
        mentees.push_back(mentee);
    }
    MentorProfile mentor = agreeableMentor();
    mentor.languages = {QStringLiteral("LANG99"), QStringLiteral("lang3")};
    mentor.categories = {QStringLiteral("cat70")};
    MatchRules rules = MatchRules::defaults();
    const MatchScorer scorer(problemOf(mentees, {mentor}), rules);
    for (int mentee = 0; mentee < 100; ++mentee) {
        const PairScore score = scorer.explain(mentee, 0);
        const bool speaks = mentee == 99 || mentee == 3;
        QCOMPARE(score.agreement[static_cast<std::size_t>(Factor::Language)], speaks ? 10 : 0);
        QCOMPARE(score.agreement[static_cast<std::size_t>(Factor::Category)], mentee == 70 ? 10 : 0);
        QCOMPARE(scorer.gain(mentee, 0) >= 0, speaks);
    }
}

namespace {

MatchProblem randomProblem(unsigned seed, int mentees, int mentors)
{
    std::mt19937 random(seed);
    const auto pick = [&random](int count) { return static_cast<int>(random() % static_cast<unsigned>(count)); };
    const auto chance = [&random](int percent) { return static_cast<int>(random() % 100) < percent; };
    const QStringList zones = {QStringLiteral("Europe/Berlin"), QStringLiteral("America/New_York"),
                               QStringLiteral("Asia/Tokyo"), QStringLiteral("Not/AZone"), QString()};
    const QStringList styles = {QStringLiteral("data_driven"), QStringLiteral("intuitive"), QString()};
    const QStringList pains = {QStringLiteral("low_visibility"), QStringLiteral("returns"), QStringLiteral("pricing"),
                               QStringLiteral("policy_compliance")};
    const auto maybe = [&](double value) { return chance(80) ? std::optional<double>(value) : std::nullopt; };
    std::vector<MenteeProfile> menteeList;
    for (int index = 0; index < mentees; ++index) {
        MenteeProfile mentee;
        mentee.sellerId = index + 1;
        mentee.externalId = QStringLiteral("S-%1").arg(index, 4, 10, QLatin1Char('0'));
        mentee.category = chance(90) ? QStringLiteral("cat%1").arg(pick(70)) : QString();
        mentee.channel = QStringLiteral("ch%1").arg(pick(4));
        mentee.growthTarget = maybe(pick(60));
        mentee.salesVelocity = maybe(pick(200));
        mentee.inventoryComplexity = chance(80) ? std::optional<int>(1 + pick(5)) : std::nullopt;
        mentee.timeZone = zones.at(pick(zones.size()));
        mentee.hours = {pick(12) * 60, 13 * 60 + pick(10) * 60};
        mentee.weeklyHours = maybe(1 + pick(6));
        mentee.coachingStyle = styles.at(pick(3));
        mentee.communication = styles.at(pick(3)).isEmpty() ? QString() : QStringLiteral("live");
        if (chance(90))
            mentee.languages = {QStringLiteral("l%1").arg(pick(5))};
        mentee.painPoints = {pains.at(pick(pains.size()))};
        mentee.brands = {QStringLiteral("brand%1").arg(pick(20))};
        mentee.listingQuality = maybe(pick(100));
        mentee.highPotential = chance(20);
        mentee.currentMentor = chance(30) ? pick(mentors) : -1;
        menteeList.push_back(mentee);
    }
    std::vector<MentorProfile> mentorList;
    for (int index = 0; index < mentors; ++index) {
        MentorProfile mentor;
        mentor.mentorId = index + 1;
        mentor.externalId = QStringLiteral("M-%1").arg(index, 4, 10, QLatin1Char('0'));
        mentor.categories = {QStringLiteral("cat%1").arg(pick(70)), QStringLiteral("cat%1").arg(pick(70))};
        mentor.industries = {QStringLiteral("cat%1").arg(pick(70))};
        mentor.channels = {QStringLiteral("ch%1").arg(pick(4))};
        mentor.maxSalesVelocity = maybe(pick(300));
        mentor.maxInventoryComplexity = chance(80) ? std::optional<int>(1 + pick(5)) : std::nullopt;
        mentor.bestGrowth = maybe(pick(80));
        mentor.timeZone = zones.at(pick(zones.size()));
        mentor.hours = {pick(12) * 60, 13 * 60 + pick(10) * 60};
        mentor.weeklyHours = maybe(1 + pick(6));
        mentor.coachingStyle = styles.at(pick(3));
        mentor.communication = chance(50) ? QStringLiteral("live") : QStringLiteral("async");
        mentor.languages = {QStringLiteral("l%1").arg(pick(5)), QStringLiteral("l%1").arg(pick(5))};
        for (int& level : mentor.skillLevels)
            level = pick(6);
        if (chance(10))
            mentor.disclosures.sellerIds.insert(1 + pick(mentees));
        if (chance(10))
            mentor.disclosures.brands = {QStringLiteral("BRAND%1").arg(pick(20))};
        if (chance(10))
            mentor.disclosures.categories = {QStringLiteral("Cat%1").arg(pick(70))};
        mentorList.push_back(mentor);
    }
    MatchProblem problem = problemOf(menteeList, mentorList);
    for (int pair = 0; pair < 10; ++pair)
        problem.relatedCategories[QStringLiteral("cat%1").arg(pick(70))].insert(QStringLiteral("cat%1").arg(pick(70)));
    for (int forbid = 0; forbid < mentees / 4; ++forbid)
        problem.forbids.push_back({pick(mentees), pick(mentors)});
    problem.reference.medianListingQuality = 50;
    return problem;
}

} // namespace

/// The row path (gainsOfMentee(): tables, and with the language a must the mentors without a
/// shared language set aside first) against the breakdown path, pair by pair.
void TestMatchScorer::randomProblemsAgree_data()
{
    QTest::addColumn<bool>("languageMust");
    QTest::addColumn<bool>("everyMust");
    QTest::newRow("defaults (language a must)") << true << false;
    QTest::newRow("language not a must") << false << false;
    QTest::newRow("every factor a must") << true << true;
}

void TestMatchScorer::randomProblemsAgree()
{
    QFETCH(bool, languageMust);
    QFETCH(bool, everyMust);
    for (unsigned seed = 1; seed <= 6; ++seed) {
        const MatchProblem problem = randomProblem(seed, 40, 30);
        MatchRules rules = MatchRules::defaults();
        rules.minimumScore = seed % 2 == 0 ? 350 : 0;
        rules.rule(Factor::CoachingStyle).must = seed % 3 == 0;
        for (Factor factor : allFactors())
            rules.rule(factor).must = rules.rule(factor).must || everyMust;
        rules.rule(Factor::Language).must = languageMust;
        const MatchScorer scorer(problem, rules);
        std::vector<int> row(problem.mentors.size());
        int allowed = 0;
        for (int mentee = 0; mentee < scorer.menteeCount(); ++mentee) {
            scorer.gainsOfMentee(mentee, row.data());
            for (int mentor = 0; mentor < scorer.mentorCount(); ++mentor) {
                const PairScore score = scorer.explain(mentee, mentor);
                const int gain = scorer.gain(mentee, mentor);
                QCOMPARE(row[static_cast<std::size_t>(mentor)], gain);
                QCOMPARE(gain >= 0, score.allowed());
                int sum = score.priorityBonus + score.stabilityBonus;
                for (std::size_t factor = 0; factor < kFactorCount; ++factor) {
                    QVERIFY(score.agreement[factor] >= 0 && score.agreement[factor] <= 10);
                    QCOMPARE(score.contributions[factor], score.agreement[factor] * rules.factors[factor].weight);
                    sum += score.contributions[factor];
                }
                QCOMPARE(score.total, sum);
                QVERIFY(score.total <= scorer.maximumScore());
                if (gain >= 0) {
                    QCOMPARE(gain, score.total);
                    ++allowed;
                }
            }
        }
        QVERIFY2(allowed > 0 || everyMust, "a random problem should allow some pairs");
    }
}

void TestMatchScorer::deterministic()
{
    const MatchProblem problem = randomProblem(11, 30, 20);
    const MatchScorer first(problem, MatchRules::defaults());
    const MatchScorer second(problem, MatchRules::defaults());
    std::vector<int> one(problem.mentors.size());
    std::vector<int> two(problem.mentors.size());
    for (int mentee = 0; mentee < first.menteeCount(); ++mentee) {
        first.gainsOfMentee(mentee, one.data());
        second.gainsOfMentee(mentee, two.data());
        QCOMPARE(one, two);
    }
}

QTEST_GUILESS_MAIN(TestMatchScorer)
#include "test_matchscorer.moc"
