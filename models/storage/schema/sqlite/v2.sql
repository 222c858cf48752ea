-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 2: what makes the workspaces instant at marketplace scale: a trigram full-text
-- index for search-as-you-type, sort indexes on the sortable columns, and the seller's
-- latest metrics kept current from the snapshots.
-- Never edit a released version: files upgrade through the same steps a fresh file takes.

CREATE VIRTUAL TABLE seller_search USING fts5(
        external_id, shop_name, contact_name, email,
        content='sellers', content_rowid='id', tokenize='trigram');

INSERT INTO seller_search(seller_search) VALUES ('rebuild');

CREATE TRIGGER sellers_search_insert AFTER INSERT ON sellers BEGIN
        INSERT INTO seller_search(rowid, external_id, shop_name, contact_name, email)
        VALUES (new.id, new.external_id, new.shop_name, new.contact_name, new.email); END;

CREATE TRIGGER sellers_search_delete AFTER DELETE ON sellers BEGIN
        INSERT INTO seller_search(seller_search, rowid, external_id, shop_name, contact_name, email)
        VALUES ('delete', old.id, old.external_id, old.shop_name, old.contact_name, old.email); END;

CREATE TRIGGER sellers_search_update
        AFTER UPDATE OF external_id, shop_name, contact_name, email ON sellers BEGIN
        INSERT INTO seller_search(seller_search, rowid, external_id, shop_name, contact_name, email)
        VALUES ('delete', old.id, old.external_id, old.shop_name, old.contact_name, old.email);
        INSERT INTO seller_search(rowid, external_id, shop_name, contact_name, email)
        VALUES (new.id, new.external_id, new.shop_name, new.contact_name, new.email); END;

CREATE TRIGGER snapshots_latest_insert AFTER INSERT ON seller_metric_snapshots
        WHEN new.snapshot_date >= IFNULL((SELECT latest_snapshot_date FROM sellers WHERE id = new.seller_id), '')
        BEGIN UPDATE sellers SET latest_snapshot_date = new.snapshot_date, latest_revenue = new.revenue,
              latest_orders = new.orders, latest_listing_quality = new.listing_quality
              WHERE id = new.seller_id; END;

-- An update or delete may take away the newest snapshot, so those recompute the latest one

-- (one index probe on UNIQUE (seller_id, snapshot_date) per seller).

CREATE TRIGGER snapshots_latest_update AFTER UPDATE ON seller_metric_snapshots BEGIN
        UPDATE sellers SET (latest_snapshot_date, latest_revenue, latest_orders, latest_listing_quality) =
              (SELECT snapshot_date, revenue, orders, listing_quality FROM seller_metric_snapshots m
               WHERE m.seller_id = sellers.id ORDER BY snapshot_date DESC LIMIT 1)
              WHERE id IN (old.seller_id, new.seller_id); END;

CREATE TRIGGER snapshots_latest_delete AFTER DELETE ON seller_metric_snapshots BEGIN
        UPDATE sellers SET (latest_snapshot_date, latest_revenue, latest_orders, latest_listing_quality) =
              (SELECT snapshot_date, revenue, orders, listing_quality FROM seller_metric_snapshots m
               WHERE m.seller_id = sellers.id ORDER BY snapshot_date DESC LIMIT 1)
              WHERE id = old.seller_id; END;

UPDATE sellers SET (latest_snapshot_date, latest_revenue, latest_orders, latest_listing_quality) = (SELECT snapshot_date, revenue, orders, listing_quality FROM seller_metric_snapshots m  WHERE m.seller_id = sellers.id ORDER BY snapshot_date DESC LIMIT 1) WHERE EXISTS (SELECT 1 FROM seller_metric_snapshots m WHERE m.seller_id = sellers.id);

-- The sort expressions below must match the ones in the workspace table specs exactly,

-- or SQLite falls back to sorting a million rows for every page.

CREATE INDEX sellers_shop_name ON sellers(shop_name COLLATE NOCASE);

CREATE INDEX sellers_contact_name ON sellers(contact_name COLLATE NOCASE);

CREATE INDEX sellers_email ON sellers(email COLLATE NOCASE);

CREATE INDEX sellers_category ON sellers(category COLLATE NOCASE);

CREATE INDEX sellers_country ON sellers(country);

CREATE INDEX sellers_status ON sellers(status);

CREATE INDEX sellers_tier ON sellers(tier);

CREATE INDEX sellers_channel ON sellers(channel);

CREATE INDEX sellers_enrolment ON sellers(IFNULL(enrolment_date, ''));

CREATE INDEX sellers_signup ON sellers(IFNULL(signup_date, ''));

CREATE INDEX sellers_revenue ON sellers(IFNULL(latest_revenue, -1));

CREATE INDEX sellers_listing_quality ON sellers(IFNULL(latest_listing_quality, -1));

CREATE INDEX sellers_email_exact ON sellers(lower(email));

CREATE INDEX mentors_name ON mentors(name COLLATE NOCASE);

CREATE INDEX mentors_country ON mentors(country);

CREATE INDEX snapshots_date ON seller_metric_snapshots(snapshot_date);
