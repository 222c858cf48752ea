// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableSpec.h"

namespace mentordesk {

/// The column specs of the three record workspaces. Seller sort expressions match the indexes
/// of schema version 2 exactly (a million rows); mentors and cohorts are small enough to sort
/// on any column, the mentors' name and country being indexed.
const TableSpec& sellerTableSpec();
const TableSpec& mentorTableSpec();
const TableSpec& cohortTableSpec();

/// Pairing statuses and end reasons, shared by the detail panels.
const FieldSpec& pairingStatusField();
const FieldSpec& pairingEndReasonField();

} // namespace mentordesk
