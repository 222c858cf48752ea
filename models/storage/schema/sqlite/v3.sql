-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 3: imports. Every import is a batch; the rows it added carry its id, and the old
-- values of the rows it updated are kept, so that the whole import can be undone.
-- Never edit a released version: files upgrade through the same steps a fresh file takes.

CREATE TABLE import_batches (
        id                  INTEGER PRIMARY KEY,
        kind                TEXT NOT NULL CHECK (kind IN ('sellers','metrics')),
        file_name           TEXT NOT NULL,
        file_sha256         TEXT NOT NULL DEFAULT '',
        file_size           INTEGER NOT NULL DEFAULT 0,
        profile             TEXT NOT NULL DEFAULT '',
        mapping             TEXT NOT NULL DEFAULT '',
        actor               TEXT NOT NULL,
        started_utc         TEXT NOT NULL,
        finished_utc        TEXT,
        rows_read           INTEGER NOT NULL DEFAULT 0,
        sellers_added       INTEGER NOT NULL DEFAULT 0,
        sellers_updated     INTEGER NOT NULL DEFAULT 0,
        sellers_unchanged   INTEGER NOT NULL DEFAULT 0,
        rows_skipped        INTEGER NOT NULL DEFAULT 0,
        rows_rejected       INTEGER NOT NULL DEFAULT 0,
        snapshots_added     INTEGER NOT NULL DEFAULT 0,
        snapshots_updated   INTEGER NOT NULL DEFAULT 0,
        snapshots_unchanged INTEGER NOT NULL DEFAULT 0,
        new_values          TEXT NOT NULL DEFAULT '',
        undone_utc          TEXT);

-- Old values of the rows an import updated (JSON object of the columns it changed). Rows it

-- added are found through their import_batch_id instead: a million inserts need no log.

CREATE TABLE import_batch_changes (
        batch_id   INTEGER NOT NULL REFERENCES import_batches(id),
        entity     TEXT NOT NULL CHECK (entity IN ('seller','snapshot')),
        entity_id  INTEGER NOT NULL,
        old_values TEXT NOT NULL,
        PRIMARY KEY (batch_id, entity, entity_id)) WITHOUT ROWID;

ALTER TABLE sellers ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id);

ALTER TABLE seller_metric_snapshots ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id);
