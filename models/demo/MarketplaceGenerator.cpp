// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarketplaceGenerator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

namespace mentordesk {

namespace {

enum Stream : quint64 { SellerStream = 1, CategoryStream, SlotStream, PairingStream, MentorStream, TouchpointStream };

constexpr quint64 mix(quint64 x) // the splitmix64 finaliser
{
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// Every seller, slot and pairing draws from a stream of its own, so any of them can be
// recomputed alone, in any order, without keeping the others in memory.
class Draw {
public:
    Draw(quint32 seed, Stream stream, quint64 index)
        : m_state(mix(mix(seed + (quint64(stream) << 40)) ^ index))
    {
    }
    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    qint64 between(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }
    bool chance(double probability) { return unit() < probability; }
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& items) { return items[next() % N]; }

private:
    quint64 m_state;
};

const std::array<const char*, 24> kCategories = {{"Handmade jewellery",
                                                  "Home & kitchen",
                                                  "Fashion",
                                                  "Electronics accessories",
                                                  "Beauty",
                                                  "Toys & games",
                                                  "Food & grocery",
                                                  "Books & media",
                                                  "Sports & outdoors",
                                                  "Pet supplies",
                                                  "Garden & outdoor living",
                                                  "Furniture",
                                                  "Lighting",
                                                  "Art & prints",
                                                  "Stationery & party",
                                                  "Baby & kids",
                                                  "Health & wellness",
                                                  "Automotive parts",
                                                  "Tools & DIY",
                                                  "Musical instruments",
                                                  "Craft supplies",
                                                  "Bags & accessories",
                                                  "Watches",
                                                  "Vintage & collectibles"}};

struct Zone {
    const char* country;
    const char* name;
    const char* phonePattern; // '#' is a random digit
};

// Repeated entries weight the countries: a marketplace based in Europe with a North American arm.
const std::array<Zone, 20> kZones = {{
    {"United Kingdom", "Europe/London", "+44 7700 900###"},
    {"United Kingdom", "Europe/London", "+44 7700 900###"},
    {"United Kingdom", "Europe/London", "+44 7700 900###"},
    {"United States", "America/New_York", "+1 212 555 01##"},
    {"United States", "America/New_York", "+1 212 555 01##"},
    {"United States", "America/Chicago", "+1 312 555 01##"},
    {"United States", "America/Los_Angeles", "+1 213 555 01##"},
    {"Germany", "Europe/Berlin", "+49 151 ########"},
    {"Germany", "Europe/Berlin", "+49 151 ########"},
    {"France", "Europe/Paris", "+33 6 ## ## ## ##"},
    {"Spain", "Europe/Madrid", "+34 6## ### ###"},
    {"Italy", "Europe/Rome", "+39 3## ### ####"},
    {"Netherlands", "Europe/Amsterdam", "+31 6 ########"},
    {"Poland", "Europe/Warsaw", "+48 5## ### ###"},
    {"Canada", "America/Toronto", "+1 416 555 01##"},
    {"Australia", "Australia/Sydney", "+61 4## ### ###"},
    {"India", "Asia/Kolkata", "+91 9#### #####"},
    {"Brazil", "America/Sao_Paulo", "+55 11 9#### ####"},
    {"Japan", "Asia/Tokyo", "+81 90 #### ####"},
    {"Ireland", "Europe/Dublin", "+353 8# ### ####"},
}};

const std::array<const char*, 48> kFirstNames = {
    {"Olivia", "Amelia", "Isla", "Grace",   "Sophie", "Chloe", "Hannah", "Zoe",   "Jack",  "Oliver",
     "Harry",  "George", "Noah", "Arthur",  "Daniel", "Aisha", "Lena",   "Mia",   "Emma",  "Lukas",
     "Jonas",  "Felix",  "Lea",  "Camille", "Hugo",   "Louis", "Lucia",  "Sofia", "Mateo", "Diego",
     "Giulia", "Marco",  "Luca", "Daan",    "Sanne",  "Zofia", "Jakub",  "Piotr", "Priya", "Arjun",
     "Ananya", "Rahul",  "Yuki", "Haruto",  "Ana",    "Pedro", "Aoife",  "Sean"}};
const std::array<const char*, 48> kLastNames = {
    {"Smith",    "Jones",  "Taylor", "Brown",    "Wilson",  "Davies",    "Patel",   "Walker",  "Wright",  "Hughes",
     "Clarke",   "Khan",   "Murphy", "Miller",   "Garcia",  "Johnson",   "Mueller", "Schmidt", "Weber",   "Fischer",
     "Martin",   "Dubois", "Moreau", "Lopez",    "Sanchez", "Fernandez", "Rossi",   "Russo",   "Ferrari", "Jansen",
     "de Vries", "Bakker", "Nowak",  "Kowalski", "Sharma",  "Gupta",     "Singh",   "Reddy",   "Sato",    "Suzuki",
     "Silva",    "Santos", "Costa",  "Byrne",    "Kelly",   "Nguyen",    "Okafor",  "Campbell"}};
const std::array<const char*, 48> kShopWords = {
    {"Willow",  "Copper", "Juniper", "Saffron",  "Hazel",  "Maple",  "Birch",  "Cedar",  "Ember",  "Fern",
     "Harbour", "Indigo", "Linden",  "Marigold", "Meadow", "Nettle", "Oak",    "Pebble", "Rowan",  "Sage",
     "Thistle", "Wren",   "Acorn",   "Bramble",  "Clover", "Fable",  "Honey",  "Ivy",    "Lark",   "Moss",
     "North",   "Olive",  "Pine",    "Sparrow",  "Summit", "Tidal",  "Velvet", "Amber",  "Little", "Bright",
     "Urban",   "Golden", "Silver",  "Coral",    "Misty",  "Rustic", "Sunny",  "Blue"}};
const std::array<const char*, 32> kShopNouns = {
    {"Studio", "Goods",   "Market", "Atelier", "Workshop", "Emporium", "Corner", "Collective",
     "Supply", "Trading", "Home",   "Crafts",  "Finds",    "Boutique", "Store",  "Outlet",
     "House",  "Lab",     "Works",  "Depot",   "Gallery",  "Pantry",   "Garden", "Attic",
     "Loft",   "Barn",    "Shed",   "Kitchen", "Closet",   "Nook",     "Hub",    "Bazaar"}};
const std::array<const char*, 6> kDomains = {
    {"example.com", "example.net", "example.org", "mail.example", "post.example", "shop.example"}};
const std::array<const char*, 6> kPainPoints = {
    {"low_visibility", "inconsistent_reviews", "slow_conversion", "pricing", "returns", "policy_compliance"}};
const std::array<const char*, 7> kSkills = {{"pricing", "inventory_management", "customer_service", "policy_compliance",
                                             "listing_optimisation", "supplier_negotiation", "data_driven_decisions"}};
const std::array<const char*, 4> kChannels = {{"marketplace_app", "own_storefront", "social", "wholesale"}};
const std::array<const char*, 4> kTiers = {{"none", "bronze", "silver", "gold"}};
const std::array<const char*, 4> kCallNotes = {{"Reviewed the top listings.", "Walked through return reasons.",
                                                "Agreed a pricing experiment.", "Planned stock for the next month."}};

enum Reason { Completed, MenteeWithdrew, Mismatch, Rematched, Other, MentorUnavailable };
const std::array<const char*, 6> kReasons = {
    {"completed", "mentee_withdrew", "mismatch", "rematched", "other", "mentor_unavailable"}};

constexpr int kTrialDays = 30;
constexpr int kPlanningDays = 28;
constexpr int kRoundtablesPerCohort = 6;
// Pairings average about 21 weeks with a gap of 3.5 between them; at 1.6 touchpoints a week
// this decides how many years of history the requested touchpoints make.
constexpr double kTouchpointsPerWeek = 1.6;
constexpr double kSlotOccupancy = 0.86;

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm): QDate is too slow for
// formatting ten million timestamps.
void civil(qint64 days, int* year, int* month, int* day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    *month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    *year = int(yearOfEra + era * 400 + (*month <= 2 ? 1 : 0));
}

qint64 daysFromCivil(int year, int month, int day)
{
    return QDate(year, month, day).toJulianDay() - QDate(1970, 1, 1).toJulianDay();
}

qint64 firstOfMonth(qint64 days, int monthsLater)
{
    int year, month, day;
    civil(days, &year, &month, &day);
    const int index = year * 12 + month - 1 + monthsLater;
    return daysFromCivil(index / 12, index % 12 + 1, 1);
}

void digits(char* out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
}

// "yyyy-MM-dd" into out[0..9].
void formatDate(qint64 days, char* out)
{
    int year, month, day;
    civil(days, &year, &month, &day);
    digits(out, year, 4);
    out[4] = '-';
    digits(out + 5, month, 2);
    out[7] = '-';
    digits(out + 8, day, 2);
}

// "yyyy-MM-ddTHH:mm:ssZ" into out[0..19].
void formatStamp(qint64 days, int second, char* out)
{
    formatDate(days, out);
    out[10] = 'T';
    digits(out + 11, second / 3600, 2);
    out[13] = ':';
    digits(out + 14, second / 60 % 60, 2);
    out[16] = ':';
    digits(out + 17, second % 60, 2);
    out[19] = 'Z';
}

int formatPhone(const char* pattern, quint64 random, char* out)
{
    int length = 0;
    for (; *pattern; ++pattern, ++length) {
        out[length] = *pattern == '#' ? char('0' + random % 10) : *pattern;
        random = *pattern == '#' ? random / 10 : random;
    }
    return length;
}

quint64 mulmod(quint64 a, quint64 b, quint64 modulus)
{
    if (a < (1ULL << 32) && b < (1ULL << 32))
        return a * b % modulus;
    quint64 result = 0;
    for (a %= modulus; b > 0; b >>= 1, a = (a << 1) % modulus) {
        if (b & 1)
            result = (result + a) % modulus;
    }
    return result;
}

// Prepared statement whose text parameters point at buffers that outlive each step.
class Statement {
public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool prepare(sqlite3* db, const char* sql)
    {
        return sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) == SQLITE_OK;
    }
    void text(int index, const char* value, int length = -1)
    {
        sqlite3_bind_text(m_statement, index, value, length, SQLITE_STATIC);
    }
    void integer(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void real(int index, double value) { sqlite3_bind_double(m_statement, index, value); }
    void null(int index) { sqlite3_bind_null(m_statement, index); }
    bool run()
    {
        const int result = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        return result == SQLITE_DONE;
    }

private:
    sqlite3_stmt* m_statement = nullptr;
};

struct MentorPlan {
    int capacity;
    int conflictCategory; // -1: none
    qint64 joined;
    qint64 inactiveFrom; // 0: still active
};

struct Pairing {
    bool exists = false;
    qint64 mentee = 0;
    int mentor = 0;
    qint64 start = 0;
    qint64 end = 0; // ended_on, or for an open pairing the day it is planned to end
    bool open = false;
    Reason reason = Completed;
    double score = 0;
};

class Loader {
public:
    Loader(sqlite3* db, const GeneratorOptions& options, const std::function<bool(qint64, qint64)>& progress);
    bool run();
    bool cancelled() const { return m_cancelled; }
    QString error() const { return m_error; }
    bool report(bool force);
    void finish()
    {
        m_done = m_total;
        report(true);
    }

private:
    bool fail();
    bool exec(const char* sql);
    bool prepare(Statement* statement, const char* sql);
    bool advance(qint64 rows);
    void plan();
    Pairing pairing(qint64 slot, qint64 round) const;
    int categoryOf(qint64 seller) const;
    qint64 permute(qint64 k) const { return qint64((mulmod(quint64(k), m_stride, m_sellers) + m_offset) % m_sellers); }
    qint64 unpermute(qint64 seller) const
    {
        return qint64(mulmod((quint64(seller) + m_sellers - m_offset) % m_sellers, m_strideInverse, m_sellers));
    }
    qint64 weeksOf(const Pairing& pairing) const;
    int cohortOf(qint64 day) const;
    bool writeCohorts();
    bool writeSellers();
    bool writeMentors();
    bool writePairings();
    qint64 rowsIn(const std::string& table) const;

