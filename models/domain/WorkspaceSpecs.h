// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableSpec.h"

namespace mentordesk {

/// The three record workspaces: their tables, search and facets, with the columns the field
/// catalogue (FieldCatalogue.h) lists for each table.
const TableSpec& sellerTableSpec();
const TableSpec& mentorTableSpec();
const TableSpec& cohortTableSpec();

/// Pairing statuses and end reasons, shared by the detail panels.
const FieldSpec& pairingStatusField();
const FieldSpec& pairingEndReasonField();

} // namespace mentordesk
