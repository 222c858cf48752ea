// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

// The words the demo program builds its records from; the first part is shared with the
// marketplace generator (see MarketplaceVocabulary.h).
namespace mentordesk::demo {

// Both programs follow the same rules: a 30-day trial, and touchpoints planned four weeks ahead.
inline constexpr int kTrialDays = 30;
inline constexpr int kPlanningDays = 28;

inline constexpr std::array<const char*, 6> kPainPointCodes = {
    {"low_visibility", "inconsistent_reviews", "slow_conversion", "pricing", "returns", "policy_compliance"}};
inline constexpr std::array<const char*, 7> kSkillCodes = {{"pricing", "inventory_management", "customer_service",
                                                            "policy_compliance", "listing_optimisation",
                                                            "supplier_negotiation", "data_driven_decisions"}};
inline constexpr std::array<const char*, 4> kChannels = {{"marketplace_app", "own_storefront", "social", "wholesale"}};
// The generator adds more of its own for the variety of a million shops.
inline constexpr std::array<const char*, 40> kShopWords = {
    {"Willow",  "Copper", "Juniper", "Saffron",  "Hazel",  "Maple",  "Birch",  "Cedar",  "Ember",  "Fern",
     "Harbour", "Indigo", "Linden",  "Marigold", "Meadow", "Nettle", "Oak",    "Pebble", "Rowan",  "Sage",
     "Thistle", "Wren",   "Acorn",   "Bramble",  "Clover", "Fable",  "Honey",  "Ivy",    "Lark",   "Moss",
     "North",   "Olive",  "Pine",    "Sparrow",  "Summit", "Tidal",  "Velvet", "Amber",  "Little", "Bright"}};

// What follows is the demo program's alone: the generator has wider, flatter tables of its own.

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

inline constexpr std::array<Category, 10> kCategories = {{
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
inline constexpr std::array<std::array<const char*, 6>, 10> kShopNouns = {{
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
inline constexpr int kCategoryCount = int(kCategories.size());

// November and December carry the year in handmade and home goods.
inline constexpr std::array<double, 12> kSeasonality = {
    {0.85, 0.88, 0.95, 0.97, 1.0, 0.98, 0.95, 0.95, 1.0, 1.05, 1.25, 1.4}};

// Bits of Seller::painPoints, in kPainPointCodes order.
enum PainPoint { LowVisibility = 1, InconsistentReviews = 2, SlowConversion = 4, Pricing = 8, Returns = 16 };
// The mentor skill that answers each pain point, in kPainPointCodes order (indexes into kSkillCodes).
inline constexpr std::array<int, 6> kSkillForPainPoint = {{4, 2, 6, 0, 2, 3}};

enum Culture { English, German, French, Spanish, Italian, Dutch, Polish, Swedish, Indian, Portuguese };

struct Country {
    const char* name;
    int weight;
    Culture culture;
    const char* phonePattern; // '#' is a random digit, '@' the zone's area code
};

inline constexpr std::array<Country, 15> kCountries = {{
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

inline constexpr std::array<Zone, 20> kZones = {{
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

inline constexpr std::array<NamePool, 10> kNames = {{
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

inline constexpr std::array<const char*, 6> kShopSuffixes = {
    {"Studio", "Co.", "Workshop", "Collective", "Supply", "House"}};
inline constexpr std::array<const char*, 8> kShopEndings = {
    {"craft", "leaf", "wood", "field", "stone", "works", "nest", "light"}};
inline constexpr std::array<const char*, 12> kMonthNames = {{"January", "February", "March", "April", "May", "June",
                                                             "July", "August", "September", "October", "November",
                                                             "December"}};
inline constexpr std::array<const char*, 2> kCoordinators = {{"Alex Morgan", "Priya Nair"}};

struct TemplateItem {
    int days;
    const char* title;
};

inline constexpr std::array<TemplateItem, 11> kTemplateItems = {{
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

inline constexpr std::array<const char*, 7> kCallNotes = {
    {"Reviewed the top listings and agreed new photos.", "Walked through last month's return reasons.",
     "Set up a pricing experiment on the two best sellers.", "Went through the shop's review replies together.",
     "Planned stock for the next four weeks.", "Compared shipping options and delivery promises.",
     "Agreed a weekly target for new listings."}};
inline constexpr std::array<const char*, 5> kAsyncNotes = {
    {"Shared feedback on new listing titles.", "Answered questions about the returns policy.",
     "Sent a template for replying to reviews.", "Commented on the draft promotion plan.",
     "Checked the updated shipping profile."}};
inline constexpr std::array<const char*, 3> kMissedNotes = {
    {"Mentee did not join.", "Mentor could not connect; to be rescheduled.", "No reply to the check-in."}};
inline constexpr std::array<const char*, 3> kCancelledNotes = {
    {"Rescheduled at the mentee's request.", "Mentor unavailable this week.", "Public holiday."}};
inline constexpr std::array<const char*, 4> kAgendaNotes = {
    {"", "Agenda: listing photos.", "Agenda: pricing review.", "Agenda: follow-up on returns."}};
inline constexpr std::array<const char*, 8> kRoundtableThemes = {
    {"Roundtable: pricing for peak season.", "Roundtable: getting and answering reviews.",
     "Roundtable: product photography on a budget.", "Roundtable: fewer returns with better size guides.",
     "Roundtable: marketplace policy update, questions and answers.", "Roundtable: shipping promises that convert.",
     "Roundtable: promotions that pay off.", "Roundtable: bundles and repeat buyers."}};

inline constexpr std::array<std::array<const char*, 3>, 3> kMenteeComments = {{
    {{"We never really clicked; the advice did not fit my category.", "Sessions felt generic and were often cancelled.",
      "I needed more hands-on help with returns."}},
    {{"Useful sessions, but calls were often rescheduled.",
      "Good advice on listings; I wanted more help with shipping.",
      "Helpful, though our time zones made live calls hard."}},
    {{"Practical advice every week; my listings finally look professional.",
      "Helped me fix my pricing and sales picked up within a month.",
      "Always prepared and quick to answer questions between calls."}},
}};
inline constexpr std::array<std::array<const char*, 3>, 3> kMentorComments = {{
    {{"Missed several sessions without notice.", "Struggles to find time for the programme right now.",
      "Not ready to change prices or listings yet."}},
    {{"Making progress, but needs to block time for the shop each week.",
      "Good ideas; follow-through on the checklist is patchy.", "Responsive in writing, rarely available for calls."}},
    {{"Does the homework between sessions and tracks the numbers.",
      "Very engaged; implemented every listing change we discussed.",
      "Proactive, asks good questions, ready for more."}},
}};

inline constexpr std::array<const char*, 5> kCohortNotes = {{
    "Pilot cohort; roundtables are recorded for the knowledge base.",
    "The sponsor asked for a review-management theme in the roundtables.",
    "Pairs are encouraged to alternate live calls and written check-ins.",
    "Holiday-readiness roundtables: pricing, stock levels and shipping cut-offs.",
    "Mentors were briefed on the updated returns policy before kick-off.",
}};

} // namespace mentordesk::demo
