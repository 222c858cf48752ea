-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 7: the 30/60/90-day checklists. Which template a new pairing gets, a default template
-- shipped with the program guidance's items, and the checklists of the pairings that are open
-- when a program upgrades (once, here: later pairings get theirs when they start).
-- Never edit a released version: files upgrade through the same steps a fresh file takes.

-- The template a pairing gets when it starts (checklists/ChecklistInstantiation). A column rather
-- than a program_info row, so a deleted template cannot leave a setting naming nothing; the
-- partial unique index lets at most one template be the default.
ALTER TABLE checklist_templates ADD COLUMN is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0,1));

CREATE UNIQUE INDEX checklist_templates_default ON checklist_templates(is_default) WHERE is_default = 1;

-- A program with templates of its own keeps them; the oldest becomes the default.
UPDATE checklist_templates SET is_default = 1 WHERE id = (SELECT min(id) FROM checklist_templates);

-- A program without any gets the guidance's plan. Stored in English: a migration has no
-- translator, and the coordinator renames and rewords the items in the templates dialog.
INSERT INTO checklist_templates(name, created_utc, is_default)
        SELECT 'Standard 30/60/90-day plan', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 1
        WHERE NOT EXISTS (SELECT 1 FROM checklist_templates);

-- The items go into the shipped template only (the only template, by its name, still empty): a
-- program's own default template is never filled with items it did not have.
INSERT INTO checklist_template_items(template_id, day_offset, position, title)
        SELECT t.id, v.column1, v.column2, v.column3
        FROM checklist_templates t,
             (VALUES (30, 1, 'Welcome session held: goals and weekly rhythm agreed'),
                     (30, 2, 'Listing review: photos, titles and attributes of the top listings'),
                     (30, 3, 'Shop profile, policies and shipping settings reviewed'),
                     (60, 1, 'Pricing review against the category median'),
                     (60, 2, 'First-sale plan (or next-sales plan) written'),
                     (60, 3, 'Review-response and customer-service routine set up'),
                     (90, 1, 'Stock and restock plan for the next quarter'),
                     (90, 2, 'Progress against the growth target reviewed'),
                     (90, 3, 'Plan for after the mentorship agreed')) v
        WHERE t.is_default = 1 AND t.name = 'Standard 30/60/90-day plan'
              AND (SELECT count(*) FROM checklist_templates) = 1
              AND NOT EXISTS (SELECT 1 FROM checklist_template_items i WHERE i.template_id = t.id)
        ORDER BY v.column1, v.column2;

-- Open pairings (trial or active) that have no checklist yet get the default template's items,
-- each due its day offset after the pairing started. Once: the migration runs once per file,
-- and a pairing with any item of its own is left as it is. A start date SQLite cannot read
-- gives no due date, so such a pairing is left without a checklist rather than failing the
-- upgrade.
INSERT INTO checklist_items(pairing_id, template_item_id, day_offset, title, due_date)
        SELECT p.id, i.id, i.day_offset, i.title, date(p.started_on, '+' || i.day_offset || ' days')
        FROM pairings p
        JOIN checklist_template_items i
             ON i.template_id = (SELECT id FROM checklist_templates WHERE is_default = 1)
        WHERE p.status <> 'ended' AND date(p.started_on) IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM checklist_items c WHERE c.pairing_id = p.id)
        ORDER BY p.id, i.day_offset, i.position, i.id;

-- A mentor's average received rating (the Mentors workspace) reads only the index.
CREATE INDEX feedback_pairing_direction ON feedback(pairing_id, direction, rating);

-- The attention list groups the open items due soon or late per pairing with the earliest one's
-- title and day: with those in the index it reads no table row (0.15 s instead of 0.32 s for
-- 157,000 open items). Replaces version 6's checklist_items_open_due (due_date), its prefix.
DROP INDEX checklist_items_open_due;

CREATE INDEX checklist_items_open ON checklist_items(due_date, pairing_id, day_offset, title) WHERE done_on IS NULL;

-- ---------------------------------------------------------------------------------------------
-- Resource library (issue 10, item 6): the guidance's checklists, playbooks and benchmark data
-- that mentees practise with between sessions. Part of version 7 because 7 has not been released.
-- A resource is either a link (url) or a file copied into the program (content), never both, so
-- a program file travels with its documents. The size limit (20 MiB) is enforced with a sentence
-- in resources/ResourceEditor; the CHECK is the last guard, and size_bytes must be the blob's
-- (each part IS NOT NULL too: a NULL would let the CHECK pass).
-- Tags are one comma-separated text: they are only shown and searched, never joined on.
CREATE TABLE resources (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('document', 'playbook', 'checklist', 'benchmark', 'link')),
    category    TEXT NOT NULL DEFAULT '',
    tags        TEXT NOT NULL DEFAULT '',
    url         TEXT CHECK (url IS NULL OR length(url) > 0),
    file_name   TEXT,
    mime_type   TEXT,
    size_bytes  INTEGER CHECK (size_bytes IS NULL OR size_bytes BETWEEN 0 AND 20971520),
    content     BLOB,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL,
    CHECK ((url IS NOT NULL AND content IS NULL AND file_name IS NULL AND size_bytes IS NULL)
           OR (url IS NULL AND content IS NOT NULL AND file_name IS NOT NULL AND length(file_name) > 0
               AND size_bytes IS NOT NULL AND size_bytes = length(content)))
);

-- Where a resource is handed out: a touchpoint or an item of a checklist template, exactly one
-- of the two. Deleting either side takes the attachment with it.
CREATE TABLE resource_attachments (
    id                         INTEGER PRIMARY KEY,
    resource_id                INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    touchpoint_id              INTEGER REFERENCES touchpoints(id) ON DELETE CASCADE,
    checklist_template_item_id INTEGER REFERENCES checklist_template_items(id) ON DELETE CASCADE,
    CHECK ((touchpoint_id IS NULL) <> (checklist_template_item_id IS NULL))
);

CREATE UNIQUE INDEX resource_attachments_touchpoint ON resource_attachments(touchpoint_id, resource_id)
        WHERE touchpoint_id IS NOT NULL;
CREATE UNIQUE INDEX resource_attachments_template_item
        ON resource_attachments(checklist_template_item_id, resource_id) WHERE checklist_template_item_id IS NOT NULL;
CREATE INDEX resource_attachments_resource ON resource_attachments(resource_id);
