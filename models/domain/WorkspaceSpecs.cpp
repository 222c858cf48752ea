// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceSpecs.h"

#include "FieldCatalogue.h"

#include <QtGlobal>

namespace mentordesk {

namespace {

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

QVector<FieldSpec> workspaceFields(EntityKind table)
{
    QVector<FieldSpec> fields;
    for (const FieldSpec& field : fieldCatalogue())
        if (field.table == table && field.inWorkspace)
            fields << field;
    return fields;
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
    spec.fields = workspaceFields(EntityKind::Seller);
    spec.facets = {
        {fieldKey(FieldId::SellerCategory), catalogueField(FieldId::SellerCategory).title,
         QStringLiteral("t.category = ? COLLATE NOCASE"), kSellerCategoryValues, -1},
        {fieldKey(FieldId::SellerStatus), catalogueField(FieldId::SellerStatus).title, QStringLiteral("t.status = ?"),
         QString(), spec.fieldIndex(fieldKey(FieldId::SellerStatus))},
        {fieldKey(FieldId::SellerCohort), catalogueField(FieldId::SellerCohort).title,
         QStringLiteral("t.id IN (SELECT seller_id FROM cohort_members WHERE cohort_id = ?)"),
         QStringLiteral("SELECT id, name FROM cohorts ORDER BY start_date DESC"), -1},
        {fieldKey(FieldId::SellerCountry), catalogueField(FieldId::SellerCountry).title,
         QStringLiteral("t.country = ?"), kSellerCountryValues, -1},
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
    spec.fields = workspaceFields(EntityKind::Mentor);
    spec.facets = {
        {fieldKey(FieldId::SellerCategory), catalogueField(FieldId::SellerCategory).title,
         // Categories are stored as "A, B, C": match a whole entry, not a part of one.
         QStringLiteral("instr(lower(', ' || t.categories || ', '), lower(', ' || ? || ', ')) > 0"),
         kSellerCategoryValues, -1},
        {fieldKey(FieldId::MentorRecognitionTier), catalogueField(FieldId::MentorRecognitionTier).title,
         QStringLiteral("t.recognition_tier = ?"), QString(),
         spec.fieldIndex(fieldKey(FieldId::MentorRecognitionTier))},
        {fieldKey(FieldId::MentorCountry), catalogueField(FieldId::MentorCountry).title,
         QStringLiteral("t.country = ?"), kMentorCountryValues, -1},
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
    spec.fields = workspaceFields(EntityKind::Cohort);
    spec.facets = {
        {fieldKey(FieldId::CohortFocusCategory), catalogueField(FieldId::CohortFocusCategory).title,
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
    return catalogueField(FieldId::PairingStatus);
}

const FieldSpec& pairingEndReasonField()
{
    return catalogueField(FieldId::PairingEndReason);
}

} // namespace mentordesk
