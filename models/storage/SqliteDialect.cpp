// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteDialect.h"

namespace mentordesk {

namespace {

// Version 1: the records of a program. Kept exactly as first released so that older files
// upgrade through the same steps a fresh file takes.
const char* const kSchemaV1[] = {
    R"sql(CREATE TABLE program_info (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL))sql",
    R"sql(CREATE TABLE sellers (
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
        updated_utc          TEXT NOT NULL))sql",
    R"sql(CREATE TABLE mentors (
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
        updated_utc      TEXT NOT NULL))sql",
    R"sql(CREATE TABLE mentor_skills (
        mentor_id INTEGER NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
        skill     TEXT NOT NULL CHECK (skill IN ('pricing','inventory_management','customer_service',
                  'policy_compliance','listing_optimisation','supplier_negotiation','data_driven_decisions')),
        level     INTEGER NOT NULL DEFAULT 3 CHECK (level BETWEEN 1 AND 5),
        PRIMARY KEY (mentor_id, skill)))sql",
    R"sql(CREATE TABLE mentor_disclosures (
        id          INTEGER PRIMARY KEY,
        mentor_id   INTEGER NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('seller','brand','category')),
        seller_id   INTEGER REFERENCES sellers(id) ON DELETE CASCADE,
        value       TEXT NOT NULL DEFAULT '',
        note        TEXT NOT NULL DEFAULT '',
        declared_on TEXT NOT NULL,
        CHECK ((kind = 'seller') = (seller_id IS NOT NULL))))sql",
    R"sql(CREATE TABLE cohorts (
        id              INTEGER PRIMARY KEY,
        name            TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        start_date      TEXT NOT NULL,
        end_date        TEXT,
        focus_category  TEXT NOT NULL DEFAULT '',
        roundtable_day  INTEGER CHECK (roundtable_day IS NULL OR roundtable_day BETWEEN 1 AND 28),
        notes           TEXT NOT NULL DEFAULT '',
        created_utc     TEXT NOT NULL,
        updated_utc     TEXT NOT NULL,
        CHECK (end_date IS NULL OR end_date >= start_date)))sql",
    R"sql(CREATE TABLE cohort_members (
        seller_id INTEGER PRIMARY KEY REFERENCES sellers(id) ON DELETE CASCADE,
        cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        joined_on TEXT NOT NULL))sql",
    R"sql(CREATE TABLE match_runs (
        id           INTEGER PRIMARY KEY,
        started_utc  TEXT NOT NULL,
        finished_utc TEXT,
        cohort_id    INTEGER REFERENCES cohorts(id) ON DELETE SET NULL,
        status       TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed','accepted','discarded')),
        parameters   TEXT NOT NULL DEFAULT '{}',
        statistics   TEXT NOT NULL DEFAULT '{}',
        created_by   TEXT NOT NULL DEFAULT ''))sql",
    R"sql(CREATE TABLE pairings (
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
        CHECK ((status = 'ended') = (end_reason IS NOT NULL))))sql",
    R"sql(CREATE TABLE touchpoints (
        id               INTEGER PRIMARY KEY,
        pairing_id       INTEGER REFERENCES pairings(id) ON DELETE CASCADE,
        cohort_id        INTEGER REFERENCES cohorts(id) ON DELETE CASCADE,
        kind             TEXT NOT NULL CHECK (kind IN ('live_call','async','checklist_review','roundtable')),
        status           TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','done','missed','cancelled')),
        scheduled_utc    TEXT NOT NULL,
        duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),
        notes            TEXT NOT NULL DEFAULT '',
        CHECK (pairing_id IS NOT NULL OR cohort_id IS NOT NULL)))sql",
    R"sql(CREATE TABLE checklist_templates (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE,
        created_utc TEXT NOT NULL))sql",
    R"sql(CREATE TABLE checklist_template_items (
        id          INTEGER PRIMARY KEY,
        template_id INTEGER NOT NULL REFERENCES checklist_templates(id) ON DELETE CASCADE,
        day_offset  INTEGER NOT NULL CHECK (day_offset IN (30,60,90)),
        position    INTEGER NOT NULL DEFAULT 0,
        title       TEXT NOT NULL))sql",
    R"sql(CREATE TABLE checklist_items (
        id               INTEGER PRIMARY KEY,
        pairing_id       INTEGER NOT NULL REFERENCES pairings(id) ON DELETE CASCADE,
        template_item_id INTEGER REFERENCES checklist_template_items(id) ON DELETE SET NULL,
        day_offset       INTEGER NOT NULL CHECK (day_offset IN (30,60,90)),
        title            TEXT NOT NULL,
        due_date         TEXT NOT NULL,
        done_on          TEXT))sql",
    R"sql(CREATE TABLE feedback (
        id         INTEGER PRIMARY KEY,
        pairing_id INTEGER NOT NULL REFERENCES pairings(id) ON DELETE CASCADE,
        direction  TEXT NOT NULL CHECK (direction IN ('mentee_to_mentor','mentor_to_mentee')),
        rating     INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment    TEXT NOT NULL DEFAULT '',
        given_on   TEXT NOT NULL))sql",
    R"sql(CREATE TABLE seller_metric_snapshots (
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
        UNIQUE (seller_id, snapshot_date)))sql",
    R"sql(CREATE TABLE audit_log (
        id        INTEGER PRIMARY KEY,
        at_utc    TEXT NOT NULL,
        actor     TEXT NOT NULL,
        entity    TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        field     TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT))sql",
    R"sql(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)sql",
    R"sql(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)sql",
    "CREATE INDEX pairings_mentor ON pairings(mentor_id, status)",
    "CREATE INDEX pairings_mentee ON pairings(mentee_id, status)",
    "CREATE UNIQUE INDEX pairings_one_open_per_mentee ON pairings(mentee_id) WHERE status <> 'ended'",
    "CREATE INDEX touchpoints_pairing ON touchpoints(pairing_id, scheduled_utc)",
    "CREATE INDEX touchpoints_cohort ON touchpoints(cohort_id, scheduled_utc)",
    "CREATE INDEX touchpoints_schedule ON touchpoints(scheduled_utc, status)",
    "CREATE INDEX cohort_members_cohort ON cohort_members(cohort_id)",
    "CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)",
    "CREATE INDEX mentor_disclosures_mentor ON mentor_disclosures(mentor_id)",
    "CREATE INDEX mentor_disclosures_seller ON mentor_disclosures(seller_id)",
    "CREATE INDEX checklist_items_pairing ON checklist_items(pairing_id, due_date)",
    "CREATE INDEX feedback_pairing ON feedback(pairing_id)",
    "CREATE INDEX mentors_seller ON mentors(seller_id)",
};

