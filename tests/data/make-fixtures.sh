#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the files that test_programdatabase must refuse (and leave unchanged) when they are
# opened as a program. The results are committed; run this only to change or re-create them:
#
#     tests/data/make-fixtures.sh
#
# Needs the sqlite3 command-line shell (Debian package sqlite3) built with the dbstat table.
set -euo pipefail

cd "$(dirname "$0")"

# MentorDesk's PRAGMA application_id, "MDK1" (ProgramDatabase::kApplicationId).
readonly mentordesk_application_id=$((0x4D444B31))

# 1. Plain text that was renamed to look like a program.
printf '%s\n' 'Seller mentorship notes, spring cohort' \
    'These are not a MentorDesk program, just text saved with the wrong extension.' \
    >not-a-database.mentordesk

# 2. A picture renamed to look like a program: a 1x1 teal PNG.
base64 -d >picture-png.mentordesk <<'PNG'
iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNgaGgAAAGEAQFocvOPAAAAAElFTkSuQmCC
PNG

# 3. A SQLite database of another application: no application_id, a table of its own.
rm -f other-application.mentordesk
sqlite3 other-application.mentordesk <<'SQL'
CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, minutes INTEGER);
INSERT INTO recipes (title, minutes) VALUES ('Lentil soup', 40), ('Flatbread', 25);
SQL

# 4. A damaged MentorDesk program: a valid file (application_id, a schema version this build
#    reads, WAL mode, several b-tree pages of sellers) whose first sellers leaf page then gets
#    64 bytes overwritten in its middle. The 100-byte header stays intact, so only
#    PRAGMA quick_check can tell that it is damaged. The schema is a reduced copy of the real
#    one: the refusal happens before any table is read.
rm -f damaged-program.mentordesk damaged-program.mentordesk-wal damaged-program.mentordesk-shm
sqlite3 damaged-program.mentordesk <<SQL >/dev/null
PRAGMA page_size = 4096;
PRAGMA journal_mode = WAL;
PRAGMA application_id = ${mentordesk_application_id};
PRAGMA user_version = 1;
CREATE TABLE program_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO program_info (key, value) VALUES ('created_utc', '2024-01-15T09:30:00Z');
CREATE TABLE sellers (
    id          INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    shop_name   TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
INSERT INTO sellers (id, external_id, shop_name, created_utc, updated_utc)
SELECT i, printf('S-%05d', i), printf('Fixture shop number %d', i), '2024-01-15T09:30:00Z', '2024-01-15T09:30:00Z'
FROM n;
SQL

page=$(sqlite3 damaged-program.mentordesk \
    "SELECT pageno FROM dbstat WHERE name = 'sellers' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1")
if [[ -z "$page" ]]; then
    echo "make-fixtures.sh: the sellers table has no leaf page" >&2
    exit 1
fi
head -c 64 /dev/zero | tr '\0' '\377' |
    dd of=damaged-program.mentordesk bs=1 seek=$(((page - 1) * 4096 + 2048)) conv=notrunc status=none

if sqlite3 -readonly damaged-program.mentordesk "PRAGMA quick_check" 2>/dev/null | grep -qx ok; then
    echo "make-fixtures.sh: damaged-program.mentordesk still passes PRAGMA quick_check" >&2
    exit 1
fi
if [[ "$(head -c 16 damaged-program.mentordesk | od -An -c | tr -d ' ')" != 'SQLiteformat3\0' ]]; then
    echo "make-fixtures.sh: the SQLite header of damaged-program.mentordesk was damaged" >&2
    exit 1
fi
rm -f damaged-program.mentordesk-wal damaged-program.mentordesk-shm

echo "fixtures written to $(pwd)"
