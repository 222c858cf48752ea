// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportField.h"

#include <QCoreApplication>
#include <QHash>

#include <limits>

namespace mentordesk {

namespace {

constexpr double kUnbounded = std::numeric_limits<double>::infinity();

QStringList words(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* word : list)
        result << QString::fromUtf8(word);
    return result;
}

// The codes and labels are WorkspaceSpecs.cpp's; the synonyms are what back-office exports and
// hand-made spreadsheets write instead, in English and German (the coordinators' main languages).
const QVector<ImportField::Choice> kChannels = {
    {QStringLiteral("own_storefront"), QT_TRANSLATE_NOOP("Choices", "Own storefront"),
     words({"own store", "own shop", "storefront", "website", "web shop", "online shop", "shop", "eigener shop",
            "webseite"})},
    {QStringLiteral("marketplace_app"), QT_TRANSLATE_NOOP("Choices", "Marketplace app"),
     words({"app", "marketplace", "mobile app", "marktplatz", "marktplatz app"})},
    {QStringLiteral("wholesale"), QT_TRANSLATE_NOOP("Choices", "Wholesale"), words({"b2b", "großhandel"})},
    {QStringLiteral("social"), QT_TRANSLATE_NOOP("Choices", "Social"),
     words({"social media", "social commerce", "soziale medien"})},
};
const QVector<ImportField::Choice> kSellerStatuses = {
    {QStringLiteral("prospect"), QT_TRANSLATE_NOOP("Choices", "Not enrolled"),
     words({"lead", "candidate", "new", "interessent", "nicht eingeschrieben"})},
    {QStringLiteral("enrolled"), QT_TRANSLATE_NOOP("Choices", "Enrolled"),
     words({"active", "in program", "in programme", "eingeschrieben", "aktiv"})},
    {QStringLiteral("graduated"), QT_TRANSLATE_NOOP("Choices", "Graduated"),
     words({"completed", "alumni", "alumnus", "abgeschlossen"})},
    {QStringLiteral("withdrawn"), QT_TRANSLATE_NOOP("Choices", "Withdrawn"),
     words({"dropped", "dropped out", "left", "quit", "ausgestiegen", "abgebrochen"})},
};
const QVector<ImportField::Choice> kTiers = {
    {QStringLiteral("standard"), QT_TRANSLATE_NOOP("Choices", "Standard"), words({"regular", "normal", "default"})},
    {QStringLiteral("high_potential"), QT_TRANSLATE_NOOP("Choices", "High potential"),
     words({"hipo", "high", "top", "hohes potenzial", "potenzial"})},
};
const QVector<ImportField::Choice> kStyles = {
    {QStringLiteral("data_driven"), QT_TRANSLATE_NOOP("Choices", "Data-driven"),
     words({"data", "analytical", "numbers", "datengetrieben", "analytisch"})},
    {QStringLiteral("intuitive"), QT_TRANSLATE_NOOP("Choices", "Intuitive"),
     words({"intuition", "gut feeling", "intuitiv"})},
};
const QVector<ImportField::Choice> kCommunication = {
    {QStringLiteral("async"), QT_TRANSLATE_NOOP("Choices", "Async"),
     words({"asynchronous", "email", "chat", "messages", "written", "asynchron", "schriftlich"})},
    {QStringLiteral("live"), QT_TRANSLATE_NOOP("Choices", "Live"),
     words({"call", "video", "video call", "phone", "synchronous", "in person", "telefon", "persönlich"})},
};

ImportField field(const char* key, const char* title, ImportValueType type)
{
    ImportField result;
    result.key = QLatin1String(key);
    result.title = title;
    result.type = type;
    return result;
}

ImportField required(ImportField result)
{
    result.required = true;
    return result;
}

ImportField ranged(ImportField result, double minimum, double maximum)
{
    result.hasRange = true;
    result.minimum = minimum;
    result.maximum = maximum;
    return result;
}

ImportField metric(ImportField result)
{
    result.isMetric = true;
    return result;
}

ImportField choice(const char* key, const char* title, const QVector<ImportField::Choice>& choices)
{
    ImportField result = field(key, title, ImportValueType::Choice);
    result.choices = choices;
    return result;
}

const char* const kSellerIdTitle = QT_TRANSLATE_NOOP("Fields", "Seller ID");
const char* const kSnapshotDateTitle = QT_TRANSLATE_NOOP("Fields", "Metrics as of");

/// The metrics of a snapshot, as the seller_metric_snapshots CHECKs of the schema bound them.
/// Return rate is not a column: the commit derives returned orders from it and the orders.
QVector<ImportField> snapshotFields()
{
    ImportField priceCompetitiveness = metric(ranged(
        field("price_competitiveness", QT_TRANSLATE_NOOP("Fields", "Price competitiveness"), ImportValueType::Real), 0,
        kUnbounded));
    priceCompetitiveness.minimumExclusive = true; // a ratio to the category median price
    return {
        ranged(field("period_days", QT_TRANSLATE_NOOP("Fields", "Period (days)"), ImportValueType::Integer), 1,
               kUnbounded),
        metric(ranged(field("revenue", QT_TRANSLATE_NOOP("Fields", "Revenue"), ImportValueType::Real), 0, 1e12)),
        metric(ranged(field("orders", QT_TRANSLATE_NOOP("Fields", "Orders"), ImportValueType::Integer), 0, kUnbounded)),
        metric(
            ranged(field("returned_orders", QT_TRANSLATE_NOOP("Fields", "Returned orders"), ImportValueType::Integer),
                   0, kUnbounded)),
        metric(ranged(field("return_rate", QT_TRANSLATE_NOOP("Fields", "Return rate"), ImportValueType::Rate), 0, 1)),
        metric(ranged(field("listing_quality", QT_TRANSLATE_NOOP("Fields", "Listing quality"), ImportValueType::Real),
                      0, 100)),
        metric(ranged(field("csat", QT_TRANSLATE_NOOP("Fields", "CSAT"), ImportValueType::Real), 1, 5)),
        priceCompetitiveness,
        metric(ranged(
            field("inventory_turnover", QT_TRANSLATE_NOOP("Fields", "Inventory turnover"), ImportValueType::Real), 0,
            kUnbounded)),
        metric(ranged(
            field("repeat_purchase_rate", QT_TRANSLATE_NOOP("Fields", "Repeat purchase rate"), ImportValueType::Rate),
            0, 1)),
    };
}

QVector<ImportField> makeSellerFields()
{
    // Channel, status and tier are required in the workspace, which always has a value to show; an
    // import may leave them out, and the commit keeps the seller's value or the schema's default.
    QVector<ImportField> fields = {
        required(field("external_id", kSellerIdTitle, ImportValueType::Text)),
        field("shop_name", QT_TRANSLATE_NOOP("Fields", "Shop"), ImportValueType::Text),
        field("contact_name", QT_TRANSLATE_NOOP("Fields", "Contact"), ImportValueType::Text),
        field("email", QT_TRANSLATE_NOOP("Fields", "E-mail"), ImportValueType::Email),
        field("phone", QT_TRANSLATE_NOOP("Fields", "Phone"), ImportValueType::Text),
        field("category", QT_TRANSLATE_NOOP("Fields", "Category"), ImportValueType::Text),
        choice("channel", QT_TRANSLATE_NOOP("Fields", "Channel"), kChannels),
        field("country", QT_TRANSLATE_NOOP("Fields", "Country"), ImportValueType::Text),
        field("time_zone", QT_TRANSLATE_NOOP("Fields", "Time zone"), ImportValueType::Text),
        choice("status", QT_TRANSLATE_NOOP("Fields", "Status"), kSellerStatuses),
        choice("tier", QT_TRANSLATE_NOOP("Fields", "Tier"), kTiers),
        field("signup_date", QT_TRANSLATE_NOOP("Fields", "Signed up"), ImportValueType::Date),
        field("enrolment_date", QT_TRANSLATE_NOOP("Fields", "Enrolled"), ImportValueType::Date),
        field("first_sale_date", QT_TRANSLATE_NOOP("Fields", "First sale"), ImportValueType::Date),
        ranged(field("growth_target", QT_TRANSLATE_NOOP("Fields", "Growth target"), ImportValueType::Real), 0, 1e9),
        ranged(field("sales_velocity", QT_TRANSLATE_NOOP("Fields", "Orders/week"), ImportValueType::Real), 0, 100000),
        ranged(field("inventory_complexity", QT_TRANSLATE_NOOP("Fields", "Inventory complexity"),
                     ImportValueType::Integer),
               1, 5),
        ranged(field("weekly_hours", QT_TRANSLATE_NOOP("Fields", "Hours/week"), ImportValueType::Real), 0, 80),
        choice("coaching_style", QT_TRANSLATE_NOOP("Fields", "Coaching style"), kStyles),
        choice("communication", QT_TRANSLATE_NOOP("Fields", "Communication"), kCommunication),
        field("pain_points", QT_TRANSLATE_NOOP("Fields", "Pain points"), ImportValueType::Text),
        field("consent_anonymised", QT_TRANSLATE_NOOP("Fields", "Consent"), ImportValueType::Boolean),
        // Optional here: without it the snapshot takes the export date the user gives.
        field("snapshot_date", kSnapshotDateTitle, ImportValueType::Date),
    };
    fields += snapshotFields();
    return fields;
}

QVector<ImportField> makeMetricFields()
{
    QVector<ImportField> fields = {
        required(field("external_id", kSellerIdTitle, ImportValueType::Text)),
        required(field("snapshot_date", kSnapshotDateTitle, ImportValueType::Date)),
    };
    fields += snapshotFields();
    return fields;
}

/// The names back-office exports, shop platforms and hand-made spreadsheets give each field's
/// column, beyond its key and title, most specific first: when two headers fit one field, the one
/// matching the earlier name wins ("Merchant ID" over a row number called "ID"). One table for both
/// kinds because a key means the same in both. Spaces, case, punctuation and umlauts do not matter
/// ("Händler-ID" = "haendler id"); a "%" is kept as the word "percent", and a header's bracketed
/// unit ("Umsatz (€)") is tried without it.
const QHash<QString, QStringList>& headerSynonymTable()
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("external_id"), words({"seller id", "seller number", "shop id", "store id", "merchant id",
                                               "vendor id", "partner id", "account id", "external id", "händler-id",
                                               "händlernummer", "verkäufer-id", "verkäufernummer", "shop-id", "id"})},
        {QStringLiteral("shop_name"), words({"shop name", "store name", "shop", "store", "seller name", "merchant name",
                                             "vendor name", "business name", "company", "company name", "shop title",
                                             "firma", "firmenname", "händlername", "verkäufername", "geschäftsname"})},
        {QStringLiteral("contact_name"),
         words({"contact name", "contact person", "contact", "owner name", "owner", "full name", "name",
                "ansprechpartner", "ansprechperson", "kontaktperson", "kontakt", "inhaber"})},
        {QStringLiteral("email"), words({"email", "e-mail address", "email address", "mail", "contact email",
                                         "seller email", "e-mail-adresse", "mailadresse"})},
        {QStringLiteral("phone"),
         words({"phone number", "phone", "telephone", "tel", "mobile", "telefonnummer", "telefon", "handy", "mobil"})},
        {QStringLiteral("category"), words({"main category", "primary category", "product category", "shop category",
                                            "vertical", "kategorie", "hauptkategorie", "warengruppe"})},
        {QStringLiteral("channel"),
         words({"sales channel", "main channel", "primary channel", "vertriebskanal", "verkaufskanal", "kanal"})},
        {QStringLiteral("country"), words({"country code", "country", "land", "ländercode", "landescode"})},
        {QStringLiteral("time_zone"), words({"timezone", "tz", "zeitzone"})},
        {QStringLiteral("status"), words({"program status", "programme status", "enrolment status", "enrollment status",
                                          "seller status", "programmstatus"})},
        {QStringLiteral("tier"), words({"seller tier", "segment", "potential", "stufe", "potenzial"})},
        {QStringLiteral("signup_date"),
         words({"signup date", "sign-up date", "registration date", "registered", "registered on", "join date",
                "joined", "created at", "created", "shop opened", "registrierungsdatum", "registriert am",
                "anmeldedatum"})},
        {QStringLiteral("enrolment_date"),
         words({"enrolment date", "enrollment date", "enrolled on", "program start", "programme start", "start date",
                "eingeschrieben am", "programmstart"})},
        {QStringLiteral("first_sale_date"), words({"first sale date", "first sale", "first order date", "first order",
                                                   "erster verkauf", "erste bestellung"})},
        {QStringLiteral("growth_target"), words({"growth target", "revenue target", "sales target", "target", "goal",
                                                 "wachstumsziel", "umsatzziel", "ziel"})},
        {QStringLiteral("sales_velocity"),
         words({"orders per week", "weekly orders", "sales velocity", "bestellungen pro woche"})},
        {QStringLiteral("inventory_complexity"),
         words({"catalogue complexity", "catalog complexity", "complexity", "sortimentskomplexität", "komplexität"})},
        {QStringLiteral("weekly_hours"), words({"hours per week", "weekly hours", "time per week", "availability",
                                                "stunden pro woche", "wochenstunden"})},
        {QStringLiteral("coaching_style"), words({"learning style", "style", "coaching-stil", "lernstil"})},
        {QStringLiteral("communication"),
         words({"communication preference", "preferred communication", "contact preference", "kommunikation"})},
        {QStringLiteral("pain_points"),
         words({"challenges", "problems", "issues", "notes", "herausforderungen", "probleme", "notizen"})},
        {QStringLiteral("consent_anonymised"), words({"consent anonymised", "consent anonymized", "data consent",
                                                      "gdpr consent", "einwilligung", "datenschutz-einwilligung"})},
        {QStringLiteral("snapshot_date"),
         words({"snapshot date", "export date", "report date", "metrics date", "as of", "as of date", "period end",
                "week ending", "stichtag", "exportdatum", "stand", "datum", "date"})},
        {QStringLiteral("period_days"),
         words({"period", "days", "period length", "window", "window days", "zeitraum", "tage", "zeitraum tage"})},
        {QStringLiteral("revenue"),
         words({"revenue", "sales", "gmv", "net sales", "gross sales", "total sales", "net revenue", "turnover",
                "umsatz", "nettoumsatz", "bruttoumsatz", "erlös", "erlöse"})},
        {QStringLiteral("orders"), words({"order count", "number of orders", "no. of orders", "total orders",
                                          "orders count", "bestellungen", "anzahl bestellungen", "aufträge"})},
        {QStringLiteral("returned_orders"), words({"returns", "returned", "number of returns", "returns count",
                                                   "retouren", "rücksendungen", "anzahl retouren"})},
        {QStringLiteral("return_rate"), words({"returns rate", "return %", "returns %", "return rate %",
                                               "return percentage", "retourenquote", "retourquote", "rücksendequote"})},
        {QStringLiteral("listing_quality"), words({"listing score", "quality score", "listing quality score",
                                                   "listing-qualität", "angebotsqualität", "qualitätsscore"})},
        {QStringLiteral("csat"),
         words({"customer satisfaction", "satisfaction", "average rating", "avg rating", "rating", "seller rating",
                "review score", "stars", "kundenzufriedenheit", "durchschnittsbewertung", "bewertung"})},
        {QStringLiteral("price_competitiveness"),
         words({"price index", "price ratio", "relative price", "preisindex", "preiswettbewerbsfähigkeit"})},
        {QStringLiteral("inventory_turnover"),
         words({"stock turnover", "inventory turns", "stock turns", "lagerumschlag", "lagerumschlagshäufigkeit"})},
        {QStringLiteral("repeat_purchase_rate"),
         words({"repeat rate", "repeat customer rate", "returning customer rate", "repeat purchase %", "wiederkaufrate",
                "wiederkaufquote", "stammkundenquote"})},
    };
    return table;
}

QVector<ImportField> withHeaderSynonyms(QVector<ImportField> fields)
{
    for (ImportField& field : fields)
        field.headerSynonyms = headerSynonymTable().value(field.key);
    return fields;
}

} // namespace

QString ImportField::translatedTitle() const
{
    return QCoreApplication::translate("Fields", title);
}

const QVector<ImportField>& ImportField::fields(ImportKind kind)
{
    static const QVector<ImportField> sellerFields = withHeaderSynonyms(makeSellerFields());
    static const QVector<ImportField> metricFields = withHeaderSynonyms(makeMetricFields());
    return kind == ImportKind::SellerProfiles ? sellerFields : metricFields;
}

int ImportField::indexOf(ImportKind kind, QStringView key)
{
    const QVector<ImportField>& list = fields(kind);
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).key == key)
            return i;
    }
    return -1;
}

} // namespace mentordesk
