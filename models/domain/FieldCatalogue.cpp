// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldCatalogue.h"

#include "FieldVocabulary.h"
#include "MetricSnapshot.h"

#include <limits>

namespace mentordesk {

namespace {

constexpr double kUnbounded = std::numeric_limits<double>::infinity();

/// Builds one catalogue entry; the setters read as the entry's description.
class Entry {
public:
    Entry(FieldId id, EntityKind table, const char* key, const char* title, FieldType type, int width)
    {
        m_field.id = id;
        m_field.table = table;
        m_field.key = QLatin1String(key);
        m_field.title = title;
        m_field.type = type;
        m_field.defaultWidth = width;
        m_field.headerSynonyms = headerSynonyms(id);
    }
    Entry& sort(const char* expression)
    {
        m_field.sortExpression = QLatin1String(expression);
        return *this;
    }
    Entry& computed(const char* select)
    {
        m_field.selectExpression = QLatin1String(select);
        m_field.editable = false;
        return *this;
    }
    Entry& range(double minimum, double maximum, int decimals)
    {
        m_field.hasRange = true;
        m_field.minimum = minimum;
        m_field.maximum = maximum;
        m_field.decimals = decimals;
        m_field.plausibleMinimum = minimum;
        m_field.plausibleMaximum = maximum;
        return *this;
    }
    /// The maximum is the editor's and the import's, not a CHECK of the schema.
    Entry& maximumOutsideSchema()
    {
        m_field.maximumInSchema = false;
        return *this;
    }
    Entry& aboveMinimum()
    {
        m_field.minimumExclusive = true;
        return *this;
    }
    Entry& plausible(double minimum, double maximum)
    {
        m_field.plausibleMinimum = minimum;
        m_field.plausibleMaximum = maximum;
        return *this;
    }
    Entry& share()
    {
        m_field.share = true;
        return *this;
    }
    Entry& choices(QVector<Choice> choices)
    {
        m_field.choices = std::move(choices);
        return *this;
    }
    Entry& defaultValue(const QVariant& value)
    {
        m_field.schemaDefault = value;
        return *this;
    }
    Entry& emptyText() { return defaultValue(QString(QLatin1String(""))); }
    Entry& required()
    {
        m_field.required = true;
        return *this;
    }
    Entry& readOnly()
    {
        m_field.editable = false;
        return *this;
    }
    Entry& hidden()
    {
        m_field.visibleByDefault = false;
        return *this;
    }
    Entry& notInWorkspace()
    {
        m_field.inWorkspace = false;
        return *this;
    }
    Entry& openVocabulary()
    {
        m_field.openVocabulary = true;
        return *this;
    }
    Entry& imported(ImportUse use)
    {
        m_field.import = use;
        return *this;
    }
    Entry& importRequired()
    {
        m_field.importRequired = true;
        return *this;
    }
    /// A dated metric of a snapshot: in every import, never a workspace column of its own.
    Entry& metric()
    {
        m_field.snapshotMetric = true;
        return imported(ImportUse::AllFiles).notInWorkspace();
    }
    Entry& outcome(const char* title)
    {
        m_field.outcomeTitle = title;
        return *this;
    }
    /// The outcome is calculated by `formula` (which may use the stored value too).
    Entry& calculatedBy(std::optional<double> (*formula)(const MetricSnapshot&))
    {
        m_field.formula = formula;
        return *this;
    }
    /// An outcome calculated from the stored metrics: no column, never imported or edited.
    Entry& derived(std::optional<double> (*formula)(const MetricSnapshot&))
    {
        m_field.stored = false;
        m_field.editable = false;
        return calculatedBy(formula).notInWorkspace();
    }
    operator FieldSpec() const { return m_field; }

private:
    FieldSpec m_field;
};

using F = FieldId;
using T = FieldType;

Entry seller(FieldId id, const char* key, const char* title, FieldType type, int width)
{
    return Entry(id, EntityKind::Seller, key, title, type, width).imported(ImportUse::SellerFiles);
}

Entry snapshot(FieldId id, const char* key, const char* title, FieldType type)
{
    return Entry(id, EntityKind::MetricSnapshot, key, title, type, 100);
}

/// Every stored mentor column is read by the mentor import (importjob/MentorImport), and so are the
/// lists kept as rows (skills, languages, channels); only open_pairings, counted from pairings, is not.
Entry mentor(FieldId id, const char* key, const char* title, FieldType type, int width)
{
    return Entry(id, EntityKind::Mentor, key, title, type, width).imported(ImportUse::MentorFiles);
}

Entry cohort(FieldId id, const char* key, const char* title, FieldType type, int width)
{
    return Entry(id, EntityKind::Cohort, key, title, type, width);
}

// Seller sort expressions match the indexes of schema version 2 exactly (a million rows); mentors
// and cohorts are small enough to sort on any column, the mentors' name and country being indexed.
QVector<FieldSpec> sellerFields()
{
    return {
        seller(F::SellerExternalId, "external_id", QT_TRANSLATE_NOOP("Fields", "Seller ID"), T::Text, 100)
            .sort("t.external_id")
            .required()
            .importRequired(),
        seller(F::SellerShopName, "shop_name", QT_TRANSLATE_NOOP("Fields", "Shop"), T::Text, 200)
            .sort("t.shop_name COLLATE NOCASE")
            .emptyText(),
        seller(F::SellerContactName, "contact_name", QT_TRANSLATE_NOOP("Fields", "Contact"), T::Text, 150)
            .sort("t.contact_name COLLATE NOCASE")
            .emptyText(),
        seller(F::SellerEmail, "email", QT_TRANSLATE_NOOP("Fields", "E-mail"), T::Email, 200)
            .sort("t.email COLLATE NOCASE")
            .emptyText(),
        seller(F::SellerPhone, "phone", QT_TRANSLATE_NOOP("Fields", "Phone"), T::Text, 120).hidden().emptyText(),
        seller(F::SellerCategory, "category", QT_TRANSLATE_NOOP("Fields", "Category"), T::Text, 150)
            .sort("t.category COLLATE NOCASE")
            .emptyText()
            .openVocabulary(),
        seller(F::SellerChannel, "channel", QT_TRANSLATE_NOOP("Fields", "Channel"), T::Choice, 120)
            .sort("t.channel")
            .choices(channelChoices())
            .required()
            .defaultValue(QStringLiteral("marketplace_app")),
        seller(F::SellerCountry, "country", QT_TRANSLATE_NOOP("Fields", "Country"), T::Text, 70)
            .sort("t.country")
            .emptyText()
            .openVocabulary(),
        seller(F::SellerTimeZone, "time_zone", QT_TRANSLATE_NOOP("Fields", "Time zone"), T::Text, 130)
            .hidden()
            .emptyText()
            .openVocabulary(),
        seller(F::SellerStatus, "status", QT_TRANSLATE_NOOP("Fields", "Status"), T::Choice, 100)
            .sort("t.status")
            .choices(sellerStatusChoices())
            .required()
            .defaultValue(QStringLiteral("prospect")),
        seller(F::SellerTier, "tier", QT_TRANSLATE_NOOP("Fields", "Tier"), T::Choice, 110)
            .sort("t.tier")
            .choices(tierChoices())
            .required()
            .defaultValue(QStringLiteral("standard")),
        seller(F::SellerCohort, "cohort", QT_TRANSLATE_NOOP("Fields", "Cohort"), T::Text, 140)
            .computed("(SELECT c.name FROM cohort_members cm JOIN cohorts c ON c.id = cm.cohort_id "
                      "WHERE cm.seller_id = t.id)")
            .imported(ImportUse::None),
        seller(F::SellerSignupDate, "signup_date", QT_TRANSLATE_NOOP("Fields", "Signed up"), T::Date, 100)
            .sort("IFNULL(t.signup_date, '')")
            .hidden(),
        seller(F::SellerEnrolmentDate, "enrolment_date", QT_TRANSLATE_NOOP("Fields", "Enrolled"), T::Date, 100)
            .sort("IFNULL(t.enrolment_date, '')"),
        seller(F::SellerFirstSaleDate, "first_sale_date", QT_TRANSLATE_NOOP("Fields", "First sale"), T::Date, 100)
            .hidden(),
        seller(F::SellerGrowthTarget, "growth_target", QT_TRANSLATE_NOOP("Fields", "Growth target"), T::Real, 110)
            .range(0, 1e9, 0)
            .maximumOutsideSchema()
            .hidden(),
        seller(F::SellerSalesVelocity, "sales_velocity", QT_TRANSLATE_NOOP("Fields", "Orders/week"), T::Real, 95)
            .range(0, 100000, 1)
            .maximumOutsideSchema()
            .plausible(0, 5000),
        seller(F::SellerInventoryComplexity, "inventory_complexity",
               QT_TRANSLATE_NOOP("Fields", "Inventory complexity"), T::Integer, 80)
            .range(1, 5, 0)
            .hidden(),
        seller(F::SellerWeeklyHours, "weekly_hours", QT_TRANSLATE_NOOP("Fields", "Hours/week"), T::Real, 85)
            .range(0, 80, 1)
            .plausible(0, 60)
            .hidden(),
        seller(F::SellerCoachingStyle, "coaching_style", QT_TRANSLATE_NOOP("Fields", "Coaching style"), T::Choice, 110)
            .choices(styleChoices())
            .hidden(),
        seller(F::SellerCommunication, "communication", QT_TRANSLATE_NOOP("Fields", "Communication"), T::Choice, 110)
            .choices(communicationChoices())
            .hidden(),
        seller(F::SellerPainPoints, "pain_points", QT_TRANSLATE_NOOP("Fields", "Pain points"), T::Text, 200)
            .hidden()
            .emptyText(),
        seller(F::SellerConsent, "consent_anonymised", QT_TRANSLATE_NOOP("Fields", "Consent"), T::Boolean, 70)
            .hidden()
            .defaultValue(0),
        // Kept current from the snapshots by the schema's triggers; shown, never written by the application.
        seller(F::SellerLatestRevenue, "latest_revenue", QT_TRANSLATE_NOOP("Fields", "Revenue"), T::Real, 110)
            .range(0, 1e12, 2)
            .maximumOutsideSchema()
            .sort("IFNULL(t.latest_revenue, -1)")
            .readOnly()
            .imported(ImportUse::None),
        seller(F::SellerLatestListingQuality, "latest_listing_quality", QT_TRANSLATE_NOOP("Fields", "Listing quality"),
               T::Real, 100)
            .range(0, 100, 0)
            .sort("IFNULL(t.latest_listing_quality, -1)")
            .readOnly()
            .imported(ImportUse::None),
        seller(F::SellerLatestSnapshotDate, "latest_snapshot_date", QT_TRANSLATE_NOOP("Fields", "Metrics as of"),
               T::Date, 100)
            .hidden()
            .readOnly()
            .imported(ImportUse::None),
        // Matching: the working day in the seller's own time zone, for the time-zone overlap.
        seller(F::SellerWorkStart, "work_start_minute", QT_TRANSLATE_NOOP("Fields", "Work starts"), T::TimeOfDay, 90)
            .range(0, 1439, 0)
            .required()
            .defaultValue(540)
            .hidden()
            .imported(ImportUse::None),
        seller(F::SellerWorkEnd, "work_end_minute", QT_TRANSLATE_NOOP("Fields", "Work ends"), T::TimeOfDay, 90)
            .range(1, 1440, 0)
            .required()
            .defaultValue(1080)
            .hidden()
            .imported(ImportUse::None),
        // Lists kept as rows of their own (seller_languages, seller_brands): language codes shown by
        // name, brands (free text) as they are.
        seller(F::SellerLanguages, "languages", QT_TRANSLATE_NOOP("Fields", "Languages"), T::CodeList, 90)
            .computed("(SELECT group_concat(l.language, ',') FROM seller_languages l WHERE l.seller_id = t.id)")
            .choices(languageChoices())
            .hidden()
            .imported(ImportUse::None),
        seller(F::SellerBrands, "brands", QT_TRANSLATE_NOOP("Fields", "Brands"), T::Text, 160)
            .computed("(SELECT group_concat(b.brand, ', ') FROM seller_brands b WHERE b.seller_id = t.id)")
            .hidden()
            .imported(ImportUse::None),
    };
}

/// The metrics of a snapshot, bounded as the seller_metric_snapshots CHECKs of the schema bound them.
QVector<FieldSpec> snapshotFields()
{
    return {
        // Optional in a seller file: without it the snapshot takes the export date the user gives.
        snapshot(F::SnapshotDate, "snapshot_date", QT_TRANSLATE_NOOP("Fields", "Metrics as of"), T::Date)
            .imported(ImportUse::AllFiles)
            .importRequired()
            .required()
            .notInWorkspace(),
        snapshot(F::SnapshotPeriodDays, "period_days", QT_TRANSLATE_NOOP("Fields", "Period (days)"), T::Integer)
            .range(1, kUnbounded, 0)
            .plausible(1, 366)
            .defaultValue(30)
            .imported(ImportUse::AllFiles)
            .notInWorkspace(),
        snapshot(F::SnapshotRevenue, "revenue", QT_TRANSLATE_NOOP("Fields", "Revenue"), T::Real)
            .range(0, 1e12, 2)
            .maximumOutsideSchema()
            .plausible(0, 1e8)
            .metric()
            .outcome(QT_TRANSLATE_NOOP("MetricComparisonModel", "Revenue")),
        snapshot(F::SnapshotAverageOrderValue, "average_order_value",
                 QT_TRANSLATE_NOOP("Fields", "Average order value"), T::Real)
            .range(0, kUnbounded, 2)
            .derived([](const MetricSnapshot& s) { return s.averageOrderValue(); })
            .outcome(QT_TRANSLATE_NOOP("MetricComparisonModel", "Average order value")),
        snapshot(F::SnapshotOrders, "orders", QT_TRANSLATE_NOOP("Fields", "Orders"), T::Integer)
            .range(0, kUnbounded, 0)
            .plausible(0, 1e6)
            .metric()
            .outcome(QT_TRANSLATE_NOOP("MetricComparisonModel", "Orders")),
        snapshot(F::SnapshotReturnedOrders, "returned_orders", QT_TRANSLATE_NOOP("Fields", "Returned orders"),
                 T::Integer)
            .range(0, kUnbounded, 0)
            .plausible(0, 1e6)
            .metric(),
        // Stored as given only when the export has no order counts to derive returned orders from.
        snapshot(F::SnapshotReturnRate, "return_rate", QT_TRANSLATE_NOOP("Fields", "Return rate"), T::Real)
            .range(0, 1, 3)
            .share()
            .metric()
            .calculatedBy([](const MetricSnapshot& s) { return s.returnRate(); })
            .outcome(QT_TRANSLATE_NOOP("MetricComparisonModel", "Return rate")),
        snapshot(F::SnapshotListingQuality, "listing_quality", QT_TRANSLATE_NOOP("Fields", "Listing quality"), T::Real)
            .range(0, 100, 0)
            .metric()
            .outcome(QT_TRANSLATE_NOOP("MetricComparisonModel", "Listing quality")),
        snapshot(F::SnapshotCsat, "csat", QT_TRANSLATE_NOOP("Fields", "CSAT"), T::Real)
            .range(1, 5, 2)
            .metric()
            .outcome(QT_TRANSLATE_NOOP("MetricComparisonModel", "Customer satisfaction")),
        snapshot(F::SnapshotPriceCompetitiveness, "price_competitiveness",
                 QT_TRANSLATE_NOOP("Fields", "Price competitiveness"), T::Real)
            .range(0, kUnbounded, 2)
            .aboveMinimum() // a ratio to the category median price
            .plausible(0.2, 5)
            .metric()
            .outcome(QT_TRANSLATE_NOOP("MetricComparisonModel", "Price competitiveness")),
        snapshot(F::SnapshotInventoryTurnover, "inventory_turnover", QT_TRANSLATE_NOOP("Fields", "Inventory turnover"),
                 T::Real)
            .range(0, kUnbounded, 2)
            .plausible(0, 100)
            .metric()
            .outcome(QT_TRANSLATE_NOOP("MetricComparisonModel", "Inventory turnover")),
        snapshot(F::SnapshotRepeatPurchaseRate, "repeat_purchase_rate",
                 QT_TRANSLATE_NOOP("Fields", "Repeat purchase rate"), T::Real)
            .range(0, 1, 3)
            .share()
            .metric()
            .outcome(QT_TRANSLATE_NOOP("MetricComparisonModel", "Repeat purchase rate")),
    };
}

QVector<FieldSpec> mentorFields()
{
    const char* const openPairings =
        "(SELECT count(*) FROM pairings p WHERE p.mentor_id = t.id AND p.status <> 'ended')";
    const char* const averageRating =
        "(SELECT round(avg(f.rating), 1) FROM pairings p JOIN feedback f ON f.pairing_id = p.id "
        "AND f.direction = 'mentee_to_mentor' WHERE p.mentor_id = t.id)";
    const char* const sortedRating =
        "IFNULL((SELECT avg(f.rating) FROM pairings p JOIN feedback f ON f.pairing_id = p.id "
        "AND f.direction = 'mentee_to_mentor' WHERE p.mentor_id = t.id), -1)";
    const char* const ratingCount = "(SELECT count(*) FROM pairings p JOIN feedback f ON f.pairing_id = p.id "
                                    "AND f.direction = 'mentee_to_mentor' WHERE p.mentor_id = t.id)";
    return {
        // Filled as M00001… for mentors that had none (schema version 5); files and commands name
        // mentors by it.
        // Required when edited; a new mentor added without one gets the generated form (the schema's
        // empty default and trigger).
        mentor(F::MentorExternalId, "external_id", QT_TRANSLATE_NOOP("Fields", "Mentor ID"), T::Text, 90)
            .sort("t.external_id")
            .required()
            .emptyText(),
        mentor(F::MentorName, "name", QT_TRANSLATE_NOOP("Fields", "Name"), T::Text, 180)
            .sort("t.name COLLATE NOCASE")
            .required(),
        mentor(F::MentorEmail, "email", QT_TRANSLATE_NOOP("Fields", "E-mail"), T::Email, 200)
            .sort("t.email COLLATE NOCASE")
            .emptyText(),
        mentor(F::MentorPhone, "phone", QT_TRANSLATE_NOOP("Fields", "Phone"), T::Text, 120).hidden().emptyText(),
        mentor(F::MentorCategories, "categories", QT_TRANSLATE_NOOP("Fields", "Categories"), T::Text, 220).emptyText(),
        mentor(F::MentorIndustries, "industries", QT_TRANSLATE_NOOP("Fields", "Industries"), T::Text, 160)
            .hidden()
            .emptyText(),
        mentor(F::MentorSkills, "skills", QT_TRANSLATE_NOOP("Fields", "Skills"), T::CodeList, 240)
            .computed("(SELECT group_concat(s.skill || ':' || s.level, ',') FROM mentor_skills s "
                      "WHERE s.mentor_id = t.id)")
            .choices(skillChoices()),
        mentor(F::MentorCoachingStyle, "coaching_style", QT_TRANSLATE_NOOP("Fields", "Coaching style"), T::Choice, 110)
            .choices(styleChoices()),
        mentor(F::MentorCommunication, "communication", QT_TRANSLATE_NOOP("Fields", "Communication"), T::Choice, 110)
            .choices(communicationChoices()),
        mentor(F::MentorCountry, "country", QT_TRANSLATE_NOOP("Fields", "Country"), T::Text, 70)
            .sort("t.country")
            .emptyText(),
        mentor(F::MentorTimeZone, "time_zone", QT_TRANSLATE_NOOP("Fields", "Time zone"), T::Text, 130)
            .hidden()
            .emptyText(),
        mentor(F::MentorWeeklyHours, "weekly_hours", QT_TRANSLATE_NOOP("Fields", "Hours/week"), T::Real, 85)
            .range(0, 80, 1)
            .plausible(0, 40)
            .sort("IFNULL(t.weekly_hours, -1)"),
        mentor(F::MentorCapacity, "capacity", QT_TRANSLATE_NOOP("Fields", "Capacity"), T::Integer, 75)
            .range(0, 50, 0)
            .plausible(0, 10)
            .sort("t.capacity")
            .required()
            .defaultValue(3),
        mentor(F::MentorOpenPairings, "open_pairings", QT_TRANSLATE_NOOP("Fields", "Mentees"), T::Integer, 75)
            .computed(openPairings)
            .sort(openPairings)
            .imported(ImportUse::None),
        mentor(F::MentorRecognitionTier, "recognition_tier", QT_TRANSLATE_NOOP("Fields", "Recognition"), T::Choice, 100)
            .choices(recognitionTierChoices())
            .sort("t.recognition_tier")
            .required()
            .defaultValue(QStringLiteral("none")),
        mentor(F::MentorStipendRate, "stipend_rate", QT_TRANSLATE_NOOP("Fields", "Stipend/month"), T::Real, 105)
            .range(0, 100000, 2)
            .maximumOutsideSchema()
            .plausible(0, 5000)
            .sort("IFNULL(t.stipend_rate, -1)"),
        mentor(F::MentorActive, "active", QT_TRANSLATE_NOOP("Fields", "Active"), T::Boolean, 60).defaultValue(1),
        mentor(F::MentorLanguages, "languages", QT_TRANSLATE_NOOP("Fields", "Languages"), T::CodeList, 90)
            .computed("(SELECT group_concat(l.language, ',') FROM mentor_languages l WHERE l.mentor_id = t.id)")
            .choices(languageChoices()),
        mentor(F::MentorChannels, "channels", QT_TRANSLATE_NOOP("Fields", "Channels"), T::CodeList, 160)
            .computed("(SELECT group_concat(c.channel, ',') FROM mentor_channels c WHERE c.mentor_id = t.id)")
            .choices(channelChoices())
            .hidden(),
        // The mentor's own experience, compared with the mentee's orders, inventory and target.
        mentor(F::MentorMaxSalesVelocity, "max_sales_velocity", QT_TRANSLATE_NOOP("Fields", "Most orders/week"),
               T::Real, 95)
            .range(0, 100000, 1)
            .maximumOutsideSchema()
            .plausible(0, 5000)
            .hidden(),
        mentor(F::MentorMaxInventoryComplexity, "max_inventory_complexity",
               QT_TRANSLATE_NOOP("Fields", "Most inventory complexity"), T::Integer, 80)
            .range(1, 5, 0)
            .hidden(),
        mentor(F::MentorBestGrowth, "best_growth", QT_TRANSLATE_NOOP("Fields", "Best growth/year"), T::Real, 95)
            .range(0, 1e9, 0)
            .maximumOutsideSchema()
            .plausible(0, 1000)
            .hidden(),
        mentor(F::MentorWorkStart, "work_start_minute", QT_TRANSLATE_NOOP("Fields", "Work starts"), T::TimeOfDay, 90)
            .range(0, 1439, 0)
            .required()
            .defaultValue(540)
            .hidden(),
        mentor(F::MentorWorkEnd, "work_end_minute", QT_TRANSLATE_NOOP("Fields", "Work ends"), T::TimeOfDay, 90)
            .range(1, 1440, 0)
            .required()
            .defaultValue(1080)
            .hidden(),
        // Feedback mentees gave the mentor over all their pairings (schema version 7's index).
        mentor(F::MentorAverageRating, "average_rating", QT_TRANSLATE_NOOP("Fields", "Rating"), T::Real, 70)
            .computed(averageRating)
            .range(1, 5, 1)
            .sort(sortedRating)
            .imported(ImportUse::None),
        mentor(F::MentorRatingCount, "rating_count", QT_TRANSLATE_NOOP("Fields", "Ratings"), T::Integer, 70)
            .computed(ratingCount)
            .sort(ratingCount)
            .imported(ImportUse::None),
    };
}

QVector<FieldSpec> cohortFields()
{
    const char* const members = "(SELECT count(*) FROM cohort_members cm WHERE cm.cohort_id = t.id)";
    return {
        cohort(F::CohortName, "name", QT_TRANSLATE_NOOP("Fields", "Name"), T::Text, 200).sort("t.name").required(),
        cohort(F::CohortStartDate, "start_date", QT_TRANSLATE_NOOP("Fields", "Starts"), T::Date, 100)
            .sort("t.start_date")
            .required(),
        cohort(F::CohortEndDate, "end_date", QT_TRANSLATE_NOOP("Fields", "Ends"), T::Date, 100)
            .sort("IFNULL(t.end_date, '')"),
        cohort(F::CohortFocusCategory, "focus_category", QT_TRANSLATE_NOOP("Fields", "Focus category"), T::Text, 170)
            .sort("t.focus_category")
            .emptyText(),
        cohort(F::CohortRoundtableDay, "roundtable_day", QT_TRANSLATE_NOOP("Fields", "Roundtable day"), T::Integer, 110)
            .range(1, 28, 0),
        cohort(F::CohortMembers, "members", QT_TRANSLATE_NOOP("Fields", "Members"), T::Integer, 80)
            .computed(members)
            .sort(members),
        cohort(F::CohortNotes, "notes", QT_TRANSLATE_NOOP("Fields", "Notes"), T::Text, 260).emptyText(),
    };
}

QVector<FieldSpec> pairingFields()
{
    return {
        Entry(F::PairingStatus, EntityKind::Pairing, "status", QT_TRANSLATE_NOOP("Fields", "Status"), T::Choice, 80)
            .choices(pairingStatusChoices())
            .required()
            .defaultValue(QStringLiteral("trial")),
        Entry(F::PairingEndReason, EntityKind::Pairing, "end_reason", QT_TRANSLATE_NOOP("Fields", "End reason"),
              T::Choice, 120)
            .choices(pairingEndReasonChoices()),
    };
}

// --- The calendar's touchpoints (schema version 6). Not a workspace table: the calendar's model
// (calendar/TouchpointRangeModel) reads the labels and choices here, the commands the rules.
QVector<FieldSpec> touchpointFields()
{
    auto touchpoint = [](FieldId id, const char* key, const char* title, FieldType type, int width) {
        return Entry(id, EntityKind::Touchpoint, key, title, type, width).notInWorkspace();
    };
    return {
        touchpoint(F::TouchpointKind, "kind", QT_TRANSLATE_NOOP("Fields", "Kind"), T::Choice, 110)
            .choices(touchpointKindChoices())
            .required(),
        touchpoint(F::TouchpointStatus, "status", QT_TRANSLATE_NOOP("Fields", "Status"), T::Choice, 90)
            .choices(touchpointStatusChoices())
            .required()
            .defaultValue(QStringLiteral("planned")),
        touchpoint(F::TouchpointTitle, "title", QT_TRANSLATE_NOOP("Fields", "Title"), T::Text, 200).emptyText(),
        touchpoint(F::TouchpointNotes, "notes", QT_TRANSLATE_NOOP("Fields", "Notes"), T::Text, 260).emptyText(),
        touchpoint(F::TouchpointDuration, "duration_minutes", QT_TRANSLATE_NOOP("Fields", "Minutes"), T::Integer, 70)
            .range(0, 24 * 60, 0)
            .maximumOutsideSchema(),
    };
}

QVector<FieldSpec> makeCatalogue()
{
    const QVector<FieldSpec> parts[] = {sellerFields(), snapshotFields(), mentorFields(),
                                        cohortFields(), pairingFields(),  touchpointFields()};
    QVector<FieldSpec> catalogue(static_cast<qsizetype>(FieldId::Count));
    for (const QVector<FieldSpec>& part : parts)
        for (const FieldSpec& field : part)
            catalogue[int(field.id)] = field;
    return catalogue;
}

} // namespace

const QVector<FieldSpec>& fieldCatalogue()
{
    static const QVector<FieldSpec> catalogue = makeCatalogue();
    return catalogue;
}

const FieldSpec& catalogueField(FieldId id)
{
    return fieldCatalogue().at(int(id));
}

QString tableName(EntityKind table)
{
    switch (table) {
    case EntityKind::Seller:
        return QStringLiteral("sellers");
    case EntityKind::Mentor:
        return QStringLiteral("mentors");
    case EntityKind::Cohort:
        return QStringLiteral("cohorts");
    case EntityKind::MetricSnapshot:
        return QStringLiteral("seller_metric_snapshots");
    case EntityKind::Pairing:
        return QStringLiteral("pairings");
    case EntityKind::ImportBatch:
        return QStringLiteral("import_batches");
    case EntityKind::MatchRun:
        return QStringLiteral("match_runs");
    case EntityKind::MatchPreset:
        return QStringLiteral("match_weight_presets");
    case EntityKind::RelatedCategory:
        return QStringLiteral("related_categories");
    case EntityKind::Touchpoint:
        return QStringLiteral("touchpoints");
    case EntityKind::TouchpointSeries:
        return QStringLiteral("touchpoint_series");
    case EntityKind::RoundtableAttendance:
        return QStringLiteral("roundtable_attendance");
    case EntityKind::ChecklistTemplate:
        return QStringLiteral("checklist_templates");
    case EntityKind::ChecklistTemplateItem:
        return QStringLiteral("checklist_template_items");
    case EntityKind::ChecklistItem:
        return QStringLiteral("checklist_items");
    case EntityKind::Feedback:
        return QStringLiteral("feedback");
    case EntityKind::Resource:
        return QStringLiteral("resources");
    }
    return {};
}

const FieldSpec* findCatalogueField(EntityKind table, const QString& key)
{
    for (const FieldSpec& field : fieldCatalogue())
        if (field.table == table && field.key == key)
            return &field;
    return nullptr;
}

} // namespace mentordesk
