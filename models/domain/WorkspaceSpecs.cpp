// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceSpecs.h"

#include <QtGlobal>

namespace mentordesk {

namespace {

const QVector<Choice> kChannels = {
    {QStringLiteral("own_storefront"), QT_TRANSLATE_NOOP("Choices", "Own storefront")},
    {QStringLiteral("marketplace_app"), QT_TRANSLATE_NOOP("Choices", "Marketplace app")},
    {QStringLiteral("wholesale"), QT_TRANSLATE_NOOP("Choices", "Wholesale")},
    {QStringLiteral("social"), QT_TRANSLATE_NOOP("Choices", "Social")},
};
const QVector<Choice> kSellerStatuses = {
    {QStringLiteral("prospect"), QT_TRANSLATE_NOOP("Choices", "Not enrolled")},
    {QStringLiteral("enrolled"), QT_TRANSLATE_NOOP("Choices", "Enrolled")},
    {QStringLiteral("graduated"), QT_TRANSLATE_NOOP("Choices", "Graduated")},
    {QStringLiteral("withdrawn"), QT_TRANSLATE_NOOP("Choices", "Withdrawn")},
};
const QVector<Choice> kTiers = {
    {QStringLiteral("standard"), QT_TRANSLATE_NOOP("Choices", "Standard")},
    {QStringLiteral("high_potential"), QT_TRANSLATE_NOOP("Choices", "High potential")},
};
const QVector<Choice> kStyles = {
    {QStringLiteral("data_driven"), QT_TRANSLATE_NOOP("Choices", "Data-driven")},
    {QStringLiteral("intuitive"), QT_TRANSLATE_NOOP("Choices", "Intuitive")},
};
const QVector<Choice> kCommunication = {
    {QStringLiteral("async"), QT_TRANSLATE_NOOP("Choices", "Async")},
    {QStringLiteral("live"), QT_TRANSLATE_NOOP("Choices", "Live")},
};
const QVector<Choice> kRecognitionTiers = {
    {QStringLiteral("none"), QT_TRANSLATE_NOOP("Choices", "None")},
    {QStringLiteral("bronze"), QT_TRANSLATE_NOOP("Choices", "Bronze")},
    {QStringLiteral("silver"), QT_TRANSLATE_NOOP("Choices", "Silver")},
    {QStringLiteral("gold"), QT_TRANSLATE_NOOP("Choices", "Gold")},
};

// Facet values by skip-scan: one index seek per distinct value instead of reading every row,
// which matters with a million sellers.
const QString kSellerCategoryValues = QStringLiteral(
    "WITH RECURSIVE v(value) AS ("
    " SELECT (SELECT category FROM sellers WHERE category > '' COLLATE NOCASE ORDER BY category COLLATE NOCASE LIMIT 1)"
    " UNION ALL SELECT (SELECT category FROM sellers WHERE category > v.value COLLATE NOCASE"
    "  ORDER BY category COLLATE NOCASE LIMIT 1) FROM v WHERE v.value IS NOT NULL)"
    " SELECT value, value FROM v WHERE value IS NOT NULL");
const QString kSellerCountryValues =
    QStringLiteral("WITH RECURSIVE v(value) AS (SELECT (SELECT min(country) FROM sellers WHERE country > '')"
                   " UNION ALL SELECT (SELECT min(country) FROM sellers WHERE country > v.value) FROM v"
                   " WHERE v.value IS NOT NULL) SELECT value, value FROM v WHERE value IS NOT NULL");
const QString kMentorCountryValues =
    QStringLiteral("WITH RECURSIVE v(value) AS (SELECT (SELECT min(country) FROM mentors WHERE country > '')"
                   " UNION ALL SELECT (SELECT min(country) FROM mentors WHERE country > v.value) FROM v"
                   " WHERE v.value IS NOT NULL) SELECT value, value FROM v WHERE value IS NOT NULL");

FieldSpec text(const char* key, const char* title, int width, const char* sort = nullptr)
{
    FieldSpec field;
    field.key = QLatin1String(key);
    field.title = title;
    field.defaultWidth = width;
    if (sort)
        field.sortExpression = QLatin1String(sort);
    return field;
}

FieldSpec typed(FieldType type, const char* key, const char* title, int width, const char* sort = nullptr)
{
    FieldSpec field = text(key, title, width, sort);
    field.type = type;
    return field;
}

FieldSpec choice(const char* key, const char* title, const QVector<Choice>& choices, bool required, int width,
                 const char* sort = nullptr)
{
    FieldSpec field = typed(FieldType::Choice, key, title, width, sort);
    field.choices = choices;
    field.required = required;
    return field;
}

FieldSpec number(FieldType type, const char* key, const char* title, double minimum, double maximum, int decimals,
                 int width, const char* sort = nullptr)
{
    FieldSpec field = typed(type, key, title, width, sort);
    field.hasRange = true;
    field.minimum = minimum;
    field.maximum = maximum;
    field.decimals = decimals;
    return field;
}

FieldSpec computed(FieldType type, const char* key, const char* title, const char* select, int width,
                   const char* sort = nullptr)
{
    FieldSpec field = typed(type, key, title, width, sort);
    field.selectExpression = QLatin1String(select);
    field.editable = false;
    return field;
}

FieldSpec hidden(FieldSpec field)
{
    field.visibleByDefault = false;
    return field;
}

FieldSpec requiredField(FieldSpec field)
{
    field.required = true;
    return field;
}

FieldSpec readOnly(FieldSpec field)
{
    field.editable = false;
    return field;
}

TableSpec makeSellerSpec()
{
    TableSpec spec;
    spec.entity = EntityKind::Seller;
    spec.table = QStringLiteral("sellers");
    spec.searchIndex = QStringLiteral("seller_search");
    spec.searchColumns = {QStringLiteral("t.external_id"), QStringLiteral("t.shop_name"),
                          QStringLiteral("t.contact_name"), QStringLiteral("t.email")};
    spec.displayNameExpression = QStringLiteral("t.shop_name");
    spec.fields = {
        requiredField(text("external_id", QT_TRANSLATE_NOOP("Fields", "Seller ID"), 100, "t.external_id")),
        text("shop_name", QT_TRANSLATE_NOOP("Fields", "Shop"), 200, "t.shop_name COLLATE NOCASE"),
        text("contact_name", QT_TRANSLATE_NOOP("Fields", "Contact"), 150, "t.contact_name COLLATE NOCASE"),
        typed(FieldType::Email, "email", QT_TRANSLATE_NOOP("Fields", "E-mail"), 200, "t.email COLLATE NOCASE"),
        hidden(text("phone", QT_TRANSLATE_NOOP("Fields", "Phone"), 120)),
        text("category", QT_TRANSLATE_NOOP("Fields", "Category"), 150, "t.category COLLATE NOCASE"),
        choice("channel", QT_TRANSLATE_NOOP("Fields", "Channel"), kChannels, true, 120, "t.channel"),
        text("country", QT_TRANSLATE_NOOP("Fields", "Country"), 70, "t.country"),
        hidden(text("time_zone", QT_TRANSLATE_NOOP("Fields", "Time zone"), 130)),
        choice("status", QT_TRANSLATE_NOOP("Fields", "Status"), kSellerStatuses, true, 100, "t.status"),
        choice("tier", QT_TRANSLATE_NOOP("Fields", "Tier"), kTiers, true, 110, "t.tier"),
        computed(FieldType::Text, "cohort", QT_TRANSLATE_NOOP("Fields", "Cohort"),
                 "(SELECT c.name FROM cohort_members cm JOIN cohorts c ON c.id = cm.cohort_id "
                 "WHERE cm.seller_id = t.id)",
                 140),
        hidden(typed(FieldType::Date, "signup_date", QT_TRANSLATE_NOOP("Fields", "Signed up"), 100,
                     "IFNULL(t.signup_date, '')")),
        typed(FieldType::Date, "enrolment_date", QT_TRANSLATE_NOOP("Fields", "Enrolled"), 100,
              "IFNULL(t.enrolment_date, '')"),
        hidden(typed(FieldType::Date, "first_sale_date", QT_TRANSLATE_NOOP("Fields", "First sale"), 100)),
        hidden(number(FieldType::Real, "growth_target", QT_TRANSLATE_NOOP("Fields", "Growth target"), 0, 1e9, 0, 110)),
        number(FieldType::Real, "sales_velocity", QT_TRANSLATE_NOOP("Fields", "Orders/week"), 0, 100000, 1, 95),
        hidden(number(FieldType::Integer, "inventory_complexity", QT_TRANSLATE_NOOP("Fields", "Inventory complexity"),
                      1, 5, 0, 80)),
        hidden(number(FieldType::Real, "weekly_hours", QT_TRANSLATE_NOOP("Fields", "Hours/week"), 0, 80, 1, 85)),
        hidden(choice("coaching_style", QT_TRANSLATE_NOOP("Fields", "Coaching style"), kStyles, false, 110)),
        hidden(choice("communication", QT_TRANSLATE_NOOP("Fields", "Communication"), kCommunication, false, 110)),
        hidden(text("pain_points", QT_TRANSLATE_NOOP("Fields", "Pain points"), 200)),
        hidden(typed(FieldType::Boolean, "consent_anonymised", QT_TRANSLATE_NOOP("Fields", "Consent"), 70)),
        readOnly(number(FieldType::Real, "latest_revenue", QT_TRANSLATE_NOOP("Fields", "Revenue"), 0, 1e12, 2, 110,
                        "IFNULL(t.latest_revenue, -1)")),
        readOnly(number(FieldType::Real, "latest_listing_quality", QT_TRANSLATE_NOOP("Fields", "Listing quality"), 0,
                        100, 0, 100, "IFNULL(t.latest_listing_quality, -1)")),
        hidden(readOnly(
            typed(FieldType::Date, "latest_snapshot_date", QT_TRANSLATE_NOOP("Fields", "Metrics as of"), 100))),
    };
    spec.facets = {
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("Fields", "Category"),
         QStringLiteral("t.category = ? COLLATE NOCASE"), kSellerCategoryValues, -1},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Fields", "Status"), QStringLiteral("t.status = ?"), QString(),
         spec.fieldIndex(QStringLiteral("status"))},
        {QStringLiteral("cohort"), QT_TRANSLATE_NOOP("Fields", "Cohort"),
         QStringLiteral("t.id IN (SELECT seller_id FROM cohort_members WHERE cohort_id = ?)"),
         QStringLiteral("SELECT id, name FROM cohorts ORDER BY start_date DESC"), -1},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("Fields", "Country"), QStringLiteral("t.country = ?"),
         kSellerCountryValues, -1},
    };
    return spec;
}

