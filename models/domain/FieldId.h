// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mentordesk {

/// Names every field of the catalogue (FieldCatalogue.h), so that code refers to a field by an
/// identifier the compiler checks rather than by its column name spelled as a string.
enum class FieldId {
    // sellers
    SellerExternalId,
    SellerShopName,
    SellerContactName,
    SellerEmail,
    SellerPhone,
    SellerCategory,
    SellerChannel,
    SellerCountry,
    SellerTimeZone,
    SellerStatus,
    SellerTier,
    SellerCohort,
    SellerSignupDate,
    SellerEnrolmentDate,
    SellerFirstSaleDate,
    SellerGrowthTarget,
    SellerSalesVelocity,
    SellerInventoryComplexity,
    SellerWeeklyHours,
    SellerCoachingStyle,
    SellerCommunication,
    SellerPainPoints,
    SellerConsent,
    SellerLatestRevenue,
    SellerLatestListingQuality,
    SellerLatestSnapshotDate,
    // seller_metric_snapshots
    SnapshotDate,
    SnapshotPeriodDays,
    SnapshotRevenue,
    SnapshotOrders,
    SnapshotAverageOrderValue,
    SnapshotReturnedOrders,
    SnapshotReturnRate,
    SnapshotListingQuality,
    SnapshotCsat,
    SnapshotPriceCompetitiveness,
    SnapshotInventoryTurnover,
    SnapshotRepeatPurchaseRate,
    // mentors
    MentorName,
    MentorEmail,
    MentorPhone,
    MentorCategories,
    MentorIndustries,
    MentorSkills,
    MentorCoachingStyle,
    MentorCommunication,
    MentorCountry,
    MentorTimeZone,
    MentorWeeklyHours,
    MentorCapacity,
    MentorOpenPairings,
    MentorRecognitionTier,
    MentorStipendRate,
    MentorActive,
    // cohorts
    CohortName,
    CohortStartDate,
    CohortEndDate,
    CohortFocusCategory,
    CohortRoundtableDay,
    CohortMembers,
    CohortNotes,
    // pairings
    PairingStatus,
    PairingEndReason,
    Count
};

} // namespace mentordesk
