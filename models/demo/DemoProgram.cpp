// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoProgram.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtAlgorithms>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <numeric>
#include <random>
#include <set>
#include <string_view>
#include <vector>

namespace mentordesk {

namespace {

// Five cohorts of 26 weeks start about eleven weeks apart, so up to three run at once; sixty
// mentors with a capacity of 2-6 carry that with room for re-matches.
constexpr quint32 kSeed = 0x4D444B31;
constexpr std::array<int, 5> kCohortSizes = {{60, 58, 58, 56, 52}};
constexpr int kCohortCount = int(kCohortSizes.size());
constexpr int kSellerCount = 640;
constexpr int kMentorCount = 60;
constexpr int kLateMentors = 12;
constexpr int kMentorSellers = 12;
constexpr int kAwaitingMatch = 6;
constexpr int kCohortDays = 182;
constexpr int kTrialDays = 30;
constexpr int kSnapshotCount = 12;
constexpr int kPlanningDays = 28;
constexpr std::array<int, 3> kChecklistDays = {{30, 60, 90}};

// std::mt19937's output is fixed by the standard but its distributions are not, so these helpers
// use the raw output. Only + - * / and sqrt touch doubles, which IEEE 754 rounds the same
// everywhere: the same seed gives the same program from GCC, Clang or MSVC builds.
class Random {
public:
    explicit Random(quint32 seed)
        : m_engine(seed)
    {
    }
    quint32 next() { return quint32(m_engine()); }
    double unit() { return next() * (1.0 / 4294967296.0); }
    int between(int low, int high) { return low + int(next() % quint32(high - low + 1)); }
    double real(double low, double high) { return low + (high - low) * unit(); }
    bool chance(double probability) { return unit() < probability; }
    double normal() // Irwin-Hall: the sum of twelve uniforms has variance 1
    {
        double sum = -6.0;
        for (int i = 0; i < 12; ++i)
            sum += unit();
        return sum;
    }
    // Rounds up with a probability equal to the fraction, so small expected counts stay unbiased.
    int roundRandomly(double value)
    {
        const double whole = std::floor(value);
        return int(whole) + (chance(value - whole) ? 1 : 0);
    }
    int weighted(std::initializer_list<double> weights)
    {
        double r = unit() * std::accumulate(weights.begin(), weights.end(), 0.0);
        int index = 0;
        for (double weight : weights) {
            if (r < weight)
                return index;
            r -= weight;
            ++index;
        }
        return index - 1;
    }
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& items) { return items[next() % N]; }
    template <typename T> void shuffle(std::vector<T>& items)
    {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[next() % i]);
    }

private:
    std::mt19937 m_engine;
};

struct Category {
    const char* name;
    const char* industry;
    int weight; // share of the marketplace's sellers
    double orderValue;
    double returnRate;
    double repeatRate;
    double turnover; // annualised, as the back office exports it
    int minComplexity;
    int maxComplexity;
};

const std::array<Category, 10> kCategories = {{
    {"Handmade jewellery", "Crafts", 16, 42, 0.045, 0.22, 2.0, 2, 3},
    {"Home & kitchen", "Homeware retail", 16, 48, 0.06, 0.25, 3.5, 2, 4},
    {"Electronics accessories", "Consumer electronics", 8, 27, 0.09, 0.15, 5.0, 3, 5},
    {"Fashion", "Apparel", 10, 46, 0.16, 0.24, 3.2, 3, 5},
    {"Beauty", "Cosmetics", 10, 31, 0.04, 0.38, 4.5, 2, 4},
    {"Toys & games", "Toys", 8, 29, 0.05, 0.20, 3.8, 2, 4},
    {"Food & grocery", "Food & beverage", 8, 24, 0.02, 0.45, 11.0, 4, 5},
    {"Books & media", "Publishing", 6, 17, 0.03, 0.30, 2.2, 1, 2},
    {"Sports & outdoors", "Sporting goods", 8, 58, 0.08, 0.18, 2.8, 3, 4},
    {"Pet supplies", "Pet care", 10, 33, 0.035, 0.42, 6.0, 2, 4},
}};
// Shop names end in one of these, in kCategories order.
const std::array<std::array<const char*, 6>, 10> kShopNouns = {{
    {{"Jewellery", "Gems", "Silverworks", "Beads", "Charms", "Rings"}},
    {{"Home", "Kitchen", "Homeware", "Table", "Ceramics", "Linen"}},
    {{"Gadgets", "Cables", "Tech", "Accessories", "Audio", "Electronics"}},
    {{"Boutique", "Apparel", "Threads", "Wardrobe", "Clothing", "Knitwear"}},
    {{"Beauty", "Skincare", "Cosmetics", "Apothecary", "Botanicals", "Soapworks"}},
    {{"Toys", "Games", "Puzzles", "Playhouse", "Toybox", "Kites"}},
    {{"Pantry", "Bakery", "Foods", "Spices", "Larder", "Tea Co."}},
    {{"Books", "Records", "Prints", "Press", "Reads", "Comics"}},
    {{"Outdoors", "Sports", "Trail", "Camping", "Cycles", "Fitness"}},
    {{"Pets", "Paws", "Pet Supplies", "Kennel", "Tails", "Critters"}},
}};
constexpr int kCategoryCount = int(kCategories.size());

// November and December carry the year in handmade and home goods.
constexpr std::array<double, 12> kSeasonality = {{0.85, 0.88, 0.95, 0.97, 1.0, 0.98, 0.95, 0.95, 1.0, 1.05, 1.25, 1.4}};

const std::array<const char*, 6> kPainPointCodes = {
    {"low_visibility", "inconsistent_reviews", "slow_conversion", "pricing", "returns", "policy_compliance"}};
enum PainPoint { LowVisibility = 1, InconsistentReviews = 2, SlowConversion = 4, Pricing = 8, Returns = 16 };

const std::array<const char*, 7> kSkillCodes = {{"pricing", "inventory_management", "customer_service",
                                                 "policy_compliance", "listing_optimisation", "supplier_negotiation",
                                                 "data_driven_decisions"}};
// The mentor skill that answers each pain point, in kPainPointCodes order (indexes into kSkillCodes).
constexpr std::array<int, 6> kSkillForPainPoint = {{4, 2, 6, 0, 2, 3}};

enum Culture { English, German, French, Spanish, Italian, Dutch, Polish, Swedish, Indian, Portuguese };

struct Country {
    const char* name;
    int weight;
    Culture culture;
    const char* phonePattern; // '#' is a random digit, '@' the zone's area code
};

const std::array<Country, 15> kCountries = {{
    {"United Kingdom", 20, English, "+44 7700 900###"},
    {"United States", 18, English, "+1 @ 555 01##"},
    {"Germany", 10, German, "+49 15# #######"},
    {"France", 7, French, "+33 6 ## ## ## ##"},
    {"Spain", 6, Spanish, "+34 6## ### ###"},
    {"Canada", 6, English, "+1 @ 555 01##"},
    {"Italy", 5, Italian, "+39 3## ### ####"},
    {"Netherlands", 5, Dutch, "+31 6 ########"},
    {"Australia", 5, English, "+61 4## ### ###"},
    {"Ireland", 4, English, "+353 8# ### ####"},
    {"Poland", 4, Polish, "+48 5## ### ###"},
    {"India", 4, Indian, "+91 9#### #####"},
    {"Sweden", 3, Swedish, "+46 70 ### ## ##"},
    {"Mexico", 2, Spanish, "+52 55 #### ####"},
    {"Portugal", 2, Portuguese, "+351 9## ### ###"},
}};

// Standard-time offsets: touchpoints are placed in the mentee's working hours without a time zone
// database, whose rules differ between platforms and would break the determinism.
struct Zone {
    int country;
    const char* name;
    int utcOffsetMinutes;
    const char* areaCode;
};

