// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/ScorerCodes.h"

#include "matching/ScorerVocabulary.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

namespace mentordesk::matching::scoring {

namespace {

struct PainPointSkills {
    const char* painPoint;
    std::array<std::optional<Skill>, 2> skills;
};

// The documented default table (docs/matching.md, "Skill coverage").
const std::array<PainPointSkills, 6> kPainPointSkills = {{
    {"low_visibility", {Skill::ListingOptimisation, std::nullopt}},
    {"slow_conversion", {Skill::ListingOptimisation, std::nullopt}},
    {"pricing", {Skill::Pricing, std::nullopt}},
    {"inconsistent_reviews", {Skill::CustomerService, std::nullopt}},
    {"returns", {Skill::CustomerService, Skill::InventoryManagement}},
    {"policy_compliance", {Skill::PolicyCompliance, std::nullopt}},
}};

constexpr int kMaximumNeed = 2;
constexpr int kMaximumLevel = 5;

void addNeed(std::array<int, kSkillCount>& needs, Skill skill)
{
    int& need = needs[static_cast<std::size_t>(skill)];
    need = std::min(kMaximumNeed, need + 1);
}

bool below(const std::optional<double>& value, const std::optional<double>& median)
{
    return value && median && *value < *median;
}

bool above(const std::optional<double>& value, const std::optional<double>& median)
{
    return value && median && *value > *median;
}

Demand demandOf(const std::optional<double>& value)
{
    if (!value)
        return {};
    return {true, *value, *value > kSmallestDemand ? kFullAgreement / *value : 0.0};
}

double reachOf(const std::optional<double>& value)
{
    return value ? std::clamp(*value, 0.0, kLargestReach) : kMissingReach;
}

std::optional<double> asDouble(const std::optional<int>& value)
{
    if (!value)
        return std::nullopt;
    return static_cast<double>(*value);
}

/// Interns what the inner loop compares, and converts working hours to UTC once per zone.
class CodeBuilder {
public:
    CodeBuilder(const MatchProblem& problem, const MatchRules& rules, ScorerCodes& codes)
        : m_problem(problem)
        , m_rules(rules)
        , m_codes(codes)
        , m_day(problem.referenceDate.isValid() ? problem.referenceDate : QDate(2000, 1, 1))
    {
    }

    void build()
    {
        internMenteeWords();
        buildMentors();
        buildMentees();
        buildConflicts();
        buildCoverageTable();
        buildPoints();
    }

private:
    void internMenteeWords()
    {
        // Only the mentees' words can ever agree: a mentor's category no mentee has (nor is
        // related to) cannot score, so it needs no bit.
        for (const MenteeProfile& mentee : m_problem.mentees) {
            const int category = m_categories.intern(mentee.category);
            if (category >= 0 && !relatedNamesOf(category)) {
                auto& names = m_relatedNames[static_cast<std::size_t>(category)];
                names = m_problem.relatedCategories.value(ScorerVocabulary::normalised(mentee.category)).values();
                for (const QString& related : *names)
                    m_categories.intern(related);
            }
            m_channels.intern(mentee.channel);
            for (const QString& language : mentee.languages)
                m_languages.intern(language);
        }
    }

    /// The related categories' names when they were looked up for this category id.
    std::optional<QStringList>& relatedNamesOf(int category)
    {
        if (static_cast<std::size_t>(category) >= m_relatedNames.size())
            m_relatedNames.resize(static_cast<std::size_t>(category) + 1);
        return m_relatedNames[static_cast<std::size_t>(category)];
    }

    int styleCode(const QString& style) { return m_styles.intern(style) + 1; }

    static void setBits(ScorerBitRows& rows, int row, const QStringList& words, ScorerVocabulary& vocabulary)
    {
        for (const QString& word : words) {
            const int id = vocabulary.find(word);
            if (id >= 0)
                rows.set(row, id);
        }
    }

