-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 8: what the "Needs attention" list asks of every open pairing, kept by the writers.
-- Never edit a released version: files upgrade through the same steps a fresh file takes.

-- Per pairing, its last done touchpoint and its last two logged ones (done or missed), as the
-- overdue and at-risk rules read them (attention/AttentionList). Walking touchpoints_pairing
-- backwards for each of tens of thousands of open pairings took most of a second at ten million
-- touchpoints; one primary-key seek here takes microseconds. A pairing without any logged
-- touchpoint has no row (or, for a moment inside the insert trigger, an empty one). Kept by the
-- triggers below, so every writer (commands, undo, iCalendar import, the demo and the
-- marketplace generator) keeps it without knowing it exists.
-- No foreign key: the cascade from a deleted pairing deletes its touchpoints, whose triggers
-- would write a row for a pairing already gone; pairing_activity_pairing_deleted and the
-- EXISTS in each refresh keep it clean instead.
CREATE TABLE pairing_activity (
        pairing_id             INTEGER PRIMARY KEY,
        last_done_utc          TEXT,
        last_logged_utc        TEXT,
        last_logged_status     TEXT CHECK (last_logged_status IN ('done','missed')),
        previous_logged_utc    TEXT,
        previous_logged_status TEXT CHECK (previous_logged_status IN ('done','missed')));

-- The open pairings with the columns the attention list needs, in id order: its pass over the
-- open pairings reads tens of thousands of small index entries instead of as many table rows,
-- and its checklist lines find their pairing here by id (INDEXED BY: SQLite would otherwise read
-- the table row by its rowid, and those pages crowd the indexes out of the page cache).
CREATE INDEX pairings_open ON pairings(id, started_on, mentor_id, mentee_id, trial_end_date, status)
        WHERE status <> 'ended';

-- The open checklist items in pairing order: the attention list groups the late ones per
-- pairing without sorting them (after an upgrade from version 6, every open pairing's nine
-- items are open, 157,000 at marketplace scale).
CREATE INDEX checklist_items_open_pairing ON checklist_items(pairing_id, due_date, day_offset, title)
        WHERE done_on IS NULL;

-- Every pairing that has logged touchpoints: one walk per pairing, once.
INSERT INTO pairing_activity(pairing_id, last_done_utc, last_logged_utc, last_logged_status,
                             previous_logged_utc, previous_logged_status)
        SELECT p.id,
               (SELECT max(t.scheduled_utc) FROM touchpoints t WHERE t.pairing_id = p.id AND t.status = 'done'),
               (SELECT t.scheduled_utc FROM touchpoints t WHERE t.pairing_id = p.id AND t.status IN ('done','missed')
                ORDER BY t.scheduled_utc DESC, t.id DESC LIMIT 1) AS last_utc,
               (SELECT t.status FROM touchpoints t WHERE t.pairing_id = p.id AND t.status IN ('done','missed')
                ORDER BY t.scheduled_utc DESC, t.id DESC LIMIT 1),
               (SELECT t.scheduled_utc FROM touchpoints t WHERE t.pairing_id = p.id AND t.status IN ('done','missed')
                ORDER BY t.scheduled_utc DESC, t.id DESC LIMIT 1 OFFSET 1),
               (SELECT t.status FROM touchpoints t WHERE t.pairing_id = p.id AND t.status IN ('done','missed')
                ORDER BY t.scheduled_utc DESC, t.id DESC LIMIT 1 OFFSET 1)
        FROM pairings p
        WHERE last_utc IS NOT NULL;

-- A logged touchpoint added: compared with the row alone, without reading touchpoints, so that
-- bulk loads that drop the indexes (demo/MarketplaceGenerator) stay as fast as before. A new
-- pairing's row starts empty; in an UPDATE every right-hand side sees the row as it was, so
-- moving the last touchpoint to previous reads the old last. Of two on the same minute, the one
-- written later counts as the later one, as in the walks (ORDER BY scheduled_utc DESC, id DESC).
CREATE TRIGGER pairing_activity_touchpoint_inserted AFTER INSERT ON touchpoints
        WHEN new.pairing_id IS NOT NULL AND new.status IN ('done','missed')
        BEGIN
        INSERT OR IGNORE INTO pairing_activity(pairing_id) VALUES (new.pairing_id);
        UPDATE pairing_activity SET
                last_done_utc = CASE WHEN new.status = 'done' AND (last_done_utc IS NULL OR new.scheduled_utc >= last_done_utc)
                                     THEN new.scheduled_utc ELSE last_done_utc END,
                last_logged_utc = CASE WHEN last_logged_utc IS NULL OR new.scheduled_utc >= last_logged_utc
                                       THEN new.scheduled_utc ELSE last_logged_utc END,
                last_logged_status = CASE WHEN last_logged_utc IS NULL OR new.scheduled_utc >= last_logged_utc
                                          THEN new.status ELSE last_logged_status END,
                previous_logged_utc = CASE WHEN last_logged_utc IS NULL THEN NULL
                                           WHEN new.scheduled_utc >= last_logged_utc THEN last_logged_utc
                                           WHEN previous_logged_utc IS NULL OR new.scheduled_utc >= previous_logged_utc
                                           THEN new.scheduled_utc ELSE previous_logged_utc END,
                previous_logged_status = CASE WHEN last_logged_utc IS NULL THEN NULL
                                              WHEN new.scheduled_utc >= last_logged_utc THEN last_logged_status
                                              WHEN previous_logged_utc IS NULL OR new.scheduled_utc >= previous_logged_utc
                                              THEN new.status ELSE previous_logged_status END
        WHERE pairing_id = new.pairing_id;
        END;