const std::array<Zone, 20> kZones = {{
    {0, "Europe/London", 0, ""},
    {1, "America/New_York", -300, "212"},
    {1, "America/Chicago", -360, "312"},
    {1, "America/Denver", -420, "303"},
    {1, "America/Los_Angeles", -480, "213"},
    {2, "Europe/Berlin", 60, ""},
    {3, "Europe/Paris", 60, ""},
    {4, "Europe/Madrid", 60, ""},
    {5, "America/Toronto", -300, "416"},
    {5, "America/Vancouver", -480, "604"},
    {6, "Europe/Rome", 60, ""},
    {7, "Europe/Amsterdam", 60, ""},
    {8, "Australia/Sydney", 600, ""},
    {8, "Australia/Perth", 480, ""},
    {9, "Europe/Dublin", 0, ""},
    {10, "Europe/Warsaw", 60, ""},
    {11, "Asia/Kolkata", 330, ""},
    {12, "Europe/Stockholm", 60, ""},
    {13, "America/Mexico_City", -360, ""},
    {14, "Europe/Lisbon", 0, ""},
}};

using Names = std::array<const char*, 16>;
struct NamePool {
    Names first;
    Names last;
};

const std::array<NamePool, 10> kNames = {{
    {{{"Olivia", "Amelia", "Isla", "Grace", "Sophie", "Chloe", "Hannah", "Zoë", "Jack", "Oliver", "Harry", "George",
       "Noah", "Arthur", "Daniel", "Aisha"}},
     {{"Smith", "Jones", "Taylor", "Brown", "Wilson", "Davies", "Patel", "Walker", "Wright", "Robinson", "Hughes",
       "Clarke", "Khan", "Murphy", "O'Brien", "Okafor"}}},
    {{{"Lena", "Hannah", "Mia", "Emma", "Lea", "Anna", "Katrin", "Sabine", "Lukas", "Jonas", "Leon", "Finn", "Paul",
       "Felix", "Jürgen", "Matthias"}},
     {{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch",
       "Richter", "Klein", "Wolf", "Schröder", "Neumann"}}},
    {{{"Léa", "Chloé", "Manon", "Camille", "Inès", "Jade", "Louise", "Margaux", "Lucas", "Hugo", "Louis", "Gabriel",
       "Jules", "Théo", "Mathis", "Nathan"}},
     {{"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
       "Laurent", "Lefèvre", "Michel", "Fournier", "Girard"}}},
    {{{"Lucía", "Sofía", "María", "Martina", "Paula", "Valeria", "Daniela", "Carmen", "Hugo", "Mateo", "Martín",
       "Pablo", "Alejandro", "Diego", "Javier", "José"}},
     {{"García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Díaz",
       "Hernández", "Ruiz", "Moreno", "Álvarez", "Romero", "Navarro"}}},
    {{{"Giulia", "Sofia", "Aurora", "Alice", "Ginevra", "Chiara", "Francesca", "Giorgia", "Leonardo", "Francesco",
       "Alessandro", "Lorenzo", "Matteo", "Andrea", "Marco", "Luca"}},
     {{"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
       "Gallo", "Conti", "De Luca", "Costa", "Giordano"}}},
    {{{"Emma", "Julia", "Sophie", "Tess", "Anna", "Sanne", "Lotte", "Fleur", "Daan", "Sem", "Lucas", "Levi", "Bram",
       "Thijs", "Ruben", "Maarten"}},
     {{"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
       "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters"}}},
    {{{"Zuzanna", "Julia", "Maja", "Zofia", "Hanna", "Agnieszka", "Katarzyna", "Magda", "Jakub", "Jan", "Antoni",
       "Szymon", "Filip", "Kacper", "Łukasz", "Piotr"}},
     {{"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
       "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk"}}},
    {{{"Alice", "Maja", "Elsa", "Astrid", "Wilma", "Freja", "Ebba", "Saga", "Oscar", "William", "Liam", "Elias", "Hugo",
       "Axel", "Nils", "Björn"}},
     {{"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
       "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindström", "Berg", "Holm"}}},
    {{{"Aarav", "Vivaan", "Aditya", "Arjun", "Rohan", "Ishaan", "Rahul", "Vikram", "Ananya", "Diya", "Priya", "Saanvi",
       "Kavya", "Meera", "Neha", "Pooja"}},
     {{"Sharma", "Verma", "Gupta", "Patel", "Singh", "Kumar", "Reddy", "Iyer", "Nair", "Mehta", "Joshi", "Rao", "Desai",
       "Kapoor", "Banerjee", "Chatterjee"}}},
    {{{"Maria", "Leonor", "Matilde", "Beatriz", "Carolina", "Inês", "Mariana", "Rita", "Francisco", "João", "Santiago",
       "Tomás", "Rodrigo", "Miguel", "Afonso", "Duarte"}},
     {{"Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes",
       "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Ribeiro"}}},
}};

const std::array<const char*, 40> kShopWords = {
    {"Willow",  "Copper", "Juniper", "Saffron",  "Hazel",  "Maple",  "Birch",  "Cedar",  "Ember",  "Fern",
     "Harbour", "Indigo", "Linden",  "Marigold", "Meadow", "Nettle", "Oak",    "Pebble", "Rowan",  "Sage",
     "Thistle", "Wren",   "Acorn",   "Bramble",  "Clover", "Fable",  "Honey",  "Ivy",    "Lark",   "Moss",
     "North",   "Olive",  "Pine",    "Sparrow",  "Summit", "Tidal",  "Velvet", "Amber",  "Little", "Bright"}};
const std::array<const char*, 6> kShopSuffixes = {{"Studio", "Co.", "Workshop", "Collective", "Supply", "House"}};
const std::array<const char*, 8> kShopEndings = {{"craft", "leaf", "wood", "field", "stone", "works", "nest", "light"}};
const std::array<const char*, 12> kMonthNames = {{"January", "February", "March", "April", "May", "June", "July",
                                                  "August", "September", "October", "November", "December"}};
const std::array<const char*, 2> kCoordinators = {{"Alex Morgan", "Priya Nair"}};

// Never a null QString: Qt binds those as NULL, and the text columns are NOT NULL.
QString text(const char* utf8)
{
    return *utf8 ? QString::fromUtf8(utf8) : QStringLiteral("");
}

bool is(const char* value, const char* expected)
{
    return value && std::string_view(value) == expected;
}

double rounded(double value, double scale)
{
    return std::round(value * scale) / scale;
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// Brings a time of day computed across midnight (local to UTC) back into [0, 86400).
void normalise(QDate* day, int* second)
{
    *day = day->addDays(*second >= 0 ? *second / 86400 : -1 - (-*second - 1) / 86400);
    *second = ((*second % 86400) + 86400) % 86400;
}

QString timestamp(QDate day, int second)
{
    normalise(&day, &second);
    return day.toString(Qt::ISODate) +
           QString::asprintf("T%02d:%02d:%02dZ", second / 3600, second / 60 % 60, second % 60);
}

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// E-mail addresses and domains need ASCII: "Łukasz Wiśniewski" becomes "lukasz", "wisniewski".
QString asciiFold(const QString& name)
{
    QString folded;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            folded += QChar(u);
        else if (u == u'ł')
            folded += QLatin1Char('l');
        else if (u == u'ß')
            folded += QLatin1String("ss");
    }
    return folded;
}

enum class Role { Prospect, Mentee, AwaitingMatch, MentorSeller };

struct Snapshot {
    QDate date;
    int periodDays = 30;
    double revenue = 0;
    int orders = 0;
    int returned = 0;
    double listingQuality = 0;
    QVariant csat;
    double priceIndex = 1;
    double turnover = 0;
    QVariant repeatRate;
};