    void buildMentors()
    {
        const int count = static_cast<int>(m_problem.mentors.size());
        m_codes.mentorCategories = ScorerBitRows(count, m_categories.size());
        m_codes.mentorIndustries = ScorerBitRows(count, m_categories.size());
        m_codes.mentorDisclosedCategories = ScorerBitRows(count, m_categories.size());
        m_codes.mentorChannels = ScorerBitRows(count, m_channels.size());
        m_codes.mentorLanguages = ScorerBitRows(count, m_languages.size());
        m_codes.mentors.resize(m_problem.mentors.size());
        for (int index = 0; index < count; ++index) {
            const MentorProfile& mentor = m_problem.mentors[static_cast<std::size_t>(index)];
            MentorCode& code = m_codes.mentors[static_cast<std::size_t>(index)];
            setBits(m_codes.mentorCategories, index, mentor.categories, m_categories);
            setBits(m_codes.mentorIndustries, index, mentor.industries, m_categories);
            setBits(m_codes.mentorDisclosedCategories, index, mentor.disclosures.categories, m_categories);
            setBits(m_codes.mentorChannels, index, mentor.channels, m_channels);
            setBits(m_codes.mentorLanguages, index, mentor.languages, m_languages);
            code.reach = {reachOf(mentor.bestGrowth), reachOf(mentor.maxSalesVelocity),
                          reachOf(asDouble(mentor.maxInventoryComplexity)), reachOf(mentor.weeklyHours)};
            code.hourSlot = hourSlot(utcHours(mentor.timeZone, mentor.hours));
            code.style = styleCode(mentor.coachingStyle);
            code.communication = styleCode(mentor.communication);
            for (std::size_t skill = 0; skill < kSkillCount; ++skill) {
                const auto level = static_cast<quint64>(std::clamp(mentor.skillLevels[skill], 0, kMaximumLevel));
                code.skillBytes |= level << (8 * skill);
            }
        }
    }

    void buildMentees()
    {
        m_codes.mentees.resize(m_problem.mentees.size());
        const int mentorCount = static_cast<int>(m_problem.mentors.size());
        for (std::size_t index = 0; index < m_problem.mentees.size(); ++index) {
            const MenteeProfile& mentee = m_problem.mentees[index];
            MenteeCode& code = m_codes.mentees[index];
            const int category = m_categories.find(mentee.category);
            if (category >= 0) {
                code.category = ScorerBitRows::maskOf(category);
                code.relatedBegin = static_cast<int>(m_codes.relatedMasks.size());
                for (const QString& word : *relatedNamesOf(category))
                    addMask(m_codes.relatedMasks, code.relatedBegin, m_categories.find(word));
                code.relatedEnd = static_cast<int>(m_codes.relatedMasks.size());
            }
            const int channel = m_channels.find(mentee.channel);
            if (channel >= 0)
                code.channel = ScorerBitRows::maskOf(channel);
            code.languageBegin = static_cast<int>(m_codes.languageMasks.size());
            for (const QString& language : mentee.languages)
                addMask(m_codes.languageMasks, code.languageBegin, m_languages.find(language));
            code.languageEnd = static_cast<int>(m_codes.languageMasks.size());
            code.demands = {demandOf(mentee.growthTarget), demandOf(mentee.salesVelocity),
                            demandOf(asDouble(mentee.inventoryComplexity)), demandOf(mentee.weeklyHours)};
            code.hours = utcHours(mentee.timeZone, mentee.hours);
            code.style = styleCode(mentee.coachingStyle);
            code.communication = styleCode(mentee.communication);
            code.needs = skillNeedsOf(mentee, m_problem.reference);
            for (std::size_t skill = 0; skill < kSkillCount; ++skill) {
                const int need = code.needs[skill];
                code.needTotal += need;
                if (need >= 1)
                    code.needOnce |= quint64(0xFF) << (8 * skill);
                if (need >= 2)
                    code.needTwice |= quint64(0xFF) << (8 * skill);
            }
            code.priorityBonus = mentee.highPotential ? m_rules.highPotentialBonus : 0;
            code.currentMentor =
                mentee.currentMentor >= 0 && mentee.currentMentor < mentorCount ? mentee.currentMentor : -1;
        }
    }

