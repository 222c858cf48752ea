-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 6: what the calendar needs. Recurring touchpoint series with their exceptions, a stable
-- UID per touchpoint, the time a touchpoint was marked done, roundtable attendance, the
-- program's time zone, and the indexes the attention list and the status bar read.
-- Never edit a released version: files upgrade through the same steps a fresh file takes.

-- A recurring touchpoint (a weekly call for the length of a pairing) as RFC 5545 defines one: a
-- rule (the RRULE value, e.g. FREQ=WEEKLY;BYDAY=MO) expanded from its first start, a wall-clock
-- time in the anchor zone (an IANA name, normally the mentor's), so a 10:00 call stays at 10:00
-- there when daylight saving time begins or ends. Every occurrence is also a touchpoints row (so
-- every filter of the calendar stays SQL); the rule is expanded up to until_date at the latest.
CREATE TABLE touchpoint_series (
        id                 INTEGER PRIMARY KEY,
        uid                TEXT NOT NULL UNIQUE CHECK (length(trim(uid)) > 0),
        pairing_id         INTEGER REFERENCES pairings(id) ON DELETE CASCADE,
        cohort_id          INTEGER REFERENCES cohorts(id) ON DELETE CASCADE,
        kind               TEXT NOT NULL CHECK (kind IN ('live_call','async','checklist_review','roundtable')),
        title              TEXT NOT NULL DEFAULT '',
        notes              TEXT NOT NULL DEFAULT '',
        rrule              TEXT NOT NULL CHECK (length(trim(rrule)) > 0),
        time_zone          TEXT NOT NULL CHECK (length(trim(time_zone)) > 0),
        first_start_local  TEXT NOT NULL CHECK (first_start_local GLOB
                           '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
        until_date         TEXT NOT NULL,
        duration_minutes   INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),
        created_utc        TEXT NOT NULL,
        updated_utc        TEXT NOT NULL,
        CHECK (pairing_id IS NOT NULL OR cohort_id IS NOT NULL),
        CHECK (until_date >= substr(first_start_local, 1, 10)));

CREATE INDEX touchpoint_series_pairing ON touchpoint_series(pairing_id);

CREATE INDEX touchpoint_series_cohort ON touchpoint_series(cohort_id);

-- Occurrences that differ from the rule, by their original start (RECURRENCE-ID, UTC): moved to
-- another time, cancelled, or removed (no row; EXDATE). A change of the rule keeps them.
CREATE TABLE touchpoint_series_exceptions (
        series_id      INTEGER NOT NULL REFERENCES touchpoint_series(id) ON DELETE CASCADE,
        recurrence_utc TEXT NOT NULL,
        kind           TEXT NOT NULL CHECK (kind IN ('moved','cancelled','removed')),
        PRIMARY KEY (series_id, recurrence_utc)) WITHOUT ROWID;

-- The UID the touchpoint keeps across exports and imports (iCalendar's UID). Existing rows get a
-- random one here, and so does a new row whose writer leaves it empty (the demo, the generator,
-- a future import), as mentors' IDs are generated in version 5.
ALTER TABLE touchpoints ADD COLUMN uid TEXT NOT NULL DEFAULT '';

UPDATE touchpoints SET uid = lower(hex(randomblob(16)));

CREATE UNIQUE INDEX touchpoints_uid ON touchpoints(uid);

CREATE TRIGGER touchpoints_uid_generated AFTER INSERT ON touchpoints
        WHEN new.uid = ''
        BEGIN UPDATE touchpoints SET uid = lower(hex(randomblob(16))) WHERE id = new.id; END;

CREATE TRIGGER touchpoints_uid_not_empty BEFORE UPDATE OF uid ON touchpoints
        WHEN new.uid IS NULL OR trim(new.uid) = ''
        BEGIN SELECT RAISE(ABORT, 'a touchpoint UID cannot be empty'); END;

ALTER TABLE touchpoints ADD COLUMN title TEXT NOT NULL DEFAULT '';

-- An occurrence of a series names it and its original start; a one-off touchpoint has neither.
ALTER TABLE touchpoints ADD COLUMN series_id INTEGER REFERENCES touchpoint_series(id) ON DELETE CASCADE;

ALTER TABLE touchpoints ADD COLUMN recurrence_utc TEXT CHECK ((series_id IS NULL) = (recurrence_utc IS NULL));

CREATE UNIQUE INDEX touchpoints_occurrence ON touchpoints(series_id, recurrence_utc) WHERE series_id IS NOT NULL;

-- When it was marked done (UTC); empty for touchpoints marked done before version 6.
ALTER TABLE touchpoints ADD COLUMN done_utc TEXT CHECK (done_utc IS NULL OR status = 'done');

-- iCalendar's SEQUENCE: raised when the time changes, so calendars replace the event they hold.
ALTER TABLE touchpoints ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0);

ALTER TABLE touchpoints ADD COLUMN updated_utc TEXT NOT NULL DEFAULT '';

-- The calendar's views filter a date range by status and kind: with the kind in the index the
-- count of a month ("how many planned calls") never reads the table rows. Replaces version 1's
-- (scheduled_utc, status), of which it is an extension.
DROP INDEX touchpoints_schedule;

CREATE INDEX touchpoints_when ON touchpoints(scheduled_utc, status, kind);

-- Planned touchpoints in the past make a pairing overdue; they are few among millions of rows.
CREATE INDEX touchpoints_planned ON touchpoints(scheduled_utc) WHERE status = 'planned';

-- Who of a cohort came to a roundtable (voluntary: absence costs nothing in adherence).
CREATE TABLE roundtable_attendance (
        touchpoint_id INTEGER NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE,
        seller_id     INTEGER NOT NULL REFERENCES sellers(id) ON DELETE CASCADE,
        status        TEXT NOT NULL DEFAULT 'attended' CHECK (status IN ('attended','absent','excused')),
        note          TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (touchpoint_id, seller_id)) WITHOUT ROWID;

CREATE INDEX roundtable_attendance_seller ON roundtable_attendance(seller_id);

-- The program's time zone for showing and exporting times is program_info's 'time_zone' (an IANA
-- name); without that row, or with an empty value, it is the zone of the computer MentorDesk runs
-- on (calendar/CalendarTime). A setting, so no row is written here.

-- Trials ending soon (the status bar, the attention list): a seek instead of a scan of pairings.
CREATE INDEX pairings_trial_end ON pairings(trial_end_date) WHERE status = 'trial';

-- Checklist items due soon or late across the program (the attention list).
CREATE INDEX checklist_items_open_due ON checklist_items(due_date) WHERE done_on IS NULL;

-- Mentor imports as undoable batches
-- A mentor import is a batch as a seller import is: the mentors it added carry its id, the old
-- values of those it updated (columns, and the list rows it replaced) are its change records, and
-- the batch counts mentors in columns of their own. SQLite cannot alter a CHECK, so the two
-- tables are rebuilt the way sqlite.org's "Making Other Kinds Of Table Schema Changes" says:
-- create the new table, copy, drop the old one, rename the new one. The migration runs with
-- foreign keys off and checks them (PRAGMA foreign_key_check) before it commits
-- (storage/ProgramDatabase); sellers, seller_metric_snapshots and import_batch_changes refer to
-- import_batches by name, so after the rename they refer to the new table. Neither table has an
-- index or trigger of its own to carry over.
CREATE TABLE import_batches_v6 (
        id                  INTEGER PRIMARY KEY,
        kind                TEXT NOT NULL CHECK (kind IN ('sellers','metrics','mentors')),
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
        undone_utc          TEXT,
        mentors_added       INTEGER NOT NULL DEFAULT 0,
        mentors_updated     INTEGER NOT NULL DEFAULT 0,
        mentors_unchanged   INTEGER NOT NULL DEFAULT 0);

INSERT INTO import_batches_v6(id, kind, file_name, file_sha256, file_size, profile, mapping, actor, started_utc,
                              finished_utc, rows_read, sellers_added, sellers_updated, sellers_unchanged,
                              rows_skipped, rows_rejected, snapshots_added, snapshots_updated,
                              snapshots_unchanged, new_values, undone_utc)
        SELECT id, kind, file_name, file_sha256, file_size, profile, mapping, actor, started_utc, finished_utc,
               rows_read, sellers_added, sellers_updated, sellers_unchanged, rows_skipped, rows_rejected,
               snapshots_added, snapshots_updated, snapshots_unchanged, new_values, undone_utc
        FROM import_batches;

DROP TABLE import_batches;

ALTER TABLE import_batches_v6 RENAME TO import_batches;

-- For a mentor the old values are a JSON object of the columns the import changed, plus "lists":
-- the rows of mentor_categories, mentor_channels, mentor_languages and mentor_skills (with their
-- levels) it replaced, as they were. Rows, not text: the categories trigger splits the text at
-- ", " and would break a category such as "Home, Garden" in two.
CREATE TABLE import_batch_changes_v6 (
        batch_id   INTEGER NOT NULL REFERENCES import_batches(id),
        entity     TEXT NOT NULL CHECK (entity IN ('seller','snapshot','mentor')),
        entity_id  INTEGER NOT NULL,
        old_values TEXT NOT NULL,
        PRIMARY KEY (batch_id, entity, entity_id)) WITHOUT ROWID;

INSERT INTO import_batch_changes_v6(batch_id, entity, entity_id, old_values)
        SELECT batch_id, entity, entity_id, old_values FROM import_batch_changes;

DROP TABLE import_batch_changes;

ALTER TABLE import_batch_changes_v6 RENAME TO import_batch_changes;

-- The mentors a mentor import added, as sellers carry theirs; undo deletes them through the index.
ALTER TABLE mentors ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id);

CREATE INDEX mentors_import_batch ON mentors(import_batch_id) WHERE import_batch_id IS NOT NULL;