struct Seller {
    Role role = Role::Prospect;
    int cohort = -1;
    int category = 0;
    int zone = 0;
    QString externalId, firstName, shopName, contactName, email, phone;
    QDate signup, enrolment, firstSale, withdrawal, created, updated;
    int createdSecond = 0, updatedSecond = 0;
    const char* status = "prospect";
    const char* channel = "marketplace_app";
    bool highPotential = false, dataDriven = false, live = false, consent = false;
    double growthTarget = 0, weeklyHours = 0, salesVelocity = 0;
    int complexity = 1;
    int painPoints = 0;
    // The seller's business as the marketplace sees it, from which the snapshots are drawn.
    double orderValue = 0, matureOrders = 0, growth = 0, listingQuality = 0, listingDrift = 0, returnRate = 0;
    double csat = 0, priceIndex = 1, turnover = 0, repeatRate = 0, engagement = 0, effectStrength = 0;
    QDate effectStart, effectStop;
    std::vector<Snapshot> snapshots;
};

struct Mentor {
    int seller = -1;
    int zone = 0;
    QString name, email, phone;
    std::vector<int> categories;
    QString industries;
    bool dataDriven = false, live = false, active = true;
    double weeklyHours = 0, stipend = 0, quality = 1;
    int capacity = 3;
    const char* tier = "none";
    std::array<int, 7> skillLevels = {};
    QDate created, updated, inactiveFrom;
    int createdSecond = 0, updatedSecond = 0;
    std::vector<int> conflictSellers;
    int conflictCategory = -1;
    std::vector<std::pair<QDate, QDate>> load; // [start, end) of each pairing
};

struct Disclosure {
    int mentor;
    const char* kind;
    int seller;
    QString value;
    const char* note;
    QDate declared;
};

struct Cohort {
    QString name;
    QDate start, end;
    int focus = 0;
    int roundtableDay = 1;
    const char* notes = "";
};

struct MatchRun {
    QDate day;
    int second = 0;
    int cohort = -1;
    const char* status = "accepted";
    const char* createdBy = "";
    int order = 0;
    QString parameters, statistics;
};

struct Pairing {
    int mentor, mentee, run, order;
    QDate start, end;
    const char* status = "trial";
    const char* endReason = nullptr;
    double score = 0;
    QDate updated;
};

struct Touchpoint {
    int pairing = -1;
    int cohort = -1;
    const char* kind;
    const char* status;
    QDate day;
    int second; // UTC
    int duration;
    const char* notes;
};

struct ChecklistItem {
    int pairing, templateItem;
    QDate due, done;
};

struct Feedback {
    int pairing;
    bool fromMentee;
    int rating;
    const char* comment;
    QDate given;
};

struct TemplateItem {
    int days;
    const char* title;
};

const std::array<TemplateItem, 11> kTemplateItems = {{
    {30, "Shop profile, policies and shipping settings reviewed"},
    {30, "Top ten listings: photos, titles and attributes improved"},
    {30, "Growth target and weekly rhythm agreed"},
    {30, "Review-response routine set up"},
    {60, "Prices compared with the category median"},
    {60, "Return reasons analysed and fixes planned"},
    {60, "Stock and restock plan for the next quarter"},
    {60, "First promotion or bundle launched"},
    {90, "Progress against the growth target reviewed"},
    {90, "Listing quality of the best sellers above 70"},
    {90, "Plan for the next quarter written"},
}};

const std::array<const char*, 7> kCallNotes = {
    {"Reviewed the top listings and agreed new photos.", "Walked through last month's return reasons.",
     "Set up a pricing experiment on the two best sellers.", "Went through the shop's review replies together.",
     "Planned stock for the next four weeks.", "Compared shipping options and delivery promises.",
     "Agreed a weekly target for new listings."}};
const std::array<const char*, 5> kAsyncNotes = {
    {"Shared feedback on new listing titles.", "Answered questions about the returns policy.",
     "Sent a template for replying to reviews.", "Commented on the draft promotion plan.",
     "Checked the updated shipping profile."}};
const std::array<const char*, 3> kMissedNotes = {
    {"Mentee did not join.", "Mentor could not connect; to be rescheduled.", "No reply to the check-in."}};
const std::array<const char*, 3> kCancelledNotes = {
    {"Rescheduled at the mentee's request.", "Mentor unavailable this week.", "Public holiday."}};
const std::array<const char*, 4> kAgendaNotes = {
    {"", "Agenda: listing photos.", "Agenda: pricing review.", "Agenda: follow-up on returns."}};
const std::array<const char*, 8> kRoundtableThemes = {
    {"Roundtable: pricing for peak season.", "Roundtable: getting and answering reviews.",
     "Roundtable: product photography on a budget.", "Roundtable: fewer returns with better size guides.",
     "Roundtable: marketplace policy update, questions and answers.", "Roundtable: shipping promises that convert.",
     "Roundtable: promotions that pay off.", "Roundtable: bundles and repeat buyers."}};

const std::array<std::array<const char*, 3>, 3> kMenteeComments = {{
    {{"We never really clicked; the advice did not fit my category.", "Sessions felt generic and were often cancelled.",
      "I needed more hands-on help with returns."}},
    {{"Useful sessions, but calls were often rescheduled.",
      "Good advice on listings; I wanted more help with shipping.",
      "Helpful, though our time zones made live calls hard."}},
    {{"Practical advice every week; my listings finally look professional.",
      "Helped me fix my pricing and sales picked up within a month.",
      "Always prepared and quick to answer questions between calls."}},
}};
const std::array<std::array<const char*, 3>, 3> kMentorComments = {{
    {{"Missed several sessions without notice.", "Struggles to find time for the programme right now.",
      "Not ready to change prices or listings yet."}},
    {{"Making progress, but needs to block time for the shop each week.",
      "Good ideas; follow-through on the checklist is patchy.", "Responsive in writing, rarely available for calls."}},
    {{"Does the homework between sessions and tracks the numbers.",
      "Very engaged; implemented every listing change we discussed.",
      "Proactive, asks good questions, ready for more."}},
}};

const std::array<const char*, 5> kCohortNotes = {{
    "Pilot cohort; roundtables are recorded for the knowledge base.",
    "The sponsor asked for a review-management theme in the roundtables.",
    "Pairs are encouraged to alternate live calls and written check-ins.",
    "Holiday-readiness roundtables: pricing, stock levels and shipping cut-offs.",
    "Mentors were briefed on the updated returns policy before kick-off.",
}};

class DemoBuilder {
public:
    explicit DemoBuilder(const QDate& today)
        : m_today(today)
        , m_yesterday(today.addDays(-1))
        , m_farFuture(today.addYears(100))
        , m_random(kSeed)
    {
    }
    void build();
    bool write(QSqlDatabase& db, QString* error) const;

private:
    void planCalendar();
    void createSellers();
    void placeInTime(Seller& seller, bool newcomer);
    void describeBusiness(Seller& seller);
    void createMentors();
    void createDisclosures();
    void matchMentees();
    void followMentee(int seller, int cohort, int run);
    int chooseMentor(int seller, const QDate& from, const QDate& until, const std::vector<int>& previous,
                     double* score);
    int addRun(const QDate& day, int cohort, const char* status);
    void describeRuns();
    void finishSellers();
    void drawSnapshots(Seller& seller);
    void createTouchpoints();
    void createChecklistsAndFeedback();

    int workSecond() { return m_random.between(7 * 3600, 19 * 3600); }
    int laterSecond(const QDate& created, int createdSecond, const QDate& updated)
    {
        return updated == created ? createdSecond + m_random.between(60, 3600) : workSecond();
    }
    QDate snapshotOnOrBefore(const QDate& day) const;
    QString uniqueEmail(const QString& local, const QString& domain);
    void giveIdentity(Seller& seller);
    QString phoneNumber(int zone);