-- A logged touchpoint changed, moved to another pairing or deleted (undo included): the row is
-- recomputed from touchpoints_pairing, a walk over one pairing's touchpoints.
CREATE TRIGGER pairing_activity_touchpoint_updated
        AFTER UPDATE OF pairing_id, status, scheduled_utc ON touchpoints
        WHEN (old.pairing_id IS NOT NULL AND old.status IN ('done','missed'))
             OR (new.pairing_id IS NOT NULL AND new.status IN ('done','missed'))
        BEGIN
        DELETE FROM pairing_activity WHERE pairing_id = old.pairing_id;
        INSERT INTO pairing_activity(pairing_id, last_done_utc, last_logged_utc, last_logged_status,
                                     previous_logged_utc, previous_logged_status)
                SELECT old.pairing_id,
                       (SELECT max(t.scheduled_utc) FROM touchpoints t WHERE t.pairing_id = old.pairing_id AND t.status = 'done'),
                       last.scheduled_utc, last.status, previous.scheduled_utc, previous.status
                FROM (SELECT t.scheduled_utc, t.status FROM touchpoints t
                      WHERE t.pairing_id = old.pairing_id AND t.status IN ('done','missed')
                      ORDER BY t.scheduled_utc DESC, t.id DESC LIMIT 1) last
                     LEFT JOIN (SELECT t.scheduled_utc, t.status FROM touchpoints t
                                WHERE t.pairing_id = old.pairing_id AND t.status IN ('done','missed')
                                ORDER BY t.scheduled_utc DESC, t.id DESC LIMIT 1 OFFSET 1) previous
                WHERE EXISTS (SELECT 1 FROM pairings p WHERE p.id = old.pairing_id);
        DELETE FROM pairing_activity WHERE pairing_id = new.pairing_id AND new.pairing_id IS NOT old.pairing_id;
        INSERT INTO pairing_activity(pairing_id, last_done_utc, last_logged_utc, last_logged_status,
                                     previous_logged_utc, previous_logged_status)
                SELECT new.pairing_id,
                       (SELECT max(t.scheduled_utc) FROM touchpoints t WHERE t.pairing_id = new.pairing_id AND t.status = 'done'),
                       last.scheduled_utc, last.status, previous.scheduled_utc, previous.status
                FROM (SELECT t.scheduled_utc, t.status FROM touchpoints t
                      WHERE t.pairing_id = new.pairing_id AND t.status IN ('done','missed')
                      ORDER BY t.scheduled_utc DESC, t.id DESC LIMIT 1) last
                     LEFT JOIN (SELECT t.scheduled_utc, t.status FROM touchpoints t
                                WHERE t.pairing_id = new.pairing_id AND t.status IN ('done','missed')
                                ORDER BY t.scheduled_utc DESC, t.id DESC LIMIT 1 OFFSET 1) previous
                WHERE new.pairing_id IS NOT old.pairing_id AND EXISTS (SELECT 1 FROM pairings p WHERE p.id = new.pairing_id);
        END;

CREATE TRIGGER pairing_activity_touchpoint_deleted AFTER DELETE ON touchpoints
        WHEN old.pairing_id IS NOT NULL AND old.status IN ('done','missed')
        BEGIN
        DELETE FROM pairing_activity WHERE pairing_id = old.pairing_id;
        INSERT INTO pairing_activity(pairing_id, last_done_utc, last_logged_utc, last_logged_status,
                                     previous_logged_utc, previous_logged_status)
                SELECT old.pairing_id,
                       (SELECT max(t.scheduled_utc) FROM touchpoints t WHERE t.pairing_id = old.pairing_id AND t.status = 'done'),
                       last.scheduled_utc, last.status, previous.scheduled_utc, previous.status
                FROM (SELECT t.scheduled_utc, t.status FROM touchpoints t
                      WHERE t.pairing_id = old.pairing_id AND t.status IN ('done','missed')
                      ORDER BY t.scheduled_utc DESC, t.id DESC LIMIT 1) last
                     LEFT JOIN (SELECT t.scheduled_utc, t.status FROM touchpoints t
                                WHERE t.pairing_id = old.pairing_id AND t.status IN ('done','missed')
                                ORDER BY t.scheduled_utc DESC, t.id DESC LIMIT 1 OFFSET 1) previous
                WHERE EXISTS (SELECT 1 FROM pairings p WHERE p.id = old.pairing_id);
        END;

CREATE TRIGGER pairing_activity_pairing_deleted AFTER DELETE ON pairings
        BEGIN DELETE FROM pairing_activity WHERE pairing_id = old.id; END;
