-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 5: what matching needs. A mentor ID that files and commands name mentors by; the
-- mentor's categories, channels and languages and the seller's languages and brands as rows; the
-- mentor's experience; working hours; related categories; and the proposals, pins, forbids and
-- weight presets of match runs.
-- Never edit a released version: files upgrade through the same steps a fresh file takes.

-- The mentor ID. A table rebuild could declare it NOT NULL UNIQUE CHECK (…) like sellers'
-- external_id, but a rebuild drops mentors inside the migration's transaction, where
-- foreign_keys cannot be switched off, and the drop would cascade-delete every skill,
-- disclosure and pairing. So: a column added with an empty default, filled here with
-- 'M' || printf('%05d', id) (M00001, M00012, …), a unique index, and two triggers. A new row
-- whose ID is left empty gets the same generated form (writers that do not know IDs yet, like
-- the add dialog, keep working); changing an ID to empty text is refused.
ALTER TABLE mentors ADD COLUMN external_id TEXT NOT NULL DEFAULT '';

UPDATE mentors SET external_id = 'M' || printf('%05d', id);

CREATE UNIQUE INDEX mentors_external_id ON mentors(external_id);

CREATE TRIGGER mentors_external_id_generated AFTER INSERT ON mentors
        WHEN trim(new.external_id) = ''
        BEGIN UPDATE mentors SET external_id = 'M' || printf('%05d', new.id) WHERE id = new.id; END;

CREATE TRIGGER mentors_external_id_not_empty BEFORE UPDATE OF external_id ON mentors
        WHEN new.external_id IS NULL OR trim(new.external_id) = ''
        BEGIN SELECT RAISE(ABORT, 'a mentor ID cannot be empty'); END;

-- The mentor's experience, compared with the seller's growth target, orders per week and
-- inventory complexity.
ALTER TABLE mentors ADD COLUMN max_sales_velocity REAL
        CHECK (max_sales_velocity IS NULL OR max_sales_velocity >= 0);

ALTER TABLE mentors ADD COLUMN max_inventory_complexity INTEGER
        CHECK (max_inventory_complexity IS NULL OR max_inventory_complexity BETWEEN 1 AND 5);

ALTER TABLE mentors ADD COLUMN best_growth REAL CHECK (best_growth IS NULL OR best_growth >= 0);

-- Daily working time in the person's own time zone, minutes after midnight (09:00–18:00 unless
-- told otherwise). The start is at most 23:59 because the end must lie after it on the same day.
ALTER TABLE mentors ADD COLUMN work_start_minute INTEGER NOT NULL DEFAULT 540
        CHECK (work_start_minute BETWEEN 0 AND 1439);

ALTER TABLE mentors ADD COLUMN work_end_minute INTEGER NOT NULL DEFAULT 1080
        CHECK (work_end_minute BETWEEN 1 AND 1440 AND work_end_minute > work_start_minute);

ALTER TABLE sellers ADD COLUMN work_start_minute INTEGER NOT NULL DEFAULT 540
        CHECK (work_start_minute BETWEEN 0 AND 1439);

ALTER TABLE sellers ADD COLUMN work_end_minute INTEGER NOT NULL DEFAULT 1080
        CHECK (work_end_minute BETWEEN 1 AND 1440 AND work_end_minute > work_start_minute);

-- Lists as rows of their own. Languages are ISO 639-1 codes in lower case.
CREATE TABLE mentor_categories (
        mentor_id INTEGER NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
        category  TEXT NOT NULL CHECK (length(trim(category)) > 0),
        PRIMARY KEY (mentor_id, category)) WITHOUT ROWID;

CREATE TABLE mentor_channels (
        mentor_id INTEGER NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
        channel   TEXT NOT NULL CHECK (channel IN ('own_storefront','marketplace_app','wholesale','social')),
        PRIMARY KEY (mentor_id, channel)) WITHOUT ROWID;

CREATE TABLE mentor_languages (
        mentor_id INTEGER NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
        language  TEXT NOT NULL CHECK (length(language) = 2 AND language GLOB '[a-z][a-z]'),
        PRIMARY KEY (mentor_id, language)) WITHOUT ROWID;

CREATE TABLE seller_languages (
        seller_id INTEGER NOT NULL REFERENCES sellers(id) ON DELETE CASCADE,
        language  TEXT NOT NULL CHECK (length(language) = 2 AND language GLOB '[a-z][a-z]'),
        PRIMARY KEY (seller_id, language)) WITHOUT ROWID;

CREATE TABLE seller_brands (
        seller_id INTEGER NOT NULL REFERENCES sellers(id) ON DELETE CASCADE,
        brand     TEXT NOT NULL CHECK (length(trim(brand)) > 0),
        PRIMARY KEY (seller_id, brand)) WITHOUT ROWID;

CREATE INDEX mentor_categories_category ON mentor_categories(category);