    sqlite3* m_db;
    const GeneratorOptions m_options;
    const std::function<bool(qint64, qint64)>& m_progress;
    QElapsedTimer m_clock;
    qint64 m_lastReport = 0;
    qint64 m_done = 0;
    qint64 m_total = 0;
    int m_sinceCheck = 0;
    bool m_cancelled = false;
    QString m_error;

    qint64 m_today = 0;
    qint64 m_historyStart = 0;
    quint64 m_sellers = 1;
    quint64 m_stride = 1, m_strideInverse = 1, m_offset = 0;
    qint64 m_menteeLimit = 0;
    qint64 m_mentorSellers = 0;
    std::vector<MentorPlan> m_mentors;
    std::vector<qint64> m_slotStart; // first slot of each mentor, and the total at the end
    qint64 m_rounds = 0;
    std::vector<qint64> m_cohortStart;
    std::vector<qint64> m_cohortPairings;
    qint64 m_pairings = 0;
    qint64 m_pairingWeeks = 0;
    qint64 m_cohortTouchpoints = 0;
    std::array<double, kCategories.size()> m_categoryCumulative = {};
};

int sqliteProgress(void* loader)
{
    return static_cast<Loader*>(loader)->report(false) ? 0 : 1;
}

Loader::Loader(sqlite3* db, const GeneratorOptions& options, const std::function<bool(qint64, qint64)>& progress)
    : m_db(db)
    , m_options(options)
    , m_progress(progress)
{
    m_clock.start();
}

bool Loader::fail()
{
    if (!m_cancelled && m_error.isEmpty())
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool Loader::exec(const char* sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK || fail();
}

bool Loader::prepare(Statement* statement, const char* sql)
{
    return statement->prepare(m_db, sql) || fail();
}

bool Loader::report(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (m_cancelled || (!force && now - m_lastReport < 100))
        return !m_cancelled;
    m_lastReport = now;
    if (m_progress && !m_progress(std::min(m_done, m_total), m_total))
        m_cancelled = true;
    return !m_cancelled;
}

bool Loader::advance(qint64 rows)
{
    m_done += rows;
    if (++m_sinceCheck < 1024)
        return true;
    m_sinceCheck = 0;
    return report(false) || fail();
}

int Loader::categoryOf(qint64 seller) const
{
    const double u = Draw(m_options.seed, CategoryStream, quint64(seller)).unit() * m_categoryCumulative.back();
    return int(std::upper_bound(m_categoryCumulative.begin(), m_categoryCumulative.end(), u) -
               m_categoryCumulative.begin());
}

int Loader::cohortOf(qint64 day) const
{
    return int(std::upper_bound(m_cohortStart.begin(), m_cohortStart.end(), day) - m_cohortStart.begin()) - 1;
}

// Each mentor has `capacity` slots; a slot holds one pairing after another with gaps between,
// so a mentor never has more open pairings than the capacity. Pairing `round` of `slot` goes to
// mentee number round * slots + slot, a different seller for every pairing, so no mentee ever
// has two open pairings.
Pairing Loader::pairing(qint64 slot, qint64 round) const
{
    Pairing result;
    const qint64 slotCount = m_slotStart.back();
    const qint64 k = round * slotCount + slot;
    if (k >= m_menteeLimit)
        return result;
    const int mentorIndex =
        int(std::upper_bound(m_slotStart.begin(), m_slotStart.end(), slot) - m_slotStart.begin()) - 1;
    const MentorPlan& mentor = m_mentors[mentorIndex];
    Draw timeline(m_options.seed, SlotStream, quint64(slot));
    qint64 start = std::max(m_historyStart, mentor.joined) + timeline.between(0, 120);
    qint64 length = 0;
    for (qint64 r = 0;; ++r) {
        length = timeline.between(56, 252);
        if (r == round || start >= m_today)
            break;
        start += length + timeline.between(7, 42);
    }
    if (start >= m_today || (mentor.inactiveFrom && start >= mentor.inactiveFrom - 14))
        return result;
    result.mentee = permute(k);
    if (categoryOf(result.mentee) == mentor.conflictCategory)
        return result;

    Draw draw(m_options.seed, PairingStream, quint64(k));
    const double r = draw.unit();
    result.reason = r < 0.74   ? Completed
                    : r < 0.86 ? MenteeWithdrew
                    : r < 0.94 ? Mismatch
                    : r < 0.97 ? Rematched
                               : Other;
    switch (result.reason) {
    case MenteeWithdrew:
        result.end = start + qint64(length * (0.2 + 0.6 * draw.unit()));
        break;
    case Mismatch:
        result.end = start + draw.between(14, 45);
        break;
    case Rematched:
        result.end = start + draw.between(30, 90);
        break;
    case Other:
        result.end = start + draw.between(20, length);
        break;
    default:
        result.end = start + length;
        break;
    }
    if (mentor.inactiveFrom && result.end > mentor.inactiveFrom) {
        result.end = mentor.inactiveFrom;
        result.reason = MentorUnavailable;
    }
    result.exists = true;
    result.mentor = mentorIndex;
    result.start = start;
    result.open = result.end >= m_today;
    result.score = 0.35 + 0.6 * draw.unit();
    return result;
}

qint64 Loader::weeksOf(const Pairing& pairing) const
{
    const qint64 stop = pairing.open ? m_today + kPlanningDays : pairing.end;
    return std::max<qint64>(1, (stop - pairing.start + 6) / 7);
}

void Loader::plan()
{
    m_today = QDateTime::currentDateTimeUtc().date().toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    m_sellers = quint64(std::max<qint64>(1, m_options.sellers));
    m_stride = std::max<quint64>(1, quint64(double(m_sellers) * 0.6180339887));
    while (std::gcd(m_stride, m_sellers) != 1)
        ++m_stride;
    // The inverse of the stride modulo the number of sellers, by the extended Euclidean algorithm.
    qint64 r0 = qint64(m_sellers), r1 = qint64(m_stride % m_sellers), t0 = 0, t1 = 1;
    while (r1 != 0) {
        const qint64 q = r0 / r1;
        r0 = std::exchange(r1, r0 - q * r1);
        t0 = std::exchange(t1, t0 - q * t1);
    }
    m_strideInverse = quint64((t0 % qint64(m_sellers) + qint64(m_sellers)) % qint64(m_sellers));
    m_offset = m_sellers / 7;

    double cumulative = 0;
    for (std::size_t c = 0; c < kCategories.size(); ++c)
        m_categoryCumulative[c] = cumulative += 100.0 / double(c + 3);

    const int mentorCount = std::max(1, m_options.mentors);
    m_mentorSellers = std::min<qint64>(mentorCount / 10, qint64(m_sellers) / 10);
    m_menteeLimit =
        qint64(m_sellers) - m_mentorSellers - std::min<qint64>(mentorCount / 50 + 1, qint64(m_sellers) / 10);
    m_slotStart.assign(1, 0);
    for (int m = 0; m < mentorCount; ++m) {
        Draw draw(m_options.seed, MentorStream, quint64(m));
        MentorPlan mentor{int(draw.between(2, 6)), -1, 0, 0};
        if (m % 50 == 49) // every fiftieth mentor declared a category conflict; see writeMentors()
            mentor.conflictCategory = int(draw.between(0, qint64(kCategories.size()) - 1));
        m_mentors.push_back(mentor);
        m_slotStart.push_back(m_slotStart.back() + mentor.capacity);
    }
    const qint64 slotCount = m_slotStart.back();
    const qint64 weeks =
        qint64(double(m_options.touchpoints) / (double(slotCount) * kTouchpointsPerWeek * kSlotOccupancy));
    m_historyStart = m_today - std::clamp<qint64>(7 * weeks, 182, 3650);
    for (int m = 0; m < mentorCount; ++m) {
        Draw draw(m_options.seed, MentorStream, quint64(m) | (1ULL << 62));
        const qint64 history = m_today - m_historyStart;
        m_mentors[m].joined = draw.chance(0.8) ? m_historyStart - draw.between(0, 60)
                                               : m_historyStart + draw.between(0, std::max<qint64>(1, history - 60));
        if (draw.chance(0.03))
            m_mentors[m].inactiveFrom = m_today - draw.between(20, std::max<qint64>(21, history / 2));
    }
    m_rounds = (m_today - m_historyStart) / 63 + 1;

    for (qint64 month = firstOfMonth(m_historyStart, 0); month <= m_today; month = firstOfMonth(month, 1))
        m_cohortStart.push_back(month);
    m_cohortPairings.assign(m_cohortStart.size(), 0);
    for (qint64 round = 0; round < m_rounds; ++round) {
        for (qint64 slot = 0; slot < slotCount; ++slot) {
            const Pairing p = pairing(slot, round);
            if (p.exists) {
                ++m_pairings;
                m_pairingWeeks += weeksOf(p);
                ++m_cohortPairings[std::max(0, cohortOf(p.start))];
            }
        }
    }
    // Roundtables take their monthly share first; without pairings every touchpoint is one.
    const qint64 roundtables = qint64(m_cohortStart.size()) * kRoundtablesPerCohort;
    m_cohortTouchpoints = m_pairingWeeks > 0 ? std::min(m_options.touchpoints, roundtables) : m_options.touchpoints;

    m_total = qint64(m_cohortStart.size()) * 2 + qint64(m_sellers) * (1 + std::max(0, m_options.snapshotMonths)) +
              qint64(m_mentors.size()) + 2 * m_pairings + m_options.touchpoints - m_cohortTouchpoints;
}

bool Loader::run()
{
    // Indexes are dropped for the load and rebuilt at the end from their own definitions: sorting
    // once is far faster than inserting millions of random keys into B-trees bigger than the cache.
    // The search index is rebuilt in one go as well; filled row by row through its trigger, the
    // trigram index costs five times as much.
    struct Dropped {
        std::string kind, name, table, definition;
    };
    std::vector<Dropped> dropped;
    sqlite3_stmt* list = nullptr;
    if (sqlite3_prepare_v2(m_db,
                           "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE (type = 'index' AND sql IS NOT "
                           "NULL) OR (type = 'trigger' AND name = 'sellers_search_insert')",
                           -1, &list, nullptr) != SQLITE_OK)
        return fail();
    auto column = [&list](int index) {
        return std::string(reinterpret_cast<const char*>(sqlite3_column_text(list, index)));
    };
    while (sqlite3_step(list) == SQLITE_ROW)
        dropped.push_back({column(0), column(1), column(2), column(3)});
    if (sqlite3_finalize(list) != SQLITE_OK)
        return fail();
    for (const Dropped& object : dropped) {
        if (!exec(("DROP " + object.kind + " \"" + object.name + "\"").c_str()))
            return false;
    }

    plan();
    for (const Dropped& object : dropped)
        m_total += rowsIn(object.table);
    if (!writeCohorts() || !writeSellers() || !writeMentors() || !writePairings())
        return false;
    for (const Dropped& object : dropped) {
        if (object.kind == "trigger" && !exec("INSERT INTO seller_search(seller_search) VALUES ('rebuild')"))
            return false;
        if (!exec(object.definition.c_str()) || !advance(rowsIn(object.table)))
            return fail();
    }
    return true;
}

qint64 Loader::rowsIn(const std::string& table) const
{
    if (table == "sellers")
        return qint64(m_sellers);
    if (table == "touchpoints")
        return m_options.touchpoints;
    if (table == "seller_metric_snapshots")
        return qint64(m_sellers) * std::max(0, m_options.snapshotMonths);
    if (table == "pairings" || table == "cohort_members")
        return m_pairings;
    return qint64(m_mentors.size());
}

bool Loader::writeCohorts()
{
    Statement cohorts, runs, roundtables;
    if (!prepare(&cohorts, "INSERT INTO cohorts(id, name, start_date, end_date, focus_category, roundtable_day, "
                           "created_utc, updated_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)") ||
        !prepare(&runs, "INSERT INTO match_runs(id, started_utc, finished_utc, cohort_id, status, statistics, "
                        "created_by) VALUES (?1, ?2, ?3, ?1, 'accepted', ?4, 'generator')") ||
        !prepare(&roundtables, "INSERT INTO touchpoints(cohort_id, kind, status, scheduled_utc, duration_minutes, "
                               "notes) VALUES (?1, 'roundtable', ?2, ?3, ?4, '')"))
        return false;
    char name[32], start[10], end[10], created[20], started[20], finished[20], scheduled[20], statistics[64];
    const qint64 cohortCount = qint64(m_cohortStart.size());
    for (qint64 c = 0; c < cohortCount; ++c) {
        const qint64 first = m_cohortStart[c];
        int year, month, day;
        civil(first, &year, &month, &day);
        const int nameLength = std::snprintf(name, sizeof name, "Cohort %04d-%02d", year, month);
        formatDate(first, start);
        formatDate(first + 181, end);
        formatStamp(first - 30, 10 * 3600, created);
        cohorts.integer(1, c + 1);
        cohorts.text(2, name, nameLength);
        cohorts.text(3, start, 10);
        cohorts.text(4, end, 10);
        cohorts.text(5, kCategories[std::size_t(c) % kCategories.size()]);
        cohorts.integer(6, 10 + c % 10);
        cohorts.text(7, created, 20);
        if (!cohorts.run() || !advance(1))
            return fail();

        formatStamp(first - 3, 10 * 3600, started);
        formatStamp(first - 3, 10 * 3600 + 7 + int(c % 50), finished);
        const int statisticsLength =
            std::snprintf(statistics, sizeof statistics, "{\"assigned\":%lld,\"mentees\":%lld}", m_cohortPairings[c],
                          m_cohortPairings[c]);
        runs.integer(1, c + 1);
        runs.text(2, started, 20);
        runs.text(3, finished, 20);
        runs.text(4, statistics, statisticsLength);
        if (!runs.run() || !advance(1))
            return fail();

        // This cohort's share of the cohort touchpoints, spread evenly over its 26 weeks.
        const qint64 count = m_cohortTouchpoints * (c + 1) / cohortCount - m_cohortTouchpoints * c / cohortCount;
        for (qint64 j = 0; j < count; ++j) {
            const qint64 when = first + 10 + 182 * j / count;
            const bool past = when < m_today;
            const bool cancelled = past && (c + j) % 11 == 0;
            formatStamp(when, 16 * 3600, scheduled);
            roundtables.integer(1, c + 1);
            roundtables.text(2, !past ? "planned" : cancelled ? "cancelled" : "done");
            roundtables.text(3, scheduled, 20);
            if (cancelled)
                roundtables.null(4);
            else
                roundtables.integer(4, 60);
            if (!roundtables.run() || !advance(1))
                return fail();
        }
    }
    return true;
}

bool Loader::writeSellers()
{
    Statement sellers, snapshots, members;
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
        Draw draw(m_options.seed, SellerStream, quint64(i));
        const qint64 k = unpermute(i);
        Pairing mentee;
        if (k < m_menteeLimit && k / slotCount < m_rounds)
            mentee = pairing(k % slotCount, k / slotCount);

        const Zone& zone = kZones[std::size_t(draw.next() % kZones.size())];
        const char* first = draw.pick(kFirstNames);
        const char* last = draw.pick(kLastNames);
        const std::size_t wordIndex = std::size_t(draw.next() % kShopWords.size());
        const char* word = kShopWords[wordIndex];
        const char* noun = draw.pick(kShopNouns);
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
            shopLength = std::snprintf(
                shop, sizeof shop, "%s & %s %s", word,
                kShopWords[(wordIndex + 1 + draw.next() % (kShopWords.size() - 1)) % kShopWords.size()], noun);
            break;
        }
        const int contactLength = std::snprintf(contact, sizeof contact, "%s %s", first, last);
        int emailLength = std::snprintf(email, sizeof email, "%s.%s%lld@%s", first, last, i + 1, draw.pick(kDomains));
        for (int c = 0; c < emailLength; ++c)
            email[c] = email[c] == ' ' ? '-' : char(email[c] >= 'A' && email[c] <= 'Z' ? email[c] + 32 : email[c]);
        const int phoneLength = formatPhone(zone.phonePattern, draw.next(), phone);

        const qint64 enrolled = mentee.exists ? mentee.start - draw.between(1, 14) : 0;
        qint64 signupDay = mentee.exists ? enrolled - draw.between(10, 700) : m_today - draw.between(40, 2200);
        signupDay = std::min(signupDay, firstSnapshot - 1 - draw.between(0, 30));
        qint64 firstSaleDay = draw.chance(0.06) ? 0 : signupDay + draw.between(1, 240);
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
        for (const char* code : kPainPoints) {
            if (draw.chance(mentee.exists ? 0.35 : 0.15))
                painLength += std::snprintf(pains + painLength, sizeof pains - std::size_t(painLength), "%s%s",
                                            painLength ? "," : "", code);
        }
        // Heavy-tailed sales so that sorting by revenue is meaningful: most shops are small.
        const double scale = draw.unit();
        const double monthlyOrders = 2 + 4000 * scale * scale * scale * scale * scale * scale;
        const double orderValueShape = draw.unit();
        const double orderValue = 8 + 150 * orderValueShape * draw.unit();
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
        sellers.text(10, kCategories[std::size_t(category)]);
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
        sellers.text(20, draw.chance(0.5) ? "data_driven" : "intuitive");
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
            const double lift = mentee.exists && date > mentee.start
                                    ? 1.0 + 0.3 * std::min(1.0, double(date - mentee.start) / 150)
                                    : 1.0;
            const qint64 orders = selling
                                      ? std::max<qint64>(firstSaleDay >= date - periodDays ? 1 : 0,
                                                         qRound64(monthlyOrders * lift * (0.85 + 0.3 * draw.unit())))
                                      : 0;
            formatDate(date, snapshotDate);
            snapshots.integer(1, i + 1);
            snapshots.text(2, snapshotDate, 10);
            snapshots.integer(3, periodDays);
            snapshots.real(4, double(qRound64(double(orders) * orderValue * (0.95 + 0.1 * draw.unit()) * 100)) / 100);
            snapshots.integer(5, orders);
            snapshots.integer(6, qRound64(double(orders) * 0.12 * draw.unit()));
            snapshots.real(7, std::min(100.0, double(qRound((20 + 75 * draw.unit()) * lift * 10)) / 10));
            if (orders > 0) {
                snapshots.real(8, double(qRound((3.2 + 1.7 * draw.unit()) * 100)) / 100);
                snapshots.real(10, double(qRound((1 + 9 * draw.unit()) * 100)) / 100);
                snapshots.real(11, double(qRound(0.6 * draw.unit() * 1000)) / 1000);
            } else {
                snapshots.null(8);
                snapshots.real(10, 0.0);
                snapshots.null(11);
            }
            snapshots.real(9, double(qRound((0.75 + 0.5 * draw.unit()) * 1000)) / 1000);
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

bool Loader::writeMentors()
{
    Statement mentors, skills, disclosures;
    if (!prepare(&mentors, "INSERT INTO mentors(id, seller_id, name, email, phone, categories, industries, "
                           "coaching_style, communication, country, time_zone, weekly_hours, capacity, "
                           "recognition_tier, stipend_rate, active, created_utc, updated_utc) VALUES (?1, ?2, ?3, ?4, "
                           "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)") ||
        !prepare(&skills, "INSERT INTO mentor_skills(mentor_id, skill, level) VALUES (?1, ?2, ?3)") ||
        !prepare(&disclosures, "INSERT INTO mentor_disclosures(mentor_id, kind, seller_id, value, note, declared_on) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
        return false;
    const std::array<const char*, 4> industries = {
        {"Retail", "E-commerce agency", "Marketplace operations", "Manufacturing"}};
    const std::array<const char*, 3> brands = {{"Northwind", "Lumen Audio", "Aurora Cosmetics"}};
    const qint64 reservedSellers = qint64(m_sellers) - m_mentorSellers - m_menteeLimit;
    char name[64], email[128], phone[40], created[20], updated[20], declared[10], conflictId[24];
    std::string categories;
    for (int m = 0; m < int(m_mentors.size()); ++m) {
        const MentorPlan& plan = m_mentors[std::size_t(m)];
        // A mentor who is also a seller has the seller's name, country and phone.
        const qint64 seller = m < m_mentorSellers ? permute(qint64(m_sellers) - 1 - m) : -1;
        Draw person(m_options.seed, seller >= 0 ? SellerStream : MentorStream,
                    seller >= 0 ? quint64(seller) : quint64(m) | (1ULL << 61));
        const Zone& zone = kZones[std::size_t(person.next() % kZones.size())];
        const char* first = person.pick(kFirstNames);
        const char* last = person.pick(kLastNames);
        Draw draw(m_options.seed, MentorStream, quint64(m) | (1ULL << 60));
        const int nameLength = std::snprintf(name, sizeof name, "%s %s", first, last);
        int emailLength = std::snprintf(email, sizeof email, "%s.%s.m%d@%s", first, last, m + 1, draw.pick(kDomains));
        for (int c = 0; c < emailLength; ++c)
            email[c] = email[c] == ' ' ? '-' : char(email[c] >= 'A' && email[c] <= 'Z' ? email[c] + 32 : email[c]);
        const int phoneLength = formatPhone(zone.phonePattern, draw.next(), phone);
        categories.clear();
        const qint64 firstCategory = draw.between(0, qint64(kCategories.size()) - 1);
        for (qint64 c = 0, count = draw.between(1, 3); c < count; ++c) {
            const std::size_t category = std::size_t(firstCategory + 5 * c) % kCategories.size();
            if (int(category) != plan.conflictCategory)
                categories += (categories.empty() ? "" : ", ") + std::string(kCategories[category]);
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
        mentors.text(8, draw.chance(0.55) ? "data_driven" : "intuitive");
        mentors.text(9, draw.chance(0.6) ? "live" : "async");
        mentors.text(10, zone.country);
        mentors.text(11, zone.name);
        mentors.real(12, double(plan.capacity) * 2);
        mentors.integer(13, plan.capacity);
        const std::size_t tier = std::size_t(draw.between(0, 9)) / 3;
        mentors.text(14, kTiers[tier]);
        mentors.real(15, 20.0 + 5.0 * double(tier));
        mentors.integer(16, plan.inactiveFrom ? 0 : 1);
        mentors.text(17, created, 20);
        mentors.text(18, updated, 20);
        if (!mentors.run() || !advance(1))
            return fail();

        const qint64 firstSkill = draw.between(0, 6);
        for (qint64 s = 0, count = draw.between(2, 4); s < count; ++s) {
            skills.integer(1, m + 1);
            skills.text(2, kSkills[std::size_t(firstSkill + 3 * s) % kSkills.size()]);
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
            value = kCategories[std::size_t(plan.conflictCategory)];
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

bool Loader::writePairings()
{
    Statement pairings, touchpoints;
    if (!prepare(&pairings, "INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, trial_end_date, "
                            "ended_on, end_reason, score, match_run_id, created_utc, updated_utc) VALUES (?1, ?2, ?3, "
                            "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)") ||
        !prepare(&touchpoints, "INSERT INTO touchpoints(pairing_id, kind, status, scheduled_utc, duration_minutes, "
                               "notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
        return false;
    const qint64 slotCount = m_slotStart.back();
    const qint64 budget = m_options.touchpoints - m_cohortTouchpoints;
    qint64 id = 0;
    qint64 weeks = 0;
    char started[10], trialEnd[10], ended[10], created[20], updated[20], scheduled[20];
    for (qint64 round = 0; round < m_rounds; ++round) {
        for (qint64 slot = 0; slot < slotCount; ++slot) {
            const Pairing p = pairing(slot, round);
            if (!p.exists)
                continue;
            ++id;
            const int cohort = std::max(0, cohortOf(p.start));
            formatDate(p.start, started);
            formatDate(p.start + kTrialDays, trialEnd);
            formatDate(p.end, ended);
            formatStamp(m_cohortStart[std::size_t(cohort)] - 3, 10 * 3600 + 60 + int(id % 3000), created);
            const qint64 changed = !p.open ? p.end : m_today < p.start + kTrialDays ? 0 : p.start + kTrialDays;
            if (changed)
                formatStamp(std::min(m_today - 1, changed), 9 * 3600 + int(id % 3600), updated);
            pairings.integer(1, id);
            pairings.integer(2, p.mentor + 1);
            pairings.integer(3, p.mentee + 1);
            pairings.text(4, !p.open ? "ended" : changed ? "active" : "trial");
            pairings.text(5, started, 10);
            pairings.text(6, trialEnd, 10);
            if (p.open) {
                pairings.null(7);
                pairings.null(8);
            } else {
                pairings.text(7, ended, 10);
                pairings.text(8, kReasons[p.reason]);
            }
            pairings.real(9, double(qRound(p.score * 1000)) / 1000);
            pairings.integer(10, cohort + 1);
            pairings.text(11, created, 20);
            pairings.text(12, changed ? updated : created, 20);
            if (!pairings.run() || !advance(1))
                return fail();

            // This pairing's share of the touchpoints, in proportion to its weeks, so the total is exact.
            const qint64 before = budget * weeks / m_pairingWeeks;
            weeks += weeksOf(p);
            const qint64 count = budget * weeks / m_pairingWeeks - before;
            const qint64 span = std::max<qint64>(1, (p.open ? m_today + kPlanningDays : p.end) - p.start);
            Draw draw(m_options.seed, TouchpointStream, quint64(id));
            for (qint64 j = 0; j < count; ++j) {
                const qint64 day = p.start + span * j / count;
                const double kind = j == 0 ? 0 : draw.unit();
                const double outcome = draw.unit();
                const bool call = kind < 0.5;
                const bool review = kind >= 0.9;
                const char* status = day >= m_today   ? "planned"
                                     : outcome < 0.85 ? "done"
                                     : outcome < 0.93 ? "missed"
                                                      : "cancelled";
                formatStamp(day, int(7 * 3600 + 900 * draw.between(0, 44)), scheduled);
                touchpoints.integer(1, id);
                touchpoints.text(2, call ? "live_call" : review ? "checklist_review" : "async");
                touchpoints.text(3, status);
                touchpoints.text(4, scheduled, 20);
                if (status[0] == 'm' || status[0] == 'c')
                    touchpoints.null(5);
                else
                    touchpoints.integer(5, call ? 30 + 15 * draw.between(0, 2) : review ? 30 : draw.between(10, 25));
                touchpoints.text(6, call && status[0] == 'd' && outcome < 0.12 ? draw.pick(kCallNotes) : "");
                if (!touchpoints.run() || !advance(1))
                    return fail();
            }
        }
    }
    return true;
}

} // namespace

bool MarketplaceGenerator::populate(QSqlDatabase db, const GeneratorOptions& options,
                                    const std::function<bool(qint64, qint64)>& progress, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QVariant handle = db.isOpen() && db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
        !*static_cast<sqlite3* const*>(handle.constData()))
        return fail(QCoreApplication::translate(
            "MarketplaceGenerator", "A marketplace can only be generated into an open SQLite program file."));
    if (options.sellers < 1 || options.mentors < 1 || options.touchpoints < 0 || options.snapshotMonths < 0)
        return fail(QCoreApplication::translate(
            "MarketplaceGenerator", "A marketplace needs at least one seller and one mentor, and no negative "
                                    "counts."));
    sqlite3* raw = *static_cast<sqlite3* const*>(handle.constData());

    auto scalar = [raw](const char* sql, qint64* value) {
        sqlite3_stmt* statement = nullptr;
        const bool ok =
            sqlite3_prepare_v2(raw, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW;
        if (ok)
            *value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return ok;
    };
    qint64 records = 0;
    qint64 cacheSize = 0;
    qint64 ignoreChecks = 0;
    if (!scalar("SELECT (SELECT count(*) FROM sellers) + (SELECT count(*) FROM mentors) + "
                "(SELECT count(*) FROM cohorts) + (SELECT count(*) FROM pairings)",
                &records) ||
        !scalar("PRAGMA cache_size", &cacheSize) || !scalar("PRAGMA ignore_check_constraints", &ignoreChecks))
        return fail(QCoreApplication::translate("MarketplaceGenerator", "The program file cannot be read: %1.")
                        .arg(QString::fromUtf8(sqlite3_errmsg(raw))));
    if (records > 0)
        return fail(QCoreApplication::translate("MarketplaceGenerator",
                                                "The program already has records; generate into a new program file."));

    // A big page cache keeps the seller rows and the search index in memory during the load. The
    // CHECK constraints with IN lists make SQLite build a temporary table for every row (20 µs a
    // seller, most of it in malloc); the generated values meet every CHECK by construction, which
    // PRAGMA integrity_check verifies in the tests.
    sqlite3_exec(raw, "PRAGMA cache_size = -200000", nullptr, nullptr, nullptr);
    sqlite3_exec(raw, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr);
    bool ok = sqlite3_exec(raw, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    QString reason = ok ? QString() : QString::fromUtf8(sqlite3_errmsg(raw));
    bool cancelled = false;
    if (ok) {
        Loader loader(raw, options, progress);
        sqlite3_progress_handler(raw, 100000, sqliteProgress, &loader); // keeps cancel responsive in CREATE INDEX
        ok = loader.run();
        sqlite3_progress_handler(raw, 0, nullptr, nullptr);
        cancelled = loader.cancelled();
        reason = loader.error();
        if (ok && sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
            ok = false;
            reason = QString::fromUtf8(sqlite3_errmsg(raw));
        }
        if (!ok)
            sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
        else
            loader.finish();
    }
    const QByteArray restore = "PRAGMA cache_size = " + QByteArray::number(cacheSize) +
                               "; PRAGMA ignore_check_constraints = " + QByteArray::number(ignoreChecks);
    sqlite3_exec(raw, restore.constData(), nullptr, nullptr, nullptr);
    if (ok)
        return true;
    if (cancelled)
        return fail(QCoreApplication::translate("MarketplaceGenerator", "The generation was cancelled."));
    return fail(
        QCoreApplication::translate("MarketplaceGenerator", "Generating the marketplace failed: %1.").arg(reason));
}

} // namespace mentordesk
