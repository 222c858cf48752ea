// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldVocabulary.h"

#include <QtGlobal>

namespace mentordesk {

namespace {

QStringList words(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* word : list)
        result << QString::fromUtf8(word);
    return result;
}

} // namespace

// The synonyms are what back-office exports and hand-made spreadsheets write instead of a code, in
// English and German (the coordinators' main languages).
QVector<Choice> channelChoices()
{
    return {
        {QStringLiteral("own_storefront"), QT_TRANSLATE_NOOP("Choices", "Own storefront"),
         words({"own store", "own shop", "storefront", "website", "web shop", "online shop", "shop", "eigener shop",
                "webseite"})},
        {QStringLiteral("marketplace_app"), QT_TRANSLATE_NOOP("Choices", "Marketplace app"),
         words({"app", "marketplace", "mobile app", "marktplatz", "marktplatz app"})},
        {QStringLiteral("wholesale"), QT_TRANSLATE_NOOP("Choices", "Wholesale"), words({"b2b", "großhandel"})},
        {QStringLiteral("social"), QT_TRANSLATE_NOOP("Choices", "Social"),
         words({"social media", "social commerce", "soziale medien"})},
    };
}

QVector<Choice> sellerStatusChoices()
{
    return {
        {QStringLiteral("prospect"), QT_TRANSLATE_NOOP("Choices", "Not enrolled"),
         words({"lead", "candidate", "new", "interessent", "nicht eingeschrieben"})},
        {QStringLiteral("enrolled"), QT_TRANSLATE_NOOP("Choices", "Enrolled"),
         words({"active", "in program", "in programme", "eingeschrieben", "aktiv"})},
        {QStringLiteral("graduated"), QT_TRANSLATE_NOOP("Choices", "Graduated"),
         words({"completed", "alumni", "alumnus", "abgeschlossen"})},
        {QStringLiteral("withdrawn"), QT_TRANSLATE_NOOP("Choices", "Withdrawn"),
         words({"dropped", "dropped out", "left", "quit", "ausgestiegen", "abgebrochen"})},
    };
}

QVector<Choice> tierChoices()
{
    return {
        {QStringLiteral("standard"), QT_TRANSLATE_NOOP("Choices", "Standard"), words({"regular", "normal", "default"})},
        {QStringLiteral("high_potential"), QT_TRANSLATE_NOOP("Choices", "High potential"),
         words({"hipo", "high", "top", "hohes potenzial", "potenzial"})},
    };
}

QVector<Choice> styleChoices()
{
    return {
        {QStringLiteral("data_driven"), QT_TRANSLATE_NOOP("Choices", "Data-driven"),
         words({"data", "analytical", "numbers", "datengetrieben", "analytisch"})},
        {QStringLiteral("intuitive"), QT_TRANSLATE_NOOP("Choices", "Intuitive"),
         words({"intuition", "gut feeling", "intuitiv"})},
    };
}

QVector<Choice> communicationChoices()
{
    return {
        {QStringLiteral("async"), QT_TRANSLATE_NOOP("Choices", "Async"),
         words({"asynchronous", "email", "chat", "messages", "written", "asynchron", "schriftlich"})},
        {QStringLiteral("live"), QT_TRANSLATE_NOOP("Choices", "Live"),
         words({"call", "video", "video call", "phone", "synchronous", "in person", "telefon", "persönlich"})},
    };
}

QVector<Choice> recognitionTierChoices()
{
    return {
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("Choices", "None"), {}},
        {QStringLiteral("bronze"), QT_TRANSLATE_NOOP("Choices", "Bronze"), {}},
        {QStringLiteral("silver"), QT_TRANSLATE_NOOP("Choices", "Silver"), {}},
        {QStringLiteral("gold"), QT_TRANSLATE_NOOP("Choices", "Gold"), {}},
    };
}