TableSpec makeMentorSpec()
{
    TableSpec spec;
    spec.entity = EntityKind::Mentor;
    spec.table = QStringLiteral("mentors");
    spec.searchColumns = {QStringLiteral("t.name"), QStringLiteral("t.email"), QStringLiteral("t.categories"),
                          QStringLiteral("t.industries")};
    spec.displayNameExpression = QStringLiteral("t.name");
    spec.fields = {
        requiredField(text("name", QT_TRANSLATE_NOOP("Fields", "Name"), 180, "t.name COLLATE NOCASE")),
        typed(FieldType::Email, "email", QT_TRANSLATE_NOOP("Fields", "E-mail"), 200, "t.email COLLATE NOCASE"),
        hidden(text("phone", QT_TRANSLATE_NOOP("Fields", "Phone"), 120)),
        text("categories", QT_TRANSLATE_NOOP("Fields", "Categories"), 220),
        hidden(text("industries", QT_TRANSLATE_NOOP("Fields", "Industries"), 160)),
        computed(FieldType::Text, "skills", QT_TRANSLATE_NOOP("Fields", "Skills"),
                 "(SELECT group_concat(replace(skill, '_', ' '), ', ') FROM mentor_skills s "
                 "WHERE s.mentor_id = t.id)",
                 240),
        choice("coaching_style", QT_TRANSLATE_NOOP("Fields", "Coaching style"), kStyles, false, 110),
        choice("communication", QT_TRANSLATE_NOOP("Fields", "Communication"), kCommunication, false, 110),
        text("country", QT_TRANSLATE_NOOP("Fields", "Country"), 70, "t.country"),
        hidden(text("time_zone", QT_TRANSLATE_NOOP("Fields", "Time zone"), 130)),
        number(FieldType::Real, "weekly_hours", QT_TRANSLATE_NOOP("Fields", "Hours/week"), 0, 80, 1, 85,
               "IFNULL(t.weekly_hours, -1)"),
        requiredField(number(FieldType::Integer, "capacity", QT_TRANSLATE_NOOP("Fields", "Capacity"), 0, 50, 0, 75,
                             "t.capacity")),
        computed(FieldType::Integer, "open_pairings", QT_TRANSLATE_NOOP("Fields", "Mentees"),
                 "(SELECT count(*) FROM pairings p WHERE p.mentor_id = t.id AND p.status <> 'ended')", 75,
                 "(SELECT count(*) FROM pairings p WHERE p.mentor_id = t.id AND p.status <> 'ended')"),
        choice("recognition_tier", QT_TRANSLATE_NOOP("Fields", "Recognition"), kRecognitionTiers, true, 100,
               "t.recognition_tier"),
        number(FieldType::Real, "stipend_rate", QT_TRANSLATE_NOOP("Fields", "Stipend/month"), 0, 100000, 2, 105,
               "IFNULL(t.stipend_rate, -1)"),
        typed(FieldType::Boolean, "active", QT_TRANSLATE_NOOP("Fields", "Active"), 60),
    };
    spec.facets = {
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("Fields", "Category"),
         // Categories are stored as "A, B, C": match a whole entry, not a part of one.
         QStringLiteral("instr(lower(', ' || t.categories || ', '), lower(', ' || ? || ', ')) > 0"),
         kSellerCategoryValues, -1},
        {QStringLiteral("recognition_tier"), QT_TRANSLATE_NOOP("Fields", "Recognition"),
         QStringLiteral("t.recognition_tier = ?"), QString(), spec.fieldIndex(QStringLiteral("recognition_tier"))},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("Fields", "Country"), QStringLiteral("t.country = ?"),
         kMentorCountryValues, -1},
    };
    return spec;
}