    /// Adds the id's bit to the mentee's range of masks (from begin), into the range's mask of the
    /// same word when there is one: with up to 64 words, a mentee's set is one mask, one AND.
    static void addMask(std::vector<WordMask>& masks, int begin, int id)
    {
        if (id < 0)
            return;
        const WordMask bit = ScorerBitRows::maskOf(id);
        for (auto mask = masks.begin() + begin; mask != masks.end(); ++mask) {
            if (mask->word == bit.word) {
                mask->mask |= bit.mask;
                return;
            }
        }
        masks.push_back(bit);
    }

    int hourSlot(const UtcHours& hours)
    {
        const auto key = std::make_tuple(static_cast<int>(hours.state), hours.start, hours.end);
        const auto [found, added] = m_hourSlots.try_emplace(key, static_cast<int>(m_codes.hourSlots.size()));
        if (added)
            m_codes.hourSlots.push_back(hours);
        return found->second;
    }

    void buildPoints()
    {
        for (Factor factor : allFactors()) {
            const FactorRule& rule = m_rules.rule(factor);
            auto& points = m_codes.points[static_cast<std::size_t>(factor)];
            for (int agreement = 0; agreement <= kFullAgreement; ++agreement) {
                const bool failsMust = rule.must && agreement == 0;
                points[static_cast<std::size_t>(agreement)] = failsMust ? kExcludedPoints : rule.weight * agreement;
            }
        }
    }

    void buildConflicts();
    void buildCoverageTable();
    UtcHours utcHours(const QString& zoneName, const WorkingHours& hours);