QVector<Choice> pairingStatusChoices()
{
    return {
        {QStringLiteral("trial"), QT_TRANSLATE_NOOP("Choices", "Trial"), {}},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("Choices", "Active"), {}},
        {QStringLiteral("ended"), QT_TRANSLATE_NOOP("Choices", "Ended"), {}},
    };
}

QVector<Choice> pairingEndReasonChoices()
{
    return {
        {QStringLiteral("completed"), QT_TRANSLATE_NOOP("Choices", "Completed"), {}},
        {QStringLiteral("mismatch"), QT_TRANSLATE_NOOP("Choices", "Mismatch"), {}},
        {QStringLiteral("mentee_withdrew"), QT_TRANSLATE_NOOP("Choices", "Mentee withdrew"), {}},
        {QStringLiteral("mentor_unavailable"), QT_TRANSLATE_NOOP("Choices", "Mentor unavailable"), {}},
        {QStringLiteral("rematched"), QT_TRANSLATE_NOOP("Choices", "Re-matched"), {}},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("Choices", "Other"), {}},
    };
}

// The calendar's touchpoints (schema version 6).
QVector<Choice> touchpointKindChoices()
{
    return {
        {QStringLiteral("live_call"), QT_TRANSLATE_NOOP("Choices", "Live call"), {}},
        {QStringLiteral("async"), QT_TRANSLATE_NOOP("Choices", "Async exchange"), {}},
        {QStringLiteral("checklist_review"), QT_TRANSLATE_NOOP("Choices", "Checklist review"), {}},
        {QStringLiteral("roundtable"), QT_TRANSLATE_NOOP("Choices", "Cohort roundtable"), {}},
    };
}

QVector<Choice> touchpointStatusChoices()
{
    return {
        {QStringLiteral("planned"), QT_TRANSLATE_NOOP("Choices", "Planned"), {}},
        {QStringLiteral("done"), QT_TRANSLATE_NOOP("Choices", "Done"), {}},
        {QStringLiteral("missed"), QT_TRANSLATE_NOOP("Choices", "Missed"), {}},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Choices", "Cancelled"), {}},
    };
}