-- mentors.categories stays: it is the text the workspace shows, searches, filters by and edits
-- ("Beauty, Fashion", joined by ", " as the demo, the generator and the facet write it), and
-- mentor_categories is kept equal to it by the triggers below, so every writer of the text (the
-- editor, an undo, a future import) keeps the rows right without knowing of them.
--
-- Existing text is split once here. A category name may itself contain ", ": a piece of text
-- that is a category the program already knows (a seller's category, a cohort's focus, a
-- category disclosure) is taken whole, the longest such name first; anything else is split at
-- ", ".
WITH RECURSIVE
        known(name) AS (
            SELECT category FROM sellers WHERE instr(category, ', ') > 0
            UNION SELECT focus_category FROM cohorts WHERE instr(focus_category, ', ') > 0
            UNION SELECT value FROM mentor_disclosures WHERE kind = 'category' AND instr(value, ', ') > 0),
        pieces(mentor_id, piece, rest) AS (
            SELECT id, NULL, categories || ', ' FROM mentors WHERE trim(categories) <> ''
            UNION ALL
            SELECT mentor_id,
                   IFNULL((SELECT name FROM known WHERE substr(rest, 1, length(name) + 2) = name || ', '
                           ORDER BY length(name) DESC LIMIT 1),
                          substr(rest, 1, instr(rest, ', ') - 1)),
                   substr(rest, length(IFNULL((SELECT name FROM known WHERE substr(rest, 1, length(name) + 2) = name || ', '
                                               ORDER BY length(name) DESC LIMIT 1),
                                              substr(rest, 1, instr(rest, ', ') - 1))) + 3)
            FROM pieces WHERE rest <> '')
INSERT OR IGNORE INTO mentor_categories(mentor_id, category)
        SELECT mentor_id, trim(piece) FROM pieces WHERE piece IS NOT NULL AND trim(piece) <> '';

-- After the migration, text and rows are kept equal by splitting at ", " (json_quote escapes the
-- text and ", " cannot occur inside an escape, so the replace gives a JSON array of the
-- pieces). Triggers cannot hold the recursive query above; instead an edit keeps every category
-- the mentor already has, comma or not, for as long as its whole name is still in the text.
CREATE TRIGGER mentors_categories_insert AFTER INSERT ON mentors BEGIN
        INSERT OR IGNORE INTO mentor_categories(mentor_id, category)
        SELECT new.id, trim(j.value)
        FROM json_each('[' || replace(json_quote(new.categories), ', ', '", "') || ']') j
        WHERE trim(j.value) <> ''; END;

CREATE TRIGGER mentors_categories_update AFTER UPDATE OF categories ON mentors BEGIN
        DELETE FROM mentor_categories WHERE mentor_id = new.id
               AND instr(', ' || new.categories || ', ', ', ' || category || ', ') = 0;
        INSERT OR IGNORE INTO mentor_categories(mentor_id, category)
        SELECT new.id, trim(j.value)
        FROM json_each('[' || replace(json_quote(new.categories), ', ', '", "') || ']') j
        WHERE trim(j.value) <> ''
              AND NOT EXISTS (SELECT 1 FROM mentor_categories c
                              WHERE c.mentor_id = new.id AND instr(c.category, ', ') > 0
                                    AND instr(', ' || c.category || ', ', ', ' || trim(j.value) || ', ') > 0); END;

-- Related categories, editable, stored once per pair (the smaller name first) and read in both
-- directions.
CREATE TABLE related_categories (
        category_a TEXT NOT NULL CHECK (length(trim(category_a)) > 0),
        category_b TEXT NOT NULL CHECK (length(trim(category_b)) > 0),
        PRIMARY KEY (category_a, category_b),
        CHECK (category_a < category_b)) WITHOUT ROWID;

-- Match runs: the selection they were run on, their proposals (mentor_id NULL: left unmatched),
-- and the pins and forbids the coordinator set. A proposal goes with the seller or mentor it
-- names; the lasting record of a run is its pairings and the audit log.
ALTER TABLE match_runs ADD COLUMN selection TEXT NOT NULL DEFAULT '{}';

CREATE TABLE match_run_proposals (
        run_id    INTEGER NOT NULL REFERENCES match_runs(id) ON DELETE CASCADE,
        seller_id INTEGER NOT NULL REFERENCES sellers(id) ON DELETE CASCADE,
        mentor_id INTEGER REFERENCES mentors(id) ON DELETE CASCADE,
        score     INTEGER NOT NULL DEFAULT 0,
        reason    TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (run_id, seller_id)) WITHOUT ROWID;

CREATE TABLE match_run_constraints (
        run_id    INTEGER NOT NULL REFERENCES match_runs(id) ON DELETE CASCADE,
        kind      TEXT NOT NULL CHECK (kind IN ('pin','forbid')),
        seller_id INTEGER NOT NULL REFERENCES sellers(id) ON DELETE CASCADE,
        mentor_id INTEGER NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
        PRIMARY KEY (run_id, kind, seller_id, mentor_id)) WITHOUT ROWID;

-- Deleting a seller or mentor looks up its proposals and constraints through these.
CREATE INDEX match_run_proposals_seller ON match_run_proposals(seller_id);

CREATE INDEX match_run_proposals_mentor ON match_run_proposals(mentor_id);

CREATE INDEX match_run_constraints_seller ON match_run_constraints(seller_id);

CREATE INDEX match_run_constraints_mentor ON match_run_constraints(mentor_id);

CREATE INDEX match_runs_started ON match_runs(started_utc);

-- Named weight presets (the weights file's JSON, matching::MatchRulesFile), shared by everyone
-- who works on the program.
CREATE TABLE match_weight_presets (
        name        TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
        rules       TEXT NOT NULL,
        updated_utc TEXT NOT NULL,
        updated_by  TEXT NOT NULL DEFAULT '');