    const QDate m_today;
    const QDate m_yesterday; // the latest edit: anything later could lie in the future of the clock
    const QDate m_farFuture;
    Random m_random;
    std::vector<QDate> m_snapshotDates;
    std::vector<Cohort> m_cohorts;
    std::vector<Seller> m_sellers;
    std::vector<Mentor> m_mentors;
    std::vector<Disclosure> m_disclosures;
    std::vector<MatchRun> m_runs;
    std::vector<Pairing> m_pairings;
    std::vector<Touchpoint> m_touchpoints;
    std::vector<ChecklistItem> m_checklistItems;
    std::vector<Feedback> m_feedback;
    std::set<QString> m_usedEmails, m_usedShopNames;
};

void DemoBuilder::build()
{
    planCalendar();
    createSellers();
    createMentors();
    createDisclosures();
    matchMentees();
    finishSellers();
    createTouchpoints();
    createChecklistsAndFeedback();
}

void DemoBuilder::planCalendar()
{
    const QDate thisMonth(m_today.year(), m_today.month(), 1);
    for (int k = 0; k < kSnapshotCount; ++k)
        m_snapshotDates.push_back(thisMonth.addMonths(k - (kSnapshotCount - 1)));

    // The first cohort starts after the first snapshot so every mentee has a baseline; the last one
    // started three weeks ago so its pairs are still in their trial.
    const QDate first = m_snapshotDates.front().addDays(20);
    const int step = int(first.daysTo(m_today.addDays(-21))) / (kCohortCount - 1);
    // Jewellery, home, beauty, toys before the holidays, fashion: what a handmade & home market needs most.
    const std::array<int, kCohortCount> focus = {{0, 1, 4, 5, 3}};
    for (int c = 0; c < kCohortCount; ++c) {
        Cohort cohort;
        const QDate day = first.addDays(qint64(c) * step);
        cohort.start = day.addDays(1 - day.dayOfWeek());
        cohort.end = cohort.start.addDays(kCohortDays - 1);
        cohort.focus = focus[c];
        cohort.roundtableDay = m_random.between(3, 26);
        cohort.notes = kCohortNotes[c];
        cohort.name = QStringLiteral("%1 %2 — %3")
                          .arg(text(kMonthNames[cohort.start.month() - 1]), QString::number(cohort.start.year()),
                               text(kCategories[cohort.focus].name));
        m_cohorts.push_back(cohort);
    }
}

QDate DemoBuilder::snapshotOnOrBefore(const QDate& day) const
{
    QDate found;
    for (const QDate& date : m_snapshotDates) {
        if (date <= day)
            found = date;
    }
    return found;
}

int pickCategory(Random& random)
{
    int total = 0;
    for (const Category& category : kCategories)
        total += category.weight;
    int r = random.between(0, total - 1);
    int category = 0;
    while (r >= kCategories[category].weight)
        r -= kCategories[category++].weight;
    return category;
}