TableSpec makeCohortSpec()
{
    TableSpec spec;
    spec.entity = EntityKind::Cohort;
    spec.table = QStringLiteral("cohorts");
    spec.searchColumns = {QStringLiteral("t.name"), QStringLiteral("t.focus_category"), QStringLiteral("t.notes")};
    spec.displayNameExpression = QStringLiteral("t.name");
    spec.fields = {
        requiredField(text("name", QT_TRANSLATE_NOOP("Fields", "Name"), 200, "t.name")),
        requiredField(typed(FieldType::Date, "start_date", QT_TRANSLATE_NOOP("Fields", "Starts"), 100, "t.start_date")),
        typed(FieldType::Date, "end_date", QT_TRANSLATE_NOOP("Fields", "Ends"), 100, "IFNULL(t.end_date, '')"),
        text("focus_category", QT_TRANSLATE_NOOP("Fields", "Focus category"), 170, "t.focus_category"),
        number(FieldType::Integer, "roundtable_day", QT_TRANSLATE_NOOP("Fields", "Roundtable day"), 1, 28, 0, 110),
        computed(FieldType::Integer, "members", QT_TRANSLATE_NOOP("Fields", "Members"),
                 "(SELECT count(*) FROM cohort_members cm WHERE cm.cohort_id = t.id)", 80,
                 "(SELECT count(*) FROM cohort_members cm WHERE cm.cohort_id = t.id)"),
        text("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), 260),
    };
    spec.facets = {
        {QStringLiteral("focus_category"), QT_TRANSLATE_NOOP("Fields", "Focus category"),
         QStringLiteral("t.focus_category = ?"),
         QStringLiteral("SELECT DISTINCT focus_category, focus_category FROM cohorts WHERE focus_category <> '' "
                        "ORDER BY 1"),
         -1},
    };
    return spec;
}

} // namespace