// The names back-office exports, shop platforms and hand-made spreadsheets give each field's column,
// beyond its key and title, most specific first: when two headers fit one field, the one matching the
// earlier name wins ("Merchant ID" over a row number called "ID"). Spaces, case, punctuation and
// umlauts do not matter ("Händler-ID" = "haendler id"); a "%" is kept as the word "percent", and a
// header's bracketed unit ("Umsatz (€)") is tried without it.
QStringList headerSynonyms(FieldId id)
{
    switch (id) {
    case FieldId::SellerExternalId:
        return words({"seller id", "seller number", "shop id", "store id", "merchant id", "vendor id", "partner id",
                      "account id", "external id", "händler-id", "händlernummer", "verkäufer-id", "verkäufernummer",
                      "shop-id", "id"});
    case FieldId::SellerShopName:
        return words({"shop name", "store name", "shop", "store", "seller name", "merchant name", "vendor name",
                      "business name", "company", "company name", "shop title", "firma", "firmenname", "händlername",
                      "verkäufername", "geschäftsname"});
    case FieldId::SellerContactName:
        return words({"contact name", "contact person", "contact", "owner name", "owner", "full name", "name",
                      "ansprechpartner", "ansprechperson", "kontaktperson", "kontakt", "inhaber"});
    case FieldId::SellerEmail:
        return words({"email", "e-mail address", "email address", "mail", "contact email", "seller email",
                      "e-mail-adresse", "mailadresse"});
    case FieldId::SellerPhone:
        return words(
            {"phone number", "phone", "telephone", "tel", "mobile", "telefonnummer", "telefon", "handy", "mobil"});
    case FieldId::SellerCategory:
        return words({"main category", "primary category", "product category", "shop category", "vertical", "kategorie",
                      "hauptkategorie", "warengruppe"});
    case FieldId::SellerChannel:
        return words({"sales channel", "main channel", "primary channel", "vertriebskanal", "verkaufskanal", "kanal"});
    case FieldId::SellerCountry:
        return words({"country code", "country", "land", "ländercode", "landescode"});
    case FieldId::SellerTimeZone:
        return words({"timezone", "tz", "zeitzone"});
    case FieldId::SellerStatus:
        return words({"program status", "programme status", "enrolment status", "enrollment status", "seller status",
                      "programmstatus"});
    case FieldId::SellerTier:
        return words({"seller tier", "segment", "potential", "stufe", "potenzial"});
    case FieldId::SellerSignupDate:
        return words({"signup date", "sign-up date", "registration date", "registered", "registered on", "join date",
                      "joined", "created at", "created", "shop opened", "registrierungsdatum", "registriert am",
                      "anmeldedatum"});
    case FieldId::SellerEnrolmentDate:
        return words({"enrolment date", "enrollment date", "enrolled on", "program start", "programme start",
                      "start date", "eingeschrieben am", "programmstart"});
    case FieldId::SellerFirstSaleDate:
        return words(
            {"first sale date", "first sale", "first order date", "first order", "erster verkauf", "erste bestellung"});
    case FieldId::SellerGrowthTarget:
        return words({"growth target", "revenue target", "sales target", "target", "goal", "wachstumsziel",
                      "umsatzziel", "ziel"});
    case FieldId::SellerSalesVelocity:
        return words({"orders per week", "weekly orders", "sales velocity", "bestellungen pro woche"});
    case FieldId::SellerInventoryComplexity:
        return words(
            {"catalogue complexity", "catalog complexity", "complexity", "sortimentskomplexität", "komplexität"});
    case FieldId::SellerWeeklyHours:
        return words(
            {"hours per week", "weekly hours", "time per week", "availability", "stunden pro woche", "wochenstunden"});
    case FieldId::SellerCoachingStyle:
        return words({"learning style", "style", "coaching-stil", "lernstil"});
    case FieldId::SellerCommunication:
        return words({"communication preference", "preferred communication", "contact preference", "kommunikation"});
    case FieldId::SellerPainPoints:
        return words({"challenges", "problems", "issues", "notes", "herausforderungen", "probleme", "notizen"});
    case FieldId::SellerConsent:
        return words({"consent anonymised", "consent anonymized", "data consent", "gdpr consent", "einwilligung",
                      "datenschutz-einwilligung"});
    case FieldId::SnapshotDate:
        return words({"snapshot date", "export date", "report date", "metrics date", "as of", "as of date",
                      "period end", "week ending", "stichtag", "exportdatum", "stand", "datum", "date"});
    case FieldId::SnapshotPeriodDays:
        return words({"period", "days", "period length", "window", "window days", "zeitraum", "tage", "zeitraum tage"});
    case FieldId::SnapshotRevenue:
        return words({"revenue", "sales", "gmv", "net sales", "gross sales", "total sales", "net revenue", "turnover",
                      "umsatz", "nettoumsatz", "bruttoumsatz", "erlös", "erlöse"});
    case FieldId::SnapshotOrders:
        return words({"order count", "number of orders", "no. of orders", "total orders", "orders count",
                      "bestellungen", "anzahl bestellungen", "aufträge"});
    case FieldId::SnapshotReturnedOrders:
        return words({"returns", "returned", "number of returns", "returns count", "retouren", "rücksendungen",
                      "anzahl retouren"});
    case FieldId::SnapshotReturnRate:
        return words({"returns rate", "return %", "returns %", "return rate %", "return percentage", "retourenquote",
                      "retourquote", "rücksendequote"});
    case FieldId::SnapshotListingQuality:
        return words({"listing score", "quality score", "listing quality score", "listing-qualität", "angebotsqualität",
                      "qualitätsscore"});
    case FieldId::SnapshotCsat:
        return words({"customer satisfaction", "satisfaction", "average rating", "avg rating", "rating",
                      "seller rating", "review score", "stars", "kundenzufriedenheit", "durchschnittsbewertung",
                      "bewertung"});
    case FieldId::SnapshotPriceCompetitiveness:
        return words({"price index", "price ratio", "relative price", "preisindex", "preiswettbewerbsfähigkeit"});
    case FieldId::SnapshotInventoryTurnover:
        return words({"stock turnover", "inventory turns", "stock turns", "lagerumschlag", "lagerumschlagshäufigkeit"});
    case FieldId::SnapshotRepeatPurchaseRate:
        return words({"repeat rate", "repeat customer rate", "returning customer rate", "repeat purchase %",
                      "wiederkaufrate", "wiederkaufquote", "stammkundenquote"});
    // A mentor file's columns (the mentor import): the names coordinators' spreadsheets and HR
    // exports give them, in English and German.
    case FieldId::MentorExternalId:
        return words({"mentor id", "mentor number", "mentor no", "mentor-id", "mentornummer", "external id", "id"});
    case FieldId::MentorName:
        return words({"mentor name", "full name", "mentor", "vollständiger name", "vor- und nachname"});
    case FieldId::MentorEmail:
        return words(
            {"email", "e-mail address", "email address", "mail", "mentor email", "e-mail-adresse", "mailadresse"});
    case FieldId::MentorPhone:
        return words(
            {"phone number", "phone", "telephone", "tel", "mobile", "telefonnummer", "telefon", "handy", "mobil"});
    case FieldId::MentorCategories:
        return words({"category", "expertise categories", "kategorien", "kategorie", "fachgebiete", "warengruppen"});
    case FieldId::MentorIndustries:
        return words({"industry", "sectors", "branchen", "branche"});
    case FieldId::MentorSkills:
        return words({"skill levels", "expertise", "fähigkeiten", "kompetenzen", "stärken"});
    case FieldId::MentorCoachingStyle:
        return words({"style", "mentoring style", "coaching-stil", "stil"});
    case FieldId::MentorCommunication:
        return words({"communication preference", "preferred communication", "kommunikation"});
    case FieldId::MentorCountry:
        return words({"country code", "land", "ländercode", "landescode"});
    case FieldId::MentorTimeZone:
        return words({"timezone", "tz", "zeitzone"});
    case FieldId::MentorWeeklyHours:
        return words({"hours per week", "weekly hours", "stunden pro woche", "wochenstunden"});
    case FieldId::MentorCapacity:
        return words({"max mentees", "mentee capacity", "kapazität", "max. mentees", "plätze"});
    case FieldId::MentorRecognitionTier:
        return words({"recognition tier", "tier", "anerkennung", "stufe"});
    case FieldId::MentorStipendRate:
        return words({"stipend", "monthly stipend", "stipend rate", "aufwandsentschädigung", "honorar"});
    case FieldId::MentorActive:
        return words({"is active", "enabled", "aktiv"});
    case FieldId::MentorLanguages:
        return words({"spoken languages", "language", "sprachen", "sprache"});
    case FieldId::MentorChannels:
        return words({"sales channels", "channel", "kanäle", "vertriebskanäle", "kanal"});
    case FieldId::MentorMaxSalesVelocity:
        return words({"max orders per week", "max sales velocity", "max. bestellungen pro woche"});
    case FieldId::MentorMaxInventoryComplexity:
        return words({"max inventory complexity", "max complexity", "max. sortimentskomplexität"});
    case FieldId::MentorBestGrowth:
        return words({"best growth", "best annual growth", "bestes wachstum"});
    case FieldId::MentorWorkStart:
        return words({"work start", "working hours start", "arbeitsbeginn"});
    case FieldId::MentorWorkEnd:
        return words({"work end", "working hours end", "arbeitsende"});
    default:
        return {};
    }
}

} // namespace mentordesk
