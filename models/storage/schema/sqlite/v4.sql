-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 4: the return rate of a snapshot as the export gave it, kept when the export has a rate
-- but no order counts to derive returned orders from (FieldId::SnapshotReturnRate).
-- Never edit a released version: files upgrade through the same steps a fresh file takes.

ALTER TABLE seller_metric_snapshots ADD COLUMN return_rate REAL
    CHECK (return_rate IS NULL OR return_rate BETWEEN 0 AND 1);