// Version 2: what makes the workspaces instant at marketplace scale: a trigram full-text
// index for search-as-you-type, sort indexes on the sortable columns, and the seller's
// latest metrics kept current from the snapshots.
const char* const kSchemaV2[] = {
    R"sql(CREATE VIRTUAL TABLE seller_search USING fts5(
        external_id, shop_name, contact_name, email,
        content='sellers', content_rowid='id', tokenize='trigram'))sql",
    "INSERT INTO seller_search(seller_search) VALUES ('rebuild')",
    R"sql(CREATE TRIGGER sellers_search_insert AFTER INSERT ON sellers BEGIN
        INSERT INTO seller_search(rowid, external_id, shop_name, contact_name, email)
        VALUES (new.id, new.external_id, new.shop_name, new.contact_name, new.email); END)sql",
    R"sql(CREATE TRIGGER sellers_search_delete AFTER DELETE ON sellers BEGIN
        INSERT INTO seller_search(seller_search, rowid, external_id, shop_name, contact_name, email)
        VALUES ('delete', old.id, old.external_id, old.shop_name, old.contact_name, old.email); END)sql",
    R"sql(CREATE TRIGGER sellers_search_update
        AFTER UPDATE OF external_id, shop_name, contact_name, email ON sellers BEGIN
        INSERT INTO seller_search(seller_search, rowid, external_id, shop_name, contact_name, email)
        VALUES ('delete', old.id, old.external_id, old.shop_name, old.contact_name, old.email);
        INSERT INTO seller_search(rowid, external_id, shop_name, contact_name, email)
        VALUES (new.id, new.external_id, new.shop_name, new.contact_name, new.email); END)sql",
    R"sql(CREATE TRIGGER snapshots_latest_insert AFTER INSERT ON seller_metric_snapshots
        WHEN new.snapshot_date >= IFNULL((SELECT latest_snapshot_date FROM sellers WHERE id = new.seller_id), '')
        BEGIN UPDATE sellers SET latest_snapshot_date = new.snapshot_date, latest_revenue = new.revenue,
              latest_orders = new.orders, latest_listing_quality = new.listing_quality
              WHERE id = new.seller_id; END)sql",
    // An update or delete may take away the newest snapshot, so those recompute the latest one
    // (one index probe on UNIQUE (seller_id, snapshot_date) per seller).
    R"sql(CREATE TRIGGER snapshots_latest_update AFTER UPDATE ON seller_metric_snapshots BEGIN
        UPDATE sellers SET (latest_snapshot_date, latest_revenue, latest_orders, latest_listing_quality) =
              (SELECT snapshot_date, revenue, orders, listing_quality FROM seller_metric_snapshots m
               WHERE m.seller_id = sellers.id ORDER BY snapshot_date DESC LIMIT 1)
              WHERE id IN (old.seller_id, new.seller_id); END)sql",
    R"sql(CREATE TRIGGER snapshots_latest_delete AFTER DELETE ON seller_metric_snapshots BEGIN
        UPDATE sellers SET (latest_snapshot_date, latest_revenue, latest_orders, latest_listing_quality) =
              (SELECT snapshot_date, revenue, orders, listing_quality FROM seller_metric_snapshots m
               WHERE m.seller_id = sellers.id ORDER BY snapshot_date DESC LIMIT 1)
              WHERE id = old.seller_id; END)sql",
    "UPDATE sellers SET (latest_snapshot_date, latest_revenue, latest_orders, latest_listing_quality) = "
    "(SELECT snapshot_date, revenue, orders, listing_quality FROM seller_metric_snapshots m "
    " WHERE m.seller_id = sellers.id ORDER BY snapshot_date DESC LIMIT 1) "
    "WHERE EXISTS (SELECT 1 FROM seller_metric_snapshots m WHERE m.seller_id = sellers.id)",
    // The sort expressions below must match the ones in the workspace table specs exactly,
    // or SQLite falls back to sorting a million rows for every page.
    "CREATE INDEX sellers_shop_name ON sellers(shop_name COLLATE NOCASE)",
    "CREATE INDEX sellers_contact_name ON sellers(contact_name COLLATE NOCASE)",
    "CREATE INDEX sellers_email ON sellers(email COLLATE NOCASE)",
    "CREATE INDEX sellers_category ON sellers(category COLLATE NOCASE)",
    "CREATE INDEX sellers_country ON sellers(country)",
    "CREATE INDEX sellers_status ON sellers(status)",
    "CREATE INDEX sellers_tier ON sellers(tier)",
    "CREATE INDEX sellers_channel ON sellers(channel)",
    "CREATE INDEX sellers_enrolment ON sellers(IFNULL(enrolment_date, ''))",
    "CREATE INDEX sellers_signup ON sellers(IFNULL(signup_date, ''))",
    "CREATE INDEX sellers_revenue ON sellers(IFNULL(latest_revenue, -1))",
    "CREATE INDEX sellers_listing_quality ON sellers(IFNULL(latest_listing_quality, -1))",
    "CREATE INDEX sellers_email_exact ON sellers(lower(email))",
    "CREATE INDEX mentors_name ON mentors(name COLLATE NOCASE)",
    "CREATE INDEX mentors_country ON mentors(country)",
    "CREATE INDEX snapshots_date ON seller_metric_snapshots(snapshot_date)",
};