const TableSpec& sellerTableSpec()
{
    static const TableSpec spec = makeSellerSpec();
    return spec;
}

const TableSpec& mentorTableSpec()
{
    static const TableSpec spec = makeMentorSpec();
    return spec;
}

const TableSpec& cohortTableSpec()
{
    static const TableSpec spec = makeCohortSpec();
    return spec;
}

const FieldSpec& pairingStatusField()
{
    static const FieldSpec field = choice("status", QT_TRANSLATE_NOOP("Fields", "Status"),
                                          {{QStringLiteral("trial"), QT_TRANSLATE_NOOP("Choices", "Trial")},
                                           {QStringLiteral("active"), QT_TRANSLATE_NOOP("Choices", "Active")},
                                           {QStringLiteral("ended"), QT_TRANSLATE_NOOP("Choices", "Ended")}},
                                          true, 80);
    return field;
}

const FieldSpec& pairingEndReasonField()
{
    static const FieldSpec field =
        choice("end_reason", QT_TRANSLATE_NOOP("Fields", "End reason"),
               {{QStringLiteral("completed"), QT_TRANSLATE_NOOP("Choices", "Completed")},
                {QStringLiteral("mismatch"), QT_TRANSLATE_NOOP("Choices", "Mismatch")},
                {QStringLiteral("mentee_withdrew"), QT_TRANSLATE_NOOP("Choices", "Mentee withdrew")},
                {QStringLiteral("mentor_unavailable"), QT_TRANSLATE_NOOP("Choices", "Mentor unavailable")},
                {QStringLiteral("rematched"), QT_TRANSLATE_NOOP("Choices", "Re-matched")},
                {QStringLiteral("other"), QT_TRANSLATE_NOOP("Choices", "Other")}},
               false, 120);
    return field;
}

} // namespace mentordesk