void DemoBuilder::createSellers()
{
    auto add = [this](Role role, int category, int cohort, const QDate& enrolment, bool newcomer) {
        Seller seller;
        seller.role = role;
        seller.category = category;
        seller.cohort = cohort;
        seller.enrolment = enrolment;
        placeInTime(seller, newcomer);
        giveIdentity(seller);
        describeBusiness(seller);
        m_sellers.push_back(std::move(seller));
    };
    // One draw per statement: the order in which a call's arguments are evaluated differs between
    // compilers, and the demo must come out the same from every build.
    for (int c = 0; c < kCohortCount; ++c) {
        for (int k = 0; k < kCohortSizes[c]; ++k) {
            const int category = m_random.chance(0.6) ? m_cohorts[c].focus : pickCategory(m_random);
            const QDate enrolment = m_cohorts[c].start.addDays(-m_random.between(2, 12));
            add(Role::Mentee, category, c, enrolment, m_random.chance(0.45));
        }
    }
    for (int k = 0; k < kAwaitingMatch; ++k) {
        const int category = pickCategory(m_random);
        const QDate enrolment = m_today.addDays(-m_random.between(1, 12));
        add(Role::AwaitingMatch, category, -1, enrolment, m_random.chance(0.5));
    }
    for (int k = 0; k < kMentorSellers; ++k)
        add(Role::MentorSeller, m_cohorts[k % kCohortCount].focus, -1, QDate(), false);
    while (int(m_sellers.size()) < kSellerCount) {
        const int category = pickCategory(m_random);
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

void DemoBuilder::placeInTime(Seller& seller, bool newcomer)
{
    const QDate firstSnapshot = m_snapshotDates.front();
    if (seller.role == Role::MentorSeller) {
        seller.signup = firstSnapshot.addDays(-m_random.between(1100, 2600));
        seller.firstSale = seller.signup.addDays(m_random.between(2, 30));
    } else if (newcomer && seller.role != Role::Prospect) {
        // A snapshot between sign-up and enrolment gives every newcomer a baseline.
        seller.signup = snapshotOnOrBefore(seller.enrolment).addDays(-m_random.between(4, 70));
        if (seller.role == Role::Mentee && !m_random.chance(0.08)) {
            const double u = m_random.unit();
            seller.firstSale = seller.enrolment.addDays(5 + int(115.0 * u * u));
        }
    } else if (newcomer) {
        const QDate from = firstSnapshot.addDays(-60);
        seller.signup = from.addDays(m_random.between(0, int(from.daysTo(m_snapshotDates.back())) - 3));
        if (!m_random.chance(0.2)) {
            const double u = m_random.unit();
            seller.firstSale = seller.signup.addDays(10 + int(200.0 * u * u));
        }
    } else {
        seller.signup = firstSnapshot.addDays(-m_random.between(30, 1800));
        if (!m_random.chance(0.03))
            seller.firstSale = seller.signup.addDays(m_random.between(3, 120));
    }
    if (seller.firstSale > m_today)
        seller.firstSale = QDate();
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

int pickZone(Random& random)
{
    int total = 0;
    for (const Country& country : kCountries)
        total += country.weight;
    int r = random.between(0, total - 1);
    int country = 0;
    while (r >= kCountries[country].weight)
        r -= kCountries[country++].weight;
    std::vector<int> zones;
    for (int z = 0; z < int(kZones.size()); ++z) {
        if (kZones[z].country == country)
            zones.push_back(z);
    }
    return zones[random.next() % zones.size()];
}

void DemoBuilder::giveIdentity(Seller& seller)
{
    seller.zone = pickZone(m_random);
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
                            : mentee                 ? m_random.real(44, 68)
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

    const std::array<const char*, 4> channels = {{"marketplace_app", "own_storefront", "social", "wholesale"}};
    seller.channel = channels[m_random.weighted({52, 20, 18, 10})];
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
            mentor.zone = pickZone(m_random);
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

double matchScore(const Seller& seller, const Mentor& mentor)
{
    const bool category =
        std::find(mentor.categories.begin(), mentor.categories.end(), seller.category) != mentor.categories.end();
    double skills = 0;
    int painCount = 0;
    for (int p = 0; p < int(kPainPointCodes.size()); ++p) {
        if (seller.painPoints & (1 << p)) {
            skills += mentor.skillLevels[kSkillForPainPoint[p]] / 5.0;
            ++painCount;
        }
    }
    const double hours = std::abs(kZones[seller.zone].utcOffsetMinutes - kZones[mentor.zone].utcOffsetMinutes) / 60.0;
    return 0.35 * (category ? 1 : 0) + 0.25 * (painCount ? skills / painCount : 0.5) +
           0.15 * std::max(0.0, 1 - hours / 10) + 0.15 * (seller.dataDriven == mentor.dataDriven ? 1 : 0) +
           0.10 * (seller.live == mentor.live ? 1 : 0);
}

int DemoBuilder::chooseMentor(int sellerIndex, const QDate& from, const QDate& until, const std::vector<int>& previous,
                              double* score)
{
    const Seller& seller = m_sellers[sellerIndex];
    int best = -1;
    double bestRank = -1;
    for (int m = 0; m < int(m_mentors.size()); ++m) {
        const Mentor& mentor = m_mentors[m];
        if (mentor.created > from || (mentor.inactiveFrom.isValid() && mentor.inactiveFrom <= from.addDays(14)) ||
            mentor.conflictCategory == seller.category ||
            std::count(mentor.conflictSellers.begin(), mentor.conflictSellers.end(), sellerIndex) ||
            std::count(previous.begin(), previous.end(), m))
            continue;
        // Capacity holds at every moment of the planned pairing, not only at its start.
        int busiest = 0;
        for (const auto& point : mentor.load) {
            const QDate at = std::max(point.first, from);
            if (at >= until)
                continue;
            busiest =
                std::max(busiest, int(std::count_if(mentor.load.begin(), mentor.load.end(), [&](const auto& other) {
                             return other.first <= at && at < other.second;
                         })));
        }
        if (busiest >= mentor.capacity)
            continue;
        const double fit = matchScore(seller, mentor);
        const double rank = fit + m_random.real(0.0, 0.08);
        if (rank > bestRank) {
            best = m;
            bestRank = rank;
            *score = fit;
        }
    }
    return best;
}

int DemoBuilder::addRun(const QDate& day, int cohort, const char* status)
{
    MatchRun run;
    run.day = day;
    run.second = m_random.between(9 * 3600, 17 * 3600);
    run.cohort = cohort;
    run.status = status;
    run.createdBy = m_random.pick(kCoordinators);
    run.order = int(m_runs.size());
    m_runs.push_back(run);
    return run.order;
}

void DemoBuilder::matchMentees()
{
    for (int c = 0; c < kCohortCount; ++c) {
        if (c % 2 == 1)
            addRun(m_cohorts[c].start.addDays(-4), c, "discarded");
        const int run = addRun(m_cohorts[c].start.addDays(-3), c, "accepted");
        std::vector<int> members;
        for (int s = 0; s < int(m_sellers.size()); ++s) {
            if (m_sellers[s].cohort == c)
                members.push_back(s);
        }
        m_random.shuffle(members);
        for (int s : members)
            followMentee(s, c, run);
    }
    addRun(m_today.addDays(-1), -1, "proposed");

    for (Seller& seller : m_sellers) {
        if (seller.role == Role::AwaitingMatch)
            seller.status = "enrolled";
    }
    std::stable_sort(m_pairings.begin(), m_pairings.end(), [](const Pairing& a, const Pairing& b) {
        return a.start < b.start || (a.start == b.start && a.order < b.order);
    });
    describeRuns();
}

// One mentee's way through the cohort: pairings until completion, withdrawal or today, with a
// re-match after a mismatch or a mentor who stepped down.
void DemoBuilder::followMentee(int sellerIndex, int cohortIndex, int run)
{
    Seller& seller = m_sellers[sellerIndex];
    const Cohort& cohort = m_cohorts[cohortIndex];
    const bool cohortEnded = cohort.end < m_today;
    if (m_random.chance((cohortEnded ? 0.36 : 0.2) * (1.15 - seller.engagement))) {
        const QDate day = cohort.start.addDays(m_random.between(21, kCohortDays - 20));
        if (day < m_today)
            seller.withdrawal = day;
    }
    seller.status = seller.withdrawal.isValid() ? "withdrawn" : cohortEnded ? "graduated" : "enrolled";

    std::vector<int> previous;
    qint64 longest = -1;
    QDate start = cohort.start.addDays(m_random.between(0, 4));
    for (bool first = true;; first = false) {
        QDate plannedEnd = cohortEnded ? cohort.end : m_farFuture;
        if (seller.withdrawal.isValid())
            plannedEnd = std::min(plannedEnd, seller.withdrawal);
        double score = 0;
        const int mentorIndex = chooseMentor(sellerIndex, start, plannedEnd, previous, &score);
        if (mentorIndex < 0)
            return;
        if (run < 0)
            run = addRun(start.addDays(-1), cohortIndex, "accepted"); // a re-match of this one mentee
        Mentor& mentor = m_mentors[mentorIndex];
        previous.push_back(mentorIndex);

        QDate end = cohortEnded ? cohort.end : QDate();
        const char* reason = "completed";
        auto endsOn = [&](const QDate& day, const char* why) {
            if (day.isValid() && day < m_today && (!end.isValid() || day < end)) {
                end = day;
                reason = why;
            }
        };
        endsOn(seller.withdrawal, "mentee_withdrew");
        if (m_random.chance(first ? 0.12 : 0.04)) {
            const QDate day = start.addDays(m_random.between(12, 45));
            endsOn(day, m_random.chance(0.8) ? "mismatch" : "rematched");
        }
        if (m_random.chance(0.02))
            endsOn(start.addDays(m_random.between(20, 90)), "other");
        if (mentor.inactiveFrom.isValid())
            endsOn(mentor.inactiveFrom, "mentor_unavailable");

        Pairing pairing{mentorIndex, sellerIndex, run, int(m_pairings.size()), start, end, "trial", nullptr, 0, {}};
        pairing.score = rounded(score, 1000);
        const QDate trialEnd = start.addDays(kTrialDays);
        if (end.isValid()) {
            pairing.status = "ended";
            pairing.endReason = reason;
            pairing.updated = end;
        } else if (m_today <= trialEnd || (m_today <= trialEnd.addDays(21) && m_random.chance(0.1))) {
            pairing.updated = m_runs[run].day; // a trial nobody has confirmed yet stays a trial
        } else {
            pairing.status = "active";
            pairing.updated = std::min(m_yesterday, trialEnd.addDays(m_random.between(0, 3)));
        }
        m_pairings.push_back(pairing);
        mentor.load.emplace_back(start, end.isValid() ? end : m_farFuture);

        const qint64 length = start.daysTo(end.isValid() ? end : m_today);
        if (length > longest) {
            longest = length;
            seller.effectStrength = seller.engagement * mentor.quality;
        }
        if (!seller.effectStart.isValid())
            seller.effectStart = start;
        seller.effectStop = seller.withdrawal;

        if (!end.isValid() || is(reason, "completed") || is(reason, "mentee_withdrew"))
            return;
        start = end.addDays(m_random.between(3, 9));
        if (start > m_today || (cohortEnded && start >= cohort.end.addDays(-14)) ||
            (seller.withdrawal.isValid() && start >= seller.withdrawal))
            return;
        run = -1;
    }
}

void DemoBuilder::describeRuns()
{
    std::vector<int> order(m_runs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_runs[a].day < m_runs[b].day || (m_runs[a].day == m_runs[b].day && m_runs[a].second < m_runs[b].second);
    });
    std::vector<int> position(m_runs.size());
    std::vector<MatchRun> sorted;
    for (int k = 0; k < int(order.size()); ++k) {
        position[order[k]] = k;
        sorted.push_back(m_runs[order[k]]);
    }
    m_runs = std::move(sorted);
    for (Pairing& pairing : m_pairings)
        pairing.run = position[pairing.run];

    for (int r = 0; r < int(m_runs.size()); ++r) {
        MatchRun& run = m_runs[r];
        const bool discarded = is(run.status, "discarded");
        QJsonObject weights{{QStringLiteral("category"), discarded ? 0.5 : 0.35},
                            {QStringLiteral("skills"), discarded ? 0.2 : 0.25},
                            {QStringLiteral("time_zone"), discarded ? 0.1 : 0.15},
                            {QStringLiteral("style"), discarded ? 0.1 : 0.15},
                            {QStringLiteral("communication"), 0.1}};
        run.parameters = json({{QStringLiteral("weights"), weights},
                               {QStringLiteral("trial_days"), kTrialDays},
                               {QStringLiteral("respect_capacity"), true},
                               {QStringLiteral("respect_disclosures"), true}});
        int mentees = 0;
        double total = 0, lowest = 1;
        for (const Pairing& pairing : m_pairings) {
            if (pairing.run == r) {
                ++mentees;
                total += pairing.score;
                lowest = std::min(lowest, pairing.score);
            }
        }
        if (mentees == 0) { // proposals nobody accepted: the cohort's or today's waiting mentees
            mentees = run.cohort >= 0 ? kCohortSizes[run.cohort] : kAwaitingMatch;
            lowest = rounded(m_random.real(0.3, 0.45), 1000);
            total = mentees * rounded(m_random.real(0.6, 0.72), 1000);
        }
        const int available = int(std::count_if(m_mentors.begin(), m_mentors.end(), [&](const Mentor& mentor) {
            return mentor.created <= run.day && (!mentor.inactiveFrom.isValid() || mentor.inactiveFrom > run.day);
        }));
        run.statistics = json({{QStringLiteral("mentees"), mentees},
                               {QStringLiteral("mentors_available"), available},
                               {QStringLiteral("assigned"), mentees},
                               {QStringLiteral("unassigned"), 0},
                               {QStringLiteral("mean_score"), rounded(total / mentees, 1000)},
                               {QStringLiteral("min_score"), lowest},
                               {QStringLiteral("solver"), QStringLiteral("min_cost_flow")},
                               {QStringLiteral("solve_ms"), m_random.between(40, 40 + 6 * mentees)}});
    }
}

double effectAt(const Seller& seller, const QDate& date)
{
    if (!seller.effectStart.isValid() || date <= seller.effectStart)
        return 0;
    const bool stopped = seller.effectStop.isValid() && seller.effectStop < date;
    const QDate until = stopped ? seller.effectStop : date;
    const double effect = seller.effectStrength * std::min(1.0, seller.effectStart.daysTo(until) / 150.0);
    return stopped ? 0.7 * effect : effect; // some habits fade after a mentee leaves
}

void DemoBuilder::drawSnapshots(Seller& seller)
{
    const QDate origin = m_snapshotDates.front();
    for (const QDate& date : m_snapshotDates) {
        if (date <= seller.signup)
            continue;
        Snapshot snapshot;
        snapshot.date = date;
        snapshot.periodDays = date.addMonths(-1).daysInMonth();
        const QDate periodStart = date.addDays(-snapshot.periodDays);
        const double months = origin.daysTo(date) / 30.44;
        const double effect = effectAt(seller, date);
        const double season = kSeasonality[periodStart.month() - 1];
        double maturity = 0;
        if (seller.firstSale.isValid() && seller.firstSale < date) {
            const double selling = seller.firstSale.daysTo(date);
            maturity = std::min(1.0, 0.25 + 0.75 * selling / 180.0);
            const double expected = seller.matureOrders * (1 + seller.growth * months) * season * maturity *
                                    (1 + 0.7 * effect) * std::min(1.0, selling / snapshot.periodDays);
            snapshot.orders = m_random.roundRandomly(expected * m_random.real(0.85, 1.15));
            if (seller.firstSale >= periodStart)
                snapshot.orders = std::max(snapshot.orders, 1);
        }
        const int orders = snapshot.orders;
        snapshot.revenue = rounded(orders * seller.orderValue * m_random.real(0.94, 1.06) * (1 + 0.06 * effect), 100);
        snapshot.returned = std::min(
            orders, m_random.roundRandomly(orders * seller.returnRate * (1 - 0.6 * effect) * m_random.real(0.8, 1.2)));
        snapshot.listingQuality = rounded(
            std::clamp(seller.listingQuality + seller.listingDrift * months + 24 * effect + 1.5 * m_random.normal(),
                       5.0, 99.5),
            10);
        snapshot.priceIndex =
            rounded(std::max(0.3, 1 + (seller.priceIndex - 1) * (1 - 0.55 * effect) + 0.015 * m_random.normal()), 1000);
        if (orders > 0) {
            const double csat = seller.csat + 0.5 * effect + 0.35 * m_random.normal() / std::sqrt(double(orders));
            snapshot.csat = rounded(std::clamp(csat, 1.0, 5.0), 100);
            snapshot.turnover = rounded(
                seller.turnover * (0.5 + 0.5 * maturity) * season * (1 + 0.2 * effect) * m_random.real(0.9, 1.1), 100);
            const double loyalty = std::min(1.0, 0.3 + seller.firstSale.daysTo(date) / 365.0);
            snapshot.repeatRate = rounded(
                std::clamp(seller.repeatRate * loyalty + 0.08 * effect + 0.02 * m_random.normal(), 0.0, 1.0), 1000);
        }
        seller.snapshots.push_back(snapshot);
    }
}

void DemoBuilder::finishSellers()
{
    const QDate programStart = m_cohorts.front().start.addDays(-45);
    for (Seller& seller : m_sellers) {
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

void DemoBuilder::createTouchpoints()
{
    for (int p = 0; p < int(m_pairings.size()); ++p) {
        const Pairing& pairing = m_pairings[p];
        const Seller& mentee = m_sellers[pairing.mentee];
        const int offset = kZones[mentee.zone].utcOffsetMinutes;
        const QDate stop = pairing.end.isValid() ? pairing.end : m_today.addDays(kPlanningDays);
        const int weekday = m_random.between(1, 5);
        const int minute = 30 * m_random.between(16, 36);
        const bool strained = is(pairing.endReason, "mismatch");
        const double doneShare = 0.7 + 0.25 * mentee.engagement - (strained ? 0.15 : 0);
        const double skipShare = 0.04 + 0.22 * (1 - mentee.engagement) + (strained ? 0.1 : 0);
        std::size_t nextReview = 0;

        auto add = [&](const QDate& day, const char* kind, int plannedMinutes, bool first) {
            Touchpoint touchpoint{p, -1, kind, "planned", day, (minute - offset) * 60, plannedMinutes, ""};
            normalise(&touchpoint.day, &touchpoint.second);
            if (day >= m_today || (day >= m_today.addDays(-3) && m_random.chance(0.3))) {
                touchpoint.notes = m_random.pick(kAgendaNotes);
            } else {
                const double r = m_random.unit();
                touchpoint.status = r < doneShare                            ? "done"
                                    : r < doneShare + 0.55 * (1 - doneShare) ? "missed"
                                                                             : "cancelled";
                if (!is(touchpoint.status, "done")) {
                    touchpoint.duration = -1;
                    touchpoint.notes =
                        is(touchpoint.status, "missed") ? m_random.pick(kMissedNotes) : m_random.pick(kCancelledNotes);
                } else {
                    touchpoint.duration = std::max(10, plannedMinutes + 5 * m_random.between(-2, 3));
                    if (first)
                        touchpoint.notes = "Kick-off: goals, weekly rhythm and checklist agreed.";
                    else if (is(kind, "checklist_review"))
                        touchpoint.notes = "Checklist reviewed; next items agreed.";
                    else if (m_random.chance(0.45))
                        touchpoint.notes =
                            is(kind, "live_call") ? m_random.pick(kCallNotes) : m_random.pick(kAsyncNotes);
                }
            }
            m_touchpoints.push_back(touchpoint);
        };

        for (int week = 0;; ++week) {
            const QDate weekStart = pairing.start.addDays(7 * week);
            const QDate day = week == 0 ? pairing.start : weekStart.addDays((weekday - weekStart.dayOfWeek() + 7) % 7);
            if (day >= stop)
                break;
            if (week > 0 && day < m_today && m_random.chance(skipShare))
                continue;
            const bool call = mentee.live ? m_random.chance(0.75) : m_random.chance(0.3);
            if (nextReview < kChecklistDays.size() && pairing.start.daysTo(day) >= kChecklistDays[nextReview] - 3) {
                ++nextReview;
                add(day, "checklist_review", 30, false);
            } else {
                add(day, call ? "live_call" : "async", call ? 45 : 15, week == 0);
            }
            if (m_random.chance(0.22) && day.addDays(2) < stop)
                add(day.addDays(2), "async", 15, false);
        }
    }
    for (int c = 0; c < kCohortCount; ++c) {
        const Cohort& cohort = m_cohorts[c];
        for (QDate month(cohort.start.year(), cohort.start.month(), 1); month <= cohort.end;
             month = month.addMonths(1)) {
            const QDate day(month.year(), month.month(), cohort.roundtableDay);
            if (day < cohort.start || day > cohort.end)
                continue;
            const char* theme = kRoundtableThemes[std::size_t(day.month() - 1) % kRoundtableThemes.size()];
            Touchpoint roundtable{-1, c, "roundtable", "planned", day, 16 * 3600, 60, theme};
            if (day < m_today) {
                roundtable.status = m_random.chance(0.9) ? "done" : "cancelled";
                roundtable.duration = is(roundtable.status, "done") ? m_random.between(55, 90) : -1;
            }
            m_touchpoints.push_back(roundtable);
        }
    }
    std::stable_sort(m_touchpoints.begin(), m_touchpoints.end(), [](const Touchpoint& a, const Touchpoint& b) {
        return a.day < b.day || (a.day == b.day && a.second < b.second);
    });
}

void DemoBuilder::createChecklistsAndFeedback()
{
    for (int p = 0; p < int(m_pairings.size()); ++p) {
        const Pairing& pairing = m_pairings[p];
        const Seller& mentee = m_sellers[pairing.mentee];
        const bool strained = is(pairing.endReason, "mismatch");
        const QDate last = pairing.end.isValid() ? pairing.end : m_today;
        for (int item = 0; item < int(kTemplateItems.size()); ++item) {
            ChecklistItem checklistItem{p, item, pairing.start.addDays(kTemplateItems[item].days), QDate()};
            if (m_random.chance((0.45 + 0.5 * mentee.engagement) * (strained ? 0.5 : 1))) {
                const QDate done = checklistItem.due.addDays(m_random.between(-15, 6));
                if (done > pairing.start && done <= last && done <= m_today)
                    checklistItem.done = done;
            }
            m_checklistItems.push_back(checklistItem);
        }

        const double fit = (0.35 * pairing.score + 0.4 * (m_mentors[pairing.mentor].quality - 0.75) / 0.45 +
                            0.25 * mentee.engagement) *
                           (strained ? 0.45 : 1.0);
        auto give = [&](const QDate& day, bool fromMentee) {
            if (day > m_today)
                return;
            const double level = fromMentee ? 1.4 + 3.6 * fit : 1.5 + 3.4 * mentee.engagement;
            const int rating = std::clamp(int(std::round(level + 0.55 * m_random.normal())), 1, 5);
            const auto& comments = fromMentee ? kMenteeComments : kMentorComments;
            const char* comment = m_random.pick(comments[rating <= 2 ? 0 : rating == 3 ? 1 : 2]);
            m_feedback.push_back({p, fromMentee, rating, comment, day});
        };
        for (int checkpoint : {kTrialDays, 90}) {
            const QDate day = pairing.start.addDays(checkpoint + m_random.between(0, 5));
            if (day >= last)
                continue;
            if (m_random.chance(0.85))
                give(day, true);
            if (m_random.chance(0.75))
                give(day, false);
        }
        if (is(pairing.endReason, "completed")) {
            const QDate day = pairing.end.addDays(m_random.between(0, 6));
            if (m_random.chance(0.9))
                give(day, true);
            if (m_random.chance(0.8))
                give(day, false);
        } else if (strained || is(pairing.endReason, "rematched")) {
            give(pairing.end.addDays(m_random.between(0, 3)), true);
        }
    }
}

// Binds values by position and reports the first failure in words.
class Statement {
public:
    Statement(QSqlDatabase& db, const char* sql, QString* error)
        : m_query(db)
        , m_error(error)
    {
        m_prepared = m_query.prepare(QLatin1String(sql));
    }
    bool run(std::initializer_list<QVariant> values)
    {
        int position = 0;
        for (const QVariant& value : values)
            m_query.bindValue(position++, value);
        if (m_prepared && m_query.exec())
            return true;
        *m_error = m_query.lastError().text();
        return false;
    }

private:
    QSqlQuery m_query;
    QString* m_error;
    bool m_prepared = false;
};

bool DemoBuilder::write(QSqlDatabase& db, QString* error) const
{
    Statement info(db, "INSERT INTO program_info(key, value) VALUES (?, ?)", error);
    if (!info.run({QStringLiteral("name"), QStringLiteral("Demo program — Handmade & Home Marketplace")}) ||
        !info.run({QStringLiteral("demo"), QStringLiteral("1")}))
        return false;

    Statement sellers(
        db,
        "INSERT INTO sellers(id, external_id, shop_name, contact_name, email, phone, signup_date, "
        "enrolment_date, first_sale_date, category, channel, country, time_zone, status, tier, "
        "growth_target, sales_velocity, inventory_complexity, weekly_hours, coaching_style, communication, "
        "pain_points, consent_anonymised, created_utc, updated_utc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        error);
    for (int s = 0; s < int(m_sellers.size()); ++s) {
        const Seller& seller = m_sellers[s];
        QStringList pains;
        for (int p = 0; p < int(kPainPointCodes.size()); ++p) {
            if (seller.painPoints & (1 << p))
                pains << text(kPainPointCodes[p]);
        }
        const Zone& zone = kZones[seller.zone];
        if (!sellers.run({s + 1,
                          seller.externalId,
                          seller.shopName,
                          seller.contactName,
                          seller.email,
                          seller.phone,
                          dateValue(seller.signup),
                          dateValue(seller.enrolment),
                          dateValue(seller.firstSale),
                          text(kCategories[seller.category].name),
                          text(seller.channel),
                          text(kCountries[zone.country].name),
                          text(zone.name),
                          text(seller.status),
                          seller.highPotential ? QStringLiteral("high_potential") : QStringLiteral("standard"),
                          seller.growthTarget,
                          seller.salesVelocity,
                          seller.complexity,
                          seller.weeklyHours,
                          seller.dataDriven ? QStringLiteral("data_driven") : QStringLiteral("intuitive"),
                          seller.live ? QStringLiteral("live") : QStringLiteral("async"),
                          pains.isEmpty() ? text("") : pains.join(QLatin1Char(',')),
                          seller.consent ? 1 : 0,
                          timestamp(seller.created, seller.createdSecond),
                          timestamp(seller.updated, seller.updatedSecond)}))
            return false;
    }

    Statement mentors(db,
                      "INSERT INTO mentors(id, seller_id, name, email, phone, categories, industries, coaching_style, "
                      "communication, country, time_zone, weekly_hours, capacity, recognition_tier, stipend_rate, "
                      "active, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      error);
    Statement skills(db, "INSERT INTO mentor_skills(mentor_id, skill, level) VALUES (?, ?, ?)", error);
    for (int m = 0; m < int(m_mentors.size()); ++m) {
        const Mentor& mentor = m_mentors[m];
        QStringList categories;
        for (int category : mentor.categories)
            categories << text(kCategories[category].name);
        const Zone& zone = kZones[mentor.zone];
        if (!mentors.run({m + 1, mentor.seller >= 0 ? QVariant(mentor.seller + 1) : QVariant(), mentor.name,
                          mentor.email, mentor.phone, categories.join(QLatin1String(", ")), mentor.industries,
                          mentor.dataDriven ? QStringLiteral("data_driven") : QStringLiteral("intuitive"),
                          mentor.live ? QStringLiteral("live") : QStringLiteral("async"),
                          text(kCountries[zone.country].name), text(zone.name), mentor.weeklyHours, mentor.capacity,
                          text(mentor.tier), mentor.stipend, mentor.active ? 1 : 0,
                          timestamp(mentor.created, mentor.createdSecond),
                          timestamp(mentor.updated, mentor.updatedSecond)}))
            return false;
        for (int skill = 0; skill < int(kSkillCodes.size()); ++skill) {
            if (mentor.skillLevels[skill] > 0 &&
                !skills.run({m + 1, text(kSkillCodes[skill]), mentor.skillLevels[skill]}))
                return false;
        }
    }

    Statement disclosures(db,
                          "INSERT INTO mentor_disclosures(mentor_id, kind, seller_id, value, note, declared_on) "
                          "VALUES (?, ?, ?, ?, ?, ?)",
                          error);
    for (const Disclosure& disclosure : m_disclosures) {
        if (!disclosures.run({disclosure.mentor + 1, text(disclosure.kind),
                              disclosure.seller >= 0 ? QVariant(disclosure.seller + 1) : QVariant(), disclosure.value,
                              text(disclosure.note), dateValue(disclosure.declared)}))
            return false;
    }

    Statement cohorts(db,
                      "INSERT INTO cohorts(id, name, start_date, end_date, focus_category, roundtable_day, notes, "
                      "created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      error);
    for (int c = 0; c < kCohortCount; ++c) {
        const Cohort& cohort = m_cohorts[c];
        const QDate updated = std::min(m_yesterday, cohort.end < m_today ? cohort.end.addDays(1) : cohort.start);
        if (!cohorts.run({c + 1, cohort.name, dateValue(cohort.start), dateValue(cohort.end),
                          text(kCategories[cohort.focus].name), cohort.roundtableDay, text(cohort.notes),
                          timestamp(cohort.start.addDays(-30), 10 * 3600), timestamp(updated, 11 * 3600)}))
            return false;
    }
    Statement members(db, "INSERT INTO cohort_members(seller_id, cohort_id, joined_on) VALUES (?, ?, ?)", error);
    for (int s = 0; s < int(m_sellers.size()); ++s) {
        if (m_sellers[s].cohort >= 0 &&
            !members.run({s + 1, m_sellers[s].cohort + 1, dateValue(m_sellers[s].enrolment)}))
            return false;
    }

    Statement runs(db,
                   "INSERT INTO match_runs(id, started_utc, finished_utc, cohort_id, status, parameters, statistics, "
                   "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   error);
    for (int r = 0; r < int(m_runs.size()); ++r) {
        const MatchRun& run = m_runs[r];
        if (!runs.run({r + 1, timestamp(run.day, run.second), timestamp(run.day, run.second + 2 + r % 7),
                       run.cohort >= 0 ? QVariant(run.cohort + 1) : QVariant(), text(run.status), run.parameters,
                       run.statistics, text(run.createdBy)}))
            return false;
    }

    Statement pairings(db,
                       "INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, trial_end_date, ended_on, "
                       "end_reason, score, match_run_id, created_utc, updated_utc) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       error);
    for (int p = 0; p < int(m_pairings.size()); ++p) {
        const Pairing& pairing = m_pairings[p];
        const MatchRun& run = m_runs[pairing.run];
        const int created = run.second + 60 + p % 50;
        if (!pairings.run({p + 1, pairing.mentor + 1, pairing.mentee + 1, text(pairing.status),
                           dateValue(pairing.start), dateValue(pairing.start.addDays(kTrialDays)),
                           dateValue(pairing.end), pairing.endReason ? QVariant(text(pairing.endReason)) : QVariant(),
                           pairing.score, pairing.run + 1, timestamp(run.day, created),
                           timestamp(pairing.updated, pairing.updated == run.day ? created : 9 * 3600 + p % 3600)}))
            return false;
    }

    Statement touchpoints(db,
                          "INSERT INTO touchpoints(pairing_id, cohort_id, kind, status, scheduled_utc, "
                          "duration_minutes, notes) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          error);
    for (const Touchpoint& touchpoint : m_touchpoints) {
        if (!touchpoints.run(
                {touchpoint.pairing >= 0 ? QVariant(touchpoint.pairing + 1) : QVariant(),
                 touchpoint.cohort >= 0 ? QVariant(touchpoint.cohort + 1) : QVariant(), text(touchpoint.kind),
                 text(touchpoint.status), timestamp(touchpoint.day, touchpoint.second),
                 touchpoint.duration >= 0 ? QVariant(touchpoint.duration) : QVariant(), text(touchpoint.notes)}))
            return false;
    }

    const QDate templateDay = m_cohorts.front().start.addDays(-40);
    Statement checklistTemplate(db, "INSERT INTO checklist_templates(id, name, created_utc) VALUES (?, ?, ?)", error);
    Statement templateItems(db,
                            "INSERT INTO checklist_template_items(id, template_id, day_offset, position, title) "
                            "VALUES (?, ?, ?, ?, ?)",
                            error);
    if (!checklistTemplate.run({1, QStringLiteral("Standard 30/60/90-day plan"), timestamp(templateDay, 10 * 3600)}))
        return false;
    for (int item = 0, position = 0; item < int(kTemplateItems.size()); ++item) {
        position = item > 0 && kTemplateItems[item - 1].days == kTemplateItems[item].days ? position + 1 : 1;
        if (!templateItems.run({item + 1, 1, kTemplateItems[item].days, position, text(kTemplateItems[item].title)}))
            return false;
    }
    Statement checklist(
        db,
        "INSERT INTO checklist_items(pairing_id, template_item_id, day_offset, title, due_date, done_on) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        error);
    for (const ChecklistItem& item : m_checklistItems) {
        const TemplateItem& templateItem = kTemplateItems[item.templateItem];
        if (!checklist.run({item.pairing + 1, item.templateItem + 1, templateItem.days, text(templateItem.title),
                            dateValue(item.due), dateValue(item.done)}))
            return false;
    }

    Statement feedback(
        db, "INSERT INTO feedback(pairing_id, direction, rating, comment, given_on) VALUES (?, ?, ?, ?, ?)", error);
    for (const Feedback& row : m_feedback) {
        if (!feedback.run({row.pairing + 1,
                           row.fromMentee ? QStringLiteral("mentee_to_mentor") : QStringLiteral("mentor_to_mentee"),
                           row.rating, text(row.comment), dateValue(row.given)}))
            return false;
    }

    // In date order per seller, so the trigger leaves each seller's latest metrics on the newest one.
    Statement snapshots(db,
                        "INSERT INTO seller_metric_snapshots(seller_id, snapshot_date, period_days, revenue, orders, "
                        "returned_orders, listing_quality, csat, price_competitiveness, inventory_turnover, "
                        "repeat_purchase_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        error);
    for (int s = 0; s < int(m_sellers.size()); ++s) {
        for (const Snapshot& snapshot : m_sellers[s].snapshots) {
            if (!snapshots.run({s + 1, dateValue(snapshot.date), snapshot.periodDays, snapshot.revenue, snapshot.orders,
                                snapshot.returned, snapshot.listingQuality, snapshot.csat, snapshot.priceIndex,
                                snapshot.turnover, snapshot.repeatRate}))
                return false;
        }
    }
    return true;
}

} // namespace

bool DemoProgram::populate(QSqlDatabase db, const QDate& today, QString* error)
{
    auto fail = [error](const QString& reason) {
        if (error)
            *error = QCoreApplication::translate("DemoProgram",
                                                 "MentorDesk could not create the demo program (%1). The program "
                                                 "file was left as it was; try again with a new, empty program.")
                         .arg(reason);
        return false;
    };
    if (!today.isValid())
        return fail(QCoreApplication::translate("DemoProgram", "no valid date for today"));
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("SELECT (SELECT count(*) FROM sellers) + (SELECT count(*) FROM mentors) + "
                                   "(SELECT count(*) FROM cohorts) + (SELECT count(*) FROM pairings)")) ||
        !check.next())
        return fail(check.lastError().text());
    if (check.value(0).toLongLong() > 0)
        return fail(QCoreApplication::translate("DemoProgram", "the program already has records"));
    check.finish();

    DemoBuilder builder(today);
    builder.build();
    if (!db.transaction())
        return fail(db.lastError().text());
    QString reason;
    if (!builder.write(db, &reason) || !db.commit()) {
        if (reason.isEmpty())
            reason = db.lastError().text();
        db.rollback();
        return fail(reason);
    }
    return true;
}

} // namespace mentordesk
