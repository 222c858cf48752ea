// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoVocabulary.h"

#include <array>
#include <cstddef>

// The words the marketplace generator builds its records from, on top of those it shares with the
// demo program. ASCII only: the generator makes e-mail addresses from them without Unicode folding.
namespace mentordesk::demo {

inline constexpr std::array<const char*, 24> kMarketCategories = {{"Handmade jewellery",
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

struct MarketZone {
    const char* country;
    const char* name;
    const char* phonePattern; // '#' is a random digit
};

// Repeated entries weight the countries: a marketplace based in Europe with a North American arm.
inline constexpr std::array<MarketZone, 20> kMarketZones = {{
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

inline constexpr std::array<const char*, 48> kMarketFirstNames = {
    {"Olivia", "Amelia", "Isla", "Grace",   "Sophie", "Chloe", "Hannah", "Zoe",   "Jack",  "Oliver",
     "Harry",  "George", "Noah", "Arthur",  "Daniel", "Aisha", "Lena",   "Mia",   "Emma",  "Lukas",
     "Jonas",  "Felix",  "Lea",  "Camille", "Hugo",   "Louis", "Lucia",  "Sofia", "Mateo", "Diego",
     "Giulia", "Marco",  "Luca", "Daan",    "Sanne",  "Zofia", "Jakub",  "Piotr", "Priya", "Arjun",
     "Ananya", "Rahul",  "Yuki", "Haruto",  "Ana",    "Pedro", "Aoife",  "Sean"}};
inline constexpr std::array<const char*, 48> kMarketLastNames = {
    {"Smith",    "Jones",  "Taylor", "Brown",    "Wilson",  "Davies",    "Patel",   "Walker",  "Wright",  "Hughes",
     "Clarke",   "Khan",   "Murphy", "Miller",   "Garcia",  "Johnson",   "Mueller", "Schmidt", "Weber",   "Fischer",
     "Martin",   "Dubois", "Moreau", "Lopez",    "Sanchez", "Fernandez", "Rossi",   "Russo",   "Ferrari", "Jansen",
     "de Vries", "Bakker", "Nowak",  "Kowalski", "Sharma",  "Gupta",     "Singh",   "Reddy",   "Sato",    "Suzuki",
     "Silva",    "Santos", "Costa",  "Byrne",    "Kelly",   "Nguyen",    "Okafor",  "Campbell"}};

template <std::size_t N, std::size_t M>
constexpr std::array<const char*, N + M> joinedWords(const std::array<const char*, N>& first,
                                                     const std::array<const char*, M>& second)
{
    std::array<const char*, N + M> all = {};
    for (std::size_t i = 0; i < N; ++i)
        all[i] = first[i];
    for (std::size_t i = 0; i < M; ++i)
        all[N + i] = second[i];
    return all;
}

// The demo program's shop words and eight more.
inline constexpr std::array<const char*, 48> kMarketShopWords = joinedWords(
    kShopWords, std::array<const char*, 8>{{"Urban", "Golden", "Silver", "Coral", "Misty", "Rustic", "Sunny", "Blue"}});
inline constexpr std::array<const char*, 32> kMarketShopNouns = {
    {"Studio", "Goods",   "Market", "Atelier", "Workshop", "Emporium", "Corner", "Collective",
     "Supply", "Trading", "Home",   "Crafts",  "Finds",    "Boutique", "Store",  "Outlet",
     "House",  "Lab",     "Works",  "Depot",   "Gallery",  "Pantry",   "Garden", "Attic",
     "Loft",   "Barn",    "Shed",   "Kitchen", "Closet",   "Nook",     "Hub",    "Bazaar"}};
inline constexpr std::array<const char*, 6> kMarketDomains = {
    {"example.com", "example.net", "example.org", "mail.example", "post.example", "shop.example"}};
inline constexpr std::array<const char*, 4> kMarketTiers = {{"none", "bronze", "silver", "gold"}};
inline constexpr std::array<const char*, 4> kMarketCallNotes = {
    {"Reviewed the top listings.", "Walked through return reasons.", "Agreed a pricing experiment.",
     "Planned stock for the next month."}};

} // namespace mentordesk::demo