// Version 3: imports. Every import is a batch; the rows it added carry its id, and the old
// values of the rows it updated are kept, so that the whole import can be undone.
const char* const kSchemaV3[] = {
    R"sql(CREATE TABLE import_batches (
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
        undone_utc          TEXT))sql",
    // Old values of the rows an import updated (JSON object of the columns it changed). Rows it
    // added are found through their import_batch_id instead: a million inserts need no log.
    R"sql(CREATE TABLE import_batch_changes (
        batch_id   INTEGER NOT NULL REFERENCES import_batches(id),
        entity     TEXT NOT NULL CHECK (entity IN ('seller','snapshot')),
        entity_id  INTEGER NOT NULL,
        old_values TEXT NOT NULL,
        PRIMARY KEY (batch_id, entity, entity_id)) WITHOUT ROWID)sql",
    "ALTER TABLE sellers ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id)",
    "ALTER TABLE seller_metric_snapshots ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id)",
};

template <std::size_t N> QStringList toList(const char* const (&statements)[N])
{
    QStringList list;
    list.reserve(int(N));
    for (const char* statement : statements)
        list << QString::fromUtf8(statement);
    return list;
}

} // namespace

QStringList SqliteDialect::migrationStatements(int toVersion) const
{
    switch (toVersion) {
    case 1:
        return toList(kSchemaV1);
    case 2:
        return toList(kSchemaV2);
    case 3:
        return toList(kSchemaV3);
    default:
        return {};
    }
}

int SqliteDialect::latestSchemaVersion() const
{
    return 3;
}

QString SqliteDialect::textSearchCondition(const QString& searchIndex, const QString& idExpression,
                                           const QString& placeholder) const
{
    return QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH %3)").arg(idExpression, searchIndex, placeholder);
}

QString SqliteDialect::textSearchCount(const QString& searchIndex, const QString& placeholder) const
{
    return QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH %2").arg(searchIndex, placeholder);
}

QString SqliteDialect::textSearchParameter(const QString& userText) const
{
    // Each word must occur somewhere in the record; quoting keeps FTS5 syntax characters literal.
    QStringList terms;
    const QStringList words = userText.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + word + QLatin1Char('"');
    }
    return terms.join(QLatin1String(" AND "));
}

QString SqliteDialect::caseInsensitiveLike(const QString& column, const QString& placeholder) const
{
    // md_fold is registered on every connection by ProgramDatabase.
    return QStringLiteral("md_fold(%1) LIKE md_fold(%2) ESCAPE '\\'").arg(column, placeholder);
}

QString SqliteDialect::snapshotStatement(const QString& targetFile) const
{
    QString quoted = targetFile;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QStringLiteral("VACUUM INTO '%1'").arg(quoted);
}

} // namespace mentordesk