    const MatchProblem& m_problem;
    const MatchRules& m_rules;
    ScorerCodes& m_codes;
    QDate m_day;
    ScorerVocabulary m_categories;
    ScorerVocabulary m_channels;
    ScorerVocabulary m_languages;
    ScorerVocabulary m_styles;
    /// The zone's offset from UTC on the reference day, in minutes; nullopt = not an IANA name.
    QHash<QString, std::optional<int>> m_offsets;
    std::map<std::tuple<int, int, int>, int> m_hourSlots;
    /// Per category id, the names of its related categories (looked up once per category).
    std::vector<std::optional<QStringList>> m_relatedNames;
};

void CodeBuilder::buildConflicts()
{
    QHash<qint64, std::vector<int>> bySeller;
    QHash<QString, std::vector<int>> byBrand;
    for (std::size_t mentor = 0; mentor < m_problem.mentors.size(); ++mentor) {
        const Disclosures& disclosures = m_problem.mentors[mentor].disclosures;
        for (qint64 sellerId : disclosures.sellerIds)
            bySeller[sellerId].push_back(static_cast<int>(mentor));
        for (const QString& brand : disclosures.brands)
            byBrand[ScorerVocabulary::normalised(brand)].push_back(static_cast<int>(mentor));
    }
    std::vector<std::vector<PairConflict>> perMentee(m_problem.mentees.size());
    for (std::size_t index = 0; index < m_problem.mentees.size(); ++index) {
        const MenteeProfile& mentee = m_problem.mentees[index];
        for (int mentor : bySeller.value(mentee.sellerId))
            perMentee[index].push_back({mentor, Exclusion::SellerConflict});
        for (const QString& brand : mentee.brands) {
            for (int mentor : byBrand.value(ScorerVocabulary::normalised(brand)))
                perMentee[index].push_back({mentor, Exclusion::BrandConflict});
        }
    }
    const int menteeCount = static_cast<int>(m_problem.mentees.size());
    const int mentorCount = static_cast<int>(m_problem.mentors.size());
    for (const auto& [mentee, mentor] : m_problem.forbids) {
        if (mentee >= 0 && mentee < menteeCount && mentor >= 0 && mentor < mentorCount)
            perMentee[static_cast<std::size_t>(mentee)].push_back({mentor, Exclusion::Forbidden});
    }
    for (std::size_t index = 0; index < perMentee.size(); ++index) {
        auto& list = perMentee[index];
        std::sort(list.begin(), list.end(), [](const PairConflict& a, const PairConflict& b) {
            return a.mentor != b.mentor ? a.mentor < b.mentor : a.exclusion < b.exclusion;
        });
        MenteeCode& code = m_codes.mentees[index];
        code.conflictBegin = static_cast<int>(m_codes.conflicts.size());
        m_codes.conflicts.insert(m_codes.conflicts.end(), list.begin(), list.end());
        code.conflictEnd = static_cast<int>(m_codes.conflicts.size());
    }
}

void CodeBuilder::buildCoverageTable()
{
    for (std::size_t minutes = 1; minutes < m_codes.reciprocal.size(); ++minutes)
        m_codes.reciprocal[minutes] = 1.0 / static_cast<double>(minutes);
    for (std::size_t total = 1; total < m_codes.coverage.size(); ++total) {
        for (std::size_t covered = 0; covered < m_codes.coverage[total].size(); ++covered)
            m_codes.coverage[total][covered] = static_cast<quint8>(std::min<std::size_t>(10, 2 * covered / total));
    }
}

UtcHours CodeBuilder::utcHours(const QString& zoneName, const WorkingHours& hours)
{
    if (zoneName.trimmed().isEmpty() || hours.startMinute < 0 || hours.endMinute > kMinutesPerDay ||
        hours.endMinute <= hours.startMinute)
        return {ZoneState::Missing, 0, 0};
    auto found = m_offsets.constFind(zoneName);
    if (found == m_offsets.constEnd()) {
        // QTimeZone is slow to construct: once per distinct zone, never per person or pair.
        const QTimeZone zone(zoneName.trimmed().toUtf8());
        std::optional<int> offset;
        if (zone.isValid())
            offset = zone.offsetFromUtc(QDateTime(m_day, QTime(12, 0), zone)) / 60;
        found = m_offsets.insert(zoneName, offset);
    }
    if (!found.value())
        return {ZoneState::Invalid, 0, 0};
    return {ZoneState::Known, hours.startMinute - *found.value(), hours.endMinute - *found.value()};
}

} // namespace

std::array<int, kSkillCount> skillNeedsOf(const MenteeProfile& mentee, const ProgramReference& reference)
{
    std::array<int, kSkillCount> needs{};
    std::array<bool, kPainPointSkills.size()> seen{};
    for (const QString& painPoint : mentee.painPoints) {
        const QStringView code = QStringView(painPoint).trimmed();
        for (std::size_t entry = 0; entry < kPainPointSkills.size(); ++entry) {
            if (seen[entry] || code.compare(QLatin1String(kPainPointSkills[entry].painPoint), Qt::CaseInsensitive) != 0)
                continue;
            seen[entry] = true;
            for (const std::optional<Skill>& skill : kPainPointSkills[entry].skills) {
                if (skill)
                    addNeed(needs, *skill);
            }
        }
    }
    if (below(mentee.listingQuality, reference.medianListingQuality))
        addNeed(needs, Skill::ListingOptimisation);
    if (above(mentee.returnRate, reference.medianReturnRate)) {
        addNeed(needs, Skill::CustomerService);
        addNeed(needs, Skill::InventoryManagement);
    }
    if (below(mentee.csat, reference.medianCsat))
        addNeed(needs, Skill::CustomerService);
    if (above(mentee.priceCompetitiveness, reference.medianPriceCompetitiveness))
        addNeed(needs, Skill::Pricing);
    return needs;
}

ScorerCodes ScorerCodes::build(const MatchProblem& problem, const MatchRules& rules)
{
    ScorerCodes codes;
    CodeBuilder(problem, rules, codes).build();
    return codes;
}

} // namespace mentordesk::matching::scoring
