-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 1: the records of a program. Kept exactly as first released so that older files
-- upgrade through the same steps a fresh file takes.
-- Never edit a released version: files upgrade through the same steps a fresh file takes.

CREATE TABLE program_info (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL);

CREATE TABLE sellers (
        id                   INTEGER PRIMARY KEY,
        external_id          TEXT NOT NULL UNIQUE CHECK (length(trim(external_id)) > 0),
        shop_name            TEXT NOT NULL DEFAULT '',
        contact_name         TEXT NOT NULL DEFAULT '',
        email                TEXT NOT NULL DEFAULT '',
        phone                TEXT NOT NULL DEFAULT '',
        signup_date          TEXT,
        enrolment_date       TEXT,
        first_sale_date      TEXT,
        category             TEXT NOT NULL DEFAULT '',
        channel              TEXT NOT NULL DEFAULT 'marketplace_app'
                             CHECK (channel IN ('own_storefront','marketplace_app','wholesale','social')),
        country              TEXT NOT NULL DEFAULT '',
        time_zone            TEXT NOT NULL DEFAULT '',
        status               TEXT NOT NULL DEFAULT 'prospect'
                             CHECK (status IN ('prospect','enrolled','graduated','withdrawn')),
        tier                 TEXT NOT NULL DEFAULT 'standard' CHECK (tier IN ('standard','high_potential')),
        growth_target        REAL CHECK (growth_target IS NULL OR growth_target >= 0),
        sales_velocity       REAL CHECK (sales_velocity IS NULL OR sales_velocity >= 0),
        inventory_complexity INTEGER CHECK (inventory_complexity IS NULL OR inventory_complexity BETWEEN 1 AND 5),
        weekly_hours         REAL CHECK (weekly_hours IS NULL OR weekly_hours BETWEEN 0 AND 80),
        coaching_style       TEXT CHECK (coaching_style IS NULL OR coaching_style IN ('data_driven','intuitive')),
        communication        TEXT CHECK (communication IS NULL OR communication IN ('async','live')),
        pain_points          TEXT NOT NULL DEFAULT '',
        consent_anonymised   INTEGER NOT NULL DEFAULT 0 CHECK (consent_anonymised IN (0,1)),
        latest_snapshot_date TEXT,
        latest_revenue       REAL,
        latest_orders        INTEGER,
        latest_listing_quality REAL,
        created_utc          TEXT NOT NULL,
        updated_utc          TEXT NOT NULL);

CREATE TABLE mentors (
        id               INTEGER PRIMARY KEY,
        seller_id        INTEGER REFERENCES sellers(id) ON DELETE SET NULL,
        name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
        email            TEXT NOT NULL DEFAULT '',
        phone            TEXT NOT NULL DEFAULT '',
        categories       TEXT NOT NULL DEFAULT '',
        industries       TEXT NOT NULL DEFAULT '',
        coaching_style   TEXT CHECK (coaching_style IS NULL OR coaching_style IN ('data_driven','intuitive')),
        communication    TEXT CHECK (communication IS NULL OR communication IN ('async','live')),
        country          TEXT NOT NULL DEFAULT '',
        time_zone        TEXT NOT NULL DEFAULT '',
        weekly_hours     REAL CHECK (weekly_hours IS NULL OR weekly_hours BETWEEN 0 AND 80),
        capacity         INTEGER NOT NULL DEFAULT 3 CHECK (capacity BETWEEN 0 AND 50),
        recognition_tier TEXT NOT NULL DEFAULT 'none' CHECK (recognition_tier IN ('none','bronze','silver','gold')),
        stipend_rate     REAL CHECK (stipend_rate IS NULL OR stipend_rate >= 0),
        active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        created_utc      TEXT NOT NULL,
        updated_utc      TEXT NOT NULL);

CREATE TABLE mentor_skills (
        mentor_id INTEGER NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
        skill     TEXT NOT NULL CHECK (skill IN ('pricing','inventory_management','customer_service',
                  'policy_compliance','listing_optimisation','supplier_negotiation','data_driven_decisions')),
        level     INTEGER NOT NULL DEFAULT 3 CHECK (level BETWEEN 1 AND 5),
        PRIMARY KEY (mentor_id, skill));

CREATE TABLE mentor_disclosures (
        id          INTEGER PRIMARY KEY,
        mentor_id   INTEGER NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('seller','brand','category')),
        seller_id   INTEGER REFERENCES sellers(id) ON DELETE CASCADE,
        value       TEXT NOT NULL DEFAULT '',
        note        TEXT NOT NULL DEFAULT '',
        declared_on TEXT NOT NULL,
        CHECK ((kind = 'seller') = (seller_id IS NOT NULL)));

CREATE TABLE cohorts (
        id              INTEGER PRIMARY KEY,
        name            TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        start_date      TEXT NOT NULL,
        end_date        TEXT,
        focus_category  TEXT NOT NULL DEFAULT '',
        roundtable_day  INTEGER CHECK (roundtable_day IS NULL OR roundtable_day BETWEEN 1 AND 28),
        notes           TEXT NOT NULL DEFAULT '',
        created_utc     TEXT NOT NULL,
        updated_utc     TEXT NOT NULL,
        CHECK (end_date IS NULL OR end_date >= start_date));

CREATE TABLE cohort_members (
        seller_id INTEGER PRIMARY KEY REFERENCES sellers(id) ON DELETE CASCADE,
        cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        joined_on TEXT NOT NULL);

CREATE TABLE match_runs (
        id           INTEGER PRIMARY KEY,
        started_utc  TEXT NOT NULL,
        finished_utc TEXT,
        cohort_id    INTEGER REFERENCES cohorts(id) ON DELETE SET NULL,
        status       TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed','accepted','discarded')),
        parameters   TEXT NOT NULL DEFAULT '{}',
        statistics   TEXT NOT NULL DEFAULT '{}',
        created_by   TEXT NOT NULL DEFAULT '');

CREATE TABLE pairings (
        id             INTEGER PRIMARY KEY,
        mentor_id      INTEGER NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
        mentee_id      INTEGER NOT NULL REFERENCES sellers(id) ON DELETE CASCADE,
        status         TEXT NOT NULL DEFAULT 'trial' CHECK (status IN ('trial','active','ended')),
        started_on     TEXT NOT NULL,
        trial_end_date TEXT,
        ended_on       TEXT,
        end_reason     TEXT CHECK (end_reason IS NULL OR end_reason IN ('completed','mismatch',
                       'mentee_withdrew','mentor_unavailable','rematched','other')),
        score          REAL,
        match_run_id   INTEGER REFERENCES match_runs(id) ON DELETE SET NULL,
        created_utc    TEXT NOT NULL,
        updated_utc    TEXT NOT NULL,
        CHECK ((status = 'ended') = (ended_on IS NOT NULL)),
        CHECK ((status = 'ended') = (end_reason IS NOT NULL)));

CREATE TABLE touchpoints (
        id               INTEGER PRIMARY KEY,
        pairing_id       INTEGER REFERENCES pairings(id) ON DELETE CASCADE,
        cohort_id        INTEGER REFERENCES cohorts(id) ON DELETE CASCADE,
        kind             TEXT NOT NULL CHECK (kind IN ('live_call','async','checklist_review','roundtable')),
        status           TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','done','missed','cancelled')),
        scheduled_utc    TEXT NOT NULL,
        duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),
        notes            TEXT NOT NULL DEFAULT '',
        CHECK (pairing_id IS NOT NULL OR cohort_id IS NOT NULL));

CREATE TABLE checklist_templates (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE,
        created_utc TEXT NOT NULL);

CREATE TABLE checklist_template_items (
        id          INTEGER PRIMARY KEY,
        template_id INTEGER NOT NULL REFERENCES checklist_templates(id) ON DELETE CASCADE,
        day_offset  INTEGER NOT NULL CHECK (day_offset IN (30,60,90)),
        position    INTEGER NOT NULL DEFAULT 0,
        title       TEXT NOT NULL);

CREATE TABLE checklist_items (
        id               INTEGER PRIMARY KEY,
        pairing_id       INTEGER NOT NULL REFERENCES pairings(id) ON DELETE CASCADE,
        template_item_id INTEGER REFERENCES checklist_template_items(id) ON DELETE SET NULL,
        day_offset       INTEGER NOT NULL CHECK (day_offset IN (30,60,90)),
        title            TEXT NOT NULL,
        due_date         TEXT NOT NULL,
        done_on          TEXT);

CREATE TABLE feedback (
        id         INTEGER PRIMARY KEY,
        pairing_id INTEGER NOT NULL REFERENCES pairings(id) ON DELETE CASCADE,
        direction  TEXT NOT NULL CHECK (direction IN ('mentee_to_mentor','mentor_to_mentee')),
        rating     INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment    TEXT NOT NULL DEFAULT '',
        given_on   TEXT NOT NULL);

CREATE TABLE seller_metric_snapshots (
        id                    INTEGER PRIMARY KEY,
        seller_id             INTEGER NOT NULL REFERENCES sellers(id) ON DELETE CASCADE,
        snapshot_date         TEXT NOT NULL,
        period_days           INTEGER NOT NULL DEFAULT 30 CHECK (period_days > 0),
        revenue               REAL CHECK (revenue IS NULL OR revenue >= 0),
        orders                INTEGER CHECK (orders IS NULL OR orders >= 0),
        returned_orders       INTEGER CHECK (returned_orders IS NULL OR returned_orders >= 0),
        listing_quality       REAL CHECK (listing_quality IS NULL OR listing_quality BETWEEN 0 AND 100),
        csat                  REAL CHECK (csat IS NULL OR csat BETWEEN 1 AND 5),
        price_competitiveness REAL CHECK (price_competitiveness IS NULL OR price_competitiveness > 0),
        inventory_turnover    REAL CHECK (inventory_turnover IS NULL OR inventory_turnover >= 0),
        repeat_purchase_rate  REAL CHECK (repeat_purchase_rate IS NULL OR repeat_purchase_rate BETWEEN 0 AND 1),
        UNIQUE (seller_id, snapshot_date));

CREATE TABLE audit_log (
        id        INTEGER PRIMARY KEY,
        at_utc    TEXT NOT NULL,
        actor     TEXT NOT NULL,
        entity    TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        field     TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE INDEX pairings_mentor ON pairings(mentor_id, status);

CREATE INDEX pairings_mentee ON pairings(mentee_id, status);

CREATE UNIQUE INDEX pairings_one_open_per_mentee ON pairings(mentee_id) WHERE status <> 'ended';

CREATE INDEX touchpoints_pairing ON touchpoints(pairing_id, scheduled_utc);

CREATE INDEX touchpoints_cohort ON touchpoints(cohort_id, scheduled_utc);

CREATE INDEX touchpoints_schedule ON touchpoints(scheduled_utc, status);

CREATE INDEX cohort_members_cohort ON cohort_members(cohort_id);

CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

CREATE INDEX mentor_disclosures_mentor ON mentor_disclosures(mentor_id);

CREATE INDEX mentor_disclosures_seller ON mentor_disclosures(seller_id);

CREATE INDEX checklist_items_pairing ON checklist_items(pairing_id, due_date);

CREATE INDEX feedback_pairing ON feedback(pairing_id);

CREATE INDEX mentors_seller ON mentors(seller_id);
